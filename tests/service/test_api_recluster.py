"""Re-clustering through the API runs as a background job with visible progress."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

THEMES = {
    "dark": [
        "Please add a dark mode",
        "Dark theme for the app",
        "Night mode would be great",
        "Can we get a dark colour scheme",
        "The app needs a dark mode",
    ],
    "csv": [
        "Export reports to CSV",
        "Let me download a CSV export",
        "CSV export of the table",
        "I want to export my data as CSV",
        "Add an export to CSV button",
    ],
}


def test_recluster_job_reports_progress_and_merges_fragments(client: TestClient, auth) -> None:  # type: ignore[no-untyped-def]
    items = [{"text": t} for texts in THEMES.values() for t in texts]
    client.post("/api/v1/feedback/bulk", json={"items": items}, headers=auth).raise_for_status()
    before = client.get("/api/v1/ideas", headers=auth).json()["total"]

    started = client.post("/api/v1/ideas:recluster", headers=auth)
    assert started.status_code == 202 and started.json()["status"] in ("queued", "running", "done")
    job_url = f"/api/v1/jobs/{started.json()['id']}"
    for _ in range(300):
        job = client.get(job_url, headers=auth).json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert job["status"] == "done", job
    assert job["progress"] == 1.0 and job["result"]["items"] == 10
    ideas = client.get("/api/v1/ideas", headers=auth).json()
    assert ideas["total"] == job["result"]["ideas"] <= before
    assert client.get("/api/v1/jobs/999999", headers=auth).status_code == 404
