"""Reversible changes to ideas: every PM action is a set of field changes recorded in the
audit log with before and after values, so undo can put back exactly what was there."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from models.review import ActionResult
from models.review_tables import AuditEntry, NotDuplicate, Suggestion
from models.tables import FeedbackItem, Idea
from service.core import audit_store
from service.core.errors import Conflict, NotFound
from service.feedback.ingest import idea_title
from service.review import store as review_store
from service.workspaces import store as workspace_store

# Fields of ideas and suggestions that PM actions change (and undo restores).
IDEA_FIELDS = ("merged_into_id", "pinned", "title", "title_source")
SUGGESTION_FIELDS = ("status", "idea_id", "resolved_at", "resolved_by", "resolved_idea_id")
UNDOABLE = {"accept", "reject", "redirect", "new_idea", "merge", "split", "unmerge"}


@dataclass
class Changes:
    """What one action changes; built up by the action, then applied and logged at once."""

    workspace_id: int
    moves: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)
    ideas: dict[int, tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=dict)
    suggestions: dict[int, tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=dict)
    created_ideas: list[int] = field(default_factory=list)
    not_duplicates: list[int] = field(default_factory=list)

    def move(self, item_id: int, before: int | None, after: int | None) -> None:
        if before != after:
            self.moves[item_id] = (before, after)

    def set_idea(self, idea: Idea, **values: Any) -> None:
        before, after = self.ideas.setdefault(idea.id, ({}, {}))
        for name, value in values.items():
            before.setdefault(name, getattr(idea, name))
            after[name] = value
            setattr(idea, name, value)

    def resolve(self, suggestion: Suggestion, status: str, actor: str, idea_id: int | None) -> None:
        values = {
            "status": status,
            "resolved_at": datetime.now(UTC).isoformat(),
            "resolved_by": actor,
            "resolved_idea_id": idea_id,
        }
        before = {name: _plain(getattr(suggestion, name)) for name in values}
        self.suggestions[suggestion.id] = (before, values)
        _set_suggestion(suggestion, values)

    def new_idea(self, session: Session, item: FeedbackItem, title: str | None) -> Idea:
        idea = Idea(
            workspace_id=self.workspace_id,
            title=title or idea_title(item.text),
            title_source="pm" if title else "auto",
            pinned=True,
        )
        session.add(idea)
        session.flush()
        self.created_ideas.append(idea.id)
        return idea

    def not_duplicate(
        self, session: Session, item_id: int, idea_id: int, score: float | None, actor: str
    ) -> None:
        if review_store.is_not_duplicate(session, self.workspace_id, item_id, idea_id):
            return
        members = [m for m in review_store.member_ids(session, self.workspace_id, idea_id)]
        anchor = next((m for m in members if m != item_id), None)
        row = NotDuplicate(
            workspace_id=self.workspace_id,
            item_id=item_id,
            idea_id=idea_id,
            anchor_item_id=anchor,
            score=score,
            created_by=actor,
        )
        session.add(row)
        session.flush()
        self.not_duplicates.append(row.id)

    def apply(
        self, session: Session, actor: str, action: str, target: tuple[str, int | None]
    ) -> ActionResult:
        """Move the items, hide ideas left empty, bump membership, and log it all."""
        review_store.move_items(session, {i: after for i, (_, after) in self.moves.items()})
        session.flush()
        if self.moves:
            workspace_store.bump_membership_version(session, self.workspace_id)
        entry = audit_store.record(
            session,
            self.workspace_id,
            actor,
            action,
            target,
            before=self._side(0),
            after={
                **self._side(1),
                "created_ideas": self.created_ideas,
                "not_duplicates": self.not_duplicates,
            },
        )
        destinations = {after for _, after in self.moves.values()}
        return ActionResult(
            audit_id=entry.id,
            idea_id=destinations.pop() if len(destinations) == 1 else None,
            moved_item_ids=sorted(self.moves),
        )

    def _side(self, n: int) -> dict[str, Any]:
        return {
            "items": {str(i): pair[n] for i, pair in self.moves.items()},
            "ideas": {str(i): pair[n] for i, pair in self.ideas.items()},
            "suggestions": {str(i): pair[n] for i, pair in self.suggestions.items()},
        }


def undo(session: Session, workspace_id: int, entry_id: int, actor: str) -> ActionResult:
    """Put back the state from before an audited action, if nothing has changed it since."""
    entry = session.get(AuditEntry, entry_id)
    if entry is None or entry.workspace_id != workspace_id:
        raise NotFound(f"No audit entry {entry_id} in this workspace.", code="audit_not_found")
    if entry.action not in UNDOABLE:
        raise Conflict(f"A {entry.action!r} cannot be undone.", code="not_undoable")
    if entry.undone_by_id is not None:
        raise Conflict(f"Entry {entry_id} was already undone.", code="already_undone")
    items = {int(k): v for k, v in entry.after["items"].items()}
    current = review_store.item_ideas(session, workspace_id, list(items))
    changed = sorted(i for i, idea in items.items() if current.get(i, idea) != idea)
    if changed:
        raise Conflict(
            "Items have moved since; undo the later changes first.",
            code="undo_conflict",
            item_ids=changed,
        )
    changes = Changes(workspace_id)
    for item_id, before in entry.before["items"].items():
        changes.move(int(item_id), items[int(item_id)], before)
    for idea_id, before in entry.before["ideas"].items():
        idea = session.get(Idea, int(idea_id))
        if idea is not None:
            changes.set_idea(idea, **before)
    for suggestion_id, before in entry.before["suggestions"].items():
        suggestion = session.get(Suggestion, int(suggestion_id))
        if suggestion is not None:
            after = {name: _plain(getattr(suggestion, name)) for name in before}
            changes.suggestions[suggestion.id] = (after, before)
            _set_suggestion(suggestion, before)
    review_store.delete_not_duplicates(session, entry.after["not_duplicates"])
    result = changes.apply(session, actor, "undo", ("audit", entry.id))
    for idea_id in entry.after["created_ideas"]:
        idea = session.get(Idea, idea_id)
        if idea is not None and not review_store.member_ids(session, workspace_id, idea_id):
            session.delete(idea)
    entry.undone_by_id = result.audit_id
    return result


def _set_suggestion(suggestion: Suggestion, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name == "resolved_at" and isinstance(value, str):
            value = datetime.fromisoformat(value)
        setattr(suggestion, name, value)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value
