"""A second pair after a first, the writer with someone, joined by "to" as the first was:
"E a mim ao Eng. Carlos Pinto <...>", "Y a mí a Carlos Pinto" as "And me to", "Et moi à",
"Und mich mit", "Na mimi kwa" are read; a Spanish or Portuguese "y a mí" / "e a mim" going
on to something other than a person carries no pair on."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_RUI = Party("Rui Batista", "rui@batista.example")
_MARTA = Party("Marta Sousa", "marta@loja.example")
_CARLOS = Party("Carlos Pinto", "cpinto@solar.example")
_FIRST = {
    "pt": "Podes apresentar o Rui Batista (rui@batista.example) à Marta Sousa"
    " (marta@loja.example)?",
    "es": "¿Puedes presentar a Rui Batista (rui@batista.example) a Marta Sousa"
    " (marta@loja.example)?",
    "en": "Could you introduce Rui Batista (rui@batista.example) to Marta Sousa"
    " (marta@loja.example)?",
    "fr": "Pourriez-vous présenter Rui Batista (rui@batista.example) à Marta Sousa"
    " (marta@loja.example) ?",
    "de": "Kannst du Rui Batista (rui@batista.example) mit Marta Sousa (marta@loja.example)"
    " verbinden?",
    "sw": "Tafadhali mtambulishe Rui Batista (rui@batista.example) kwa Marta Sousa"
    " (marta@loja.example).",
}


@pytest.mark.parametrize(
    ("language", "second"),
    [
        ("pt", "E a mim ao Eng. Carlos Pinto <cpinto@solar.example>, por causa dos painéis."),
        ("pt", "E também a mim ao Carlos Pinto <cpinto@solar.example>."),
        ("es", "Y a mí a Carlos Pinto <cpinto@solar.example>, por los paneles."),
        ("es", "Y a mí con Carlos Pinto <cpinto@solar.example>, por los paneles."),
        ("en", "And me to Carlos Pinto <cpinto@solar.example>, about the panels."),
        ("fr", "Et moi à Carlos Pinto <cpinto@solar.example>, pour les panneaux."),
        ("de", "Und mich mit Carlos Pinto <cpinto@solar.example>, wegen der Paneele."),
        ("sw", "Na mimi kwa Carlos Pinto <cpinto@solar.example>, kuhusu paneli."),
    ],
)
def test_and_me_to_someone_is_a_second_pair(language: str, second: str) -> None:
    result = understand(f"{_FIRST[language]} {second}")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_RUI, _MARTA)
    assert result.more == (Pair(_WRITER, _CARLOS),)
    assert result.confident


def test_a_listed_second_pair_reads_the_same() -> None:
    result = understand(
        "preciso de um favor a dobrar:\n- apresentar o Rui Batista (rui@batista.example) à"
        " Marta Sousa, marta@loja.example — ela procura vinhos\n- e a mim ao Eng. Carlos"
        " Pinto <cpinto@solar.example>, por causa dos painéis para a adega"
    )
    assert (result.a, result.b) == (_RUI, _MARTA)
    assert result.more == (Pair(_WRITER, _CARLOS),)
    assert result.confident


@pytest.mark.parametrize(
    ("language", "second"),
    [
        ("es", "Y a mí a veces me cuesta escribirle a Carlos Pinto <cpinto@solar.example>."),
        ("pt", "E a mim à tarde ligas-me, se der."),
    ],
)
def test_and_me_going_on_to_no_one_adds_no_pair(language: str, second: str) -> None:
    result = understand(f"{_FIRST[language]} {second}")
    assert (result.a, result.b) == (_RUI, _MARTA)
    assert result.more == ()
