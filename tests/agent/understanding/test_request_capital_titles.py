"""Titles an Austrian or German writer puts before a name ("DI", the Diplom-Ingenieur
written in capitals, "Dipl.-Ing.", "DDr.", "MMag.", and the British police's "DI",
"DCI"), and an organisation's name compounded on "-universität" ("von der
Montanuniversität Leoben"): the person after them is read as after any title. Written
"Di" ("Luca Di Stefano") the letters are a particle of the name, never a title."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
WRITER = "debbie@holroyd.example"
FLORIAN = "florian.gruber@unileoben.ac.at"


def understand(body: str, sender: str = f"Debbie Holroyd <{WRITER}>") -> RequestResult:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = AGENT
    message["Subject"] = "Vorstellung"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    "ask",
    [
        f"ich möchte gern Herrn DI Florian Gruber ({FLORIAN}) kennenlernen.",
        f"ich möchte gern Herrn Dipl.-Ing. Florian Gruber ({FLORIAN}) kennenlernen.",
        f"ich möchte gern DDr. Florian Gruber ({FLORIAN}) kennenlernen.",
        f"ich möchte gern Herrn MMag. Florian Gruber ({FLORIAN}) kennenlernen.",
        f"ich möchte gern Herrn DI Dr. Florian Gruber ({FLORIAN}) kennenlernen.",
        f"ich möchte gern Herrn DI Florian Gruber von der Montanuniversität Leoben ({FLORIAN})"
        " kennenlernen.",
        f"Could you introduce me to DI Florian Gruber ({FLORIAN})?",
        f"Could you introduce me to DCI Florian Gruber ({FLORIAN})?",
    ],
)
def test_the_titled_one_is_asked_for(ask: str) -> None:
    result = understand(f"Guten Tag,\n\n{ask}\n\nDanke\nDebbie Holroyd\n")
    assert result.kind == "intro_request"
    assert result.confident
    assert result.a is not None and result.a.email == WRITER
    assert result.b is not None and result.b.email == FLORIAN
    assert result.b.name == "Florian Gruber"


def test_di_written_as_a_particle_stays_in_the_name() -> None:
    result = understand("Could you introduce me to Luca Di Stefano (luca@distefano.example)?")
    assert result.b is not None and result.b.name == "Luca Di Stefano"


def test_a_surname_opening_on_di_is_no_title() -> None:
    result = understand("Could you introduce me to Di Stefano (luca@distefano.example)?")
    assert result.b is not None and result.b.name == "Di Stefano"


def test_two_asks_of_an_austrian_writer_signing_given_name_first() -> None:
    # "Pichler Wolfgang" in the From header signs "Wolfgang Pichler" below a closing no
    # list holds ("... Grüße aus Eisenerz"): he is "me", named as he signs.
    body = (
        "Grüß Gott,\n\nich hätte zwei Bitten:\n\n"
        f"Erstens möchte ich gern Herrn DI Florian Gruber von der Montanuniversität Leoben"
        f" ({FLORIAN}) kennenlernen. Er forscht zur Böschungsüberwachung mit Radar.\n\n"
        "Zweitens: Könnten Sie unsere Sicherheitsfachkraft Frau Mag. Claudia Reiter"
        " (c.reiter@erzberg.example) mit Herrn Thomas Brandl (thomas.brandl@auva.example)"
        " bekannt machen?\n\n"
        "Vielen Dank und schöne Grüße aus Eisenerz\nWolfgang Pichler\n\n"
        "DI Wolfgang Pichler\nLeitung Geotechnik\n"
    )
    result = understand(body, "Pichler Wolfgang <w.pichler@erzberg.example>")
    assert result.confident
    assert result.requester is not None and result.requester.name == "Wolfgang Pichler"
    assert result.b is not None and result.b.email == FLORIAN
    assert [pair.b.email for pair in result.more] == ["thomas.brandl@auva.example"]


_COPIED_ASKS = {
    "de": "im Auftrag von Herrn DI Johann Gruber (in Kopie) darf ich Sie bitten, ihn mit"
    " Frau Dr. Sabine Lechner (sabine.lechner@bfw.example) bekannt zu machen.",
    "en": "On behalf of DI Johann Gruber (copied), could you introduce him to Dr Sabine"
    " Lechner (sabine.lechner@bfw.example)?",
}


@pytest.mark.parametrize("lang", sorted(_COPIED_ASKS))
def test_one_copied_under_a_capital_title_is_the_copied_address(lang: str) -> None:
    # "Cc: DI Johann Gruber <j.gruber@...>": the title in capitals is no part of the
    # name the text writes, so the one copied is the one asked for.
    message = EmailMessage()
    message["From"] = "Forstbetrieb Gruber - Office <office@gruber.example>"
    message["To"] = AGENT
    message["Cc"] = "DI Johann Gruber <j.gruber@gruber.example>"
    message["Subject"] = "Kontakt"
    message.set_content(f"Guten Tag,\n\n{_COPIED_ASKS[lang]}\n\nTheresa Pichler\nSekretariat\n")
    result = understand_request(parse_message(message.as_bytes()), AGENT)
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.email == "j.gruber@gruber.example"
    assert result.a.name == "Johann Gruber"
    assert result.b is not None and result.b.email == "sabine.lechner@bfw.example"
    assert result.confident


def test_a_copied_hr_team_keeps_its_two_words() -> None:
    # "HR Team" is two words: no title is taken off a name so short.
    message = EmailMessage()
    message["From"] = f"Debbie Holroyd <{WRITER}>"
    message["To"] = AGENT
    message["Cc"] = "HR Team <hr@holroyd.example>"
    message["Subject"] = "intro"
    message.set_content(f"Could you introduce me to DI Florian Gruber ({FLORIAN})?\n")
    result = understand_request(parse_message(message.as_bytes()), AGENT)
    assert result.b is not None and result.b.email == FLORIAN
    assert result.confident
