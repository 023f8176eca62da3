"""A sentence opened by a limit on a condition ("Only if it's the legal side.") and a
later refusal after a condition inside its sentence ("... so if what he needs is the
hospital notes, it's a no") are two branches: unclear, not no. A refusal on a condition
with no such limit before it is still the answer."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

BRANCHES = [
    "Only if it's the legal side - pleadings, expert reports. I stopped translating medical"
    " records last year, so if what he needs is the hospital notes, it's a no.",
    "Seulement si c'est le côté juridique. J'ai arrêté les dossiers médicaux, donc s'il lui"
    " faut des dossiers médicaux, c'est non.",
    "Solo si es la parte legal. Dejé de traducir historiales, así que si lo que necesita son"
    " informes médicos, es un no.",
    "Nur wenn es um Verträge geht. Ich übersetze keine Arztbriefe mehr, also wenn er die"
    " braucht, dann nein.",
    "Só se for a parte jurídica. Deixei de traduzir prontuários, então se ele precisa disso, não.",
    "Ikiwa tu ni upande wa sheria. Niliacha kutafsiri kumbukumbu za hospitali, kwa hiyo kama"
    " anahitaji hizo, hapana.",
]

NEAR_MISSES = [
    # A condition that limits nothing before the refusal, or none at all.
    ("If it helps, I know him. I'm busy, so if he calls, it's a no.", "no"),
    ("I stopped doing medical records, so if he needs hospital notes, it's a no.", "no"),
    ("Si ça peut aider, je le connais. Je suis débordée, donc s'il appelle, c'est non.", "no"),
]


@pytest.mark.parametrize("text", BRANCHES)
def test_a_limited_condition_and_a_conditioned_refusal_are_branches(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(("text", "answer"), NEAR_MISSES)
def test_refusals_without_a_limited_condition_stand(text: str, answer: str) -> None:
    assert classify_text(text) == answer
