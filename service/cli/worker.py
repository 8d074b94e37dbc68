"""`throughline worker`: the background role in a process of its own, runnable many times."""

from __future__ import annotations

import logging
import signal
import threading
from typing import Annotated

import typer

from service.cli.common import app_context, console
from service.worker import Background


def worker(
    jobs: Annotated[
        bool, typer.Option("--jobs/--no-jobs", help="Run re-clustering and naming jobs.")
    ] = True,
    delivery: Annotated[
        bool, typer.Option("--delivery/--no-delivery", help="Deliver notifications.")
    ] = True,
) -> None:
    """Run jobs and deliver notifications until Ctrl-C or SIGTERM.

    Start as many as you like against one PostgreSQL database: each job and each message is
    claimed by one worker with a lease renewed every few seconds, so work held by a killed
    worker is taken over by another within THROUGHLINE_LEASE_SECONDS."""
    with app_context() as context:
        logging.getLogger("service").setLevel(logging.INFO)
        background = Background(context, jobs=jobs, delivery=delivery)
        stopped = threading.Event()

        def stop(*_: object) -> None:
            background.request_stop()
            stopped.set()

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        background.start()
        console.print(
            "worker running: "
            + ", ".join(name for name, on in (("jobs", jobs), ("delivery", delivery)) if on)
        )
        stopped.wait()
        background.stop()  # the job and message in flight finish; the rest wait for others
