"""English puts a language, a nation or a firm before the noun it describes, written with
a capital: after an indefinite article and the English word before it ("meet a Swahili
translator in Nairobi", "to an Acme engineer") such a word is no one named. A listed
first name, a word an address spells, a word joined to people after it, and Portuguese
and Spanish "a" ("to") before a name keep the name; so a mail asking how to ask for such
a one is help, not an intro asked for."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand


def _names(text: str) -> list[str | None]:
    return [item.name for item in tokenize(text, load_rules()) if item.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "If I want to meet a Swahili translator in Nairobi, what should I write?",
        "Could you introduce me to an Acme engineer?",
        "I would like to talk with a German lawyer about this.",
        "We need a Portuguese speaker for the stand.",
    ],
)
def test_a_capitalised_word_describing_the_noun_is_no_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Could you introduce me to a Tom from your club?", "Tom"),
        ("I'd like to meet a Mensah and his brother.", "Mensah"),
        ("Could you introduce me to a Huber (huber@huber.example) soon?", "Huber"),
        ("Oi! Vc consegue apresentar a Bia pro Thiago Moreira?", "Bia"),
        ("¿Me presentas a Ortega mañana?", "Ortega"),
    ],
)
def test_a_name_after_an_article_or_a_preposition_stays(text: str, name: str) -> None:
    assert name in _names(text)


def test_asking_what_to_write_to_meet_such_a_one_is_help() -> None:
    result = understand(
        "Hello,\n\nMy boss give me this address and say you can help to know people. I want"
        " to ask how to use this service first.\n\nFor example if I want to meet a Swahili"
        " translator in Nairobi, what information I should write to you? And do you send my"
        " email to them directly or you ask them first?\n\nThank you very much.\n\nLi Na"
    )
    assert result.kind == "command"
    assert result.command == "help"


def test_asking_for_such_a_one_names_no_one_to_meet() -> None:
    result = understand("Hi,\n\nCould you introduce me to a Swahili translator in Nairobi?")
    assert result.kind == "intro_request"
    assert result.b is None
    assert not result.confident


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kindly introduce Adaeze Nwosu (adaeze@nwosu.example) to the Catalan translator "
            "Laia Ferrer (laia@ferrer.example).",
            "Laia Ferrer",
        ),
        (
            "Please introduce Adaeze Nwosu (adaeze@nwosu.example) to our Acme account manager "
            "Tom Hall (tom@hall.example).",
            "Tom Hall",
        ),
        (
            "Could you connect Adaeze Nwosu (adaeze@nwosu.example) with their Lagos office "
            "Jide Bello (jide@bello.example)?",
            "Jide Bello",
        ),
    ],
)
def test_a_capitalised_word_describing_a_noun_before_a_name_is_no_name(
    text: str, name: str
) -> None:
    assert _names(text)[-2:] == ["Adaeze Nwosu", name]
    result = understand(text)
    assert result.b is not None and result.b.name == name
    assert result.confident


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # No name after the noun: the word is left as it was read.
        ("Could you introduce me to the Okafor twins?", ["Okafor"]),
        # A listed first name after the determiner is a name.
        ("Please introduce me to our Maria from accounts.", ["Maria"]),
        # A word an address spells is a name.
        (
            "Please introduce me to the Ferrer translator Laia (ferrer@trad.example).",
            ["Ferrer", "Laia"],
        ),
    ],
)
def test_a_capitalised_word_after_the_determiner_with_no_name_after_its_noun_stays(
    text: str, names: list[str]
) -> None:
    assert [name for name in _names(text) if name] == names


def test_a_capitalised_word_going_on_with_a_small_word_stays_a_name() -> None:
    # "for" is no noun "Foundation" describes: the name runs on through it, here into the
    # mention of the one it follows, as where she is from ("of the Foundation").
    text = "a request from Dr Helga Dahl of the Foundation for Rural Health."
    names = [item for item in tokenize(text, load_rules()) if item.kind == "name"]
    at = text.index("Foundation")
    assert any(item.start <= at < item.end for item in names)
