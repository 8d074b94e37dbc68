"""API keys: list, create, revoke and rotate over the API and the CLI; failed keys throttled."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from service.cli.main import app

API = "/api/v1"
runner = CliRunner()


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def test_an_admin_lists_creates_rotates_and_revokes_keys(
    client: TestClient, auth: dict[str, str]
) -> None:
    created = client.post(f"{API}/keys", json={"role": "ingest"}, headers=auth)
    assert created.status_code == 201, created.text
    ingest = created.json()
    assert client.post(f"{API}/feedback", json={"text": "Dark mode"}, headers=bearer(ingest["key"]))
    assert client.get(f"{API}/keys", headers=bearer(ingest["key"])).status_code == 403

    listed = client.get(f"{API}/keys", headers=auth).json()
    assert {k["role"] for k in listed} == {"admin", "ingest"}
    assert all("key" not in k and k["revoked_at"] is None for k in listed)

    rotated = client.post(f"{API}/keys/{ingest['id']}/rotate", headers=auth).json()
    assert rotated["role"] == "ingest" and rotated["key"] != ingest["key"]
    old = client.post(f"{API}/feedback", json={"text": "x y"}, headers=bearer(ingest["key"]))
    assert old.status_code == 401
    new = client.post(f"{API}/feedback", json={"text": "Dark mode"}, headers=bearer(rotated["key"]))
    assert new.status_code == 201

    revoked = client.post(f"{API}/keys/{rotated['id']}/revoke", headers=auth)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    again = client.post(f"{API}/keys/{rotated['id']}/revoke", headers=auth)
    assert again.status_code == 409 and again.json()["code"] == "key_revoked"
    missing = client.post(f"{API}/keys/999999/revoke", headers=auth)
    assert missing.status_code == 404 and missing.json()["code"] == "key_not_found"


def test_another_workspace_cannot_touch_these_keys(client: TestClient, key_for) -> None:  # type: ignore[no-untyped-def]
    acme, other = key_for("acme"), key_for("globex")
    mine = client.get(f"{API}/keys", headers=acme).json()
    answer = client.post(f"{API}/keys/{mine[0]['id']}/revoke", headers=other)
    assert answer.status_code == 404
    assert client.get(f"{API}/ideas", headers=acme).status_code == 200


def test_wrong_keys_in_a_row_are_throttled(client: TestClient, auth: dict[str, str]) -> None:
    answers = [
        client.get(f"{API}/ideas", headers=bearer(f"tl_wrong{n}")).status_code for n in range(25)
    ]
    assert answers[:20] == [401] * 20 and set(answers[20:]) == {429}
    refused = client.get(f"{API}/ideas", headers=auth)  # even a good key waits
    assert refused.status_code == 429 and refused.json()["code"] == "too_many_failed_keys"


def test_the_cli_lists_rotates_and_revokes(cli_env: str) -> None:
    created = runner.invoke(app, ["keys", "create", "--workspace", "acme"])
    assert created.exit_code == 0, created.stdout
    listed = runner.invoke(app, ["keys", "list", "--workspace", "acme", "--json"])
    [key] = json.loads(listed.stdout)
    rotated = runner.invoke(app, ["keys", "rotate", str(key["id"]), "--workspace", "acme"])
    assert rotated.exit_code == 0 and rotated.stdout.strip().splitlines()[-1].startswith("tl_")
    listed = json.loads(
        runner.invoke(app, ["keys", "list", "--workspace", "acme", "--json"]).stdout
    )
    assert [k["revoked_at"] is None for k in listed] == [False, True]
    revoked = runner.invoke(app, ["keys", "revoke", str(listed[1]["id"]), "--workspace", "acme"])
    assert revoked.exit_code == 0
    twice = runner.invoke(app, ["keys", "revoke", str(listed[1]["id"]), "--workspace", "acme"])
    assert twice.exit_code == 2 and "key_revoked" in twice.stderr
    nobody = runner.invoke(app, ["keys", "list", "--workspace", "nobody"])
    assert nobody.exit_code == 2 and "acme" in nobody.stderr  # names the workspaces there are
