"""A word one key away from a negator shortly before a yes in its clause ("ok, nit
interested", "Sí, bo me interesa"), or right after one where the negator would no longer
leave a yes ("ok bo", "Ok bo thanks"), may be the negator mistyped: the yes is never
guessed and the reply is unclear. A bare yes word with a slip of its own ("ok0") says nothing
surely either. A slip after the yes ("Nit picking aside"), and real words ("not a
problem", "mein"), are read as they are."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

SLIPS = [
    ("ok, nit interested", "unclear"),
    ("Yes, npt interested.", "unclear"),
    ("I'm nit interested.", "unclear"),
    ("Oui, oas intéressé.", "unclear"),
    ("Ja, bicht interessiert.", "unclear"),
    ("Sí, bo me interesa.", "unclear"),
    ("ok0", "unclear"),
    ("yes0 please", "unclear"),
    ("0k", "unclear"),
    # Right after a yes, where the negator would refuse.
    ("ok bo", "unclear"),
    ("Ok bo thanks", "unclear"),
    ("ok, bo thanks", "unclear"),
    ("Sí, bo gracias", "unclear"),
    ("nk", "unclear"),
    # No slip before the yes, or a word of the lists.
    ("Yes, happy to. Nit picking aside, great.", "yes"),
    ("Yes, not a problem.", "yes"),
    ("Yes, I'm interested.", "yes"),
    ("Ja, mein Interesse ist groß, gerne.", "yes"),
    ("ok", "yes"),
    # The negator in its place would say yes: "no problem".
    ("ok bo problem", "yes"),
    ("Yes, bo problem.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), SLIPS)
def test_a_slipped_negator_before_a_yes_leaves_it_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer
