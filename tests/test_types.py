"""All four packages type-check (mypy with the pydantic plugin), as CONVENTIONS.md asks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_all_four_packages_type_check() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "models", "triage", "drafting", "service"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
