"""Asked to make the link between two people ("Pouvez-vous faire le lien entre Amandine
(message ci-dessous) et mon ami Karim Benali, ... ?", "¿Puedes hacer de puente entre ...?",
"Unaweza kuwa kiungo kati ya ...?"), the two are the pair; failing to see a link ("Je
n'arrive pas à faire le lien entre ...") asks for nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_FORWARD = (
    "Bonjour,\n\nPouvez-vous faire le lien entre Amandine (message ci-dessous) et mon ami"
    " Karim Benali, karim.benali@benali.example ? Elle s'installe comme ostéopathe et il"
    " connaît très bien les professions libérales.\n\nMerci d'avance,\nOlivier Garnier\n\n"
    "-----Message d'origine-----\nDe : Amandine Petit <amandine.petit@osteo.example>\n"
    "Envoyé : jeudi 5 février 2026 18:40\nÀ : Olivier Garnier <olivier@garnier.example>\n"
    "Objet : comptable ?\n\nCoucou Olivier,\n\nTu connaîtrais un comptable sympa ?\n\n"
    "Bisous\nAmandine\n"
)


def test_the_link_between_a_forwarded_author_and_a_friend() -> None:
    result = understand(
        _FORWARD,
        sender="Olivier Garnier <olivier@garnier.example>",
        subject="TR: comptable ?",
    )
    assert result.kind == "intro_request"
    assert result.a == Party("Amandine Petit", "amandine.petit@osteo.example")
    assert result.b == Party("Karim Benali", "karim.benali@benali.example")
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Pouvez-vous faire le lien entre Claire Martin (claire@m.example) et Paul Roy"
        " (paul@r.example) ? Ils sont tous deux kinés.",
        "Tu peux faire le lien entre Claire Martin (claire@m.example) et Paul Roy"
        " (paul@r.example) stp ?",
        "¿Puedes hacer de puente entre Claire Martin (claire@m.example) y Paul Roy"
        " (paul@r.example)? Los dos hacen vidrio.",
        "Unaweza kuwa kiungo kati ya Claire Martin (claire@m.example) na Paul Roy"
        " (paul@r.example)?",
    ],
)
def test_asked_to_make_the_link_the_two_are_the_pair(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.a == Party("Claire Martin", "claire@m.example")
    assert result.b == Party("Paul Roy", "paul@r.example")
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Je n'arrive pas à faire le lien entre Claire Martin (claire@m.example) et Paul Roy"
        " (paul@r.example).",
        "Vous ne pouvez pas faire le lien entre Claire Martin (claire@m.example) et Paul Roy"
        " (paul@r.example) sans preuve.",
        "Le lien entre Claire Martin (claire@m.example) et Paul Roy (paul@r.example) est"
        " évident : ils sont frères.",
        "No puedo hacer de puente entre Claire Martin (claire@m.example) y Paul Roy"
        " (paul@r.example).",
    ],
)
def test_a_link_not_asked_for_is_no_pair(text: str) -> None:
    assert not understand(text).confident
