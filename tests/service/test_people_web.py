"""People over HTTP (no browser): e-mail and password sign-in and its throttle, invitations
and password resets through a real SMTP server on loopback, roles (a viewer cannot change
anything, a demoted or removed person feels it on the next request), keys from the settings
page, and the person named in the audit trail for page and API changes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from notify_peers import SmtpSink
from sqlalchemy import select, update

from models.db import unit_of_work
from models.people import PersonRole
from models.people_tables import AccountToken, Person
from models.review_tables import AuditEntry, IdeaStatusChange
from service.context import AppContext
from service.core.settings import Settings
from service.workspaces import people
from service.workspaces import store as workspace_store

PASSWORD = "a long enough password"


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def settings(tmp_path: Path, database_url: str, smtp: SmtpSink) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        notify_worker=False,
        smtp_port=smtp.port,
        mail_from="Throughline <throughline@acme.example>",
    )


def add(context: AppContext, email: str, role: PersonRole, workspace: str = "acme") -> int:
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, workspace)
        member, _ = people.add_person(
            session, ws, email, email.split("@")[0].title(), role, PASSWORD
        )
        return member.id


def form_token(client: TestClient, path: str, field: str = "csrf_token") -> str:
    page = client.get(path)
    match = re.search(rf'name="{field}" value="([^"]+)"', page.text)
    assert match, page.text
    return match.group(1)


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> object:
    token = form_token(client, "/sign-in")
    return client.post(
        "/sign-in",
        data={"email": email, "password": password, "csrf_token": token, "next": "/ideas"},
        follow_redirects=False,
    )


def page_csrf(client: TestClient) -> str:
    return form_token(client, "/ideas")


def link_in(message: object, path: str) -> str:
    body = message.get_content()  # type: ignore[attr-defined]
    match = re.search(rf"https?://\S+/{path}/\S+", body)
    assert match, body
    return urlsplit(match.group(0)).path


def new_idea(client: TestClient, context: AppContext) -> int:
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_workspace(session, "acme")
        assert ws is not None
        key = workspace_store.create_key(session, ws, "ingest")
    made = client.post(
        "/api/v1/feedback",
        json={"text": "Please add a dark mode"},
        headers={"Authorization": f"Bearer {key}"},
    )
    assert made.status_code == 201, made.text
    return made.json()["idea_id"]


def test_sign_in_with_e_mail_and_password_names_the_person(
    client: TestClient, context: AppContext
) -> None:
    add(context, "ann@acme.example", PersonRole.admin)
    wrong = sign_in(client, "ann@acme.example", "not the password")
    assert wrong.status_code == 401 and "do not match" in wrong.text  # type: ignore[attr-defined]
    unknown = sign_in(client, "nobody@acme.example")
    assert unknown.status_code == 401 and "do not match" in unknown.text  # type: ignore[attr-defined]
    ok = sign_in(client, "  ANN@acme.example ")
    assert ok.status_code == 303 and ok.headers["location"] == "/ideas"  # type: ignore[attr-defined]
    board = client.get("/ideas")
    assert board.status_code == 200 and "Ann · acme" in board.text
    assert 'href="/settings/people"' in board.text  # admins see the settings


@pytest.mark.slow  # nine argon2id checks
def test_failed_sign_ins_are_throttled_per_e_mail_with_a_clear_message(
    client: TestClient, context: AppContext
) -> None:
    add(context, "ann@acme.example", PersonRole.member)
    for _ in range(8):
        assert sign_in(client, "ann@acme.example", "wrong guess!").status_code == 401  # type: ignore[attr-defined]
    refused = sign_in(client, "ann@acme.example")  # even the right password waits now
    assert refused.status_code == 429  # type: ignore[attr-defined]
    assert "Too many failed sign-ins for this e-mail; try again in" in refused.text  # type: ignore[attr-defined]
    assert client.get("/ideas", follow_redirects=False).status_code == 303


def test_invitation_by_e_mail_signs_the_invitee_in_once(
    client: TestClient, context: AppContext, smtp: SmtpSink
) -> None:
    add(context, "ann@acme.example", PersonRole.admin)
    sign_in(client, "ann@acme.example")
    token = form_token(client, "/settings/people")
    sent = client.post(
        "/settings/people/invite",
        data={"email": "Bob@Acme.example", "role": "member", "csrf_token": token},
        follow_redirects=False,
    )
    assert sent.status_code == 303
    assert smtp.count == 1 and smtp.recipients() == ["bob@acme.example"]
    message = smtp.messages[0]
    assert "Ann invited you to the acme workspace" in message.get_content()
    path = link_in(message, "invitations")

    client.cookies.clear()  # Bob's browser
    offer = client.get(path)
    assert offer.status_code == 200 and "bob@acme.example" in offer.text
    form = re.search(r'name="form_token" value="([^"]+)"', offer.text)
    assert form
    data = {"name": "Bob Builder", "password": PASSWORD, "confirm": PASSWORD}
    joined = client.post(path, data={**data, "form_token": form.group(1)}, follow_redirects=False)
    assert joined.status_code == 303 and joined.headers["location"] == "/ideas"
    assert "Bob Builder · acme" in client.get("/ideas").text

    again = client.get(path)
    assert again.status_code == 400 and "already used" in again.text
    tampered = path[:-3] + ("AAA" if not path.endswith("AAA") else "BBB")
    assert "not valid" in client.get(tampered).text
    client.cookies.clear()
    assert sign_in(client, "bob@acme.example").status_code == 303  # type: ignore[attr-defined]
    with unit_of_work(context.factory) as session:
        entries = session.scalars(
            select(AuditEntry.actor).where(AuditEntry.action == "invite_person")
        )
        ann = session.scalars(select(Person.id).where(Person.email == "ann@acme.example")).one()
        assert list(entries) == [f"person:{ann}"]


def test_expired_invitations_do_not_work(
    client: TestClient, context: AppContext, smtp: SmtpSink
) -> None:
    add(context, "ann@acme.example", PersonRole.admin)
    sign_in(client, "ann@acme.example")
    token = form_token(client, "/settings/people")
    client.post("/settings/people/invite", data={"email": "cy@acme.example", "csrf_token": token})
    path = link_in(smtp.messages[0], "invitations")
    with unit_of_work(context.factory) as session:
        session.execute(update(AccountToken).values(expires_at=AccountToken.created_at))
    client.cookies.clear()
    expired = client.get(path)
    assert expired.status_code == 400 and "expired" in expired.text


def test_password_reset_never_tells_who_exists_and_ends_other_sessions(
    client: TestClient, context: AppContext, smtp: SmtpSink
) -> None:
    add(context, "ann@acme.example", PersonRole.member)
    sign_in(client, "ann@acme.example")
    old_session = dict(client.cookies)
    answers = []
    for email in ("nobody@acme.example", "ann@acme.example"):
        client.cookies.clear()
        token = form_token(client, "/forgot-password", "form_token")
        answer = client.post("/forgot-password", data={"email": email, "form_token": token})
        answers.append(re.search(r'id="reset-sent">([^<]+)<', answer.text).group(1))  # type: ignore[union-attr]
    assert answers[0] == answers[1]
    assert smtp.recipients() == ["ann@acme.example"]
    path = link_in(smtp.messages[0], "reset-password")
    form = re.search(r'name="form_token" value="([^"]+)"', client.get(path).text)
    assert form
    new = "a brand new password"
    done = client.post(
        path,
        data={"password": new, "confirm": new, "form_token": form.group(1)},
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert client.get(path).status_code == 400  # single use
    client.cookies.clear()
    for name, value in old_session.items():
        client.cookies.set(name, value)
    assert client.get("/ideas", follow_redirects=False).status_code == 303  # signed out
    assert sign_in(client, "ann@acme.example").status_code == 401  # type: ignore[attr-defined]
    assert sign_in(client, "ann@acme.example", new).status_code == 303  # type: ignore[attr-defined]


def test_viewers_read_but_cannot_post_and_role_changes_apply_at_once(
    client: TestClient, context: AppContext
) -> None:
    add(context, "ann@acme.example", PersonRole.admin)
    idea = new_idea(client, context)
    vic = add(context, "vic@acme.example", PersonRole.viewer)
    sign_in(client, "vic@acme.example")
    shown = client.get(f"/ideas/{idea}")
    assert shown.status_code == 200 and 'id="viewer-note"' in shown.text
    assert client.get("/settings/people").status_code == 403
    status = {"status": "planned", "note": "", "csrf_token": page_csrf(client)}
    refused = client.post(f"/ideas/{idea}/status", data=status)
    assert refused.status_code == 403 and "Viewers can read" in refused.text
    with unit_of_work(context.factory) as session:
        people.change_role(session, ws_id(session), vic, PersonRole.member, "test")
    moved = client.post(f"/ideas/{idea}/status", data=status, follow_redirects=False)
    assert moved.status_code == 303
    with unit_of_work(context.factory) as session:
        change = session.scalars(select(IdeaStatusChange)).one()
        assert change.actor == f"person:{vic}"
    history = client.get(f"/ideas/{idea}").text
    assert "UTC · Vic</div>" in history and "person:" not in history  # the name, not the id
    with unit_of_work(context.factory) as session:
        people.change_role(session, ws_id(session), vic, PersonRole.viewer, "test")
    demoted = client.post(f"/ideas/{idea}/status", data={**status, "status": "open"})
    assert demoted.status_code == 403  # the very next request knows
    with unit_of_work(context.factory) as session:
        people.remove_member(session, ws_id(session), vic, "test")
    assert client.get("/ideas", follow_redirects=False).status_code == 303  # signed out


def ws_id(session: object) -> int:
    ws = workspace_store.get_workspace(session, "acme")  # type: ignore[arg-type]
    assert ws is not None
    return ws.id


def test_keys_from_the_settings_page_act_as_their_person_and_revoking_ends_sessions(
    client: TestClient, context: AppContext
) -> None:
    ann = add(context, "ann@acme.example", PersonRole.admin)
    idea = new_idea(client, context)
    sign_in(client, "ann@acme.example")
    token = form_token(client, "/settings/keys")
    made = client.post(
        "/settings/keys", data={"owner": str(ann), "role": "member", "csrf_token": token}
    )
    assert made.status_code == 201
    key = re.search(r'id="new-key">(tl_[^<]+)<', made.text)
    assert key and "Ann" in made.text
    integration = client.post(
        "/settings/keys", data={"owner": "integration", "role": "ingest", "csrf_token": token}
    )
    assert integration.status_code == 422 and "Name the integration" in integration.text
    headers = {"Authorization": f"Bearer {key.group(1)}"}
    moved = client.post(f"/api/v1/ideas/{idea}/status", json={"status": "planned"}, headers=headers)
    assert moved.status_code == 201, moved.text
    with unit_of_work(context.factory) as session:
        assert session.scalars(select(IdeaStatusChange.actor)).one() == f"person:{ann}"
    key_id = re.search(r'action="/settings/keys/(\d+)/revoke"', made.text)
    assert key_id
    revoked = client.post(
        f"/settings/keys/{key_id.group(1)}/revoke",
        data={"csrf_token": token},
        follow_redirects=False,
    )
    assert revoked.status_code == 303
    assert client.get("/ideas", follow_redirects=False).status_code == 303  # Ann's session ended
    assert (
        client.post(
            f"/api/v1/ideas/{idea}/status", json={"status": "open"}, headers=headers
        ).status_code
        == 401
    )


def test_a_viewer_may_still_sign_out(client: TestClient, context: AppContext) -> None:
    add(context, "vic@acme.example", PersonRole.viewer)
    sign_in(client, "vic@acme.example")
    out = client.post("/sign-out", data={"csrf_token": page_csrf(client)}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/sign-in"
    assert client.get("/ideas", follow_redirects=False).status_code == 303


def test_a_person_in_two_workspaces_switches_between_them(
    client: TestClient, context: AppContext
) -> None:
    ann = add(context, "ann@acme.example", PersonRole.viewer, "beta")
    with unit_of_work(context.factory) as session:
        acme = workspace_store.get_or_create_workspace(session, "acme")
        people.add_person(session, acme, "ann@acme.example", "Ann", PersonRole.admin, None)
        other = workspace_store.get_or_create_workspace(session, "gamma").id
    sign_in(client, "ann@acme.example")
    assert "Ann · acme" in client.get("/ideas").text  # the first by name
    page = client.get("/account")
    assert "Switch to beta" in page.text and "Switch to gamma" not in page.text
    beta = re.search(r'name="workspace_id" value="(\d+)"', page.text)
    assert beta
    token = page_csrf(client)
    moved = client.post(
        "/account/workspace", data={"workspace_id": beta.group(1), "csrf_token": token}
    )
    assert "Ann · beta" in moved.text and 'id="viewer-note"' in moved.text  # her role there
    refused = client.post(
        "/account/workspace", data={"workspace_id": str(other), "csrf_token": page_csrf(client)}
    )
    assert refused.status_code == 404 and ann > 0
