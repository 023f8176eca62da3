"""The period of an abbreviation inside a place's name (``place_abbreviations``: "St.
Anthony", "Mt. Kenya", "Ft. Worth", "Sta. Cruz", "Sto. Domingo", "Ste. Anne") before a
capitalised word ends no sentence, so an ask written around it is read whole; before a
word in lower case or at a line's end the period still ends the sentence, and a street
name's "St." before a new sentence ("Main St. Tomorrow ...") makes no wrong party."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

_ROSA = Party("Rosa Delgado", "rosa.delgado@example.org")
_TOMAS = Party("Tomás Ibarra", "t.ibarra@example.net")


@pytest.mark.parametrize(
    "body",
    [
        "Could you put Rosa Delgado (rosa.delgado@example.org), who runs the youth choir at"
        " St. Brigid, in touch with Tomás Ibarra (t.ibarra@example.net)?",
        "Could you connect Rosa Delgado (rosa.delgado@example.org), who has guided climbers"
        " on Mt. Elgon for years, with Tomás Ibarra (t.ibarra@example.net)?",
        "Can you connect Rosa Delgado (rosa.delgado@example.org), who moved to Ft. Collins"
        " last spring, with Tomás Ibarra (t.ibarra@example.net)?",
        "¿Podrías presentarle a Rosa Delgado (rosa.delgado@example.org), que dirige el coro"
        " de Sta. Teresa, a Tomás Ibarra (t.ibarra@example.net)?",
        "¿Puedes poner en contacto a Rosa Delgado (rosa.delgado@example.org), maestra en"
        " Sto. Tomás de Aquino, con Tomás Ibarra (t.ibarra@example.net)?",
        "Pourriez-vous mettre Rosa Delgado (rosa.delgado@example.org), qui anime la chorale"
        " de Ste. Geneviève, en relation avec Tomás Ibarra (t.ibarra@example.net) ?",
        "Je cherche à mettre Rosa Delgado (rosa.delgado@example.org), qui travaille à"
        " St. Malo, en relation avec Tomás Ibarra (t.ibarra@example.net).",
        "Poderia apresentar a Rosa Delgado (rosa.delgado@example.org), que coordena a"
        " pastoral em Sta. Catarina, ao Tomás Ibarra (t.ibarra@example.net)?",
        "Pode pôr a Rosa Delgado (rosa.delgado@example.org), professora em Sto. Amaro,"
        " em contacto com o Tomás Ibarra (t.ibarra@example.net)?",
        "Poderia apresentar a Rosa Delgado (rosa.delgado@example.org), que mora em São"
        " Paulo, ao Tomás Ibarra (t.ibarra@example.net)?",
    ],
)
def test_ask_around_a_place_abbreviation_is_read_whole(body: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nThanks,\nAnn Lee")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_ROSA, _TOMAS}
    assert result.confident


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("the choir at St. Brigid sings", 0),
        ("a guide on Mt. Elgon for years", 0),
        ("el coro de Sta. Teresa canta", 0),
        ("la chorale de Ste. Geneviève", 0),
        # Before a word in lower case, at a line's end, or after no listed abbreviation,
        # the period ends the sentence.
        ("it is on Elm St. and then left", 1),
        ("it is on Elm St.\nTomorrow I write", 1),
        ("we met at the Expo. Anna came too", 1),
        ("we met at the EST. Anna came too", 1),
    ],
)
def test_period_after_a_place_abbreviation_ends_a_sentence_only_where_it_should(
    text: str, ends: int
) -> None:
    items = tokenize(text, load_rules())
    assert sum(1 for item in items if item.kind == "end" and item.lower == ".") == ends


@pytest.mark.parametrize(
    "body",
    [
        "I moved to Main St. Tomorrow I will send the papers. Could you introduce me to"
        " Tomás Ibarra (t.ibarra@example.net)?",
        "Could you introduce me to Tomás Ibarra (t.ibarra@example.net)? He lives on Oak St."
        " Rosa says he is kind.",
    ],
)
def test_street_name_before_a_new_sentence_makes_no_wrong_party(body: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nThanks,\nAnn Lee", sender="Ann Lee <ann@lee.example>")
    if result.kind == "intro_request" and result.confident:
        assert {result.a, result.b} == {Party("Ann Lee", "ann@lee.example"), _TOMAS}
