"""Where the one named works, told in lower-case words right after a first name and
before their address in brackets, no comma between ("o Vilmar da borracharia (...)",
"Vilmar from the tyre shop (...)"): the address is theirs when it spells their name, the
workplace only describing them; a mailbox of the place ("info@...") is no one's."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

VILMAR = Party("Vilmar", "vilmar.teixeira@borrachariadovilmar.example")
MARCOS = Party("Marcos", "marcos.pires@autopecassaojudas.example")


@pytest.mark.parametrize(
    "text",
    [
        "Podes apresentar o Vilmar da borracharia (vilmar.teixeira@borrachariadovilmar.example)"
        " ao Marcos da loja (marcos.pires@autopecassaojudas.example)?",
        "Can you introduce Vilmar from the tyre shop (vilmar.teixeira@borrachariadovilmar"
        ".example) to Marcos from the parts store (marcos.pires@autopecassaojudas.example)?",
        "Pouvez-vous présenter Vilmar de la boulangerie (vilmar.teixeira@borrachariadovilmar"
        ".example) à Marcos du garage (marcos.pires@autopecassaojudas.example) ?",
        "¿Puedes presentar a Vilmar de la panadería (vilmar.teixeira@borrachariadovilmar"
        ".example) a Marcos del taller (marcos.pires@autopecassaojudas.example)?",
        "Tafadhali mtambulishe Vilmar wa duka la mikate (vilmar.teixeira@borrachariadovilmar"
        ".example) kwa Marcos wa gereji (marcos.pires@autopecassaojudas.example)",
    ],
)
def test_the_address_after_a_lower_case_workplace_is_the_named_ones(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (VILMAR, MARCOS)
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Can you introduce Vilmar from the tyre shop (info@borrachariadovilmar.example) to"
        " Marcos from the parts store (marcos.pires@autopecassaojudas.example)?",
        "Podes apresentar o Vilmar da borracharia (vilmar.teixeira@borrachariadovilmar.example)"
        " ao Marquinho da loja (marcos.pires@autopecassaojudas.example)?",
    ],
)
def test_an_address_not_spelling_the_one_named_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident
