"""A yes that hands the introduction to someone else ("introduce her to my cofounder in my
place", "connect her with Priya rather than me", "mtambulishe mwenzangu badala yangu")
agrees to nothing for the writer: the one asked is not the one who would meet. These
substitutes are hedges in every language, so the reply is unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I'd love that. My colleague Ana would be perfect, please introduce her"
        " instead of me.",
        "Sure! Introduce her to my cofounder in my place, he's better suited.",
        "Yes, happy to. Actually, connect her with Priya rather than me.",
        "Sure! Please introduce her to Priya instead, she runs that team now.",
        "Oui, avec plaisir ! Présentez-la à mon associé à ma place.",
        "Oui, bien sûr, présentez-lui Claire au lieu de moi.",
        "¡Sí, encantada! Preséntale a mi socia en mi lugar.",
        "Sí, claro. Que hable con Luis en su lugar.",
        "Ja, sehr gerne! Stellen Sie ihr meinen Kollegen an meiner Stelle vor.",
        "Ja, klar. Sprechen Sie stattdessen mit Frau Krause.",
        "Sim, com prazer! Apresente a minha sócia no meu lugar.",
        "Claro! Fale com o João em vez de mim.",
        "Ndiyo, kwa furaha! Mtambulishe mwenzangu badala yangu.",
    ],
)
def test_a_yes_for_someone_else_in_the_writers_place_is_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to meet her. Happy to do it on Zoom rather than in person.",
        "Sure, go ahead. I'll send my CV instead of a bio.",
        "Oui, avec plaisir, présentez-nous.",
        "Sí, claro, preséntanos.",
        "Ja, gerne, stellen Sie uns vor.",
        "Sim, claro, pode apresentar.",
        "Ndiyo, nitafurahi kumfahamu.",
    ],
)
def test_a_yes_with_no_one_in_the_writers_place_stands(text: str) -> None:
    assert read_answer(text)[0] == "yes"
