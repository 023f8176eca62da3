"""A nickname in quotes inside the From header's name ('Ousmane « Ouzin » Sarr',
"Mercedes “Meche” Aguirre", "Wolfgang „Wolle“ Maier") is how the writer is called and no
part of their name in full, as the text already reads 'Mercedes "Meche" Aguirre': the
requester is Ousmane Sarr. Quoted words that open or close the name, or are no name
("Ann “the boss” Lee"), stay."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from agent.understanding.request_people import natural_name
from tests.agent.understanding.test_requests import AGENT, understand


@pytest.mark.parametrize(
    ("display", "name"),
    [
        ("Ousmane « Ouzin » Sarr", "Ousmane Sarr"),
        ("Ousmane «Ouzin» Sarr", "Ousmane Sarr"),
        ("Mercedes “Meche” Aguirre Larraín", "Mercedes Aguirre Larraín"),
        ("Wolfgang „Wolle“ Maier", "Wolfgang Maier"),
        ("Margaret \u2018Peggy\u2019 Lawson", "Margaret Lawson"),
        ('Joaquim "Quim" Mestre', "Joaquim Mestre"),
        ("Juma “JJ” Mwangi", "Juma Mwangi"),
    ],
)
def test_a_quoted_nickname_is_no_part_of_the_name(display: str, name: str) -> None:
    assert natural_name(display) == name


@pytest.mark.parametrize(
    "display",
    [
        # Closing the name: a firm's or a stage name after it.
        'Ann Lee "Bloom"',
        # Opening it: nothing before to keep.
        "« Ouzin » Sarr",
        # Lower-case words in quotes: a description, no nickname.
        "Ann “the boss” Lee",
        # Brackets are no quotes.
        "Robert (Bob) Smith",
    ],
)
def test_other_quoted_words_are_kept(display: str) -> None:
    assert natural_name(display) == display


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        (
            "Ousmane « Ouzin » Sarr <ouzin@kaddu.example>",
            "Awa, je te présente Modou. Modou, je te présente Awa.",
        ),
        (
            "Kevin “Kev” Otieno <kev@daraja.example>",
            "Awa, meet Modou. Modou, meet Awa.",
        ),
        (
            "Mercedes “Meche” Aguirre <meche@aguirre.example>",
            "Awa, te presento a Modou. Modou, te presento a Awa.",
        ),
        (
            "Wolfgang „Wolle“ Maier <wolle@maier.example>",
            "Awa, darf ich dir Modou vorstellen? Modou, das ist Awa.",
        ),
        (
            "Joaquim « Quim » Mestre <quim@mestre.example>",
            "Awa, conheça o Modou. Modou, conheça a Awa.",
        ),
        (
            "Juma “JJ” Mwangi <jj@mwangi.example>",
            "Awa, nakutambulisha kwa Modou. Modou, nakutambulisha kwa Awa.",
        ),
    ],
)
def test_the_requester_is_named_without_the_nickname(sender: str, body: str) -> None:
    result = understand(
        body,
        sender=sender,
        to="Awa Ndiaye <awa@ndiaye.example>, Modou Faye <modou@faye.example>",
        cc=f"Intro Agent <{AGENT}>",
    )
    quoted, _, email = sender.partition(" <")
    words = quoted.split()
    assert result.requester == Party(f"{words[0]} {words[-1]}", email.rstrip(">"))
