"""A PM shapes an idea: a public title and description, tags, and internal notes. Kept in
their own row, so re-clustering, which renames ideas after their quotes, never undoes them."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.shaping import IdeaShapeRead, IdeaShapeUpdate
from models.shaping_tables import IdeaShape
from service.core import audit_store
from service.core.errors import Conflict, NotFound
from service.ideas import shape_store
from service.ideas import store as idea_store

MAX_TAGS = 30


def read_shape(session: Session, workspace_id: int, idea_id: int) -> IdeaShapeRead:
    _live_idea(session, workspace_id, idea_id)
    return _read(shape_store.shape_of(session, idea_id))


def shape_idea(
    session: Session, workspace_id: int, idea_id: int, change: IdeaShapeUpdate, actor: str
) -> IdeaShapeRead:
    """Apply the fields that were given; blank text clears a field, tags are replaced."""
    _live_idea(session, workspace_id, idea_id)
    shape = shape_store.upsert_shape(session, workspace_id, idea_id)
    before = _snapshot(shape)
    given = change.model_fields_set
    for field in ("title", "description", "notes"):
        if field in given:
            setattr(shape, field, (getattr(change, field) or "").strip() or None)
    if "tags" in given:
        shape.tags = _unique(change.tags or [])
    shape.updated_by = actor
    session.flush()
    audit_store.record(
        session, workspace_id, actor, "idea_shaped", ("idea", idea_id), before, _snapshot(shape)
    )
    return _read(shape)


def workspace_tags(session: Session, workspace_id: int) -> list[str]:
    """Every tag in use in the workspace, for the board's filter."""
    shapes = shape_store.workspace_shapes(session, workspace_id).values()
    return sorted({t for s in shapes for t in s.tags or []})


def _live_idea(session: Session, workspace_id: int, idea_id: int) -> None:
    idea = idea_store.get_idea(session, workspace_id, idea_id)
    if idea is None:
        raise NotFound(f"No idea {idea_id} in this workspace.", code="idea_not_found")
    if idea.merged_into_id is not None:
        raise Conflict(
            f"Idea {idea_id} was merged into idea {idea.merged_into_id}; shape that one.",
            code="idea_merged",
            merged_into=idea.merged_into_id,
        )


def _unique(tags: list[str]) -> list[str]:
    return list(dict.fromkeys(t for t in tags if t))[:MAX_TAGS]


def _snapshot(shape: IdeaShape) -> dict[str, object]:
    return {
        "title": shape.title,
        "description": shape.description,
        "notes": shape.notes,
        "tags": list(shape.tags or []),
    }


def _read(shape: IdeaShape | None) -> IdeaShapeRead:
    if shape is None:
        return IdeaShapeRead(pm_title=None, description=None, notes=None, tags=[])
    return IdeaShapeRead(
        pm_title=shape.title, description=shape.description, notes=shape.notes, tags=shape.tags
    )
