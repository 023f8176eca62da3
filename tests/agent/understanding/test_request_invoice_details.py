"""An invoice laid out line by line (its details, totals before and after tax, its terms of
payment) asks for no intro, whoever it names as shipper, consignee or contact, in every
language; a request that only speaks of an invoice or of payment is read as ever."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(body: str, subject: str = "Doc 4411") -> RequestResult:
    message = EmailMessage()
    message["From"] = "Harbour Agency Accounts <accounts@harbour-agency.example>"
    message["To"] = AGENT
    message["Subject"] = subject
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


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
def test_an_invoice_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


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
def test_a_request_speaking_of_invoices_stays(body: str) -> None:
    result = understand(body, "intro")
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b is not None and result.b.email == "ines.caro@lakeside.example"
