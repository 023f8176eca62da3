"""A business's own mail (an invoice, a receipt, an order or shipping notice, a mail only a
machine writes) asks for no intro, whatever names or arrows stand in it, in every
language; a request that only speaks of invoices or orders is read as ever."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(body: str, subject: str = "Documento 88/2031") -> RequestResult:
    message = EmailMessage()
    message["From"] = "Rio Claro Logística <billing@rioclaro.example>"
    message["To"] = AGENT
    message["Subject"] = subject
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    "body",
    [
        "Dear customer,\n\nPlease find attached the invoice for the pallets sent (Harbour Mill"
        " -> Kingston).\n\nAmount due: 90.10 GBP\n\nThis is an automated message, please do not"
        " reply to this email.\nRio Claro Logistics",
        "Hello,\n\nYour order has shipped: Oakridge Farm -> Bristol, tracking number"
        " RC8812.\n\nRio Claro Logistics",
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint votre facture pour l'envoi Domaine des"
        " Pins -> Lyon.\n\nMerci de ne pas répondre à ce message.\nRio Claro",
        "Estimado cliente:\n\nLe adjuntamos su factura del envío (Bodega Sierra -> Madrid).\n\n"
        "Número de pedido: 4471\nEste correo ha sido generado automáticamente.",
        "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie Ihre Rechnung für die Lieferung"
        " Weingut Berger -> Hamburg.\n\nRechnungsnummer: 2031-88\nDiese E-Mail wurde"
        " automatisch erstellt.",
        "Exmo(a). Cliente,\n\nSegue em anexo a fatura do envio (Herdade do Monte -> Porto).\n\n"
        "Valor a pagar: 40,00 EUR\nObrigado pela preferência.\nEste email foi gerado"
        " automaticamente, por favor não responda.",
        "Mteja mpendwa,\n\nOda yako imetumwa: Shamba la Mlima -> Arusha, namba ya ufuatiliaji"
        " RC99.\n\nTafadhali usijibu barua pepe hii.",
    ],
)
def test_a_business_notice_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nCould you introduce me to Ana Reis (ana.reis@contas.example)? She sorts out"
        " invoices for small wineries and we are drowning in them.\n\nThanks\nLuis",
        "Olá,\n\nPode apresentar-me à Ana Reis (ana.reis@contas.example)? Ela trata das faturas"
        " de várias adegas.\n\nObrigado\nLuís",
        "Bonjour,\n\nPourriez-vous me présenter à Ana Reis (ana.reis@contas.example) ? Elle gère"
        " les factures et les commandes de plusieurs domaines.\n\nMerci\nLuis",
    ],
)
def test_a_request_speaking_of_invoices_stays(body: str) -> None:
    result = understand(body, "intro")
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b is not None and result.b.email == "ana.reis@contas.example"
