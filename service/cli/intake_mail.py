"""`throughline intake-mail`: the SMTP listener that turns forwarded mail into feedback."""

from __future__ import annotations

import threading
from typing import Annotated

import typer

from service.cli.common import app_context, console
from service.intake.mail_server import start_mail_listener


def intake_mail(
    port: Annotated[int, typer.Option(help="SMTP port to listen on.")] = 2525,
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    domain: Annotated[
        str | None,
        typer.Option(help="Only accept mail for <workspace>@DOMAIN (default: any domain)."),
    ] = None,
) -> None:
    """Receive e-mail for <workspace>@<domain> as feedback (the workspace's e-mail channel must be
    on: Settings → Channels). Point your MX, or a forwarding rule, at this listener."""
    with app_context() as context:
        controller = start_mail_listener(context.factory, context.ingestor, host, port, domain)
        console.print(f"Listening for mail on {host}:{port} (Ctrl-C to stop)")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
        finally:
            controller.stop()
