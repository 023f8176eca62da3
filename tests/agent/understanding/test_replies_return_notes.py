"""A yes beside the writer's own note on their return: leave with the times inside its
words ("Ich bin allerdings ab Montag eine Woche im Urlaub und erst ab dem 24.11. wieder
im Büro"), the reply to the other with the return between the verb and its object ("ich
melde mich dann nach meiner Rückkehr bei ihm"), and a notice's return wording beside a
go-ahead no robot writes, which is the person's, not a robot's."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply, classify_text


def _reply(body: str) -> ParsedMessage:
    head = (
        "From: Stefanie Wagner <s.wagner@example.com>\r\nTo: intro@example.org\r\n"
        "Subject: Re: Möchten Sie Lars Becker kennenlernen?\r\nMessage-ID: <r1@example.com>\r\n"
    )
    return parse_message(f"{head}\r\n{body}".replace("\r\n", "\n").replace("\n", "\r\n").encode())


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Ja, gerne. Ich bin allerdings ab Montag eine Woche im Urlaub und ab dem 24.11. "
            "wieder erreichbar.",
            "yes",
        ),
        ("Ja, gerne. Ich bin allerdings im Urlaub und danach wieder im Büro.", "yes"),
        ("Ja, gerne. Ich melde mich dann nach meiner Rückkehr bei ihm.", "yes"),
        (
            "Ja, gerne. Er kann mir aber gerne schon vorher schreiben, ich melde mich dann nach "
            "meiner Rückkehr bei ihm.",
            "yes",
        ),
        # A German "aber" inside the clause it turns, among the reach's own words.
        ("Klar, gerne. Ich bin im Urlaub, Handy ist aber immer an.", "yes"),
        # Near-misses: a condition, a decision put off, the reader replied to, a doubt.
        ("Klar, gerne. Ich bin im Urlaub, Handy ist aber nicht immer an.", "unclear"),
        (
            "Klar, gerne. Ich bin im Urlaub, Handy ist aber immer an, falls er seriös ist.",
            "unclear",
        ),
        ("Klar, warum nicht? Wer ist er? Ich bin im Urlaub, Handy ist aber immer an.", "unclear"),
        (
            "Ja, gerne. Ich bin allerdings ab Montag eine Woche im Urlaub, wenn er kein "
            "Recruiter ist.",
            "unclear",
        ),
        (
            "Ja, gerne. Ich bin allerdings ab Montag eine Woche im Urlaub und danach nicht "
            "erreichbar.",
            "unclear",
        ),
        (
            "Ja, gerne. Ich melde mich dann nach meiner Rückkehr bei ihm, wenn er kein "
            "Recruiter ist.",
            "unclear",
        ),
        ("Ja, gerne. Ich melde mich nach meiner Rückkehr bei ihm und entscheide dann.", "unclear"),
        ("Ja, gerne. Ich melde mich dann nach meiner Rückkehr bei Ihnen.", "unclear"),
        ("Ja. Vielleicht, ich melde mich dann nach meiner Rückkehr bei ihm.", "unclear"),
        ("Ja, gerne. Ich melde mich nach meiner Rückkehr bei ihm, falls ich Zeit habe.", "unclear"),
        ("Sure, I'll reply to him when I'm back.", "unclear"),
    ],
)
def test_return_notes_beside_a_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Hallo,\n\nja, gerne - bitte stellen Sie den Kontakt her.\n\nIch bin allerdings ab "
            "Montag im Urlaub. Herr Becker kann mir aber gerne schon vorher schreiben, ich "
            "melde mich dann nach meiner Rückkehr bei ihm.\n\nStefanie",
            "yes",
        ),
        # A notice's wording with no go-ahead, or beside robot wording no person writes.
        (
            "Vielen Dank für Ihre Nachricht. Ich bin bis zum 24.11. nicht erreichbar. Nach "
            "meiner Rückkehr melde ich mich gerne bei Ihnen.",
            "auto_reply",
        ),
        (
            "Dies ist eine automatische Antwort. Bitte stellen Sie den Kontakt her. Nach meiner "
            "Rückkehr melde ich mich.",
            "auto_reply",
        ),
    ],
)
def test_return_wording_beside_a_go_ahead_is_the_persons(body: str, answer: str) -> None:
    assert classify_reply(_reply(body)).answer == answer
