"""Signing in to the web pages with a TestClient, and the CSRF token their forms carry."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def sign_in(client: TestClient, key: str, next_path: str = "/ideas") -> object:
    form = client.get("/sign-in", params={"next": next_path})
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert token, form.text
    return client.post(
        "/sign-in",
        data={"api_key": key, "csrf_token": token.group(1), "next": next_path},
        follow_redirects=False,
    )


def csrf(client: TestClient) -> str:
    page = client.get("/ideas")
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, page.text
    return match.group(1)
