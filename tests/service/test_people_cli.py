"""`throughline people` as an operator runs it: add prints a password once that signs in,
list shows roles, a second add conflicts, remove takes the person out."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from models.db import make_engine, make_session_factory, unit_of_work
from service.cli.main import app
from service.workspaces import people

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.slow  # each command builds the app context
def test_people_add_list_and_remove(cli_env: str) -> None:
    code, out, err = run(
        "people", "add", "--email", "Ann@Acme.example", "--name", "Ann", "--role", "admin",
        "--workspace", "acme",
    )  # fmt: skip
    assert code == 0, err
    password = out.strip()
    assert len(password) >= 16 and "shown once" in err
    code, out, _ = run("people", "list", "--workspace", "acme", "--json")
    listed = json.loads(out)
    assert [(p["email"], p["role"], p["has_password"]) for p in listed] == [
        ("ann@acme.example", "admin", True)
    ]
    code, _, err = run(
        "people", "add", "--email", "ann@acme.example", "--name", "A", "--workspace", "acme"
    )
    assert code == 2 and "already_member" in err
    code, _, err = run(
        "people", "add", "--email", "not-an-address", "--name", "X", "--workspace", "acme"
    )
    assert code == 2 and "bad_email" in err
    engine = make_engine(cli_env)
    with unit_of_work(make_session_factory(engine)) as session:
        assert people.authenticate(session, "ann@acme.example", password) is not None
    engine.dispose()
    run("people", "add", "--email", "bob@acme.example", "--name", "Bob", "--workspace", "acme")
    code, _, err = run("people", "remove", str(listed[0]["id"]), "--workspace", "acme")
    assert code == 2 and "last_admin" in err  # a workspace keeps at least one admin
    listed = json.loads(run("people", "list", "--workspace", "acme", "--json")[1])
    bob = next(p for p in listed if p["email"] == "bob@acme.example")
    assert bob["name"] == "Bob" and bob["role"] == "member"
    code, _, err = run("people", "remove", str(bob["id"]), "--workspace", "acme")
    assert code == 0, err
    code, out, _ = run("people", "list", "--workspace", "acme", "--json")
    assert [p["email"] for p in json.loads(out)] == ["ann@acme.example"]


@pytest.mark.slow  # the demo embeds and clusters its backlog
def test_demo_prints_an_admin_whose_password_signs_in_on_every_run(cli_env: str) -> None:
    passwords = []
    for _ in range(2):
        code, _, err = run("demo", "--items", "60", "--top", "3")
        assert code == 0, err
        found = re.search(r"sign in as (\S+@\S+) with password (\S+) ", err)
        assert found and found.group(1) == "admin@demo.example", err
        passwords.append(found.group(2))
    assert passwords[0] != passwords[1]  # a fresh one each run; only the last works
    engine = make_engine(cli_env)
    with unit_of_work(make_session_factory(engine)) as session:
        assert people.authenticate(session, "admin@demo.example", passwords[0]) is None
        person = people.authenticate(session, "admin@demo.example", passwords[1])
        assert person is not None and people.home_workspace(session, person) is not None
    engine.dispose()
