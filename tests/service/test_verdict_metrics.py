"""Re-asks as a metric: people who raise a shipped idea again within 30 days of shipping,
counted on the idea's verdicts and by a KR bound to them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from notify_peers import UnusedEmbedder, WebhookReceiver, seed_shipping_idea
from sqlalchemy import select

from models.db import unit_of_work
from models.metrics_tables import VerdictRow
from models.okr import KeyResult, Objective, OkrSet
from models.okr_tables import OkrDraft
from models.review_tables import IdeaStatusChange
from models.schemas import IdeaStatus, WorkspaceSettings
from models.tables import FeedbackItem, Requester
from service.context import AppContext, build_context
from service.core.settings import Settings
from service.http.app import create_app
from service.ideas import lifecycle
from service.notify.verdict_tokens import verify_token
from service.notify.worker import DeliveryWorker
from service.workspaces import store as workspace_store

API = "/api/v1"


@pytest.fixture
def ctx(tmp_path: Path, database_url: str) -> Iterator[AppContext]:
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url, notify_worker=False)
    context = build_context(settings, UnusedEmbedder())
    yield context
    context.close()


def test_reasks_count_earlier_requesters_asking_again_within_30_days(ctx: AppContext) -> None:
    now = datetime.now(UTC)
    with unit_of_work(ctx.factory) as session:
        seeded = seed_shipping_idea(session, "acme", requesters=6, items=8)
        ws = workspace_store.get_or_create_workspace(session, "acme")
        auth = {"Authorization": f"Bearer {workspace_store.create_key(session, ws, 'admin')}"}
        for item in session.scalars(select(FeedbackItem)):
            item.created_at = now - timedelta(days=60)  # everyone asked before it shipped
    with TestClient(create_app(context=ctx), raise_server_exceptions=False) as client:
        before = client.get(f"{API}/ideas/{seeded.idea_id}/verdicts", headers=auth).json()
        assert before == {
            "solved": 0,
            "not_yet": 0,
            "not_for_me": 0,
            "requesters": 6,
            "reasks": 0,
        }
        shipped = client.post(
            f"{API}/ideas/{seeded.idea_id}/status", json={"status": "shipped"}, headers=auth
        )
        assert shipped.status_code == 201
        with unit_of_work(ctx.factory) as session:
            change = session.scalars(select(IdeaStatusChange)).one()
            change.created_at = now - timedelta(days=40)  # it shipped 40 days ago
            newcomer = Requester(workspace_id=seeded.workspace_id, key="new@example.com")
            session.add(newcomer)
            session.flush()
            asks = [
                (seeded.requester_ids[1], 35),  # again 5 days after shipping: a re-ask
                (seeded.requester_ids[2], 12),  # again 28 days after: a re-ask
                (seeded.requester_ids[2], 11),  # the same person twice counts once
                (seeded.requester_ids[3], 5),  # 35 days after: too late to say it failed
                (newcomer.id, 30),  # never asked before: a new request, not a re-ask
            ]
            for n, (person, days_ago) in enumerate(asks):
                session.add(
                    FeedbackItem(
                        workspace_id=seeded.workspace_id,
                        idea_id=seeded.merged_idea_id,  # merged ideas count for the keeper
                        requester_id=person,
                        text=f"CSV export still does not do what we need ({n})",
                        source="support",
                        content_hash=f"again-{n}",
                        decision="new",
                        created_at=now - timedelta(days=days_ago),
                    )
                )
        after = client.get(f"{API}/ideas/{seeded.idea_id}/verdicts", headers=auth).json()
        assert after["reasks"] == 2 and after["requesters"] == 7

        today = now.date()
        cycle = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
        client.post(f"{API}/cycles", json={"name": cycle}, headers=auth)
        objective = client.post(
            f"{API}/cycles/{cycle}/objectives",
            json={"title": "Make invoice exports something finance teams never ask about twice"},
            headers=auth,
        ).json()
        kr = client.post(
            f"{API}/objectives/{objective['id']}/key-results",
            json={"text": "Cut re-asks after shipping CSV exports from 6 to 1 requesters"},
            headers=auth,
        ).json()
        bound = client.put(
            f"{API}/key-results/{kr['id']}/binding",
            json={"kind": "reasks", "idea_ids": [seeded.idea_id]},
            headers=auth,
        )
        assert bound.status_code == 200, bound.text
        rows = client.get(f"{API}/key-results/{kr['id']}/check-ins", headers=auth).json()
        assert max(rows, key=lambda r: r["checked_on"])["value"] == 2.0
        missing = client.get(f"{API}/ideas/999999/verdicts", headers=auth)
        assert missing.status_code == 404 and missing.json()["code"] == "idea_not_found"


def test_an_accepted_draft_measures_its_verdict_and_volume_krs_itself(ctx: AppContext) -> None:
    today = datetime.now(UTC).date()
    cycle = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    with unit_of_work(ctx.factory) as session:
        seeded = seed_shipping_idea(session, "acme", requesters=6, items=8)
        ws = workspace_store.get_or_create_workspace(session, "acme")
        auth = {"Authorization": f"Bearer {workspace_store.create_key(session, ws, 'admin')}"}
        session.add(
            VerdictRow(
                workspace_id=ws.id,
                idea_id=seeded.idea_id,
                requester_id=seeded.requester_ids[0],
                verdict="solved",
            )
        )
        ideas = [seeded.idea_id]
        okr_set = OkrSet(
            cycle=cycle,
            objectives=[
                Objective(
                    title="Make invoice exports painless for finance teams",
                    key_results=[
                        KeyResult(
                            text="Raise the share of the 5 accounts that asked for CSV exports "
                            "that confirm it solved their need from 0% to 70%",
                            measured_by={"kind": "verdict_solved_share", "idea_ids": ideas},
                        ),
                        KeyResult(
                            text="Cut feedback items about CSV exports from 8 to 4 a week",
                            measured_by={"kind": "idea_weekly_items", "idea_ids": ideas},
                        ),
                        KeyResult(
                            text="Raise the share of requesting accounts using it weekly to 60% "
                            "(baseline to be measured)",
                            measurement_plan="push metric 'exports-weekly-use' by 2027-01-15",
                        ),
                        KeyResult(
                            text="Cut feedback items about another workspace's idea from 8 to 4",
                            measured_by={"kind": "idea_weekly_items", "idea_ids": [999_999]},
                        ),
                    ],
                )
            ],
        )
        draft = OkrDraft(
            workspace_id=ws.id,
            cycle_name=cycle,
            provider="offline",
            okr_set=okr_set.model_dump(mode="json"),
        )
        session.add(draft)
        session.flush()
        draft_id = draft.id
    with TestClient(create_app(context=ctx), raise_server_exceptions=False) as client:
        accepted = client.post(f"{API}/okrs/drafts/{draft_id}/accept", headers=auth)
        assert accepted.status_code == 201, accepted.text
        krs = accepted.json()["objectives"][0]["key_results"]
        assert [kr["binding"] and kr["binding"]["kind"] for kr in krs] == [
            "verdict_solved_share",
            "idea_weekly_items",
            None,  # no data yet: a person binds it once the metric is pushed
            None,  # ideas that are not this workspace's are never bound
        ]
        view = client.get(f"{API}/cycles/{cycle}/view", headers=auth)  # reading measures
        assert view.status_code == 200
        rows = client.get(f"{API}/key-results/{krs[0]['id']}/check-ins", headers=auth).json()
        assert rows[-1]["value"] == 20.0  # 1 of the 5 requesting accounts said "solved"
        assert rows[-1]["note"] == "measured from requesters' answers"


def test_a_ship_webhook_carries_the_same_signed_answer_links(ctx: AppContext) -> None:
    receiver = WebhookReceiver(secret="whsec-" + "y" * 26)
    try:
        with unit_of_work(ctx.factory) as session:
            seeded = seed_shipping_idea(session, "acme", requesters=2, items=3)
            workspace_store.write_settings(
                session,
                seeded.workspace_id,
                WorkspaceSettings(
                    notify_email=False,
                    webhook_url=receiver.url,
                    webhook_secret=receiver.secret,
                    notify_statuses=[IdeaStatus.in_progress, IdeaStatus.shipped],
                ),
            )
            for status in (IdeaStatus.in_progress, IdeaStatus.shipped):
                lifecycle.change_status(
                    session, seeded.workspace_id, seeded.idea_id, status, None, "pm"
                )
        assert DeliveryWorker(ctx).run_once().sent == 4
        payloads = receiver.payloads()
        assert all(r.signed_ok for r in receiver.received)
        shipped = [p for p in payloads if p["to_status"] == "shipped"]
        started = [p for p in payloads if p["to_status"] == "in_progress"]
        assert len(shipped) == 2 and len(started) == 2
        for payload in shipped:
            links = payload["verdict_urls"]
            assert set(links) == {"solved", "not_yet", "not_for_me"}
            token = links["solved"].split("/verdict/")[1].split("/")[0]
            target = verify_token(ctx.settings.resolved_secret_key(), token)
            assert target is not None and target.requester_id == payload["requester"]["id"]
        assert all("verdict_urls" not in p for p in started)  # only shipping asks
    finally:
        receiver.close()
