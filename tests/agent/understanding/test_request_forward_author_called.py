"""In a forward's note, one of ``address_forms`` before the forwarded author's first name
alone ("mtambulishe Mama Grace kwa Daniel Kiprono" over a mail from Grace Wairimu, "o Seu
Valdemar", "Sister Agnes") is how the writer calls that author: the author, with the
address their mail came from. Before a first name no one on the mail has ("Mama Juma"),
or one another person named in the mail shares, the form and name stay someone unknown."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request
from tests.agent.understanding.test_requests import AGENT

_AUTHOR = Party("Grace Wairimu", "grace.wairimu@umoja.example")
_OTHER = Party("Daniel Kiprono", "daniel.kiprono@jamiibima.example")


def _read(note: str, signed: str = "Grace Wairimu") -> RequestResult:
    message = EmailMessage()
    message["From"] = "Achieng Odhiambo <achieng@mavuno.example>"
    message["To"] = AGENT
    message["Subject"] = "Fwd: Livestock insurance"
    message.set_content(
        f"{note}\n\nAchieng\n\n---------- Forwarded message ---------\n"
        "From: Grace Wairimu <grace.wairimu@umoja.example>\n"
        "Date: Tue, Oct 28, 2025 at 7:12 PM\nSubject: Livestock insurance\n"
        "To: Achieng Odhiambo <achieng@mavuno.example>\n\nHi Achieng,\n\nOur members need"
        " livestock insurance. Could you put me in touch with someone?\n\nThanks,\n"
        f"{signed}\n"
    )
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    "note",
    [
        "Tafadhali mtambulishe Mama Grace kwa Daniel Kiprono wa Jamii Bima"
        " (daniel.kiprono@jamiibima.example). Yeye ndiye anashughulikia bima ya mifugo.",
        "Please introduce Sister Grace to Daniel Kiprono (daniel.kiprono@jamiibima.example),"
        " he handles livestock cover.",
        "Pourriez-vous présenter Sœur Grace à Daniel Kiprono (daniel.kiprono@jamiibima.example) ?",
        "¿Podrías presentar a la hermana Grace a Daniel Kiprono"
        " (daniel.kiprono@jamiibima.example)?",
        "Pode apresentar a Irmã Grace ao Daniel Kiprono (daniel.kiprono@jamiibima.example)?",
        "Könnten Sie Schwester Grace mit Daniel Kiprono (daniel.kiprono@jamiibima.example)"
        " bekannt machen?",
    ],
)
def test_the_author_called_by_a_form_of_address_is_the_author(note: str) -> None:
    result = _read(note)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_AUTHOR, _OTHER}
    assert result.confident


@pytest.mark.parametrize(
    "note",
    [
        "Tafadhali mtambulishe Mama Juma kwa Daniel Kiprono (daniel.kiprono@jamiibima.example).",
        "Tafadhali mtambulishe Mama Grace kwa Daniel Kiprono (daniel.kiprono@jamiibima.example)."
        " Grace Otieno pia anahitaji bima.",
    ],
)
def test_a_form_of_address_before_no_one_else_is_asked_about(note: str) -> None:
    result = _read(note)
    assert result.kind == "intro_request"
    assert not result.confident
    assert _AUTHOR not in (result.a, result.b)
