"""OKRs from feedback: read key results, and critique OKRs against drafting/RULES.md."""

from drafting.critic import lint_key_result, lint_objective, lint_set, lint_text
from drafting.krtext import parse_key_result

__all__ = ["lint_key_result", "lint_objective", "lint_set", "lint_text", "parse_key_result"]
