"""Two others told they should meet with the modal first, the pair between it and the
verb: German verb-second order after an adverb ("außerdem sollten sich Anna Lehmann
(...) und Felix Wolf kennenlernen"), Spanish after one ("Además, deberían conocerse
Ana (...) y Felix (...)"). A question, a supposition, a negation or a meeting told of
pairs no one."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
ANNA = Party("Anna Lehmann", "anna@lehmann.example")
FELIX = Party("Felix Wolf", "felix@wolf.example")
PAIR = "Anna Lehmann (anna@lehmann.example) {and} Felix Wolf (felix@wolf.example)"


def understand(body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Sabine Roth <s.roth@roth.example>"
    message["To"] = AGENT
    message["Subject"] = "Intro"
    message.set_content(f"Hi,\n\n{body}\n\nSabine")
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    "body",
    [
        "außerdem sollten sich {pair} kennenlernen, beide bauen ein Climate-Fintech auf.",
        "Übrigens müssen sich {pair} unbedingt kennenlernen.",
        "Zudem sollten sich mal {pair} austauschen, beide bauen ein Fintech auf.",
        "Además, deberían conocerse {pair_es}, los dos montan una fintech.",
    ],
)
def test_the_pair_between_the_modal_and_the_verb(body: str) -> None:
    result = understand(
        body.format(pair=PAIR.format(**{"and": "und"}), pair_es=PAIR.format(**{"and": "y"}))
    )
    assert {result.a, result.b} == {ANNA, FELIX}
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Wann sollten sich {pair} treffen?",
        "Dann müssten sich {pair} eigentlich kennen.",
        "Außerdem sollten sich {pair} nicht kennenlernen.",
        "Außerdem haben sich {pair} letztes Jahr kennengelernt.",
        "¿Deberían conocerse {pair_es}?",
    ],
)
def test_a_question_a_supposition_or_a_negation_pairs_no_one(body: str) -> None:
    result = understand(
        body.format(pair=PAIR.format(**{"and": "und"}), pair_es=PAIR.format(**{"and": "y"}))
    )
    assert result.a is None and result.b is None
    assert not result.confident
