"""A list of intros asked for one person named with an address in the sentence that opens
it ("Duas apresentações pra Camila Rocha (...): 1. com a Júlia Menezes (...) 2. com ..."):
each item that person with the one it opens on, certain with both addresses, asked about
with one missing; an item opening otherwise, or an address in an item not its person's,
and no item is read so."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

CAMILA = Party("Camila Rocha", "camila@trilha.example")
JULIA = Party("Júlia Menezes", "julia@mercado.example")
RAFAEL = Party("Rafael Teixeira", "rafael@raizes.example")


@pytest.mark.parametrize(
    "body",
    [
        "Fala!\n\nDuas apresentações pra Camila Rocha (camila@trilha.example), fundadora da "
        "Trilha:\n\n1. com a Júlia Menezes (julia@mercado.example) - ela toca operações;\n"
        "2. com o Rafael Teixeira, da Fundação Raízes (rafael@raizes.example) - edital "
        "aberto.\n\nValeu!\nAnn",
        "Hi,\n\nTwo intros for Camila Rocha (camila@trilha.example), who just joined us:\n\n"
        "1. with Júlia Menezes (julia@mercado.example) - she runs operations;\n2. with Rafael "
        "Teixeira (rafael@raizes.example) - they have a grant open.\n\nThanks\nAnn",
        "Bonjour,\n\nDeux mises en relation pour Camila Rocha (camila@trilha.example), notre "
        "nouvelle recrue :\n\n1. avec Júlia Menezes (julia@mercado.example) - elle gère les "
        "opérations ;\n2. avec Rafael Teixeira (rafael@raizes.example) - appel à projets "
        "ouvert.\n\nMerci\nAnn",
        "Hola,\n\nDos presentaciones para Camila Rocha (camila@trilha.example), que acaba de "
        "llegar:\n\n1. con Júlia Menezes (julia@mercado.example) - lleva operaciones;\n2. con "
        "Rafael Teixeira (rafael@raizes.example) - tienen convocatoria abierta.\n\nGracias\nAnn",
        "Hallo,\n\nzwei Vorstellungen für Camila Rocha (camila@trilha.example), neu im Team:"
        "\n\n1. mit Júlia Menezes (julia@mercado.example) - sie leitet den Betrieb;\n2. mit "
        "Rafael Teixeira (rafael@raizes.example) - Ausschreibung offen.\n\nDanke\nAnn",
        "Habari,\n\nUtambulisho mara mbili kwa Camila Rocha (camila@trilha.example), mgeni "
        "wetu:\n\n1. na Júlia Menezes (julia@mercado.example) - anaendesha shughuli;\n2. na "
        "Rafael Teixeira (rafael@raizes.example) - wana ruzuku.\n\nAsante\nAnn",
    ],
)
def test_each_item_pairs_the_one_the_intros_are_for(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (CAMILA, JULIA)
    assert result.more == (Pair(CAMILA, RAFAEL),)
    assert result.confident


def test_an_item_without_an_address_is_asked_about() -> None:
    result = understand(
        "Duas apresentações pra Camila Rocha (camila@trilha.example):\n\n1. com a Júlia "
        "Menezes (julia@mercado.example) - operações;\n2. com o Marcelo, aquele CFO "
        "freelancer.\n\nValeu!\nAnn"
    )
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (CAMILA, JULIA)
    assert result.more == (Pair(CAMILA, Party("Marcelo", None)),)
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        # An item opening on no "with": what it lists is no intro.
        "Duas apresentações pra Camila Rocha (camila@trilha.example):\n\n1. Júlia Menezes "
        "(julia@mercado.example) já confirmou;\n2. o Rafael Teixeira (rafael@raizes.example) "
        "ainda não.\n\nValeu!\nAnn",
        # An address in an item that is not its person's.
        "Two intros for Camila Rocha (camila@trilha.example):\n\n1. with Júlia Menezes, cc "
        "her assistant ops@mercado.example;\n2. with Rafael Teixeira (rafael@raizes.example)."
        "\n\nThanks\nAnn",
    ],
)
def test_other_items_pair_no_one_with_certainty(body: str) -> None:
    result = understand(body)
    pairs = {frozenset((result.a, result.b)), *(frozenset((p.a, p.b)) for p in result.more)}
    assert not (result.confident and frozenset((CAMILA, JULIA)) in pairs)
