"""Portal test helpers: switch a workspace's portal on, read the page's CSRF value, sign a
host identity token the way a customer's product would."""

from __future__ import annotations

import re
import time
from typing import Any

from fastapi.testclient import TestClient

from service.portal.identity import sign

API = "/api/v1"


def open_portal(
    client: TestClient, auth: dict[str, str], anonymous: bool = False
) -> dict[str, Any]:
    answer = client.patch(
        f"{API}/portal-settings",
        json={"enabled": True, "allow_anonymous": anonymous},
        headers=auth,
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def csrf_of(client: TestClient, workspace: str) -> dict[str, str]:
    page = client.get(f"/portal/{workspace}")
    assert page.status_code == 200, page.text
    match = re.search(r'data-csrf="([^"]+)"', page.text)
    assert match is not None
    return {"X-Portal-Csrf": match.group(1)}


def host_token(secret: str, email: str, **claims: Any) -> str:
    payload = {"email": email, "exp": int(time.time()) + 600, **claims}
    return sign(secret, payload)
