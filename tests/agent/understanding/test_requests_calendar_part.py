"""An invitation sent by a calendar carries its event as a part beside its text ("text/
calendar" in a multipart/alternative, as Outlook sends it, or "application/ics"): a
meeting set up between those it names, not an intro asked for, whatever the text says
and whoever the To header holds. A mail with only text parts is read as before."""

from __future__ import annotations

import pytest

from agent.message import parse_message
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"

_HEAD = (
    "From: Sophie Latham <slatham@chambers.example>\n"
    "To: Oliver Grant <o.grant@chambers.example>, Jasmine Kaur <jkaur@law.example>,"
    " intro@introbot.net\n"
    "Subject: Conference: Miss Kaur / Mr Grant\n"
    "Date: Mon, 17 Nov 2025 15:48:36 +0000\n"
    "Message-ID: <cal1@chambers.example>\n"
    "MIME-Version: 1.0\n"
    'Content-Type: multipart/alternative; boundary="b1"\n\n'
)
_TEXT = (
    "--b1\nContent-Type: text/plain; charset=us-ascii\n\n"
    "Jasmine, please meet Oliver Grant (o.grant@chambers.example), counsel on Whitcombe.\n"
    "Oliver, Jasmine Kaur (jkaur@law.example) is the instructing solicitor.\n\n"
)
_EVENT = (
    "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
    "ORGANIZER;CN=Sophie Latham:mailto:slatham@chambers.example\n"
    "SUMMARY:Conference\nDTSTART:20251125T143000Z\nEND:VEVENT\nEND:VCALENDAR\n"
)


@pytest.mark.parametrize(
    "part",
    [
        'Content-Type: text/calendar; charset="utf-8"; method=REQUEST\n\n',
        "Content-Type: application/ics\n\n",
    ],
)
def test_a_mail_carrying_a_calendar_event_is_no_request(part: str) -> None:
    raw = _HEAD + _TEXT + "--b1\n" + part + _EVENT + "\n--b1--\n"
    message = parse_message(raw.encode())
    assert any(t in ("text/calendar", "application/ics") for t in message.part_types)
    assert understand_request(message, AGENT).kind == "not_a_request"


def test_the_same_text_without_an_event_is_read_as_before() -> None:
    raw = _HEAD + _TEXT + "--b1--\n"
    message = parse_message(raw.encode())
    assert message.part_types == ("text/plain",)
    assert understand_request(message, AGENT).kind == "intro_request"
