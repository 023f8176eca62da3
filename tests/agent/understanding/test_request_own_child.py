"""An ask for the writer's own child named only so ("Kindly introduce my daughter to Mr.
Srinivas Goud"): the child is the one the mail ties to the writer as their child, named
right after the same words ("my daughter Ananya Reddy") or as the one the writer is the
parent of ("I am Ann Lee, mother of Ananya Reddy"); anyone else named before ("My friend
Sarah Jones suggested I write", "my son Tom") leaves the child unknown, asked about."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ANANYA = Party("Ananya Reddy", "ananya@reddy.example")
_BOB = Party("Bob Ray", "bob@ray.example")

_PARENT_TOLD = {
    "en": "I am Ann Lee, mother of Ananya Reddy (ananya@reddy.example). Kindly introduce my"
    " daughter to Bob Ray (bob@ray.example).",
    "fr": "Je suis la mère d'Ananya Reddy (ananya@reddy.example). Pourriez-vous présenter"
    " ma fille à Bob Ray (bob@ray.example) ?",
    "es": "Soy la madre de Ananya Reddy (ananya@reddy.example). ¿Podrías presentar a mi"
    " hija a Bob Ray (bob@ray.example)?",
    "de": "Ich bin die Mutter von Ananya Reddy (ananya@reddy.example). Könnten Sie meine"
    " Tochter mit Bob Ray (bob@ray.example) bekannt machen?",
    "pt": "Sou a mãe da Ananya Reddy (ananya@reddy.example). Pode apresentar a minha filha"
    " ao Bob Ray (bob@ray.example)?",
    "sw": "Mimi ni mama wa Ananya Reddy (ananya@reddy.example). Naomba umtambulishe binti"
    " yangu kwa Bob Ray (bob@ray.example).",
}

_CHILD_NAMED = {
    "en": "Our daughter Ananya Reddy (ananya@reddy.example) is shy. Could you introduce my"
    " daughter to Bob Ray (bob@ray.example)?",
    "fr": "Ma fille Ananya Reddy (ananya@reddy.example) cherche un stage. Pourriez-vous"
    " présenter ma fille à Bob Ray (bob@ray.example) ?",
    "es": "Mi hija Ananya Reddy (ananya@reddy.example) busca prácticas. ¿Podrías presentar"
    " a mi hija a Bob Ray (bob@ray.example)?",
    "de": "Meine Tochter Ananya Reddy (ananya@reddy.example) sucht ein Praktikum. Könnten"
    " Sie meine Tochter mit Bob Ray (bob@ray.example) bekannt machen?",
    "pt": "A minha filha Ananya Reddy (ananya@reddy.example) procura estágio. Pode"
    " apresentar a minha filha ao Bob Ray (bob@ray.example)?",
    "sw": "Binti yangu Ananya Reddy (ananya@reddy.example) anatafuta kazi. Naomba"
    " umtambulishe binti yangu kwa Bob Ray (bob@ray.example).",
}


@pytest.mark.parametrize("language", sorted(_PARENT_TOLD))
def test_the_child_the_writer_is_parent_of(language: str) -> None:
    result = understand(_PARENT_TOLD[language])
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_ANANYA, _BOB)
    assert result.confident


@pytest.mark.parametrize("language", sorted(_CHILD_NAMED))
def test_the_child_named_after_the_same_words(language: str) -> None:
    result = understand(_CHILD_NAMED[language])
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_ANANYA, _BOB)
    assert result.confident


def test_address_given_after_the_ask() -> None:
    result = understand(
        "I am Ann Lee, mother of Ananya Reddy who studies aeronautics. Kindly introduce my"
        " daughter to Mr. Bob Ray, who is an alumnus. His mail id is bob@ray.example .\n\n"
        "Ananya's own mail id is ananya@reddy.example , please write to her directly."
    )
    assert (result.a, result.b) == (_ANANYA, _BOB)
    assert result.confident


def test_the_writer_being_the_parent_is_no_other_relative() -> None:
    result = understand(
        "I am the mother of Ananya Reddy (ananya@reddy.example). Could you introduce my"
        " daughter to Bob Ray (bob@ray.example)?"
    )
    assert (result.a, result.b) == (_ANANYA, _BOB)
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        # Someone else named before is no child of the writer's.
        "My friend Sarah Jones (sarah@jones.example) suggested I write. Please introduce my"
        " daughter to Bob Ray (bob@ray.example).",
        # A son is no daughter.
        "My son Tom Lee (tom@lee.example) is job hunting. Please introduce my daughter to"
        " Bob Ray (bob@ray.example).",
        # Someone else is the parent told of.
        "I met Joy Eze (joy@eze.example), mother of Ananya Reddy (ananya@reddy.example)."
        " Kindly introduce my daughter to Bob Ray (bob@ray.example).",
        # No one named at all.
        "Please introduce my daughter to Bob Ray (bob@ray.example).",
    ],
)
def test_a_child_the_mail_does_not_name_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b == _BOB
    assert result.a is not None and result.a.email is None
    assert not result.confident


def test_the_relative_of_a_party_is_still_asked_about() -> None:
    result = understand(
        "Please introduce Bernard Ode (bernard@ode.example) to the daughter of Ines Haddad"
        " (ines@haddad.example)."
    )
    assert not result.confident
