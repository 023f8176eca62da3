"""The demo's clients quote as Gmail and Outlook do, and the agent reads past the quote."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agent.demo.people import ClientStyle, Person, compose, parse, plain_text, reply
from agent.message import parse_message
from agent.understanding.replies import classify_reply

NOW = datetime(2026, 11, 2, 9, 1, tzinfo=UTC)
AGENT = Person("Intro Agent", "intros@x.test")
ALICE = Person("Alice Example", "alice@x.test")


def question() -> bytes:
    msg = compose(
        AGENT,
        ALICE.header,
        "Would you like an introduction to Bob? [#abc123]",
        'Hello Alice,\n\nWould you like the introduction? Just reply "yes" or "no".\n',
        NOW,
        "x.test",
    )
    msg["Reply-To"] = "Intro Agent <intros+tok@x.test>"
    msg["References"] = "<first@x.test>"
    return msg.as_bytes()


def test_gmail_quotes_with_an_attribution_and_angle_brackets() -> None:
    original = parse(question())
    answer = reply(ALICE, original, "No thanks.", "gmail", NOW, "x.test")
    text = plain_text(answer)
    assert text.startswith("No thanks.\n\nOn Mon, 2 Nov 2026 at 09:01, Intro Agent")
    assert "> Would you like the introduction?" in text
    assert answer["To"] == "Intro Agent <intros+tok@x.test>"
    assert answer["Subject"] == "Re: Would you like an introduction to Bob? [#abc123]"
    assert answer["In-Reply-To"] == original["Message-ID"]
    assert answer["References"] == f"<first@x.test> {original['Message-ID']}"


def test_outlook_puts_a_rule_and_header_block_above_the_unquoted_original() -> None:
    answer = reply(ALICE, parse(question()), "Yes.", "outlook", NOW, "x.test")
    text = plain_text(answer)
    assert "\n________________________________\nFrom: Intro Agent <intros@x.test>\n" in text
    assert "Sent: Monday, November 2, 2026 9:01 AM" in text
    assert '\nWould you like the introduction? Just reply "yes" or "no".' in text


def test_a_reply_to_a_reply_keeps_one_re() -> None:
    first = reply(ALICE, parse(question()), "Hm?", "gmail", NOW, "x.test")
    second = reply(AGENT, first, "Yes or no?", "gmail", NOW, "x.test")
    assert second["Subject"] == first["Subject"]
    assert second["To"] == ALICE.header


@pytest.mark.parametrize(
    ("style", "words", "expected"),
    [("gmail", "Yes, I'd love that!", "yes"), ("outlook", "Sorry, no.", "no")],
)
def test_the_agent_reads_only_the_new_text(style: ClientStyle, words: str, expected: str) -> None:
    # The quoted question holds both "yes" and "no": only the new text may decide.
    answer = reply(ALICE, parse(question()), words, style, NOW, "x.test")
    verdict = classify_reply(parse_message(answer.as_bytes()))
    assert verdict.answer == expected
    assert verdict.text.strip() == words
