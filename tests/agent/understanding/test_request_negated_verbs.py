"""A negation right before the ask's own verb, a few of ``negation_fillers`` perhaps
between (``verb_negations``): German puts the verb last, so "Könntest du A und B bitte
nicht vernetzen?", "... nicht miteinander vernetzen", "keinesfalls", "auf keinen Fall",
"lieber nicht"; and "please not connect", "ne pas présenter", "no presentes", "não
apresente", "usiwaunganishe" ask nothing, never a confident pair. "bitte nicht", and
"bitte" with the one asked about and "nicht" after it, govern the ask anywhere in their
clause ("Könntest du mich bitte nicht mit ... bekannt machen?", "Bitte Jean Roth (...)
nicht mit ... vernetzen"). A "nicht" after the modal, before the people, is a polite
question and asks ("Könntest du mich nicht mit Anna ... bekannt machen?"), as "¿No me
presentas a ...?", "Você não me apresenta à ...?", "Ne pourriez-vous pas me présenter".
"""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_JEAN = "Jean Roth (jean@roth.ch)"
_ANKE = "Anke Wolff (anke@wolff.de)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Könntest du {_JEAN} und {_ANKE} bitte nicht vernetzen?",
        f"Könntest du {_JEAN} und {_ANKE} bitte nicht miteinander vernetzen.",
        f"Bitte {_JEAN} und {_ANKE} nicht vernetzen.",
        f"{_JEAN} und {_ANKE} bitte noch nicht miteinander bekannt machen.",
        f"Könnten Sie {_JEAN} und {_ANKE} bitte nicht einander vorstellen?",
        f"Würdest du {_JEAN} und {_ANKE} bitte nicht zusammenbringen?",
        f"{_JEAN} und {_ANKE} bitte nicht in Kontakt bringen.",
        f"Bitte {_JEAN} und {_ANKE} keinesfalls vernetzen.",
        f"Bitte {_JEAN} und {_ANKE} auf keinen Fall miteinander bekannt machen.",
        f"{_JEAN} und {_ANKE} lieber nicht vernetzen.",
        f"Kannst du {_JEAN} und {_ANKE} nicht einander vorstellen?",
        f"Bitte {_JEAN} nicht mit {_ANKE} vernetzen.",
        f"Könntest du {_JEAN} bitte nicht mit {_ANKE} vernetzen?",
        f"Bitte mich nicht mit {_ANKE} bekannt machen.",
        f"Könntest du mich bitte nicht mit {_ANKE} bekannt machen?",
        f"Please don't connect {_JEAN} and {_ANKE}.",
        f"Could you please not connect {_JEAN} and {_ANKE}?",
        f"Can you not introduce {_JEAN} to {_ANKE}?",
        f"Merci de ne pas mettre {_JEAN} et {_ANKE} en relation.",
        f"Merci de ne pas présenter {_JEAN} à {_ANKE}.",
        f"Pourriez-vous ne pas mettre {_JEAN} en contact avec {_ANKE} ?",
        f"Merci de ne pas me présenter à {_ANKE}.",
        f"Por favor no conectes a {_JEAN} y {_ANKE}.",
        f"Por favor no presentes a {_JEAN} a {_ANKE}.",
        f"Por favor no pongas a {_JEAN} en contacto con {_ANKE}.",
        f"Por favor no los pongas en contacto: {_JEAN} y {_ANKE}.",
        f"Por favor não apresente {_JEAN} e {_ANKE}.",
        f"Por favor não apresentes o {_JEAN} à {_ANKE}.",
        f"Não coloque {_JEAN} em contato com {_ANKE}, por favor.",
        f"Por favor, não ponha a {_JEAN} em contacto com a {_ANKE}.",
        f"Por favor, não os apresente: {_JEAN} e {_ANKE}.",
        f"Tafadhali usiwaunganishe {_JEAN} na {_ANKE}.",
        f"Tafadhali usimtambulishe {_JEAN} kwa {_ANKE}.",
    ],
)
def test_a_negation_before_the_verb_asks_nothing(sentence: str) -> None:
    result = understand(f"Hallo,\n\n{sentence}\n\nAnn")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Könntest du mich nicht mit {_ANKE} bekannt machen?",
        f"Könnten Sie mich nicht bitte mit {_ANKE} bekannt machen?",
        f"Könntest du {_JEAN} und {_ANKE} bitte miteinander vernetzen?",
        f"Ich kenne {_ANKE} noch nicht. Könntest du mich mit ihr bekannt machen?",
        f"Ich habe Jean noch nicht vorgestellt. Kannst du mich mit {_ANKE} vernetzen?",
        f"¿No me presentas a {_ANKE}?",
        f"Você não me apresenta à {_ANKE}?",
        f"Ne pourriez-vous pas me présenter à {_ANKE} ?",
        f"N'hésitez pas à me présenter à {_ANKE}.",
        f"Don't hesitate to introduce me to {_ANKE}.",
        f"If not, please introduce me to {_ANKE}.",
        f"{_JEAN} and {_ANKE} are not connected yet, could you introduce them?",
    ],
)
def test_a_negation_elsewhere_leaves_the_ask(sentence: str) -> None:
    result = understand(f"Hallo,\n\n{sentence}\n\nAnn")
    assert result.kind == "intro_request" and result.confident
    assert Party("Anke Wolff", "anke@wolff.de") in {result.a, result.b}
