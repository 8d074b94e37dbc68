"""OpenID Connect sign-in against a real provider on loopback (discovery, authorization
code with PKCE, a signed ID token): a member gets in, and a forged signature, a replayed or
foreign nonce, a state from another browser and an unknown person do not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient

from models.db import unit_of_work
from models.people import PersonRole
from service.context import AppContext
from service.core.settings import Settings
from service.workspaces import people
from service.workspaces import store as workspace_store
from tests.support.oidc_provider import OidcProvider


@pytest.fixture
def provider() -> Iterator[OidcProvider]:
    server = OidcProvider("throughline", "client secret").start()
    yield server
    server.stop()


@pytest.fixture
def settings(tmp_path: Path, database_url: str, provider: OidcProvider) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        notify_worker=False,
        public_url="http://testserver",
        oidc_issuer=provider.issuer,
        oidc_client_id="throughline",
        oidc_client_secret="client secret",
        oidc_name="Acme SSO",
    )


@pytest.fixture
def ann(context: AppContext) -> int:
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "acme")
        member, _ = people.add_person(
            session, ws, "ann@acme.example", "Ann", PersonRole.member, None
        )
        return member.id


def through_provider(client: TestClient, next_path: str = "/review") -> str:
    """Start at our sign-in, let the provider answer, and return our callback's path+query."""
    page = client.get(f"/sign-in?next={next_path}")
    assert 'href="/sign-in/sso?next=/review"' in page.text and "Acme SSO" in page.text
    started = client.get("/sign-in/sso", params={"next": next_path}, follow_redirects=False)
    assert started.status_code == 303
    authorize = started.headers["location"]
    query = parse_qs(urlsplit(authorize).query)
    assert query["code_challenge_method"] == ["S256"] and query["nonce"] and query["state"]
    back = httpx.get(authorize, follow_redirects=False)
    assert back.status_code == 302
    location = urlsplit(back.headers["location"])
    assert location.path == "/sign-in/sso/callback"
    return f"{location.path}?{location.query}"


def test_a_member_signs_in_with_the_provider(
    client: TestClient, provider: OidcProvider, ann: int
) -> None:
    done = client.get(through_provider(client), follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/review"
    assert "Ann · acme" in client.get("/ideas").text
    assert provider.token_requests == 1


@pytest.mark.parametrize("fault", ["forged signature", "foreign nonce", "unknown person"])
def test_the_id_token_must_be_genuine_fresh_and_name_a_member(
    client: TestClient, provider: OidcProvider, ann: int, fault: str
) -> None:
    provider.forge = fault == "forged signature"
    provider.nonce_override = "someone else's nonce" if fault == "foreign nonce" else None
    provider.email = "mallory@acme.example" if fault == "unknown person" else "ann@acme.example"
    refused = client.get(through_provider(client), follow_redirects=False)
    assert refused.status_code in (401, 403)
    expected = {
        "forged signature": "ID token did not verify",
        "foreign nonce": "not issued for this sign-in",
        "unknown person": "is not in any workspace here",
    }[fault]
    assert expected in refused.text
    assert client.get("/ideas", follow_redirects=False).status_code == 303  # not signed in


def test_the_callback_only_finishes_the_browser_s_own_sign_in(
    client: TestClient, provider: OidcProvider, ann: int
) -> None:
    callback = through_provider(client)
    client.cookies.clear()  # another browser, without the sign-in's state cookie
    stolen = client.get(callback, follow_redirects=False)
    assert stolen.status_code == 401 and "not started here" in stolen.text
    assert provider.token_requests == 0  # the code was never traded
    tampered = through_provider(client).replace("state=", "state=x")
    assert client.get(tampered, follow_redirects=False).status_code == 401
