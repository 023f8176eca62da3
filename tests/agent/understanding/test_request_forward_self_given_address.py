"""A forwarded message whose header gives no address its author reads (a LinkedIn notice
from "messages-noreply@linkedin.com") has for its author the one its text names and gives
an address for after one of ``own_address_leads`` ("reach me at", "mi correo es",
"écrivez-moi à", "erreichbar unter", "me escreva em", "niandikie kwa"), when the text holds
exactly that one address and it spells the name atop the message or signed under a
closing. The notice's "Unsubscribe" is its wrapping: the note above it is read. Two
addresses, an address spelling no name there, or the forwarder's own, and no one is taken
for the author."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_RAJ = Party("Raj Patel", "raj.patel@brightledger.example")
_SOFIA = Party("Sofia Andersson", "sofia.andersson@fjordpay.example")


def _forward(note: str, marker: str, body: str, footer: str) -> str:
    return (
        f"{note}\n\nGreg\n\n{marker}\nFrom: LinkedIn <messages-noreply@linkedin.com>\n"
        "Date: Mon, 24 Nov 2025\nSubject: Sofia Andersson sent you a message\n"
        "To: Ann Lee <ann@lee.example>\n\n"
        f"Sofia Andersson\nHead of Partnerships at FjordPay\n\n{body}\n\n{footer}\n"
    )


_CASES = [
    (
        "Can you intro Sofia (below) to Raj Patel, raj.patel@brightledger.example?",
        "---------- Forwarded message ---------",
        "Hi - we process payouts for marketplaces. Easiest to reach me at "
        "sofia.andersson@fjordpay.example.\n\nBest, Sofia",
        "You are receiving Messaging digest emails.\nUnsubscribe | Help",
    ),
    (
        "Tu peux la présenter à Raj Patel (raj.patel@brightledger.example) ?",
        "-------- Message transféré --------",
        "Bonjour, nous traitons des paiements. Écrivez-moi à "
        "sofia.andersson@fjordpay.example.\n\nCordialement",
        "Se désabonner",
    ),
    (
        "¿Podrías ponerla en contacto con Raj Patel (raj.patel@brightledger.example)?",
        "---------- Mensaje reenviado ---------",
        "Hola, procesamos pagos para marketplaces. Mi correo es "
        "sofia.andersson@fjordpay.example.\n\nGracias y un saludo.",
        "Darse de baja",
    ),
    (
        "Könntest du sie mit Raj Patel (raj.patel@brightledger.example) bekannt machen?",
        "---------- Weitergeleitete Nachricht ---------",
        "Hallo, wir wickeln Zahlungen ab. Ich bin erreichbar unter "
        "sofia.andersson@fjordpay.example.\n\nViele Grüße",
        "Abmelden",
    ),
    (
        "Você pode apresentá-la ao Raj Patel (raj.patel@brightledger.example)?",
        "---------- Mensagem encaminhada ---------",
        "Olá, processamos pagamentos. Me escreva em sofia.andersson@fjordpay.example.\n\nAbraços",
        "Cancelar inscrição",
    ),
    (
        "Tafadhali mtambulishe kwa Raj Patel (raj.patel@brightledger.example).",
        "---------- Ujumbe uliotumwa ---------",
        "Habari, tunashughulikia malipo. Niandikie kwa sofia.andersson@fjordpay.example.\n\nAsante",
        "Jiondoe",
    ),
]


@pytest.mark.parametrize(("note", "marker", "body", "footer"), _CASES)
def test_a_forwarded_author_is_the_one_giving_their_own_address(
    note: str, marker: str, body: str, footer: str
) -> None:
    result = understand(_forward(note, marker, body, footer), subject="Fwd: x")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_SOFIA, _RAJ}
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # Two addresses in the forwarded text: which is hers is not said.
        "Easiest to reach me at sofia.andersson@fjordpay.example or at "
        "partners@fjordpay.example.\n\nBest, Sofia",
        # An address spelling no name there.
        "Easiest to reach me at partners@fjordpay.example.\n\nBest, Sofia",
        # The forwarder's own address.
        "Easiest to reach me at greg@brightledger.example.\n\nBest, Sofia",
    ],
)
def test_a_forwarded_author_takes_no_address_unless_one_given_and_theirs(body: str) -> None:
    note = "Can you intro Sofia (below) to Raj Patel, raj.patel@brightledger.example?"
    text = _forward(note, "---------- Forwarded message ---------", body, "Unsubscribe")
    result = understand(text, subject="Fwd: x", sender="Greg Holloway <greg@brightledger.example>")
    assert not (result.confident and _SOFIA in (result.a, result.b))
    assert not result.confident


def test_a_forwarded_notice_under_a_note_asking_nothing_stays_bulk() -> None:
    note = "FYI, see below."
    body = "Easiest to reach me at sofia.andersson@fjordpay.example.\n\nBest, Sofia"
    text = _forward(note, "---------- Forwarded message ---------", body, "Unsubscribe")
    assert understand(text, subject="Fwd: x").kind == "not_a_request"
