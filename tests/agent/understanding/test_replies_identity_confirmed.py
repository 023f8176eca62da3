"""A yes taken back once the writer recognises the other and confirms it in so many
words: below a pause after a yes, a question about who the other is and the writer's own
answer to it in the next sentence ("yeah, it is", "oui, c'est lui", "sí, es él", "ja, ist
er", "sim, é ele", "ndiyo ni yeye") say who the other is, no yes to the introduction, so
a refusal after them ("no from me", "c'est non de ma part") is no. The confirmation never
makes a yes, and a yes or a doubt after it keeps the reply read whole."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

CONFIRMED = [
    "YES 100%, been wanting to get in front of a publisher for months\n\n...oh wait. is this"
    " the same Halyard that pulled funding from Tidepool Studio? just checked their site and"
    " yeah, it is. gonna have to retract that, sorry. no from me. nothing against Lena",
    "Oui ! Attends. C'est le Marc de la coop ? Oui, c'est lui. Désolé, c'est non de ma part.",
    "¡Sí! Espera. ¿Es el Martín de la imprenta? Sí, es él. Lo siento, de mi parte es un no.",
    "Ja, gerne! Moment. Ist das der Kevin von Bluff? Ja, ist er. Sorry, von mir ein Nein.",
    "Sim! Espera. É o Paulo da gráfica? Sim, é ele. Desculpa, da minha parte é não.",
    "Ndiyo! Ngoja. Ni yule Kiprono wa Eldoret? Ndiyo ni yeye. Samahani, kwa upande wangu ni"
    " hapana.",
]


@pytest.mark.parametrize("text", CONFIRMED)
def test_a_yes_taken_back_after_confirming_who_the_other_is_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("second-thought:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, but no from me.",
        "C'est non de ma part, désolé.",
        "De mi parte es un no, lo siento.",
        "Von meiner Seite ein Nein, sorry.",
        "Da minha parte é não, desculpa.",
        "Kwa upande wangu ni hapana, samahani.",
    ],
)
def test_a_refusal_said_as_the_writers_part_is_no(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        # Confirmed and glad, or confirmed and still in doubt: never a no.
        "Yes! oh wait. is this the same Halyard that pulled funding? yeah, it is. even better,"
        " go ahead.",
        "Yes! oh wait. is this the same Halyard that pulled funding? yeah, it is. not sure now.",
        "Sure. Hang on, is this the same Gavin from Acme? Yes it is, happy to.",
        # Not confirmed: a refusal only if it is him stays a condition.
        "Yes! oh wait. is this the same Halyard that pulled funding? if it is, no from me.",
        # A yes beside a refusal of something else.
        "Sounds good. Sorry, that is a no from me.",
        "Yes, and no from me on the other thing",
    ],
)
def test_near_misses_are_not_a_refusal(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
