"""An address given for someone by a pronoun lead after a dash in the ask's sentence
("to Mrs Thandeka Mahlangu - her address is ..."), as after a comma, is the one named
right before it when the other is written with an address already; where someone holds
a role ("the principal of Orange Grove Primary", "la directora de Escuela Los Robles")
and a department qualifying a noun ("our Water Conservation technician, Sipho ...") are
no one else the pronoun may speak of. A person after the role ("the assistant of Mrs
Jane Tremblay") or two people without addresses leave it unsure."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_SIPHO = "Sipho Ndlovu (sipho.ndlovu@water.example)"


@pytest.mark.parametrize(
    ("text", "email"),
    [
        (
            f"Please introduce our Water Conservation technician, {_SIPHO}, to Mrs Thandeka "
            "Mahlangu, the principal of Orange Grove Primary - her address is "
            "principal@orangegrove.example, she said to use that one.",
            "principal@orangegrove.example",
        ),
        (
            f"Please introduce {_SIPHO} to Mrs Thandeka Mahlangu - her address is "
            "principal@orangegrove.example.",
            "principal@orangegrove.example",
        ),
        (
            f"Please introduce {_SIPHO} to Mrs Thandeka Mahlangu, the principal of Orange "
            "Grove Primary. Her address is principal@orangegrove.example.",
            "principal@orangegrove.example",
        ),
    ],
)
def test_the_one_named_before_the_lead_is_given_the_address(text: str, email: str) -> None:
    result = understand(text + "\n\nKind regards\nAnn Lee")
    assert result.a == Party("Sipho Ndlovu", "sipho.ndlovu@water.example")
    assert result.b == Party("Thandeka Mahlangu", email)
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Hola, ¿podrías presentar a Diego Rojas (diego.rojas@aguas.example) a la Sra. Carmen "
        "Vidal, la directora de Escuela Los Robles - su correo es direccion@losrobles.example.",
        "Olá, pode apresentar o Rui Costa (rui.costa@aguas.example) à Sra. Marta Lopes, "
        "diretora de Escola Vale Verde - o e-mail dela é direcao@valeverde.example.",
    ],
)
def test_a_role_held_at_a_school_names_no_one_else(text: str) -> None:
    result = understand(text + "\n\nAna")
    assert result.b is not None and result.b.email is not None
    assert result.b.email.startswith("direc")
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        f"Please introduce {_SIPHO} to Mrs Thandeka Mahlangu, the assistant of Mrs Jane "
        "Tremblay - her address is principal@orangegrove.example.",
        f"Please introduce {_SIPHO} to Mrs Thandeka Mahlangu, the assistant of Mrs Jane "
        "Tremblay. Her address is principal@orangegrove.example.",
        "Please introduce Sipho Ndlovu to Mrs Thandeka Mahlangu - her address is "
        "principal@orangegrove.example.",
    ],
)
def test_another_person_near_the_lead_leaves_it_unsure(text: str) -> None:
    result = understand(text + "\n\nKind regards\nAnn Lee")
    assert not result.confident
