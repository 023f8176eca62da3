"""A yes word that also tells a habit ("Ich vergesse gern mal Termine", "On oublie
volontiers ces choses"): no answer, so a reply holding nothing else never reads yes;
one that opens its clause, or stands beside meeting or helping, answers as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Ich übersehe gerne mal was.",
        "Hm, keine Ahnung. Ich verschlafe gern mal einen Termin.",
        "Meine Kollegin schreibt gern mal spät zurück, was denkst du?",
        "Bei mir gehen Nachrichten gerne einmal unter.",
        "Das kommt gern mal vor.",
        "Ich vergesse gerne Geburtstage.",
        "Das wurde gern mal übersehen.",
        "On oublie volontiers ces petites choses.",
        "J'oublie volontiers les anniversaires, pardon.",
    ],
)
def test_a_habit_told_with_a_yes_word_is_no_yes(text: str) -> None:
    assert read_answer(text)[0] != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Gern!",
        "Gerne mal!",
        "Ja, gerne mal kennenlernen.",
        "Gerne mal, stell uns vor.",
        "Ich würde sie gern mal kennenlernen.",
        "Ich treffe ihn gerne mal.",
        "Ich trinke gern mal einen Kaffee mit ihr.",
        "Ich würde gerne mal mit ihr telefonieren.",
        "Ich helfe gern mal aus.",
        "Ja, gerne. Ich verschlafe gern mal was, also ruf mich an.",
        "Vergiss es nicht, gerne!",
        "Volontiers !",
        "Je la rencontrerai volontiers.",
        "Oui, volontiers. N'oubliez pas de lui donner mon numéro.",
        "Volontiers, je n'oublie pas votre message.",
    ],
)
def test_a_yes_word_that_answers_stays_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"
