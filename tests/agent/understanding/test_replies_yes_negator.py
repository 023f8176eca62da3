"""A yes that holds a negator ("sin problema", "no problem", "pas de souci", "kein
Problem", "sem problema", "hakuna shida") negates nothing after it: the thumbs-up or the
go-ahead that follows it is a yes, while a negator of its own before a yes still negates."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Dale, sin problema 👍 pasale mi contacto",
        "No problem 👍 go ahead",
        "Pas de souci 👍",
        "Kein Problem 👍 gerne",
        "Sem problema 👍 pode passar",
        "Hakuna shida 👍 endelea",
    ],
)
def test_a_yes_with_a_negator_negates_nothing_after_it(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("no 👍", "no"),
        ("Sin 👍 por ahora", "no"),
        ("no problem, not interested", "unclear"),
        ("Sin problema, no me interesa", "unclear"),
        ("Kein Problem nicht 👍", "no"),
    ],
)
def test_a_negator_of_its_own_still_negates(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("No problem at all, happy to connect with Lucía. Not a bother in the slightest.", "yes"),
        ("Happy to meet her, not a bother at all.", "yes"),
        ("Claro, encantada, no es ninguna molestia.", "yes"),
        ("Gerne, macht keine Umstände.", "yes"),
        ("Claro, não é incômodo nenhum.", "yes"),
        ("Ndiyo, si tabu.", "yes"),
        ("It's not a bother, but I'll pass.", "no"),
    ],
)
def test_no_bother_reassures_as_no_problem_does(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
