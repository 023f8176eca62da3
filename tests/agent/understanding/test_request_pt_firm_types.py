"""Portuguese words for a kind of firm (a haulier, a distributor, a builder, an estate
agent, a broker, an insurer, a coffee roaster, a joinery, a metalworks) open an
organisation's name: after a name's particle they say where the one named works and
start no surname ("o Rodrigo Vilela da Transportadora Vilela" is Rodrigo Vilela)."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Bom dia! Você pode me apresentar ao Rodrigo Vilela da Transportadora Vilela "
            "(rodrigo@vilela.example)? Preciso de frete para Santos.",
            Party("Rodrigo Vilela", "rodrigo@vilela.example"),
        ),
        (
            "Olá, poderia me apresentar ao Paulo Lima da Imobiliária Central "
            "(paulo@central.example)? Obrigado.",
            Party("Paulo Lima", "paulo@central.example"),
        ),
        (
            "Bom dia, pode apresentar-me à Joana Reis da Seguradora Atlântica "
            "(joana.reis@atlantica.example)? Obrigada.",
            Party("Joana Reis", "joana.reis@atlantica.example"),
        ),
    ],
)
def test_a_firm_type_after_a_particle_is_where_the_one_named_works(text: str, b: Party) -> None:
    result = understand(text, sender="Thiago Resende <thiago@coop.example>")
    assert result.kind == "intro_request"
    assert result.b == b
    assert result.confident


def test_a_surname_after_a_particle_is_kept() -> None:
    result = understand(
        "Olá, poderia me apresentar ao Antônio Carlos de Paula (antonio.depaula@bol.example)? "
        "Obrigado.",
        sender="Thiago Resende <thiago@coop.example>",
    )
    assert result.b == Party("Antônio Carlos de Paula", "antonio.depaula@bol.example")
