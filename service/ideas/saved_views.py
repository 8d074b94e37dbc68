"""Saved views: a workspace's named board queries ("Enterprise, open", "EU last quarter")."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from sqlalchemy.orm import Session

from models.shaping import SavedViewRead
from service.core.errors import Conflict, InvalidInput, NotFound
from service.ideas import shape_store
from service.ideas.slices import slice_from_pairs

KEPT_EXTRA = ("sort", "order")  # the board's ranking travels with the filters


def normalise_query(query: str) -> str:
    """The query a view stores: its filters validated and in one canonical order."""
    pairs = parse_qsl(query.lstrip("?"), keep_blank_values=False)
    canonical = slice_from_pairs(pairs).pairs()
    canonical += [(k, v) for k, v in pairs if k in KEPT_EXTRA]
    return urlencode(canonical)


def list_views(session: Session, workspace_id: int) -> list[SavedViewRead]:
    return [SavedViewRead.model_validate(v) for v in shape_store.saved_views(session, workspace_id)]


def save_view(
    session: Session, workspace_id: int, name: str, query: str, actor: str
) -> SavedViewRead:
    name = name.strip()
    if not name:
        raise InvalidInput("Give the view a name.", code="view_name_missing")
    if shape_store.saved_view_named(session, workspace_id, name) is not None:
        raise Conflict(f"A view named {name!r} exists already.", code="view_exists")
    stored = shape_store.add_saved_view(
        session, workspace_id, name[:100], normalise_query(query), actor
    )
    return SavedViewRead.model_validate(stored)


def delete_view(session: Session, workspace_id: int, view_id: int) -> None:
    if shape_store.saved_view(session, workspace_id, view_id) is None:
        raise NotFound(f"No saved view {view_id} here.", code="view_not_found")
    shape_store.delete_saved_view(session, view_id)
