"""Where the one asked is, there is no network ("lá não há rede", "no hay cobertura", "il
n'y a pas de réseau", "dort gibt es kein Netz", "hakuna mtandao", "there's no signal"): a
fact about reaching them, no refusal. Someone minding the mailbox who tells it and then
declines to answer for them leaves the reply unclear; a refusal of the writer's own
still refuses."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "He is on the road to Lubango, there is almost no signal there.",
        "Está de viaje hacia Lubango, en la ruta casi no hay cobertura.",
        "Il est en route pour Lubango, il n'y a presque pas de réseau là-bas.",
        "Er ist nach Lubango unterwegs, dort gibt es kaum Netz.",
        "O Manuel está em viagem para o Lubango, lá na estrada quase não há rede.",
        "O Manuel está em viagem, lá não tem sinal.",
        "Yuko safarini kwenda Lubango, huko barabarani hakuna mtandao.",
    ],
)
def test_no_network_where_they_are_refuses_nothing(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


def test_a_spouse_who_will_not_answer_for_him_is_unclear() -> None:
    answer, evidence = read_answer(
        "Aqui fala a Rosa, esposa do Manuel. O Manuel está em viagem e só volta na sexta, lá "
        "na estrada quase não há rede. Acho que ele vai gostar de ajudar o rapaz, mas ele é "
        "que decide, não quero responder por ele."
    )
    assert answer == "unclear"
    assert any(e.startswith("for-another:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # The writer's own refusal, and "não há problema", read as before.
        ("Não, obrigado. Estou em viagem e lá não há rede.", "no"),
        ("Não há problema, pode apresentar.", "yes"),
        ("Não há tempo para isso. Não posso.", "no"),
    ],
)
def test_other_negations_read_as_before(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
