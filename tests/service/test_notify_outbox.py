"""The outbox: who is queued for a status change, on which channel, and never twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from notify_peers import UnusedEmbedder, seed_shipping_idea
from sqlalchemy import func, select

from models.db import unit_of_work
from models.review_tables import Notification
from models.schemas import IdeaStatus, WorkspaceSettings
from models.tables import FeedbackItem, Requester, utcnow
from service.context import AppContext, build_context
from service.core.settings import Settings
from service.ideas import lifecycle
from service.notify import outbox
from service.workspaces import store as workspace_store


@pytest.fixture
def ctx(tmp_path: Path, database_url: str) -> Iterator[AppContext]:
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url, notify_worker=False)
    context = build_context(settings, UnusedEmbedder())
    yield context
    context.close()


def rows(ctx: AppContext, **where: object) -> list[Notification]:
    with unit_of_work(ctx.factory) as session:
        query = select(Notification).filter_by(**where).order_by(Notification.id)
        return list(session.scalars(query))


def test_ship_queues_one_email_per_unique_requester_across_merged_ideas(ctx: AppContext) -> None:
    with unit_of_work(ctx.factory) as session:
        seeded = seed_shipping_idea(session, "acme", requesters=50, items=60)
        assert session.scalar(select(func.count(FeedbackItem.id))) == 60
        change = lifecycle.change_status(
            session, seeded.workspace_id, seeded.idea_id, IdeaStatus.shipped, "Out today.", "pm"
        )
    queued = rows(ctx)
    assert len(queued) == 50
    assert {n.channel for n in queued} == {"email"}
    assert len({n.recipient for n in queued}) == 50
    assert {n.requester_id for n in queued} == set(seeded.requester_ids)
    first = queued[0]
    assert first.status_change_id == change.id and first.state == "pending"
    assert first.subject == "Shipped: Export invoices to CSV"
    assert "has shipped" in first.body and "Out today." in first.body

    # Enqueueing the same change again (a retried request, a second process) adds nothing.
    with unit_of_work(ctx.factory) as session:
        again = session.get(type(change), change.id)
        assert outbox.enqueue_status_change(session, again) == 0
    assert len(rows(ctx)) == 50


def test_channels_follow_settings_addresses_and_unsubscribes(ctx: AppContext) -> None:
    with unit_of_work(ctx.factory) as session:
        seeded = seed_shipping_idea(session, "acme", requesters=6, items=8)
        workspace_store.write_settings(
            session,
            seeded.workspace_id,
            WorkspaceSettings(webhook_url="http://127.0.0.1:9/hook", webhook_secret="s" * 32),
        )
        people = {r.id: r for r in session.scalars(select(Requester))}
        ids = seeded.requester_ids
        people[ids[0]].email = None  # the key is an address: still e-mailed
        people[ids[1]].email, people[ids[1]].key = None, "intercom-user-8812"  # webhook only
        people[ids[2]].unsubscribed_at = utcnow()  # webhook only
        people[ids[3]].email = "billing@acme.test"  # the stored address wins over the key
        session.add(  # an app review with no person behind it: nobody to tell
            FeedbackItem(
                workspace_id=seeded.workspace_id,
                idea_id=seeded.idea_id,
                text="csv export please",
                source="appstore",
                content_hash="anon",
                decision="new",
            )
        )
        session.flush()
        lifecycle.change_status(
            session, seeded.workspace_id, seeded.idea_id, IdeaStatus.shipped, None, "pm"
        )
    emails = {n.requester_id: n.recipient for n in rows(ctx, channel="email")}
    hooks = rows(ctx, channel="webhook")
    assert set(emails) == {ids[0], ids[3], ids[4], ids[5]}
    assert emails[ids[0]] == "person0@example.com"
    assert emails[ids[3]] == "billing@acme.test"
    assert {n.requester_id for n in hooks} == set(ids)
    assert {n.recipient for n in hooks} == {"http://127.0.0.1:9/hook"}
    payload = hooks[0].payload
    assert payload["event"] == "idea.status_changed" and payload["to_status"] == "shipped"
    assert payload["idea"] == {"id": seeded.idea_id, "title": "Export invoices to CSV"}


def test_only_opted_in_statuses_notify_and_email_can_be_off(ctx: AppContext) -> None:
    with unit_of_work(ctx.factory) as session:
        seeded = seed_shipping_idea(session, "acme", requesters=3, items=3)
        ws = seeded.workspace_id
        lifecycle.change_status(session, ws, seeded.idea_id, IdeaStatus.planned, None, "pm")
    assert rows(ctx) == []

    with unit_of_work(ctx.factory) as session:
        workspace_store.write_settings(
            session, ws, WorkspaceSettings(notify_statuses=[IdeaStatus.in_progress])
        )
        lifecycle.change_status(session, ws, seeded.idea_id, IdeaStatus.in_progress, None, "pm")
    queued = rows(ctx)
    assert len(queued) == 3 and queued[0].subject.startswith("In progress:")

    with unit_of_work(ctx.factory) as session:
        workspace_store.write_settings(
            session,
            ws,
            WorkspaceSettings(notify_statuses=[IdeaStatus.shipped], notify_email=False),
        )
        lifecycle.change_status(session, ws, seeded.idea_id, IdeaStatus.shipped, None, "pm")
    assert len(rows(ctx)) == 3  # e-mail off and no webhook: nothing new


def test_another_workspace_with_the_same_people_is_not_involved(ctx: AppContext) -> None:
    with unit_of_work(ctx.factory) as session:
        acme = seed_shipping_idea(session, "acme", requesters=4, items=4)
        globex = seed_shipping_idea(session, "globex", requesters=7, items=7)
        lifecycle.change_status(
            session, acme.workspace_id, acme.idea_id, IdeaStatus.shipped, None, "pm"
        )
    queued = rows(ctx)
    assert len(queued) == 4
    assert {n.workspace_id for n in queued} == {acme.workspace_id}
    assert not {n.requester_id for n in queued} & set(globex.requester_ids)
