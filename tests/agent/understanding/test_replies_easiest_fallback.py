"""A fallback channel named as the easiest way after a yes ("Otherwise the easiest is
email", "Sinon le plus simple c'est par mail") is how to reach the writer, no other branch
of a condition; "otherwise" before anything else, or beside a condition, still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. Otherwise the easiest is email, I check it in the evening.",
        "Oui, avec plaisir ! Sinon le plus simple c'est par mail, je le lis le soir.",
        "Sí, claro. Si no, lo más fácil es por correo, lo miro por la noche.",
        "Ja, gerne. Sonst am einfachsten per Mail, die lese ich abends.",
        "Sim, claro. Senão o mais fácil é por email, vejo à noite.",
        "Ndiyo. Vinginevyo njia rahisi ni barua pepe.",
    ],
)
def test_easiest_fallback_beside_a_yes_is_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Oui, volontiers. Sinon le plus simple c'est de dire non.",
        "Oui, si c'est sérieux. Sinon le plus simple c'est par mail.",
        "Yes if he is local. Otherwise the easiest is email.",
        "Sinon le plus simple c'est par mail.",
        "Yes. Otherwise not.",
    ],
)
def test_other_branches_still_doubt(text: str) -> None:
    assert classify_text(text) != "yes"
