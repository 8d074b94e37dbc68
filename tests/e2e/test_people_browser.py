"""People in a real browser: an admin invites someone by e-mail (a real SMTP server on
loopback receives it), the invitee opens the link, sets a password and signs in; the admin
revokes the invitee's key and then removes them, and each time the invitee's session ends,
in the page and in the database."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from notify_peers import SmtpSink, UnusedEmbedder, wait_until
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from models.db import unit_of_work
from models.people import PersonRole
from models.people_tables import Membership, Person
from models.tables import ApiKey
from service.context import AppContext, build_context
from service.core.settings import Settings
from service.workspaces import people
from service.workspaces import store as workspace_store
from tests.support.live_server import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ADMIN_PASSWORD = "admin password, long"
BOB_PASSWORD = "bob's own password"


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def ctx(tmp_path: Path, database_url: str, smtp: SmtpSink) -> Iterator[AppContext]:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        notify_worker=False,
        smtp_port=smtp.port,
        mail_from="Throughline <throughline@acme.example>",
    )
    context = build_context(settings, UnusedEmbedder())
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "acme")
        people.add_person(
            session, ws, "ann@acme.example", "Ann Admin", PersonRole.admin, ADMIN_PASSWORD
        )
    yield context
    context.close()


@pytest.fixture
def server(ctx: AppContext) -> Iterator[LiveServer]:
    live = LiveServer(ctx)
    ctx.settings.public_url = live.url  # the links in e-mails point at this server
    with live:
        yield live


def sign_in(page: Page, email: str, password: str) -> None:
    page.goto("/ideas")
    expect(page).to_have_url(re.compile(r"/sign-in\?next=/ideas$"))
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page).to_have_url(re.compile(r"/ideas$"))


def bob(ctx: AppContext) -> tuple[Person, list[Membership], list[ApiKey]]:
    with unit_of_work(ctx.factory) as session:
        person = session.scalars(select(Person).where(Person.email == "bob@acme.example")).one()
        members = list(session.scalars(select(Membership).where(Membership.person_id == person.id)))
        keys = list(session.scalars(select(ApiKey).order_by(ApiKey.id)))
        return person, members, keys


def test_invite_accept_sign_in_then_revoke_and_remove_end_the_session(
    page: Page, browser: Browser, server: LiveServer, ctx: AppContext, smtp: SmtpSink
) -> None:
    sign_in(page, "ann@acme.example", ADMIN_PASSWORD)
    expect(page.locator("#signed-in-as")).to_contain_text("Ann Admin")
    page.get_by_role("link", name="Settings").click()
    page.get_by_label("E-mail").fill("bob@acme.example")
    page.get_by_label("Role", exact=True).select_option("member")
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_role("status")).to_contain_text("Invitation e-mailed to bob@acme.example")

    wait_until(lambda: smtp.count == 1, timeout=15)
    assert smtp.recipients() == ["bob@acme.example"]
    link = re.search(r"http://\S+/invitations/\S+", smtp.messages[0].get_content())
    assert link and urlsplit(link.group(0)).netloc == urlsplit(server.url).netloc

    invitee = browser.new_context(base_url=server.url, viewport={"width": 390, "height": 800})
    invitee.set_default_timeout(15_000)
    tab = invitee.new_page()
    tab.goto(link.group(0))
    expect(tab.get_by_role("heading", name="Join acme")).to_be_visible()
    tab.get_by_label("Your name").fill("Bob Builder")
    tab.get_by_label("Password", exact=True).fill(BOB_PASSWORD)
    tab.get_by_label("Password again").fill(BOB_PASSWORD)
    tab.get_by_role("button", name="Join and sign in").click()
    expect(tab).to_have_url(re.compile(r"/ideas$"))
    expect(tab.locator("#signed-in-as")).to_contain_text("Bob Builder")
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    tab.get_by_role("button", name="Sign out").click()
    sign_in(tab, "bob@acme.example", BOB_PASSWORD)
    tab.goto(link.group(0))  # the link worked once
    expect(tab.locator("#link-error")).to_contain_text("already used")
    person, members, _ = bob(ctx)
    assert person.name == "Bob Builder" and [m.role for m in members] == ["member"]

    # Ann gives Bob a key, then revokes it: Bob's session ends on his next request.
    page.goto("/settings/keys")
    page.get_by_label("For").select_option(label="Bob Builder")
    page.get_by_role("button", name="Create key").click()
    expect(page.locator("#new-key")).to_contain_text("tl_")
    prefix = page.locator("#new-key").inner_text()[:10]
    page.get_by_role("button", name=f"Revoke key {prefix}").click()
    expect(page.get_by_role("status")).to_contain_text(f"Key {prefix}… is revoked")
    tab.goto("/ideas")
    expect(tab).to_have_url(re.compile(r"/sign-in\?next=/ideas$"))
    person, _, keys = bob(ctx)
    assert keys[-1].prefix == prefix and keys[-1].revoked_at is not None
    assert person.session_version == 2  # one for setting the password, one for the revoke

    # Bob signs in again; Ann removes him; his next request is refused and so is his password.
    sign_in(tab, "bob@acme.example", BOB_PASSWORD)
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("/settings/people")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_role("button", name="Remove Bob Builder").click()
    expect(page.get_by_role("status")).to_contain_text("Removed")
    tab.reload()
    expect(tab).to_have_url(re.compile(r"/sign-in\?next=/ideas$"))
    tab.get_by_label("E-mail").fill("bob@acme.example")
    tab.get_by_label("Password").fill(BOB_PASSWORD)
    tab.get_by_role("button", name="Sign in", exact=True).click()
    expect(tab.get_by_role("alert")).to_contain_text("not in any workspace")
    _, members, _ = bob(ctx)
    assert members == []
    invitee.close()
