"""A numbered list item withdrawn later in the mail by its number ("...actually, scrap
number 2", "oubliez le numéro 2", "olvida el número 2", "Vergiss Nummer 2", "Esquece o
número 2", "Sahau namba 2") is read as if not written: the other items' pairs stand, as
certain as they were. A negated withdrawal, or one naming no item of the mail, changes
nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_G = "Gwen Parry (gwen@orch.example)"
_R = "Rhodri Beynon (rhodri@school.example)"
_E = "Elin Jones (elin@composer.example)"
GWEN = Party("Gwen Parry", "gwen@orch.example")
RHODRI = Party("Rhodri Beynon", "rhodri@school.example")
ELIN = Party("Elin Jones", "elin@composer.example")


def _mail(lead: str, joiner: str, withdrawal: str) -> str:
    return f"{lead}\n\n1. {_G} {joiner} {_R}.\n\n2. {_G} {joiner} {_E}.\n\n{withdrawal}\n\nAnn"


@pytest.mark.parametrize(
    "text",
    [
        _mail(
            "Two intros please:",
            "with",
            "...actually, scrap number 2. They already know each other.",
        ),
        _mail(
            "Deux mises en relation svp :",
            "avec",
            "En fait, oubliez le numéro 2, elles se connaissent déjà.",
        ),
        _mail("Dos presentaciones por favor:", "con", "Mejor olvida el número 2, ya se conocen."),
        _mail("Zwei Vorstellungen bitte:", "mit", "Vergiss Nummer 2, die kennen sich schon."),
        _mail("Duas apresentações por favor:", "com", "Esquece o número 2, já se conhecem."),
        _mail("Naomba utambulisho mara mbili:", "na", "Sahau namba 2, tayari wanafahamiana."),
    ],
)
def test_a_withdrawn_item_is_left_out(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (GWEN, RHODRI)
    assert result.more == ()
    assert result.confident


@pytest.mark.parametrize(
    "withdrawal",
    [
        # Negated: the item stays.
        "Don't scrap number 2, I was wrong earlier.",
        # No item of the mail opens on that number.
        "Scrap number 5 from my last mail.",
    ],
)
def test_a_negated_or_unmatched_withdrawal_leaves_the_items(withdrawal: str) -> None:
    result = understand(_mail("Two intros please:", "with", withdrawal))
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (GWEN, RHODRI)
    assert [(pair.a, pair.b) for pair in result.more] == [(GWEN, ELIN)]
