"""A writer asked by someone to ask for an introduction ("Professor Whitfield asked me to
ask you for an introduction to Dr. Gassmann", "Herr Prof. Baumgartner bittet mich, Sie um
eine Vorstellung bei ... zu bitten") only carries the ask: the party is the one who asked,
taken only with their address; without it the request is asked about, never acted on for
the writer."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request
from tests.agent.understanding.shared_inputs import request_to_agent

AGENT = "intro@introbot.net"
WRITER = "monika@frei.example"
LEA = "lea@gassmann.example"
PRINCIPAL = "prof@whitfield.example"

# The ask in each language, {who} the one asking the writer to ask.
_ASKS = [
    "{who} asked me to ask you for an introduction to Dr. Lea Gassmann ({lea}).",
    "{who} asked me to request an intro to Dr. Lea Gassmann ({lea}).",
    "{who} m'a demandé de vous solliciter une mise en relation avec Mme Lea Gassmann ({lea}).",
    "{who} me pidió que le solicitara una presentación con la Dra. Lea Gassmann ({lea}).",
    "{who} pediu-me que lhe pedisse uma apresentação à Dra. Lea Gassmann ({lea}).",
    "{who} bittet mich, Sie um eine Vorstellung bei Frau Dr. Lea Gassmann ({lea}) zu bitten.",
    "{who} ameniomba nikuombe umtambulishe kwa Dkt. Lea Gassmann ({lea}).",
]


def understand(body: str) -> RequestResult:
    return understand_request(request_to_agent(body, WRITER, AGENT, "Introduction"), AGENT)


@pytest.mark.parametrize("ask", _ASKS)
def test_the_one_who_asked_the_writer_is_the_party(ask: str) -> None:
    body = ask.format(who="Prof. Alan Whitfield", lea=LEA)
    result = understand(f"Hello,\n\n{body} His address is {PRINCIPAL}.\n\nMonika Frei")
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.email == PRINCIPAL
    assert result.b is not None and result.b.email == LEA
    assert result.confident


@pytest.mark.parametrize("ask", _ASKS)
def test_the_one_who_asked_without_an_address_is_asked_about(ask: str) -> None:
    result = understand(f"Hello,\n\n{ask.format(who='Prof. Alan Whitfield', lea=LEA)}\n\nMonika")
    assert result.kind == "intro_request"
    assert not result.confident
    assert not (result.a is not None and result.a.email == WRITER)


def test_bat_mich_is_the_same_ask_told_in_the_past() -> None:
    result = understand(
        "Grüezi\n\nHerr Prof. Baumgartner bat mich, Sie um eine Vorstellung bei Frau Dr. "
        f"Lea Gassmann ({LEA}) zu bitten. Die Adresse von Herrn Prof. Baumgartner ist "
        "reto.baumgartner@poly.example.\n\nMonika Frei"
    )
    assert result.a is not None and result.a.email == "reto.baumgartner@poly.example"
    assert result.confident


def test_an_errand_of_no_meeting_still_leaves_the_writer_the_one_to_introduce() -> None:
    result = understand(
        f"Bom dia,\n\nPode apresentar-me à Dra. Lea Gassmann ({LEA})? O meu chefe pediu-me "
        "que encontrasse novos parceiros.\n\nMonika"
    )
    assert result.a is not None and result.a.email == WRITER
    assert result.b is not None and result.b.email == LEA
