"""The Auto-Submitted and X-Autoreply rules."""

from __future__ import annotations

import pytest

from rules.auto_submitted import AutoReplyHeader, AutoSubmitted
from tests.rules.robot_mail import PERSON, message


@pytest.mark.parametrize(
    "value",
    ["auto-replied", "auto-generated", "auto-notified", "Auto-Replied; owner=x@example.org"],
)
def test_any_value_but_no_is_a_program(value: str) -> None:
    assert AutoSubmitted().check(message(f"{PERSON}\nAuto-Submitted: {value}"))


@pytest.mark.parametrize(
    "headers", [PERSON, f"{PERSON}\nAuto-Submitted: no", f"{PERSON}\nAuto-Submitted: No "]
)
def test_no_or_absent_is_a_person(headers: str) -> None:
    assert not AutoSubmitted().check(message(headers))


@pytest.mark.parametrize(
    "header", ["X-Autoreply: yes", "X-Autorespond: vacation", "X-AutoReply: YES"]
)
def test_vacation_program_headers(header: str) -> None:
    assert AutoReplyHeader().check(message(f"{PERSON}\n{header}"))


def test_plain_mail_has_no_autoreply_header() -> None:
    assert not AutoReplyHeader().check(message(PERSON))


def test_rules_name_themselves() -> None:
    for rule in (AutoSubmitted(), AutoReplyHeader()):
        assert rule.name and rule.reason
