"""A note on the writer's whereabouts and replying that the mail program wrapped inside
its sentence is read on as one (see replies._unwrapped): "... now and then I take a while
to\nreply, but I will reply always." "Always" (toujours, siempre, immer, sempre, daima)
may follow the writer's replying in such a note. A short line stays apart."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

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
