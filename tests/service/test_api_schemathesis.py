"""Every operation of the OpenAPI document, fed generated input by schemathesis through a
real server: never a 5xx, and only the statuses the document declares (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import status_code_conformance

from service.context import AppContext
from tests.conftest import make_key
from tests.support.live_server import LiveServer

pytestmark = pytest.mark.slow

# Examples per operation and mode: valid input, then input that breaks the schema. The whole
# document (60-odd operations) takes about half a minute.
EXAMPLES = {GenerationMode.POSITIVE: 4, GenerationMode.NEGATIVE: 3}


@pytest.fixture
def live(context: AppContext) -> Iterator[tuple[str, str]]:
    key = make_key(context, "acme")
    with LiveServer(context) as server:
        yield server.url, key


def failures_of(operation: Any, mode: GenerationMode, call: dict[str, Any]) -> list[str]:
    """Run generated cases of one operation; what schemathesis' two checks object to."""
    found: list[str] = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES[mode],
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def run(case: Any) -> None:
        try:
            case.call_and_validate(checks=[not_a_server_error, status_code_conformance], **call)
        except (AssertionError, BaseExceptionGroup) as exc:  # how schemathesis reports checks
            found.append(f"{operation.label} ({mode}): {str(exc)[:600]}")

    try:
        run()
    except Unsatisfiable:  # nothing about the operation can be made invalid (no input)
        pass
    return found


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_generated_requests_get_documented_answers(live: tuple[str, str]) -> None:
    url, key = live
    schema = schemathesis.openapi.from_url(f"{url}/openapi.json")
    call = {
        "base_url": url,
        "session": requests.Session(),  # one keep-alive connection for every case
        "headers": {"Authorization": f"Bearer {key}"},
    }
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 50
    for operation in operations:
        if operation.method.upper() == "DELETE" and "/keys/" in operation.path:
            continue  # it could revoke the key the rest of the run signs in with
        for mode in EXAMPLES:
            failures += failures_of(operation, mode, call)
    assert failures == []
