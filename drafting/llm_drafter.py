"""The LLM drafter: a chat model writes the words, measured data supplies every number.

The model gets the offline drafter's outcome-first brief and the same evidence: the themes,
their ideas' demand and each theme's KR candidates (`drafting.measures`: the requesters'
verdict, their use of what they asked for, one feedback-volume guard), and answers with
objectives whose KRs cite a candidate by id and set a target. Baselines, their sources,
windows and measurement plans and the evidence are copied from the candidate, never from the
model; a KR text whose numbers disagree with the measurement is restated, and an objective
left with feedback volume alone gets its theme's outcome KR. When revising, the model gets
the critic's findings and writes its critique in words before the new draft.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, Field

from drafting.chat import ChatError, ChatModel
from drafting.krtext import parse_key_result
from drafting.measures import Catalog, Measure, build_catalog
from drafting.offline import MAX_KRS, MAX_OBJECTIVES, deadline
from drafting.proposal import DrafterUnavailable, NothingToDraft, Proposal
from models.drafts import DraftRequest
from models.okr import Direction, Finding, KeyResult, Objective, OkrSet


class LlmKeyResult(BaseModel):
    measure_id: str = Field(description="The id of one measure listed for the theme.")
    target: float = Field(description="Where the measure should be at the end of the cycle.")
    text: str = Field(description="The KR sentence: 'Cut <metric> from <baseline> to <target>'.")


class LlmObjective(BaseModel):
    title: str
    owner: str | None = None
    key_results: list[LlmKeyResult]


class LlmDraft(BaseModel):
    critique: str = Field(default="", description="What is weak in the draft, in words.")
    changes: list[str] = Field(default_factory=list, description="What you changed and why.")
    objectives: list[LlmObjective]


SYSTEM = """You draft OKRs (objectives and key results) for a product team from customer \
feedback demand. Outcomes first: feedback says WHY an objective matters; its key results \
measure whether the change reached the customers who asked. Follow these rules, a \
deterministic critic checks every one:
- 1 to 3 objectives, each with 2 to 5 key results.
- An objective is qualitative (no numbers), names a concrete change for someone (not "improve \
the app" or "grow"), and is not a task or project ("launch", "ship", "migrate", "finish X").
- A key result is an outcome, not work or output: never start it with launch, ship, release, \
build, write, publish, run, add, create, implement, migrate, complete, fix; never count \
features shipped, tasks done or tickets closed.
- Every key result uses exactly one measure from the data by its id. Each objective has at \
least one outcome measure (kind "verdict": the requesters confirm it solved their need; kind \
"adoption": use of what they asked for) and at most one feedback-volume measure (kind \
"weekly_items" or "monthly_items"), which is only a guard.
- Numbers: write the KR with the measure's baseline and the target you put in `target`, \
moving the way the measure's `direction` says ("Raise ... from <baseline> to <target>" for \
increase, "Cut ... from <baseline> to <target>" for decrease). A measure with a null \
baseline has a `measurement_plan`: write "... to <target> (baseline to be measured)" and \
never make a baseline up.
- Never set a target that is met by losing customers (cutting their revenue, their number \
or the accounts that ask).
- Targets are a stretch the team has a 60-70% chance to reach: no hedges ("at least", \
"slightly"), no tiny moves (under 5%), and not more than a 3x change.
- Prefer themes that match the stated goals; do not invent figures.
Answer with one JSON object: {"critique": str, "changes": [str], "objectives": [{"title": \
str, "owner": str|null, "key_results": [{"measure_id": str, "target": number, "text": str}]}]}."""


def _close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= max(0.051, 0.005 * abs(b))


def wire_schema(catalog: Catalog) -> dict[str, Any]:
    """`LlmDraft`'s JSON schema, with measure ids limited to the catalog's."""
    schema = LlmDraft.model_json_schema()
    ids = [m.id for _, measures in catalog.themes for m in measures]
    schema["$defs"]["LlmKeyResult"]["properties"]["measure_id"]["enum"] = ids
    return schema


def data_for_prompt(request: DraftRequest, catalog: Catalog) -> dict[str, Any]:
    """What the model may draw on: goals, themes, their ideas' demand and the measures."""
    themes = []
    for theme, measures in catalog.themes:
        themes.append(
            {
                "theme": theme.label,
                "matches_goals": theme.goals,
                "ideas": [
                    {
                        "title": i.title,
                        "people": i.demand.unique_requesters,
                        "accounts": i.demand.unique_accounts,
                        "mrr": i.demand.revenue,
                        "items_last_30_days": i.demand.trend.last_30_days,
                        "items_previous_30_days": i.demand.trend.previous_30_days,
                    }
                    for i in theme.ideas
                ],
                "measures": [
                    {
                        "id": m.id,
                        "kind": m.kind,
                        "metric": m.metric,
                        "direction": m.direction.value,
                        "unit": m.unit,
                        "period": m.period,
                        "baseline": m.baseline,
                        "baseline_window": m.window,
                        "suggested_target": m.target,
                        "how_measured": m.source or None,
                        "measurement_plan": m.plan,
                    }
                    for m in measures
                ],
            }
        )
    return {"cycle": request.cycle, "goals": request.goals, "themes": themes}


class LlmDrafter:
    """Drafts and revises through a `ChatModel`; raises `DrafterUnavailable` when it cannot."""

    provider = "openai"

    def __init__(self, chat: ChatModel) -> None:
        self.chat = chat
        self.model: str | None = chat.model

    def propose(self, request: DraftRequest) -> Proposal:
        catalog = build_catalog(request)
        if not catalog.themes:
            raise NothingToDraft(
                "Too little feedback to measure: no theme has two measurable key results."
            )
        ask = (
            "Draft this cycle's OKRs from the data below. Critique your own draft in "
            "`critique`.\n" + json.dumps(data_for_prompt(request, catalog))
        )
        return self._ask(request, catalog, ask)

    def revise(self, request: DraftRequest, okr_set: OkrSet, findings: list[Finding]) -> Proposal:
        catalog = build_catalog(request)
        current = self._as_llm_draft(okr_set, catalog)
        found = [
            {
                "code": f.code.value,
                "severity": f.severity.value,
                "objective": None if f.objective_index is None else f.objective_index + 1,
                "key_result": None if f.kr_index is None else f.kr_index + 1,
                "message": f.message,
                "fix": f.suggestion,
            }
            for f in findings
        ]
        ask = (
            "The critic checked your draft. Write in `critique` what is wrong with it, in "
            "words; then revise it so that no finding with severity 'block' is left, and say "
            "in `changes` what you changed and why.\nData: "
            + json.dumps(data_for_prompt(request, catalog))
            + "\nYour draft: "
            + current.model_dump_json()
            + "\nFindings: "
            + json.dumps(found)
        )
        return self._ask(request, catalog, ask)

    def _ask(self, request: DraftRequest, catalog: Catalog, ask: str) -> Proposal:
        messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": ask}]
        try:
            reply = self.chat.complete(messages, LlmDraft, wire_schema(catalog))
        except ChatError as exc:
            raise DrafterUnavailable(exc.reason, exc.usage) from exc
        okr_set, notes = to_okr_set(reply.value, catalog, request)
        return Proposal(
            okr_set=okr_set,
            changes=list(reply.value.changes) + notes,
            critique=reply.value.critique or None,
            usage=reply.usage,
        )

    def _as_llm_draft(self, okr_set: OkrSet, catalog: Catalog) -> LlmDraft:
        objectives = []
        for objective in okr_set.objectives:
            krs = []
            for kr in objective.key_results:
                measure = catalog.by_metric(kr.metric)
                if measure is not None:
                    target = kr.target if kr.target is not None else measure.target
                    krs.append(LlmKeyResult(measure_id=measure.id, target=target, text=kr.text))
            objectives.append(
                LlmObjective(title=objective.title, owner=objective.owner, key_results=krs)
            )
        return LlmDraft(objectives=objectives)


def _key_result(
    answer: LlmKeyResult, measure: Measure, due: str, owner: str | None, notes: list[str]
) -> KeyResult:
    target = answer.target
    if not measure.valid_target(target):
        way = "up" if measure.direction == Direction.increase else "down"
        start = "its unknown baseline" if measure.baseline is None else f"{measure.baseline:g}"
        notes.append(
            f"Target {target:g} for '{measure.metric}' does not move it {way} from {start}: "
            f"used the suggested {measure.target:g}."
        )
        target = measure.target
    parsed = parse_key_result(answer.text)
    text = answer.text.strip()
    if measure.baseline is None:
        # no baseline may be stated: the text must not carry one, and must say it is to come
        honest = parsed.baseline is None and "to be measured" in text.lower()
        agrees = honest and _close(parsed.target, target)
    else:
        agrees = _close(parsed.baseline, measure.baseline) and _close(parsed.target, target)
    turns = parsed.direction in (Direction.increase, Direction.decrease)
    if turns and parsed.direction != measure.direction:
        agrees = False  # "Cut" on a measure that should rise reads as the opposite goal
    if not agrees:
        text = measure.sentence(target)
        notes.append(f"Restated '{answer.text}' with the measured baseline: '{text}'.")
    return measure.key_result(due, owner, target=target, text=text)


def _missing_outcome(picked: list[Measure], catalog: Catalog, used: set[str]) -> Measure | None:
    """An objective whose KRs all count feedback gets its theme's first unused outcome."""
    if not picked or any(not m.from_volume for m in picked):
        return None
    theme = next((ms for t, ms in catalog.themes if t.key == picked[0].theme_key), [])
    return next((m for m in theme if not m.from_volume and m.id not in used), None)


def to_okr_set(
    draft: LlmDraft, catalog: Catalog, request: DraftRequest
) -> tuple[OkrSet, list[str]]:
    """The model's answer as an `OkrSet`, numbers and evidence taken from the measures."""
    notes: list[str] = []
    due = deadline(request)
    if len(draft.objectives) > MAX_OBJECTIVES:
        notes.append(f"Kept the first {MAX_OBJECTIVES} of {len(draft.objectives)} objectives.")
    objectives = []
    used: set[str] = set()
    for objective in draft.objectives[:MAX_OBJECTIVES]:
        owner = objective.owner or request.owner
        krs: list[KeyResult] = []
        picked: list[Measure] = []
        for answer in objective.key_results:
            measure = catalog.measure(answer.measure_id)
            if measure is None or measure.id in used:
                why = "unknown measure" if measure is None else "measure already used"
                notes.append(f"Dropped KR '{answer.text}' ({why} {answer.measure_id!r}).")
                continue
            if len(krs) == MAX_KRS:
                notes.append(f"Dropped KR '{answer.text}' (more than {MAX_KRS}).")
                continue
            if measure.from_volume and any(v.from_volume for v in picked):
                notes.append(f"Dropped KR '{answer.text}' (one feedback-volume KR is enough).")
                continue
            used.add(measure.id)
            picked.append(measure)
            krs.append(_key_result(answer, measure, due, owner, notes))
        outcome = _missing_outcome(picked, catalog, used)
        if outcome is not None:
            used.add(outcome.id)
            krs.insert(0, outcome.key_result(due, owner))
            notes.append(f"Added the outcome KR '{krs[0].text}': volume alone is no outcome.")
        objectives.append(Objective(title=objective.title.strip(), owner=owner, key_results=krs))
    return OkrSet(objectives=objectives, cycle=request.cycle), notes
