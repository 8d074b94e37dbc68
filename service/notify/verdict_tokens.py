"""Signed "Did it solve it?" links: like the unsubscribe link, the token is the proof, so a
requester answers with one click and no login, and nobody can answer for someone else.

Unlike unsubscribe links these expire: an answer long after shipping says little about the
change that shipped."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date, timedelta

from models.metrics import Verdict

VALID_DAYS = 90  # a link answers for three months after the ship e-mail
_ID = r"([1-9][0-9]{0,17})"
_TOKEN = re.compile(rf"^{_ID}\.{_ID}\.{_ID}\.([0-9]{{8}})\.([A-Za-z0-9_-]{{43}})$")


@dataclass(frozen=True)
class VerdictTarget:
    workspace_id: int
    idea_id: int
    requester_id: int
    expires_on: date


def _signature(secret: str, ws: int, idea: int, requester: int, expires: str) -> str:
    message = f"throughline:verdict:v1:{ws}:{idea}:{requester}:{expires}".encode()
    digest = hmac.new(secret.encode(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def make_token(
    secret: str, workspace_id: int, idea_id: int, requester_id: int, expires_on: date
) -> str:
    """`<workspace>.<idea>.<requester>.<YYYYMMDD expiry>.<HMAC-SHA256>`, URL-safe."""
    expires = expires_on.strftime("%Y%m%d")
    sig = _signature(secret, workspace_id, idea_id, requester_id, expires)
    return f"{workspace_id}.{idea_id}.{requester_id}.{expires}.{sig}"


def verify_token(secret: str, token: str) -> VerdictTarget | None:
    """The target of a well-formed, correctly signed token (expired or not), else None."""
    match = _TOKEN.match(token)
    if match is None:
        return None
    ws, idea, requester, expires, sig = match.groups()
    expected = _signature(secret, int(ws), int(idea), int(requester), expires)
    if not hmac.compare_digest(expected.encode(), sig.encode()):
        return None
    try:
        expires_on = date(int(expires[:4]), int(expires[4:6]), int(expires[6:]))
    except ValueError:
        return None
    return VerdictTarget(int(ws), int(idea), int(requester), expires_on)


def verdict_urls(
    public_url: str, secret: str, workspace_id: int, idea_id: int, requester_id: int, sent_on: date
) -> dict[Verdict, str]:
    """One link per answer; the answer is in the path, the token proves who answers."""
    token = make_token(
        secret, workspace_id, idea_id, requester_id, sent_on + timedelta(days=VALID_DAYS)
    )
    base = public_url.rstrip("/")
    return {answer: f"{base}/verdict/{token}/{answer.value}" for answer in Verdict}
