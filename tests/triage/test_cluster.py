"""Batch clustering on synthetic topics: found without k, constraints kept, deterministic."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import adjusted_rand_score

from triage import cluster
from triage.cluster import cluster_embeddings, match_previous


def topics(n_topics: int = 6, per_topic: int = 60, dim: int = 48, seed: int = 0):  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(n_topics, dim))
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    truth = np.repeat(np.arange(n_topics), per_topic)
    x = centres[truth] + rng.normal(0, 0.09, (len(truth), dim))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x.astype(np.float32), truth


def test_finds_the_topics_without_being_told_how_many() -> None:
    x, truth = topics()
    result = cluster_embeddings(x)
    assert result.n_clusters == 6
    assert adjusted_rand_score(truth, result.labels) > 0.98
    assert result.confidence.min() > 0.5 and result.singleton_share == 0.0


def test_same_input_and_seed_give_the_same_labels() -> None:
    x, _ = topics(seed=2)
    first, second = cluster_embeddings(x, seed=5), cluster_embeddings(x, seed=5)
    assert np.array_equal(first.labels, second.labels)


def test_an_item_that_fits_nowhere_stays_alone() -> None:
    x, truth = topics()
    stray = np.random.default_rng(9).normal(size=(1, x.shape[1])).astype(np.float32)
    stray /= np.linalg.norm(stray)
    result = cluster_embeddings(np.vstack([x, stray]))
    assert np.sum(result.labels == result.labels[-1]) == 1
    assert result.n_clusters == 7


def close_requests(seed: int = 2, dim: int = 48):  # type: ignore[no-untyped-def]
    """16 requests in 4 families of close siblings, 15 wordings each: the cut between sibling
    requests is a near thing, which re-posts used to tip."""
    rng = np.random.default_rng(seed)
    families = rng.normal(size=(4, dim))
    families /= np.linalg.norm(families, axis=1, keepdims=True)
    requests = np.repeat(families, 4, axis=0) + rng.normal(0, 0.4 / np.sqrt(dim), (16, dim))
    requests /= np.linalg.norm(requests, axis=1, keepdims=True)
    truth = np.repeat(np.arange(16), 15)
    x = requests[truth] + rng.normal(0, 0.4 / np.sqrt(dim), (len(truth), dim))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    pairs = set(zip(a.tolist(), b.tolist(), strict=True))
    return len(pairs) == len(set(a.tolist())) == len(set(b.tolist()))


def test_posting_everything_again_changes_no_idea() -> None:
    """Re-posts say nothing about which requests belong together: posting every wording twice,
    or each one to four times, leaves the wordings' ideas as they were (before copies were
    clustered once, twice gave 16 ideas here and once 15)."""
    x = close_requests()
    once = cluster_embeddings(x).labels
    twice = cluster_embeddings(np.vstack([x, x])).labels
    times = np.random.default_rng(1).integers(1, 5, len(x))
    repeated = cluster_embeddings(np.repeat(x, times, axis=0))
    first = np.concatenate([[0], np.cumsum(times)[:-1]])
    n = len(x)
    assert same_partition(once, twice[:n]) and np.array_equal(twice[:n], twice[n:])
    assert same_partition(once, repeated.labels[first])
    assert repeated.n_clusters == len(set(once.tolist()))
    copies = np.repeat(np.arange(len(x)), times)
    assert all(len(set(repeated.labels[copies == i].tolist())) == 1 for i in range(len(x)))


def test_a_copy_under_a_pm_constraint_keeps_its_own_place() -> None:
    """A PM kept one copy of a wording away from the other (cannot-link): they part, and the
    copies nobody constrained still follow their first."""
    x, truth = topics()
    x = np.vstack([x, x[:3]])  # items 360-362 are re-posts of items 0-2
    labels = cluster_embeddings(x, cannot_link=[(0, 360)]).labels
    assert labels[0] != labels[360]
    assert labels[361] == labels[1] and labels[362] == labels[2]


def test_must_link_groups_stay_together_and_take_no_one_else() -> None:
    x, truth = topics()
    pm_group = [0, 1, 2, 70, 71]  # a PM put items of two topics into one idea
    result = cluster_embeddings(x, must_link=[pm_group])
    label = result.labels[0]
    assert all(result.labels[i] == label for i in pm_group)
    assert set(np.flatnonzero(result.labels == label)) == set(pm_group)


def test_cannot_link_pairs_are_never_together() -> None:
    x, truth = topics()
    result = cluster_embeddings(x, cannot_link=[(0, 1)])
    assert result.labels[0] != result.labels[1]


def test_the_item_at_odds_with_its_idea_leaves_it_not_the_items_it_is_kept_from() -> None:
    """Item 0 may not share an idea with items 1-5 of its own topic: it leaves; they stay."""
    x, truth = topics()
    labels = cluster_embeddings(x, cannot_link=[(0, j) for j in range(1, 6)]).labels
    topic = np.flatnonzero(truth == truth[0])
    assert np.sum(labels == labels[0]) == 1
    assert len(set(labels[1:6])) == 1 and np.sum(labels[topic] == labels[1]) >= 0.9 * len(topic)


def test_match_previous_keeps_ids_of_unchanged_and_larger_parts() -> None:
    labels = np.array([0, 0, 0, 1, 1, 2])
    previous = [10, 10, 10, 11, 10, None]
    assert match_previous(labels, previous) == {0: 10, 1: 11}


def _normalise(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v, axis=-1, keepdims=True)).astype(np.float32)


def test_a_shared_envelope_does_not_merge_everything() -> None:
    """Every item carries the same strong component (a ticket template, a signature): raw
    cosines all sit near 0.86, yet the ideas are the same as without it."""
    x, truth = topics(per_topic=20)
    envelope = _normalise(np.random.default_rng(3).normal(size=x.shape[1]))
    wrapped = _normalise(x + 2.0 * envelope)
    assert float((wrapped[:20] @ wrapped[20:40].T).mean()) > 0.75  # unrelated asks look alike
    plain, shared = cluster_embeddings(x), cluster_embeddings(wrapped)
    assert shared.n_clusters == plain.n_clusters == 6
    assert adjusted_rand_score(plain.labels, shared.labels) == 1.0


def test_granularity_follows_the_data_not_a_fixed_cosine() -> None:
    """Loose paraphrase groups (items at cosine ~0.35 to each other) and tight ones are both
    found whole: a fixed merge threshold would shatter the first or fuse the second."""
    loose, truth = topics(dim=96, seed=4)
    loose = _normalise(loose + np.random.default_rng(5).normal(0, 0.14, loose.shape))
    tight, _ = topics(dim=96, seed=4)
    for x in (loose, tight):
        result = cluster_embeddings(x)
        assert adjusted_rand_score(truth, result.labels) > 0.95
        assert np.sort(np.bincount(result.labels))[-6:].sum() >= 0.97 * len(x)


def test_paraphrase_groups_of_different_sizes_each_end_in_one_idea() -> None:
    rng = np.random.default_rng(6)
    sizes = [200, 80, 30, 12, 6]  # one request holds 61% of the backlog
    centres = _normalise(rng.normal(size=(len(sizes), 48)))
    truth = np.repeat(np.arange(len(sizes)), sizes)
    x = _normalise(centres[truth] + rng.normal(0, 0.09, (len(truth), 48)))
    result = cluster_embeddings(x)
    assert adjusted_rand_score(truth, result.labels) > 0.98


def test_a_large_backlog_goes_through_micro_clusters_and_keeps_the_topics() -> None:
    x, truth = topics(n_topics=12, per_topic=300, dim=48, seed=8)  # 3,600 > item-level limit
    result = cluster_embeddings(x)
    assert adjusted_rand_score(truth, result.labels) > 0.95


def test_tiny_inputs() -> None:
    one = _normalise(np.ones((1, 8)))
    assert cluster_embeddings(one).n_clusters == 1
    two = _normalise(np.eye(8)[:2])
    assert cluster_embeddings(two).labels.shape == (2,)
    assert cluster_embeddings(np.zeros((0, 8), np.float32)).n_clusters == 0


def test_a_long_tail_of_small_requests_is_not_lumped_together() -> None:
    # 150 requests asked 1-12 times, most of them once to three times (duplicate bug reports):
    # each item's 10 neighbours run past its own request, and one height for the whole tree
    # put three or four requests in each idea (ARI 0.53-0.62 on these seeds).
    for seed in (0, 3):
        rng = np.random.default_rng(seed)
        sizes = rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 12], size=150)
        centres = rng.normal(size=(len(sizes), 48))
        centres /= np.linalg.norm(centres, axis=1, keepdims=True)
        truth = np.repeat(np.arange(len(sizes)), sizes)
        x = centres[truth] + rng.normal(0, 0.08, (len(truth), 48))
        x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
        result = cluster_embeddings(x)
        assert adjusted_rand_score(truth, result.labels) > 0.85
        assert result.n_clusters > 110


def test_kmeans_gives_the_assignment_of_faiss_kmeans() -> None:
    """The k-means loop run here (stopping once no item moves) is faiss's, float for float."""
    rng = np.random.default_rng(3)
    for n, d, k, seed in [(400, 16, 50, 0), (1500, 32, 180, 5), (3000, 64, 375, 1)]:
        x = rng.normal(size=(n, d)).astype(np.float32)
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        assert np.array_equal(cluster._kmeans(x, k, seed), cluster._faiss_kmeans(x, k, seed))


def _plain_vote(
    labels: np.ndarray, scores: np.ndarray, ids: np.ndarray, locked: np.ndarray
) -> np.ndarray:
    """The neighbour vote item by item: self weight 1, neighbours their clipped cosine, votes
    summed in voter order, ties to the lowest label, locked ideas take no one."""
    locked_labels = set(labels[locked].tolist())
    for _ in range(cluster.VOTE_ROUNDS):
        new = labels.copy()
        for i in range(len(labels)):
            tally: dict[int, float] = {}
            voters = [
                (j, float(max(s, 0))) for j, s in zip(ids[i], scores[i], strict=True) if j >= 0
            ]
            for j, w in [*voters, (i, 1.0)]:
                label = int(labels[j])
                if label not in locked_labels:
                    tally[label] = tally.get(label, 0.0) + w
            if tally and not locked[i]:
                best = max(tally.values())
                if best > 0:
                    new[i] = min(label for label, v in tally.items() if v == best)
        labels = new
    return labels


def test_neighbour_vote_is_the_plain_item_by_item_vote() -> None:
    rng = np.random.default_rng(5)
    for trial in range(40):
        n = int(rng.integers(2, 200))
        k = min(10, n - 1)
        labels = rng.integers(0, max(1, n // int(rng.integers(1, 15))), n)
        ids = np.stack([rng.choice(np.delete(np.arange(n), i), k, replace=False) for i in range(n)])
        ids[rng.random(ids.shape) < 0.05 * (trial % 2)] = -1
        weights = np.array([0.1, 0.2, 0.3, -0.1, 0.5], dtype=np.float32)  # ties are common
        scores = rng.choice(weights, ids.shape).astype(np.float32)
        locked = rng.random(n) < 0.1 * (trial % 3 == 0)
        expected = _plain_vote(labels, scores, ids, locked)
        assert np.array_equal(cluster._neighbour_vote(labels, scores, ids, locked), expected)
