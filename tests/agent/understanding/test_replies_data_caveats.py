"""After a yes, a limit on sharing data ("One caveat: I can't share any of the line-list
data", "Happy to talk methods, just not the raw data", "je ne peux pas partager les
données brutes", "no puedo compartir los datos brutos", "não posso partilhar os dados
brutos") limits what the talk covers, not the introduction: the yes stands. The same
limit on the writer's own details, beside a meeting refused, with a condition, or in
the yes's own sentence still refuses or doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

CAVEATS = [
    "Yes, happy to be introduced to Sofia. One caveat: I can't share any of the line-list"
    " data. Happy to talk methods, just not the raw data.",
    "Oui, avec plaisir. Je ne peux pas partager les données brutes.",
    "Sí, encantada. No puedo compartir los datos brutos.",
    "Sim, com gosto. Não posso partilhar os dados brutos.",
    "Yes, happy to. Just not the raw data.",
]


@pytest.mark.parametrize("text", CAVEATS)
def test_a_limit_on_sharing_data_leaves_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


DOUBTS = [
    "Yes, happy to. I can't share my details with him.",
    "Yes, happy to. I can't meet him, the data is sensitive.",
    "Yes, happy to. I can't share the data if he is a competitor.",
    "Yes, happy to. I can't share the data from the survey, I'm not keen on meeting.",
    "Yes. I can't share the data, so no.",
]


@pytest.mark.parametrize("text", DOUBTS)
def test_a_limit_beside_a_refusal_or_condition_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "I can't share the data. No thanks.",
        "Yes, but I can't share the data, so I'd rather not meet.",
    ],
)
def test_a_refusal_beside_a_data_limit_still_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"
