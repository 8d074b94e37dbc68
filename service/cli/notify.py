"""`throughline notify`: run the delivery worker and read the delivery log."""

from __future__ import annotations

import json
import logging
import signal
from typing import Annotated

import typer
from rich.table import Table

from models.db import unit_of_work
from models.notifications import NotificationState
from service.cli.common import app_context, console, existing_workspace
from service.notify import history
from service.notify import store as notify_store
from service.notify.worker import DeliveryWorker, PassResult

app = typer.Typer(help="Deliver notifications and read the delivery log.", no_args_is_help=True)
log = logging.getLogger(__name__)


def _summary(total: PassResult, waiting: dict[str, int]) -> str:
    return (
        f"sent {total.sent} · retrying {total.retrying} · failed {total.failed} · "
        f"skipped {total.skipped} — outbox: {waiting.get('pending', 0)} pending, "
        f"{waiting.get('failed', 0)} failed"
    )


@app.command("deliver")
def deliver(
    once: Annotated[
        bool, typer.Option("--once", help="One pass over what is due, then exit.")
    ] = False,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print the --once result as JSON.")
    ] = False,
) -> None:
    """Send queued notifications (retrying failures with backoff) until Ctrl-C.

    `throughline serve` already runs this worker unless THROUGHLINE_NOTIFY_WORKER=false;
    use this command for a separate delivery process or a cron job (--once)."""
    with app_context() as context:
        worker = DeliveryWorker(context)
        total = PassResult()
        # Ctrl-C ends the pass after the message in flight, so nothing the server accepted
        # is left unmarked (and sent again by the next run).
        previous = signal.signal(signal.SIGINT, lambda *_: worker.request_stop())
        try:
            if once:
                total.add(worker.run_once())
            else:
                with console.status("delivering…") as status:

                    def progress(result: PassResult) -> None:
                        total.add(result)
                        with unit_of_work(context.factory) as session:
                            waiting = notify_store.count_by_state(session)
                        status.update(_summary(total, waiting))

                    worker.run_forever(progress)
        finally:
            signal.signal(signal.SIGINT, previous)
            worker.stop()
        with unit_of_work(context.factory) as session:
            waiting = notify_store.count_by_state(session)
    if json_output:
        typer.echo(
            json.dumps(
                {
                    "sent": total.sent,
                    "retrying": total.retrying,
                    "failed": total.failed,
                    "skipped": total.skipped,
                    "deferred": total.deferred,
                    "outbox": waiting,
                }
            )
        )
    else:
        console.print(_summary(total, waiting))


@app.command("log")
def delivery_log(
    state: Annotated[NotificationState | None, typer.Option(help="Only this state.")] = None,
    workspace: Annotated[str | None, typer.Option(help="Only this workspace.")] = None,
    idea: Annotated[int | None, typer.Option(help="Only this idea id.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The newest notifications: recipient, state, attempts and the last error."""
    with app_context() as context, unit_of_work(context.factory) as session:
        workspace_id = None
        if workspace is not None:
            workspace_id = existing_workspace(session, workspace).id
        page = history.list_log(session, workspace_id, state, idea, limit, 0)
    if json_output:
        typer.echo(page.model_dump_json())
        return
    table = Table(show_header=True, caption=f"{len(page.items)} of {page.total}")
    for column in ("id", "idea", "channel", "recipient", "state", "tries", "last error"):
        table.add_column(column)
    for n in page.items:
        table.add_row(
            str(n.id),
            str(n.idea_id),
            n.channel,
            n.recipient,
            n.state,
            str(n.attempts),
            (n.last_error or "")[:60],
        )
    console.print(table)
