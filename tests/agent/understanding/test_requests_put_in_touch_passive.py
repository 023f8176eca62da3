"""The writer asking to be put in touch with someone in the passive ("I'd like to be put in
touch with Pete Lawson at Lawson Boatworks (...)", "I would love to be put in contact
with", "me gustaría ser puesto en contacto con", "ich würde gern mit ... in Kontakt
gebracht werden", "gostaria de ser posto em contacto com", "gostaria de ser colocada em
contato com"; French "être mis en relation avec" and Swahili "kuunganishwa na" read so
before) pairs the writer with them; and "{A} really ought to speak to {B}" as "{A} ought
to speak to {B}" does. Negated, of someone else ("she'd like"), or to speak to a role
("the lawyer"), no pair is acted on."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("body", "other"),
    [
        (
            "Good evening,\n\nSecond - and this one is for me - I'd like to be put in touch with"
            " Pete Lawson at Lawson Boatworks (pete@lawsonboatworks.co.uk) about repairing our"
            " two damaged eights.\n\nWith many thanks",
            Party("Pete Lawson", "pete@lawsonboatworks.co.uk"),
        ),
        (
            "Hi, I would love to be put in contact with Pete Lawson (pete@lawson.example).",
            Party("Pete Lawson", "pete@lawson.example"),
        ),
        (
            "Hola, me gustaría ser puesto en contacto con Pedro Luna (pedro@luna.example).",
            Party("Pedro Luna", "pedro@luna.example"),
        ),
        (
            "Hallo, ich würde gern mit Peter Lang (peter@lang.example) in Kontakt gebracht werden.",
            Party("Peter Lang", "peter@lang.example"),
        ),
        (
            "Olá, gostaria de ser posto em contacto com o Pedro Lopes (pedro@lopes.example)"
            " sobre reparações.",
            Party("Pedro Lopes", "pedro@lopes.example"),
        ),
        (
            "Olá, gostaria de ser colocada em contato com o Pedro Lopes (pedro@lopes.example).",
            Party("Pedro Lopes", "pedro@lopes.example"),
        ),
    ],
)
def test_asking_to_be_put_in_touch_pairs_the_writer(body: str, other: Party) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.a == Party("Ann Lee", "ann@lee.example")
    assert result.b == other
    assert result.confident


def test_really_ought_to_speak_pairs_the_two() -> None:
    result = understand(
        "Jim Fletcher (jim.fletcher@outlook.com) really ought to speak to Rosa Delgado"
        " (rosa.delgado@surbiton-rc.example)."
    )
    assert result.a == Party("Jim Fletcher", "jim.fletcher@outlook.com")
    assert result.b == Party("Rosa Delgado", "rosa.delgado@surbiton-rc.example")
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Hi, I'd not like to be put in touch with Pete Lawson (pete@lawson.example).",
        "Hi, I wouldn't like to be put in touch with Pete Lawson (pete@lawson.example).",
        "Hi, she'd like to be put in touch with Pete Lawson (pete@lawson.example).",
        "Jim Fletcher (jim.fletcher@outlook.com) really ought to speak to the lawyer.",
    ],
)
def test_no_plea_of_the_writer_is_acted_on(body: str) -> None:
    result = understand(body)
    assert not result.confident
