"""Latin American Spanish asks the one written to, as "usted" or "ustedes", to introduce
the writer "con" someone in the subjunctive after "que" ("necesito que me presente con",
"quiero que me presenten con"): an ask, as "que me presente a" is."""

from __future__ import annotations

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


def test_a_usted_ask_with_con_pairs_the_writer() -> None:
    result = understand(
        "Buenas tardes, quiero que me presenten con el Sr. Jaime Mejía"
        " (jaime.mejia@ferreteria.example)."
    )
    assert (result.a, result.b) == (
        Party("Ann Lee", "ann@lee.example"),
        Party("Jaime Mejía", "jaime.mejia@ferreteria.example"),
    )
    assert result.confident


def test_a_dictated_ask_naming_in_lower_case_is_asked_about() -> None:
    result = understand(
        "hola buenas tardes necesito que me presente con la señora gloria patricia restrepo"
        " que tiene una tienda de uniformes"
    )
    assert result.kind == "intro_request"
    assert not result.confident


def test_a_past_presentation_asks_nothing() -> None:
    assert understand("Me presente con orgullo ante el jurado ayer.").kind == "not_a_request"
