"""The PM's review actions: answer suggestions, merge and split ideas, undo any of it.

Each action takes a session (the caller's unit of work commits) and returns what moved and
the audit entry that undoes it. Callers that move items hold the workspace's write lock
(`AppContext.membership_change`) so a concurrent ingest never lands an item in an idea just
merged away.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.review import ActionResult, SuggestionStatus
from models.review_tables import Suggestion
from models.schemas import DecisionKind
from models.tables import FeedbackItem, Idea
from service.core import audit_store
from service.core.errors import Conflict, InvalidInput, NotFound
from service.feedback import calibration
from service.feedback import store as feedback_store
from service.review import store as review_store
from service.review.changes import UNDOABLE, Changes
from service.review.changes import undo as _undo
from triage.dedupe import ThresholdPair


def _pending(session: Session, workspace_id: int, suggestion_id: int) -> Suggestion:
    suggestion = review_store.get_suggestion(session, workspace_id, suggestion_id)
    if suggestion is None:
        raise NotFound(f"No suggestion {suggestion_id} here.", code="suggestion_not_found")
    if suggestion.status != SuggestionStatus.pending:
        raise Conflict(
            f"Suggestion {suggestion_id} was already answered ({suggestion.status}).",
            code="suggestion_resolved",
        )
    return suggestion


def _idea(session: Session, workspace_id: int, idea_id: int) -> Idea:
    idea = review_store.live_idea(session, workspace_id, idea_id)
    if idea is None:
        raise NotFound(f"No idea {idea_id} in this workspace.", code="idea_not_found")
    return idea


def _item(session: Session, workspace_id: int, item_id: int) -> FeedbackItem:
    item = session.get(FeedbackItem, item_id)
    if item is None or item.workspace_id != workspace_id:
        raise NotFound(f"No feedback item {item_id} here.", code="item_not_found")
    return item


def _join(session: Session, changes: Changes, item: FeedbackItem, target: Idea) -> None:
    """Move an item into an idea; the idea it leaves is hidden if nothing else is in it."""
    source = item.idea_id
    changes.move(item.id, source, target.id)
    if not target.pinned:
        changes.set_idea(target, pinned=True)
    if source is not None and source != target.id:
        others = [m for m in review_store.member_ids(session, changes.workspace_id, source)]
        if others == [item.id]:
            left = session.get(Idea, source)
            if left is not None and left.merged_into_id is None:
                changes.set_idea(left, merged_into_id=target.id)


def _leave(session: Session, changes: Changes, item: FeedbackItem, title: str | None) -> Idea:
    """Give an item an idea of its own: reuse the one it is alone in, else a new one."""
    current = session.get(Idea, item.idea_id) if item.idea_id is not None else None
    if current is not None and review_store.member_ids(
        session, changes.workspace_id, current.id
    ) == [item.id]:
        values: dict[str, bool | str] = {"pinned": True}
        if title:
            values |= {"title": title, "title_source": "pm"}
        changes.set_idea(current, **values)
        return current
    idea = changes.new_idea(session, item, title)
    changes.move(item.id, item.idea_id, idea.id)
    return idea


def accept(
    session: Session, workspace_id: int, suggestion_id: int, actor: str, defaults: ThresholdPair
) -> ActionResult:
    """Yes, a duplicate: the item joins the suggested idea."""
    suggestion = _pending(session, workspace_id, suggestion_id)
    target = _idea(session, workspace_id, suggestion.idea_id)
    changes = Changes(workspace_id)
    _join(session, changes, _item(session, workspace_id, suggestion.item_id), target)
    changes.resolve(suggestion, SuggestionStatus.accepted, actor, target.id)
    result = changes.apply(session, actor, "accept", ("suggestion", suggestion.id))
    calibration.recalibrate(session, workspace_id, defaults)
    return result


def reject(
    session: Session, workspace_id: int, suggestion_id: int, actor: str, defaults: ThresholdPair
) -> ActionResult:
    """Not a duplicate: remembered for the pair; an item already inside the idea leaves it."""
    suggestion = _pending(session, workspace_id, suggestion_id)
    item = _item(session, workspace_id, suggestion.item_id)
    changes = Changes(workspace_id)
    changes.not_duplicate(session, item.id, suggestion.idea_id, suggestion.score, actor)
    destination = item.idea_id
    if item.idea_id == suggestion.idea_id:
        destination = _leave(session, changes, item, None).id
    changes.resolve(suggestion, SuggestionStatus.rejected, actor, destination)
    result = changes.apply(session, actor, "reject", ("suggestion", suggestion.id))
    calibration.recalibrate(session, workspace_id, defaults)
    return result


def redirect(
    session: Session,
    workspace_id: int,
    suggestion_id: int,
    idea_id: int,
    actor: str,
    defaults: ThresholdPair,
) -> ActionResult:
    """A duplicate, but of another idea the PM picked."""
    suggestion = _pending(session, workspace_id, suggestion_id)
    target = _idea(session, workspace_id, idea_id)
    item = _item(session, workspace_id, suggestion.item_id)
    changes = Changes(workspace_id)
    if target.id != suggestion.idea_id:
        changes.not_duplicate(session, item.id, suggestion.idea_id, suggestion.score, actor)
    _join(session, changes, item, target)
    changes.resolve(suggestion, SuggestionStatus.redirected, actor, target.id)
    result = changes.apply(session, actor, "redirect", ("suggestion", suggestion.id))
    calibration.recalibrate(session, workspace_id, defaults)
    return result


def new_idea(
    session: Session,
    workspace_id: int,
    suggestion_id: int,
    actor: str,
    defaults: ThresholdPair,
    title: str | None = None,
) -> ActionResult:
    """Something new: the item stands as an idea of its own."""
    suggestion = _pending(session, workspace_id, suggestion_id)
    item = _item(session, workspace_id, suggestion.item_id)
    changes = Changes(workspace_id)
    changes.not_duplicate(session, item.id, suggestion.idea_id, suggestion.score, actor)
    idea = _leave(session, changes, item, title)
    changes.resolve(suggestion, SuggestionStatus.new_idea, actor, idea.id)
    result = changes.apply(session, actor, "new_idea", ("suggestion", suggestion.id))
    result.idea_id = idea.id
    calibration.recalibrate(session, workspace_id, defaults)
    return result


def bulk_accept(
    session: Session,
    workspace_id: int,
    suggestion_ids: list[int],
    actor: str,
    defaults: ThresholdPair,
) -> list[ActionResult]:
    """Accept many at once; nothing is accepted unless every one is still pending."""
    for suggestion_id in suggestion_ids:
        _pending(session, workspace_id, suggestion_id)
    return [
        accept(session, workspace_id, s, actor, defaults) for s in dict.fromkeys(suggestion_ids)
    ]


def merge_ideas(
    session: Session, workspace_id: int, idea_id: int, into_idea_id: int, actor: str
) -> ActionResult:
    """Fold one idea into another: its items move, its pending suggestions follow."""
    source, target = (
        _idea(session, workspace_id, idea_id),
        _idea(session, workspace_id, into_idea_id),
    )
    if source.id == target.id:
        raise InvalidInput("An idea cannot be merged into itself.", code="same_idea")
    changes = Changes(workspace_id)
    for item_id in review_store.member_ids(session, workspace_id, source.id):
        changes.move(item_id, source.id, target.id)
    changes.set_idea(source, merged_into_id=target.id)
    if not target.pinned:
        changes.set_idea(target, pinned=True)
    for suggestion in review_store.pending_for_idea(session, source.id):
        changes.suggestions[suggestion.id] = ({"idea_id": source.id}, {"idea_id": target.id})
        suggestion.idea_id = target.id
    return changes.apply(session, actor, "merge", ("idea", source.id))


def merge_siblings(
    session: Session, workspace_id: int, idea_ids: list[int], into_idea_id: int, actor: str
) -> ActionResult:
    """Fold sibling ideas into one in a single action, so one undo puts them all back."""
    target = _idea(session, workspace_id, into_idea_id)
    sources = [_idea(session, workspace_id, i) for i in dict.fromkeys(idea_ids) if i != target.id]
    if not sources:
        raise InvalidInput("Name at least one other idea to merge.", code="same_idea")
    changes = Changes(workspace_id)
    for source in sources:
        for item_id in review_store.member_ids(session, workspace_id, source.id):
            changes.move(item_id, source.id, target.id)
        changes.set_idea(source, merged_into_id=target.id)
        for suggestion in review_store.pending_for_idea(session, source.id):
            changes.suggestions[suggestion.id] = ({"idea_id": source.id}, {"idea_id": target.id})
            suggestion.idea_id = target.id
    if not target.pinned:
        changes.set_idea(target, pinned=True)
    return changes.apply(session, actor, "merge", ("idea", target.id))


def split_items(
    session: Session,
    workspace_id: int,
    idea_id: int,
    item_ids: list[int],
    actor: str,
    title: str | None = None,
) -> ActionResult:
    """Move some items out of an idea into a new one (both keep their membership after)."""
    idea = _idea(session, workspace_id, idea_id)
    members = set(review_store.member_ids(session, workspace_id, idea.id))
    chosen = list(dict.fromkeys(item_ids))
    outside = [i for i in chosen if i not in members]
    if outside:
        raise InvalidInput(
            f"Items {outside} are not in idea {idea.id}.",
            code="items_not_in_idea",
            item_ids=outside,
        )
    if len(chosen) == len(members):
        raise InvalidInput("Split out only some of the items, not all.", code="split_all")
    changes = Changes(workspace_id)
    new = changes.new_idea(session, _item(session, workspace_id, chosen[0]), title)
    for item_id in chosen:
        changes.move(item_id, idea.id, new.id)
    if not idea.pinned:
        changes.set_idea(idea, pinned=True)
    return changes.apply(session, actor, "split", ("idea", idea.id))


def unmerge_item(
    session: Session, workspace_id: int, item_id: int, actor: str, defaults: ThresholdPair
) -> ActionResult:
    """Undo an automatic (or any) merge of one item: it leaves its idea, and the pair is
    remembered as "not a duplicate" (which also counts against the auto-merge threshold)."""
    item = _item(session, workspace_id, item_id)
    if item.idea_id is None or review_store.member_ids(session, workspace_id, item.idea_id) == [
        item.id
    ]:
        raise Conflict(f"Item {item_id} is not merged with anything.", code="not_merged")
    changes = Changes(workspace_id)
    score = feedback_store.best_score(session, item.id)
    changes.not_duplicate(session, item.id, item.idea_id, score, actor)
    _leave(session, changes, item, None)
    result = changes.apply(session, actor, "unmerge", ("item", item.id))
    if item.decision == DecisionKind.auto_merge:
        calibration.recalibrate(session, workspace_id, defaults)
    return result


def undo(
    session: Session, workspace_id: int, audit_id: int, actor: str, defaults: ThresholdPair
) -> ActionResult:
    result = _undo(session, workspace_id, audit_id, actor)
    calibration.recalibrate(session, workspace_id, defaults)
    return result


def undo_last(
    session: Session, workspace_id: int, actor: str, defaults: ThresholdPair
) -> ActionResult:
    """Undo this person's most recent action that is not undone yet (the `u` key)."""
    entry_id = audit_store.latest_undoable(session, workspace_id, actor, UNDOABLE)
    if entry_id is None:
        raise Conflict("Nothing of yours to undo.", code="nothing_to_undo")
    return undo(session, workspace_id, entry_id, actor, defaults)
