"""A summing-up that ends in a bare confirmation ("so yeah", "donc ouais", "así que
sí", "also ja", "então sim") leads to the answer after it: a refusal there is the reply's
answer, whatever the story before it. Its "yeah" confirms nothing; after a yes of the
writer's own the summing-up still says yes, and one going on with a doubt stays
unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "lmao 14 viewers and 3 of them my mom 👻 but honestly I like doing my own thing. so"
        " yeah, gonna say no 🙏 no hard feelings to Lina tho!!",
        "Honestly I'm swamped. So yeah, I'll pass.",
        "Je préfère rester indépendante. Donc ouais, non merci.",
        "Estoy a tope con la uni. Así que sí, voy a pasar esta vez.",
        "Ich hab grad echt viel um die Ohren. Also ja, ich sag lieber nein.",
        "Tô sem tempo nenhum. Então sim, vou ter que recusar.",
    ],
)
def test_a_refusal_after_so_yeah_declines(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("conclusion:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Work has been mad. So yeah, happy to meet him.", "yes"),
        ("Bref ouais, avec plaisir !", "yes"),
        ("I like doing my own thing. So yes, I'm wary.", "unclear"),
    ],
)
def test_so_yeah_before_a_yes_or_a_doubt(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
