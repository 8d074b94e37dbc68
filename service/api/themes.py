"""Themes above ideas, and the "these ideas are one request" queue."""

from __future__ import annotations

from fastapi import APIRouter, Query

from models.review import ActionResult
from models.themes import (
    IdeaThemeUpdate,
    SiblingDismiss,
    SiblingGroup,
    SiblingMerge,
    ThemePage,
    ThemeRead,
    ThemeUpdate,
)
from service.http.deps import ActorDep, ContextDep, ReaderWorkspaceDep, SessionDep
from service.ideas import themes
from service.review import actions as review
from service.review import siblings

router = APIRouter(tags=["themes"])


@router.get("/themes", response_model=ThemePage)
def list_themes(workspace: ReaderWorkspaceDep, session: SessionDep) -> ThemePage:
    """Every theme with its ideas and combined demand (people counted once), most people first."""
    return themes.list_themes(session, workspace.id)


@router.get("/themes/{theme_id}", response_model=ThemeRead)
def read_theme(theme_id: int, workspace: ReaderWorkspaceDep, session: SessionDep) -> ThemeRead:
    return themes.get_theme(session, workspace.id, theme_id)


@router.patch("/themes/{theme_id}", response_model=ThemeRead)
def rename_theme(
    theme_id: int,
    body: ThemeUpdate,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
) -> ThemeRead:
    """A PM's name for the theme; re-clustering keeps it."""
    return themes.rename(session, workspace.id, theme_id, body.title, actor)


@router.put("/ideas/{idea_id}/theme", response_model=ThemeRead)
def move_idea(
    idea_id: int,
    body: IdeaThemeUpdate,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
) -> ThemeRead:
    """Move an idea to another theme (or a new one); re-clustering keeps it there."""
    return themes.move_idea(session, workspace.id, idea_id, body.theme_id, actor)


@router.get("/review/siblings", response_model=list[SiblingGroup])
def sibling_groups(
    workspace: ReaderWorkspaceDep,
    session: SessionDep,
    context: ContextDep,
    limit: int = Query(20, ge=1, le=100),
) -> list[SiblingGroup]:
    """Open ideas of one theme that are probably one request, closest and biggest first."""
    centres, review = context.ingestor.idea_centres(session, workspace.id)
    return siblings.sibling_groups(session, workspace.id, centres, review, limit)


@router.post("/review/siblings:merge", response_model=ActionResult)
def merge_siblings(
    body: SiblingMerge,
    workspace: ReaderWorkspaceDep,
    context: ContextDep,
    session: SessionDep,
    actor: ActorDep,
) -> ActionResult:
    """Merge the ideas into one in a single undoable action (POST /audit/{entry_id}/undo)."""
    with context.membership_change(workspace.id, session):
        return review.merge_siblings(session, workspace.id, body.idea_ids, body.into_idea_id, actor)


@router.post("/review/siblings:dismiss")
def dismiss_siblings(
    body: SiblingDismiss, workspace: ReaderWorkspaceDep, session: SessionDep, actor: ActorDep
) -> dict[str, int]:
    """These ideas are different requests: never offer to merge them again."""
    return {"remembered_pairs": siblings.dismiss(session, workspace.id, body.idea_ids, actor)}
