"""An idea's lifecycle (open → planned → in_progress → shipped, or declined) and the
public roadmap built from it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.review_tables import IdeaStatusChange
from models.schemas import IdeaStatus, Roadmap, RoadmapEntry
from models.tables import Workspace
from service.core import audit_store
from service.core.errors import Conflict, NotFound
from service.feedback import store as feedback_store
from service.ideas import shape_store
from service.ideas import store as idea_store
from service.ideas.public import public_titles
from service.notify import outbox
from service.workspaces import store as workspace_store

_ON_ROADMAP = (IdeaStatus.planned, IdeaStatus.in_progress, IdeaStatus.shipped)


def change_status(
    session: Session,
    workspace_id: int,
    idea_id: int,
    status: IdeaStatus,
    note: str | None,
    actor: str,
) -> IdeaStatusChange:
    """Move an idea to a new status, log it, and queue notifications for its requesters."""
    idea = idea_store.get_idea(session, workspace_id, idea_id)
    if idea is None:
        raise NotFound(f"No idea {idea_id} in this workspace.", code="idea_not_found")
    if idea.merged_into_id is not None:
        raise Conflict(
            f"Idea {idea_id} was merged into idea {idea.merged_into_id}; change that one.",
            code="idea_merged",
            merged_into=idea.merged_into_id,
        )
    if idea.status == status:
        raise Conflict(f"Idea {idea_id} is already {status}.", code="status_unchanged")
    change = IdeaStatusChange(
        workspace_id=workspace_id,
        idea_id=idea_id,
        from_status=idea.status,
        to_status=status,
        note=(note or "").strip() or None,
        actor=actor,
    )
    session.add(change)
    before = {"status": idea.status}
    idea.status = status
    session.flush()
    audit_store.record(
        session,
        workspace_id,
        actor,
        "status_change",
        ("idea", idea_id),
        before,
        {"status": str(status), "note": change.note, "status_change_id": change.id},
    )
    if status in workspace_store.read_settings(session, workspace_id).notify_statuses:
        outbox.enqueue_status_change(session, change)
    return change


def history(session: Session, workspace_id: int, idea_id: int) -> list[IdeaStatusChange]:
    return idea_store.status_history(session, workspace_id, idea_id)


def roadmap(session: Session, workspace: Workspace) -> Roadmap:
    """Planned, in-progress and shipped ideas with public notes and vote counts only."""
    ideas = idea_store.ideas_in_status(session, workspace.id, [str(s) for s in _ON_ROADMAP])
    latest = idea_store.latest_status_changes(session, [i.id for i in ideas])
    votes = _votes(session, [i.id for i in ideas])
    titles = public_titles(session, ideas)
    shapes = shape_store.shapes_of(session, [i.id for i in ideas])
    columns: dict[str, list[RoadmapEntry]] = {str(s): [] for s in _ON_ROADMAP}
    for idea in ideas:
        last_change = latest.get(idea.id)
        columns[idea.status].append(
            RoadmapEntry(
                id=idea.id,
                title=titles[idea.id],
                description=shapes[idea.id].description if idea.id in shapes else None,
                status=IdeaStatus(idea.status),
                status_changed_at=last_change.created_at if last_change else None,
                note=last_change.note if last_change else None,
                votes=votes.get(idea.id, 0),
            )
        )
    for entries in columns.values():
        entries.sort(key=lambda e: (-e.votes, e.id))
    return Roadmap(workspace=workspace.name, **columns)


def public_roadmap(session: Session, workspace_name: str) -> Roadmap:
    """The roadmap of a workspace that publishes it; 404 otherwise (unknown looks the same)."""
    workspace = workspace_store.get_workspace(session, workspace_name)
    if workspace is None or not workspace_store.read_settings(session, workspace.id).public_roadmap:
        raise NotFound(f"No public roadmap for {workspace_name!r}.", code="roadmap_not_found")
    return roadmap(session, workspace)


def _votes(session: Session, idea_ids: list[int]) -> dict[int, int]:
    """Unique people per idea (items without a requester count once each)."""
    if not idea_ids:
        return {}
    people: dict[int, set[object]] = {}
    for idea_id, requester_id, item_id in feedback_store.people_of_ideas(session, idea_ids):
        key = ("r", requester_id) if requester_id is not None else ("i", item_id)
        people.setdefault(idea_id, set()).add(key)
    return {idea_id: len(keys) for idea_id, keys in people.items()}
