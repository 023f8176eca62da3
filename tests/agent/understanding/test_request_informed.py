"""A mail to two people, the agent and a colleague on Cc, handing the agent the intro: the
colleague the writer says is copied only to be kept informed ("only so she knows", "nur
zur Information", "pour information") is no one to meet, and what the writer tells them
("no need to do anything yet") is no note that the agent need do nothing. Copied without
such words, named only after the cue, or in a sentence with an intro word, the colleague
is not found so copied."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import Address, parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_informed import informed_copies
from agent.understanding.request_rules import load_rules
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
ANN = "ann.keller@lodge.example"
BEN = "ben.moser@insure.example"
SARA = "sara.imhof@broker.example"


def _read(body: str, cc: str = f"{AGENT}, Sara Imhof <{SARA}>") -> dict[str, object]:
    mail = EmailMessage()
    mail["From"] = "Reto Gisler <reto@broker.example>"
    mail["To"] = f"Ann Keller <{ANN}>, Ben Moser <{BEN}>"
    mail["Cc"] = cc
    mail["Subject"] = "Ann / Ben"
    mail["Message-ID"] = "<informed@broker.example>"
    mail["Date"] = "Mon, 2 Nov 2026 10:00:00 +0000"
    mail.set_content(body)
    return understand_request(
        parse_message(mail.as_bytes()), AGENT, MemoryAddressBook([])
    ).to_json()


def _parties(got: dict[str, object]) -> set[object]:
    return {
        party.get("email") if isinstance(party, dict) else None for party in (got["a"], got["b"])
    }


HANDED = {
    "en": "Ann, Ben,\n\nI'm putting the two of you in touch and I've copied in my intro agent,"
    " it'll check with both of you first.\n\n",
    "de": "Liebe Frau Keller, lieber Herr Moser\n\nich setze meinen Intro-Assistenten in Kopie,"
    " er wird Sie beide zuerst um Ihr Einverständnis bitten.\n\n",
    "fr": "Bonjour Ann, bonjour Ben,\n\nJe mets en copie mon agent d'intro qui vous contactera"
    " tous les deux.\n\n",
    "es": "Hola Ann, hola Ben:\n\nOs copio a mi asistente de presentaciones, que os escribirá"
    " a los dos.\n\n",
    "pt": "Olá Ann, olá Ben,\n\nColoquei meu agente de apresentações em cópia, ele vai falar"
    " com os dois.\n\n",
    "sw": "Habari Ann na Ben,\n\nNimemweka msaidizi wangu wa utambulisho kwenye nakala,"
    " atawasiliana na nyinyi wawili.\n\n",
}

INFORMED = {
    "en": "I've also copied Sara Imhof, our treasurer, only so she knows this is moving -"
    " Sara, no need to do anything yet!",
    "de": "Meine Kollegin Sara Imhof ist nur zur Information in Kopie.",
    "fr": "Je mets aussi Sara Imhof en copie pour information.",
    "es": "También copio a Sara Imhof, solo para que esté al tanto.",
    "pt": "Copiei também a Sara Imhof, só para conhecimento.",
    "sw": "Nimemweka pia Sara Imhof kwenye nakala kwa taarifa tu.",
}


@pytest.mark.parametrize("lang", sorted(INFORMED))
def test_a_colleague_copied_to_be_informed_is_no_party(lang: str) -> None:
    got = _read(f"{HANDED[lang]}{INFORMED[lang]}\n\nReto")
    assert got["kind"] == "intro_request"
    assert got["confident"] is True
    assert _parties(got) == {ANN, BEN}


@pytest.mark.parametrize("lang", sorted(INFORMED))
def test_the_colleague_copied_to_be_informed_is_found(lang: str) -> None:
    cc = (Address("Sara Imhof", SARA), Address("", AGENT))
    assert informed_copies(INFORMED[lang], cc, AGENT, load_rules()) == (cc[0],)


@pytest.mark.parametrize(
    ("said", "cc"),
    [
        # Copied without a word why.
        ("I've also copied Sara Imhof.", f"Sara Imhof <{SARA}>"),
        # Named only after the cue: not the one it speaks of.
        ("For your information, Sara Imhof is copied.", f"Sara Imhof <{SARA}>"),
        # An intro word in the sentence: perhaps she is one to meet.
        (
            "I've copied Sara Imhof just so she knows, and to introduce her to you both.",
            f"Sara Imhof <{SARA}>",
        ),
        # Written to, not copied.
        ("Sara Imhof, this is only so she knows.", ""),
    ],
)
def test_near_misses_find_no_one_copied_to_be_informed(said: str, cc: str) -> None:
    copied = (Address("Sara Imhof", SARA),) if cc else ()
    assert informed_copies(said, copied, AGENT, load_rules()) == ()


def test_no_need_to_do_anything_said_to_no_one_copied_still_holds() -> None:
    got = _read(f"{HANDED['en']}No need to do anything yet!\n\nReto", cc=AGENT)
    assert got["kind"] == "not_a_request"


def test_a_clause_after_a_semicolon_with_an_intro_word_keeps_the_colleague_informed() -> None:
    # "...; er ist aber nicht Teil der Vorstellung": the intro word is in a clause of its
    # own, saying more of him, and introduces no one.
    said = (
        "Mein Kollege Dr. iur. Sara Imhof ist zur Information in Kopie; sie betreut das"
        " Mandat, ist aber nicht Teil der Vorstellung."
    )
    cc = (Address("Sara Imhof", SARA),)
    assert informed_copies(said, cc, AGENT, load_rules()) == cc
