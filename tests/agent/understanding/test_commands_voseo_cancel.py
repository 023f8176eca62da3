"""Rioplatense Spanish cancels with the voseo imperative ("Che, dejá sin efecto lo de
Gustavo con la contadora", "Cancelá lo de Gustavo", "Anulá la presentación con Pablo"),
as with the tú one ("Deja sin efecto lo de ..."); governing the thing with something
other than a person ("Dejá lo de mañana") it cancels nothing."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Che, dejá sin efecto lo de Gustavo con la contadora, la del monotributo. Gustavo"
            " ya consiguió una por el consorcio del edificio.\n\nGracias igual, un genio.\n\n"
            "Martín",
            "lo de Gustavo",
        ),
        ("Cancelá lo de Gustavo con la contadora. Ya consiguió una.\n\nMartín", "lo de Gustavo"),
        ("Anulá la presentación con Pablo Ríos, porfa.", "la presentación con Pablo Ríos"),
        ("Olvidate de lo de Gustavo, ya está resuelto.", "lo de Gustavo"),
    ],
)
def test_a_voseo_imperative_cancels(text: str, target: str) -> None:
    found = detect_command("lo de Gustavo", text, in_reply_to=False)
    assert found is not None
    assert found.command == "cancel"
    assert found.target == target


def test_the_thing_of_a_day_is_no_intro() -> None:
    assert detect_command("", "Dejá lo de mañana, nos vemos el jueves.", False) is None
