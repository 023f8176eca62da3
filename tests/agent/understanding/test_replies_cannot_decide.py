"""Not being able to decide ("I can't decide on my own", "Siwezi kuamua peke yangu") is
a doubt, no refusal: the writer has not answered yet, so the reply is unclear in the six
languages. A bare "I can't" still refuses, a refusal said beside it still answers, and
beside a yes it doubts the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

UNCLEAR = [
    "I'm not sure yet. I can't decide on my own, I need to talk to my partners first.",
    "I can't decide this alone.",
    "We cannot decide that without the board.",
    "Je ne suis pas encore sûr. Je ne peux pas décider seul.",
    "Je peux pas décider tout seul, désolé.",
    "No estoy seguro todavía. No puedo decidir solo, primero hablo con mis socios.",
    "Eso no lo puedo decidir yo.",
    "Ich bin mir noch nicht sicher. Das kann ich nicht allein entscheiden.",
    "Ich kann das nicht alleine entscheiden.",
    "Ainda não tenho certeza. Não posso decidir sozinho.",
    "Não consigo decidir agora, preciso falar com a minha sócia.",
    "Sina uhakika bado. Siwezi kuamua peke yangu.",
    "Hatuwezi kuamua bila mkutano wa chama.",
]


@pytest.mark.parametrize("text", UNCLEAR)
def test_not_being_able_to_decide_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


NO = [
    "I can't.",
    "No thanks, I can't decide that for you.",
    "Je ne peux pas.",
    "No puedo.",
    "Das kann ich nicht.",
    "Não posso.",
    "Siwezi.",
    "Hapana, siwezi kuamua kwa niaba yake.",
]


@pytest.mark.parametrize("text", NO)
def test_a_bare_inability_or_a_refusal_beside_it_still_refuses(text: str) -> None:
    assert classify_text(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. I can't decide when though.",
        "Sí, claro. No puedo decidir solo, pero adelante.",
        "Ndiyo, lakini siwezi kuamua peke yangu.",
    ],
)
def test_beside_a_yes_it_doubts(text: str) -> None:
    assert classify_text(text) != "yes"
