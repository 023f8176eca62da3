"""Tests of rules/authenticated_sender.py: only the topmost trusted header counts."""

from __future__ import annotations

from agent.message import Address, ParsedMessage
from rules.authenticated_sender import (
    AuthenticatedSender,
    aligned,
    parse_auth_results,
    trusted_results,
)

MX = "mx.example.test"


def message(sender: str, *auth_results: str) -> ParsedMessage:
    return ParsedMessage(
        message_id="<m@x>",
        in_reply_to=(),
        references=(),
        subject="",
        date=None,
        from_=(Address("", sender),),
        to=(),
        cc=(),
        reply_to=(),
        headers={"authentication-results": auth_results} if auth_results else {},
        content_type="text/plain",
        text="",
        html=None,
    )


def test_parse_with_comments_and_properties() -> None:
    parsed = parse_auth_results(
        "mx.example.test (Postfix 3.7);\r\n dkim=pass (2048-bit key) header.d=corp.com "
        'header.s=s1; spf=fail (sender IP is 1.2.3.4) smtp.mailfrom="x@evil.test"; dmarc=none'
    )
    assert parsed is not None and parsed.authserv_id == MX
    assert [(r.method, r.result) for r in parsed.results] == [
        ("dkim", "pass"),
        ("spf", "fail"),
        ("dmarc", "none"),
    ]
    assert parsed.results[0].properties == {"header.d": "corp.com", "header.s": "s1"}
    assert parsed.results[1].properties["smtp.mailfrom"] == "x@evil.test"
    assert parse_auth_results("  ") is None


def test_dmarc_pass_authenticates() -> None:
    rule = AuthenticatedSender(MX)
    assert rule.check(message("ann@corp.com", f"{MX}; dmarc=pass header.from=corp.com"))
    assert not rule.check(message("ann@corp.com", f"{MX}; dmarc=fail header.from=corp.com"))


def test_aligned_dkim_or_spf_authenticates() -> None:
    rule = AuthenticatedSender(MX)
    assert rule.check(message("ann@corp.com", f"{MX}; dkim=pass header.d=mail.corp.com"))
    assert rule.check(message("ann@corp.com", f"{MX}; spf=pass smtp.mailfrom=bounce@corp.com"))
    # Passing for someone else's domain says nothing about the From address.
    assert not rule.check(message("ann@corp.com", f"{MX}; dkim=pass header.d=evil.test"))
    assert not rule.check(message("ann@corp.com", f"{MX}; spf=pass smtp.mailfrom=x@evil.test"))


def test_forged_header_below_the_trusted_one_is_ignored() -> None:
    rule = AuthenticatedSender(MX)
    # The forger adds a passing header; the receiving server adds its own on top.
    assert not rule.check(
        message("ceo@corp.com", f"{MX}; dmarc=fail header.from=corp.com", f"{MX}; dmarc=pass")
    )
    # A passing header from another authserv-id is never trusted.
    assert not rule.check(message("ceo@corp.com", "mx.evil.test; dmarc=pass"))
    assert not rule.check(message("ceo@corp.com"))


def test_trusted_results_picks_topmost_match_case_insensitively() -> None:
    found = trusted_results(["other.test; dmarc=pass", "MX.Example.Test; spf=neutral"], MX)
    assert found is not None and found.results[0].result == "neutral"


def test_alignment() -> None:
    assert aligned("corp.com", "corp.com")
    assert aligned("corp.com", "eu.corp.com")
    assert not aligned("notcorp.com", "corp.com")
    assert not aligned("", "corp.com")
