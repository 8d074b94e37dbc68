"""The OKR pages in a real browser: draft from demand, follow an evidence link, accept the
draft into its cycle, check in on a KR and see its score, chart and the database agree."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from models.db import unit_of_work
from models.okr_tables import CheckIn, KeyResultRevision, KeyResultRow, OkrDraft
from service.context import AppContext
from service.okrs.checkins import today_utc
from tests.support.live_server import SCREENSHOTS, LiveServer, new_key, sign_in
from tests.support.stored_sample import store_sample

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TODAY = today_utc()
CYCLE = f"{TODAY.year}-Q{(TODAY.month - 1) // 3 + 1}"  # the current quarter: check-ins today fit


def first_kr(ctx: AppContext) -> tuple[int, float, float]:
    """The first KR of the cycle: its id, baseline and target (its current revision)."""
    with unit_of_work(ctx.factory) as session:
        kr = session.scalars(select(KeyResultRow).order_by(KeyResultRow.id)).first()
        assert kr is not None
        revision = session.scalars(
            select(KeyResultRevision).where(KeyResultRevision.key_result_id == kr.id)
        ).first()
        assert revision is not None
        baseline, target = revision.key_result["baseline"], revision.key_result["target"]
        return kr.id, float(baseline), float(target)


def test_draft_accept_and_check_in(page: Page, server: LiveServer, ctx: AppContext) -> None:
    store_sample(ctx.factory, "acme", n=400)
    sign_in(page, new_key(ctx, "acme"))

    page.get_by_role("link", name="OKRs").click()
    expect(page).to_have_url(re.compile(r"/okrs$"))
    page.get_by_role("textbox", name="Cycle").fill(CYCLE)
    page.get_by_role("textbox", name="Goals").fill("Win mid-market accounts")
    page.get_by_role("button", name="Draft", exact=True).click()
    expect(page).to_have_url(re.compile(r"/okrs/drafts/\d+$"))
    expect(page.locator("#verdict")).to_have_text("passes the critic")
    draft_id = int(page.url.rsplit("/", 1)[1])
    with unit_of_work(ctx.factory) as session:
        draft = session.get(OkrDraft, draft_id)
        assert draft is not None and draft.passed and draft.goals == ["Win mid-market accounts"]
        objectives = draft.okr_set["objectives"]
    expect(page.locator("section.objective")).to_have_count(len(objectives))
    page.screenshot(path=str(SCREENSHOTS / "throughline-draft.png"), full_page=True)

    evidence = page.locator(".evidence a").first
    title = evidence.inner_text().split(" ", 1)[1]
    evidence.click()
    expect(page.locator("#idea-title")).to_contain_text(title)
    page.go_back()

    page.get_by_role("button", name=f"Accept into {CYCLE}").click()
    expect(page).to_have_url(re.compile(f"/cycles/{CYCLE}$"))
    expect(page.locator(".flash")).to_contain_text(f"now the plan for {CYCLE}")
    expect(page.locator("section.objective")).to_have_count(len(objectives))

    # Check in halfway from baseline to target, today, with confidence 7.
    kr_id, baseline, target = first_kr(ctx)
    halfway = baseline + (target - baseline) / 2
    row = page.locator(f"#kr-{kr_id}")
    row.get_by_text("Check in").click()
    row.get_by_label("Value").fill(f"{halfway:g}")
    row.get_by_label("Confidence").fill("7")
    row.get_by_label("Note").fill("halfway there")
    row.get_by_role("button", name="Save").click()
    expect(page.locator(".flash")).to_contain_text(f"Checked in {halfway:g} on KR {kr_id}")
    row = page.locator(f"#kr-{kr_id}")
    expect(row.locator("[data-figure=score]")).to_have_text("0.50")
    expect(row.locator("circle.checkin")).to_have_count(1)
    expect(row).not_to_have_class(re.compile("is-stale"))
    page.screenshot(path=str(SCREENSHOTS / "throughline-cycle.png"), full_page=True)

    with unit_of_work(ctx.factory) as session:
        mine = (CheckIn.key_result_id == kr_id, CheckIn.note == "halfway there")
        stored = session.scalars(select(CheckIn).where(*mine)).one()  # a bound KR has others
        typed = float(f"{halfway:g}")  # the form holds what was typed, not the unrounded float
        assert (stored.value, stored.confidence, stored.note) == (typed, 7.0, "halfway there")
        assert stored.checked_on == TODAY
