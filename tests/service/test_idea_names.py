"""Idea titles from an LLM when one is configured: re-clustering sends the biggest ideas'
keywords and quotes to a real chat-completions server and keeps item titles when it fails."""

from __future__ import annotations

import json
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from models.db import unit_of_work
from models.tables import FeedbackItem, Idea
from service.context import AppContext
from service.core.settings import Settings
from tests.support.chat_server import ChatServer, Status, json_reply

THEMES = {
    "dark": [
        "Hi team, please add a dark mode. Thanks, Ann",
        "Dark theme for the app",
        "Night mode would be great",
        "Can we get a dark colour scheme",
        "The app needs a dark mode",
    ],
    "csv": [
        "Export reports to CSV",
        "Let me download a CSV export",
        "CSV export of the table",
    ],
}


@pytest.fixture
def settings(settings: Settings, chat_server: ChatServer) -> Settings:
    """The shared settings with the LLM chosen and pointed at the scripted server."""
    return settings.model_copy(
        update={
            "llm_provider": "openai",
            "llm_base_url": chat_server.url,
            "llm_model": "scripted",
            "llm_timeout": 10.0,  # far above the scripted 1.5 s delay, even on a busy machine
            "llm_max_retries": 1,
        }
    )


def wait_for_job(client: TestClient, auth: dict[str, str], job_id: int) -> dict:
    for _ in range(300):
        job = client.get(f"/api/v1/jobs/{job_id}", headers=auth).json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert job["status"] == "done", job
    return job


def recluster(client: TestClient, auth: dict[str, str]) -> dict[str, str]:
    """Run the re-clustering job to the end; every idea's title by its first item's text."""
    started = client.post("/api/v1/ideas:recluster", headers=auth)
    assert started.status_code == 202, started.text
    wait_for_job(client, auth, started.json()["id"])
    return titles_by_item(client, auth)


def titles_by_item(client: TestClient, auth: dict[str, str]) -> dict[str, str]:
    titles = {}
    for idea in client.get("/api/v1/ideas", headers=auth).json()["ideas"]:
        detail = client.get(f"/api/v1/ideas/{idea['id']}", headers=auth).json()
        for item in detail["items"]:
            titles[item["text"]] = idea["title"]
    return titles


def sent_ideas(chat_server: ChatServer) -> list[dict]:
    return json.loads(chat_server.requests[-1]["messages"][-1]["content"])["ideas"]


def test_the_llm_names_the_biggest_ideas(
    client: TestClient, auth: dict[str, str], chat_server: ChatServer
) -> None:
    items = [{"text": t} for texts in THEMES.values() for t in texts]
    client.post("/api/v1/feedback/bulk", json={"items": items}, headers=auth).raise_for_status()
    chat_server.push(
        json_reply(
            {
                "names": [
                    {"id": 1, "title": "Dark mode"},
                    {"id": 2, "title": "CSV export"},
                    {"id": 99, "title": "Not asked for"},
                ]
            }
        )
    )

    titles = recluster(client, auth)

    ideas = sent_ideas(chat_server)
    assert [idea["id"] for idea in ideas] == list(range(1, len(ideas) + 1))
    assert all(idea["quotes"] and idea["keywords"] for idea in ideas)
    scripted = {1: "Dark mode", 2: "CSV export"}
    for idea in ideas[:2]:  # each named idea's items now carry the title scripted for it
        for quote in idea["quotes"]:
            assert titles[quote] == scripted[idea["id"]]
    assert "Not asked for" not in titles.values()
    assert any("dark" in quote.lower() for quote in ideas[0]["quotes"])  # biggest first


def test_an_unreachable_llm_keeps_the_item_titles(
    client: TestClient, auth: dict[str, str], chat_server: ChatServer
) -> None:
    items = [{"text": t} for t in THEMES["dark"]]
    client.post("/api/v1/feedback/bulk", json={"items": items}, headers=auth).raise_for_status()
    chat_server.push(Status(503), Status(503))

    titles = recluster(client, auth)

    assert len(chat_server.requests) == 2  # one try and one retry, then item titles
    assert set(titles) == set(THEMES["dark"])
    assert all(title and "Hi team" not in title for title in titles.values())


def test_ingest_and_a_pm_title_go_on_while_the_llm_answers(
    client: TestClient, auth: dict[str, str], chat_server: ChatServer, context: AppContext
) -> None:
    items = [{"text": t} for texts in THEMES.values() for t in texts]
    client.post("/api/v1/feedback/bulk", json={"items": items}, headers=auth).raise_for_status()
    names = {"names": [{"id": 1, "title": "Dark mode"}, {"id": 2, "title": "CSV export"}]}
    chat_server.push(json_reply(names, delay=1.5))
    started = client.post("/api/v1/ideas:recluster", headers=auth).json()
    for _ in range(100):  # until the model has the question
        if chat_server.requests:
            break
        time.sleep(0.05)
    assert chat_server.requests

    # While the model thinks, new feedback is decided (the write lock is free) and a PM titles
    # the dark-mode idea.
    posted = client.post("/api/v1/feedback", json={"text": "Offline mode please"}, headers=auth)
    assert posted.status_code == 201, posted.text
    running = client.get(f"/api/v1/jobs/{started['id']}", headers=auth).json()
    assert running["status"] == "running"
    assert running["stage"] == "naming ideas with the LLM"
    with unit_of_work(context.factory) as session:
        dark_idea = session.scalar(
            select(FeedbackItem.idea_id).where(FeedbackItem.text == THEMES["dark"][1])
        )
        session.execute(
            update(Idea).where(Idea.id == dark_idea).values(title="Night theme", title_source="pm")
        )

    job = wait_for_job(client, auth, started["id"])

    titles = titles_by_item(client, auth)
    assert titles[THEMES["dark"][1]] == "Night theme"  # the PM's title outlives the LLM's
    assert titles[THEMES["csv"][0]] == "CSV export"
    assert job["result"]["llm_named"] == 1
