"""A role mailbox at a domain spelling someone's first name and surname is that one's
own: "Mme Élodie Carpentier, photographe d'architecture (contact@elodiecarpentier...)"
gives her address, as a freelancer's studio is often named after them. A domain
spelling the surname alone, or a local part naming someone else, gives none."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from agent.understanding.request_own_domains import own_domain_mailbox
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

ANN = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Pourriez-vous me mettre en relation avec Mme Élodie Carpentier, photographe"
            " d'architecture (contact@elodiecarpentier.example) ?",
            Party("Élodie Carpentier", "contact@elodiecarpentier.example"),
        ),
        (
            "Could you introduce me to Jonas Weber, a wedding photographer"
            " (info@jonas-weber.example)?",
            Party("Jonas Weber", "info@jonas-weber.example"),
        ),
        (
            "¿Me presentas a Lucía Ferrer, ilustradora (contacto@luciaferrer.example)?",
            Party("Lucía Ferrer", "contacto@luciaferrer.example"),
        ),
        (
            "Kannst du mich mit Jürgen Köhler bekannt machen, Fotograf"
            " (kontakt@juergenkoehler.example)?",
            Party("Jürgen Köhler", "kontakt@juergenkoehler.example"),
        ),
    ],
)
def test_role_mailbox_at_own_name_domain_is_theirs(text: str, b: Party) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ANN, b)
    assert result.confident


@pytest.mark.parametrize(
    "address",
    [
        # Someone else at her studio.
        "marie@elodiecarpentier.example",
        # The surname alone: a family firm's, perhaps.
        "info@carpentier.example",
    ],
)
def test_other_mailboxes_are_not_hers(address: str) -> None:
    result = understand(
        f"Could you introduce me to Élodie Carpentier, an architecture photographer ({address})?"
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Élodie Carpentier", None)
    assert not result.confident


def test_own_domain_mailbox_needs_first_name_and_surname() -> None:
    rules = load_rules()
    assert own_domain_mailbox(("élodie", "carpentier"), "contact@elodiecarpentier.fr", rules)
    assert own_domain_mailbox(("jonas", "weber"), "info@jonas-weber-foto.de", rules)
    assert not own_domain_mailbox(("élodie",), "contact@elodie.fr", rules)
    assert not own_domain_mailbox(("élodie", "carpentier"), "contact@carpentier.fr", rules)
    assert not own_domain_mailbox(("élodie", "carpentier"), "elodie@elodiecarpentier.fr", rules)
