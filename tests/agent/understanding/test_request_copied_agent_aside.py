"""A longer mail to someone else, the agent copied, may mark a part of it as written to
the agent ("Oh and while I remember (intro agent copied for this bit) - any word yet from
Tunde's side on the festival intro?"): that part, the rest of its paragraph, asks how an
intro stands as a short mail would. Only status is read so: a cancel there is never
taken, nor a part the agent is named in without being marked as written to."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.commands import aside_status
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"

_BEFORE = (
    "Kemi,\n\nVan: go with Emeka's cousin, not the Sienna people. They at least turn up"
    " and we cannot have the set sitting at the park again like last time.\n\nPer diems:"
    " same as Ibadan for the cast, a little more for Bisi and Segun because they are"
    " doubling as crew this time round.\n\n"
)
_AFTER = "\n\nRehearsals back on Tuesday at ten. Tell everyone to eat before they come.\n\nT."


def mail(body: str) -> ParsedMessage:
    message = EmailMessage()
    message["From"] = "Tolu Bakare <tolu@ojuola.example>"
    message["To"] = "Kemi Adeyemi <kemi@ojuola.example>"
    message["Cc"] = AGENT
    message["Subject"] = "Re: Abuja leg"
    message["In-Reply-To"] = "<k1@ojuola.example>"
    message.set_content(_BEFORE + body + _AFTER)
    return parse_message(message.as_bytes())


def understand(body: str) -> RequestResult:
    return understand_request(mail(body), AGENT, None)


@pytest.mark.parametrize(
    "part",
    [
        "Oh and while I remember (intro agent copied for this bit) - any word yet from"
        " Tunde Akinola's side on the festival intro? It's been almost two weeks.",
        "Intro agent, this bit is for you: any news on my intro to Sam Patel?",
        "(Agent d'intro en copie pour ce point) Des nouvelles de ma demande de mise en"
        " relation avec Paul Martin ?",
        "(Agente de presentaciones en copia para esto) ¿Alguna novedad sobre mi solicitud"
        " para conocer a Ana López?",
        "(Intro-Agent in Kopie für diesen Punkt) Gibt es schon etwas Neues zu meiner Anfrage?",
        "(Agente de apresentações em cópia para isto) Alguma novidade sobre o meu pedido?",
        "(Wakala wa utambulisho nakala kwa sehemu hii) Ombi langu limefikia wapi?",
    ],
)
def test_part_marked_for_the_agent_asking_news_is_status(part: str) -> None:
    assert aside_status("Re: Abuja leg", _BEFORE + part + _AFTER) == "status"
    result = understand(part)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "part",
    [
        # A cancel in a part marked for the agent: never read as a command here.
        "(intro agent copied for this bit) - please cancel my intro to Sam Patel.",
        # The agent named, no part marked as written to it.
        "I've copied the intro agent. Any word yet from Tunde on the festival?",
        # A part marked for the agent that asks no news.
        "(intro agent copied for this bit) - thanks again for the festival intro.",
    ],
)
def test_near_misses_are_no_status(part: str) -> None:
    assert aside_status("Re: Abuja leg", _BEFORE + part + _AFTER) is None
    result = understand(part)
    assert result.command is None
