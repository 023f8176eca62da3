"""A verb with its object pronouns joined to it ("presentármelo", "apresentar-mo",
"kwangu"): read as the words it stands for, the one spoken of named before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_NAMED = {
    "es": "Conozco de oídas a Ignacio Vela (ivela@fundacionrespira.org). ",
    "pt": "Ouvi falar do Ignacio Vela (ivela@fundacionrespira.org). ",
    "sw": "Nimesikia kuhusu Ignacio Vela (ivela@fundacionrespira.org). ",
    "fr": "J'ai entendu parler de Ignacio Vela (ivela@fundacionrespira.org). ",
    "de": "Ich habe von Ignacio Vela (ivela@fundacionrespira.org) gehört. ",
    "en": "I heard of Ignacio Vela (ivela@fundacionrespira.org). ",
}
_WRITER = Party("Ann Lee", "ann@lee.example")
_NAMED_PARTY = Party("Ignacio Vela", "ivela@fundacionrespira.org")


@pytest.mark.parametrize(
    ("language", "ask"),
    [
        ("es", "Si pudieras presentármelo te lo agradecería muchísimo."),
        ("es", "¿Podrías presentármela?"),
        ("es", "Preséntamelo, porfa."),
        ("es", "preséntemelo, por favor"),
        ("es", "¿Podrías presentarmelo?"),
        ("es", "¿Me lo presentas?"),
        ("pt", "Podes apresentar-mo?"),
        ("pt", "Podes apresentá-lo a mim?"),
        ("sw", "Tafadhali mtambulishe kwangu."),
        ("fr", "Pourriez-vous me le présenter ?"),
        ("de", "Kannst du ihn mir vorstellen?"),
        ("en", "Could you introduce him to me?"),
    ],
)
def test_a_pronoun_joined_to_the_verb_is_the_one_named_before(language: str, ask: str) -> None:
    result = understand(_NAMED[language] + ask)
    assert result.confident
    assert {result.a, result.b} == {_WRITER, _NAMED_PARTY}


def test_a_joined_pronoun_in_a_forward_is_between_its_author_and_the_one_named() -> None:
    result = understand(
        "Te reenvío lo de Mercedes.\n\n"
        "-----Mensaje original-----\n"
        "De: Mercedes Olmedo <mercedes.olmedo@epocvallecas.org>\n"
        "Enviado el: miércoles, 11 de marzo de 2026 12:31\n"
        "Para: Ann Lee <ann@lee.example>\n"
        "Asunto: Fundación\n\n"
        "¿Conoces a Ignacio Vela? Si pudieras presentármelo te lo agradecería. "
        "Su correo aparece en la web de la fundación: ivela@fundacionrespira.org\n",
        subject="RV: Fundación",
    )
    assert result.confident
    assert result.a == Party("Mercedes Olmedo", "mercedes.olmedo@epocvallecas.org")
    assert result.b == _NAMED_PARTY


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # No one named before: the pronoun is no one.
        ("es", "¿Podrías presentármelo?"),
        # Said, not asked.
        ("es", "Ya me lo presentaste el año pasado."),
        ("sw", "Tafadhali njoo kwangu kesho."),
    ],
)
def test_a_joined_pronoun_alone_or_not_asked_pairs_no_one(language: str, text: str) -> None:
    lead = "" if text.startswith("¿Podrías") else _NAMED[language]
    result = understand(lead + text)
    assert not result.confident


def test_a_capitalised_name_spelled_as_a_joined_form_stays_a_name() -> None:
    result = understand(
        "Could you introduce Rui Costa (rui@duarte.pt) to Mo Farouk (mo@tidal.energy)? "
        "Mo runs the joint pilot."
    )
    assert result.confident
    assert result.b == Party("Mo Farouk", "mo@tidal.energy")
