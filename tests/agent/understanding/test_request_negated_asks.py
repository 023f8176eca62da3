"""An ask governed by a negation ("no need to introduce me", "pas besoin de me
présenter", "no hace falta presentármelo", "musst mich nicht ... bekannt machen", "não
precisa me apresentar", "hakuna haja ya kunitambulisha", "usinitambulishe") asks
nothing; a negation governing another verb ("don't hesitate to introduce me", "No dudes
en presentarme") or in another sentence leaves the ask."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_OPENING = "¿Conoces a Bob Ray (bob@ray.example)? "
_BOB = "Bob Ray (bob@ray.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        "No hace falta presentármelo, ya lo conozco.",
        f"Pas besoin de me présenter à {_BOB}, on se connaît.",
        f"Não precisa me apresentar ao {_BOB}.",
        f"Hakuna haja ya kunitambulisha kwa {_BOB}.",
        f"Du musst mich nicht mit {_BOB} bekannt machen.",
        f"No need to introduce me to {_BOB}, we already met.",
        f"There's no need to connect me with {_BOB}.",
        f"You don't have to introduce me to {_BOB}.",
        f"Please don't introduce me to {_BOB}.",
        f"No es necesario que me presentes a {_BOB}.",
        f"No hay que presentarme a {_BOB}, ya nos conocemos.",
        f"Inutile de me présenter à {_BOB}.",
        f"Ne me présentez pas à {_BOB}.",
        f"Sie brauchen mich nicht mit {_BOB} bekannt zu machen.",
        f"Es ist nicht nötig, mich {_BOB} vorzustellen.",
        f"Não é preciso me apresentar ao {_BOB}.",
        f"Não há necessidade de me apresentar ao {_BOB}.",
        f"Si lazima unitambulishe kwa {_BOB}.",
        f"Usinitambulishe kwa {_BOB}.",
    ],
)
def test_a_negated_ask_asks_nothing(sentence: str) -> None:
    result = understand(f"{_OPENING}{sentence}\n\nAnn")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"No dudes en presentarme a {_BOB}.",
        f"N'hésitez pas à me présenter à {_BOB}.",
        f"Não hesite em me apresentar ao {_BOB}.",
        f"Zögern Sie nicht, mich mit {_BOB} bekannt zu machen.",
        f"Don't hesitate to introduce me to {_BOB}.",
        f"I don't know him yet. Could you introduce me to {_BOB}?",
        f"No lo conozco. ¿Podrías presentarme a {_BOB}?",
        f"Je ne le connais pas. Pourriez-vous me présenter à {_BOB} ?",
        f"Ich kenne ihn nicht. Kannst du mich mit {_BOB} bekannt machen?",
    ],
)
def test_a_negation_governing_something_else_leaves_the_ask(sentence: str) -> None:
    result = understand(f"{_OPENING}{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert Party("Bob Ray", "bob@ray.example") in {result.a, result.b}
