"""A role too long for a description's few words, then a comma and a name written with a
title or its address, describes that one: "the exchange coordinator at the nursing school
over there, Ms ...", "la coordonnatrice des échanges de l'école de soins infirmiers
là-bas, Mme ...". A word turning to the other party, joining people, opening a relative
clause or speaking to the one written to ends the role first."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

SENDER = "Odile Marchetti <o.marchetti@lycee.example>"
ME = Party("Odile Marchetti", "o.marchetti@lycee.example")


@pytest.mark.parametrize(
    "ask",
    [
        "Could you introduce me to the head of procurement at the regional hospital trust up"
        " north, Dr Tamsin Okoro (t.okoro@trust.example)? We supply sterile packs.",
        "Pourriez-vous me présenter à la responsable des achats de l'hôpital régional"
        " là-bas, Mme Tamsin Okoro (t.okoro@trust.example) ? Nous fournissons des champs"
        " stériles.",
        "¿Podría presentarme a la responsable de compras del hospital regional de allí, la"
        " Dra. Tamsin Okoro (t.okoro@trust.example)? Suministramos material estéril.",
    ],
)
def test_long_role_before_a_titled_name_describes_that_one(ask: str) -> None:
    result = understand(ask, sender=SENDER)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ME, Party("Tamsin Okoro", "t.okoro@trust.example"))
    assert result.confident


@pytest.mark.parametrize(
    "ask",
    [
        "Could you put me in touch with the head of procurement at the regional hospital"
        " trust up north, Dr Tamsin Okoro? We supply sterile packs.",
        "Pourriez-vous me mettre en relation avec la responsable des achats de l'hôpital"
        " régional là-bas, Mme Tamsin Okoro ? Nous fournissons des champs stériles.",
    ],
)
def test_long_role_before_a_titled_name_without_address_asks(ask: str) -> None:
    result = understand(ask, sender=SENDER)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name == "Tamsin Okoro"
    assert not result.confident


def test_role_turning_to_the_other_party_describes_no_one_after_its_comma() -> None:
    # "present my colleague to the head of the school over there, Mrs ...": the colleague
    # is presented to the head; the titled one is no description of the colleague.
    result = understand(
        "Pourriez-vous présenter ma collègue de l'atelier de couture à la directrice de"
        " l'école là-bas, Mme Tamsin Okoro (t.okoro@trust.example) ?",
        sender=SENDER,
    )
    assert result.a is None or result.a.email != "t.okoro@trust.example"
    assert not result.confident


def test_long_role_speaking_to_the_one_written_to_names_no_one() -> None:
    # "when you have a moment, Ms Okoro": she is called by name, nobody described.
    result = understand(
        "Could you introduce me to the new buyer in the sales team when you have a moment,"
        " Ms Okoro?",
        sender=SENDER,
    )
    assert not result.confident
    assert result.b is None or result.b.name != "Okoro"


@pytest.mark.parametrize(
    "ask",
    [
        "Gostaria de pedir uma apresentação entre a nossa responsável de compras do hospital,"
        " Dra. Tamsin Okoro (t.okoro@trust.example), e o Rui Lopes (rui@lopes.example).",
        "Könnten Sie unsere Leiterin des Einkaufs im Klinikum dort, Dr. Tamsin Okoro"
        " (t.okoro@trust.example), mit Rui Lopes (rui@lopes.example) bekannt machen?",
    ],
)
def test_long_role_of_one_of_two_describes_the_titled_one(ask: str) -> None:
    result = understand(ask, sender=SENDER)
    assert (result.a, result.b) == (
        Party("Tamsin Okoro", "t.okoro@trust.example"),
        Party("Rui Lopes", "rui@lopes.example"),
    )
    assert result.confident
