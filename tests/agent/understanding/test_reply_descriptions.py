"""Yeses inside a clause describing a thing (agent.understanding.reply_descriptions): "the
sort of thing I'd like to see more of" says what the thing is, not the writer's answer,
in six languages; a yes right after the type lead, or in a sentence of its own, is read
as it is."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

# A refusal in a later sentence, with no turn before it, after a thing described with a
# yes phrase.
DESCRIBED = [
    "A rowing club in Leith is exactly the sort of thing I'd like to see more of. I can't take"
    " on another one.",
    "Un club d'aviron, c'est exactement le genre de chose que j'aimerais voir plus souvent."
    " Je ne peux pas en prendre un autre.",
    "Ein Ruderverein ist genau die Art von Projekt, die ich gerne sehen würde. Leider kann"
    " ich nicht.",
    "Un club de remo es justo el tipo de cosa que me gustaría ver más. No puedo asumir otro.",
    "Um clube de remo é exatamente o tipo de coisa que eu gostaria de ver mais. Não posso"
    " assumir outro.",
    "Klabu ya kupiga makasia ni aina ya kitu ambacho ningependa kuona zaidi. Siwezi kuchukua"
    " jingine.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_yes_describing_a_thing_is_no_answer(text: str) -> None:
    assert classify_text(text) == "no"


NEAR_MISSES = [
    # The writer's own yes beside the description still answers.
    ("It's exactly the sort of thing I'd like to be part of. Yes, please introduce us.", "yes"),
    ("I'd like to meet her.", "yes"),
    # A yes right after the lead, or after a stop, describes nothing.
    ("I kind of would love to.", "unclear"),
    ("Sort of. I'd like to meet her.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NEAR_MISSES)
def test_a_yes_outside_a_description_is_read_as_it_is(text: str, answer: str) -> None:
    assert classify_text(text) == answer
