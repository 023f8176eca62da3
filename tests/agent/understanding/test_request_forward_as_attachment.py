"""A forward sent "as attachment" (a "Fwd:" subject, the mail attached as
message/rfc822, the note above it naming no address) is read as one quoted under the
usual marker: the forwarder asks, the attached mail's author and the one it names are
the pair. It was read as no request; without a forward's subject an attached mail is
read as before, and nothing of it enters the sender's own text."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.request_model import Party
from agent.understanding.requests import understand_request
from tests.agent.understanding.test_requests import AGENT

_EMMANUEL = Party("Emmanuel Mollel", "e.mollel@geita.example")
_KARIN = Party("Karin Holmberg", "karin@sandvall.example")


def _attached(note: str, inner_body: str, subject: str) -> ParsedMessage:
    inner = EmailMessage()
    inner["From"] = "Emmanuel Mollel <e.mollel@geita.example>"
    inner["To"] = "Rupert Hale <rupert@hale.example>"
    inner["Subject"] = "Crusher liners"
    inner["Date"] = "Sun, 15 Nov 2026 19:30:02 +0300"
    inner.set_content(inner_body)
    outer = EmailMessage()
    outer["From"] = "Rupert Hale <rupert@hale.example>"
    outer["To"] = AGENT
    outer["Subject"] = subject
    outer.set_content(note)
    outer.add_attachment(inner, filename="Crusher liners.eml")
    return parse_message(outer.as_bytes())


@pytest.mark.parametrize(
    ("note", "inner_body", "subject"),
    [
        (
            "Can you set this up? Emmanuel and Karin, details in the attached.\n\nR",
            "Hi Rupert,\n\nYou mentioned you know Karin Holmberg (karin@sandvall.example)."
            " Could you introduce me?\n\nThanks,\nEmmanuel",
            "Fwd: Crusher liners",
        ),
        (
            "Peux-tu t'en occuper ? Tout est dans la pièce jointe.\n\nR",
            "Bonjour Rupert,\n\nTu connais Karin Holmberg (karin@sandvall.example). Pourrais-tu"
            " me la présenter ?\n\nMerci,\nEmmanuel",
            "TR: Crusher liners",
        ),
        (
            "¿Puedes organizarlo? Todo está en el adjunto.\n\nR",
            "Hola Rupert,\n\nConoces a Karin Holmberg (karin@sandvall.example). ¿Podrías"
            " presentármela?\n\nGracias,\nEmmanuel",
            "RV: Crusher liners",
        ),
        (
            "Kannst du das übernehmen? Alles im Anhang.\n\nR",
            "Hallo Rupert,\n\nDu kennst Karin Holmberg (karin@sandvall.example). Könntest du"
            " mich mit ihr bekannt machen?\n\nDanke,\nEmmanuel",
            "WG: Crusher liners",
        ),
        (
            "Podes tratar disto? Está tudo no anexo.\n\nR",
            "Olá Rupert,\n\nConheces a Karin Holmberg (karin@sandvall.example). Podes"
            " apresentar-me a ela?\n\nObrigado,\nEmmanuel",
            "Enc: Crusher liners",
        ),
        (
            "Unaweza kushughulikia hili? Kila kitu kiko kwenye kiambatisho.\n\nR",
            "Habari Rupert,\n\nTafadhali nitambulishe kwa Karin Holmberg"
            " (karin@sandvall.example), unamjua.\n\nAsante,\nEmmanuel",
            "Fwd: Crusher liners",
        ),
    ],
)
def test_a_forward_as_attachment_pairs_its_author(note: str, inner_body: str, subject: str) -> None:
    result = understand_request(_attached(note, inner_body, subject), AGENT)
    assert result.kind == "intro_request"
    assert result.requester == Party("Rupert Hale", "rupert@hale.example")
    assert {result.a, result.b} == {_EMMANUEL, _KARIN}


def test_the_attached_mail_is_kept_apart_from_the_text() -> None:
    message = _attached("See the attached.", "Could you introduce me to Karin?", "Fwd: x")
    assert message.text == "See the attached."
    assert len(message.attached_mails) == 1
    assert message.attached_mails[0].startswith("From: Emmanuel Mollel <e.mollel@geita.example>")
    assert message.attached_mails[0].endswith("Could you introduce me to Karin?")


def test_an_attached_mail_without_a_forward_subject_asks_nothing() -> None:
    message = _attached(
        "Here is the mail you asked about.",
        "Could you introduce me to Karin Holmberg (karin@sandvall.example)?",
        "the mail",
    )
    result = understand_request(message, AGENT)
    assert result.kind != "intro_request"
