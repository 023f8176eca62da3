"""Someone told of with an address only to say they need no part in the intro ("Mrs
Okonjo (head@...) has already okayed it, so no need to involve her") is no one the ask
leaves out: the intro read is certain without them, in the six languages. Someone with an
address in the ask's own sentence, or in a sentence that says nothing of the kind, is
still left out, and the intro is asked about."""

from __future__ import annotations

import pytest

from agent.understanding.request_rules import load_rules
from agent.understanding.request_uninvolved import uninvolved_addresses
from tests.agent.understanding.test_requests import understand

ASK = (
    "Could you please introduce Lisa Marsh (lisa@studio.example) to Tom Quinn"
    " (tquinn@fair.example)? Lisa will do the posters.\n\n"
)


@pytest.mark.parametrize(
    "aside",
    [
        "Mrs Okoro (head@school.example) has already okayed the design, so no need to involve her.",
        "Dave (dave@treasury.example) is sorting the costs and doesn't need to be involved.",
        "Mme Roux (roux@ecole.example) est au courant, inutile de l'impliquer.",
        "La directora (directora@escuela.example) ya lo sabe, no hace falta involucrarla.",
        "Frau Demir (demir@schule.example) ist informiert, muss aber nicht beteiligt werden.",
        "A diretora (diretora@escola.example) já sabe, não é preciso envolvê-la.",
        "Mwalimu mkuu (mkuu@shule.example) anajua, hakuna haja ya kumhusisha.",
    ],
)
def test_someone_who_need_not_be_involved_is_left_out_of_nothing(aside: str) -> None:
    result = understand(ASK + aside + "\n\nThanks!\nHarriet", sender="Harriet <h@pta.example>")
    assert result.kind == "intro_request"
    assert result.confident


def test_someone_else_with_an_address_is_still_left_out() -> None:
    aside = "Mrs Okoro (head@school.example) has already okayed the design."
    result = understand(ASK + aside + "\n\nThanks!\nHarriet", sender="Harriet <h@pta.example>")
    assert result.kind == "intro_request"
    assert not result.confident


def test_a_cue_in_the_asks_own_sentence_leaves_no_one_aside() -> None:
    text = (
        "Please introduce Lisa Marsh (lisa@studio.example) to Tom Quinn (tquinn@fair.example)"
        " and Jane Ross (jane@fair.example), no need to involve me."
    )
    rules = load_rules()
    parties = {"lisa@studio.example", "tquinn@fair.example"}
    assert uninvolved_addresses(text, parties, rules) == frozenset()


def test_a_sentence_giving_a_partys_address_is_no_aside() -> None:
    text = "Tom (tquinn@fair.example) knows and Jane (jane@fair.example) needn't be involved."
    rules = load_rules()
    assert uninvolved_addresses(text, {"tquinn@fair.example"}, rules) == frozenset()
