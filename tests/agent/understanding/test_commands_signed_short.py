"""A short command under a long signature: the signature's lines do not make it long."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(sender: str, subject: str, body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = f"Intro Agent <{AGENT}>"
    message["Subject"] = subject
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


# Each signature is long enough that, counted with the text, the mail would be longer
# than a short one.
CANCELS = [
    (
        "Jutta Brenner <jutta.brenner@example.de>",
        "Vorstellung Hoffmann",
        "Guten Abend,\n\nbitte die Vorstellung mit Herrn Hoffmann abbrechen, er ist seit dem"
        " Sommer nicht mehr im Kreisverband, damit ist das hinfällig. Ich schreibe wieder,"
        " sobald ich seinen Nachfolger kenne.\n\nBeste Grüße\nJutta Brenner\nSchriftführerin und"
        " Pressewartin, Posaunenchor St. Marien Oberweiler e.V.",
    ),
    (
        "Gareth Pryce <gareth.pryce@example.org>",
        "Ogden intro",
        "Hi,\n\nplease cancel the intro to Mr Ogden, he retired from the county league in"
        " the spring so it has sorted itself out. I'll get back to you once I know who took"
        " over from him.\n\nThanks,\nGareth Pryce\nTreasurer, Wexcombe and District"
        " Crown Green Bowls Club",
    ),
    (
        "Hélène Marchal <helene.marchal@example.fr>",
        "Mise en relation Perrin",
        "Bonjour,\n\nmerci d'annuler la mise en relation avec M. Perrin, il a quitté la"
        " fédération en septembre, donc ce n'est plus d'actualité. Je reviens vers vous"
        " quand je connaîtrai son successeur.\n\nBien à vous,\nHélène Marchal\nTrésorière,"
        " Harmonie municipale de Saint-Aubin\nTél. 02 99 41 73 26",
    ),
    (
        "Rocío Vidal <rocio.vidal@example.es>",
        "Presentación Ortega",
        "Hola:\n\npor favor cancela la presentación con el señor Ortega, ya no está en la"
        " federación desde octubre, así que ya no hace falta. Te escribo cuando sepa quién"
        " lo sustituye.\n\nUn saludo,\nRocío Vidal\nTesorera, Coral Polifónica"
        " Santa Cecilia de Almansa",
    ),
    (
        "Marta Pires <marta.pires@example.pt>",
        "Apresentação Antunes",
        "Olá,\n\npor favor cancele a apresentação ao Sr. Antunes, ele já não está na"
        " federação desde outubro, por isso já não faz sentido. Volto a escrever quando"
        " souber quem o substitui.\n\nCumprimentos,\nMarta Pires\nTesoureira, Sociedade"
        " Filarmónica de Alcobaça\nTel. 262 581 774",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), CANCELS)
def test_a_short_cancel_over_a_long_signature_is_a_cancel(
    sender: str, subject: str, body: str
) -> None:
    result = understand(sender, subject, body)
    assert result.kind == "command"
    assert result.command == "cancel"


def test_a_cancel_signed_with_an_initial_and_the_surname_is_a_cancel() -> None:
    # "G. Brandl" signs for Georg Brandl: the company line below is his signature too.
    result = understand(
        "Georg Brandl <g.brandl@example.de>",
        "AW: Ihre Anfrage: Alois Huber / Kathrin Sedlmayr",
        "Grüß Gott,\n\ndie Anfrage Huber/Sedlmayr bitte stornieren. Der Eigentümer hat die"
        " Wohnung in der Kistlerhofstraße zum Monatsende verkauft, damit hat sich das mit dem"
        " Mieterstrom erledigt.\n\nMit freundlichen Grüßen\nG. Brandl\n\nHausverwaltung"
        " Brandl GmbH · Tegernseer Landstraße 58 · 81541 München",
    )
    assert result.kind == "command"
    assert result.command == "cancel"


def test_a_swahili_cancel_over_a_long_signature_is_a_cancel() -> None:
    result = understand(
        "Neema Mushi <neema.mushi@example.co.tz>",
        "Utambulisho wa Bw. Kimaro",
        "Habari,\n\ntafadhali sitisha utambulisho wangu na Bw. Kimaro, ameshaondoka kwenye"
        " chama tangu Oktoba. Nitakuandikia nikijua nani anachukua nafasi yake.\n\nAsante,\n"
        "Neema Mushi\nMweka Hazina, Kwaya ya Mtakatifu Yosefu Moshi\nSimu 0754 318 620\n"
        "Sanduku la Posta 1123, Moshi, Kilimanjaro",
    )
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        # An ask in another sentence: the mail is a request, however short its text.
        (
            "Jutta Brenner <jutta.brenner@example.de>",
            "Guten Abend,\n\nbitte die Vorstellung mit Herrn Hoffmann abbrechen. Könnten Sie"
            " mich stattdessen mit Frau Dr. Lena Roth (lena.roth@example.de) bekannt"
            " machen?\n\nBeste Grüße\nJutta Brenner\nSchriftführerin, Posaunenchor St. Marien"
            " Oberweiler e.V.\nTelefon 07621 55 89 10",
        ),
        (
            "Gareth Pryce <gareth.pryce@example.org>",
            "Hi,\n\nplease cancel the intro to Mr Ogden. Could you introduce me to Carys"
            " Bevan (carys@bevan.example) instead?\n\nThanks,\nGareth Pryce\nTreasurer,"
            " Wexcombe Bowls Club\nTel 01632 960 481 | wexcombebowls.example",
        ),
    ],
)
def test_a_cancel_beside_a_new_ask_stays_a_request(sender: str, body: str) -> None:
    result = understand(sender, "Vorstellung", body)
    assert result.kind == "intro_request"


def test_a_long_text_above_its_signature_is_no_short_command() -> None:
    # More than a short mail's words above the signature: read as before, no command.
    # (An opening cancel naming whom the intro is with, "die Vorstellung mit Frau Kessler
    # abbrechen", says which intro in a longer mail too; this one names no one.)
    body = (
        "Hallo,\n\nbitte die Vorstellung abbrechen. "
        + "Wir hatten im Vorstand lange darüber gesprochen und sind zu keinem Ergebnis"
        " gekommen, und auch die Kassenprüfung im Frühjahr hat dazu nichts Neues ergeben,"
        " weshalb wir die Sache jetzt erst einmal ruhen lassen und im Herbst neu"
        " beraten werden, wenn alle wieder da sind und die Zahlen vorliegen.\n\n"
        "Viele Grüße\nAnja Vogt\nKassenwartin, Gemischter Chor Harmonie Lindenau e.V."
    )
    result = understand("Anja Vogt <anja.vogt@example.de>", "Vorstellung", body)
    assert result.kind != "command"
