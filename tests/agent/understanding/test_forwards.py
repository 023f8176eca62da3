"""Finding forwarded messages as Gmail, Outlook and Apple Mail write them, in several languages."""

from __future__ import annotations

from agent.message import Address
from agent.understanding.forwards import find_forward, parse_addresses
from agent.understanding.requests import load_rules


def forward(text: str) -> object:
    rules = load_rules()
    return find_forward(text, rules.forward_markers, rules.forward_labels, rules.quote_markers)


def test_gmail_forward() -> None:
    found = forward(
        "Can you help?\n\n---------- Forwarded message ---------\n"
        "From: Sam Ode <sam@ode.example>\nDate: Mon, May 13, 2024\nSubject: favor\n"
        "To: Ann Lee <ann@lee.example>\n\nHi Ann, would you introduce me to Bob?\n"
    )
    assert found is not None
    assert found.note == "Can you help?\n"  # type: ignore[attr-defined]
    assert found.author == Address("Sam Ode", "sam@ode.example")  # type: ignore[attr-defined]
    assert found.to == (Address("Ann Lee", "ann@lee.example"),)  # type: ignore[attr-defined]
    assert found.subject == "favor"  # type: ignore[attr-defined]
    assert found.body == "Hi Ann, would you introduce me to Bob?"  # type: ignore[attr-defined]


def test_outlook_block_without_marker_and_mailto() -> None:
    found = forward(
        "Please handle.\n\nFrom: Stacy Kim [mailto:stacy@kim.example]\n"
        "Sent: Monday, May 13, 2024 3:14 PM\nTo: Greg Holt; Ann <ann@lee.example>\n"
        "Subject: Intro\n\nGreg, would you introduce me to Alan?\n"
    )
    assert found is not None
    assert found.author == Address("Stacy Kim", "stacy@kim.example")  # type: ignore[attr-defined]
    assert found.to == (Address("Ann", "ann@lee.example"),)  # type: ignore[attr-defined]


def test_apple_and_localised_forwards() -> None:
    apple = forward(
        "see below\n\nBegin forwarded message:\n\nFrom: Cody <cody@fisher.example>\n"
        "Subject: intro?\nDate: May 12, 2024\nTo: Jess <jess@monroe.example>\n\nJess - hi\n"
    )
    assert apple is not None and apple.author.email == "cody@fisher.example"  # type: ignore[attr-defined]
    german = forward(
        "Bitte.\n\n---------- Weitergeleitete Nachricht ---------\n"
        "Von: Moritz <moritz@krueger.example>\nDate: Mo., 13. Mai 2024\n\nHallo Katrin\n"
    )
    assert german is not None and german.author.email == "moritz@krueger.example"  # type: ignore[attr-defined]
    quoted = forward(
        "Make it happen?\n\n> ---------- Forwarded message ---------\n"
        "> From: Ola <ola@nordmann.example>\n> Date: Wed, May 8, 2024\n>\n> Ann, hi.\n"
    )
    assert quoted is not None and quoted.body == "Ann, hi."  # type: ignore[attr-defined]


def test_plain_mail_and_lone_from_lines_are_not_forwards() -> None:
    assert forward("Hi, could you introduce me to Bob?\n\nThanks, Ann") is None
    assert forward("From: the team\n\nWe shipped the release.") is None


def test_parse_addresses_accepts_outlook_separators() -> None:
    assert parse_addresses("A <a@x.example>; b@y.example") == (
        Address("A", "a@x.example"),
        Address("", "b@y.example"),
    )


# Thunderbird's forward, in each language it writes it: a marker between dashes, then
# the subject and date before the author.
THUNDERBIRD = [
    ("Forwarded Message", "Subject", "Date", "From", "To"),
    ("Message transféré", "Sujet", "Date", "De", "Pour"),
    ("Mensaje reenviado", "Asunto", "Fecha", "De", "Para"),
    ("Weitergeleitete Nachricht", "Betreff", "Datum", "Von", "An"),
    ("Mensagem encaminhada", "Assunto", "Data", "De", "Para"),
    ("Mensagem reencaminhada", "Assunto", "Data", "De", "Para"),
    ("Ujumbe uliosambazwa", "Mada", "Tarehe", "Kutoka", "Kwa"),
]


def test_thunderbird_forwards_in_every_language() -> None:
    for marker, subject, date, sender, to in THUNDERBIRD:
        space = " " if subject == "Sujet" else ""
        found = forward(
            f"Voir ci-dessous.\n\n-------- {marker} --------\n"
            f"{subject}{space}: Aceite a granel\n{date}{space}: Mon, 3 Nov 2025 12:40:11 +0100\n"
            f"{sender}{space}: Henrik Dahl <henrik@pantry.example>\n"
            f"{to}{space}: gerencia@olivar.example\n\nEstimados señores,\nbuscamos aceite.\n"
        )
        assert found is not None, marker
        assert found.marked, marker  # type: ignore[attr-defined]
        assert found.author == Address("Henrik Dahl", "henrik@pantry.example"), marker  # type: ignore[attr-defined]
        assert found.to == (Address("", "gerencia@olivar.example"),), marker  # type: ignore[attr-defined]
        assert found.subject == "Aceite a granel", marker  # type: ignore[attr-defined]
        assert found.body == "Estimados señores,\nbuscamos aceite.", marker  # type: ignore[attr-defined]


# Outlook's block of header lines under its rule, in each language it writes it: the
# author, then the date it was sent ("Enviada em" in Brazil, "Enviado el" in Spain).
OUTLOOK = [
    ("Original Message", "From", "Sent", "To", "Subject"),
    ("Message d'origine", "De", "Envoyé", "À", "Objet"),
    ("Mensaje original", "De", "Enviado el", "Para", "Asunto"),
    ("Mensaje original", "De", "Enviado", "Para", "Asunto"),
    ("Ursprüngliche Nachricht", "Von", "Gesendet", "An", "Betreff"),
    ("Mensagem original", "De", "Enviada em", "Para", "Assunto"),
    ("Mensagem original", "De", "Enviado em", "Para", "Assunto"),
    ("Mensagem original", "De", "Enviado", "Para", "Assunto"),
    ("Ujumbe asili", "Kutoka", "Imetumwa", "Kwa", "Mada"),
]


def test_outlook_forwards_in_every_language() -> None:
    for marker, sender, sent, to, subject in OUTLOOK:
        space = " " if sender == "De" and to == "À" else ""
        found = forward(
            f"Veja abaixo.\n\n-----{marker}-----\n"
            f"{sender}{space}: Henrik Dahl <henrik@pantry.example>\n"
            f"{sent}{space}: terça-feira, 3 de março de 2026 17:42\n"
            f"{to}{space}: gerencia@olivar.example\n{subject}{space}: Aceite a granel\n\n"
            "Estimados señores,\nbuscamos aceite.\n"
        )
        assert found is not None, sent
        assert found.author == Address("Henrik Dahl", "henrik@pantry.example"), sent  # type: ignore[attr-defined]
        assert found.to == (Address("", "gerencia@olivar.example"),), sent  # type: ignore[attr-defined]
        assert found.subject == "Aceite a granel", sent  # type: ignore[attr-defined]
        assert found.body == "Estimados señores,\nbuscamos aceite.", sent  # type: ignore[attr-defined]


def test_a_header_line_of_no_known_label_ends_the_block() -> None:
    # "Enviada por:" is no header label: the block is the author's line alone, no forward.
    assert (
        forward(
            "Veja abaixo.\n\nDe: Henrik Dahl <henrik@pantry.example>\n"
            "Enviada por: telemóvel\n\nOlá.\n"
        )
        is None
    )


def test_a_brazilian_outlook_forward_pairs_its_author() -> None:
    from agent.understanding.request_model import Party
    from tests.agent.understanding.test_requests import understand

    result = understand(
        "Oi, segue abaixo. Pode apresentá-lo à Carmen Delgado (carmen@olivar.example)?\n\n"
        "Abs,\nAnn\n\n-----Mensagem original-----\n"
        "De: Henrik Dahl <henrik@pantry.example>\n"
        "Enviada em: terça-feira, 3 de março de 2026 17:42\n"
        "Para: Ann Lee <ann@lee.example>\nAssunto: Azeite a granel\n\n"
        "Ann, você conhece alguém que venda azeite a granel?\n\nHenrik\n",
        subject="ENC: Azeite a granel",
    )
    assert {result.a, result.b} == {
        Party("Henrik Dahl", "henrik@pantry.example"),
        Party("Carmen Delgado", "carmen@olivar.example"),
    }
    assert result.confident
