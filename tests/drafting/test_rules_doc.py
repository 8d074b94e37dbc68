"""The project's rules page documents every finding code with the severity the critic gives it."""

from __future__ import annotations

import re
from pathlib import Path

from models.okr import SEVERITY, FindingCode

RULES = Path(__file__).resolve().parents[2] / "drafting" / "RULES.md"


def test_every_finding_code_is_documented_with_its_severity() -> None:
    rows = re.findall(r"^\| `(\w+)` \| (block|warn) \|", RULES.read_text(encoding="utf-8"), re.M)
    documented = dict(rows)
    assert set(documented) == {code.value for code in FindingCode}
    assert documented == {code.value: SEVERITY[code].value for code in FindingCode}
