"""A plea to introduce someone named to someone not yet known at a firm ("apresentar o
Jorge Nakamura pra alguém da Desenvolve Paulista"): an ask in every language, its other
party still to be found, so asked about. A thing presented, a negation, or an intro told
as done asks nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_J = "Jorge Nakamura (jorge@padarianakamura.example)"

ASKS = [
    f"Could you introduce my client, {_J}, to someone at Desenvolve Paulista? He wants new ovens.",
    f"I was hoping you could introduce my client {_J} to someone in the credit team at"
    " Desenvolve Paulista.",
    f"Queria ver se vc consegue apresentar meu cliente, o {_J}, pra alguém da área de"
    " crédito da Desenvolve Paulista. Ele quer trocar os fornos.",
    f"Você pode apresentar o {_J} a alguém do Banco do Povo? Ele quer trocar os fornos.",
    f"¿Podrías presentar a mi cliente, {_J}, a alguien del área de crédito de Nafin?"
    " Quiere cambiar sus hornos.",
    f"Pourriez-vous présenter mon client, {_J}, à quelqu'un de Bpifrance ? Il veut"
    " changer ses fours.",
    f"Tafadhali mtambulishe mteja wangu {_J} kwa mtu wa Benki ya Ushirika. Anataka mkopo.",
]


@pytest.mark.parametrize("text", ASKS)
def test_one_named_to_someone_at_a_firm_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident


NOT_ASKS = [
    "Você consegue apresentar o relatório pra alguém da Desenvolve Paulista? Ele quer"
    " trocar os fornos.",
    f"Não precisa apresentar o {_J} pra alguém da Desenvolve Paulista, ele já conhece.",
    f"Semana passada apresentei o {_J} pra alguém da Desenvolve Paulista.",
    "¿Podrías presentar el informe a alguien de Nafin?",
    "Pourriez-vous présenter le rapport à quelqu'un de Bpifrance ?",
]


@pytest.mark.parametrize("text", NOT_ASKS)
def test_a_thing_presented_or_a_negation_asks_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"
