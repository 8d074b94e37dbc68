"""A request is one unit of work: POST /feedback reads and writes through the request's session."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi.testclient import TestClient
from sqlalchemy import Connection, event
from sqlalchemy.orm import Session, SessionTransaction

from models.db import unit_of_work
from models.schemas import FeedbackCreate
from service.context import AppContext
from service.workspaces import store as workspace_store


def _foreground() -> bool:
    """Not one of the app's background loops (the job poller claims on its own schedule: on a
    slow machine its poll falls inside the request being counted)."""
    return not threading.current_thread().name.startswith("throughline-")


@contextmanager
def sessions_that_touch(context: AppContext) -> Iterator[list[Session]]:
    """Every session that begins a database transaction on the app's engine while open."""
    seen: list[Session] = []

    def began(session: Session, _transaction: SessionTransaction, connection: Connection) -> None:
        if connection.engine is context.engine and session not in seen and _foreground():
            seen.append(session)

    event.listen(Session, "after_begin", began)
    try:
        yield seen
    finally:
        event.remove(Session, "after_begin", began)


@contextmanager
def engine_transactions(context: AppContext) -> Iterator[list[Connection]]:
    """Every transaction begun on the app's engine while open."""
    begun: list[Connection] = []

    def began(connection: Connection) -> None:
        if _foreground():
            begun.append(connection)

    event.listen(context.engine, "begin", began)
    try:
        yield begun
    finally:
        event.remove(context.engine, "begin", began)


def test_one_post_feedback_opens_one_session(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    first = {"text": "Please add a dark mode to the dashboard", "requester": "ana@example.com"}
    assert client.post("/api/v1/feedback", json=first, headers=auth).status_code == 201
    again = {"text": "A dark mode for the dashboard, please", "account": "Initech", "mrr": 900.0}
    with sessions_that_touch(context) as sessions, engine_transactions(context) as begun:
        response = client.post("/api/v1/feedback", json=again, headers=auth)
    assert response.status_code == 201, response.text
    assert len(sessions) == 1  # the key lookup, the decision and every write share it
    assert len(begun) == 1
    stored = client.get(f"/api/v1/ideas/{response.json()['idea_id']}", headers=auth)
    assert stored.status_code == 200


def test_the_index_learns_only_items_whose_transaction_committed(context: AppContext) -> None:
    with unit_of_work(context.factory) as session:
        workspace = workspace_store.get_or_create_workspace(session, "acme")
        session.expunge(workspace)
    item = FeedbackCreate(text="Export the monthly report as a spreadsheet")
    with context.factory() as session:
        with context.ingestor.ingesting(session, workspace, [item]) as results:
            pass  # the caller never commits
        session.rollback()
    assert results[0].id is not None  # it was written, then rolled back
    with unit_of_work(context.factory) as session:
        assert context.ingestor.decide_text(session, workspace.id, item.text).decision == "new"

    with context.factory() as session:
        with context.ingestor.ingesting(session, workspace, [item]) as results:
            session.commit()
    paraphrase = "Export the monthly report as a spreadsheet file"
    with unit_of_work(context.factory) as session:
        decided = context.ingestor.decide_text(session, workspace.id, paraphrase)
    assert decided.decision in {"auto_merge", "review"}
    assert decided.matches[0].idea_id == results[0].idea_id


def test_a_review_action_is_one_session_and_commits_under_the_lock(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    ideas = [
        client.post("/api/v1/feedback", json={"text": t}, headers=auth).json()["idea_id"]
        for t in ("Please add a dark mode", "Export reports to CSV")
    ]
    with sessions_that_touch(context) as sessions, engine_transactions(context) as begun:
        merged = client.post(
            f"/api/v1/ideas/{ideas[1]}/merge", json={"into_idea_id": ideas[0]}, headers=auth
        )
    assert merged.status_code == 200, merged.text
    assert len(sessions) == 1 and len(begun) == 1
    # A refused action leaves nothing behind in that session's transaction.
    again = client.post(
        f"/api/v1/ideas/{ideas[0]}/merge", json={"into_idea_id": ideas[0]}, headers=auth
    )
    assert again.status_code == 422
    assert client.get(f"/api/v1/ideas/{ideas[0]}", headers=auth).json()["item_count"] == 2
