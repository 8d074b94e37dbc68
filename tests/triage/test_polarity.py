"""Opposite requests: the words that flip a request's direction, and the decision they veto."""

from __future__ import annotations

import numpy as np
import pytest

from models.schemas import DecisionKind
from triage.cluster import cluster_embeddings
from triage.dedupe import Neighbour, Thresholds, decide
from triage.embedder import Embedder
from triage.polarity import opposed, opposed_links, polarity


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("turn the kitchen lights on", "turn the kitchen lights off"),
        ("Please enable email digests", "please disable email digests"),
        ("turn up the volume", "turn the volume down"),
        ("add a tag to many items at once", "remove a tag from many items at once"),
        ("Show archived projects in the sidebar", "Hide archived projects in the sidebar"),
        ("Let us import contacts from a CSV file", "Let us export contacts to a CSV file"),
        ("download the table as a spreadsheet", "uploading a spreadsheet would save days"),
        ("make the bedroom darker", "make the bedroom brighter"),
    ],
)
def test_opposite_directions_clash(a: str, b: str) -> None:
    assert opposed(a, b) and opposed(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("turn the kitchen lights on", "switch on the lights in the kitchen"),
        ("share reports by link", "turn off the share link"),  # no polar word in the first
        ("turn notifications off on mobile", "mute notifications on my phone"),  # on AND off
        ("make search faster", "search is much faster in the old version, bring it back"),
    ],
)
def test_same_direction_or_no_direction_does_not_clash(a: str, b: str) -> None:
    assert not opposed(a, b)


def test_polarity_names_each_axis() -> None:
    assert polarity("turn it on and louder") == (1, 1, 0, 0)
    assert polarity("Delete old invoices") == (0, 0, -1, 0)
    assert polarity("Let us upload contacts from Excel") == (0, 0, 0, 1)
    assert polarity("nothing polar here") == (0, 0, 0, 0)


def test_an_auto_merge_onto_an_opposite_request_goes_to_review() -> None:
    vector = np.array([1.0, 0.0], dtype=np.float32)
    neighbours = [Neighbour(item_id=7, idea_id=1, score=0.99)]
    centroids = {1: np.array([1.0, 0.0], dtype=np.float32)}
    thresholds = Thresholds(auto_merge=0.9, margin_weight=0.0, review=0.5)
    assert decide(vector, neighbours, centroids, thresholds).kind == DecisionKind.auto_merge
    asked: list[int] = []

    def opposes(item_ids: list[int]) -> bool:
        asked.extend(item_ids)
        return True

    decision = decide(vector, neighbours, centroids, thresholds, opposes)
    assert decision.kind == DecisionKind.review and decision.idea_id == 1 and asked == [7]
    kept = decide(vector, neighbours, centroids, thresholds, lambda _items: False)
    assert kept.kind == DecisionKind.auto_merge


def test_every_item_of_the_idea_among_the_neighbours_can_veto() -> None:
    """One "on" request already inside an "off" idea must not let every later "on" in."""
    vector = np.array([1.0, 0.0], dtype=np.float32)
    neighbours = [
        Neighbour(item_id=3, idea_id=1, score=0.97),  # the slipped-in "on" request
        Neighbour(item_id=9, idea_id=2, score=0.95),
        Neighbour(item_id=5, idea_id=1, score=0.93),  # the idea's "off" founder
    ]
    centroids = {1: np.array([2.0, 0.0], dtype=np.float32), 2: np.array([0.0, 1.0])}
    asks = {3: "turn the wemo socket on", 5: "power off the wemo socket", 9: "wemo status"}
    thresholds = Thresholds(auto_merge=0.9, margin_weight=0.0, review=0.5)
    asked: list[list[int]] = []

    def opposes(item_ids: list[int]) -> bool:
        asked.append(item_ids)
        return any(opposed("switch the wemo socket on", asks[i]) for i in item_ids)

    decision = decide(vector, neighbours, centroids, thresholds, opposes)
    assert decision.kind == DecisionKind.review and decision.idea_id == 1
    assert asked == [[3, 5]]  # the chosen idea's items only, nearest first


def test_opposed_links_are_the_neighbour_pairs_that_clash_each_once() -> None:
    texts = ["turn the lights on", "turn the lights off", "lights please", "switch lights off"]
    neighbours = np.array([[1, 2, 3], [0, 3, -1], [0, 1, 3], [0, 1, 2]])
    assert opposed_links(texts, neighbours) == [(0, 1), (0, 3)]


DEVICES = ["lights", "socket", "heater", "fan", "lamp", "speaker", "camera", "kettle"]
ROOMS = ["kitchen", "bedroom", "office", "hallway", "garage", "living room", "porch", "attic"]


@pytest.mark.slow
def test_requests_for_opposite_directions_never_share_an_idea(embedder: Embedder) -> None:
    on = [f"turn the {r} {d} on" for d in DEVICES for r in ROOMS]
    off = [f"turn the {r} {d} off" for d in DEVICES for r in ROOMS]
    texts = on + off + [f"what is the weather in the {r} town" for r in ROOMS]
    x = embedder.embed(texts)
    labels = cluster_embeddings(x, seed=0, texts=texts).labels
    assert not set(labels[: len(on)]) & set(labels[len(on) : len(on) + len(off)])
    blind = cluster_embeddings(x, seed=0).labels  # without the texts nothing tells them apart
    assert set(blind[: len(on)]) & set(blind[len(on) : len(on) + len(off)])


@pytest.mark.slow
def test_a_pm_who_joined_two_opposite_requests_has_the_last_word(embedder: Embedder) -> None:
    on = [f"turn the {r} {d} on" for d in DEVICES for r in ROOMS]
    off = [f"turn the {r} {d} off" for d in DEVICES for r in ROOMS]
    x = embedder.embed(on + off)
    labels = cluster_embeddings(x, seed=0, texts=on + off, must_link=[[0, len(on)]]).labels
    assert labels[0] == labels[len(on)]
