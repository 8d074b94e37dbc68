"""OKR drafts: measure demand from the database, run the drafting loop, store every round."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pydantic import ValidationError
from sqlalchemy.orm import Session

from drafting.loop import draft_okrs
from drafting.offline import OfflineDrafter
from drafting.proposal import Drafter, NothingToDraft
from drafting.themes import mentions
from models.demand import DemandSignal
from models.drafts import (
    GOAL_CHARS,
    MAX_GOALS,
    WEEKS,
    DraftCreate,
    DraftList,
    DraftRead,
    DraftRequest,
    DraftResult,
    DraftSummary,
    IdeaDemand,
    Provider,
    WorkspaceTotals,
)
from models.okr import OkrSet, cycle_dates
from models.schemas import WorkspaceSettings
from models.tables import Workspace
from service.core.errors import InvalidInput, NotFound
from service.core.settings import Settings
from service.ideas import store as idea_store
from service.notify import verdicts
from service.okrs import drafts_store as draft_store
from service.okrs import metrics
from service.okrs.retro import build_retro
from triage.demand import measure_demand, weekly_counts

log = logging.getLogger(__name__)

GOAL_IDEAS = 10  # ideas beyond the top ones that goals may bring in
CLOSED_STATUSES = {"shipped", "declined"}  # asks already answered do not drive new OKRs


@dataclass
class IdeaSignals:
    """An idea with its items as demand signals: the input of `request_from_signals`."""

    id: int
    title: str
    keywords: list[str]
    signals: list[DemandSignal]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _window_accounts(signals: Iterable[DemandSignal], since: datetime) -> dict[str, float]:
    accounts: dict[str, float] = {}
    for s in sorted(signals, key=lambda s: _aware(s.created_at)):
        if s.account and _aware(s.created_at) >= since:
            accounts[s.account] = s.mrr or accounts.get(s.account, 0.0)
    return accounts


def request_from_signals(
    cycle: str,
    goals: Sequence[str],
    ideas: Sequence[IdeaSignals],
    every_signal: Sequence[DemandSignal],
    now: datetime,
    *,
    owner: str | None = None,
    top: int = 15,
    window_days: int = 90,
) -> DraftRequest:
    """The drafter's input from raw signals: top ideas by people, then revenue, with figures.

    Pure (no database), so demo data and labelled sets can be drafted from in memory too.
    """
    since = now - timedelta(days=window_days)
    measured = []
    for idea in ideas:
        if not idea.signals:
            continue
        measured.append(
            IdeaDemand(
                id=idea.id,
                title=idea.title,
                keywords=list(idea.keywords or []),
                demand=measure_demand(idea.signals, now),
                weekly_counts=weekly_counts(idea.signals, now, WEEKS),
                window_accounts=_window_accounts(idea.signals, since),
            )
        )
    measured.sort(key=lambda i: (-i.demand.unique_requesters, -i.demand.revenue, i.id))
    # A stated goal brings in the ideas it names even when they are not among the top ones.
    named = [i for i in measured[top:] if any(mentions(g, i) for g in goals)][:GOAL_IDEAS]
    active = _window_accounts(every_signal, since)
    totals = WorkspaceTotals(
        items=len(every_signal),
        accounts=len({s.account for s in every_signal if s.account}),
        active_accounts=len(active),
        active_mrr=round(sum(active.values()), 2),
        weekly_items=weekly_counts(every_signal, now, WEEKS),
    )
    return DraftRequest(
        cycle=cycle,
        goals=list(goals),
        ideas=measured[:top] + named,
        totals=totals,
        as_of=now,
        owner=owner,
        window_days=window_days,
    )


def check_input(body: DraftCreate, settings: Settings) -> Provider:
    """Validate what pydantic cannot say with a stable code; returns the provider to use."""
    try:
        cycle_dates(body.cycle)
    except ValueError:
        raise InvalidInput(
            f"Cycle {body.cycle!r} is not a quarter like 2027-Q1.", code="invalid_cycle"
        ) from None
    goals = body.goals or []
    if len(goals) > MAX_GOALS:
        raise InvalidInput(f"At most {MAX_GOALS} goals, got {len(goals)}.", code="too_many_goals")
    if any(not g.strip() or len(g.strip()) > GOAL_CHARS for g in goals):
        raise InvalidInput(f"Each goal is 1 to {GOAL_CHARS} characters.", code="invalid_goal")
    name = body.provider or settings.llm_provider
    try:
        provider = Provider(name)
    except ValueError:
        choices = ", ".join(p.value for p in Provider)
        raise InvalidInput(
            f"Unknown provider {name!r}; use one of: {choices}.", code="unknown_provider"
        ) from None
    if provider == Provider.openai and not (settings.llm_base_url and settings.llm_model):
        raise InvalidInput(
            "The openai provider needs THROUGHLINE_LLM_BASE_URL and THROUGHLINE_LLM_MODEL.",
            code="llm_not_configured",
        )
    return provider


def drafter_for(provider: Provider, settings: Settings) -> Drafter:
    """The drafter a provider names, built from settings."""
    if provider == Provider.offline:
        return OfflineDrafter()
    from drafting.llm_drafter import LlmDrafter
    from service.core.llm import chat_model

    return LlmDrafter(chat_model(settings))


def build_request(
    session: Session,
    workspace: Workspace,
    body: DraftCreate,
    now: datetime,
) -> DraftRequest:
    """Measure the workspace's open ideas; goals default to the workspace's stated goals."""
    signals = idea_store.demand_signals(session, workspace.id)
    ideas = [
        IdeaSignals(idea.id, idea.title, list(idea.keywords or []), signals.get(idea.id, []))
        for idea in idea_store.list_all(session, workspace.id)
        if idea.status not in CLOSED_STATUSES
    ]
    every = [s for group in signals.values() for s in group]
    goals = body.goals
    if goals is None:
        try:
            goals = WorkspaceSettings.model_validate(workspace.settings or {}).goals
        except ValidationError:
            goals = []
    goals = [g.strip() for g in goals]
    if body.from_retro:
        learned = build_retro(session, workspace.id, body.from_retro).suggested_goals
        goals += [g for g in learned if g not in goals][: max(MAX_GOALS - len(goals), 0)]
    request = request_from_signals(
        body.cycle,
        goals,
        ideas,
        every,
        now,
        owner=body.owner,
        top=body.top_ideas,
    )
    return with_outcome_data(session, workspace.id, request)


def with_outcome_data(session: Session, workspace_id: int, request: DraftRequest) -> DraftRequest:
    """Add what outcome KRs are measured from: requesters' "solved" answers per idea, and the
    pushed product metrics that have a robust baseline."""
    solved = verdicts.solved_accounts(session, workspace_id, [i.id for i in request.ideas])
    ideas = [
        i.model_copy(update={"solved_accounts": sorted(solved.get(i.id, set()))})
        for i in request.ideas
    ]
    pushed = metrics.product_metrics(session, workspace_id, request.as_of.date())
    return request.model_copy(update={"ideas": ideas, "metrics": pushed})


def run_draft(
    request: DraftRequest, provider: Provider, settings: Settings, max_rounds: int | None = None
) -> DraftResult:
    """Draft with the chosen provider; the offline drafter is every LLM's fallback."""
    drafter = drafter_for(provider, settings)
    try:
        return draft_okrs(
            request,
            drafter,
            max_rounds or settings.draft_max_rounds,
            fallback=OfflineDrafter() if provider != Provider.offline else None,
        )
    except NothingToDraft as exc:
        raise InvalidInput(str(exc), code="nothing_to_draft") from None


def create_draft(
    session: Session,
    workspace: Workspace,
    body: DraftCreate,
    settings: Settings,
    now: datetime | None = None,
) -> DraftRead:
    """Validate, measure, draft and store one OKR draft with all its rounds."""
    provider = check_input(body, settings)
    request = build_request(session, workspace, body, now or datetime.now(UTC))
    result = run_draft(request, provider, settings, body.max_rounds)
    row = draft_store.add_draft(session, workspace.id, request, result)
    log.info(
        "draft_stored id=%d provider=%s passed=%s rounds=%d",
        row.id,
        result.provider,
        result.passed,
        len(result.rounds),
    )
    return DraftRead.from_row(row)


def list_drafts(session: Session, workspace_id: int, limit: int = 50, offset: int = 0) -> DraftList:
    rows, total = draft_store.list_drafts(session, workspace_id, limit, offset)
    summaries = []
    for row in rows:
        okr_set = OkrSet.model_validate(row.okr_set or {})
        summaries.append(
            DraftSummary(
                id=row.id,
                cycle_name=row.cycle_name,
                provider=row.provider,
                model=row.model,
                passed=row.passed,
                status=row.status,
                objectives=len(okr_set.objectives),
                key_results=sum(len(o.key_results) for o in okr_set.objectives),
                fallback_reason=row.fallback_reason,
                created_at=row.created_at,
            )
        )
    return DraftList(drafts=summaries, total=total)


def read_draft(session: Session, workspace_id: int, draft_id: int) -> DraftRead:
    row = draft_store.get_draft(session, workspace_id, draft_id)
    if row is None:
        raise NotFound(f"No OKR draft {draft_id} in this workspace.", code="draft_not_found")
    return DraftRead.from_row(row)


def llm_available(settings: Settings) -> bool:
    """The LLM drafter can be chosen: its endpoint and model are set (what `check_input` asks)."""
    return bool(settings.llm_base_url and settings.llm_model)
