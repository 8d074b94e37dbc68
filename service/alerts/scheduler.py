"""The digest scheduler of the background role: every minute or so, each workspace whose
digest is due gets it — from exactly one process.

A run claims its (workspace, period) row in its own committed transaction before anything is
sent; a second scheduler (another worker, or a later pass) finds the row and moves on. So a
period is never sent twice: at most once, as a process killed mid-send leaves its row
"sending" rather than risk a repeat."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from models.alerts import AlertSchedule, AlertSettingsUpdate, DigestState
from models.db import unit_of_work
from models.tables import utcnow
from service.alerts import digest, runs, schedule, store
from service.alerts.preferences import recipients_of
from service.core.loop_thread import LoopOwner, LoopThread
from service.core.settings import Settings

log = logging.getLogger(__name__)

POLL_SECONDS = 30.0  # digests are due on the hour; a check every half minute is plenty


@dataclass(frozen=True)
class Due:
    workspace_id: int
    values: AlertSettingsUpdate
    slot: schedule.Slot


class DigestScheduler(LoopOwner):
    """run_once() sends what is due now; start()/stop() poll in a daemon thread."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        *,
        clock: Callable[[], datetime] = utcnow,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self.factory = factory
        self.settings = settings
        self.clock = clock
        self.poll_seconds = poll_seconds
        self._loop = LoopThread("throughline-digests", self.run_forever)
        self._stop = self._loop.stopping

    def due(self) -> list[Due]:
        now = self.clock()
        found = []
        with unit_of_work(self.factory) as session:
            for row in store.scheduled(session):
                values = AlertSettingsUpdate(
                    schedule=AlertSchedule(row.schedule), hour_utc=row.hour_utc,
                    weekday=row.weekday, mrr_bar=row.mrr_bar, emails=list(row.emails or []),
                    webhook_url=row.webhook_url,
                )  # fmt: skip
                slot = schedule.current_slot(values.schedule, row.hour_utc, row.weekday, now)
                if slot is None or slot.at < row.active_since:
                    continue  # the slot passed before this schedule was set
                if recipients_of(values).count:
                    found.append(Due(row.workspace_id, values, slot))
        return found

    def run_once(self) -> list[int]:
        """Claim and send every digest due now; the ids of the runs this process made."""
        made = []
        for due in self.due():
            with unit_of_work(self.factory) as session:
                digest_id = store.claim_period(
                    session, due.workspace_id, due.slot.key, self.clock()
                )
            if digest_id is None:
                continue  # claimed by another process, or sent already
            self._send(digest_id, due)
            made.append(digest_id)
        return made

    def _send(self, digest_id: int, due: Due) -> None:
        try:
            with unit_of_work(self.factory) as session:
                built = digest.build(
                    session, due.workspace_id, due.values.mrr_bar, due.slot.since, due.slot.at
                )
            rendered = runs.render(self.settings, built)
            outcome = runs.deliver(
                self.settings, due.values, f"d{digest_id}", due.workspace_id, rendered
            )
            state, summary, error = (
                str(outcome.state), runs.summary_of(rendered, outcome), outcome.error_text()
            )  # fmt: skip
        except Exception as exc:  # the claimed row must say what happened, not stay "sending"
            log.exception("digest failed id=%s", digest_id)
            state, summary, error = str(DigestState.failed), {}, f"{type(exc).__name__}: {exc}"
        with unit_of_work(self.factory) as session:
            store.finish(session, digest_id, state, summary, error, self.clock())
        log.info(
            "digest sent id=%s workspace=%s period=%s state=%s",
            digest_id, due.workspace_id, due.slot.key, state,
        )  # fmt: skip

    def run_forever(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # the database may be briefly away: log and look again
                log.exception("digest check failed")
            self._stop.wait(self.poll_seconds)
