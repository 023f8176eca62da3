"""After a yes, a likelihood hedge in a clause that names a month, a day or a date and
nothing else ("so early December is likely", "wahrscheinlich Anfang Dezember") guesses
when the meeting falls and doubts nothing of the yes. Without a yes before it, without
a date, or beside a negator or another doubt or turn, it stays a doubt."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_replies_held_refusals import _reply

GUESSES = [
    "Happy to be introduced to Sam. I'm travelling most of November, so early December is likely.",
    "Avec plaisir, présentez-nous. Je suis en déplacement en novembre, donc probablement "
    "début décembre.",
    "Con gusto, preséntanos. Estoy de viaje en noviembre, así que probablemente a "
    "principios de diciembre.",
    "Sehr gerne, stellen Sie uns vor. Im November bin ich unterwegs, also wahrscheinlich "
    "Anfang Dezember.",
    "Com todo o gosto, pode apresentar. Estou a viajar em novembro, portanto provavelmente "
    "no início de dezembro.",
]


@pytest.mark.parametrize("body", GUESSES)
def test_a_guess_at_when_beside_a_yes_is_a_yes(body: str) -> None:
    assert _reply(body) == "yes"


DOUBTS = [
    # No date named.
    "Happy to be introduced to Sam. Likely, anyway.",
    # A negator in the clause.
    "Happy to be introduced to Sam, probably not before December.",
    # No yes before it.
    "Probably in December.",
    # A turn in the clause.
    "Happy to be introduced to Sam, but likely only in December.",
]


@pytest.mark.parametrize("body", DOUBTS)
def test_other_likelihoods_stay_doubts(body: str) -> None:
    assert _reply(body) != "yes"
