"""After a yes, the writer not reading this mail every day ("I do not look at this e-mail
every day", "je ne consulte pas cette adresse tous les jours", "no miro este correo todos
los días", "ich schaue nicht jeden Tag in meine Mails", "não vejo este e-mail todos os
dias", "sisomi barua pepe kila siku") and a call being the better way to reach them are
asides: a contrast ("I'm afraid", "leider") opening them restricts nothing. Something of
the writer's that "may be of use to him" is an offer, as "could be of use to him" is. A
doubt, a refusal or a condition beside them still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "I should be very glad to be introduced to Mr. Carter. I am afraid I do not look at "
        "this e-mail every day, so a telephone call may be the better way of reaching me.",
        "yes",
    ),
    (
        "Avec plaisir. Je ne consulte pas cette adresse tous les jours, un appel serait "
        "peut-être le meilleur moyen de me joindre.",
        "yes",
    ),
    (
        "Con gusto. Me temo que no miro este correo todos los días; una llamada quizá sea la "
        "mejor manera de localizarme.",
        "yes",
    ),
    (
        "Gerne. Leider schaue ich nicht jeden Tag in meine Mails, ein Anruf ist vielleicht "
        "der bessere Weg, mich zu erreichen.",
        "yes",
    ),
    (
        "Com prazer. Infelizmente não vejo este e-mail todos os dias, uma chamada talvez seja "
        "a melhor forma de me contactar.",
        "yes",
    ),
    (
        "Ndiyo, nitafurahi. Kwa bahati mbaya sisomi barua pepe kila siku, simu huenda ikawa "
        "njia bora ya kunipata.",
        "yes",
    ),
    ("Happy to. I still have photographs which may be of use to him for his book.", "yes"),
    # Near-misses: a doubt, a refusal or a condition beside them.
    ("I'm afraid I do not look at this e-mail every day.", "unclear"),
    ("Yes. I'm afraid I don't check my email every day, so maybe not.", "no"),
    ("Happy to. I have photographs which may be of use to him, if he is serious.", "unclear"),
    (
        "Ja. Leider schaue ich nicht jeden Tag in meine Mails, und ob ich Zeit habe, "
        "weiß ich nicht.",
        "unclear",
    ),
    ("May be of use to him.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_mail_not_read_daily_is_an_aside(text: str, answer: str) -> None:
    assert classify_text(text) == answer
