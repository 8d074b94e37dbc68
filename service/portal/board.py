"""What the portal shows: the roadmap columns, the changelog of shipped ideas, one idea with
its comments. Public titles and vote counts only: no e-mails, accounts or revenue."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.portal import ChangelogEntry, CommentRead, PortalBoard, PortalIdeaDetail, PublicIdea
from models.schemas import IdeaStatus
from models.tables import Idea, Workspace
from service.core.errors import NotFound
from service.feedback import store as feedback_store
from service.ideas import store as idea_store
from service.portal import store as portal_store
from service.portal.titles import public_title

ON_BOARD = (IdeaStatus.planned, IdeaStatus.in_progress, IdeaStatus.shipped)
VOTABLE = {IdeaStatus.open, IdeaStatus.planned, IdeaStatus.in_progress}
CHANGELOG_SIZE = 30
COMMENTS_SHOWN = 50


def votes(session: Session, idea_ids: list[int]) -> dict[int, int]:
    """Unique people per idea (items without a requester count once each), as the roadmap."""
    people: dict[int, set[object]] = {}
    if idea_ids:
        for idea_id, requester_id, item_id in feedback_store.people_of_ideas(session, idea_ids):
            key = ("r", requester_id) if requester_id is not None else ("i", item_id)
            people.setdefault(idea_id, set()).add(key)
    return {idea_id: len(keys) for idea_id, keys in people.items()}


def public_ideas(session: Session, ideas: list[Idea]) -> list[PublicIdea]:
    counted = votes(session, [i.id for i in ideas])
    return [
        PublicIdea(
            id=i.id, title=public_title(i), status=IdeaStatus(i.status), votes=counted.get(i.id, 0)
        )
        for i in ideas
    ]


def board(session: Session, workspace: Workspace) -> PortalBoard:
    ideas = portal_store.live_ideas(session, workspace.id, [str(s) for s in ON_BOARD])
    shown = public_ideas(session, ideas)
    columns: dict[str, list[PublicIdea]] = {str(s): [] for s in ON_BOARD}
    for entry in shown:
        columns[entry.status].append(entry)
    for entries in columns.values():
        entries.sort(key=lambda e: (-e.votes, e.id))
    return PortalBoard(workspace=workspace.name, changelog=changelog(session, ideas), **columns)


def changelog(session: Session, ideas: list[Idea]) -> list[ChangelogEntry]:
    """Shipped ideas, newest first, with the PM's public note."""
    shipped = [i for i in ideas if i.status == IdeaStatus.shipped]
    latest = idea_store.latest_status_changes(session, [i.id for i in shipped])
    entries = [
        ChangelogEntry(
            id=i.id,
            title=public_title(i),
            shipped_at=latest[i.id].created_at if i.id in latest else None,
            note=latest[i.id].note if i.id in latest else None,
        )
        for i in shipped
    ]
    entries.sort(key=lambda e: (e.shipped_at is not None, e.shipped_at, e.id), reverse=True)
    return entries[:CHANGELOG_SIZE]


def shown_idea(session: Session, workspace_id: int, idea_id: int) -> Idea:
    """An idea the portal may show, followed through merges; declined ones stay private."""
    idea = idea_store.get_idea(session, workspace_id, idea_id)
    seen = set()
    while idea is not None and idea.merged_into_id is not None and idea.id not in seen:
        seen.add(idea.id)
        idea = idea_store.get_idea(session, workspace_id, idea.merged_into_id)
    if idea is None or idea.status == IdeaStatus.declined or idea.merged_into_id is not None:
        raise NotFound(f"No idea {idea_id} on this portal.", code="idea_not_found")
    return idea


def idea_detail(session: Session, workspace_id: int, idea_id: int) -> PortalIdeaDetail:
    idea = shown_idea(session, workspace_id, idea_id)
    summary = public_ideas(session, [idea])[0]
    comments = [
        CommentRead(id=c.id, author=name or "A customer", body=c.body, created_at=c.created_at)
        for c, name in portal_store.comments(session, idea.id, COMMENTS_SHOWN)
    ]
    return PortalIdeaDetail(**summary.model_dump(), comments=comments)
