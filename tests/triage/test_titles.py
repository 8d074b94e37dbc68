"""Idea titles: the ask without greetings, lead-ins, sign-offs or context sentences."""

from __future__ import annotations

import pytest

from triage.titles import title_from

CASES = [
    # (feedback as written, the title a PM should see)
    (
        "Hello, let us export reports to CSV. It came up again in our team meeting. "
        "Regards, Ann Lee",
        "Let us export reports to CSV",
    ),
    ("Hi team, please add SSO. Not urgent, but it would help a lot. Thanks, Ann", "Please add SSO"),
    ("quick one: send notifications to Slack", "Send notifications to Slack"),
    ("Hey there, dark mode for the dashboard please", "Dark mode for the dashboard please"),
    ("FYI - the mobile app logs me out every day", "The mobile app logs me out every day"),
    ("Deal blocker for Contoso Health: single sign-on via Okta.", "Single sign-on via Okta"),
    ("Prospect from Acme Labs asked: can we export to Excel?", "Can we export to Excel?"),
    ("Is SAML SSO with Okta on the roadmap?!", "Is SAML SSO with Okta on the roadmap?!"),
    # A colon that is not reported speech keeps what is before it.
    ("Bug in export: it fails with a 500 error", "Bug in export: it fails with a 500 error"),
    # Too little left after cleaning: the text stays whole.
    ("Hello!", "Hello!"),
    ("Dark mode. Please.", "Dark mode. Please"),
    ("Thanks for the great app", "Thanks for the great app"),
    ("  export\n to   CSV  please ", "Export to CSV please"),
]


@pytest.mark.parametrize(("text", "title"), CASES)
def test_titles_keep_the_ask(text: str, title: str) -> None:
    assert title_from(text) == title


def test_long_titles_are_cut_at_a_word() -> None:
    title = title_from("please " + "add a much longer export option " * 10, limit=40)
    assert len(title) <= 41 and title.endswith("…") and not title.endswith(" …")
    assert title.startswith("Please add a much longer")
