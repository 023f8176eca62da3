"""A party whose address spells someone else the ask names in full, and not the party
("... presentar también a Julián Ocampo? Es el productor de la serie sobre el monte en
el Chaco, julian@..." read as Chaco's address), is asked about rather than written to.
An address that spells its own party, a name from no listed first name, or the party
more fully named changes nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

ANOTHERS = [
    "una más: ¿me podrías presentar también a Julián Ocampo? Es el productor de la serie "
    "sobre el monte en el Chaco, julian@ocampo.example",
]


@pytest.mark.parametrize("ask", ANOTHERS)
def test_an_address_spelling_someone_else_is_asked_about(ask: str) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert not result.confident


KEPT = [
    "Could you introduce me to Julian Ocampo (julian@ocampo.example)?",
    # The address spells a ship, no one named from a first name.
    "Could you introduce me to Dimitrios Papadakis (master.aegeanstar@vesselmail.gr), "
    "master of the Aegean Star?",
    # The party more fully named.
    "Could you introduce me to Chidinma (c.okonkwo@northgate.example)? Chidinma Okonkwo "
    "runs the buddy scheme.",
]


@pytest.mark.parametrize("ask", KEPT)
def test_other_addresses_keep_the_pair(ask: str) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert result.confident
