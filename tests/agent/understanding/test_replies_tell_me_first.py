"""Asking to be told first what the matter is about ("he should tell me first what exactly
it's about", "er soll mir erst sagen, worum es geht", "qu'il me dise d'abord de quoi il
s'agit", "que me diga de qué va", "que me diga de que se trata", "aniambie kwanza ni kuhusu
nini") asks back before answering: beside a doubt about the writer's own trade ("catering
isn't really our thing") the reply is unclear, not a refusal. Knowing what it is about
("I know what it's about", "ich weiß, worum es geht") asks nothing, and a refusal beside
it stays one."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

ASKS_FIRST = [
    "He should tell me first what exactly it's about, catering isn't really our thing.",
    "Er soll mir erst sagen, worum es geht, Catering ist bei uns eigentlich nicht drin.",
    "Qu'il me dise d'abord de quoi il s'agit, le traiteur ce n'est pas vraiment notre truc.",
    "Que me diga de qué va, el catering no es lo nuestro.",
    "Que ele me diga de que se trata, catering não é bem a nossa área.",
    "Aniambie kwanza ni kuhusu nini, hatufanyi upishi.",
]


@pytest.mark.parametrize("text", ASKS_FIRST)
def test_asking_what_it_is_about_first_is_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Nein, danke. Ich weiß, worum es geht, und habe kein Interesse.",
        "No thanks. I know what it's about and I'm not interested.",
        "Non merci, je sais de quoi il s'agit.",
        "Catering ist bei uns eigentlich nicht drin.",
    ],
)
def test_knowing_what_it_is_about_leaves_a_refusal(text: str) -> None:
    assert read_answer(text)[0] == "no"


def test_a_yes_beside_the_ask_is_not_taken_as_yes() -> None:
    assert read_answer("Ja, gerne, aber er soll mir erst sagen, worum es geht.")[0] == "unclear"
