"""Tests of rules/allowed_requester.py."""

from __future__ import annotations

import pytest

from agent.message import Address, ParsedMessage
from rules.allowed_requester import AllowedRequester, address_allowed

PATTERNS = ("*@example.test", "CEO@Example.com")


def message(*senders: Address) -> ParsedMessage:
    return ParsedMessage(
        message_id="<m@x>",
        in_reply_to=(),
        references=(),
        subject="",
        date=None,
        from_=senders,
        to=(),
        cc=(),
        reply_to=(),
        headers={},
        content_type="text/plain",
        text="",
        html=None,
    )


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("ann@example.test", True),
        ("ANN@EXAMPLE.TEST", True),
        ("ceo@example.com", True),
        ("cfo@example.com", False),
        ("ann@sub.example.test", False),
        ("ann@example.test.evil.com", False),
        ("example.test", False),
        ("@example.test", False),
        ("", False),
    ],
)
def test_address_allowed(address: str, allowed: bool) -> None:
    assert address_allowed(address, PATTERNS) is allowed


def test_rule_needs_exactly_one_allowed_sender() -> None:
    rule = AllowedRequester(PATTERNS)
    assert rule.check(message(Address("Ann", "ann@example.test")))
    assert not rule.check(message(Address("Eve", "eve@evil.test")))
    assert not rule.check(message())
    assert not rule.check(message(Address("Ann", "ann@example.test"), Address("", "x@y.z")))
    assert rule.name == "allowed-requester" and rule.reason
