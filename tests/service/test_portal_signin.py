"""Portal sign-in by e-mailed link (real SMTP on loopback), subscriptions that bring the
status e-mail without counting as demand, and the PM's portal page (settings, moderation)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from notify_peers import SmtpSink

from service.context import AppContext, build_context
from service.core.settings import Settings
from service.http.app import create_app
from service.notify.worker import DeliveryWorker
from service.portal.identity import Visitor, link_token
from tests.conftest import make_key
from tests.support.portal_helpers import API, csrf_of, host_token, open_portal
from tests.support.web_client import sign_in
from triage.embedder import Embedder

PORTAL = f"{API}/portal/acme"
SECRET = "portal-test-secret"


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink().start()
    yield server
    server.stop()


@pytest.fixture
def ctx(
    tmp_path: Path, database_url: str, embedder: Embedder, sink: SmtpSink
) -> Iterator[AppContext]:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        notify_worker=False,
        smtp_port=sink.port,
        smtp_timeout=5,
        secret_key=SECRET,
        public_url="http://testserver",
    )
    context = build_context(settings, embedder)
    yield context
    context.close()


@pytest.fixture
def app_client(ctx: AppContext) -> Iterator[TestClient]:
    with TestClient(create_app(context=ctx), raise_server_exceptions=False) as test_client:
        yield test_client


def test_an_emailed_link_signs_the_customer_in_and_a_stale_one_does_not(
    ctx: AppContext, app_client: TestClient, sink: SmtpSink
) -> None:
    auth = {"Authorization": f"Bearer {make_key(ctx, 'acme')}"}
    open_portal(app_client, auth)
    csrf = csrf_of(app_client, "acme")
    assert app_client.get(f"{PORTAL}/me").json()["code"] == "portal_sign_in_required"

    bad = app_client.post(f"{PORTAL}/sign-in", json={"email": "not an address"}, headers=csrf)
    assert bad.status_code == 422 and bad.json()["code"] == "invalid_email"
    sent = app_client.post(
        f"{PORTAL}/sign-in", json={"email": "Cleo@Example.com", "name": "Cleo"}, headers=csrf
    )
    assert sent.status_code == 202
    assert sink.recipients() == ["cleo@example.com"]
    mail = sink.messages[0]
    link = re.search(r"http://testserver(/portal/acme/sign-in\?t=\S+)", mail.get_content())
    assert link is not None, mail.get_content()

    landing = app_client.get(link.group(1), follow_redirects=False)
    assert landing.status_code == 303 and landing.headers["location"] == "/portal/acme"
    me = app_client.get(f"{PORTAL}/me").json()
    assert me == {"email": "cleo@example.com", "name": "Cleo", "via": "link"}
    posted = app_client.post(
        f"{PORTAL}/posts", json={"text": "Recurring invoices for retainers"}, headers=csrf
    )
    assert posted.status_code == 201, posted.text
    idea = posted.json()["idea"]["id"]
    items = app_client.get(f"{API}/ideas/{idea}", headers=auth).json()["items"]
    assert [(i["requester"], i["source"]) for i in items] == [("cleo@example.com", "portal")]

    # An expired or altered link signs nobody in.
    app_client.cookies.clear()
    visitor = Visitor(email="cleo@example.com")
    old = link_token(SECRET, 1, visitor, time.time() - 3600)
    expired = app_client.get(f"/portal/acme/sign-in?t={old}", follow_redirects=False)
    assert expired.status_code == 400 and "expired" in expired.text
    tampered = link.group(1)[:-3] + "abc"
    assert app_client.get(tampered, follow_redirects=False).status_code == 400
    assert app_client.get(f"{PORTAL}/me").status_code == 401

    # The host's token does not work as a link, nor a link as a host token.
    secret = app_client.get(f"{API}/portal-settings", headers=auth).json()["secret"]
    host = host_token(secret, "cleo@example.com")
    assert app_client.get(f"/portal/acme/sign-in?t={host}").status_code == 400
    as_host = app_client.get(
        f"{PORTAL}/me", headers={"X-Portal-Token": link.group(1).split("t=", 1)[1]}
    )
    assert as_host.status_code == 401


def test_a_subscriber_hears_about_the_ship_without_counting_as_demand(
    ctx: AppContext, app_client: TestClient, sink: SmtpSink
) -> None:
    auth = {"Authorization": f"Bearer {make_key(ctx, 'acme')}"}
    secret = open_portal(app_client, auth)["secret"]
    csrf = csrf_of(app_client, "acme")
    seeded = app_client.post(
        f"{API}/feedback",
        json={"text": "Two-factor login with an authenticator app", "requester": "a@x.test"},
        headers=auth,
    ).json()
    idea = seeded["idea_id"]
    dana = {**csrf, "X-Portal-Token": host_token(secret, "dana@example.com", name="Dana")}

    subscribed = app_client.post(f"{PORTAL}/ideas/{idea}/subscription", headers=dana)
    assert subscribed.status_code == 204
    demand = app_client.get(f"{API}/ideas/{idea}", headers=auth).json()["demand"]
    assert demand["unique_requesters"] == 1  # subscribing is not asking

    shipped = app_client.post(
        f"{API}/ideas/{idea}/status", json={"status": "shipped"}, headers=auth
    )
    assert shipped.status_code == 201
    assert DeliveryWorker(ctx).run_once().sent == 2
    assert sorted(sink.recipients()) == ["a@x.test", "dana@example.com"]

    # Unsubscribing from an idea before it changes again stops its mail.
    other = app_client.post(
        f"{API}/feedback", json={"text": "Audit log export for admins"}, headers=auth
    ).json()["idea_id"]
    app_client.post(f"{PORTAL}/ideas/{other}/subscription", headers=dana)
    gone = app_client.delete(f"{PORTAL}/ideas/{other}/subscription", headers=dana)
    assert gone.status_code == 204
    app_client.post(f"{API}/ideas/{other}/status", json={"status": "shipped"}, headers=auth)
    assert DeliveryWorker(ctx).run_once().sent == 0


def test_the_pm_switches_the_portal_on_and_moderates_from_the_page(
    ctx: AppContext, app_client: TestClient
) -> None:
    key = make_key(ctx, "acme")
    sign_in(app_client, key, "/portal-moderation")
    page = app_client.get("/portal-moderation")
    assert page.status_code == 200 and "Switched off" in page.text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    form = {"csrf_token": token.group(1), "enabled": "on", "allow_anonymous": "on"}
    missing_csrf = app_client.post("/portal-moderation/settings", data={"enabled": "on"})
    assert missing_csrf.status_code == 403
    saved = app_client.post("/portal-moderation/settings", data=form, follow_redirects=False)
    assert saved.status_code == 303
    assert app_client.get("/portal/acme").status_code == 200

    csrf = csrf_of(app_client, "acme")
    app_client.post(f"{PORTAL}/posts", json={"text": "Bulk edit for tags"}, headers=csrf)
    page = app_client.get("/portal-moderation")
    assert "Bulk edit for tags" in page.text and "/widget.js" in page.text
    post_id = re.search(r'action="/portal-moderation/(\d+)/approve"', page.text)
    assert post_id is not None
    approved = app_client.post(
        f"/portal-moderation/{post_id.group(1)}/approve",
        data={"csrf_token": token.group(1)},
        follow_redirects=False,
    )
    assert approved.status_code == 303
    auth = {"Authorization": f"Bearer {key}"}
    ideas = app_client.get(f"{API}/ideas", headers=auth).json()
    assert [i["title"] for i in ideas["ideas"]] == ["Bulk edit for tags"]
    assert "No anonymous posts are waiting" in app_client.get("/portal-moderation").text


def test_the_widget_script_and_the_framed_portal(ctx: AppContext, app_client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {make_key(ctx, 'acme')}"}
    open_portal(app_client, auth)
    script = app_client.get("/widget.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert "data-workspace" in script.text or "dataset.workspace" in script.text
    page = app_client.get("/portal/acme?embed=1")
    assert "frame-ancestors *" in page.headers["content-security-policy"]
    assert "x-frame-options" not in page.headers
    # The PM pages still refuse to be framed.
    assert app_client.get("/sign-in").headers["x-frame-options"] == "DENY"
    assert urlsplit(str(page.url)).path == "/portal/acme"
