"""A question counting the people the writer asks to meet ("Could you connect me with two
people please?", "¿Podrías presentarme a dos personas?", "Pourriez-vous me présenter à
deux personnes ?", "Könnten Sie mich mit zwei Personen bekannt machen?", "Pode
apresentar-me a duas pessoas?", "Naomba unitambulishe kwa watu wawili?") leads a list
of them as "Could you introduce me to two people:" does, its items opened by bullets or
by ordinals ("First, ... Second, ..."): each the writer with that one. The ordinal list
was read with no pair, and on one line its two people were paired with each other."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_ANA = Party("Ana Lopes", "ana@aero.example")
_STEFAN = Party("Stefan Dekker", "stefan@bloem.example")

_ORDINAL_LISTS = [
    "Could you connect me with two people please?\n\nFirst, Ana Lopes (ana@aero.example)."
    " She runs a cargo airline.\n\nSecond, Stefan Dekker (stefan@bloem.example), a buyer."
    "\n\nThanks,\nAnn",
    "Could you connect me with two people please? First, Ana Lopes (ana@aero.example)."
    " Second, Stefan Dekker (stefan@bloem.example).",
    "Could you connect me with two people please:\n\nFirst, Ana Lopes (ana@aero.example)."
    "\n\nSecond, Stefan Dekker (stefan@bloem.example).",
    "Could you connect me with two people please?\n\n- Ana Lopes (ana@aero.example)."
    "\n- Stefan Dekker (stefan@bloem.example), a buyer.",
    "¿Podrías presentarme a dos personas?\n\nPrimero, Ana Lopes (ana@aero.example). Dirige"
    " una aerolínea de carga.\n\nSegundo, Stefan Dekker (stefan@bloem.example).",
    "Pourriez-vous me présenter à deux personnes ?\n\nPremièrement, Ana Lopes"
    " (ana@aero.example). Elle dirige une compagnie cargo.\n\nDeuxièmement, Stefan Dekker"
    " (stefan@bloem.example), un acheteur.",
    "Könnten Sie mich mit zwei Personen bekannt machen?\n\nErstens, Ana Lopes"
    " (ana@aero.example). Sie leitet die Fracht.\n\nZweitens, Stefan Dekker"
    " (stefan@bloem.example), ein Einkäufer.",
    "Pode apresentar-me a duas pessoas?\n\nPrimeiro, Ana Lopes (ana@aero.example). Ela"
    " gere a carga.\n\nSegundo, Stefan Dekker (stefan@bloem.example), um comprador.",
    "Naomba unitambulishe kwa watu wawili?\n\nKwanza, Ana Lopes (ana@aero.example)."
    " Anasimamia mizigo.\n\nPili, Stefan Dekker (stefan@bloem.example), mnunuzi.",
]


@pytest.mark.parametrize("body", _ORDINAL_LISTS)
def test_each_one_listed_meets_the_writer(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.confident
    assert result.pairs == (Pair(_WRITER, _ANA), Pair(_WRITER, _STEFAN))


def test_a_question_counting_no_one_leads_no_list() -> None:
    result = understand(
        "Could you introduce me to someone in banking?\n\n- Ana Lopes (ana@aero.example)."
        "\n- Stefan Dekker (stefan@bloem.example)."
    )
    assert not result.confident
    assert Pair(_WRITER, _ANA) not in result.pairs
