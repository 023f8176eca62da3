"""A word that is a hedge before a word in another language only (Swahili "bora",
"better") says yes in a reply written in a language that reads it so: Portuguese "bora"
(let's go) in "bora prof!!! sim sim simmm ... pode passar meu email". Its own
language's hedge ("Bora tusikutane") and Portuguese "bora ver" (let's see) still doubt.
Delight told as disbelief ("nem acredito", "I can't believe it", "j'y crois pas", "no
me lo puedo creer", "ich kann es nicht glauben") negates no yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "bora prof!!! sim sim simmm nem acredito kkkkk\n\npode passar meu email pra ele sim."
        " eu saio do estágio 17h então dps disso to livre\n\nbjs",
        "yes",
    ),
    ("Ndiyo, lakini bora tusikutane wiki hii.", "unclear"),
    ("bora ver, obrigado pelo contato, pode ser que sim, abraço a todos", "unclear"),
    # An "if" of another language stays one in a reply written in English.
    ("yes si c'est it is about hiring", "unclear"),
    ("Yes, happy to help si elle veut bien, thanks so much for thinking of me", "unclear"),
]

DISBELIEF = [
    ("Yes! I can't believe it, thank you so much", "yes"),
    ("Oui ! J'y crois pas, merci", "yes"),
    ("¡Sí! No me lo puedo creer, gracias", "yes"),
    ("Ja! Ich kann es nicht glauben, danke", "yes"),
    ("sim! nem acredito", "yes"),
    # Near-misses: a refusal or a doubt said plainly.
    ("Yes. I can't, sorry", "unclear"),
    ("Ja! Ich kann es nicht, danke", "unclear"),
    ("sim, não acredito que seja boa ideia", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_another_languages_hedge_is_a_yes_where_written(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), DISBELIEF)
def test_delight_told_as_disbelief_negates_no_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer
