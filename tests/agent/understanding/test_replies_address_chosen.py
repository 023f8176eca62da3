"""After a yes, a note on which address to use rules the other out after a comma as
"and not" does ("Please use my work address, not my private one", "Bitte meine
dienstliche Adresse verwenden, nicht die private", "pas la personnelle", "no la
personal", "não o pessoal"); the introduction named as what the address is for ("for
the introduction", "für die Vorstellung") is no turn to it, and a relative clause
telling who may still hold the old address ("which Anna may still have", "die Frau
Wolff eventuell noch hat") guesses and doubts nothing. A time, a refusal, a condition or
a doubt of the writer's own after the comma still doubts the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

CHOSEN = [
    "Yes, gladly. Please use my work address, not my private one.",
    "Yes, gladly. Please use my work address for the introduction, not my private one, which"
    " Anna may still have.",
    "Ja, gerne. Bitte für die Vorstellung meine dienstliche Adresse verwenden, nicht die private.",
    "Ja, gerne. Bitte meine dienstliche Adresse verwenden (also diese hier), nicht die private,"
    " die Frau Wolff eventuell noch von früher hat.",
    "Oui, volontiers. Merci d'utiliser mon adresse professionnelle pour la mise en relation,"
    " pas la personnelle, qu'Anne a peut-être encore.",
    "Sí, con gusto. Por favor, use mi dirección del trabajo para la presentación, no la"
    " personal, que quizá Ana tenga.",
    "Sim, com gosto. Por favor usem o meu endereço profissional para a apresentação, não o"
    " pessoal, que talvez a Ana ainda tenha.",
]


@pytest.mark.parametrize("text", CHOSEN)
def test_an_address_chosen_over_another_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


DOUBTED = [
    "Yes, gladly. Please use my work address, not now.",
    "Yes, gladly. Please use my work address, not before March.",
    "Yes, gladly. Please use my work address, not interested otherwise.",
    "Yes, gladly. Please use my work address, not the private one, which I may stop using if"
    " he is pushy.",
    "Yes, gladly. Please use my work address, not my private one, which I may not want to share.",
    "Yes, gladly. Please use my work address, not my private one. Maybe.",
    "Yes, gladly. Please use my work address, not my private one, which is why I'm unsure.",
    "Yes, gladly. Please use my work address for the introduction, but I'm not sure about meeting.",
    "Yes. My address is fine, not that I want to meet him.",
    "Yes. Please use my email, not a meeting with her.",
    "Yes. Please use my work address, not him.",
    "Oui, volontiers. Merci d'utiliser mon adresse professionnelle, pas la personnelle, qu'il"
    " ne faut pas utiliser si c'est un recruteur.",
]


@pytest.mark.parametrize("text", DOUBTED)
def test_a_time_refusal_or_doubt_after_the_comma_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
