"""Structured exports: a tool's JSON record or a table row, read as the message it holds.

A helpdesk's API dump, a webhook payload or a spreadsheet export arrives as one item whose
text is mostly keys, ids and columns around the one field someone wrote. Parsing finds that
field whatever the tool, where line rules would have to know each tool's template:

* JSON (a whole text, or a record after a one-line preamble): the least nested message-like
  value (``body``, ``description``, ``message``, ``comment``…), the first written among equals,
  outside records marked private or internal; else the value with the most lowercase words.
* Log lines of ``key=value`` pairs (logfmt), each read as a JSON record.
* A delimited table (tab, ``|``, ``;`` or ``,``): a header row of short, distinct cells and
  rows of the same width; the message-like column, else the one with the most lowercase words.

Pure functions, no I/O.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from triage.envelope_rules import LOWER_WORD

__all__ = ["structured_message"]

# the field names tools give what a person wrote; a key may be namespaced ("body__message")
_MESSAGE_KEY = re.compile(
    r"(?:^|[_.\s-])(?:body|message|description|comment|content|text|feedback|review|question"
    r"|request|details|answer|enquiry|inquiry)(?:[_\s-]?(?:text|plain|body|html))?$",
    re.IGNORECASE,
)
_PRIVATE_FLAGS = (("public", False), ("private", True), ("internal", True), ("is_private", True))
_PRIVATE_KINDS = frozenset({"note", "internal_note", "private_note", "work_notes", "system"})
_MIN_WORDS = 2  # a value with fewer lowercase words is an id, a name or a status
_DELIMITERS = ("\t", "|", ";", ",")
_MIN_COLUMNS = 4  # fewer columns is a line of prose with a few commas
_HEADER_CELL_WORDS = 6
_LOGFMT_PAIR = re.compile(r'(?P<key>[A-Za-z_][\w.-]*)=(?P<value>"(?:[^"\\]|\\.)*"|[^\s"]*)')
_LOGFMT_COVER = 0.9  # share of a line's characters its pairs make up


def structured_message(text: str) -> str | None:
    """The message a JSON record or a table export holds, else ``None``.

    Args:
        text: One item's text.

    Returns:
        The message field's text (several rows' messages on lines of their own), or ``None``
        when ``text`` is no such export or holds no message.
    """
    stripped = text.strip()
    if not stripped:
        return None
    if (record := _json_record(stripped)) is not None:
        return _json_message(record)
    if (records := _logfmt_records(stripped.splitlines())) is not None:
        found = [message for record in records if (message := _json_message(record))]
        return "\n".join(found) or None
    return _table_message(stripped.splitlines())


def _json_record(text: str) -> Any:
    """The JSON value that makes up ``text``, after at most one preamble line; else None."""
    starts = [0]
    if "\n" in text and text[0] not in "{[":
        starts.append(text.index("\n") + 1)
    decoder = json.JSONDecoder()
    for start in starts:
        body = text[start:].lstrip()
        if not body or body[0] not in "{[":
            continue
        try:
            value, end = decoder.raw_decode(body)
        except ValueError:
            continue
        if isinstance(value, dict | list) and not body[end:].strip():
            return value
    return None


def _logfmt_records(lines: Sequence[str]) -> list[dict[str, str]] | None:
    """Log lines of ``key=value`` pairs (logfmt: ``ts=… level=info text="…"``), each a record;
    None unless every line is one."""
    records = []
    for line in (x.strip() for x in lines):
        if not line:
            continue
        pairs = list(_LOGFMT_PAIR.finditer(line))
        covered = sum(len(m[0]) for m in pairs)
        if len(pairs) < _MIN_COLUMNS or covered < _LOGFMT_COVER * len(line.replace(" ", "")):
            return None
        records.append({m["key"]: _unquoted(m["value"]) for m in pairs})
    return records or None


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def _strings(value: Any, key: str = "", depth: int = 0) -> Iterator[tuple[str, str, int]]:
    """Each string in ``value`` with its key and how deep it is nested, in the order written,
    skipping private records."""
    if isinstance(value, dict):
        kind = str(value.get("part_type") or value.get("type") or value.get("kind") or "").lower()
        if kind in _PRIVATE_KINDS or any(value.get(k) is v for k, v in _PRIVATE_FLAGS):
            return
        for k, v in value.items():
            yield from _strings(v, str(k), depth + 1)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key, depth + 1)
    elif isinstance(value, str):
        yield key, value, depth


def _json_message(record: Any) -> str | None:
    """The least nested message field, the first written among equals: a record's own message
    sits above the earlier messages it lists ("previous": [{"body": …}])."""
    values = [(k, v.strip(), depth) for k, v, depth in _strings(record) if v.strip()]
    messages = [
        (depth, value)
        for key, value, depth in values
        if _MESSAGE_KEY.search(key) and len(LOWER_WORD.findall(value)) >= _MIN_WORDS
    ]
    if messages:
        return min(messages, key=lambda found: found[0])[1]
    return _wordiest(v for _, v, _ in values)


def _wordiest(values: Iterator[str] | Sequence[str]) -> str | None:
    best = max(values, key=lambda v: len(LOWER_WORD.findall(v)), default=None)
    return best if best and len(LOWER_WORD.findall(best)) >= _MIN_WORDS else None


def _table_message(lines: Sequence[str]) -> str | None:
    """The message column of a header row and the rows under it."""
    for n, header_line in enumerate(lines[:3]):
        for delimiter in _DELIMITERS:
            if header_line.count(delimiter) < _MIN_COLUMNS - 1:
                continue
            header = _cells(header_line, delimiter)
            if not _is_header(header):
                continue
            rows = _rows(lines[n + 1 :], delimiter, len(header))
            if rows and _has_values(header, rows):
                return _column_message(header, rows)
    return None


def _cells(line: str, delimiter: str) -> list[str]:
    return [c.strip() for c in next(csv.reader([line], delimiter=delimiter), [])]


def _is_header(cells: Sequence[str]) -> bool:
    """Column names: enough of them, distinct, short and named, none a sentence or a value."""
    names = [c for c in cells if c]
    return (
        len(cells) >= _MIN_COLUMNS
        and len(names) >= len(cells) - 1
        and len({c.casefold() for c in names}) == len(names)
        and all(
            len(c.split()) <= _HEADER_CELL_WORDS and c[0].isalpha() and c[-1] not in ".!?"
            for c in names
        )
    )


def _has_values(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bool:
    """Whether the rows hold data under the names: a number or date in a column whose name has
    none (an id, a date, a score), as every export has and two lines of listed prose do not."""
    return any(
        any(c.isdigit() for c in cell) and not any(c.isdigit() for c in name)
        for row in rows
        for name, cell in zip(header, row, strict=True)
    )


def _rows(lines: Sequence[str], delimiter: str, width: int) -> list[list[str]]:
    """Rows of exactly ``width`` cells; a row whose free text broke across lines is joined
    again. Anything else under the header means it was no table."""
    rows: list[list[str]] = []
    pending: list[str] = []
    for line in lines:
        if not line.strip() and not pending:
            continue
        cells = _cells(line, delimiter) or [""]
        if pending:
            pending[-1] += "\n" + cells[0]
            pending.extend(cells[1:])
        else:
            pending = cells
        if len(pending) == width:
            rows.append(pending)
            pending = []
        elif len(pending) > width:
            return []
    return [] if pending else rows


def _column_message(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str | None:
    named = [i for i, name in enumerate(header) if _MESSAGE_KEY.search(name)]
    for i in named:
        found = [row[i].strip() for row in rows if len(LOWER_WORD.findall(row[i])) >= _MIN_WORDS]
        if found:
            return "\n".join(found)
    found = [m for row in rows if (m := _wordiest(row))]
    return "\n".join(found) or None
