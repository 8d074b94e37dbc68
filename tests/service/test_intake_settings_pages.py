"""Settings → Channels over HTTP: switching a channel on makes its endpoint answer, secrets
are regenerated or pasted, the tag is set, and deliveries with their errors are listed; every
change needs the form's CSRF token. The upload steps answer clearly on a bad file."""

from __future__ import annotations

import json
import re
import time

from fastapi.testclient import TestClient
from sqlalchemy import select

from models.db import unit_of_work
from models.tables import FeedbackItem
from service.context import AppContext
from service.intake import channels
from service.workspaces import store as workspace_store
from tests.support import intake_senders as send
from tests.support.web_client import csrf, sign_in


def _signed_in(client: TestClient, context: AppContext) -> str:
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "acme")
        key = workspace_store.create_key(session, ws, "member")
    sign_in(client, key)
    return csrf(client)


def _secret(context: AppContext, kind: str) -> str:
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "acme")
        return next(c.secret for c in channels.ensure_channels(session, ws.id) if c.kind == kind)


def test_switching_on_the_webhook_makes_it_take_feedback(
    client: TestClient, context: AppContext
) -> None:
    token = _signed_in(client, context)
    page = client.get("/settings/channels")
    assert page.status_code == 200
    assert "http://127.0.0.1:8000/intake/acme/webhook" in page.text
    assert "http://127.0.0.1:8000/intake/acme/slack/interactive" in page.text
    assert "acme@127.0.0.1" in page.text
    secret = _secret(context, "webhook")
    assert secret in page.text
    refused = client.post("/intake/acme/webhook", content=b"{}")
    assert refused.status_code == 404 and refused.json()["code"] == "channel_off"

    no_token = client.post("/settings/channels/webhook/switch", data={"enabled": "on"})
    assert no_token.status_code == 403
    switched = client.post(
        "/settings/channels/webhook/switch",
        data={"enabled": "on", "csrf_token": token},
        follow_redirects=False,
    )
    assert switched.status_code == 303
    request = send.webhook(secret, send.webhook_body())
    taken = client.post("/intake/acme/webhook", content=request.body, headers=request.headers)
    assert taken.status_code == 201, taken.text
    bad = send.webhook(secret, send.webhook_body("m2"), bad=True)
    client.post("/intake/acme/webhook", content=bad.body, headers=bad.headers)

    page = client.get("/settings/channels").text
    section = page[page.index('id="webhook"') : page.index('id="slack"')]
    assert ">On<" in section and "msg-1" in section
    idea = taken.json()["idea_id"]
    assert f'<a href="/ideas/{idea}" class="ext">Please add SSO with Okta</a>' in section
    assert "invalid_signature: The signature does not match" in section


def test_secrets_are_regenerated_or_pasted_and_tags_set(
    client: TestClient, context: AppContext
) -> None:
    token = _signed_in(client, context)
    assert 'placeholder="not pasted yet"' in client.get("/settings/channels").text
    old = _secret(context, "webhook")
    client.post("/settings/channels/webhook/secret", data={"csrf_token": token})
    assert _secret(context, "webhook") != old

    pasted = "8f3c0a9d5b7e1f2a4c6d8e0b"
    client.post(
        "/settings/channels/slack/vendor-secret", data={"secret": pasted, "csrf_token": token}
    )
    assert _secret(context, "slack") == pasted
    assert 'placeholder="saved: 8f3c…"' in client.get("/settings/channels").text
    short = client.post(
        "/settings/channels/slack/vendor-secret", data={"secret": "abc", "csrf_token": token}
    )
    assert "no spaces" in short.text and _secret(context, "slack") == pasted

    client.post("/settings/channels/zendesk/tag", data={"tag": "feature_req", "csrf_token": token})
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "acme")
        zendesk = channels.switch(session, ws.id, "zendesk", True)
        assert zendesk.options["tag"] == "feature_req"
        secret = zendesk.secret
    tagged = send.zendesk(secret, send.zendesk_body(tags="feature_req"))
    response = client.post("/intake/acme/zendesk", content=tagged.body, headers=tagged.headers)
    assert response.status_code == 201


def test_a_file_that_is_not_feedback_is_refused_with_a_message(
    client: TestClient, context: AppContext
) -> None:
    token = _signed_in(client, context)
    wrong = client.post(
        "/settings/channels/upload",
        data={"csrf_token": token},
        files={"file": ("notes.txt", b"hello", "text/plain")},
    )
    assert "Choose a .csv, .tsv or .jsonl file." in wrong.text
    uploaded = client.post(
        "/settings/channels/upload",
        data={"csrf_token": token},
        files={"file": ("f.csv", b"comment,email\nNeed SSO,a@b.test\n", "text/csv")},
        follow_redirects=False,
    )
    where = uploaded.headers["location"]
    form = client.get(where).text
    assert re.search(r'<option value="comment" selected>', form)  # guessed as the text
    no_text = client.post(
        f"{where}/import", data={"csrf_token": token, "map_text": ""}, follow_redirects=True
    )
    assert "Choose the column that holds the feedback text." in no_text.text
    assert client.get("/settings/channels/upload/not-a-token-at-all").status_code == 404


def test_a_jsonl_upload_is_previewed_mapped_and_imported(
    client: TestClient, context: AppContext
) -> None:
    token = _signed_in(client, context)
    lines = [
        {"body": "Please add a Jira integration", "user": "a@x.test", "plan": "pro"},
        {"body": "Jira integration please!", "user": "b@y.test", "plan": "team"},
        {"body": "Bulk edit for tags", "user": "c@z.test"},
    ]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    uploaded = client.post(
        "/settings/channels/upload",
        data={"csrf_token": token},
        files={"file": ("export.jsonl", data, "application/x-ndjson")},
        follow_redirects=False,
    )
    where = uploaded.headers["location"]
    form = client.get(where).text
    assert "Please add a Jira integration" in form and '<th scope="col">plan</th>' in form
    assert '<option value="body" selected>' in form
    started = client.post(
        f"{where}/import",
        data={"csrf_token": token, "map_text": "body", "map_requester": "user", "source": "survey"},
        follow_redirects=False,
    )
    job = started.headers["location"]
    assert re.fullmatch(r"/settings/channels/upload/jobs/\d+", job)
    deadline = time.monotonic() + 60
    while "Done:" not in (fragment := client.get(job, headers={"HX-Request": "true"}).text):
        assert time.monotonic() < deadline, fragment
        assert 'hx-trigger="every 1s"' in fragment  # still polling while it runs
        time.sleep(0.2)
    assert "3 of 3 rows imported" in fragment and "hx-trigger" not in fragment
    with unit_of_work(context.factory) as session:
        items = list(session.scalars(select(FeedbackItem).order_by(FeedbackItem.id)))
    assert [i.source for i in items] == ["survey"] * 3
    assert items[0].meta == {"plan": "pro"}
    assert client.get(where).status_code == 404  # the file is gone once imported
