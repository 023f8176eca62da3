"""A writer wishing to introduce someone not named ("wen", "someone", "quelqu'un",
"alguien", "alguém", "mtu") and asking how ("wie geht das", "how does that work",
"comment ça marche", "cómo se hace", "como funciona", "inafanyaje kazi") asks how to use
the agent, beside an intro told of that is no pair to make; someone named, or no how,
and it is no such question."""

from __future__ import annotations

import pytest

from agent.understanding.commands import asks_how_to_introduce
from tests.agent.understanding.test_requests import understand

_HELP = [
    "der Andreas hat mich über euch mit dem Lukas bekannt gemacht, hat super geklappt. "
    "Jetzt würd ich selber gern mal wen vorstellen \u2013 wie geht das genau? Muss ich beide "
    "ins CC nehmen oder reicht es, wenn ich dir die Adressen in die Mail schreib?",
    "You introduced me to Bob last month, great stuff. I'd like to introduce someone "
    "myself now - how does that work? Do I cc both of them?",
    "I'd like to introduce someone to a colleague. How does it work?",
    "Je voudrais présenter quelqu'un à une collègue, comment ça marche ?",
    "Me gustaría presentar a alguien a un socio. ¿Cómo se hace?",
    "Eu gostaria de apresentar alguém a um colega, como funciona?",
    "Ningependa kumtambulisha mtu kwa rafiki yangu. Inafanyaje kazi?",
]


@pytest.mark.parametrize("text", _HELP)
def test_wishing_to_introduce_someone_and_asking_how_is_help(text: str) -> None:
    assert asks_how_to_introduce(text)
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        # Someone named: an ask, however it is put.
        "I'd like to introduce Carol Diaz to Bob Lee. How does that work?",
        # No how: a wish alone.
        "I'd like to introduce someone to Bob Lee (bob@lee.example) next week.",
        # Not the writer's wish, someone to meet them.
        "Can you introduce someone from logistics to me? We ship to Kampala.",
        # A how about something else, no intro of one's own.
        "How does that work with Bob Lee's calendar? Please introduce me to him.",
        "Je voudrais rencontrer quelqu'un de la logistique. Comment ça marche chez vous ?",
    ],
)
def test_no_wish_to_introduce_someone_unnamed_or_no_how_is_no_such_question(text: str) -> None:
    assert not asks_how_to_introduce(text)


def test_a_certain_pair_beside_the_question_stays_the_request() -> None:
    result = understand(
        "Please introduce me to Carol Diaz (carol@diaz.example), she runs the lab. "
        "I'd also like to introduce someone myself later - how does that work?"
    )
    assert result.kind == "intro_request"
    assert result.confident
