"""The delivery worker: drains the outbox with retries and exponential backoff.

Each row is claimed with a lease of a few seconds (renewed by a heartbeat while this worker
holds it), sent, and marked in its own transaction the moment the peer accepted it, so a
stopped SMTP server or webhook loses nothing (the row waits for its next attempt) and a row
held by a killed worker is sent by another within a lease. Delivery is at least once: a
worker killed between the peer's acceptance and the mark leaves the row to be sent again, so
webhook receivers de-duplicate on the delivery id (the X-Throughline-Delivery header)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from models.db import unit_of_work
from models.notifications import Channel, NotificationState
from models.review_tables import IdeaStatusChange, Notification
from models.tables import Requester, utcnow
from service.core.heartbeat import heartbeat
from service.core.loop_thread import LoopThread
from service.core.settings import Settings
from service.notify import store as notify_store
from service.notify.delivery import Delivery, DeliveryError, Notifier
from service.notify.email import SmtpNotifier
from service.notify.tokens import unsubscribe_url
from service.notify.verdict_tokens import verdict_urls
from service.notify.webhook import WebhookNotifier
from service.workspaces import store as workspace_store

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 3600.0  # retries never wait more than an hour apart
CHANNEL_DOWN_AFTER = 3  # consecutive transient failures before a pass stops trying a channel


@dataclass
class PassResult:
    """What one pass did, for logs and the CLI's progress line."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0
    skipped: int = 0
    deferred: int = 0  # handed back untried because their channel kept failing

    @property
    def tried(self) -> int:
        return self.sent + self.retrying + self.failed + self.skipped + self.deferred

    def add(self, other: PassResult) -> None:
        self.sent += other.sent
        self.retrying += other.retrying
        self.failed += other.failed
        self.skipped += other.skipped
        self.deferred += other.deferred


class Runtime(Protocol):
    """What the worker needs of the running app (an `AppContext` has both)."""

    @property
    def settings(self) -> Settings: ...

    @property
    def factory(self) -> sessionmaker[Session]: ...


def default_notifiers(settings: Settings) -> list[Notifier]:
    return [SmtpNotifier(settings), WebhookNotifier(timeout=settings.smtp_timeout)]


def backoff(base_seconds: float, attempts_before: int, cap: float = MAX_BACKOFF_SECONDS) -> float:
    """base, 2·base, 4·base, ... up to `cap` seconds before the next try."""
    return min(base_seconds * 2 ** min(attempts_before, 30), cap)


class DeliveryWorker:
    """Sends what the outbox holds; run_once() for one pass, start()/stop() for a thread.

    Takes a session factory: claim, send and record each commit on their own, so a row the
    peer accepted is marked at once and a slow peer never holds a transaction open."""

    def __init__(
        self,
        context: Runtime,
        *,
        notifiers: Sequence[Notifier] | None = None,
        clock: Callable[[], datetime] = utcnow,
        batch_size: int = 50,
        lease_seconds: float | None = None,
    ) -> None:
        self.factory = context.factory
        self.settings = context.settings
        self.notifiers = {n.channel: n for n in (notifiers or default_notifiers(context.settings))}
        self.clock = clock
        self.batch_size = batch_size
        self.lease = timedelta(seconds=lease_seconds or context.settings.lease_seconds)
        self._held: set[int] = set()  # claimed rows not yet sent, retried or released
        self._held_lock = threading.Lock()
        self._loop = LoopThread("throughline-delivery", self.run_forever)
        self._stop = self._loop.stopping

    def run_once(self, limit: int | None = None) -> PassResult:
        """Deliver everything due now (or at most `limit` rows). Each row is tried at most
        once per pass and failures are rescheduled, so a pass always ends."""
        now = self.clock()
        result = PassResult()
        seen: set[int] = set()
        down: dict[Channel, int] = {}
        try:
            with heartbeat(self._renew, self.lease.total_seconds() / 3, "delivery-lease"):
                self._pass(limit, now, result, seen, down)
        finally:
            for notifier in self.notifiers.values():
                notifier.close()
        if result.tried:
            log.info(
                "delivery pass sent=%s retrying=%s failed=%s skipped=%s deferred=%s",
                result.sent,
                result.retrying,
                result.failed,
                result.skipped,
                result.deferred,
            )
        return result

    def _pass(
        self,
        limit: int | None,
        now: datetime,
        result: PassResult,
        seen: set[int],
        down: dict[Channel, int],
    ) -> None:
        while limit is None or result.tried < limit:
            size = self.batch_size if limit is None else min(self.batch_size, limit - result.tried)
            with unit_of_work(self.factory) as session:
                # Due as of the pass's start (rows rescheduled by it wait for the next pass);
                # the lease counts from now, however long the pass has run.
                claimed = notify_store.claim_due(session, now, self.clock() + self.lease, size)
            with self._held_lock:
                self._held.update(claimed)
            fresh = [i for i in claimed if i not in seen]
            self._release([i for i in claimed if i in seen], now)  # deferred earlier
            for position, notification_id in enumerate(fresh):
                if self._stop.is_set():
                    self._release(fresh[position:], now)
                    break
                seen.add(notification_id)
                self._deliver(notification_id, result, down, now)
                self._let_go([notification_id])
            if not fresh or self._stop.is_set():
                break

    def _renew(self) -> None:
        """Heartbeat: extend the lease of every row this worker still holds."""
        with self._held_lock:  # held across the write: a row let go is never renewed after
            held = sorted(self._held)
            if held:
                with unit_of_work(self.factory) as session:
                    notify_store.extend_lease(session, held, self.clock() + self.lease)

    def _let_go(self, notification_ids: list[int]) -> None:
        with self._held_lock:
            self._held.difference_update(notification_ids)

    def _release(self, notification_ids: list[int], at: datetime) -> None:
        if notification_ids:
            with unit_of_work(self.factory) as session:
                notify_store.release(session, notification_ids, at)
            self._let_go(notification_ids)

    def _deliver(
        self, notification_id: int, result: PassResult, down: dict[Channel, int], now: datetime
    ) -> None:
        with unit_of_work(self.factory) as session:
            loaded = self._load(session, notification_id)
            if loaded is None:
                result.skipped += 1
                return
        delivery, attempts_before = loaded
        if down.get(delivery.channel, 0) >= CHANNEL_DOWN_AFTER:
            # The peer failed several times in a row this pass: don't spend a timeout on
            # every remaining row; they stay due and go first next pass.
            self._release([notification_id], now)
            result.deferred += 1
            return
        notifier = self.notifiers.get(delivery.channel)
        error: str | None = None
        permanent = False
        try:
            if notifier is None:
                raise DeliveryError(f"no notifier for {delivery.channel}", permanent=True)
            notifier.send(delivery)
        except DeliveryError as exc:
            error, permanent = str(exc), exc.permanent
        except Exception as exc:  # a bug or an odd peer must not stop the worker
            log.exception("unexpected delivery error notification=%s", notification_id)
            error = f"{type(exc).__name__}: {exc}"
        at = self.clock()
        give_up = error is not None and (
            permanent or attempts_before + 1 >= self.settings.notify_max_attempts
        )
        retry_at = at + timedelta(
            seconds=backoff(self.settings.notify_retry_base_seconds, attempts_before)
        )
        self._let_go([notification_id])  # before recording: no renewal overwrites a retry time
        with unit_of_work(self.factory) as session:
            notify_store.record_attempt(session, notification_id, at, error, retry_at, give_up)
        down[delivery.channel] = (
            0 if error is None or permanent else down.get(delivery.channel, 0) + 1
        )
        if error is None:
            result.sent += 1
            log.info("notification sent id=%s channel=%s", notification_id, delivery.channel)
        elif give_up:
            result.failed += 1
            log.warning("notification failed id=%s error=%s", notification_id, error)
        else:
            result.retrying += 1
            log.info(
                "notification retry id=%s attempt=%s next=%s error=%s",
                notification_id,
                attempts_before + 1,
                retry_at.isoformat(),
                error,
            )

    def _load(self, session: Session, notification_id: int) -> tuple[Delivery, int] | None:
        """The row as a Delivery, or None when it is no longer pending or the person
        unsubscribed from e-mail since it was queued (then it is marked skipped)."""
        n = notify_store.get_notification(session, notification_id)
        if n is None or n.state != NotificationState.pending:
            return None
        channel = Channel(n.channel)
        requester = session.get(Requester, n.requester_id)
        if channel == Channel.email and (requester is None or requester.unsubscribed_at):
            notify_store.mark_skipped(session, n.id, "unsubscribed")
            return None
        secret = None
        if channel == Channel.webhook:
            secret = workspace_store.read_settings(session, n.workspace_id).webhook_secret
        link = unsubscribe_url(
            self.settings.public_url,
            self.settings.resolved_secret_key(),
            n.workspace_id,
            n.requester_id,
        )
        verdict_links = self._verdict_links(session, n)
        payload = dict(n.payload or {})
        if verdict_links and channel == Channel.webhook:
            payload["verdict_urls"] = verdict_links  # the receiver can offer the same answers
        delivery = Delivery(
            notification_id=n.id,
            status_change_id=n.status_change_id,
            workspace_id=n.workspace_id,
            requester_id=n.requester_id,
            channel=channel,
            recipient=n.recipient,
            subject=n.subject,
            body=n.body,
            payload=payload,
            unsubscribe_url=link if channel == Channel.email else None,
            webhook_secret=secret,
            verdict_urls=verdict_links if channel == Channel.email else {},
        )
        return delivery, n.attempts

    def _verdict_links(self, session: Session, n: Notification) -> dict[str, str]:
        """A ship message's signed "Did it solve it?" links, answer -> URL; else none."""
        change = session.get(IdeaStatusChange, n.status_change_id)
        if change is None or change.to_status != "shipped":
            return {}
        urls = verdict_urls(
            self.settings.public_url,
            self.settings.resolved_secret_key(),
            n.workspace_id,
            n.idea_id,
            n.requester_id,
            self.clock().date(),
        )
        return {answer.value: url for answer, url in urls.items()}

    def start(self) -> None:
        """Poll every notify_poll_seconds in a daemon thread until stop()."""
        if self._loop.start():
            log.info("delivery worker started poll=%ss", self.settings.notify_poll_seconds)

    def run_forever(self, on_pass: Callable[[PassResult], None] | None = None) -> None:
        """Pass after pass, every notify_poll_seconds, until request_stop() or stop()."""
        while not self._stop.is_set():
            try:
                result = self.run_once()
                if on_pass is not None:
                    on_pass(result)
            except Exception:  # the database may be briefly away: log and poll again
                log.exception("delivery pass failed")
            self._stop.wait(self.settings.notify_poll_seconds)

    def request_stop(self) -> None:
        """Ask the running pass to end after the row in flight (safe from a signal handler)."""
        self._loop.request_stop()

    def stop(self, timeout: float = 30.0) -> None:
        """Finish the row in flight, then stop; sent rows are already marked."""
        self._loop.stop(timeout)
        self._stop.clear()  # run_once() may still be called directly afterwards
        for notifier in self.notifiers.values():
            shutdown = getattr(notifier, "shutdown", None)
            if callable(shutdown):
                shutdown()
        log.info("delivery worker stopped")
