"""A first name written in lower case with its own address right after it
("ximena (ximena@estudiocaracol.com.ar)") is that person; a shared mailbox's word
("sales (sales@x.com)", "ventas", "kontakt", "mauzo") is no one."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "me presentás a la gente de estudio caracol? en concreto a ximena "
            "(ximena@estudiocaracol.com.ar), la productora.",
            "ximena",
            "ximena@estudiocaracol.com.ar",
        ),
        (
            "could you intro me to priya (priya@lumen.example)? need a designer",
            "priya",
            "priya@lumen.example",
        ),
        (
            "tu peux me présenter à camille (camille@atelier.fr) ? merci",
            "camille",
            "camille@atelier.fr",
        ),
        ("kannst du mich mit jonas <jonas@holz.de> bekannt machen?", "jonas", "jonas@holz.de"),
        ("podes me apresentar à joana (joana@loja.pt)? obrigada", "joana", "joana@loja.pt"),
        ("tafadhali nitambulishe kwa neema (neema@shamba.co.tz).", "neema", "neema@shamba.co.tz"),
    ],
)
def test_a_lower_case_first_name_before_its_own_address_is_that_person(
    text: str, name: str, email: str
) -> None:
    result = understand(text)
    assert result.confident
    assert result.a == _WRITER
    assert result.b is not None
    assert (result.b.name or "").casefold() == name
    assert result.b.email == email


@pytest.mark.parametrize(
    "text",
    [
        "could you intro me to sales (sales@lumen.example)? need a quote",
        "me presentás a ventas (ventas@estudiocaracol.com.ar)?",
        "kannst du mich mit kontakt (kontakt@holz.de) bekannt machen?",
        "tafadhali nitambulishe kwa mauzo (mauzo@shamba.co.tz).",
        "podes me apresentar à geral (geral@loja.pt)?",
        "tu peux me présenter à contact (contact@atelier.fr) ?",
    ],
)
def test_a_mailbox_word_before_its_own_address_names_no_one(text: str) -> None:
    result = understand(text)
    word = text.partition("(")[2].partition("@")[0]
    named = [p for p in (result.a, result.b) if p is not None]
    assert not any((p.name or "").casefold() == word for p in named)


def test_a_lower_case_word_before_another_local_part_is_no_name() -> None:
    result = understand("me presentás a ximena (xime@estudiocaracol.com.ar)?")
    assert result.b is None or (result.b.name or "") != "ximena"


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "hi, kannst du mich mit jens schröder verbinden? jens.schroeder@kraftwerk-labs.de er "
            "kennt sich mit förderanträgen aus",
            "jens schröder",
            "jens.schroeder@kraftwerk-labs.de",
        ),
        (
            "could you intro me to lena müller? lena.mueller@alpina.example she runs sales",
            "lena müller",
            "lena.mueller@alpina.example",
        ),
        (
            "kannst du mich mit jens schröder verbinden? jens@schroederbau.example",
            "jens schröder",
            "jens@schroederbau.example",
        ),
    ],
)
def test_a_lower_case_surname_an_address_spells_with_its_umlaut_spelled_out_is_a_name(
    text: str, name: str, email: str
) -> None:
    result = understand(text)
    assert result.confident
    assert result.a == _WRITER
    assert result.b is not None
    assert (result.b.name or "").casefold() == name
    assert result.b.email == email


def test_a_lower_case_surname_another_address_does_not_spell_is_no_name() -> None:
    result = understand(
        "kannst du mich mit jens schröder verbinden? jens.schmidt@kraftwerk-labs.de kennt ihn"
    )
    named = [p for p in (result.a, result.b) if p is not None]
    assert not any((p.name or "").casefold() == "jens schröder" for p in named)
    assert not result.confident
