"""A purpose clause naming no one opening a sentence, then a question what to write or send
closing it or one of its clauses ("If I want to introduce someone to someone else, what
exactly do I write to you?", "Nikitaka kumtambulisha mtu kwa mtu mwingine nikuandikie nini
hasa, na je ...?"), asks how to ask: help, as the question before its purpose does. A plea
to explain how the agent works ("Naomba unieleze inafanyaje kazi?", "Can you explain how it
works?") is the help phrase with its politeness. Naming whom, the mail stays a request."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Habari za jioni,\n\nMwalimu mkuu wetu ameniambia kwamba anatumia huduma hii"
        " kutambulisha watu. Mimi ni mgeni kabisa. Naomba unieleze inafanyaje kazi? Nikitaka"
        " kumtambulisha mtu kwa mtu mwingine nikuandikie nini hasa, na je lazima niwe na barua"
        " pepe zao wote wawili?\n\nAhsante,\nMwl. Fatuma Ally",
        "Nikitaka kumtambulisha mtu kwa mtu mwingine nikuandikie nini hasa?",
        "If I want to introduce someone to someone else, what exactly do I write to you, and do"
        " I need both their email addresses?",
        "If I want to introduce one person to another, what should I send?",
        "Si je veux présenter quelqu'un à quelqu'un d'autre, qu'est-ce que je dois vous écrire ?",
        "Si quiero presentar a alguien a otra persona, ¿qué tengo que escribir?",
        "Wenn ich jemanden mit jemand anderem bekannt machen will, was muss ich Ihnen schreiben?",
        "Se eu quiser apresentar alguém a outra pessoa, o que tenho que escrever?",
        # The plea to explain, in each language.
        "Naomba unieleze inafanyaje kazi?",
        "Can you explain how it works?",
        "Pouvez-vous m'expliquer comment ça marche ?",
        "¿Me puedes explicar cómo funciona?",
        "Kannst du mir erklären wie das funktioniert?",
        "Pode me explicar como funciona?",
    ],
)
def test_asking_how_to_ask_after_the_purpose_is_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        "If I want to introduce Sam Patel to Carol Diaz, what should I write?",
        "Nikitaka kumtambulisha Juma Ali kwa Neema Kimaro nikuandikie nini?",
        "Si quiero presentar a Reme Soler a Pepa Gil, ¿qué tengo que escribir?",
        "If I want to introduce someone to someone else, what should I write? Anyway, please"
        " introduce me to Sam Patel (sam.patel@example.com).",
    ],
)
def test_naming_whom_or_asking_beside_it_stays_a_request(text: str) -> None:
    assert understand(text).kind == "intro_request"


def test_explaining_something_else_is_no_help() -> None:
    assert understand("Can you explain how the new billing portal works?").kind != "command"
