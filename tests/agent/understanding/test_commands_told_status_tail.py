"""A status question opening a mail may say more of what it asks after than a short
tail when it tells that the writer asked for it before ("Any joy with the Fostering
Network woman I asked you about last week?", "¿Alguna novedad sobre la jefa de
enfermería ... que te pedí la semana pasada?"): it asks how that intro stands. The same
long question telling of no ask made before, or beside a new ask, is none."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Hiya,\n\nAny joy with the Fostering Network woman I asked you about last week?"
        " Grainne something - I've a panel on the 12th and it'd be good to have spoken to her"
        " by then.\n\nTa,\nCiara",
        "¿Alguna novedad sobre la jefa de enfermería del hospital de Temuco que te pedí la"
        " semana pasada?",
        "Des nouvelles de l'infirmière en chef de l'hôpital de Lyon que je vous ai demandée la"
        " semaine dernière ?",
        "Gibt es Neuigkeiten zu der Pflegedienstleiterin vom Klinikum Nord um die ich Sie"
        " letzte Woche gebeten hatte?",
        "Alguma novidade sobre a enfermeira-chefe do hospital de Braga que te pedi na semana"
        " passada?",
        "Kuna habari kuhusu muuguzi mkuu wa hospitali ya Aga Khan niliyokuomba wiki iliyopita?",
    ],
)
def test_long_status_question_telling_an_earlier_ask_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


def test_long_status_question_telling_no_ask_is_none() -> None:
    result = understand(
        "Any joy with the Fostering Network woman who runs the panel in Ballymena next week?"
    )
    assert result.kind == "not_a_request"


def test_a_new_ask_beside_it_asks() -> None:
    result = understand(
        "Any news on the Fostering Network woman I asked you about last week? Could you also"
        " introduce me to Carol Diaz (carol@diaz.example)?"
    )
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name == "Carol Diaz"
