"""A Spanish object pronoun for the one named before, written with "me" ahead of the
modal or the verb that asks ("¿Me la podrías presentar?", "Quiero que me lo presentes"):
the writer and that one, as "presentármela" is."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

WRITER = Party("Ann Lee", "ann@lee.example")
LUCIA = Party("Lucía Gómez", "lucia@fisiogomez.example")
NAMED = "Me hablaron muy bien de Lucía Gómez (lucia@fisiogomez.example), que lleva al equipo. "


@pytest.mark.parametrize(
    "ask",
    [
        "¿Me la podrías presentar?",
        "¿Me la puedes presentar cuando puedas?",
        "¿Me la podés presentar?",
        "¿Me la presentarías?",
        "Me encantaría que me la presentaras.",
        "Quiero que me la presentes.",
        "¿Nos la podrían presentar?",
    ],
)
def test_a_pronoun_before_the_asking_verb_is_the_one_named_before(ask: str) -> None:
    result = understand(NAMED + ask + "\n\nAnn Lee")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {WRITER, LUCIA}
    assert result.confident


def test_the_one_named_without_an_address_is_asked_about() -> None:
    result = understand(
        "Me hablaron muy bien de Lucía Gómez, que lleva al equipo de balonmano. "
        "¿Me la podrías presentar?\n\nAnn Lee"
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Lucía Gómez", None)
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        # No one named before: "la" is no one.
        "Hola, ¿me la podrías presentar?\n\nAnn Lee",
        # What someone always does, no ask.
        NAMED + "Siempre me la presentas como tu socia.\n\nAnn Lee",
        # Another verb: a thing passed on.
        NAMED + "¿Me la puedes pasar?\n\nAnn Lee",
    ],
)
def test_no_confident_pair_without_an_ask_of_the_one_named(body: str) -> None:
    result = understand(body)
    assert not result.confident
