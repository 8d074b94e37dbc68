"""Reading feedback files (CSV or JSONL) into validated items, row by row."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from models.schemas import FeedbackCreate
from service.core.errors import InvalidInput

COLUMNS = (
    "text",
    "source",
    "external_id",
    "requester",
    "requester_name",
    "account",
    "mrr",
    "created_at",
)


@dataclass
class RowError:
    line: int
    reason: str


def _clean(raw: dict[str, Any], default_source: str) -> dict[str, Any]:
    """Empty cells mean absent; unknown columns go to metadata rather than being lost."""
    row = {k: v for k, v in raw.items() if k is not None and v not in ("", None)}
    known = {k: row.pop(k) for k in COLUMNS if k in row}
    known.setdefault("source", default_source)
    if row:
        known["metadata"] = {k: v for k, v in row.items() if isinstance(k, str)}
    return known


def _mapped(raw: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    """Rename the file's columns to ours (mapping: our field -> file column); a file column
    named like one of our fields but mapped elsewhere keeps its value, as metadata."""
    by_column = {column: field for field, column in mapping.items()}
    renamed: dict[str, Any] = {}
    for key, value in raw.items():
        if key in by_column:
            renamed[by_column[key]] = value
        elif key in COLUMNS:
            renamed[f"file_{key}"] = value
        else:
            renamed[key] = value
    return renamed


def _parse(
    line: int, raw: Any, default_source: str, mapping: dict[str, str] | None = None
) -> FeedbackCreate | RowError:
    if not isinstance(raw, dict):
        return RowError(line, "not an object")
    if mapping:
        raw = _mapped(raw, mapping)
    try:
        return FeedbackCreate.model_validate(_clean(raw, default_source))
    except ValidationError as exc:
        reasons = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return RowError(line, reasons)


def read_rows(
    path: Path, default_source: str = "import", mapping: dict[str, str] | None = None
) -> Iterator[FeedbackCreate | RowError]:
    """Check the file up front (InvalidInput if unusable), then yield one item or error per row.

    `mapping` names the file's column for each of our fields (the browser upload lets a PM pick
    them); without it the columns must carry our names."""
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file", code="file_not_found")
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".tsv", ".jsonl", ".ndjson"):
        raise InvalidInput(f"{path}: use a .csv, .tsv or .jsonl file", code="unknown_format")
    if suffix in (".csv", ".tsv"):
        with path.open(newline="", encoding="utf-8-sig") as fh:
            header = next(csv.reader(fh, delimiter=_delimiter(suffix)), [])
        text_column = (mapping or {}).get("text", "text")
        if text_column not in header:
            raise InvalidInput(
                f"{path}: needs a {text_column!r} column (it has {', '.join(header) or 'none'};"
                " name another with --column text=COLUMN)",
                code="missing_text_column",
            )
        missing = sorted(c for f, c in (mapping or {}).items() if f != c and c not in header)
        if missing:
            raise InvalidInput(f"{path}: no column {missing[0]!r}", code="unknown_column")
        return _csv_rows(path, suffix, default_source, mapping)
    return _jsonl_rows(path, default_source, mapping)


def column_mapping(overrides: list[str]) -> dict[str, str] | None:
    """Our field -> the file's column, from `FIELD=COLUMN` overrides (the CLI's --column); a
    field not overridden keeps its own name, unless its column was given to another field.
    None without overrides: the file's columns carry our names."""
    chosen: dict[str, str] = {}
    for override in overrides:
        field, _, column = override.partition("=")
        field, column = field.strip(), column.strip()
        if field not in COLUMNS or not column:
            raise InvalidInput(
                f"--column {override!r}: use FIELD=COLUMN with FIELD one of {', '.join(COLUMNS)}",
                code="bad_column_mapping",
            )
        if field in chosen:
            raise InvalidInput(f"--column {field}=...: given twice", code="bad_column_mapping")
        chosen[field] = column
    if not chosen:
        return None
    taken = set(chosen.values())
    return {f: f for f in COLUMNS if f not in chosen and f not in taken} | chosen


def _delimiter(suffix: str) -> str:
    return "\t" if suffix == ".tsv" else ","


def _csv_rows(
    path: Path, suffix: str, default_source: str, mapping: dict[str, str] | None = None
) -> Iterator[FeedbackCreate | RowError]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh, delimiter=_delimiter(suffix))
        for raw in reader:
            yield _parse(reader.line_num, raw, default_source, mapping)


def _jsonl_rows(
    path: Path, default_source: str, mapping: dict[str, str] | None = None
) -> Iterator[FeedbackCreate | RowError]:
    with path.open(encoding="utf-8-sig") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                yield RowError(number, f"invalid JSON: {exc.msg}")
                continue
            yield _parse(number, raw, default_source, mapping)


def count_rows(path: Path) -> int:
    """A cheap upper bound for the progress bar."""
    with path.open("rb") as fh:
        lines = sum(1 for _ in fh)
    return max(lines - (1 if path.suffix.lower() in (".csv", ".tsv") else 0), 0)
