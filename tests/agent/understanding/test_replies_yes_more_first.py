"""A yes that first wants to know more ("Yes, I'd want to know a bit more first.",
"Oui, j'aimerais d'abord en savoir un peu plus.", "Sí, quisiera saber un poco más
antes.", "Sim, quero saber um pouco mais antes.", "Ndiyo, nieleze zaidi kwanza.") has not
consented yet: it is unclear, as "Yes, but first tell me more" is. Wishing to hear more
beside an outright yes still agrees."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

MORE_FIRST = [
    "Yes, I'd want to hear a bit more first.",
    "Sure, I'd like to understand a little more first.",
    "Oui, ça m'intéresserait d'en savoir plus d'abord.",
    "Oui, je voudrais d'abord en savoir un peu plus.",
    "Oui, j'aimerais en apprendre plus d'abord.",
    "Sí, querría saber un poco más antes.",
    "Sim, queria saber um pouco mais antes.",
    "Ndiyo, niambie zaidi kwanza.",
]

STILL_YES = [
    "Yes! Would love to hear more, please connect us.",
    "Yes, happy to. Tell her I'd love to hear more - first thing next week works.",
    "Sí, encantada, preséntanos y así sé un poco más de su proyecto.",
]


@pytest.mark.parametrize("text", MORE_FIRST)
def test_a_yes_that_wants_to_know_more_first_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", STILL_YES)
def test_wishing_to_hear_more_beside_a_yes_still_agrees(text: str) -> None:
    assert classify_text(text) == "yes"
