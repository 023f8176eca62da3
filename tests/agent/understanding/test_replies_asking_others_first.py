"""A yes beside asking someone close first ("Yes, happy to. I'll ask my husband.") waits
on that one's word: unclear, in every language ("Je demande à mon mari", "Le pregunto a
mi marido", "Ich muss noch meinen Mann fragen", "Pergunto ao meu marido", "Nitamuuliza
mume wangu"). French "mon" (my) is no Monday. A word from them told as done ("Hab mit
meiner Frau gesprochen, passt") or news of them ("Mi marido le manda saludos") leaves
the yes standing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ASKING_FIRST = [
    "Yes, happy to. I'll ask my husband.",
    "Oui, volontiers. Je demande à mon mari.",
    "Oui pourquoi pas, je vais voir avec ma femme et je reviens vers vous.",
    "Sí, claro. Le pregunto a mi marido.",
    "Sí, me parece bien, pero tengo que preguntarle a mi socio.",
    "Ja, gerne. Ich muss noch meinen Mann fragen.",
    "Ja gern, ich frag noch meine Frau.",
    "Sim, claro. Pergunto ao meu marido.",
    "Sim, acho ótimo, só preciso perguntar ao meu sócio.",
    "Ndiyo. Nitamuuliza mume wangu kwanza.",
]


@pytest.mark.parametrize("text", ASKING_FIRST)
def test_a_yes_beside_asking_someone_first_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


STANDING = [
    "Ja, gerne! Hab mit meiner Frau gesprochen, passt.",
    "Sí, claro. Mi marido le manda saludos.",
    "Oui, avec plaisir. Mon mari connaît bien son travail.",
    "Sim, claro! O meu marido também manda um abraço.",
]


@pytest.mark.parametrize("text", STANDING)
def test_a_word_from_them_told_or_news_of_them_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"
