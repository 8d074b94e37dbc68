"""The model sees the ask, not the envelope: the original text is kept and shown unchanged."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select
from typer.testing import CliRunner

from models.db import unit_of_work
from models.schemas import FeedbackCreate
from models.tables import FeedbackItem, Workspace
from service.cli.main import app
from service.context import AppContext
from service.workspaces import store as workspace_store
from tests.support.bylines import BYLINE, byline_workspace
from triage.ask_lines import LineModel
from triage.envelope import Envelope
from triage.normalise import content_hash

API = "/api/v1"
ASK = "Two-way sync with our CRM (Salesforce)"
E_MAIL = (
    f"Hello,\n\n{ASK}\n\nRegards,\nDev Moreau\nSenior Buyer | Moreau Industries\n+33 1 55 50 12 34"
)
runner = CliRunner()


def test_an_e_mail_is_hashed_and_embedded_by_its_ask_and_shown_as_sent(
    client: TestClient, auth: dict[str, str], context: AppContext
) -> None:
    first = client.post(f"{API}/feedback", json={"text": ASK}, headers=auth).json()
    wrapped = client.post(f"{API}/feedback", json={"text": E_MAIL}, headers=auth).json()
    # Greeting, sign-off and signature are envelope: the same request, exactly.
    assert wrapped["decision"] == "exact_duplicate"
    assert wrapped["idea_id"] == first["idea_id"]

    with unit_of_work(context.factory) as session:
        item = session.get(FeedbackItem, wrapped["id"])
        assert item is not None
        assert item.text == E_MAIL  # stored as it arrived
        assert item.ask == ASK  # what the model saw
        assert item.content_hash == content_hash(ASK) != content_hash(E_MAIL)
        plain = session.get(FeedbackItem, first["id"])
        assert plain is not None and plain.ask is None  # nothing to strip: the text itself

    idea = client.get(f"{API}/ideas/{first['idea_id']}", headers=auth).json()
    assert E_MAIL in {i["text"] for i in idea["items"]}  # shown unchanged


def test_dedupe_reads_the_ask_too(client: TestClient, auth: dict[str, str]) -> None:
    client.post(f"{API}/feedback", json={"text": ASK}, headers=auth)
    answer = client.post(f"{API}/dedupe", json={"text": E_MAIL}, headers=auth).json()
    assert answer["decision"] == "exact_duplicate"


THINGS = ["invoices", "contacts", "tickets", "reports", "audit logs", "tags"]
ASKS = [
    f"Let us {verb} {thing}" for verb in ("export", "archive", "merge", "share") for thing in THINGS
]


def _ticket(n: int, ask: str) -> str:
    """A helpdesk template no hand rule knows: only the workspace itself can teach it."""
    return f"Globex Care Desk | ref GX-{4100 + n} | tier gold\n{ask}\nGlobex Care Desk | queue 7"


def _import(path: Path, rows: list[str], workspace: str) -> dict[str, int]:
    """`throughline import` of a one-column CSV of ``rows``: its decisions by kind."""
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text"])
        writer.writerows([r] for r in rows)
    result = runner.invoke(app, ["import", str(path), "--workspace", workspace, "--json"])
    assert result.exit_code == 0, result.stdout
    return dict(json.loads(result.stdout)["decisions"])


def _stored(database_url: str) -> list[FeedbackItem]:
    engine = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            return list(connection.execute(select(FeedbackItem).order_by(FeedbackItem.id)))
    finally:
        engine.dispose()


def _stored_envelope(database_url: str) -> dict[str, Any]:
    engine = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            return connection.execute(select(Workspace.envelope)).scalar_one()
    finally:
        engine.dispose()


def test_import_learns_the_workspace_envelope_before_deciding(cli_env: str, tmp_path: Path) -> None:
    # 24 different requests in the template, then the first six sent again.
    rows = [_ticket(n, ASKS[n % len(ASKS)]) for n in range(30)]
    decisions = _import(tmp_path / "tickets.csv", rows, "globex")
    # Only the ask is hashed: the six re-sent requests are exact re-posts despite new refs.
    assert decisions["exact_duplicate"] == 6

    stored = _stored(cli_env)
    assert [row.text for row in stored] == rows
    assert {row.ask for row in stored} == set(ASKS)
    envelope = _stored_envelope(cli_env)
    assert any("globex care desk" in line for line in envelope["lines"] + envelope["prefixes"])


def test_recluster_reasks_items_that_arrived_before_the_envelope_was_known(
    client: TestClient, auth: dict[str, str], context: AppContext
) -> None:
    # Sent one by one through the API: nothing to learn from on arrival.
    for n in range(30):
        ticket = _ticket(n, ASKS[n % len(ASKS)])
        sent = client.post(f"{API}/feedback", json={"text": ticket}, headers=auth)
        assert sent.status_code == 201
    with unit_of_work(context.factory) as session:
        workspace_id = session.scalars(select(Workspace.id)).one()
        before = {i.id: i.embedding for i in session.scalars(select(FeedbackItem))}
        assert not any(i.ask in ASKS for i in session.scalars(select(FeedbackItem)))

    context.recluster(workspace_id)

    with unit_of_work(context.factory) as session:
        items = list(session.scalars(select(FeedbackItem)))
        assert {i.ask for i in items} == set(ASKS)
        assert all(i.embedding != before[i.id] for i in items)  # re-embedded by their ask
    # The index was rebuilt from the new embeddings and hashes: the bare ask is a re-post.
    again = client.post(f"{API}/feedback", json={"text": ASKS[0]}, headers=auth).json()
    assert again["decision"] == "exact_duplicate"


def test_import_drops_lines_that_read_like_the_envelope_it_learned(
    cli_env: str, tmp_path: Path
) -> None:
    texts, asks = byline_workspace()
    # Ten bylined requests come again, bare: exact re-posts only if the bylines were dropped.
    again = [ask for text, ask in zip(texts, asks, strict=True) if text.endswith(BYLINE)][:10]
    path = tmp_path / "forum.csv"
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows([["text"], *([t] for t in texts + again)])
    result = runner.invoke(app, ["import", str(path), "--workspace", "forum", "--json"])
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["decisions"]["exact_duplicate"] == 10

    stored = _stored(cli_env)
    assert [row.text for row in stored] == texts + again  # shown as sent
    assert [row.ask or row.text for row in stored[: len(asks)]] == asks
    envelope = _stored_envelope(cli_env)
    assert len(envelope["line_model"]["direction"]) == 384


def _passed_on(n: int, ask: str) -> str:
    """A mail a colleague passed on under a note no rule reads as one: the note is its ask."""
    return (
        f"FYI – this came from our front desk.\n\nSam\n\n________________________________\n"
        f"From: Customer {n} <c{n}@customer{n}.io>\nSent: Monday, May 26, 2025 9:13 AM\n"
        f"To: Sam Patel <sam@acme.io>\nSubject: Idea\n\n{ask}\n\nCustomer {n}"
    )


@pytest.mark.slow
def test_texts_cut_down_to_the_same_note_are_no_exact_re_posts(
    cli_env: str, tmp_path: Path
) -> None:
    """Three different requests passed on under one note all come out as the note. The note
    reads like the workspace's envelope, so the second and third are not merged into the first
    as exact re-posts (they go to review); the first mail sent again is one."""
    texts, _ = byline_workspace()  # enough envelope for the workspace to learn its line model
    mails = [_passed_on(n, ask) for n, ask in enumerate(ASKS[:3])]
    decisions = _import(tmp_path / "mails.csv", [*texts, *mails, mails[0]], "acme")
    assert decisions["exact_duplicate"] == 1

    stored = _stored(cli_env)
    notes = [row for row in stored if row.text in mails]
    assert {row.ask for row in notes} == {"this came from our front desk."}
    first, second, third, again = notes
    assert len({first.idea_id, second.idea_id, third.idea_id}) == 3
    assert (again.idea_id, again.decision) == (first.idea_id, "exact_duplicate")
    assert {second.decision, third.decision} == {"review"}


@pytest.mark.slow
def test_one_ask_cut_out_of_many_mails_and_never_posted_is_no_exact_re_post(
    cli_env: str, tmp_path: Path
) -> None:
    """Six mails cut down to the same line, which nobody posted as is: the workspace learns it
    as a common ask (a colleague's note can read like a request), so the mails after the first
    go to review for a PM to confirm rather than joining as exact re-posts (posted as is even
    once, it would be a request: no common ask). The same mail sent again is a re-post."""
    texts, _ = byline_workspace()
    ask = "Please let us export invoices to Xero."
    names = ["Ana Ruiz", "Ben Okafor", "Chloe Martin", "Dev Moreau", "Eva Lund", "Femi Ade"]
    mails = [
        f"Hello,\n\n{ask}\n\nKind regards,\n{name}\nOperations Manager\nCustomer{n} Ltd"
        for n, name in enumerate(names)
    ]
    decisions = _import(tmp_path / "mails.csv", [*texts, *mails, mails[0]], "mails")
    assert decisions.get("exact_duplicate", 0) == 1

    stored = _stored(cli_env)
    sent = [row for row in stored if row.text in mails]
    assert {row.ask for row in sent} == {ask}
    assert [row.decision for row in sent[1:6]] == ["review"] * 5
    assert (sent[6].idea_id, sent[6].decision) == (sent[0].idea_id, "exact_duplicate")


MEATLOAF = "How do I make a meatloaf with the recipe app?"
STRING_THEORY = "Can you explain string theory to me in plain words?"
MAIL = f"Hi,\n\n{MEATLOAF}\n\nThanks,\nBob"
TWO_ASKS = f"{MEATLOAF}\n{STRING_THEORY}"


def _reading_one_of_two(context: AppContext, name: str) -> Workspace:
    """A workspace whose stored line model reads STRING_THEORY as envelope and MEATLOAF as a
    request, as a workspace can learn of a later request below an earlier one."""
    ask, other = context.registry.embedder.embed([MEATLOAF, STRING_THEORY])
    direction = (other - ask) / np.linalg.norm(other - ask)
    model = LineModel(tuple(float(v) for v in direction))
    envelope = dataclasses.replace(Envelope.from_dict({}), line_model=model)
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, name)
        workspace_store.write_envelope(session, ws.id, envelope.to_dict())
        session.expunge(ws)
    return ws


def _decide(context: AppContext, ws: Workspace, text: str) -> str:
    [result] = context.ingestor.ingest(context.factory, ws, [FeedbackCreate(text=text)])
    return result.decision.value


@pytest.mark.slow
def test_an_ask_chosen_among_two_requests_is_no_exact_re_post(context: AppContext) -> None:
    """The line model kept the first of two requests: the same ask cut out of a mail is no
    proof of one request, whichever came first, so both orders go to review. The same text
    sent again is a re-post, and so is the mail under another greeting."""
    ws = _reading_one_of_two(context, "one-of-two")
    assert _decide(context, ws, MAIL) == "new"
    assert _decide(context, ws, TWO_ASKS) == "review"
    assert _decide(context, ws, TWO_ASKS) == "exact_duplicate"
    assert _decide(context, ws, f"Hello team,\n\n{MEATLOAF}\n\nBest,\nAnn") == "exact_duplicate"
    with unit_of_work(context.factory) as session:
        asks = session.scalars(select(FeedbackItem.ask).where(FeedbackItem.workspace_id == ws.id))
        assert set(asks) == {MEATLOAF}

    later = _reading_one_of_two(context, "two-first")
    assert _decide(context, later, TWO_ASKS) == "new"
    assert _decide(context, later, MAIL) == "review"


@pytest.mark.slow
def test_an_ask_chosen_among_two_requests_is_no_re_post_of_it_posted_alone(
    context: AppContext,
) -> None:
    """The request posted on its own first, then quoted above another in a ticket, where the
    line model keeps it: it reads exactly like the plain post, which is what an earlier request
    quoted as history does, so it goes to review. The ticket sent again is a re-post, and so is
    the request in a mail, where no choice was made."""
    ws = _reading_one_of_two(context, "plain-first")
    assert _decide(context, ws, MEATLOAF) == "new"
    assert _decide(context, ws, TWO_ASKS) == "review"
    assert _decide(context, ws, TWO_ASKS) == "exact_duplicate"
    assert _decide(context, ws, MAIL) == "exact_duplicate"


@pytest.mark.slow
def test_an_idea_that_only_a_chosen_ask_holds_takes_no_merge_on_similarity(
    context: AppContext,
) -> None:
    """An idea founded by a ticket whose ask the line model chose among two requests holds no
    proof of what it asks for (the kept one may be an earlier request, quoted), so a close
    match waits for a PM; founded by a mail whose rules left one request, it takes the match."""
    other = MEATLOAF.replace("with", "using")
    chosen_first = _reading_one_of_two(context, "chosen-first")
    assert _decide(context, chosen_first, TWO_ASKS) == "new"
    assert _decide(context, chosen_first, other) == "review"
    mail_first = _reading_one_of_two(context, "mail-first")
    assert _decide(context, mail_first, MAIL) == "new"
    assert _decide(context, mail_first, other) == "auto_merge"


EXPORT = "Please let us export invoices to Xero"
REMINDERS = "and send payment reminders from the invoice page"


@pytest.mark.slow
def test_an_ask_cut_out_that_keeps_several_lines_waits_for_a_pm(context: AppContext) -> None:
    """A mail cut down to two lines: the reduction did not settle on one request (an earlier
    one quoted beside the new one reads the same), so a close match goes to review rather
    than merging. The same two lines posted as they are merge on similarity as before."""
    with unit_of_work(context.factory) as session:  # nothing learned: no line is dropped
        ws = workspace_store.get_or_create_workspace(session, "two-lines")
        session.expunge(ws)
    assert _decide(context, ws, f"{EXPORT}\n{REMINDERS}") == "new"
    typo = f"{EXPORT.replace('invoices', 'invoics')}\n{REMINDERS}"
    assert _decide(context, ws, typo) == "auto_merge"
    other = f"{EXPORT}\n{REMINDERS.replace('reminders', 'remindres')}"
    assert _decide(context, ws, f"Hi,\n\n{other}\n\nThanks,\nBob") == "review"
    with unit_of_work(context.factory) as session:
        asks = session.scalars(select(FeedbackItem.ask).where(FeedbackItem.workspace_id == ws.id))
        assert list(asks) == [None, None, other]  # the mail was cut to the two lines


@pytest.mark.slow
def test_an_idea_that_only_unsettled_asks_hold_takes_no_merge_on_similarity(
    context: AppContext,
) -> None:
    """An idea founded by a mail cut down to two lines holds no settled picture of its request
    (one line may be an earlier request quoted), so a close match waits for a PM rather than
    joining it; the same match joins an idea founded by the two lines posted as they are."""
    with unit_of_work(context.factory) as session:  # nothing learned: no line is dropped
        cut_first = workspace_store.get_or_create_workspace(session, "cut-first")
        plain_first = workspace_store.get_or_create_workspace(session, "posted-as-is")
        session.expunge_all()
    typo = f"{EXPORT.replace('invoices', 'invoics')}\n{REMINDERS}"
    assert _decide(context, cut_first, f"Hi,\n\n{EXPORT}\n{REMINDERS}\n\nThanks,\nBob") == "new"
    assert _decide(context, cut_first, typo) == "review"
    assert _decide(context, plain_first, f"{EXPORT}\n{REMINDERS}") == "new"
    assert _decide(context, plain_first, typo) == "auto_merge"


@pytest.mark.slow
def test_two_mails_cut_to_the_same_several_lines_are_no_exact_re_posts(
    context: AppContext,
) -> None:
    """Two mails whose asks come out as the same two lines: those may be template lines left
    where each mail's request was lost, so the second waits for a PM instead of joining as an
    exact re-post. The first mail sent again is one."""
    with unit_of_work(context.factory) as session:  # nothing learned: no line is dropped
        ws = workspace_store.get_or_create_workspace(session, "same-two-lines")
        session.expunge(ws)
    first = f"Hi,\n\n{EXPORT}\n{REMINDERS}\n\nThanks,\nBob"
    assert _decide(context, ws, first) == "new"
    assert _decide(context, ws, f"Hello,\n\n{EXPORT}\n{REMINDERS}\n\nBest,\nAnn") == "review"
    assert _decide(context, ws, first) == "exact_duplicate"
