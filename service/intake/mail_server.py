"""The SMTP listener behind `throughline intake-mail`: accepts mail for `<workspace>@<domain>`
when the workspace's e-mail channel is on, and takes each message in through the ingest path."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiosmtpd.controller import Controller
from sqlalchemy.orm import Session, sessionmaker

from models.channels import ChannelKind
from models.db import unit_of_work
from service.core.errors import DomainError
from service.feedback.ingest import Ingestor
from service.intake.channels import open_channel
from service.intake.mail import MailItem, parse_mail, workspace_of
from service.intake.receive import ignored, record_rejection, take

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 10 * 1024 * 1024


class MailIntake:
    """aiosmtpd handler: RCPT checks the mailbox, DATA ingests; DB work runs off the loop."""

    def __init__(
        self, factory: sessionmaker[Session], ingestor: Ingestor, domain: str | None = None
    ) -> None:
        self.factory = factory
        self.ingestor = ingestor
        self.domain = domain or None

    def _mailbox_open(self, workspace: str) -> bool:
        with unit_of_work(self.factory) as session:
            try:
                open_channel(session, workspace, ChannelKind.email)
            except DomainError:
                return False
        return True

    async def handle_RCPT(  # noqa: N802  (aiosmtpd's hook name)
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        workspace = workspace_of(address, self.domain)
        if workspace is None:
            return "550 5.7.1 Not a mailbox of this server"
        if not await asyncio.get_running_loop().run_in_executor(
            None, self._mailbox_open, workspace
        ):
            return "550 5.1.1 No such mailbox, or its e-mail channel is off"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    def _deliver(self, workspace_name: str, parsed: MailItem) -> None:
        with unit_of_work(self.factory) as session:
            channel = open_channel(session, workspace_name, ChannelKind.email)
            if parsed.item is None:
                ignored(session, channel.workspace.id, ChannelKind.email, parsed.reason)
                return
        take(self.factory, self.ingestor, channel.workspace, ChannelKind.email, parsed.item)

    def _refuse(self, workspaces: list[str], error: str) -> None:
        with unit_of_work(self.factory) as session:
            ids = [open_channel(session, w, ChannelKind.email).workspace.id for w in workspaces]
        for workspace_id in ids:
            record_rejection(self.factory, workspace_id, ChannelKind.email, error)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        loop = asyncio.get_running_loop()
        names = sorted({w for a in envelope.rcpt_tos if (w := workspace_of(a, self.domain))})
        content = envelope.original_content or envelope.content
        try:
            parsed = parse_mail(content if isinstance(content, bytes) else content.encode())
        except DomainError as exc:
            await loop.run_in_executor(None, self._refuse, names, f"{exc.code}: {exc.detail}")
            return f"550 5.6.0 {exc.detail}"
        try:
            for name in names:
                await loop.run_in_executor(None, self._deliver, name, parsed)
        except Exception:  # the sender's server retries a 4xx later; nothing is lost
            log.exception("mail intake failed")
            return "451 4.3.0 Could not store the message now; try again later"
        return "250 OK: received"


def start_mail_listener(
    factory: sessionmaker[Session],
    ingestor: Ingestor,
    host: str,
    port: int,
    domain: str | None = None,
) -> Controller:
    """Start the listener in its own thread; the caller stops it with `.stop()`."""
    controller = Controller(
        MailIntake(factory, ingestor, domain),
        hostname=host,
        port=port,
        data_size_limit=MAX_MESSAGE_BYTES,
    )
    controller.start()
    return controller
