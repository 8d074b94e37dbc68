"""The LLM drafter's outcome-first paths, through the real `openai` client against the
scripted chat-completions server: the brief and evidence it sends, the measurement plans it
keeps, and the repairs when a model falls back on feedback volume."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest

from drafting.chat import OpenAIChat
from drafting.llm_drafter import LlmDrafter
from drafting.loop import draft_okrs
from drafting.measures import build_catalog
from drafting.offline import OfflineDrafter
from models.drafts import DraftRequest
from models.metrics import MetricBaseline, ProductMetric
from tests.support.chat_server import ChatServer, json_reply
from tests.support.draft_checks import assert_good_result, is_feedback_volume
from tests.support.draft_data import demo_request
from tests.support.llm_answers import llm_answer


@pytest.fixture(scope="module")
def demo() -> DraftRequest:
    return demo_request()


@pytest.fixture
def server() -> Iterator[ChatServer]:
    chat_server = ChatServer().start()
    yield chat_server
    chat_server.stop()


def drafter(server: ChatServer) -> LlmDrafter:
    return LlmDrafter(OpenAIChat(server.url, "scripted-model", api_key="sk-test", timeout=5.0))


def test_the_model_gets_the_outcome_brief_and_the_same_evidence(
    server: ChatServer, demo: DraftRequest
) -> None:
    server.push(json_reply(llm_answer(demo, krs=3)))
    result = draft_okrs(demo, drafter(server), 3, fallback=OfflineDrafter())
    assert_good_result(result, "2027-Q1")
    assert result.provider == "openai"
    system, user = server.requests[0]["messages"][:2]
    assert "Outcomes first" in system["content"] and "losing customers" in system["content"]
    data = json.loads(user["content"].split("\n", 1)[1])
    measures = [m for theme in data["themes"] for m in theme["measures"]]
    catalog = build_catalog(demo)
    assert [m["id"] for m in measures] == [m.id for _, ms in catalog.themes for m in ms]
    kinds = {m["kind"] for m in measures}
    assert {"verdict", "adoption", "weekly_items"} <= kinds
    planned = [m for m in measures if m["measurement_plan"]]
    assert planned and all(m["baseline"] is None for m in planned)
    verdicts = [m for m in measures if m["kind"] == "verdict"]
    assert all(m["baseline_window"] and m["how_measured"] for m in verdicts)


def test_a_planned_kr_keeps_its_plan_and_states_no_baseline(
    server: ChatServer, demo: DraftRequest
) -> None:
    answer = llm_answer(demo, objectives=1, krs=3)
    krs = answer["objectives"][0]["key_results"]
    planned = krs[1]
    assert planned["measure_id"].endswith(".adoption")
    planned["target"] = 45
    planned["text"] = "Get 45% of the accounts that asked using it weekly (baseline to be measured)"
    server.push(json_reply(answer))
    proposal = drafter(server).propose(demo)
    kr = proposal.okr_set.objectives[0].key_results[1]
    assert kr.text == planned["text"] and kr.target == 45
    assert kr.baseline is None and kr.measurement_plan and "by 2027-01-15" in kr.measurement_plan
    assert not any("Restated" in c for c in proposal.changes)


def test_volume_alone_gets_an_outcome_kr_and_a_second_volume_kr_is_dropped(
    server: ChatServer, demo: DraftRequest
) -> None:
    catalog = build_catalog(demo)
    volume = [m for _, ms in catalog.themes for m in ms if m.from_volume]
    answer = {
        "critique": "",
        "changes": [],
        "objectives": [
            {
                "title": "Make our product fit into the tools customers already work in",
                "owner": None,
                "key_results": [
                    {"measure_id": m.id, "target": m.target, "text": m.sentence()}
                    for m in volume[:2]
                ],
            }
        ],
    }
    server.push(json_reply(answer))
    proposal = drafter(server).propose(demo)
    krs = proposal.okr_set.objectives[0].key_results
    assert len(krs) == 2
    assert [is_feedback_volume(kr) for kr in krs] == [False, True]
    assert krs[0].metric.endswith("that confirm it solved their need")
    notes = " ".join(proposal.changes)
    assert "one feedback-volume KR is enough" in notes and "Added the outcome KR" in notes


def test_a_pushed_metric_reaches_the_model_with_its_robust_baseline(
    server: ChatServer, demo: DraftRequest
) -> None:
    usage = ProductMetric(
        key="sso-logins-share",
        name="share of seats signing in with SSO",
        unit="%",
        baseline=MetricBaseline(
            value=31.0, weeks=9, starts_on=date(2026, 10, 19), ends_on=date(2026, 12, 20)
        ),
    )
    request = demo.model_copy(update={"metrics": [usage]})
    server.push(json_reply(llm_answer(request, krs=3)))
    result = draft_okrs(request, drafter(server), 3, fallback=OfflineDrafter())
    assert_good_result(result, "2027-Q1")
    sent = server.requests[0]["messages"][1]["content"]
    assert "sso-logins-share" in sent and "2026-10-19..2026-12-20" in sent
    krs = [kr for o in result.okr_set.objectives for kr in o.key_results]
    bound = [kr for kr in krs if kr.metric == usage.name]
    assert len(bound) == 1 and bound[0].baseline == 31.0 and bound[0].target == 40.3


def test_a_kr_worded_against_its_measure_is_restated(
    server: ChatServer, demo: DraftRequest
) -> None:
    answer = llm_answer(demo, objectives=1, krs=3)
    verdict = answer["objectives"][0]["key_results"][0]
    assert verdict["measure_id"].endswith(".verdict")
    verdict["text"] = "Cut the MRR of accounts asking for sign-in from 0 to 70"
    server.push(json_reply(answer))
    proposal = drafter(server).propose(demo)
    kr = proposal.okr_set.objectives[0].key_results[0]
    assert kr.text.startswith("Raise the share of the") and "MRR" not in kr.text
    assert any("Restated" in c for c in proposal.changes)
