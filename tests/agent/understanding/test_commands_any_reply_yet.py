"""In a reply to the agent's own mail, a question whether there has been any reply from
the one asked ("may I ask whether there has been any reply from Dr Solberg?", "s'il y a
eu une réponse", "si ha habido alguna respuesta", "ob es schon eine Antwort gibt", "se
houve alguma resposta", "kama kumekuwa na jibu lolote") asks how the intro stands, the
question wrapped over lines too; so does one whether there is any feedback from the one
asked ("is there any feedback from the lady at Centenary Bank", "y a-t-il eu un retour",
"¿hay alguna respuesta de", "gibt es schon eine Rückmeldung", "há algum retorno", "kuna
mrejesho wowote"), or what has become of the thing with someone ("¿qué ha pasado con lo
de doña Gloria? ¿Ya le contestó?"). Outside a reply to the agent it asks nothing of it,
and beside a new ask it is no status."""

from __future__ import annotations

import pytest

from agent.understanding.commands import status_in_agents_thread
from tests.agent.understanding.test_requests import understand

_ACK = "<intro.4f81c2.ack@introbot.net>"

QUESTIONS = [
    "Dear Intro Agent,\n\nI am sorry to bother you again, but may I ask whether there has"
    " been any\nreply from Dr Solberg? I have a session on the Krios booked for the 24th"
    " and it\nwould help to know before then.\n\nBest regards,\nKaito",
    "Bonjour,\n\nDésolé de vous déranger encore, mais puis-je vous demander s'il y a eu une"
    " réponse de Mme Solberg ? J'ai une session réservée le 24.\n\nCordialement,\nKaito",
    "Hola:\n\nPerdone que insista, pero ¿podría decirme si ha habido alguna respuesta de la"
    " Dra. Solberg? Tengo una sesión reservada el día 24.\n\nSaludos,\nKaito",
    "Guten Tag,\n\nentschuldigen Sie die erneute Störung, aber darf ich fragen, ob es schon"
    " eine Antwort von Frau Dr. Solberg gibt? Ich habe am 24. eine Messzeit.\n\nGrüße\nKaito",
    "Bom dia,\n\nDesculpe incomodar outra vez, mas posso perguntar se houve alguma resposta"
    " da Dra. Solberg? Tenho uma sessão marcada para dia 24.\n\nCumprimentos,\nKaito",
    "Habari,\n\nSamahani kwa kukusumbua tena, naomba kujua kama kumekuwa na jibu lolote"
    " kutoka kwa Dkt. Solberg? Nina kikao tarehe 24.\n\nAsante,\nKaito",
]


FEEDBACK_QUESTIONS = [
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


@pytest.mark.parametrize("text", QUESTIONS + FEEDBACK_QUESTIONS)
def test_whether_there_has_been_any_reply_is_status(text: str) -> None:
    assert status_in_agents_thread(text) == "status"
    result = understand(
        text,
        sender="Kaito Yamashiro <k.yamashiro@leeds.example>",
        subject="Re: Introduction request - Dr Ingrid Solberg",
        headers={"In-Reply-To": _ACK, "References": _ACK},
    )
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "asked",
    [
        "may I ask whether there has been any reply from the council about the parking permits?",
        "is there any feedback from the council about the parking permits?",
    ],
)
def test_asked_of_a_colleague_outside_the_agents_thread_it_asks_nothing(asked: str) -> None:
    result = understand(
        f"Hi Tom,\n\n{asked}\n\nThanks,\nKaito",
        sender="Kaito Yamashiro <k.yamashiro@leeds.example>",
        to="Tom Reed <tom@reed.example>",
        cc="Intro Agent <intro@introbot.net>",
        subject="Parking permits",
    )
    assert result.kind != "command"


@pytest.mark.parametrize(
    "asked", ["Has there been any reply from Dr Solberg?", "Is there any feedback from Dr Okello?"]
)
def test_beside_a_new_ask_it_is_no_status(asked: str) -> None:
    assert (
        status_in_agents_thread(
            f"{asked} Could you also introduce me to Carol Diaz (carol@diaz.example)?"
        )
        is None
    )
