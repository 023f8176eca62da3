"""An intro asked for someone else with "on his behalf" between the intro and its "to"
("request an introduction on his behalf to Professor Ingrid Solheim", "on behalf of
Alasdair Reid to ..."), the German genitive of a contact asked for between two people
("um Vermittlung eines Kontakts zwischen ... und ..."), and the German formal
imperative "verbinden Sie mich mit ..." read as asks (the familiar "verbinde mich mit",
said of desks and lines too, is not); near misses stay what they were."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_SOLHEIM = Party("Ingrid Solheim", "ingrid.solheim@helse-bergen.example")
_REID = "alasdair.reid@nhs.example"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Reid has asked me to request an introduction on his behalf to Professor Ingrid "
        "Solheim (ingrid.solheim@helse-bergen.example).\n\nMr Reid's email is "
        f"{_REID}.\n\nKind regards,\nAnn Lee",
        "I would like to request an introduction on behalf of Alasdair Reid "
        f"({_REID}) to Ingrid Solheim (ingrid.solheim@helse-bergen.example).\n\nAnn Lee",
    ],
)
def test_an_intro_on_someones_behalf_is_theirs(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b == _SOLHEIM
    assert result.a is not None and result.a.email == _REID
    assert result.confident


def test_an_intro_on_my_behalf_is_the_writers() -> None:
    result = understand(
        "Could I ask for an introduction, on my behalf, to Ingrid Solheim "
        "(ingrid.solheim@helse-bergen.example)?\n\nAnn Lee"
    )
    assert (result.a, result.b) == (Party("Ann Lee", "ann@lee.example"), _SOLHEIM)
    assert result.confident


def test_an_intro_on_his_behalf_with_no_one_named_for_him_is_asked_about() -> None:
    result = understand(
        "My boss would like an introduction on his behalf to Ingrid Solheim "
        "(ingrid.solheim@helse-bergen.example).\n\nAnn Lee"
    )
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize("noun", ["Kontakts", "Kontaktes", "Kontakt"])
def test_a_contact_between_two_in_the_genitive_is_asked_for(noun: str) -> None:
    article = "eines" if noun != "Kontakt" else "einen"
    result = understand(
        f"ich ersuche höflich um Vermittlung {article} {noun} zwischen Frau Dr. Elisabeth "
        "Pospischil (e.pospischil@bildung.example) und Frau Mag. Jelena Marković "
        "(j.markovic@ambulatorium.example).\n\nVielen Dank\nAnn Lee"
    )
    assert {result.a, result.b} == {
        Party("Elisabeth Pospischil", "e.pospischil@bildung.example"),
        Party("Jelena Marković", "j.markovic@ambulatorium.example"),
    }
    assert result.confident


_HUBER = Address("Theresa Huber", "t.huber@apotheke.example")


@pytest.mark.parametrize(
    "text",
    [
        "bitte verbinden Sie mich mit Theresa Huber. Es geht um die Heimversorgung.",
        "Verbinden Sie mich bitte mit Theresa Huber, es geht um die Heimversorgung.",
    ],
)
def test_verbinden_sie_mich_mit_asks(text: str) -> None:
    result = understand(text, book=MemoryAddressBook([_HUBER]))
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {
        Party("Ann Lee", "ann@lee.example"),
        Party("Theresa Huber", "t.huber@apotheke.example"),
    }
    assert result.confident


def test_a_text_message_connecting_to_a_desk_asks_nothing() -> None:
    # The familiar "verbinde mich mit" is said of desks and lines too: no ask read.
    result = understand("Hallo, verbinde mich bitte mit der Buchhaltung, danke")
    assert result.kind == "not_a_request"


def test_the_writer_connecting_someone_asks_nothing() -> None:
    result = understand(
        "Ich verbinde Sie gerne mit Theresa Huber.", book=MemoryAddressBook([_HUBER])
    )
    assert result.kind == "not_a_request"


_KIPTOO = Party("Samuel Kiptoo", "s.kiptoo@riverside.example")
_NYAGA = Party("Rehema Nyaga", "rehema@medequip.example")


@pytest.mark.parametrize(
    "text",
    [
        "I write for our director, Dr. Samuel Kiptoo (copied), who has asked me to request an "
        "introduction to Ms. Rehema Nyaga (rehema@medequip.example).\n\nAnn Lee",
        "Je vous écris pour notre directeur, le Dr Samuel Kiptoo (en copie), qui m'a demandé "
        "de solliciter une mise en relation avec Mme Rehema Nyaga (rehema@medequip.example)."
        "\n\nAnn Lee",
        "Le escribo por nuestro director, el Dr. Samuel Kiptoo (en copia), quien me pidió que "
        "solicitara una presentación a la Sra. Rehema Nyaga (rehema@medequip.example).\n\n"
        "Ann Lee",
        "Escrevo pelo nosso diretor, o Dr. Samuel Kiptoo (em cópia), que me pediu para "
        "solicitar uma apresentação à Sra. Rehema Nyaga (rehema@medequip.example).\n\nAnn Lee",
        "Mkurugenzi wetu, Dkt. Samuel Kiptoo (nakala), ambaye ameniomba nikuandikie, "
        "angependa kutambulishwa kwa Bi. Rehema Nyaga (rehema@medequip.example).\n\nAnn Lee",
    ],
)
def test_one_who_asked_the_writer_in_a_relative_clause_is_written_for(text: str) -> None:
    # "Dr. Samuel Kiptoo (copied), who has asked me to request an introduction": the
    # intro is his, copied on the mail, not the writer's.
    result = understand(text, cc=f"Dr. Samuel Kiptoo <{_KIPTOO.email}>")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_KIPTOO, _NYAGA)
    assert result.confident


def test_a_relative_clause_of_someone_else_asking_is_no_proxy() -> None:
    # "who has asked me about it" asks the writer nothing to do for him.
    result = understand(
        "Dr. Samuel Kiptoo (s.kiptoo@riverside.example), who asked me about pumps last "
        "week, is a friend. Could you introduce me to Ms. Rehema Nyaga "
        "(rehema@medequip.example)?\n\nAnn Lee"
    )
    assert (result.a, result.b) == (Party("Ann Lee", "ann@lee.example"), _NYAGA)
