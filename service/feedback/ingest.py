"""Taking feedback in: store each item and decide on arrival whether it duplicates an idea."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC
from functools import cache
from typing import Any

import numpy as np
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from models.db import unit_of_work
from models.schemas import DecisionKind, DecisionSpace, FeedbackCreate, FeedbackResult, Match
from models.tables import FeedbackItem, Workspace
from service.core import change_store
from service.core.errors import Conflict
from service.feedback import store as feedback_store
from service.feedback.asks import envelope_of, stored_ask
from service.feedback.calibration import own_auto_merge, workspace_thresholds
from service.feedback.vectors import (
    VectorRegistry,
    WorkspaceVectors,
    decision_space,
    reads_like_tracker_now,
)
from service.ideas import store as idea_store
from service.review import store as review_store
from service.workspaces import store as workspace_store
from triage.ask_lines import ask_lines
from triage.dedupe import (
    Decision,
    Neighbour,
    ThresholdPair,
    Thresholds,
    conflicting,
    decide,
)
from triage.embedder import Remembering
from triage.envelope import Envelope
from triage.envelope_lines import normalise_line
from triage.normalise import content_hash
from triage.reduce import reduce_each
from triage.titles import title_from

MAX_MATCHES = 5
TITLE_CHARS = 120


def idea_title(text: str) -> str:
    """A first title for a new idea: the ask in its founding text (re-clustering renames it)."""
    return title_from(text, TITLE_CHARS)


class Ingestor:
    """Runs the duplicate decision for one workspace, against its live vector index."""

    def __init__(self, registry: VectorRegistry, thresholds: ThresholdPair, k: int = 20) -> None:
        self.registry = registry
        self.thresholds = thresholds
        self.k = k

    def decide_text(self, session: Session, workspace_id: int, text: str) -> FeedbackResult:
        """The decision for a text without storing anything (POST /dedupe)."""
        embed = Remembering(self.registry.embedder)
        envelope = envelope_of(session, workspace_id)
        ask = self._asks(envelope, [text], embed)[0]
        exact = feedback_store.first_by_hash(session, workspace_id, [ask.digest]).get(ask.digest)
        chosen = _chosen_reader(envelope, embed)
        if exact is not None and _one_request(session, workspace_id, exact, text, ask, chosen):
            return self._result(None, exact.idea_id, DecisionKind.exact_duplicate, None)
        embedded = embed([ask.text])
        # Under the workspace lock like ingest: catching up (or whitening) must not change the
        # state under a batch that is being decided.
        with self.registry.writing(workspace_id):
            state = self.registry.current(session, workspace_id)
            vector = state.to_space(embedded)[0]
            thresholds = _for_ask(
                self.thresholds_for(session, workspace_id, state.space, state.tracker),
                ask,
                exact is not None,
            )
            hits = state.search_many(embedded, vector[None], self.k)[0]
            conflicts = _conflicts(session, ask.text, chosen)
            decision = self._decide(state, vector, hits, thresholds, conflicts=conflicts)
        return self._name_matches(
            session, [self._result(None, decision.idea_id, decision.kind, decision)]
        )[0]

    def ingest(
        self, factory: sessionmaker[Session], workspace: Workspace, items: list[FeedbackCreate]
    ) -> list[FeedbackResult]:
        """Store items in one transaction of its own and return one decision per item, in input
        order: for callers without a request's session (CLI import, evaluation, loaders).

        Takes a session factory because the lookup of known texts, before the workspace lock
        and the embedding, is a short read of its own; the writes commit in one unit of work.
        """
        with unit_of_work(factory) as session:
            envelope = envelope_of(session, workspace.id)
        embed = Remembering(self.registry.embedder)
        # may embed lines: outside any transaction
        asks = self._asks(envelope, [item.text for item in items], embed)
        with unit_of_work(factory) as session:
            todo = self._unseen(session, workspace.id, [ask.digest for ask in asks])
        vectors = self._embed([ask.text for ask in asks], todo, embed)
        with self.registry.writing(workspace.id):
            with unit_of_work(factory) as session:
                batch, results = self._store(
                    session, workspace.id, items, asks, vectors, _chosen_reader(envelope, embed)
                )
            self._learn(batch, results)
        return results

    @contextmanager
    def ingesting(
        self, session: Session, workspace: Workspace, items: list[FeedbackCreate]
    ) -> Iterator[list[FeedbackResult]]:
        """Store items through the caller's session (a request's unit of work) and yield the
        decisions; the caller commits inside the block.

        The block runs under the workspace lock, so the next decision sees these items, and
        the index learns them when the block ends only if the session committed in it.
        """
        embed = Remembering(self.registry.embedder)
        envelope = envelope_of(session, workspace.id)
        asks = self._asks(envelope, [item.text for item in items], embed)
        todo = self._unseen(session, workspace.id, [ask.digest for ask in asks])
        vectors = self._embed([ask.text for ask in asks], todo, embed)
        with self.registry.writing(workspace.id):
            chosen = _chosen_reader(envelope, embed)
            batch, results = self._store(session, workspace.id, items, asks, vectors, chosen)
            committed = False

            def note_commit(_session: Session) -> None:
                nonlocal committed
                committed = True

            event.listen(session, "after_commit", note_commit)
            try:
                yield results
            finally:
                event.remove(session, "after_commit", note_commit)
            if committed:
                self._learn(batch, results)

    def _store(
        self,
        session: Session,
        workspace_id: int,
        items: list[FeedbackCreate],
        asks: list[_Ask],
        vectors: list[np.ndarray | None],
        chosen: Callable[[str], bool],
    ) -> tuple[_Batch, list[FeedbackResult]]:
        """Decide and write every item; the caller holds the workspace's in-process lock, and
        this takes its database lock for the session's transaction (other processes).

        Decisions are made one by one so an item can merge with one sent earlier in the batch.
        """
        change_store.lock_workspace(session, workspace_id)
        state = self.registry.current(session, workspace_id)
        thresholds = self.thresholds_for(session, workspace_id, state.space, state.tracker)
        spaced, hits = self._search_many(state, vectors)
        batch = _Batch(
            lookups=feedback_store.BatchLookups(
                session,
                workspace_id,
                {(i.source, i.external_id) for i in items if i.external_id},
                {i.account for i in items if i.account},
                {i.requester for i in items if i.requester},
            ),
            state=state,
            thresholds=thresholds,
            # Re-read under the lock: a concurrent call may have stored the same text.
            exact=feedback_store.first_by_hash(session, workspace_id, [a.digest for a in asks]),
            chosen=chosen,
        )
        results = [
            self._ingest_one(batch, item, ask, vector, in_space, hit)
            for item, ask, vector, in_space, hit in zip(
                items, asks, vectors, spaced, hits, strict=True
            )
        ]
        feedback_store.log_decisions(session, batch.log)
        indexed: list[int | None] = [item_id for item_id, *_ in batch.pending]
        batch.feed_seq = change_store.record(session, workspace_id, change_store.ITEM, indexed)
        review_store.suggest_new_items(session, workspace_id, batch.suggestions)
        self._name_matches(session, results)
        return batch, results

    def _learn(self, batch: _Batch, results: list[FeedbackResult]) -> None:
        """Index a committed batch's new items (still under the workspace lock)."""
        for item_id, idea_id, vector, in_space in batch.pending:
            batch.state.add(item_id, idea_id, vector, in_space)
        batch.state.feed_seq = batch.feed_seq  # the state was at the feed's end before these
        self.registry.after_write(batch.lookups.workspace_id)

    @staticmethod
    def _unseen(session: Session, workspace_id: int, digests: list[str]) -> list[int]:
        """Positions of texts whose normalised form is new to the workspace and to the batch."""
        seen = feedback_store.known_hashes(session, workspace_id, digests)
        todo = []
        for n, digest in enumerate(digests):
            if digest not in seen:
                seen.add(digest)
                todo.append(n)
        return todo

    @staticmethod
    def _asks(envelope: Envelope, texts: list[str], embed: Remembering) -> list[_Ask]:
        """Each text's ask under the workspace's learned envelope (what is hashed and embedded),
        whether it was cut out of the text and reads like that envelope (its line model) or is
        one that many texts were cut down to and nobody posted as is (its common asks), and
        whether the line model chose it among sentences: an exact match of any is no proof of
        one request."""
        reduced = reduce_each(texts, envelope, embed)
        asks = [r.ask for r in reduced]
        model = envelope.line_model
        cut = [n for n, text in enumerate(texts) if stored_ask(text, asks[n]) is not None]
        noted: set[int] = set()
        if model is not None and cut:
            scores = model.envelope_scores(embed([asks[n] for n in cut]))
            noted = {n for n, score in zip(cut, scores, strict=True) if score > 0.0}
            noted |= {n for n in cut if normalise_line(asks[n]) in model.common}
        unsettled = {n for n in cut if _several_lines(asks[n])}
        return [
            _Ask(r.ask, content_hash(r.ask), n in noted, r.chosen, n in unsettled)
            for n, r in enumerate(reduced)
        ]

    @staticmethod
    def _embed(asks: list[str], todo: list[int], embed: Remembering) -> list[np.ndarray | None]:
        """Embed the asks at `todo` in one batch, outside the lock (exact re-posts never are)."""
        vectors: list[np.ndarray | None] = [None] * len(asks)
        embedded = embed([asks[n] for n in todo])
        for n, vector in zip(todo, embedded, strict=True):
            vectors[n] = vector
        return vectors

    def _search_many(
        self, state: WorkspaceVectors, vectors: list[np.ndarray | None]
    ) -> tuple[list[np.ndarray | None], list[list[tuple[int, float]] | None]]:
        """Every embedded text of the batch in the decision space, and its nearest committed
        items: one mapping and one search for the whole batch."""
        rows = [n for n, v in enumerate(vectors) if v is not None]
        spaced: list[np.ndarray | None] = [None] * len(vectors)
        hits: list[list[tuple[int, float]] | None] = [None] * len(vectors)
        if not rows:
            return spaced, hits
        embedded = np.array([vectors[n] for n in rows])
        mapped = state.to_space(embedded)
        found = state.search_many(embedded, mapped, self.k)
        for n, vector, hit in zip(rows, mapped, found, strict=True):
            spaced[n], hits[n] = vector, hit
        return spaced, hits

    def _ingest_one(
        self,
        batch: _Batch,
        item: FeedbackCreate,
        ask: _Ask,
        vector: np.ndarray | None,
        in_space: np.ndarray | None,
        hits: list[tuple[int, float]] | None,
    ) -> FeedbackResult:
        digest = ask.digest
        session, workspace_id = batch.lookups.session, batch.lookups.workspace_id
        if item.external_id:
            stored = batch.lookups.stored(item.source, item.external_id)
            if stored is not None:
                result = self._result(
                    stored.id, stored.idea_id, DecisionKind(stored.decision), None
                )
                result.duplicate_request = True
                return result
        decision: Decision | None = None
        exact = batch.exact.get(digest)
        if exact is not None and _one_request(
            session, workspace_id, exact, item.text, ask, batch.chosen
        ):
            kind, idea_id = DecisionKind.exact_duplicate, exact.idea_id
            stored_vector = exact.embedding
        else:
            if vector is None or in_space is None:  # its twin was merged away since: embed now
                vector = self.registry.embedder.embed([ask.text])[0]
                in_space = batch.state.to_space(vector[None])[0]
                hits = batch.state.search_many(vector[None], in_space[None], self.k)[0]
            stored_vector = vector.astype(np.float32).tobytes()
            decision = self._decide(
                batch.state,
                in_space,
                hits,
                _for_ask(batch.thresholds, ask, exact is not None),
                batch.pending,
                _conflicts(session, ask.text, batch.chosen),
            )
            kind = decision.kind
            if kind == DecisionKind.auto_merge:
                assert decision.idea_id is not None  # an auto-merge always names its idea
                idea_id = decision.idea_id
            else:
                # `review` items start as their own idea; the PM queue may merge them later.
                idea_id = idea_store.insert_idea(session, workspace_id, idea_title(ask.text))
        assert idea_id is not None
        item_id = self._store_item(batch.lookups, item, ask, stored_vector, kind, idea_id)
        batch.log.append(_log_entry(workspace_id, item_id, kind, idea_id, decision, batch))
        if kind == DecisionKind.review:
            assert decision is not None and decision.idea_id is not None
            batch.suggestions.append((item_id, decision.idea_id, decision.best or 0.0))
        if kind != DecisionKind.exact_duplicate:
            assert vector is not None and in_space is not None
            batch.pending.append((item_id, idea_id, vector, in_space))
            plain = stored_ask(item.text, ask.text) is None
            batch.exact.setdefault(
                digest,
                feedback_store.ExactMatch(idea_id, stored_vector, plain, item.text, ask.chosen),
            )
        return self._result(item_id, idea_id, kind, decision)

    def _decide(
        self,
        state: WorkspaceVectors,
        vector: np.ndarray,
        hits: list[tuple[int, float]] | None,
        thresholds: Thresholds,
        pending: list[tuple[int, int, np.ndarray, np.ndarray]] = (),  # type: ignore[assignment]
        conflicts: Callable[[list[int]], bool] | None = None,
    ) -> Decision:
        """Neighbours come from the committed index plus this batch's uncommitted items.

        `vector` and the pending items' last vectors are in the workspace's decision space."""
        hits = hits or []
        neighbours = [Neighbour(i, state.idea_of[i], s) for i, s in hits if i in state.idea_of]
        centroids = state.centroids
        if pending:
            centroids = dict(centroids)
            for item_id, idea_id, _, other in pending:
                neighbours.append(Neighbour(item_id, idea_id, float(other @ vector)))
                total = centroids.get(idea_id)
                centroids[idea_id] = other if total is None else total + other
            neighbours = sorted(neighbours, key=lambda n: -n.score)[: self.k]
        return decide(vector, neighbours, centroids, thresholds, conflicts)

    def idea_centres(
        self, session: Session, workspace_id: int
    ) -> tuple[dict[int, np.ndarray], float]:
        """Each idea's vector sum in the decision space (a copy, taken under the lock), and
        the review cut-off of that space."""
        with self.registry.writing(workspace_id):
            state = self.registry.current(session, workspace_id)
            review = self.thresholds_for(session, workspace_id, state.space).review
            return dict(state.centroids), review

    def merges_on_similarity(self, session: Session, workspace_id: int) -> bool:
        """Whether similarity alone may merge in the workspace now (`thresholds_for`), read
        from the database: a page asking this loads no vector index."""
        space = decision_space(session, workspace_id)
        tracker = reads_like_tracker_now(session, workspace_id)
        return self.thresholds_for(session, workspace_id, space, tracker).similar_merges

    def thresholds_for(
        self, session: Session, workspace_id: int, space: DecisionSpace, tracker: bool = False
    ) -> Thresholds:
        """The server's thresholds for the space, with any the workspace learned in that space.

        A workspace that reads like an issue tracker (`WorkspaceVectors.tracker`) merges
        nothing on similarity alone until its PM's verdicts have set its own cut-offs."""
        settings = workspace_store.read_settings(session, workspace_id)
        default = self.thresholds.for_space(space)
        if tracker and not own_auto_merge(settings, space):
            default = replace(default, similar_merges=False)
        return workspace_thresholds(settings, default, space)

    def _store_item(
        self,
        lookups: feedback_store.BatchLookups,
        item: FeedbackCreate,
        ask: _Ask,
        embedding: bytes | None,
        kind: DecisionKind,
        idea_id: int,
    ) -> int:
        account_id = requester_id = None
        if item.account:
            account_id = lookups.account(item.account, item.mrr)
        if item.requester:
            requester_id = lookups.requester(item.requester, item.requester_name, account_id)
        values: dict[str, Any] = {
            "workspace_id": lookups.workspace_id,
            "idea_id": idea_id,
            "requester_id": requester_id,
            "account_id": account_id,
            "text": item.text,
            "ask": stored_ask(item.text, ask.text),
            "source": item.source,
            "external_id": item.external_id,
            "metadata": item.metadata,
            "content_hash": ask.digest,
            "embedding": embedding,
            "decision": kind.value,
        }
        created = item.created_at
        if created is not None:
            values["created_at"] = created if created.tzinfo else created.replace(tzinfo=UTC)
        item_id = feedback_store.insert_item(lookups.session, values)
        if item_id is None:  # only a writer outside the workspace lock can get here
            raise Conflict(
                f"An item from {item.source} with id {item.external_id} arrived at the same time.",
                code="duplicate_external_id",
            )
        if item.external_id:
            lookups.remember(
                FeedbackItem(
                    id=item_id,
                    source=item.source,
                    external_id=item.external_id,
                    idea_id=idea_id,
                    decision=kind.value,
                )
            )
        return item_id

    @staticmethod
    def _result(
        item_id: int | None, idea_id: int | None, kind: DecisionKind, decision: Decision | None
    ) -> FeedbackResult:
        """The answer, with match titles left for _name_matches to fill in one query."""
        scored = decision.ideas[:MAX_MATCHES] if decision else []
        matches = [Match(idea_id=s.idea_id, title="", score=round(s.score, 4)) for s in scored]
        return FeedbackResult(id=item_id, idea_id=idea_id, decision=kind, matches=matches)

    @staticmethod
    def _name_matches(session: Session, results: list[FeedbackResult]) -> list[FeedbackResult]:
        ids = list({m.idea_id for r in results for m in r.matches})
        names = idea_store.titles(session, ids)
        for result in results:
            for match in result.matches:
                match.title = names.get(match.idea_id, "")
        return results


@dataclass(frozen=True)
class _Ask:
    """An item's request without its envelope, the exact-match hash of it, whether it was
    cut out of a longer text and reads like envelope, and whether it was chosen by meaning
    among sentences (`Ingestor._asks`, `triage.reduce.Reduced`). An ask cut out that still
    holds several lines is `unsettled`: the reduction could not tell which line is the request
    (an earlier one quoted beside the new one reads the same), so similarity alone never
    merges it (close matches go to review), and an exact match makes it a re-post only of its
    own text (`_one_request`). An idea that only unsettled or chosen asks hold takes no merge
    on similarity either (`_unsure`)."""

    text: str
    digest: str
    noted: bool = False
    chosen: bool = False
    unsettled: bool = False


def _chosen_reader(envelope: Envelope, embed: Remembering) -> Callable[[str], bool]:
    """Whether a stored item's ask was chosen among sentences, read again from its text, for
    an exact match or an idea's items that must know (only the reduction: what reads like
    envelope is not asked). Kept per text: a batch asks again of the same idea's items."""
    return cache(lambda text: reduce_each([text], envelope, embed)[0].chosen)


def _one_request(
    session: Session,
    workspace_id: int,
    match: feedback_store.ExactMatch,
    text: str,
    ask: _Ask,
    chosen: Callable[[str], bool],
) -> bool:
    """Whether an ask already stored makes ``text`` an exact re-post. Two different texts cut
    down to the same ask are no proof of one request where that ask reads like envelope (a
    colleague's note above two forwarded mails comes out the same for both), where either
    side's ask was chosen by meaning among sentences (a ticket's earlier request, quoted above
    the new one, can be the sentence kept, and it reads exactly like that request posted on
    its own), or where the new ask is unsettled (`_Ask`: two texts whose requests the
    reduction lost can come out as the same template lines): they go to review. Any other
    match is: the ask posted as is before, an ask that reads as a request and was no choice,
    or ``text`` posted before (read only then)."""
    if ask.unsettled:
        return feedback_store.posted_before(session, workspace_id, ask.digest, text)
    if match.plain and not ask.chosen:
        return True
    if not (ask.noted or ask.chosen):
        chosen_before = match.chosen if match.chosen is not None else chosen(match.text)
        if not chosen_before:
            return True
    return feedback_store.posted_before(session, workspace_id, ask.digest, text)


@dataclass
class _Batch:
    """What deciding one bulk call's items shares: lookups, the index, and rows to write."""

    lookups: feedback_store.BatchLookups
    state: WorkspaceVectors
    thresholds: Thresholds
    exact: dict[str, feedback_store.ExactMatch]  # ask hash -> what a re-post of it joins
    chosen: Callable[[str], bool]  # whether a stored text's ask was chosen (`_one_request`)
    # (item id, idea id, raw vector, the same in the decision space) of this call's new items
    pending: list[tuple[int, int, np.ndarray, np.ndarray]] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)
    suggestions: list[tuple[int, int, float]] = field(default_factory=list)
    feed_seq: int = 0  # the change feed's position once this batch's items are in
    thresholds_row: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.thresholds_row = asdict(self.thresholds)


def _for_ask(thresholds: Thresholds, ask: _Ask, has_twin: bool) -> Thresholds:
    """The thresholds that decide ``ask``: similarity alone merges nothing where the same ask
    was cut out of another text already (its twin is no re-post, or it would have matched) or
    where the ask is unsettled (`_Ask`); a close match goes to review instead."""
    if has_twin or ask.unsettled:
        return replace(thresholds, similar_merges=False)
    return thresholds


def _conflicts(
    session: Session, ask: str, chosen: Callable[[str], bool]
) -> Callable[[list[int]], bool]:
    """item ids -> whether `ask` may not join those stored items' idea on similarity alone
    (one read, and only when a decision would auto-merge): one of them conflicts with it
    (`triage.dedupe.conflicting`), or every one may hold the wrong line of its text
    (`_unsure`), which is no proof of what the idea asks for."""

    def check(item_ids: list[int]) -> bool:
        stored = list(feedback_store.asks_of(session, item_ids).values())
        if conflicting(ask, [s.ask for s in stored]):
            return True
        return bool(stored) and all(_unsure(s, chosen) for s in stored)

    return check


def _unsure(stored: feedback_store.StoredAsk, chosen: Callable[[str], bool]) -> bool:
    """Whether a stored item's ask may be an earlier request its text quoted rather than its
    own: it was cut out and still holds several lines (unsettled, `_Ask`) or was chosen by
    meaning among sentences (read again from the text, `_chosen_reader`)."""
    if not stored.cut:
        return False
    return _several_lines(stored.ask) or chosen(stored.text)


def _several_lines(ask: str) -> bool:
    """Whether an ask holds more than one line: cut out of a text, it is unsettled (`_Ask`)."""
    return len(ask_lines(ask)) > 1


def _log_entry(
    workspace_id: int,
    item_id: int,
    kind: DecisionKind,
    idea_id: int,
    decision: Decision | None,
    batch: _Batch,
) -> dict[str, Any]:
    ideas = decision.ideas[:MAX_MATCHES] if decision else []
    return {
        "workspace_id": workspace_id,
        "item_id": item_id,
        "decision": kind.value,
        "idea_id": idea_id,
        "best_score": decision.best if decision else None,
        "runner_up_score": decision.runner_up if decision else None,
        "scores": {
            "space": batch.state.space.value,
            "confidence": decision.confidence if decision else None,
            "ideas": [
                {"idea_id": i.idea_id, "score": i.score, "nearest": i.nearest, "support": i.support}
                for i in ideas
            ],
        },
        "thresholds": batch.thresholds_row,
    }
