"""A word of nothing ("nichts", "nothing", "rien", "nada", "hakuna") heads the relative
clause after it, and a yes said there is negated: "Nichts, was mich interessiert" is no,
though "nichts" negates nothing of its own and German puts a comma before the clause.
"und", a contrast or another pause end the clause ("Nichts, was dagegen spricht,
gerne"), and a comparison makes it praise ("Nichts, was ich lieber täte")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REFUSED = [
    "Nichts, was mich interessiert.",
    "Nichts was mich interessiert.",
    "Nichts, das mich interessiert.",
    "Gar nichts, was mich interessiert.",
    "Nix, was mich interessiert.",
    "Nichts, was ich gerne machen würde.",
    "Nichts von Interesse für mich.",
    "Nothing that I would ever really be glad to do.",
    "Nothing of interest to me, thanks.",
    "Nada que me interesa de verdad.",
    "Nada, que me interesa.",
    "Nada de interés para mí.",
    "Nada de interessante para mim.",
    "Rien d'intéressant pour moi.",
    "Hakuna kitu ambacho ningependa kufanya.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_yes_in_a_clause_nothing_heads_refuses(text: str) -> None:
    assert classify_text(text) == "no"


NEVER_YES = [
    "Nothing that interests me.",
    "Rien qui m'intéresse.",
    "Rien que j'aimerais faire.",
    "Hakuna kinachonivutia.",
    "Nichts, was mich mehr freuen würde.",
]


@pytest.mark.parametrize("text", NEVER_YES)
def test_nothing_and_a_relative_clause_is_never_a_yes(text: str) -> None:
    assert classify_text(text) != "yes"


NEAR_MISSES = [
    "Ja, gerne, nichts dagegen",
    "Ja, nichts lieber als das.",
    "Nichts, was dagegen spricht, gerne.",
    "Yes please, nothing that can't wait. Happy to!",
    "Sim, claro! Nada que não possa esperar.",
    "Oui, avec plaisir ! Rien qui ne puisse attendre.",
    "Ja gerne. Nichts, was mich davon abhält.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_yes_outside_the_clause_stands(text: str) -> None:
    assert classify_text(text) == "yes"
