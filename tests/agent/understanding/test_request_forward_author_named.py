"""In a forward's note, "the author of the message below" ("l'auteur du message
ci-dessous", "el autor del mensaje de abajo", "dem Verfasser der Nachricht unten", "o autor
da mensagem abaixo", "mwandishi wa ujumbe ulio hapo chini") is the forwarded mail's
author, as "this gentleman" is: certain when the note names them too ("..., Daniel
Mensah"), asked about when it names them by what they wrote alone. Outside a forward the
phrase is no one certain, and an author without an address is asked about."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request
from tests.agent.understanding.test_requests import AGENT, understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_AUTHOR = Party("Daniel Mensah", "daniel@coldhubs.example")


def _forwarded(note: str, author: str = "Daniel Mensah <daniel@coldhubs.example>") -> str:
    return (
        f"{note}\n\nAnn\n\n---------- Forwarded message ---------\nFrom: {author}\n"
        "Date: Fri, 7 Nov 2025 at 18:02\nSubject: Cold chain pilot\n"
        "To: AgriNet <members@agrinet.example>\n\nDear colleagues,\n\nOur solar cold room "
        "has run for 14 months. We are happy to share the designs.\n\nBest regards,\n"
        "Daniel Mensah\n"
    )


def _read(note: str, **kwargs: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Ann Lee <ann@lee.example>"
    message["To"] = AGENT
    message["Subject"] = "Fwd: Cold chain pilot"
    message.set_content(_forwarded(note, **kwargs))
    return understand_request(parse_message(message.as_bytes()), AGENT)


_NOTES = [
    "I would like to be introduced to the author of the message below, Daniel Mensah. We "
    "are setting up a shared cold room for our farmers.",
    "Pourriez-vous me présenter à l'auteur du message ci-dessous, Daniel Mensah ? Nous "
    "montons une chambre froide partagée.",
    "¿Me podrías poner en contacto con el autor del mensaje de abajo, Daniel Mensah? "
    "Montamos una cámara fría compartida.",
    "Könnten Sie mich mit dem Verfasser der Nachricht unten, Daniel Mensah, bekannt machen? "
    "Wir bauen ein gemeinsames Kühlhaus.",
    "Pode me apresentar ao autor da mensagem abaixo, o Daniel Mensah? Estamos montando uma "
    "câmara fria.",
    "Naomba uniunganishe na mwandishi wa ujumbe ulio hapo chini, Daniel Mensah. Tunajenga "
    "chumba baridi.",
]


@pytest.mark.parametrize("note", _NOTES)
def test_the_author_of_the_message_below_is_the_forwarded_author(note: str) -> None:
    result = _read(note)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_WRITER, _AUTHOR}
    assert result.confident


@pytest.mark.parametrize(
    "note",
    [
        "I'd like to meet the author of this email - could you introduce us?",
        "Pourriez-vous me présenter à l'auteur du message ci-dessous ?",
        "Könnten Sie mich mit dem Verfasser der Nachricht unten bekannt machen?",
        "Pode me apresentar ao autor da mensagem abaixo?",
    ],
)
def test_the_author_named_only_by_what_they_wrote_is_asked_about(note: str) -> None:
    result = _read(note)
    assert result.kind == "intro_request"
    assert not result.confident


def test_outside_a_forward_the_phrase_is_no_one_certain() -> None:
    result = understand(
        "Could you introduce me to the author of this email? We are setting up a cold room."
    )
    assert not result.confident


def test_an_author_without_an_address_is_asked_about() -> None:
    result = _read(_NOTES[0], author="Daniel Mensah")
    assert not result.confident
