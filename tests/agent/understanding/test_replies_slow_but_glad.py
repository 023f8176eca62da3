"""A warning of slow replies turned back to the positive leaves the yes standing.

"Je vais être lente à répondre, mais ça me fait plaisir de jaser avec elle", "posso
demorar a responder o Ricardo, mas respondo", "Ich werde langsam antworten, aber ich
antworte", "Nitachelewa kujibu, lakini nitajibu": the "but" turns to gladness to talk
with the other (a yes of its own: "ça me fait plaisir de jaser", "me da gusto platicar
con ella", "freut mich, mit ihr zu sprechen", "tenho prazer em conversar com ela", "it's
a pleasure to chat with her") or to a bare promise to reply, and is no contrast against
the yes; the one asked about may be named as the one the writer answers. A "but" that
turns to doubt, a condition or a later time still doubts; "Ça me fait plaisir de te
lire" is a pleasantry, no yes; "don't hesitate" in its forms ("dis-lui de pas se
gêner") negates nothing.
"""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

ASKED = "Ricardo Tanaka"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. I'm on call all weekend so I'll be slow to reply, but it's a "
        "pleasure to chat with her.",
        "Yes, happy to. I'll be slow to reply to Ricardo, but I will reply.",
        "Oui avec plaisir! Tu peux lui donner mon courrier.\n\nJe suis de garde toute la "
        "fin de semaine donc je vais être lente à répondre, mais ça me fait plaisir de "
        "jaser du fellowship avec elle. Dis lui de pas se gêner.",
        "Oui avec plaisir! Je vais être lente à répondre, mais je vais répondre.",
        "Sí, claro. Estoy de guardia todo el fin de semana, así que voy a tardar en "
        "contestar, pero me da gusto platicar con ella.",
        "Sí, claro. Voy a tardar en contestarle a Ricardo, pero le contesto.",
        "Ja, gerne. Ich habe das ganze Wochenende Dienst, also antworte ich langsamer, "
        "aber es freut mich, mit ihr zu sprechen.",
        "Ja, gerne. Ich werde langsam antworten, aber ich antworte.",
        "Sim, pode apresentar, sem problema nenhum. Estou alocado em cliente até sexta, "
        "então posso demorar um pouco pra responder o Ricardo, mas respondo.",
        "Sim, claro. Estou de plantão o fim de semana todo, então vou demorar a "
        "responder, mas tenho prazer em conversar com ela.",
        "Ndiyo, sawa. Nitachelewa kujibu, lakini nitajibu.",
    ],
)
def test_a_slow_reply_turned_to_the_positive_leaves_the_yes(text: str) -> None:
    assert read_answer(text, frozenset(), ASKED)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. I'll be slow to reply, but Ricardo will reply.",
        "Oui avec plaisir! Je vais être lente à répondre, mais je ne suis pas sûre que ce "
        "soit utile.",
        "Je vais être lente à répondre, mais je vais répondre.",
        "Ça me fait plaisir de te lire!",
        "Sí, claro. Voy a tardar en contestarle, pero le contesto cuando pueda.",
        "Ja, gerne. Ich werde langsam antworten, aber ich antworte später.",
        "Ja, gerne. Ich werde langsam antworten, aber ich antworte, wenn ich Zeit habe.",
        "Sim. Posso demorar pra responder, mas o Ricardo não sei.",
        "Sim, pode apresentar. Posso demorar a responder, mas não sei se tenho tempo.",
        "Ndiyo. Nitachelewa kujibu, lakini nitajibu nikipata nafasi.",
    ],
)
def test_a_turn_to_doubt_or_to_another_still_doubts(text: str) -> None:
    assert read_answer(text, frozenset(), ASKED)[0] == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Oui avec plaisir! Dis lui de pas se gêner.", "yes"),
        ("Sí, claro. Dile que no se corte.", "yes"),
        ("Ja, gerne. Sie soll sich nicht scheuen, mich anzurufen.", "yes"),
        ("Sim, claro. Diga que não precisa ter vergonha.", "yes"),
        ("Non merci. Dis lui de pas se gêner pour autant.", "no"),
        ("Ça ne me fait pas plaisir de jaser avec elle.", "unclear"),
        ("Es freut mich nicht, mit ihr zu sprechen.", "unclear"),
    ],
)
def test_dont_hesitate_negates_nothing(text: str, answer: str) -> None:
    assert read_answer(text, frozenset(), ASKED)[0] == answer
