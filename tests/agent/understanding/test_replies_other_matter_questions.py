"""A question on another matter, a gathering writer and reader will both be at ("on se
voit à la soirée des anciens en janvier ?", "¿Nos vemos en la cena del sábado?"), asks
nothing of the answer, a date in it included and a Spanish "¿" opening it; a bare yes
before it, a sentence of its own, still answers that gathering, and a question naming a meeting
with the one asked about still asks."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Oui, avec plaisir, présente-nous. On se voit à la soirée des anciens en janvier ?",
        "Oui, avec plaisir, présente-nous. On se verra au dîner samedi ?",
        "Sí, encantada, preséntanos. ¿Nos vemos en la cena del sábado?",
        "Sí, encantada, preséntanos. ¿Vienes esta noche?",
        "Sim, com prazer, pode apresentar. Nos vemos no jantar de sábado?",
        "Ja, gern, stell uns vor. Sehen wir uns beim Abendessen am Freitag?",
        "Ndiyo, nitafurahi, tuunganishe. Tutaonana kwenye chakula cha jioni Ijumaa?",
    ],
)
def test_a_question_on_another_gathering_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Mais je préfère ne pas y revenir. Je lui souhaite tout le succès qu'il mérite, et"
        " on se voit à la soirée des anciens en janvier ?",
        "Non merci. On se voit au dîner samedi ?",
        "No, gracias. ¿Nos vemos en la cena del sábado?",
    ],
)
def test_a_question_on_another_gathering_leaves_the_refusal(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Oui ! On se voit à la soirée des anciens ?",
        "Oui. On se voit au dîner pour rencontrer Gavin ?",
        "Sí. ¿Nos vemos en la cena del sábado?",
        "Sí, preséntanos. ¿Quién es?",
        "Oui, présente-nous. On se voit à la soirée ? Qui est-ce exactement ?",
    ],
)
def test_a_bare_yes_or_a_question_on_the_introduction_stays_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
