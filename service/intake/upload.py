"""Browser upload of a CSV/TSV/JSONL file: kept under the data folder between the steps, a
preview of its first rows with a guess at which column is which, and the import itself as a
background job that reports progress (rows go through file_import and the ingest path)."""

from __future__ import annotations

import csv
import json
import re
import secrets
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from models.db import unit_of_work
from models.schemas import FeedbackCreate
from models.tables import Workspace
from service.core.errors import InvalidInput, NotFound
from service.core.jobs import Progress
from service.feedback import asks
from service.feedback.file_import import COLUMNS, RowError, count_rows, read_rows
from service.feedback.ingest import Ingestor

SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")
PREVIEW_ROWS = 5
CHUNK = 128  # items per transaction, and per progress step
MAX_ERRORS_KEPT = 50
KEEP_UPLOAD_SECONDS = 24 * 3600
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
# Column names teams' exports use for each of our fields, in order of preference.
GUESSES: dict[str, tuple[str, ...]] = {
    "text": ("text", "feedback", "comment", "body", "message", "description", "request"),
    "external_id": ("external_id", "id", "ticket_id", "ticket", "message_id"),
    "requester": ("requester", "email", "user_email", "customer_email", "user"),
    "requester_name": ("requester_name", "name", "customer", "customer_name"),
    "account": ("account", "company", "organization", "organisation", "org"),
    "mrr": ("mrr", "revenue", "arr_monthly", "monthly_spend"),
    "created_at": ("created_at", "date", "created", "timestamp", "time"),
    "source": ("source", "channel"),
}


@dataclass(frozen=True)
class Preview:
    columns: list[str]
    rows: list[dict[str, str]]
    total: int
    guess: dict[str, str]


def upload_dir(data_dir: Path, workspace_id: int) -> Path:
    return data_dir / "uploads" / str(workspace_id)


def save_upload(data_dir: Path, workspace_id: int, filename: str, data: bytes) -> str:
    """Keep an uploaded file for the next steps; the token names it (and only in this
    workspace's folder, so one workspace cannot reach another's file)."""
    suffix = Path(filename or "").suffix.lower()
    if suffix not in SUFFIXES:
        raise InvalidInput("Choose a .csv, .tsv or .jsonl file.", code="unknown_format")
    if not data.strip():
        raise InvalidInput("The file is empty.", code="empty_file")
    folder = upload_dir(data_dir, workspace_id)
    folder.mkdir(parents=True, exist_ok=True)
    _forget_old(folder)
    token = secrets.token_urlsafe(18)
    (folder / f"{token}{suffix}").write_bytes(data)
    return token


def _forget_old(folder: Path) -> None:
    """Files never imported (the PM closed the tab) do not pile up."""
    cutoff = time.time() - KEEP_UPLOAD_SECONDS
    for path in folder.iterdir():
        if path.is_file() and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def find_upload(data_dir: Path, workspace_id: int, token: str) -> Path:
    if _TOKEN.match(token):
        for suffix in SUFFIXES:
            path = upload_dir(data_dir, workspace_id) / f"{token}{suffix}"
            if path.is_file():
                return path
    raise NotFound("That upload is gone; please choose the file again.", code="upload_not_found")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def preview(path: Path) -> Preview:
    """The file's columns, its first rows as text, its row count and a guessed mapping."""
    rows: list[dict[str, str]] = []
    columns: list[str] = []
    try:
        if path.suffix in (".csv", ".tsv"):
            with path.open(newline="", encoding="utf-8-sig") as fh:
                reader = csv.DictReader(fh, delimiter="\t" if path.suffix == ".tsv" else ",")
                columns = [c for c in reader.fieldnames or [] if c]
                for raw in reader:
                    rows.append({c: _cell(raw.get(c)) for c in columns})
                    if len(rows) >= PREVIEW_ROWS:
                        break
        else:
            with path.open(encoding="utf-8-sig") as fh:
                for line in fh:
                    if not line.strip():
                        continue
                    raw = json.loads(line)
                    if isinstance(raw, dict):
                        columns += [k for k in raw if k not in columns]
                        rows.append({k: _cell(v) for k, v in raw.items()})
                    if len(rows) >= PREVIEW_ROWS:
                        break
    except (UnicodeDecodeError, ValueError, csv.Error) as exc:
        raise InvalidInput(f"The file cannot be read: {exc}", code="unreadable_file") from None
    if not columns:
        raise InvalidInput("The file has no columns to import.", code="no_columns")
    return Preview(columns, rows, count_rows(path), guess_mapping(columns))


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """Our field -> the file column that most likely holds it (none: left out)."""
    lowered = {c.strip().casefold(): c for c in columns}
    guess: dict[str, str] = {}
    for field, names in GUESSES.items():
        for name in names:
            column = lowered.get(name)
            if column is not None and column not in guess.values():
                guess[field] = column
                break
    return guess


def check_mapping(columns: list[str], mapping: dict[str, str]) -> dict[str, str]:
    """Only our fields, only the file's columns, each column once, and text chosen."""
    chosen = {f: c for f, c in mapping.items() if f in COLUMNS and c}
    unknown = [c for c in chosen.values() if c not in columns]
    if unknown:
        raise InvalidInput(f"The file has no column {unknown[0]!r}.", code="unknown_column")
    if "text" not in chosen:
        raise InvalidInput("Choose the column that holds the feedback text.", code="no_text")
    twice = [c for c, n in Counter(chosen.values()).items() if n > 1]
    if twice:
        raise InvalidInput(f"Column {twice[0]!r} is chosen twice.", code="column_twice")
    return chosen


def import_upload(
    factory: sessionmaker[Session],
    ingestor: Ingestor,
    workspace: Workspace,
    path: Path,
    mapping: dict[str, str],
    source: str,
    progress: Progress,
) -> dict[str, Any]:
    """Import the file in chunks through the ingest path; the summary goes on the job row."""
    total = max(count_rows(path), 1)
    with unit_of_work(factory) as session:  # learn the file's templates first, as the CLI does
        texts = [r.text for r in read_rows(path, source, mapping) if not isinstance(r, RowError)]
        asks.relearn(session, workspace.id, ingestor.registry.embedder, texts)
    decisions: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    chunk: list[FeedbackCreate] = []
    done = 0
    progress("importing", 0.0)
    for row in read_rows(path, source, mapping):
        done += 1
        if isinstance(row, RowError):
            if len(errors) < MAX_ERRORS_KEPT:
                errors.append({"line": row.line, "reason": row.reason})
            continue
        chunk.append(row)
        if len(chunk) >= CHUNK:
            _flush(factory, ingestor, workspace, chunk, decisions)
            progress("importing", done / total)
    if chunk:
        _flush(factory, ingestor, workspace, chunk, decisions)
    path.unlink(missing_ok=True)
    return {
        "rows": done,
        "imported": sum(decisions.values()),
        "decisions": dict(decisions),
        "errors": errors,
        "error_count": done - sum(decisions.values()),
    }


def _flush(
    factory: sessionmaker[Session],
    ingestor: Ingestor,
    workspace: Workspace,
    chunk: list[FeedbackCreate],
    decisions: Counter[str],
) -> None:
    for result in ingestor.ingest(factory, workspace, chunk):
        decisions["already_imported" if result.duplicate_request else result.decision] += 1
    chunk.clear()
