"""In a reply to the agent's own mail, a question whether there has been any reply from
the one asked ("may I ask whether there has been any reply from Dr Solberg?", "s'il y a
eu une réponse", "si ha habido alguna respuesta", "ob es schon eine Antwort gibt", "se
houve alguma resposta", "kama kumekuwa na jibu lolote") asks how the intro stands, the
question wrapped over lines too. Outside a reply to the agent it asks nothing of it."""

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


@pytest.mark.parametrize("text", QUESTIONS)
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


def test_asked_of_a_colleague_outside_the_agents_thread_it_asks_nothing() -> None:
    result = understand(
        "Hi Tom,\n\nmay I ask whether there has been any reply from the council about the"
        " parking permits?\n\nThanks,\nKaito",
        sender="Kaito Yamashiro <k.yamashiro@leeds.example>",
        to="Tom Reed <tom@reed.example>",
        cc="Intro Agent <intro@introbot.net>",
        subject="Parking permits",
    )
    assert result.kind != "command"


def test_beside_a_new_ask_it_is_no_status() -> None:
    assert (
        status_in_agents_thread(
            "Has there been any reply from Dr Solberg? Could you also introduce me to"
            " Carol Diaz (carol@diaz.example)?"
        )
        is None
    )
