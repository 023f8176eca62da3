"""A plea between the verb of an ask and the one asked for ("preséntame por favor con
Ernesto Quiroga"), as in the other languages ("introduce me please to", "apresenta-me
por favor ao", "nitambulishe tafadhali kwa")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ERNESTO = Party("Ernesto Quiroga", "ernesto@quirogaestructuras.mx")
_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    "ask",
    [
        "Preséntame por favor con Ernesto Quiroga (ernesto@quirogaestructuras.mx).",
        "Preséntame, por favor, a Ernesto Quiroga (ernesto@quirogaestructuras.mx).",
        "¿Puedes presentarme por favor a Ernesto Quiroga (ernesto@quirogaestructuras.mx)?",
        "Ponme por favor en contacto con Ernesto Quiroga (ernesto@quirogaestructuras.mx).",
        "Could you introduce me please to Ernesto Quiroga (ernesto@quirogaestructuras.mx)?",
        "Apresenta-me por favor ao Ernesto Quiroga (ernesto@quirogaestructuras.mx).",
        "Nitambulishe tafadhali kwa Ernesto Quiroga (ernesto@quirogaestructuras.mx).",
    ],
)
def test_a_plea_inside_the_ask_keeps_it(ask: str) -> None:
    result = understand(ask + " Necesitamos que revise el cálculo del voladizo.")
    assert result.confident
    assert (result.a, result.b) == (_WRITER, _ERNESTO)


@pytest.mark.parametrize(
    "text",
    [
        # No one after the plea: a thing shown, no intro.
        "Preséntame por favor tu propuesta antes del lunes.",
        # Told, not asked.
        "Ernesto Quiroga (ernesto@quirogaestructuras.mx) me presentó por favor a su socio.",
    ],
)
def test_a_plea_before_no_one_asks_no_intro(text: str) -> None:
    result = understand(text)
    assert not result.confident
