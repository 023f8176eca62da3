"""A professional title typed in lower case before a name written with a capital ("la
ing. Xóchitl Ruiz", "o eng. Rui Costa", "mit dem prof. Jonas Weber") is a title, in six
languages; "le" or "la" after a title with a capital opens the surname ("M. Le Floc'h")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("ask", "b"),
    [
        (
            "me presentas con la ing. Xóchitl Ruiz? xochitl.ruiz@semillas.example",
            Party("Xóchitl Ruiz", "xochitl.ruiz@semillas.example"),
        ),
        (
            "me presentas con la lic. Ana Soto (ana.soto@despacho.example)?",
            Party("Ana Soto", "ana.soto@despacho.example"),
        ),
        (
            "consegue me apresentar ao eng. Rui Costa (rui.costa@agro.example)?",
            Party("Rui Costa", "rui.costa@agro.example"),
        ),
        (
            "kannst du mich mit dem prof. Jonas Weber (jonas.weber@uni.example) bekannt machen?",
            Party("Jonas Weber", "jonas.weber@uni.example"),
        ),
        (
            "could you introduce me to my old prof Jane Doe (jane.doe@uni.example)?",
            Party("Jane Doe", "jane.doe@uni.example"),
        ),
        (
            "unaweza kunitambulisha kwa dkt. Amina Juma (amina.juma@afya.example)?",
            Party("Amina Juma", "amina.juma@afya.example"),
        ),
        (
            "tu peux me présenter au dr Paul Roux (paul.roux@clinique.example) ?",
            Party("Paul Roux", "paul.roux@clinique.example"),
        ),
    ],
)
def test_lower_case_title(ask: str, b: Party) -> None:
    result = understand("hola! " + ask if ask.startswith("me ") else ask)
    assert result.kind == "intro_request"
    assert result.b == b
    assert result.confident


def test_lower_case_title_word_alone_is_no_title() -> None:
    result = understand("me presentas con la ing. de la planta? no sé su nombre")
    assert result.b is None or result.b.email is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "M. Le Gall souhaiterait être présenté au Dr Sophie Marec"
            " (sophie.marec@halieutique.example).",
            "Le Gall",
        ),
        (
            "Mme Le Bras souhaiterait être présentée au Dr Sophie Marec"
            " (sophie.marec@halieutique.example).",
            "Le Bras",
        ),
    ],
)
def test_capital_particle_after_a_title_opens_the_surname(text: str, name: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.name == name


def test_pronoun_after_a_title_less_word_stays_a_pronoun() -> None:
    result = understand("Le présenter au Dr Sophie Marec (sophie.marec@halieutique.example) ?")
    assert result.a is None or result.a.name != "Le"
