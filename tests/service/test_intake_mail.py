"""E-mail in over real SMTP on loopback: the listener takes mail for <workspace>@<domain>,
once per Message-ID, counts a reply for its new lines, and refuses what it cannot place."""

from __future__ import annotations

import signal
import smtplib
import socket
import subprocess
import sys
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from notify_peers import free_port, wait_until
from sqlalchemy import select

from models.channel_tables import IntakeDelivery
from models.db import unit_of_work
from models.tables import Account, FeedbackItem, Requester
from service.context import AppContext
from service.intake import channels
from service.intake.mail_server import start_mail_listener
from service.workspaces import store as workspace_store

DOMAIN = "feedback.example.test"


@pytest.fixture
def smtp_port(context: AppContext) -> Iterator[int]:
    with unit_of_work(context.factory) as session:
        workspace = workspace_store.get_or_create_workspace(session, "acme")
        channels.switch(session, workspace.id, "email", True)
        workspace_store.get_or_create_workspace(session, "quiet")  # its channel stays off
    context.registry.embedder.embed(
        ["warm up"]
    )  # load the model before the first mail, as serve does
    port = free_port()
    controller = start_mail_listener(context.factory, context.ingestor, "127.0.0.1", port, DOMAIN)
    yield port
    controller.stop()


def _mail(
    message_id: str, body: str, subject: str = "Feature request", **headers: str
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Ana Lima <ana@acme-corp.test>"
    message["To"] = f"acme@{DOMAIN}"
    message["Subject"] = subject
    message["Message-ID"] = message_id
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message


def _send(port: int, message: EmailMessage, to: str = f"acme@{DOMAIN}") -> None:
    with smtplib.SMTP("127.0.0.1", port, local_hostname="localhost", timeout=30) as smtp:
        smtp.send_message(message, to_addrs=[to])


def _items(context: AppContext) -> list[FeedbackItem]:
    with unit_of_work(context.factory) as session:
        return list(session.scalars(select(FeedbackItem).order_by(FeedbackItem.id)))


def test_a_mail_becomes_one_item_once_per_message_id(context: AppContext, smtp_port: int) -> None:
    first = _mail("<a1@acme-corp.test>", "Hi,\n\nPlease let us export invoices to DATEV.\n\nAna")
    _send(smtp_port, first)
    _send(smtp_port, first)  # the same message again: a retry, a second forward
    items = _items(context)
    assert len(items) == 1
    assert items[0].source == "email" and items[0].external_id == "a1@acme-corp.test"
    assert "DATEV" in items[0].text
    with unit_of_work(context.factory) as session:
        requester = session.get(Requester, items[0].requester_id)
        assert requester is not None and requester.key == "ana@acme-corp.test"
        statuses = list(session.scalars(select(IntakeDelivery.status).order_by(IntakeDelivery.id)))
    assert statuses == ["new", "repeat"]


def test_a_reply_counts_its_new_lines_not_the_quote(context: AppContext, smtp_port: int) -> None:
    _send(smtp_port, _mail("<a1@acme-corp.test>", "Please let us export invoices to DATEV."))
    reply = _mail(
        "<b2@acme-corp.test>",
        "We also need single sign-on with Okta for the whole team.\n\n"
        "On Mon, 1 Dec 2026 at 10:00, Ana Lima <ana@acme-corp.test> wrote:\n"
        "> Please let us export invoices to DATEV.\n",
        subject="Re: Feature request",
        In_Reply_To="<a1@acme-corp.test>",
        References="<a1@acme-corp.test>",
    )
    _send(smtp_port, reply)
    first, second = _items(context)
    assert second.meta["email"]["thread"] == "a1@acme-corp.test"
    assert "> Please let us export" in second.text  # kept as written
    assert second.ask is not None and "DATEV" not in second.ask and "Okta" in second.ask
    assert second.idea_id != first.idea_id  # the reply asked for something else


def test_unknown_mailboxes_and_switched_off_channels_are_refused(
    context: AppContext, smtp_port: int
) -> None:
    message = _mail("<c3@acme-corp.test>", "Please add dark mode.")
    for to in (f"nobody@{DOMAIN}", f"quiet@{DOMAIN}", "acme@other.test"):
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            _send(smtp_port, message, to=to)
    assert _items(context) == []


def test_empty_mail_is_refused_and_auto_replies_ignored(
    context: AppContext, smtp_port: int
) -> None:
    empty = EmailMessage()
    empty["From"], empty["To"], empty["Message-ID"] = "x@y.test", f"acme@{DOMAIN}", "<e@y.test>"
    with pytest.raises(smtplib.SMTPDataError) as refused:
        _send(smtp_port, empty)
    assert refused.value.smtp_code == 550
    _send(
        smtp_port,
        _mail("<d4@acme-corp.test>", "I am out of office.", Auto_Submitted="auto-replied"),
    )
    assert _items(context) == []
    with unit_of_work(context.factory) as session:
        statuses = list(session.scalars(select(IntakeDelivery.status).order_by(IntakeDelivery.id)))
    assert statuses == ["rejected", "ignored"]


@pytest.mark.slow
def test_the_intake_mail_command_listens_and_stores(
    context: AppContext, cli_env: str, tmp_path: Path
) -> None:
    """`throughline intake-mail` as an operator runs it: its own process, the same settings."""
    with unit_of_work(context.factory) as session:
        workspace = workspace_store.get_or_create_workspace(session, "acme")
        channels.switch(session, workspace.id, "email", True)
    port = free_port()
    command = [sys.executable, "-m", "service.cli.main", "intake-mail", "--port", str(port)]
    log = (tmp_path / "intake-mail.log").open("w+")
    process = subprocess.Popen([*command, "--domain", DOMAIN], stdout=log, stderr=log)
    try:
        wait_until(lambda: _listening(port) or process.poll() is not None, timeout=180)
        assert process.poll() is None, (tmp_path / "intake-mail.log").read_text()
        _send(port, _mail("<cli1@acme-corp.test>", "Please add an API for invoices."))
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)
    assert [i.external_id for i in _items(context)] == ["cli1@acme-corp.test"]


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_a_forwarded_mail_is_asked_by_its_original_author(
    context: AppContext, smtp_port: int
) -> None:
    inline = _mail(
        "<f1@acme.test>",
        "FYI, from a customer call follow-up.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Bo Chen <bo@globex.test>\n"
        "Date: Mon, 1 Dec 2026 at 09:12\n"
        "Subject: Audit log\n"
        "To: support@acme.test\n\n"
        "Could you add an audit log export to CSV? Our auditors need it.\n",
        subject="Fwd: Audit log",
    )
    inline.replace_header("From", "Cam CSM <cam@acme.test>")
    _send(smtp_port, inline)
    original = EmailMessage()
    original["From"], original["Subject"] = "Dee Park <dee@initech.test>", "Invoices"
    original.set_content("We need invoices issued in euros, please.")
    attached = _mail("<f2@acme.test>", "See the customer's mail attached.", subject="Fwd")
    attached.replace_header("From", "Cam CSM <cam@acme.test>")
    attached.add_attachment(original)
    _send(smtp_port, attached)
    items = _items(context)
    with unit_of_work(context.factory) as session:
        asked = [session.get(Requester, i.requester_id) for i in items]
        companies = [session.get(Account, i.account_id) for i in items]
    assert [r.key for r in asked if r] == ["bo@globex.test", "dee@initech.test"]
    assert [a.name for a in companies if a] == ["globex.test", "initech.test"]
    assert [i.meta["email"]["forwarded_by"] for i in items] == ["cam@acme.test"] * 2
    assert "invoices issued in euros" in items[1].text
