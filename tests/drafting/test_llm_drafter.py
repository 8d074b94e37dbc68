"""The LLM drafter through the real `openai` client against a scripted local server."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import pytest

from drafting.chat import ChatInvalidAnswer, OpenAIChat, extract_json
from drafting.llm_drafter import LlmDraft, LlmDrafter
from drafting.loop import draft_okrs
from drafting.offline import OfflineDrafter
from drafting.proposal import DrafterUnavailable
from models.drafts import DraftRequest
from tests.support.chat_server import ChatServer, Hang, Reply, Status, json_reply
from tests.support.draft_checks import assert_good_result
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


def chat(server: ChatServer, **kwargs: float) -> OpenAIChat:
    options = {"timeout": 5.0, "max_retries": 2, "input_price": 2.0, "output_price": 8.0}
    options.update(kwargs)
    return OpenAIChat(server.url, "scripted-model", api_key="sk-test", **options)  # type: ignore[arg-type]


def test_good_json_makes_a_passing_draft_with_usage_and_cost(
    server: ChatServer, demo: DraftRequest
) -> None:
    server.push(json_reply(llm_answer(demo), prompt_tokens=1200, completion_tokens=300))
    result = draft_okrs(demo, LlmDrafter(chat(server)), 3, fallback=OfflineDrafter())
    assert_good_result(result, "2027-Q1")
    assert (result.provider, result.model, result.fallback_reason) == (
        "openai",
        "scripted-model",
        None,
    )
    usage = result.usage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.calls, usage.requests) == (
        1200,
        300,
        1,
        1,
    )
    assert usage.cost_usd == pytest.approx((1200 * 2.0 + 300 * 8.0) / 1e6)
    assert result.rounds[0].critique == "Targets are a stretch."
    sent = server.requests[0]
    assert sent["model"] == "scripted-model"
    schema = sent["response_format"]["json_schema"]["schema"]
    ids = schema["$defs"]["LlmKeyResult"]["properties"]["measure_id"]["enum"]
    assert "t1.weekly_items" in ids
    # the model saw the measured data, not just the idea titles
    assert "how_measured" in sent["messages"][1]["content"]


def test_a_server_without_json_schema_gets_the_schema_in_the_prompt(
    server: ChatServer, demo: DraftRequest
) -> None:
    server.refuse_json_schema = True
    prose = "Here is the draft:\n```json\n" + json.dumps(llm_answer(demo)) + "\n```\nGood luck!"
    server.push(Reply(prose))
    model = chat(server)
    result = draft_okrs(demo, LlmDrafter(model), 3, fallback=OfflineDrafter())
    assert_good_result(result, "2027-Q1")
    assert result.provider == "openai" and not model.structured
    assert [("response_format" in r) for r in server.requests] == [True, False]
    assert "JSON schema" in server.requests[1]["messages"][-1]["content"]


def test_broken_json_is_asked_for_again_with_the_error(
    server: ChatServer, demo: DraftRequest
) -> None:
    server.push(Reply('{"objectives": [{"title": "Oops"'), json_reply(llm_answer(demo)))
    result = draft_okrs(demo, LlmDrafter(chat(server)), 3, fallback=OfflineDrafter())
    assert result.provider == "openai" and result.usage.calls == 2
    assert "not valid" in server.requests[1]["messages"][-1]["content"]


def test_invalid_json_twice_falls_back_to_offline_with_the_reason(
    server: ChatServer, demo: DraftRequest
) -> None:
    server.push(Reply("I cannot help with that."), Reply('{"objectives": "none"}'))
    with pytest.raises(ChatInvalidAnswer):
        chat(server).complete([{"role": "user", "content": "x"}], LlmDraft)
    server.push(Reply("Sorry, no JSON today."), Reply("{not json"))
    result = draft_okrs(demo, LlmDrafter(chat(server)), 3, fallback=OfflineDrafter())
    assert_good_result(result, "2027-Q1")
    assert result.provider == "offline" and "invalid JSON 2 times" in result.fallback_reason
    assert result.usage.calls == 2 and result.usage.prompt_tokens == 200  # what the LLM cost


def test_429_is_retried_with_backoff(server: ChatServer, demo: DraftRequest) -> None:
    server.push(Status(429, {"retry-after-ms": "20"}), json_reply(llm_answer(demo)))
    result = draft_okrs(demo, LlmDrafter(chat(server)), 3, fallback=OfflineDrafter())
    assert result.provider == "openai" and result.fallback_reason is None
    assert (result.usage.requests, result.usage.calls) == (2, 1)
    assert len(server.requests) == 2


def test_5xx_until_retries_run_out_falls_back(server: ChatServer, demo: DraftRequest) -> None:
    server.push(*[Status(503, {"retry-after-ms": "10"})] * 2)
    result = draft_okrs(demo, LlmDrafter(chat(server, max_retries=1)), 3, OfflineDrafter())
    assert_good_result(result, "2027-Q1")
    assert result.provider == "offline" and "HTTP 503 after 1 retries" in result.fallback_reason
    assert len(server.requests) == 2


def test_a_timeout_falls_back(server: ChatServer, demo: DraftRequest) -> None:
    server.push(Hang(2.0), Hang(2.0))
    started = time.monotonic()
    result = draft_okrs(
        demo, LlmDrafter(chat(server, timeout=0.3, max_retries=1)), 3, OfflineDrafter()
    )
    assert time.monotonic() - started < 5
    assert result.provider == "offline" and "no answer within 0.3 s" in result.fallback_reason
    assert_good_result(result, "2027-Q1")


def test_an_unreachable_server_falls_back_or_raises_without_fallback(demo: DraftRequest) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    model = OpenAIChat(f"http://127.0.0.1:{port}/v1", "m", timeout=1.0, max_retries=0)
    result = draft_okrs(demo, LlmDrafter(model), 3, fallback=OfflineDrafter())
    assert result.provider == "offline" and "cannot reach" in result.fallback_reason
    with pytest.raises(DrafterUnavailable):
        draft_okrs(demo, LlmDrafter(model), 3)


def test_numbers_come_from_the_data_not_the_model(server: ChatServer, demo: DraftRequest) -> None:
    answer = llm_answer(demo, krs=3)
    krs = answer["objectives"][0]["key_results"]
    assert [k["measure_id"].split(".")[1] for k in krs] == ["verdict", "adoption", "weekly_items"]
    krs[0]["text"] = "Raise the share of requesters who confirm it solved it from 35% to 70%"
    krs[1]["text"] = "Raise weekly use by the accounts that asked from 20% to 60%"  # no data
    krs[2]["target"] = 999.0  # moves the wrong way
    krs.append({"measure_id": "t9.made_up", "target": 1, "text": "Cut something from 2 to 1"})
    server.push(json_reply(answer))
    proposal = LlmDrafter(chat(server)).propose(demo)
    objective = proposal.okr_set.objectives[0]
    assert len(objective.key_results) == 3
    verdict, adoption, guard = objective.key_results
    assert "from 35%" not in verdict.text and verdict.baseline_source
    assert f"from {verdict.baseline:g}%" in verdict.text
    assert adoption.baseline is None and "20%" not in adoption.text
    assert "to be measured" in adoption.text and adoption.measurement_plan
    assert guard.target is not None and guard.target < guard.baseline
    notes = " ".join(proposal.changes)
    assert "Restated" in notes and "t9.made_up" in notes and "suggested" in notes


def test_extract_json_reads_plain_fenced_and_embedded_answers() -> None:
    assert extract_json('{"a": 1}') == {"a": 1}
    assert extract_json('Sure!\n```json\n{"a": 2}\n```') == {"a": 2}
    assert extract_json('The draft is {"a": {"b": [1, 2]}} as asked.') == {"a": {"b": [1, 2]}}
    with pytest.raises(ValueError):
        extract_json("no json here {oops")
