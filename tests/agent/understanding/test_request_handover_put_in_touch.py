"""A sentence handing the intro to the agent copied in may say what it is to do as "to put
you in touch", a word perhaps between that and whom ("to put you in touch properly with
Ellen Byrne, also cc'd", "pour vous mettre en relation directement avec", "para ponerte
en contacto directamente con", "para te pôr em contacto diretamente com", "ili
akuunganishe moja kwa moja na"): the one named after it is the one the agent is to
connect, not someone copied beside the agent. Someone named before the link is still
copied in, and no pair is read."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import AGENT, understand

_TO = "Mark Quinlan <mark.quinlan@mail.example>"
_CC = f"Ellen Byrne <ellen@byrne.example>, Intro Agent <{AGENT}>"
_MARK = Party("Mark Quinlan", "mark.quinlan@mail.example")
_ELLEN = Party("Ellen Byrne", "ellen@byrne.example")

_HANDOVERS = [
    "Hi Mark,\n\nGood to chat yesterday. As promised I'm looping in my intro assistant (cc) "
    "to put you in touch properly with Ellen Byrne, also cc'd - she runs the first aid "
    "courses we send our new instructors on.\n\nTalk soon,\nAnn",
    "Bonjour Mark,\n\nComme promis, je mets en copie mon agent d'intro pour vous mettre en "
    "relation directement avec Ellen Byrne, elle aussi en copie : elle anime les "
    "formations de secourisme.\n\nÀ bientôt,\nAnn",
    "Hola Mark:\n\nComo te prometí, te copio a mi asistente de presentaciones para ponerte "
    "en contacto directamente con Ellen Byrne, también en copia: ella da los cursos de "
    "primeros auxilios.\n\nUn saludo,\nAnn",
    "Olá Mark,\n\nComo prometido, coloquei meu agente de apresentações em cópia para te pôr "
    "em contacto diretamente com a Ellen Byrne, também em cópia: ela dá os cursos de "
    "primeiros socorros.\n\nAbraço,\nAnn",
    "Habari Mark,\n\nKama nilivyoahidi, nimemweka msaidizi wangu wa utambulisho kwenye "
    "nakala ili akuunganishe moja kwa moja na Ellen Byrne, ambaye pia yuko kwenye nakala: "
    "anafundisha huduma ya kwanza.\n\nWako,\nAnn",
]


@pytest.mark.parametrize("text", _HANDOVERS)
def test_the_one_named_after_the_link_is_to_meet_the_one_written_to(text: str) -> None:
    result = understand(text, to=_TO, cc=_CC)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_MARK, _ELLEN}
    assert result.confident


def test_someone_named_before_the_link_is_copied_in() -> None:
    text = (
        "Hi Mark,\n\nI'm looping in Ellen Byrne and my intro assistant to put you in touch "
        "with the first aid people.\n\nTalk soon,\nAnn"
    )
    result = understand(text, to=_TO, cc=_CC)
    assert not result.confident


def test_a_third_person_on_the_mail_leaves_no_certain_pair() -> None:
    text = (
        "Hi Mark,\n\nAs promised I'm looping in my intro assistant (cc) to put you in touch "
        "properly with Ellen Byrne, also cc'd.\n\nTalk soon,\nAnn"
    )
    cc = f"Ellen Byrne <ellen@byrne.example>, Tom Hart <tom@hart.example>, Intro <{AGENT}>"
    result = understand(text, to=_TO, cc=cc)
    assert not result.confident
