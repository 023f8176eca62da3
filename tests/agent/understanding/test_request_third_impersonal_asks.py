"""Someone the writer speaks for, wishing that they be introduced by no one named (Spanish
"que se le presente a", "que se le ponga en contacto con"; French "qu'on lui présente";
Portuguese "que lhe apresentem"; German "er möchte ... vorgestellt werden"): the one
written about is that one, the one named before with an address, as "que lo presente a"
already reads; the writer is never that one."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

BOSS = Party("Ramiro Huamán", "ramiro.huaman@talleresramirez.example")
OTHER = Party("Milagros Chávez", "mchavez@flotamototaxi-ate.example")


@pytest.mark.parametrize(
    "text",
    [
        "Le escribo de parte de mi jefe, el Sr. Ramiro Huamán (ramiro.huaman@talleresramirez"
        ".example), gerente de Talleres Ramírez. Él desea que se le presente a la Sra. Milagros"
        " Chávez, administradora de la flota de mototaxis de la Municipalidad de Ate"
        " (mchavez@flotamototaxi-ate.example), para ofrecer el mantenimiento preventivo.",
        "Le escribo de parte de mi jefe, el Sr. Ramiro Huamán (ramiro.huaman@talleresramirez"
        ".example). Quiere que se le ponga en contacto con la Sra. Milagros Chávez"
        " (mchavez@flotamototaxi-ate.example).",
        "Je vous écris de la part de mon patron, M. Ramiro Huamán (ramiro.huaman@"
        "talleresramirez.example). Il souhaite qu'on lui présente Mme Milagros Chávez"
        " (mchavez@flotamototaxi-ate.example), pour proposer l'entretien.",
        "O Sr. Ramiro Huamán (ramiro.huaman@talleresramirez.example) é o meu chefe. Ele deseja"
        " que lhe apresentem a Sra. Milagros Chávez (mchavez@flotamototaxi-ate.example), para"
        " oferecer a manutenção.",
        "Ich schreibe im Auftrag meines Chefs, Herrn Ramiro Huamán (ramiro.huaman@"
        "talleresramirez.example). Er möchte Frau Milagros Chávez (mchavez@flotamototaxi-ate"
        ".example) vorgestellt werden, um die Wartung anzubieten.",
    ],
)
def test_the_one_spoken_for_is_introduced(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (BOSS, OTHER)
    assert result.confident


def test_no_one_named_before_is_no_certain_pair() -> None:
    result = understand(
        "Hola, quiero que se le presente a la Sra. Milagros Chávez (mchavez@flotamototaxi-ate"
        ".example)."
    )
    assert result.kind == "intro_request"
    assert not result.confident
