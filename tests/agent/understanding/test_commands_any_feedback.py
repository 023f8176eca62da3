"""In a reply to the agent's own mail, a question whether there is any feedback from the
one asked ("is there any feedback from the lady at Centenary Bank", "y a-t-il eu un
retour", "¿hay alguna respuesta de", "gibt es schon eine Rückmeldung", "há algum retorno",
"kuna mrejesho wowote"), or what has become of the thing with someone ("¿qué ha pasado
con lo de doña Gloria? ¿Ya le contestó?"), asks how the intro stands. Outside a reply to
the agent it asks nothing of it, and beside a new ask it is no status."""

from __future__ import annotations

import pytest

from agent.understanding.commands import status_in_agents_thread
from tests.agent.understanding.test_requests import understand

_ACK = "<intro.7d31aa.ack@introbot.net>"

QUESTIONS = [
    "Hallo,\n\nAm just checking, is there any feedback from the lady at the bank about the"
    " dairy loans? It has now been two weeks and our members are asking me.\n\nRegards,\nMoses",
    "Hi,\n\nAny feedback from Dr Okello yet? The board meets on Friday.\n\nMoses",
    "Bonjour,\n\nY a-t-il eu un retour de la dame de la banque au sujet des prêts ? Cela fait"
    " deux semaines.\n\nCordialement,\nMoses",
    "Quiubo, ¿qué ha pasado con lo de doña Gloria? ¿Ya le contestó o toca insistirle por"
    " otro lado? Es que el comité de crédito se reúne el jueves y me gustaría llevar"
    " algo.\n\nCarlos",
    "Hola,\n\n¿Hay alguna respuesta de la señora del banco? Ya van dos semanas.\n\nCarlos",
    "Guten Tag,\n\ngibt es schon eine Rückmeldung von der Dame bei der Bank? Es sind jetzt"
    " zwei Wochen.\n\nGrüße\nMoses",
    "Olá,\n\nHá algum retorno da senhora do banco sobre os empréstimos? Já passaram duas"
    " semanas.\n\nAbraço,\nMoses",
    "Habari,\n\nKuna mrejesho wowote kutoka kwa mama wa benki kuhusu mikopo? Sasa ni wiki"
    " mbili.\n\nAsante,\nMoses",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_asking_for_feedback_in_the_agents_thread_is_status(text: str) -> None:
    assert status_in_agents_thread(text) == "status"
    result = understand(
        text,
        sender="Moses Tumwesigye <mtumwesigye@example.com>",
        subject="Re: Your introduction request",
        headers={"In-Reply-To": _ACK, "References": _ACK},
    )
    assert result.kind == "command"
    assert result.command == "status"


def test_asked_of_a_colleague_outside_the_agents_thread_it_asks_nothing() -> None:
    result = understand(
        "Hi Tom,\n\nis there any feedback from the council about the parking"
        " permits?\n\nThanks,\nMoses",
        sender="Moses Tumwesigye <mtumwesigye@example.com>",
        to="Tom Reed <tom@reed.example>",
        cc="Intro Agent <intro@introbot.net>",
        subject="Parking permits",
    )
    assert result.kind != "command"


def test_beside_a_new_ask_it_is_no_status() -> None:
    assert (
        status_in_agents_thread(
            "Is there any feedback from Dr Okello? Could you also introduce me to"
            " Carol Diaz (carol@diaz.example)?"
        )
        is None
    )
