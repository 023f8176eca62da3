"""Seeing no objection, said with a word of "any" or "none" ("je ne vois aucun
inconvénient", "no tengo ningún inconveniente", "não vejo qualquer inconveniente"),
agrees as the bare "no objection" does: the negation is part of the yes, never a
refusal. Asking the agent to refrain from the introduction in other formal words
("von einer Vorstellung Abstand zu nehmen", "merci de vous abstenir", "absténganse",
"abstenham-se") refuses. A condition or contrast after the agreement still doubts it,
and a refusal to refrain said beside a yes is never read as a plain yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

NO_OBJECTION = [
    "Je ne vois aucun inconvénient à ce que vous nous présentiez.",
    "Je ne vois pas d'inconvénient, allez-y.",
    "No tengo ningún inconveniente en que nos presente.",
    "No veo inconveniente alguno.",
    "Não vejo qualquer inconveniente nessa apresentação.",
    "Não tenho qualquer objeção.",
    "Não vejo qualquer problema, podem avançar.",
]


@pytest.mark.parametrize("text", NO_OBJECTION)
def test_no_objection_with_any_agrees(text: str) -> None:
    assert read_answer(text)[0] == "yes"


DOUBTED = [
    "Je ne vois aucun inconvénient, mais pas avant mars.",
    "Je ne vois pas d'inconvénient si c'est rapide.",
    "No tengo ningún inconveniente, pero antes quiero hablar con mi jefe.",
    "Não vejo qualquer inconveniente, mas primeiro quero falar com ele.",
    "Não tenho qualquer objeção se ele não for recrutador.",
]


@pytest.mark.parametrize("text", DOUBTED)
def test_no_objection_with_a_condition_or_contrast_stays_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


REFRAIN = [
    "Aus Compliance-Gründen ersuche ich, von einer Vorstellung Abstand zu nehmen.",
    "Ich möchte lieber davon Abstand nehmen.",
    "Bitte nehmen Sie davon Abstand, das ist bei uns nicht erlaubt.",
    "Pour des raisons internes, merci de vous abstenir de cette mise en relation.",
    "Veuillez vous abstenir, je ne souhaite pas de contact.",
    "Por motivos internos, absténganse de hacer la presentación.",
    "Por regras da casa, abstenham-se de fazer a apresentação.",
]


@pytest.mark.parametrize("text", REFRAIN)
def test_asking_to_refrain_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"


def test_no_reason_to_refrain_beside_a_yes_is_never_a_plain_yes() -> None:
    assert read_answer("Ich sehe keinen Grund, davon Abstand zu nehmen. Gerne!")[0] == "unclear"


def test_distance_taken_in_the_past_is_no_refusal() -> None:
    text = "Ja, gerne. Ich habe damals vom alten Projekt Abstand genommen."
    assert read_answer(text)[0] == "yes"
