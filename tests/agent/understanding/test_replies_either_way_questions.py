"""A question asked and then set aside with "either way" ("dans tous les cas", "en
cualquier caso", "so oder so", "de qualquer forma", "iwe iwavyo"), a yes after it in the
same sentence, asks nothing of the consent: the writer says the answer does not hang on
it. Without a yes after it the question still asks, and a shrug ("peu importe", "tanto
faz", "vyovyote vile") stays a doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "is this the same Leila who gave that talk at the meetup? either way yeah ofc, happy"
        " to meet her.",
        "C'est la Samia de la conf de Lyon ? Dans tous les cas oui, avec plaisir.",
        "¿Es la Marta que dio la charla en Madrid? En cualquier caso sí, encantada.",
        "Ist das die Leila vom Meetup? So oder so, gerne!",
        "É a Leila da palestra? De qualquer forma, sim, pode apresentar.",
        "Je, ni yule Leila wa mkutano? Iwe iwavyo, ndiyo, nitafurahi.",
    ],
)
def test_a_question_set_aside_either_way_leaves_the_yes(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes"
    assert not any(e.startswith("question:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Is it paid? Either way, I'm not sure.",
        "Who is she? Either way I'd need more info.",
        "C'est payé ? De toute façon, je ne sais pas.",
        "Ist das bezahlt? Wie auch immer, ich weiß nicht.",
        "É pago? Seja como for, não sei.",
        "Ni ya kulipwa? Sawa, vyovyote vile.",
    ],
)
def test_without_a_yes_after_it_the_question_or_shrug_stays(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
