"""A business's own mail (an invoice, a receipt, an order or shipping notice, a mail only a
machine writes, an invoice laid out line by line with its details, totals and terms of
payment) asks for no intro, whatever names, arrows, shippers or consignees stand in it,
in every language; a request that only speaks of invoices, orders or payment is read as
ever."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(
    body: str,
    subject: str = "Documento 88/2031",
    sender: str = "Rio Claro Logística <billing@rioclaro.example>",
) -> RequestResult:
    message = EmailMessage()
    message["From"] = sender
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


# The invoices below are a port agency's accounts office's.
_HARBOUR = "Harbour Agency Accounts <accounts@harbour-agency.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sir or Madam,\n\nBelow are the details of our invoice for the call of the"
        " Northern Wren.\n\nShipper: Oak Mills (Mr Tom Reed)\nConsignee: Lakeside Tools, attn."
        " Ms Ines Caro\nPilotage ..... 1,200.00\nTotal due ..... 1,440.00\n\nPayment terms: 30"
        " days. Any question: Paul Hart, p.hart@harbour-agency.example\n\nAccounts",
        "Madame, Monsieur,\n\nVoici le détail de notre facture pour l'escale du Northern Wren."
        "\n\nChargeur : Oak Mills (M. Tom Reed)\nDestinataire : Lakeside Tools, att. Mme Ines"
        " Caro\nTotal HT ..... 1 200,00\nTotal TTC ..... 1 440,00\n\nRèglement à 30 jours."
        " Pour toute question : Paul Hart, p.hart@harbour-agency.example\n\nComptabilité",
        "Estimados señores:\n\nLes enviamos el detalle de nuestra factura por la escala del"
        " Northern Wren.\n\nCargador: Oak Mills (Sr. Tom Reed)\nDestinatario: Lakeside Tools,"
        " att. Sra. Ines Caro\nBase imponible ..... 1.200,00\nTotal con IVA ..... 1.440,00\n\n"
        "Condiciones de pago: 30 días. Consultas: Paul Hart, p.hart@harbour-agency.example",
        "Exmos. Senhores,\n\nSegue o detalhe da nossa fatura pela escala do Northern Wren.\n\n"
        "Carregador: Oak Mills (Sr. Tom Reed)\nDestinatário: Lakeside Tools, at. Sra. Ines"
        " Caro\nTotal sem IVA ..... 1.200,00\nTotal com IVA ..... 1.440,00\n\nCondições de"
        " pagamento: 30 dias. Dúvidas: Paul Hart, p.hart@harbour-agency.example",
        "Sehr geehrte Damen und Herren,\n\nhier die Einzelheiten zu unserer Rechnung für den"
        " Anlauf der Northern Wren.\n\nVerlader: Oak Mills (Herr Tom Reed)\nEmpfänger: Lakeside"
        " Tools, z. Hd. Frau Ines Caro\nNettobetrag ..... 1.200,00\nGesamtbetrag ..... 1.440,00"
        "\n\nZahlungsziel: 30 Tage. Fragen an Paul Hart, p.hart@harbour-agency.example",
        "Ndugu mteja,\n\nHaya ni maelezo ya ankara yetu kwa meli Northern Wren.\n\nMsafirishaji:"
        " Oak Mills (Bw. Tom Reed)\nMpokeaji: Lakeside Tools, kwa Bi. Ines Caro\nJumla kuu"
        " ..... 1,440.00\n\nMaswali: Paul Hart, p.hart@harbour-agency.example",
    ],
)
def test_an_invoice_laid_out_asks_nothing(body: str) -> None:
    assert understand(body, "Doc 4411", _HARBOUR).kind == "not_a_request"


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nCould you introduce me to Ines Caro (ines.caro@lakeside.example)? She knows"
        " how to read a port agent's invoice line by line.\n\nThanks\nTom",
        "Bonjour,\n\nPourriez-vous me présenter à Ines Caro (ines.caro@lakeside.example) ?"
        " Elle connaît les conditions de paiement des ports.\n\nMerci\nTom",
        "Hola:\n\n¿Podrías presentarme a Ines Caro (ines.caro@lakeside.example)? Sabe mucho"
        " de facturas portuarias.\n\nGracias\nTom",
    ],
)
def test_a_request_speaking_of_payment_terms_stays(body: str) -> None:
    result = understand(body, "intro", _HARBOUR)
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b is not None and result.b.email == "ines.caro@lakeside.example"
