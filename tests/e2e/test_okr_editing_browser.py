"""Editing OKRs in a real browser: a drafted KR's finding changes as it is typed (no reload),
an owner makes `no_owner` go, a second draft merges into a busy cycle without duplicate
objectives, and the edit forms fit a 390 px phone."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from drafting.critic import lint_set
from models.db import unit_of_work
from models.okr import KeyResult, Objective, OkrSet
from models.okr_tables import ObjectiveRow, OkrDraft
from service.context import AppContext
from tests.support.live_server import SCREENSHOTS, LiveServer, new_key, sign_in
from tests.support.stored_sample import checkout_objective, store_draft

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CYCLE = "2026-Q3"


def night(owner: str | None = None) -> Objective:
    return Objective(
        title="Make the dashboard comfortable at night",
        owner=owner,
        key_results=[
            KeyResult(text="Reduce weekly dark mode requests from 6 to 1"),
            KeyResult(text="Raise night-time session length from 4 to 9 minutes"),
        ],
    )


def draft(ctx: AppContext, *objectives: Objective) -> int:
    """A stored draft with the critic's findings, as the drafter leaves one."""
    okr_set = OkrSet(cycle=CYCLE, objectives=list(objectives))
    draft_id = store_draft(ctx.factory, "acme", okr_set)
    with unit_of_work(ctx.factory) as session:
        row = session.get(OkrDraft, draft_id)
        assert row is not None
        row.findings = [f.model_dump(mode="json") for f in lint_set(okr_set, draft=True)]
    return draft_id


def test_a_drafted_kr_is_critiqued_as_it_is_typed_and_an_owner_clears_no_owner(
    page: Page, server: LiveServer, ctx: AppContext
) -> None:
    draft_id = draft(ctx, night())
    sign_in(page, new_key(ctx, "acme"))
    page.goto(f"/okrs/drafts/{draft_id}")
    objective_box = page.locator('[data-findings="0."]')
    kr_box = page.locator('[data-findings="0.0"]')
    expect(objective_box.locator('[data-code="no_owner"]')).to_have_count(1)
    expect(kr_box.locator('[data-code="not_measurable"]')).to_have_count(0)
    page.evaluate("window.notReloaded = true")

    page.get_by_label("Key result 1").first.fill("Make dark mode feel nicer")
    expect(kr_box.locator('[data-code="not_measurable"]')).to_have_count(1)
    expect(page.locator("#verdict")).to_contain_text("blocking finding")
    page.get_by_label("Key result 1").first.fill("Reduce weekly dark mode requests from 6 to 2")
    expect(kr_box.locator('[data-code="not_measurable"]')).to_have_count(0)
    expect(page.locator('[data-kr-line="0.0"]')).to_contain_text("6 → 2")

    page.get_by_label("Owner").fill("Design team")
    expect(objective_box.locator('[data-code="no_owner"]')).to_have_count(0)
    page.screenshot(path=str(SCREENSHOTS / "throughline-draft-editing.png"), full_page=True)
    assert page.evaluate("window.notReloaded") is True
    with unit_of_work(ctx.factory) as session:  # nothing stored until saved
        row = session.get(OkrDraft, draft_id)
        assert row is not None and row.okr_set["objectives"][0]["owner"] is None

    page.get_by_role("button", name="Save changes").click()
    expect(page.locator(".flash")).to_contain_text(f"Saved: draft {draft_id}")
    expect(page.locator('[data-code="no_owner"]')).to_have_count(0)
    expect(page.get_by_label("Owner")).to_have_value("Design team")
    with unit_of_work(ctx.factory) as session:
        row = session.get(OkrDraft, draft_id)
        assert row is not None
        objective = row.okr_set["objectives"][0]
        assert objective["owner"] == "Design team"
        assert objective["key_results"][0]["target"] == 2
        assert all(f["code"] != "no_owner" for f in row.findings)


def test_accepting_into_a_busy_cycle_with_merge_keeps_one_of_each(
    page: Page, server: LiveServer, ctx: AppContext
) -> None:
    first = draft(ctx, night("Design"))
    second = draft(ctx, night("Design"), checkout_objective("Growth"))
    sign_in(page, new_key(ctx, "acme"))
    page.goto(f"/okrs/drafts/{first}")
    expect(page.locator("#late-warning")).to_contain_text(f"Only 0% of {CYCLE} is left")
    page.get_by_role("button", name=f"Accept into {CYCLE}").click()
    expect(page).to_have_url(re.compile(f"/cycles/{CYCLE}$"))
    expect(page.locator("section.objective")).to_have_count(1)

    page.goto(f"/okrs/drafts/{second}")
    choice = page.locator("#accept-choice")
    expect(choice).to_contain_text("already has 1 objective")
    page.screenshot(path=str(SCREENSHOTS / "throughline-accept-choice.png"), full_page=True)
    choice.get_by_role("radio", name=re.compile("Merge")).check()
    page.get_by_role("button", name=f"Accept into {CYCLE}").click()
    expect(page).to_have_url(re.compile(f"/cycles/{CYCLE}$"))
    expect(page.locator(".flash")).to_contain_text("merged into the plan")
    headings = page.locator("section.objective h2").all_inner_texts()
    assert len(headings) == 2 and max(Counter(headings).values()) == 1
    with unit_of_work(ctx.factory) as session:
        titles = list(session.scalars(select(ObjectiveRow.title)))
    assert sorted(titles) == sorted(headings)


@pytest.fixture
def phone(browser: Browser, server: LiveServer) -> Iterator[Page]:
    context = browser.new_context(base_url=server.url, viewport={"width": 390, "height": 844})
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def test_the_edit_forms_fit_a_phone(phone: Page, ctx: AppContext) -> None:
    draft_id = draft(ctx, checkout_objective("Growth"))
    sign_in(phone, new_key(ctx, "acme"))
    phone.goto(f"/okrs/drafts/{draft_id}")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.get_by_role("button", name=f"Accept into {CYCLE}").click()
    expect(phone).to_have_url(re.compile(f"/cycles/{CYCLE}$"))
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.locator("summary", has_text="Edit objective").click()
    phone.locator("summary", has_text="Edit").nth(1).click()
    expect(phone.get_by_role("button", name="Update objective")).to_be_visible()
    phone.screenshot(path=str(SCREENSHOTS / "throughline-cycle-editing-phone.png"), full_page=True)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
