""" "Did it solve it?": requesters answer from the ship e-mail with one click, and the answers
(and re-asks: raising the same idea again soon after it shipped) become metrics a KR can be
bound to. The link is the proof; the latest answer of a person counts."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from models.metrics import REASK_DAYS, Verdict, VerdictCounts
from models.tables import Idea
from service.core.errors import InvalidInput, NotFound
from service.notify import store as notify_store
from service.notify import verdicts_store as store
from service.notify.verdict_tokens import VerdictTarget, verify_token

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Answer:
    """What the answer page shows: the idea, the answer kept, and the token to change it."""

    idea_title: str
    verdict: Verdict
    changed: bool


def parse_verdict(answer: str) -> Verdict:
    try:
        return Verdict(answer)
    except ValueError:
        choices = ", ".join(v.value for v in Verdict)
        raise InvalidInput(
            f"{answer!r} is not an answer; use one of {choices}.", code="invalid_verdict"
        ) from None


def record(
    session: Session, secret: str, token: str, answer: str, today: date | None = None
) -> Answer:
    """Store a requester's answer from a signed link; forged and expired links are refused."""
    verdict = parse_verdict(answer)
    target = verify_token(secret, token)
    requester = idea = None
    if target is not None:
        requester = notify_store.get_requester(session, target.workspace_id, target.requester_id)
        idea = session.get(Idea, target.idea_id)
    if target is None or requester is None or idea is None:
        raise InvalidInput("This answer link is not valid.", code="invalid_verdict_link")
    if idea.workspace_id != target.workspace_id:
        raise InvalidInput("This answer link is not valid.", code="invalid_verdict_link")
    if (today or datetime.now(UTC).date()) > target.expires_on:
        raise InvalidInput(
            f"This answer link expired on {target.expires_on}.", code="expired_verdict_link"
        )
    row = store.get_verdict(session, target.workspace_id, idea.id, requester.id)
    changed = row is None or row.verdict != verdict.value
    if changed:
        store.upsert_verdict(session, target.workspace_id, idea.id, requester.id, verdict.value)
    session.flush()
    log.info("verdict idea=%s requester=%s verdict=%s", idea.id, requester.id, verdict.value)
    return Answer(idea.title, verdict, changed)


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC) + timedelta(days=1) - timedelta(microseconds=1)


def family(session: Session, workspace_id: int, idea_ids: list[int]) -> list[int]:
    out: list[int] = []
    for idea_id in idea_ids:
        out += [i for i in notify_store.idea_family(session, workspace_id, idea_id) if i not in out]
    return out


def solved_share(
    session: Session, workspace_id: int, idea_ids: list[int], day: date
) -> float | None:
    """% of the accounts behind the ideas whose requesters answered "solved" by `day`."""
    ideas = family(session, workspace_id, idea_ids)
    until = _end_of(day)
    asked = store.requesting_units(session, workspace_id, ideas, until)
    if not asked:
        return None
    solved = store.answered_units(session, workspace_id, ideas, Verdict.solved.value, until)
    return round(100.0 * len(solved & asked) / len(asked), 2)


def reasks(session: Session, workspace_id: int, idea_ids: list[int], day: date) -> float | None:
    """People who had asked before it shipped and asked again within 30 days after; None
    before the ideas ship."""
    ideas = family(session, workspace_id, idea_ids)
    shipped = store.shipped_at(session, workspace_id, ideas)
    if shipped is None or shipped > _end_of(day):
        return None
    until = min(shipped + timedelta(days=REASK_DAYS), _end_of(day))
    again = store.asked_between(session, workspace_id, ideas, shipped, until)
    return float(len(again & store.asked_between(session, workspace_id, ideas, None, shipped)))


def summary(session: Session, workspace_id: int, idea_id: int) -> VerdictCounts:
    """The answers, the people behind the idea and the re-asks, for the idea page and API."""
    idea = session.get(Idea, idea_id)
    if idea is None or idea.workspace_id != workspace_id:
        raise NotFound(f"No idea {idea_id} in this workspace.", code="idea_not_found")
    ideas = family(session, workspace_id, [idea_id])
    found = store.counts(session, workspace_id, ideas)
    behind = notify_store.requesters_behind(session, workspace_id, ideas)
    asked_again = reasks(session, workspace_id, [idea_id], datetime.now(UTC).date())
    return VerdictCounts(
        solved=found.get(Verdict.solved.value, 0),
        not_yet=found.get(Verdict.not_yet.value, 0),
        not_for_me=found.get(Verdict.not_for_me.value, 0),
        requesters=len(behind),
        reasks=int(asked_again or 0),
    )


def solved_accounts(
    session: Session, workspace_id: int, idea_ids: list[int]
) -> dict[int, set[str]]:
    """Per idea (merged ideas' answers count for it), the accounts that answered "solved"."""
    out: dict[int, set[str]] = {}
    for idea_id in idea_ids:
        ideas = family(session, workspace_id, [idea_id])
        found = store.solved_accounts_by_idea(session, workspace_id, ideas)
        out[idea_id] = set().union(*found.values()) if found else set()
    return out


def target_of(secret: str, token: str) -> VerdictTarget:
    """The target of a token `record` accepted."""
    target = verify_token(secret, token)
    if target is None:
        raise InvalidInput("This answer link is not valid.", code="invalid_verdict_link")
    return target
