"""A list of asks lettered rather than numbered ("(a) me and Owen Pritchard ...", "b)
Ifeoma Nwosu ... and Dr Peter Hale ..."), as an HTML mail's bold letters come out in
text: each item is read as a numbered one is, one pair per item. A lettered list that
asks nothing (an agenda, news) stays no request."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
WRITER = "debbie@holroyd.example"
OWEN = "owen@lygon.example"
IFEOMA = "ifeoma@trails.example"
PETER = "p.hale@geo.example"


def understand(body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = f"Debbie Holroyd <{WRITER}>"
    message["To"] = AGENT
    message["Subject"] = "intros"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    "body",
    [
        "Two intros please:\n\n"
        f"(a) me and Owen Pritchard <{OWEN}> - I need a group menu.\n\n"
        f"(b) Ifeoma Nwosu <{IFEOMA}> and Dr Peter Hale <{PETER}> - she'd like him to train"
        " the guides.\n\nCheers,\nDebbie",
        "Deux mises en relation svp :\n\n"
        f"a) moi et Owen Pritchard <{OWEN}> - j'ai besoin d'un menu de groupe.\n"
        f"b) Ifeoma Nwosu <{IFEOMA}> et le Dr Peter Hale <{PETER}> - elle aimerait qu'il forme"
        " les guides.\n\nMerci,\nDebbie",
        "Dos presentaciones, por favor:\n\n"
        f"(a) yo y Owen Pritchard <{OWEN}> - necesito un menú de grupo.\n"
        f"(b) Ifeoma Nwosu <{IFEOMA}> y el Dr. Peter Hale <{PETER}> - ella quiere que él forme"
        " a los guías.\n\nGracias,\nDebbie",
        "Zwei Vorstellungen bitte:\n\n"
        f"a) ich und Owen Pritchard <{OWEN}> - ich brauche ein Gruppenmenü.\n"
        f"b) Ifeoma Nwosu <{IFEOMA}> und Dr. Peter Hale <{PETER}> - sie möchte, dass er die"
        " Guides schult.\n\nDanke,\nDebbie",
        "Duas apresentações, por favor:\n\n"
        f"(a) eu e o Owen Pritchard <{OWEN}> - preciso de um menu de grupo.\n"
        f"(b) a Ifeoma Nwosu <{IFEOMA}> e o Dr. Peter Hale <{PETER}> - ela quer que ele forme"
        " os guias.\n\nObrigada,\nDebbie",
        "Utambulisho mbili tafadhali:\n\n"
        f"(a) mimi na Owen Pritchard <{OWEN}> - nahitaji menyu ya kikundi.\n"
        f"(b) Ifeoma Nwosu <{IFEOMA}> na Dkt. Peter Hale <{PETER}> - angependa awafundishe"
        " waongozaji.\n\nAsante,\nDebbie",
    ],
)
def test_each_lettered_item_is_a_pair(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.confident
    assert result.a is not None and result.a.email == WRITER
    assert result.b is not None and result.b.email == OWEN
    assert [(pair.a.email, pair.b.email) for pair in result.more] == [(IFEOMA, PETER)]


@pytest.mark.parametrize(
    "body",
    [
        "Update on the walk:\n\n(a) the venue is booked\n"
        f"(b) Owen Pritchard <{OWEN}> will do the catering\n\nCheers,\nDebbie",
        "Agenda for Friday:\n\na) budget\n"
        f"b) me and Owen Pritchard <{OWEN}> met last week about the menu\n\nCheers,\nDebbie",
    ],
)
def test_a_lettered_list_asking_nothing_is_no_request(body: str) -> None:
    result = understand(body)
    assert result.kind == "not_a_request"


def test_an_initial_with_its_period_opens_no_item() -> None:
    # "A. Smith" opening a line is a name's initial, never a lettered item.
    result = understand(f"Could you introduce me to\nA. Smith <{OWEN}>?\n\nCheers,\nDebbie")
    assert result.b is not None and result.b.email == OWEN
