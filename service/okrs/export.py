"""A cycle as Markdown (for a doc or a wiki) and CSV (one row per KR, for spreadsheets)."""

from __future__ import annotations

import csv
import io
from enum import StrEnum

from models.cycles import CycleView

CSV_FIELDS = [
    "cycle",
    "objective_id",
    "objective",
    "owner",
    "parent_id",
    "objective_score",
    "key_result_id",
    "key_result",
    "scoring",
    "weight",
    "revision",
    "baseline",
    "target",
    "current",
    "score",
    "confidence",
    "last_checked_on",
    "stale",
    "source",
]


class ExportFormat(StrEnum):
    md = "md"
    csv = "csv"


def _num(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:g}"


def _bar(score: float | None, width: int = 10) -> str:
    if score is None:
        return "·" * width
    filled = round(score * width)
    return "█" * filled + "░" * (width - filled)


def to_markdown(view: CycleView) -> str:
    """Headline score and grade, the notes, then each objective with a table of its KRs."""
    lines = [
        f"# OKRs {view.cycle} ({view.starts_on} – {view.ends_on})",
        "",
        f"As of {view.as_of}: score **{_num(view.score)}** ({view.grade}).",
        "",
    ]
    lines += [f"- {note}" for note in view.notes]
    titles = {o.objective_id: o.title for o in view.objectives}
    for objective in view.objectives:
        lines += ["", f"## {objective.title}", ""]
        meta = [f"Owner: {objective.owner or 'nobody yet'}"]
        if objective.parent_id is not None:
            meta.append(f"supports: {titles.get(objective.parent_id, f'#{objective.parent_id}')}")
        meta.append(f"score {_num(objective.score)} `{_bar(objective.score)}`")
        lines += [" · ".join(meta), ""]
        lines += [
            "| key result | scoring | baseline | target | current | score | confidence "
            "| last check-in |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for kr in objective.key_results:
            text = kr.text.replace("|", "\\|")
            last = str(kr.last_checked_on or "never") + (" (stale)" if kr.stale else "")
            revised = f" (rev. {kr.revision})" if kr.revision > 1 else ""
            lines.append(
                f"| {text}{revised} | {kr.scoring} | {_num(kr.baseline)} | {_num(kr.target)} "
                f"| {_num(kr.current)} | {_num(kr.score)} | {_num(kr.confidence)} | {last} |"
            )
    return "\n".join(lines) + "\n"


def to_csv(view: CycleView) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for objective in view.objectives:
        for kr in objective.key_results:
            writer.writerow(
                {
                    "cycle": view.cycle,
                    "objective_id": objective.objective_id,
                    "objective": objective.title,
                    "owner": objective.owner or "",
                    "parent_id": objective.parent_id or "",
                    "objective_score": "" if objective.score is None else objective.score,
                    "key_result_id": kr.key_result_id,
                    "key_result": kr.text,
                    "scoring": kr.scoring,
                    "weight": kr.weight,
                    "revision": kr.revision,
                    "baseline": "" if kr.baseline is None else kr.baseline,
                    "target": "" if kr.target is None else kr.target,
                    "current": "" if kr.current is None else kr.current,
                    "score": "" if kr.score is None else kr.score,
                    "confidence": "" if kr.confidence is None else kr.confidence,
                    "last_checked_on": kr.last_checked_on or "",
                    "stale": kr.stale,
                    "source": kr.source or "",
                }
            )
    return out.getvalue()


def export(view: CycleView, fmt: ExportFormat) -> str:
    return to_markdown(view) if fmt == ExportFormat.md else to_csv(view)
