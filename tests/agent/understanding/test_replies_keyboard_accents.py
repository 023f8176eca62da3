"""The writer not finding the keyboard's accents ("I can't find the accents anymore", "je
ne trouve plus les accents", "no encuentro las tildes", "ich finde die Umlaute nicht",
"não encontro os acentos") refuses nothing beside a yes; not finding the time, or a
refusal beside it, still does. "Not only" and its kin ("nicht nur", "non seulement", "no
solo", "não só") negate nothing after a yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

YES = [
    "Oui, avec plaisir! Sorry for the English, I can't find the accents anymore on this laptop.",
    "Oui, avec plaisir! Désolée, je ne trouve plus les accents sur ce clavier.",
    "Sí, claro. Perdona, no encuentro las tildes en este portátil.",
    "Ja, gerne. Sorry, ich finde die Umlaute nicht auf dem Laptop meines Enkels.",
    "Sim, com prazer. Desculpe, não encontro os acentos neste computador.",
    "Ja, gerne. Ich habe eine Meinung, die wird ihr nicht nur gefallen.",
    "Yes, happy to. Not only that, I know his work.",
    "Sí, claro. No solo eso, me encantaría.",
]


@pytest.mark.parametrize("text", YES)
def test_missing_accents_and_not_only_leave_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes, happy to. I can't find the time though.", "no"),
        ("Yes, happy to. I can't find the accents, and I can't meet before May.", "unclear"),
        ("I can't find the accents, sorry. No.", "no"),
        ("Ja, gerne. Bitte stell uns nicht vor.", "unclear"),
    ],
)
def test_a_refusal_beside_them_still_counts(text: str, answer: str) -> None:
    assert classify_text(text) == answer
