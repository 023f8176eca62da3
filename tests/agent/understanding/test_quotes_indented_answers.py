"""Answers typed inside a quote that the client indents instead of marking with ">": a
line at the margin right under the agent's own opt-in question, where the quoted lines
around it keep their indent, is the writer's, and answers the question. The quoted
question itself ("Just reply "yes" or "no"", "... say yes") is never an answer, and a
line that keeps the quote's indent, or a question at the margin, is no answer either."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.quotes import extract_new_text
from agent.understanding.replies import classify_reply

_QUESTION = 'Would you like the introduction? Just reply "yes" or "no".'


def _body(answer: str, indent: str = "    ", *, question: str = _QUESTION) -> str:
    quoted = [
        "Hello Tomasz,",
        "",
        "Ines Caldeira would like to introduce you to Ruth Mbeki.",
        "",
        "Why: Ruth runs a bakery co-op and is looking for a flour supplier.",
        "",
    ]
    tail = [
        "",
        "Nothing is shared before both of you say yes: Ruth Mbeki does not have your",
        "address, and will not learn your answer if you decline.",
        "",
        "Intro Agent, on behalf of Ines Caldeira",
    ]
    lines = [
        "On Tue, 2 Dec 2025 at 10:05, Intro Agent <intro@example.org> wrote:",
        *(f"{indent}{line}" if line else "" for line in quoted),
        f"{indent}{question}",
        *answer.split("\n"),
        *(f"{indent}{line}" if line else "" for line in tail),
    ]
    return "\n".join(lines)


def _mail(body: str) -> ParsedMessage:
    head = (
        "From: Tomasz Wrona <tomasz@example.com>\nTo: intro@example.org\n"
        "Subject: Re: Would you like an introduction to Ruth Mbeki? [#7c1]\n"
        "Message-ID: <t1@example.com>\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
    )
    return parse_message(f"{head}\n{body}\n".replace("\n", "\r\n").encode())


@pytest.mark.parametrize(
    ("answer", "indent", "expected"),
    [
        ("Yes", "    ", "yes"),
        ("Yes please, go ahead.", "\t", "yes"),
        ("\nSure, happy to talk to her.", "  ", "yes"),
        ("Oui, avec plaisir.", "    ", "yes"),
        ("Sí, adelante.", "    ", "yes"),
        ("Ja, gerne.", "\t", "yes"),
        ("Sim, pode apresentar.", "    ", "yes"),
        ("Ndiyo, karibu.", "    ", "yes"),
        ("No thanks.", "    ", "no"),
        ("Nein, danke.", "\t", "no"),
        # What the writer typed under the first answer is read with it.
        ("Yes\n\nActually no - not this month, sorry.", "    ", "no"),
    ],
)
def test_an_answer_at_the_margin_under_the_indented_question_is_read(
    answer: str, indent: str, expected: str
) -> None:
    assert classify_reply(_mail(_body(answer, indent))).answer == expected


@pytest.mark.parametrize(
    "body",
    [
        # Nothing typed: the quoted question's own "yes" and "say yes" answer nothing.
        _body(""),
        # The answer keeps the quote's indent: it cannot be told from the quote.
        _body("    Yes"),
        # Typed at the end of the quoted question's own line: no whole question line.
        _body("", question=f"{_QUESTION} Yes"),
    ],
)
def test_nothing_at_the_margin_is_no_answer(body: str) -> None:
    assert classify_reply(_mail(body)).answer == "unclear"
    assert extract_new_text(body, inline=True) == ""


def test_a_question_at_the_margin_opens_no_indented_quote() -> None:
    # An unmarked quote with no indent (no note above it either): nothing tells the
    # writer's lines from the quote's, so nothing under the question is read.
    body = _body("Yes", indent="")
    assert extract_new_text(body, inline=True) == ""
    assert classify_reply(_mail(body)).answer == "unclear"


def test_the_indented_answer_follows_the_text_written_above_the_quote() -> None:
    body = "Thanks Ines!\n\n" + _body("Yes, go ahead.")
    assert extract_new_text(body, inline=True) == "Thanks Ines!\n\nYes, go ahead."
