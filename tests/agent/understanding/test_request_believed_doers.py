"""An intro of the writer whose subject is someone else, in a clause a verb of belief
governs ("Acho que o Paulo pode me apresentar à Ana", "I think that Paul can introduce me
to Ana", "Ich glaube, dass Paul mich mit Ana bekannt machen kann"), tells what that one
can do, as "I think Paul can introduce me to Ana" does: it asks nothing of the agent. The
one written to as that subject ("Acho que você pode me apresentar") still asks, and so
does a clause a wish governs, read as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ANA = "Ana Souza (ana@souza.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Acho que o Paulo pode me apresentar à {_ANA}.",
        f"Olá! Penso que o Paulo pode me apresentar à {_ANA}.",
        f"I think that Paul can introduce me to {_ANA}.",
        f"I'm sure that Paul could introduce me to {_ANA}.",
        f"Creo que Pablo me puede presentar a {_ANA}.",
        f"Creo que Pablo puede presentarme a {_ANA}.",
        f"Je pense que Paul peut me présenter à {_ANA}.",
        f"Ich glaube, dass Paul mich mit {_ANA} bekannt machen kann.",
        f"Nadhani kwamba Paulo anaweza kunitambulisha kwa {_ANA}.",
    ],
)
def test_what_someone_else_is_believed_to_do_asks_nothing(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Acho que você pode me apresentar à {_ANA}.",
        f"I think you could introduce me to {_ANA}.",
        f"Je pense que vous pourriez me présenter à {_ANA}.",
        # A thanks or a wish governing the clause: read as before.
        f"Agradezco que Bárbara me presente a {_ANA}.",
    ],
)
def test_the_one_written_to_believed_able_still_asks(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.confident
    assert (result.a, result.b) == (
        Party("Ann Lee", "ann@lee.example"),
        Party("Ana Souza", "ana@souza.example"),
    )
