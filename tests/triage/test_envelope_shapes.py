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


def test_a_date_or_time_is_one_token_whatever_its_format() -> None:
    """A template stamped in several formats is one line, and date words are no names."""
    lines = [
        "Wei Huang <wei@acme.com> · 2021-10-12 10:41",
        "Ana Ruiz <ana@acme.com> · Sat, 10 Sep 2022 17:20:09 +0530",
        "Tom Li <tom@acme.com> · 12/31/2023 5:07 PM",
        "Jo Kim <jo@acme.com> · 23-FEB-24 08.45",
    ]
    assert {shapes(line)[0] for line in lines} == {"‹name› <‹email›> · 0:0"}


def test_a_log_stamp_in_front_does_not_change_the_shape() -> None:
    """The rules may or may not have cut a history line's stamp; its shape is the same."""
    plain = shapes("Ticket Created by Henrik Schneider")
    assert plain == ("ticket ‹name› by ‹name›",)
    assert shapes("2021-07-17 06:55 - Ticket Created by Henrik Schneider") == plain
    assert shapes("[1-JAN-21 22.47] Ticket Created by Joaquín Pérez") == plain
    assert shapes("12 people asked For Dark Mode") == ("0 people asked ‹name›",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Kustomer · Conversation INC5399969 · Inbox: Acme Support",
            "‹name› · ‹name› · ‹name›: ‹name›",
        ),
        ("Arjun Gupta (external)  2:37 AM", "‹name› (external) 0:0"),
    ],
)
def test_a_header_of_masks_gets_a_shape_from_its_separators_or_its_stamp(
    line: str, expected: str
) -> None:
    assert expected in shapes(line)


@pytest.mark.parametrize("line", ["Augusto said hi there", "Mars Decoder said hi"])
def test_names_that_start_like_a_month_are_still_names(line: str) -> None:
    assert shapes(line)[0].startswith("‹name› said hi")
