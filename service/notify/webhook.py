"""Webhook calls: a JSON POST signed with the workspace's secret (HMAC-SHA256)."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable

import httpx

from models.notifications import Channel
from service.notify.delivery import Delivery, DeliveryError

SIGNATURE_HEADER = "X-Throughline-Signature"
TIMESTAMP_HEADER = "X-Throughline-Timestamp"
DELIVERY_HEADER = "X-Throughline-Delivery"
IDEMPOTENCY_HEADER = "Idempotency-Key"  # the same delivery id, under the common name
EVENT_HEADER = "X-Throughline-Event"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """`sha256=<hex>` over `<timestamp>.<body>`: the timestamp is signed too, so a receiver
    can refuse old replays."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return f"sha256={digest.hexdigest()}"


def verify(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    """What a receiver does (our tests too): recompute and compare in constant time."""
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


def encode_body(delivery: Delivery) -> bytes:
    payload = {**delivery.payload, "notification_id": delivery.notification_id}
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()


class WebhookNotifier:
    """POSTs each delivery; any 2xx answer counts as delivered, anything else is retried.

    Delivery is at least once: a worker killed after the receiver answered but before the
    answer was recorded leaves the call to be made again by another worker. The delivery id
    (X-Throughline-Delivery, and Idempotency-Key) is the receiver's idempotency key: the
    same id means the same message, so a receiver drops an id it has already processed."""

    channel = Channel.webhook

    def __init__(self, timeout: float = 10.0, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.timeout = timeout
        self._client: httpx.Client | None = None

    def send(self, delivery: Delivery) -> None:
        body = encode_body(delivery)
        timestamp = str(int(self.clock()))
        headers = {
            "Content-Type": "application/json",
            TIMESTAMP_HEADER: timestamp,
            DELIVERY_HEADER: str(delivery.notification_id),
            IDEMPOTENCY_HEADER: str(delivery.notification_id),
            EVENT_HEADER: str(delivery.payload.get("event", "idea.status_changed")),
        }
        if delivery.webhook_secret:
            headers[SIGNATURE_HEADER] = sign(delivery.webhook_secret, timestamp, body)
        if self._client is None:
            self._client = httpx.Client(
                timeout=self.timeout,
                follow_redirects=False,
                headers={"User-Agent": "Throughline-Webhook/1"},
            )
        try:
            response = self._client.post(delivery.recipient, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc
        if not response.is_success:
            raise DeliveryError(f"HTTP {response.status_code}: {response.text[:200]}")

    def close(self) -> None:
        """Keep the client (and its pooled connections) for the next pass."""

    def shutdown(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
