"""A line's shape masks what varies between people and keeps the template's words."""

from __future__ import annotations

import pytest

from triage.envelope_shapes import is_shape, shapes


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Luca closed the conversation", ("‹name› closed the conversation",)),
        ("Started on https://acme.com/features", ("started on ‹url›",)),
        (
            "Please reach out to support@fernpay.com so we can help.",
            (
                "‹name› reach out to ‹email› so we can help.",
                "please reach out to ‹email› so we can help.",
            ),
        ),
        (
            "Posted by @dan_the_admin in general",
            ("‹name› by ‹id› in general", "posted by ‹id› in general"),
        ),
        (
            "Diese E-Mail ist ein Service von Tandem Support",
            ("‹name› ist ein ‹name› von ‹name›", "diese ‹name› ist ein ‹name› von ‹name›"),
        ),
    ],
)
def test_shapes_mask_names_links_addresses_and_handles(
    line: str, expected: tuple[str, ...]
) -> None:
    assert shapes(line) == expected
    assert all(is_shape(s) for s in expected)


@pytest.mark.parametrize(
    "line", ["Emily Tanaka", "Julien Mercier (Groupe Vallon SAS)", "please add dark mode"]
)
def test_no_shape_without_a_mask_or_without_template_words(line: str) -> None:
    assert shapes(line) == ()
