"""A swap of specifics (version, module, product, format) parts two requests; paraphrases and
typos do not."""

from __future__ import annotations

import numpy as np
import pytest

from triage.cluster import cluster_embeddings
from triage.dedupe import conflicting
from triage.specifics import (
    clash,
    differs,
    reads_like_tracker,
    specific_cannot_links,
    specifics,
)


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


def test_without_names_only_code_like_specifics_count() -> None:
    found = specifics("Please bump snappy-java to 1.1.8.2 for Salesforce users on ViewFs", False)
    assert {"1.1.8.2", "snappyjava", "viewfs"} <= found and "salesforce" not in found
    songs = ("Add Bohemian Rhapsody to my Road Trip playlist", "Add Yellow to my Dinner playlist")
    assert clash(*songs) and not clash(*songs, names=False)
    assert clash("Upgrade Jetty to 9.4.40", "Upgrade Jetty to 9.4.21", names=False)


def test_a_workspace_swapping_names_does_not_read_like_a_tracker() -> None:
    """One intent's queries swap song and place names the way issues swap versions; only the
    versions make a tracker (SNIPS as published read as one before 2026-12-06)."""
    ring = np.array([[(i + 1) % 10, (i + 2) % 10] for i in range(10)])
    songs = ("Yellow", "Hey Jude", "Clocks", "Fix You", "Bohemian Rhapsody")
    places = ("Paris", "Tokyo")
    queries = [f"Add {songs[i % 5]} to my {places[i % 2]} Nights playlist" for i in range(10)]
    assert sum(clash(queries[i], queries[j]) for i in range(10) for j in ring[i]) > 10
    assert not reads_like_tracker(queries, ring) and specific_cannot_links(queries, ring) == []
    assert reads_like_tracker([f"Upgrade Jetty to 9.4.{i}" for i in range(10)], ring)


def test_specifics_bar_a_merge_only_when_no_item_of_the_idea_shares_them() -> None:
    ask = "set an alarm for 7 am"
    assert conflicting(ask, ["set an alarm for 6 am"])
    assert not conflicting(ask, ["set an alarm for 6 am", "wake me at 7 am"])
    assert not conflicting(ask, [])
    assert conflicting("turn the alarm off", ["turn the alarm on", "set an alarm for 7 am"])


def test_a_text_adding_a_specific_differs_without_clashing() -> None:
    umbrella = "Replace Sets#newHashSet() with constructors directly"
    subtask = umbrella + " in hadoop-client-modules"
    assert differs(subtask, umbrella) and differs(umbrella, subtask)
    assert not clash(subtask, umbrella)
    assert not differs("Upgrade Mockito version to 4.11.0", "Upgrade mockito to 4.11.0")


def _three_tight_groups() -> np.ndarray:
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(3, 384))
    x = np.repeat(centres, 20, axis=0) + 0.05 * rng.normal(size=(60, 384))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def test_in_a_workspace_of_specifics_neighbours_that_clash_never_share_an_idea() -> None:
    """An issue tracker: every item is another version of its neighbours, one request each."""
    x = _three_tight_groups()
    libraries = ("Jetty", "Netty", "Jackson")
    versions = [f"Upgrade {libraries[i // 20]} to {i // 20}.{i % 20}.1" for i in range(60)]
    assert cluster_embeddings(x, seed=0).n_clusters == 3  # the model alone: three ideas
    assert cluster_embeddings(x, seed=0, texts=versions).n_clusters >= 50
    alike = [f"Upgrade {libraries[i // 20]} to the latest release" for i in range(60)]
    assert cluster_embeddings(x, seed=0, texts=alike).n_clusters == 3


def test_specifics_forbid_nothing_where_few_neighbour_links_clash() -> None:
    texts = ["set an alarm for 7 am"] * 8 + ["set an alarm for 6 am", "wake me up please"]
    ring = np.array([[(i + 1) % 10, (i + 2) % 10] for i in range(10)])
    assert specific_cannot_links(texts, ring) == []  # 3 of 20 links clash
    versions = [f"Upgrade Jetty to 9.4.{i}" for i in range(10)]
    links = specific_cannot_links(versions, ring)
    assert (0, 1) in links and len(links) == 20


def test_in_a_workspace_of_specifics_a_subtask_is_kept_from_its_umbrella_issue() -> None:
    modules = ("common", "hdfs", "yarn", "client", "tools", "mapreduce", "azure", "aws")
    texts = ["Replace Guava Sets directly"] + [f"Replace Guava Sets in hadoop-{m}" for m in modules]
    ring = np.array([[(i + 1) % 9, (i + 2) % 9] for i in range(9)])
    links = specific_cannot_links(texts, ring)
    assert (0, 1) in links and (0, 2) in links  # the umbrella issue and two of its sub-tasks
    feedback = ["Export my data", "Export my data to CSV"] + ["Export all my data please"] * 7
    assert specific_cannot_links(feedback, ring) == []  # an added detail: the same request


def test_in_a_workspace_of_specifics_only_near_verbatim_items_share_an_idea() -> None:
    """An issue tracker: twins the model finds loosely alike (cosine ~0.6) are two issues,
    near-verbatim ones (~0.98) one; without the tracker's texts both kinds of twin merge."""
    rng = np.random.default_rng(0)
    pairs = 30
    centres = rng.normal(size=(pairs, 384))
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    spread = np.where(np.arange(pairs) < 15, 0.15, 0.8)[:, None]  # tight twins, then loose

    def twin() -> np.ndarray:
        noise = rng.normal(size=(pairs, 384))
        return centres + noise / np.linalg.norm(noise, axis=1, keepdims=True) * spread

    x = np.stack([twin(), twin()], axis=1).reshape(-1, 384)
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    tracker = [f"Upgrade Jetty to 9.4.{i // 2}" for i in range(2 * pairs)]  # twins share a text

    def together(labels: np.ndarray, twins: range) -> int:
        return sum(int(labels[2 * k] == labels[2 * k + 1]) for k in twins)

    plain = cluster_embeddings(x, seed=0).labels
    assert together(plain, range(15)) == 15 and together(plain, range(15, 30)) == 15
    issues = cluster_embeddings(x, seed=0, texts=tracker).labels
    assert together(issues, range(15)) == 15 and together(issues, range(15, 30)) == 0
