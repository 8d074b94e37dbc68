"""Each connector end to end through the app: a request signed and shaped as the vendor
documents it makes exactly one item; a repeat still one; a bad signature, a stale timestamp,
an unknown workspace or a malformed body gets a clear 4xx and stores no item."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from models.channel_tables import IntakeDelivery
from models.db import unit_of_work
from models.tables import Account, FeedbackItem, Requester
from service.context import AppContext
from service.intake import channels
from service.workspaces import store as workspace_store
from tests.support import intake_senders as send
from tests.support.intake_senders import SignedRequest

STALE = time.time() - 600

Builder = Callable[[str, str], SignedRequest]  # (secret, variant) -> request

BUILDERS: dict[str, Builder] = {
    "webhook": lambda secret, variant: {
        "valid": lambda: send.webhook(secret, send.webhook_body()),
        "bad": lambda: send.webhook(secret, send.webhook_body(), bad=True),
        "stale": lambda: send.webhook(secret, send.webhook_body(), at=STALE),
        "malformed": lambda: send.webhook(secret, b'{"id": "m", "text": ""}'),
    }[variant](),
    "slack_command": lambda secret, variant: {
        "valid": lambda: send.slack(secret, "slack/commands", send.slack_command_body()),
        "bad": lambda: send.slack(secret, "slack/commands", send.slack_command_body(), bad=True),
        "stale": lambda: send.slack(secret, "slack/commands", send.slack_command_body(), at=STALE),
        "malformed": lambda: send.slack(secret, "slack/commands", b"text=hello&command=%2Fx"),
    }[variant](),
    "slack_shortcut": lambda secret, variant: {
        "valid": lambda: send.slack(secret, "slack/interactive", send.slack_shortcut_body()),
        "bad": lambda: send.slack(
            secret, "slack/interactive", send.slack_shortcut_body(), bad=True
        ),
        "stale": lambda: send.slack(
            secret, "slack/interactive", send.slack_shortcut_body(), at=STALE
        ),
        "malformed": lambda: send.slack(secret, "slack/interactive", b"payload=%7Bnot+json"),
    }[variant](),
    "intercom": lambda secret, variant: {
        "valid": lambda: send.intercom(secret, send.intercom_body()),
        "bad": lambda: send.intercom(secret, send.intercom_body(), bad=True),
        "malformed": lambda: send.intercom(secret, b'{"type": "notification_event"}'),
    }[variant](),
    "zendesk": lambda secret, variant: {
        "valid": lambda: send.zendesk(secret, send.zendesk_body()),
        "bad": lambda: send.zendesk(secret, send.zendesk_body(), bad=True),
        "stale": lambda: send.zendesk(
            secret, send.zendesk_body(), at=datetime.now(UTC) - timedelta(minutes=10)
        ),
        "malformed": lambda: send.zendesk(secret, b'{"ticket": {"subject": "no id"}}'),
    }[variant](),
}
CHANNEL_OF = {"slack_command": "slack", "slack_shortcut": "slack"}


@pytest.fixture
def secrets(context: AppContext) -> dict[str, str]:
    """Workspace acme with every channel switched on; the secret of each."""
    with unit_of_work(context.factory) as session:
        workspace = workspace_store.get_or_create_workspace(session, "acme")
        for channel in channels.ensure_channels(session, workspace.id):
            channels.switch(session, workspace.id, channel.kind, True)
        return {c.kind: c.secret for c in channels.ensure_channels(session, workspace.id)}


def _post(client: TestClient, request: SignedRequest, workspace: str = "acme"):  # type: ignore[no-untyped-def]
    return client.post(
        f"/intake/{workspace}/{request.path}", content=request.body, headers=request.headers
    )


def _count(context: AppContext) -> int:
    with unit_of_work(context.factory) as session:
        return session.scalar(select(func.count(FeedbackItem.id))) or 0


def _secret(secrets: dict[str, str], connector: str) -> str:
    return secrets[CHANNEL_OF.get(connector, connector)]


@pytest.mark.parametrize("connector", sorted(BUILDERS))
def test_a_signed_request_makes_one_item_and_a_resend_none(
    client: TestClient, context: AppContext, secrets: dict[str, str], connector: str
) -> None:
    request = BUILDERS[connector](_secret(secrets, connector), "valid")
    first = _post(client, request)
    assert first.status_code in (200, 201), first.text
    again = _post(client, request)
    assert again.status_code == 200, again.text
    assert _count(context) == 1
    if connector.startswith("slack"):
        assert first.json()["response_type"] == "ephemeral"
        assert first.json()["text"].startswith("Thanks! Added as a new idea")
        assert again.json()["text"].startswith("Already received")
    else:
        assert first.status_code == 201 and first.json()["status"] == "new"
        assert again.json()["status"] == "repeat"
        assert again.json()["item_id"] == first.json()["item_id"]
    with unit_of_work(context.factory) as session:
        item = session.scalars(select(FeedbackItem)).one()
        assert item.source == CHANNEL_OF.get(connector, connector) and item.external_id
        statuses = session.scalars(select(IntakeDelivery.status).order_by(IntakeDelivery.id))
        assert list(statuses) == ["new", "repeat"]


@pytest.mark.parametrize(
    ("connector", "variant", "status", "code"),
    [
        (connector, variant, status, code)
        for connector in sorted(BUILDERS)
        for variant, status, code in (
            ("bad", 401, "invalid_signature"),
            ("stale", 401, "stale_timestamp"),
            ("malformed", None, None),
        )
        if connector != "intercom" or variant != "stale"  # Intercom signs no timestamp
    ],
)
def test_bad_requests_get_a_clear_4xx_and_store_no_item(
    client: TestClient,
    context: AppContext,
    secrets: dict[str, str],
    connector: str,
    variant: str,
    status: int | None,
    code: str | None,
) -> None:
    response = _post(client, BUILDERS[connector](_secret(secrets, connector), variant))
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"] == "application/problem+json"
    if status is not None:
        assert response.status_code == status and response.json()["code"] == code
    else:
        assert response.json()["code"] in ("malformed_payload", "invalid_json")
    assert _count(context) == 0
    with unit_of_work(context.factory) as session:  # the settings page shows why
        rejected = session.scalars(select(IntakeDelivery)).one()
        assert rejected.status == "rejected" and rejected.item_id is None
        assert response.json()["code"] in (rejected.error or "")


@pytest.mark.parametrize("connector", sorted(BUILDERS))
def test_an_unknown_workspace_or_a_switched_off_channel_is_404(
    client: TestClient, context: AppContext, secrets: dict[str, str], connector: str
) -> None:
    request = BUILDERS[connector](_secret(secrets, connector), "valid")
    unknown = _post(client, request, workspace="nobody")
    assert unknown.status_code == 404 and unknown.json()["code"] == "unknown_workspace"
    with unit_of_work(context.factory) as session:
        workspace = workspace_store.get_or_create_workspace(session, "acme")
        channels.switch(session, workspace.id, CHANNEL_OF.get(connector, connector), False)
    off = _post(client, request)
    assert off.status_code == 404 and off.json()["code"] == "channel_off"
    assert _count(context) == 0


def test_a_regenerated_secret_refuses_the_old_one(
    client: TestClient, context: AppContext, secrets: dict[str, str]
) -> None:
    with unit_of_work(context.factory) as session:
        workspace = workspace_store.get_or_create_workspace(session, "acme")
        channels.regenerate_secret(session, workspace.id, "webhook")
    old = _post(client, send.webhook(secrets["webhook"], send.webhook_body()))
    assert old.status_code == 401 and old.json()["code"] == "invalid_signature"


def test_vendor_accounts_and_revenue_reach_demand(
    client: TestClient, context: AppContext, secrets: dict[str, str]
) -> None:
    for request in (
        send.intercom(secrets["intercom"], send.intercom_body()),
        send.zendesk(secrets["zendesk"], send.zendesk_body()),
        send.webhook(secrets["webhook"], send.webhook_body()),
    ):
        assert _post(client, request).status_code == 201
    with unit_of_work(context.factory) as session:
        accounts = {a.name: a.mrr for a in session.scalars(select(Account))}
        people = set(session.scalars(select(Requester.key)))
    assert accounts == {"Globex": 3400, "Initech": 2500, "Acme": 1200}
    assert {"cy@globex.test", "dee@initech.test", "ana@acme.test"} <= people


def test_untagged_tickets_and_pings_are_acknowledged_not_stored(
    client: TestClient, context: AppContext, secrets: dict[str, str]
) -> None:
    untagged = send.zendesk(secrets["zendesk"], send.zendesk_body(tags="billing"))
    ping = send.intercom(
        secrets["intercom"], b'{"type": "notification_event", "topic": "ping", "data": {}}'
    )
    other_tag = send.intercom(secrets["intercom"], send.intercom_body(tags=("Bug",)))
    for request in (untagged, ping, other_tag):
        response = _post(client, request)
        assert response.status_code == 200 and response.json()["status"] == "ignored"
    assert _count(context) == 0


def test_a_slash_command_without_text_answers_with_usage(
    client: TestClient, context: AppContext, secrets: dict[str, str]
) -> None:
    request = send.slack(secrets["slack"], "slack/commands", send.slack_command_body(text=" "))
    response = _post(client, request)
    assert response.status_code == 200
    assert response.json() == {
        "response_type": "ephemeral",
        "text": "Send feedback with `/throughline <what the customer asked for>`.",
    }
    assert _count(context) == 0


def test_a_second_slack_message_on_the_same_ask_says_where_it_went(
    client: TestClient, context: AppContext, secrets: dict[str, str]
) -> None:
    first = send.slack(secrets["slack"], "slack/commands", send.slack_command_body())
    assert _post(client, first).status_code == 200
    same = send.slack(
        secrets["slack"],
        "slack/commands",
        send.slack_command_body(text="customers want an audit log export!", trigger="99.2"),
    )
    answer = _post(client, same).json()["text"]
    assert answer.startswith("Thanks! Merged into “Customers want an audit log export")
    assert _count(context) == 2


def test_requests_over_the_limit_get_429(
    client: TestClient, context: AppContext, secrets: dict[str, str]
) -> None:
    from service.http.rate_limit import RequestRate

    client.app.state.intake_rate = RequestRate(limit=3)  # type: ignore[attr-defined]
    codes = [
        _post(client, send.webhook(secrets["webhook"], send.webhook_body(f"m{n}"))).status_code
        for n in range(4)
    ]
    assert codes == [201, 201, 201, 429]


class _SlackResponses(BaseHTTPRequestHandler):
    """Stands in for Slack's response_url: keeps what is posted to it."""

    received: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length", "0"))
        self.received.append(json.loads(self.rfile.read(length)))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_a_message_shortcut_answers_through_its_response_url(
    client: TestClient, context: AppContext, secrets: dict[str, str]
) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlackResponses)
    _SlackResponses.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/actions/T1/2/abc"
        body = send.slack_shortcut_body(response_url=url)
        response = _post(client, send.slack(secrets["slack"], "slack/interactive", body))
        assert response.status_code == 200
    finally:
        server.shutdown()
        server.server_close()
    assert len(_SlackResponses.received) == 1
    answer = _SlackResponses.received[0]
    assert answer["response_type"] == "ephemeral"
    assert (
        answer["text"] == "Thanks! Added as a new idea: “Can we get dark mode in the mobile app?”."
    )
    with unit_of_work(context.factory) as session:
        item = session.scalars(select(FeedbackItem)).one()
        requester = session.get(Requester, item.requester_id)
        account = session.get(Account, item.account_id)
    assert requester is not None and requester.key == "slack:T0001:U999"
    assert requester.name == "Bea Customer"
    assert account is not None and account.name == "slack-team:T0999"


def test_the_intake_endpoints_document_their_problems(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    paths = [p for p in doc["paths"] if p.startswith("/intake/")]
    assert len(paths) == 5
    for path in paths:
        responses = doc["paths"][path]["post"]["responses"]
        for code in ("400", "401", "404", "422", "429"):
            assert "application/problem+json" in responses[code]["content"], (path, code)


def test_slacks_certificate_check_is_answered_without_a_signature(
    client: TestClient, context: AppContext, secrets: dict[str, str]
) -> None:
    response = client.post(
        "/intake/acme/slack/commands",
        content=b"ssl_check=1&token=legacy",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200 and response.json() == {}
    with unit_of_work(context.factory) as session:
        assert session.scalar(select(func.count(IntakeDelivery.id))) == 0


def test_intercom_tags_just_added_count(
    client: TestClient, context: AppContext, secrets: dict[str, str]
) -> None:
    body = json.loads(send.intercom_body(tags=()))
    item = body["data"]["item"]
    item["tags_added"] = {"type": "tag.list", "tags": [{"type": "tag", "name": "PRODUCT FEEDBACK"}]}
    request = send.intercom(secrets["intercom"], json.dumps(body).encode())
    assert _post(client, request).status_code == 201
    assert _count(context) == 1
