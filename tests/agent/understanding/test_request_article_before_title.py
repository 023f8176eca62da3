"""An article that is also an object pronoun ("le", "la", "el", "o") before a title and a
name is the article: "avec le Dr Benoît Lefèvre", "con el Dr. Benoît Lefèvre", "com o
Dr. Benoît Lefèvre" name the doctor, not "him" or "you". Before a verb the word is the
pronoun still ("le présenter")."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")
BENOIT = Party("Benoît Lefèvre", "b.lefevre@had-rouen.example")
# Two of the first name, one of the whole name.
BOOK = MemoryAddressBook(
    [
        Address("Benoît Marchal", "benoit.marchal@pharmacie.example"),
        Address("Benoît Lefèvre", "b.lefevre@had-rouen.example"),
    ]
)


@pytest.mark.parametrize(
    "body",
    [
        "Pourriez-vous me mettre en relation avec le Dr Benoît Lefèvre, le médecin "
        "coordinateur de l'HAD de Rouen ?",
        "¿Me podrías poner en contacto con el Dr. Benoît Lefèvre?",
        "Pode me pôr em contato com o Dr. Benoît Lefèvre?",
        "Could you put me in touch with Dr Benoît Lefèvre?",
    ],
)
def test_an_article_before_a_title_leaves_the_name_to_the_ask(body: str) -> None:
    result = understand(body, book=BOOK)
    assert (result.a, result.b) == (ME, BENOIT)
    assert result.confident


def test_the_article_is_a_plain_word() -> None:
    items = tokenize("avec le Dr Benoît Lefèvre ?", load_rules())
    assert [(item.kind, item.lower) for item in items][:3] == [
        ("word", "avec"),
        ("word", "le"),
        ("name", "benoît lefèvre"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # The first name of two in the book.
        "Pourriez-vous me mettre en relation avec le Dr Benoît ?",
        # A pronoun before its verb is still one: whom "le" is, nobody says.
        "Pouvez-vous le présenter au Dr Benoît Lefèvre ?",
    ],
)
def test_no_certain_pair_without_a_certain_person(body: str) -> None:
    assert not understand(body, book=BOOK).confident


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A pronoun that is no article stays one before a title.
        ("Könnten Sie mich Dr. Michael Osei vorstellen?", "self"),
        ("Könnten Sie ihn Herrn Jonas Vogt vorstellen?", "third"),
    ],
)
def test_a_pronoun_that_is_no_article_stays_one(text: str, kind: str) -> None:
    items = tokenize(text, load_rules())
    assert [item.kind for item in items if item.kind in ("self", "third", "name")] == [
        kind,
        "name",
    ]
