"""A JSON record or a table export reads as the message it holds, whatever the tool."""

from __future__ import annotations

import json

import pytest

from triage.envelope import extract_ask, learn_envelope
from triage.envelope_structured import structured_message

ASK = "please add a dark theme to the mobile app"


def _api_dump(ask: str) -> str:
    """A helpdesk API's conversation: the customer's message, an agent's private note, ids."""
    return json.dumps(
        {
            "id": "88120",
            "created_at": 1717000000,
            "state": "open",
            "source": {
                "kind": "email",
                "message_html": f"<p>Hi there,</p><p>{ask}</p>",
                "author": {"role": "user", "name": "Rosa Lind", "email": "rosa@example.org"},
            },
            "parts": [
                {"kind": "note", "body": "<p>VIP account, renewal next month.</p>"},
                {"kind": "comment", "body": "<p>Thanks, passed on to the team.</p>"},
            ],
            "custom": {"plan": "Team", "region": "EU"},
        },
        indent=2,
    )


def test_a_json_record_reads_as_its_message_field() -> None:
    assert extract_ask(_api_dump(ASK)) == ASK


def test_a_private_note_in_a_json_record_is_not_the_message() -> None:
    record = {
        "ticket": {
            "comments": [
                {"public": False, "body": "Customer is on the legacy plan, check billing first"},
                {"public": True, "body": ASK},
            ]
        }
    }
    assert structured_message(json.dumps(record)) == ASK


def test_a_json_record_without_message_keys_reads_as_its_wordiest_value() -> None:
    record = {"ref": "A-1", "who": "Rosa Lind", "said": ASK, "tier": "gold"}
    assert structured_message(json.dumps(record)) == ASK


def test_a_json_record_after_a_preamble_line_is_read() -> None:
    text = "Webhook payload received 2024-05-01 10:00\n" + json.dumps({"text": ASK, "id": 7})
    assert structured_message(text) == ASK


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_a_table_export_reads_as_its_message_column(delimiter: str) -> None:
    header = ["Ticket ID", "Created", "Requester", "Status", "Subject", "Description", "CSAT"]
    row = ["4411", "2024-05-01 10:00", "Rosa Lind", "open", "Feedback", ASK, "good"]
    text = "\n".join(delimiter.join(cells) for cells in (header, row))
    assert extract_ask(text) == ASK


def test_a_table_rows_free_text_broken_across_lines_is_joined_again() -> None:
    text = (
        "Id;Date;Customer;Channel;Comment;Score\n"
        f"12;2024-05-01;Rosa Lind;web;{ASK}.\nWe use it at night.;4"
    )
    assert structured_message(text) == f"{ASK}.\nWe use it at night."


def test_a_table_without_a_named_message_column_reads_as_its_wordiest_cell() -> None:
    text = f"Id\tDate\tWho\tSaid\tScore\n12\t2024-05-01\tRosa Lind\t{ASK}\t4"
    assert structured_message(text) == ASK


@pytest.mark.parametrize(
    "text",
    [
        ASK,
        "We need exports in CSV, XLSX, JSON, and XML, please",
        "Steps: open, click, wait, crash\nThen: reopen, click, wait, crash again",
        "{not json at all, just braces in a note}",
        '{"only": "ids", "n": 3}',
        "Name, Date, Amount, Notes\nthe columns of our report should be reorderable",
    ],
)
def test_prose_and_near_misses_are_no_export(text: str) -> None:
    assert structured_message(text) is None


def test_exports_are_learned_from_as_their_messages() -> None:
    """The learned envelope reads exports as their messages, so a tool's dump does not make
    its keys look like template lines that would hide an ask posted plainly."""
    asks = [f"{ASK} number {n}" for n in range(30)]
    envelope = learn_envelope([_api_dump(a) for a in asks] + asks)
    assert all(extract_ask(_api_dump(a), envelope) == a for a in asks[:5])
    assert extract_ask(asks[0], envelope) == asks[0]
