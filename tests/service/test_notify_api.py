"""The delivery log, workspace settings and unsubscribe pages over HTTP, one workspace's key
never reaching another's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from notify_peers import SmtpSink, UnusedEmbedder, seed_shipping_idea
from sqlalchemy import select

from models.db import unit_of_work
from models.review_tables import Notification
from models.tables import Requester
from service.context import AppContext, build_context
from service.core.settings import Settings
from service.http.app import create_app
from service.notify.tokens import make_token
from service.notify.worker import DeliveryWorker
from service.workspaces import store as workspace_store

SECRET = "api-test-secret"


@pytest.fixture
def ctx(tmp_path: Path, database_url: str) -> Iterator[AppContext]:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        notify_worker=False,
        smtp_port=SmtpSink().port,  # nobody listens: deliveries fail and are retried
        smtp_timeout=2,
        notify_max_attempts=1,
        secret_key=SECRET,
        public_url="http://testserver",
    )
    context = build_context(settings, UnusedEmbedder())
    yield context
    context.close()


@pytest.fixture
def client(ctx: AppContext) -> Iterator[TestClient]:
    with TestClient(create_app(context=ctx), raise_server_exceptions=False) as test_client:
        yield test_client


def key(ctx: AppContext, workspace: str, role: str = "admin") -> dict[str, str]:
    with unit_of_work(ctx.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, workspace)
        return {"Authorization": f"Bearer {workspace_store.create_key(session, ws, role)}"}


def shipped(ctx: AppContext, client: TestClient, workspace: str, people: int) -> int:
    with unit_of_work(ctx.factory) as session:
        seeded = seed_shipping_idea(session, workspace, requesters=people, items=people + 2)
    response = client.post(
        f"/api/v1/ideas/{seeded.idea_id}/status",
        json={"status": "shipped", "note": "Available on every plan."},
        headers=key(ctx, workspace),
    )
    assert response.status_code == 201, response.text
    return seeded.idea_id


def test_delivery_log_paging_filters_detail_and_retry(ctx: AppContext, client: TestClient) -> None:
    idea_id = shipped(ctx, client, "acme", people=5)
    headers = key(ctx, "acme")
    page = client.get("/api/v1/notifications", params={"limit": 2}, headers=headers).json()
    assert page["total"] == 5 and len(page["items"]) == 2 and page["items"][0]["state"] == "pending"
    rest = client.get("/api/v1/notifications?limit=10&offset=2", headers=headers).json()
    assert len(rest["items"]) == 3
    ids = {n["id"] for n in page["items"] + rest["items"]}
    assert len(ids) == 5

    result = DeliveryWorker(ctx).run_once()  # the mail server is down; one attempt allowed
    assert result.failed + result.deferred == 5

    failed = client.get("/api/v1/notifications?state=failed", headers=headers).json()
    assert failed["total"] == 3
    assert client.get("/api/v1/notifications?state=sent", headers=headers).json()["total"] == 0
    assert (
        client.get(f"/api/v1/notifications?idea_id={idea_id}", headers=headers).json()["total"] == 5
    )
    assert client.get("/api/v1/notifications?state=bogus", headers=headers).status_code == 422

    one = failed["items"][0]["id"]
    detail = client.get(f"/api/v1/notifications/{one}", headers=headers).json()
    assert detail["state"] == "failed" and "Available on every plan." in detail["body"]
    assert len(detail["delivery_attempts"]) == 1
    assert detail["delivery_attempts"][0]["ok"] is False
    assert "Connection" in detail["delivery_attempts"][0]["error"]

    retried = client.post(f"/api/v1/notifications/{one}/retry", headers=headers)
    assert retried.status_code == 200 and retried.json()["state"] == "pending"
    assert retried.json()["attempts"] == 0 and len(retried.json()["delivery_attempts"]) == 1
    again = client.post(f"/api/v1/notifications/{one}/retry", headers=headers)
    assert again.status_code == 409 and again.json()["code"] == "notification_not_failed"


def test_one_workspace_cannot_see_or_touch_anothers_notifications_or_settings(
    ctx: AppContext, client: TestClient
) -> None:
    shipped(ctx, client, "acme", people=3)
    DeliveryWorker(ctx).run_once()
    acme, globex = key(ctx, "acme"), key(ctx, "globex")
    acme_ids = [n["id"] for n in client.get("/api/v1/notifications", headers=acme).json()["items"]]
    assert len(acme_ids) == 3

    assert client.get("/api/v1/notifications", headers=globex).json() == {
        "items": [],
        "total": 0,
        "limit": 50,
        "offset": 0,
    }
    for nid in acme_ids:
        seen = client.get(f"/api/v1/notifications/{nid}", headers=globex)
        assert seen.status_code == 404 and seen.json()["code"] == "notification_not_found"
        retry = client.post(f"/api/v1/notifications/{nid}/retry", headers=globex)
        assert retry.status_code == 404
    assert client.get("/api/v1/notifications", headers=acme).json()["total"] == 3

    patched = client.patch(
        "/api/v1/workspace/settings",
        json={"webhook_url": "https://hooks.globex.test/in", "notify_statuses": ["planned"]},
        headers=globex,
    )
    assert patched.status_code == 200
    acme_settings = client.get("/api/v1/workspace/settings", headers=acme).json()
    assert acme_settings["webhook_url"] is None and acme_settings["notify_statuses"] == ["shipped"]
    wrong = client.get(
        "/api/v1/workspace/settings", headers={**globex, "X-Throughline-Workspace": "acme"}
    )
    assert wrong.status_code == 403 and wrong.json()["code"] == "wrong_workspace"


def test_settings_patch_validates_and_generates_a_webhook_secret(
    ctx: AppContext, client: TestClient
) -> None:
    headers = key(ctx, "acme")
    before = client.get("/api/v1/workspace/settings", headers=headers).json()
    assert before["notify_statuses"] == ["shipped"] and before["notify_email"] is True

    for body in (
        {"webhook_url": "ftp://hooks.acme.test/in"},
        {"webhook_url": "/relative/path"},
        {"webhook_url": "https://user:pw@hooks.acme.test/"},
        {"notify_statuses": ["launched"]},
        {"webhook_secret": "short"},
        {"unknown_field": 1},
        {"checkin_cadence_days": 0},
    ):
        response = client.patch("/api/v1/workspace/settings", json=body, headers=headers)
        assert response.status_code == 422, body
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == "invalid_input"

    ok = client.patch(
        "/api/v1/workspace/settings",
        json={
            "webhook_url": "https://hooks.acme.test/in",
            "notify_statuses": ["shipped", "planned"],
        },
        headers=headers,
    ).json()
    assert ok["webhook_url"] == "https://hooks.acme.test/in"
    assert ok["notify_statuses"] == ["shipped", "planned"]
    assert len(ok["webhook_secret"]) >= 32 and ok["notify_email"] is True
    cleared = client.patch(
        "/api/v1/workspace/settings", json={"webhook_url": None}, headers=headers
    ).json()
    assert cleared["webhook_url"] is None and cleared["notify_statuses"] == ["shipped", "planned"]

    ingest = key(ctx, "acme", role="ingest")
    denied = client.patch(
        "/api/v1/workspace/settings", json={"notify_email": False}, headers=ingest
    )
    assert denied.status_code == 403 and denied.json()["code"] == "insufficient_role"
    assert client.get("/api/v1/notifications", headers=ingest).status_code == 403
    assert client.get("/api/v1/workspace/settings").status_code == 401


def test_unsubscribe_page_button_and_one_click(ctx: AppContext, client: TestClient) -> None:
    shipped(ctx, client, "acme", people=3)
    with unit_of_work(ctx.factory) as session:
        people = list(session.scalars(select(Requester).order_by(Requester.id)))
    token = make_token(SECRET, people[0].workspace_id, people[0].id)

    page = client.get(f"/unsubscribe/{token}")
    assert page.status_code == 200 and "<button" in page.text and "person0@example.com" in page.text
    with unit_of_work(ctx.factory) as session:
        assert session.get(Requester, people[0].id).unsubscribed_at is None  # GET changes nothing

    done = client.post(f"/unsubscribe/{token}")
    assert done.status_code == 200 and "unsubscribed" in done.text
    with unit_of_work(ctx.factory) as session:
        assert session.get(Requester, people[0].id).unsubscribed_at is not None
        skipped = session.scalars(
            select(Notification).where(Notification.requester_id == people[0].id)
        ).one()
        assert skipped.state == "skipped"
    assert "already" in client.get(f"/unsubscribe/{token}").text

    # RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" as a form.
    second = make_token(SECRET, people[1].workspace_id, people[1].id)
    one_click = client.post(
        f"/unsubscribe/{second}",
        content="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert one_click.status_code == 200

    forged = make_token("another-secret", people[2].workspace_id, people[2].id)
    for bad in (forged, "1.2.abc", token[:-1] + ("A" if token[-1] != "A" else "B"), "x"):
        assert client.get(f"/unsubscribe/{bad}").status_code == 400
        assert client.post(f"/unsubscribe/{bad}").status_code == 400
    with unit_of_work(ctx.factory) as session:
        assert session.get(Requester, people[2].id).unsubscribed_at is None
    missing = make_token(SECRET, people[0].workspace_id, 999999)
    assert client.post(f"/unsubscribe/{missing}").status_code == 400
