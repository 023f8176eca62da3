"""Spanish joins "de" and the article before a title into "del": "Por instrucciones del
Lic. Gerardo Treviño" writes for him as "por instrucciones de" does, and "El correo del
Lic. Treviño Zambrano es ..." gives his address as "el correo de * es" does. An assistant writing
so for her boss asks for him, not for herself; before, she was read as the one to meet."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_SENDER = "Ximena Rocha <xrocha@altamira.example>"
_BOSS = Party("Gerardo Treviño Zambrano", "gtrevino@altamira.example")
_VALERIA = Party("Valeria Cuéllar", "vcuellar@nopal.example")


@pytest.mark.parametrize(
    "lead",
    [
        "Por instrucciones del",
        "Por indicaciones del",
        "A petición del",
        "De parte del",
        "En nombre del",
    ],
)
def test_an_assistant_writing_for_her_boss_with_del_asks_for_him(lead: str) -> None:
    result = understand(
        f"Buenas tardes:\n\n{lead} Lic. Gerardo Treviño Zambrano, Director General, le"
        " solicito una presentación con la Mtra. Valeria Cuéllar, socia de Nopal Angels"
        " (vcuellar@nopal.example).\n\nEl correo del Lic. Treviño Zambrano es"
        " gtrevino@altamira.example.\n\nSaludos cordiales,\n\nXimena Rocha",
        sender=_SENDER,
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_BOSS, _VALERIA}
    assert result.confident


def test_without_his_address_the_boss_is_asked_about_not_the_assistant() -> None:
    result = understand(
        "Buenas tardes:\n\nPor instrucciones del Lic. Gerardo Treviño Zambrano le solicito"
        " una presentación con la Mtra. Valeria Cuéllar (vcuellar@nopal.example).\n\n"
        "Saludos,\nXimena Rocha",
        sender=_SENDER,
    )
    assert result.kind == "intro_request"
    assert not result.confident
    assert Party("Ximena Rocha", "xrocha@altamira.example") not in (result.a, result.b)
