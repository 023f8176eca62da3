"""A pronoun that may be the one written to or a third person ("le", "lhe") is a third
person beside a verb of the familiar "you" (``familiar_verbs``): in "¿Le puedes presentar a
Carmen Delgado?" the one written to is the verb's subject, so "le" is the one spoken of, a
forward's author in its note or the one person named before. Beside a verb of the polite
"you" ("¿Le puede presentar ...?") it is read as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.requests import load_rules
from tests.agent.understanding.test_requests import CARMEN, HELGA, _from_antonio, understand

_CARMEN = "Carmen Delgado (carmen@olivar.example)"
_GERARDO = Party("Gerardo Pineda", "gerardo@finca.example")


@pytest.mark.parametrize(
    "note",
    [
        f"Te reenvío esto. ¿Le puedes presentar a {_CARMEN}?",
        f"¿Le podrías presentar a {_CARMEN}? Ella compra aceite.",
        f"¿Le podés presentar a {_CARMEN}?",
        f"Os lo reenvío: ¿le podéis presentar a {_CARMEN}?",
        f"Podes-lhe apresentar a {_CARMEN}?",
        f"Podes apresentar-lhe a {_CARMEN}?",
        f"Lhe podes apresentar a {_CARMEN}?",
    ],
)
def test_a_dative_beside_a_familiar_verb_in_a_forwards_note_is_its_author(note: str) -> None:
    result = _from_antonio(note)
    assert result.kind == "intro_request", note
    assert {result.a, result.b} == {HELGA, CARMEN}, note
    assert result.confident, note


@pytest.mark.parametrize(
    "text",
    [
        "Mi cliente Gerardo Pineda (gerardo@finca.example) quiere exportar. "
        f"¿Le puedes presentar a {_CARMEN}?",
        "O meu cliente Gerardo Pineda (gerardo@finca.example) quer exportar. "
        f"Podes-lhe apresentar a {_CARMEN}?",
    ],
)
def test_a_dative_beside_a_familiar_verb_is_the_one_named_before(text: str) -> None:
    result = understand(text)
    assert {result.a, result.b} == {_GERARDO, CARMEN}
    assert result.confident


def test_a_dative_beside_a_familiar_verb_with_no_one_before_is_no_one_certain() -> None:
    result = understand(f"¿Le puedes presentar a {_CARMEN}?")
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("¿Le puedes presentar a Carmen?", "third"),
        ("Podes-lhe apresentar a Carmen?", "third"),
        ("Podes apresentar-lhe a Carmen?", "third"),
        # The polite "you": "le" may be the one written to, read as before.
        ("¿Le puede presentar a Carmen?", "you"),
        ("Le agradecería que le presentara a Carmen.", "you"),
        ("Pode apresentar-lhe a Carmen?", "you"),
    ],
)
def test_only_a_familiar_verb_makes_the_dative_a_third_person(text: str, kind: str) -> None:
    rules = load_rules()
    pronouns = [i for i in tokenize(text, rules) if i.lower in ("le", "lhe")]
    assert pronouns
    assert pronouns[-1].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Che, ¿le podés presentar a Martina Sosa (martina@sosa.example) a "
        "Facundo Ibarra (facu@ibarra.example)?",
        "Me gustaría que le presentaras a Martina Sosa (martina@sosa.example) a "
        "Facundo Ibarra (facu@ibarra.example).",
        "¿Le puede presentar a Martina Sosa (martina@sosa.example) a "
        "Facundo Ibarra (facu@ibarra.example)?",
    ],
)
def test_a_dative_doubling_the_second_of_two_people_pairs_the_two(text: str) -> None:
    result = understand(text)
    assert {result.a, result.b} == {
        Party("Martina Sosa", "martina@sosa.example"),
        Party("Facundo Ibarra", "facu@ibarra.example"),
    }
    assert result.confident
    assert not result.more
