"""A surname the From header writes in capitals, surname first as a French or a Belgian
directory does ("DELORME Françoise"), over a mail signed "Françoise Delorme": the writer
is named as they sign. The capitals as signed ("Claire MERCIER" under "MERCIER Claire")
stay, and a name signed otherwise, or not at all, leaves the header's as it is."""

from __future__ import annotations

import pytest

from agent.understanding.request_rules import load_rules
from agent.understanding.signatures import signed_order

CLOSINGS = load_rules().closings


@pytest.mark.parametrize(
    ("text", "writer", "email", "signed"),
    [
        (
            "Madame,\n\nMerci.\n\nAvec mes excuses, et mes remerciements,\n\nFrançoise Delorme\n"
            "Mairie de Castelmoron\n",
            "DELORME Françoise",
            "francoise.delorme@mairie.example",
            "Françoise Delorme",
        ),
        (
            "Bonjour,\n\nCordialement,\nJean-Luc Diop-Sarr\n",
            "DIOP-SARR Jean-Luc",
            "jl.diop-sarr@x.example",
            "Jean-Luc Diop-Sarr",
        ),
        (
            "Hello,\n\nKind regards,\nClaire MERCIER\n",
            "MERCIER Claire",
            "claire.mercier@x.example",
            "Claire MERCIER",
        ),
    ],
)
def test_a_surname_in_capitals_is_named_as_signed(
    text: str, writer: str, email: str, signed: str
) -> None:
    assert signed_order(text, writer, email, CLOSINGS) == signed


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # Signed by someone else.
        ("Cordialement,\nPaul Martin\n", "DELORME Françoise"),
        # Not signed at all.
        ("Merci de votre aide.", "DELORME Françoise"),
        # A name all in capitals is left as it is.
        ("Cordialement,\nFrançoise Delorme\n", "DELORME FRANÇOISE"),
    ],
)
def test_the_header_stays_where_no_turned_name_is_signed(text: str, writer: str) -> None:
    assert signed_order(text, writer, "francoise.delorme@mairie.example", CLOSINGS) == writer
