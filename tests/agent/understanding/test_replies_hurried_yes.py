"""A one-word yes ("Y", "k", "👍") followed by nothing but the writer being busy at the
moment, apologies and times of today ("Y - sorry, back to back calls today.", "👍 (in a
board mtg, more later)") is a yes said in a hurry. Anything else after it (a contrast, a
doubt, a question, a decision put off) or no busy note at all leaves it as it was."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

HURRIED = [
    ("Y - sorry, back to back calls today.", "yes"),
    ("👍 (in a board mtg, more later)", "yes"),
    ("k, in a meeting", "yes"),
    ("Ok - désolé, en réunion toute la journée.", "yes"),
    ("Va - perdón, en reunión todo el día.", "yes"),
    ("Jo - sorry, bin im Meeting, mehr später.", "yes"),
    ("Ss - desculpa, em reunião o dia todo.", "yes"),
    ("Poa - samahani, niko kwenye kikao.", "yes"),
    # A yes of a few words, and a promise to write more fully later.
    ("Ja klar, gerne! Sitze grad im Termin, melde mich später ausführlicher.", "yes"),
    ("Yes, happy to! In a meeting, will write more later.", "yes"),
    ("Oui, avec plaisir ! Je suis en réunion, je t'écris plus longuement plus tard.", "yes"),
    ("Sí, claro! Estoy en una reunión, te escribo más tarde con más detalle.", "yes"),
    ("Sim, claro! Estou em reunião, te escrevo com calma depois.", "yes"),
    ("Ndiyo kabisa, niko kikaoni, nitakuandikia zaidi baadaye.", "yes"),
    ("Yes but in a meeting, more later", "unclear"),
    ("Not sure, in a meeting, more later", "unclear"),
    ("Ja, aber im Termin, melde mich später", "unclear"),
    # Near misses: a turn, a doubt, a question, a decision put off, no busy note.
    ("Y - but later", "no"),
    ("👍 maybe", "unclear"),
    ("👍 more later", "unclear"),
    ("Y - sorry", "unclear"),
    ("Y - in a meeting?", "unclear"),
    ("Y, in a meeting, will decide later", "no"),
    ("Y - sorry, back to back calls today, not sure about him", "unclear"),
    ("Ok, en réunion, plus tard", "unclear"),
    ("Ss, em reunião, talvez depois", "no"),
    ("N - in a meeting", "no"),
]


@pytest.mark.parametrize(("text", "answer"), HURRIED)
def test_a_one_word_yes_said_in_a_hurry(text: str, answer: str) -> None:
    assert classify_text(text) == answer
