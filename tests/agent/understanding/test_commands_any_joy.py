"""Asking whether there was any luck with someone asked for ("Any joy with the Breton
translator?", "Any luck with ...", "¿Hubo suerte con ...?", "Alguma sorte com ...?",
"Schon Glück gehabt mit ...?") opening a mail asks how that intro stands, as "Any news
on ..." does; with a new ask beside it, or luck with something else that is no question
opening the mail, it is none."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Hiya,\n\nAny joy with the Breton translator? The committee meets Thursday night and I"
        " promised them an update on the songbook - they'll have my guts for garters if I turn"
        " up with nothing again.\n\nCheers now,\nHuw",
        "Hiya,\n\nAny luck with the Breton translator? The committee meets Thursday.\n\nHuw",
        "Any joy with the intro to the Breton translator?\n\nHuw",
        "Hola,\n\n¿Hubo suerte con el traductor bretón? El comité se reúne el jueves.\n\nHuw",
        "Olá,\n\nAlguma sorte com o tradutor bretão? O comité reúne-se na quinta.\n\nHuw",
        "Hallo,\n\nSchon Glück gehabt mit dem bretonischen Übersetzer? Der Vorstand trifft sich"
        " am Donnerstag.\n\nHuw",
    ],
)
def test_any_joy_with_someone_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Hiya,\n\nAny luck with the Breton translator? Could you also introduce me to Tom Ray"
        " (tom@ray.example)?\n\nHuw",
        "Hola,\n\n¿Hubo suerte con el traductor bretón? ¿Me presentas también a Ana Lima"
        " (ana@lima.example)?\n\nHuw",
    ],
)
def test_a_new_ask_beside_it_asks(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.confident


def test_luck_finding_something_is_no_status() -> None:
    result = understand("Hiya,\n\nAny luck finding a venue for the concert? We need one by May.")
    assert result.kind == "not_a_request"
