"""A swap of specifics (version, module, product, format) parts two requests; paraphrases and
typos do not."""

from __future__ import annotations

import pytest

from triage.dedupe import conflicting
from triage.specifics import clash, specifics


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Upgrade jackson-databind to 2.9.10.3", "Upgrade jackson-databind to 2.9.10.2"),
        ("Add Dockerfile for Windows 10", "Add Dockerfile for Debian 10"),
        ("Replace Guava Sets in hadoop-hdfs-project", "Replace Guava Sets in hadoop-yarn-project"),
        ("implement non-guava Precondition checkArgument", "implement non-guava checkNotNull"),
        (
            "fs.azure.buffer.dir under the container path",
            "fs.s3a.buffer.dir under the container path",
        ),
        ("Export the report to CSV", "Export the report to PDF"),
        ("I want a HubSpot integration", "Please add a Salesforce integration"),
        ("set an alarm for 7 am", "set an alarm for 6 am"),
    ],
)
def test_a_swap_of_specifics_clashes(a: str, b: str) -> None:
    assert clash(a, b) and clash(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Upgrade Mockito version to 4.11.0", "Upgrade mockito to 4.11.0"),  # case, a word more
        ("[JDK 13] Javadoc HTML5 support", "[JDK13] Support HTML5 Javadoc"),  # spacing
        ("how do I actvate my card", "how do I activate my crad"),  # typos either side
        ("turn on the kitchen lights", "turn on the bedroom lights"),  # ordinary words
        ("We need SSO through Okta", "single sign-on with Okta please"),  # one side adds
        ("Setup pre-commit CI for Windows", "Setup pre-commit CI for Windows 10"),
    ],
)
def test_paraphrases_typos_and_additions_do_not_clash(a: str, b: str) -> None:
    assert not clash(a, b) and not clash(b, a)


def test_specifics_are_numbers_code_names_and_unknown_words() -> None:
    found = specifics("Please bump snappy-java to 1.1.8.2 for Salesforce users on ViewFs")
    assert {"1.1.8.2", "snappyjava", "salesforce", "viewfs"} <= found
    assert "please" not in found and "users" not in found  # a capital opening a sentence


def test_specifics_bar_a_merge_only_when_no_item_of_the_idea_shares_them() -> None:
    ask = "set an alarm for 7 am"
    assert conflicting(ask, ["set an alarm for 6 am"])
    assert not conflicting(ask, ["set an alarm for 6 am", "wake me at 7 am"])
    assert not conflicting(ask, [])
    assert conflicting("turn the alarm off", ["turn the alarm on", "set an alarm for 7 am"])
