"""Casual ways of asking the agent what it is and how an intro stands, in every language:
"ok what even is this bot??", "C'est quoi ce bot ?", "¿Qué es este bot?" ask for help;
"c'est où l'intro avec Julie ?" and "did she reply or not?" in a thread ask for status.
Near misses keep their reading: a longer sentence holding the words asks nothing of
the agent, and an ask beside a "c'est où" question is a request."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

WHAT_IS_THIS_BOT = [
    "ok what even is this bot??",
    "What's this bot?",
    "C'est quoi ce bot ?",
    "Hola, ¿qué es este bot?",
    "Was ist das für ein Bot?",
    "Oi, o que é esse bot?",
    "Habari, hii bot ni nini?",
]


@pytest.mark.parametrize("body", WHAT_IS_THIS_BOT)
def test_asking_what_the_bot_is_asks_for_help(body: str) -> None:
    result = understand(body)
    assert result.kind == "command"
    assert result.command == "help"


REPLIED_OR_NOT = [
    ("coucou, c'est où l'intro avec Julie Marchand stp ?", "salut"),
    ("elle a répondu ou pas ?", "Re: intro Julie ?"),
    ("did she reply or not?", "Re: intro to Dana"),
    ("¿contestó o no?", "Re: presentación con Ana"),
    ("Hat sie geantwortet oder nicht?", "AW: Vorstellung Anna"),
    ("Ela respondeu ou não?", "Re: apresentação à Ana"),
    ("Amejibu au la?", "Re: utambulisho"),
]


@pytest.mark.parametrize(("body", "subject"), REPLIED_OR_NOT)
def test_asking_where_the_intro_is_asks_for_status(body: str, subject: str) -> None:
    result = understand(body, subject=subject)
    assert result.kind == "command"
    assert result.command == "status"


def test_a_longer_sentence_with_the_words_asks_nothing() -> None:
    assert understand("What is this service charge on my invoice?").kind == "not_a_request"


def test_an_ask_beside_a_where_question_is_a_request() -> None:
    result = understand(
        "C'est où la Bretagne ? Pourrais-tu me présenter à Julie Marchand (julie@m.example) ?",
        subject="salut",
    )
    assert result.kind == "intro_request"
    assert result.confident
