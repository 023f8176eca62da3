"""Plain-text mail is wrapped at 72 to 78 characters: a line of 60 or more that closes on a
word, before one that opens with a lower-case letter, was wrapped inside its sentence and
is read on as one ("... so now and then I take a while to\\nreply, but I will reply
always."). A short line, or a next line opening with a capital, stays apart. "Always"
(toujours, siempre, immer, sempre, daima) may follow the writer's replying in a note on
their whereabouts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import _unwrapped, classify_text

WRAPPED = [
    (
        "Yes, happy to. I am on shift most of this week so now and then I take a while to\n"
        "reply, but I will reply always.",
        "yes",
    ),
    (
        "Oui, volontiers. Je suis de garde cette semaine, donc parfois je mets du temps à\n"
        "répondre, mais je réponds toujours.",
        "yes",
    ),
    (
        "Sí, claro. Estoy de guardia esta semana, así que a veces tardo un poco en\n"
        "responder, pero contesto siempre.",
        "yes",
    ),
    (
        "Ja, gerne. Ich bin diese Woche im Dienst, deshalb dauert es manchmal etwas mit\n"
        "der Antwort, aber ich antworte immer.",
        "yes",
    ),
    (
        "Sim, claro! Estou de plantão esta semana, então às vezes demoro pra\n"
        "responder, mas respondo sempre.",
        "yes",
    ),
    (
        "Ndiyo, nakubali. Niko zamu wiki hii yote na wageni wengi sana, kwa hiyo\n"
        "nitachelewa kidogo, lakini nitajibu daima.",
        "yes",
    ),
    # Near-misses: a short line, or a new sentence, is not joined to the one before.
    ("Sim.\nmas não sei", "unclear"),
    ("Yes please\nnot right now though", "no"),
]


@pytest.mark.parametrize(("text", "answer"), WRAPPED)
def test_a_wrapped_line_is_read_on(text: str, answer: str) -> None:
    assert classify_text(text) == answer


def test_only_a_long_line_before_a_lower_case_word_is_joined() -> None:
    wrapped = "Evenings after 6 or the weekend are best for me, honestly. Probably\neasier"
    assert _unwrapped(wrapped) == wrapped.replace("\n", " ")
    assert _unwrapped("Yes please\nnot now") == "Yes please\nnot now"
    long_then_capital = (
        "Evenings after 6 or the weekend are best for me, honestly. Probably\nEasier"
    )
    assert _unwrapped(long_then_capital) == long_then_capital
    long_then_stop = "Evenings after 6 or the weekend are best for me, honestly, probably.\nthen"
    assert _unwrapped(long_then_stop) == long_then_stop
