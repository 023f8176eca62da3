"""What an answer word bears on: a "no" before a noun refuses nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

DETERMINER_NO = [
    # A bare "no" inside a clause, before a noun, is a determiner, not the answer.
    ("She's on a silent retreat with no phone until Sunday.", "unclear"),
    ("I'm travelling with no wifi until Monday, will read it properly then.", "unclear"),
    ("We have no signal up here at the cabin.", "unclear"),
    # The other languages' determiners are no answer words.
    ("Je suis en retraite, pas de réseau jusqu'à dimanche.", "unclear"),
    ("Estoy en el campo, sin cobertura hasta el lunes.", "unclear"),
    ("Ich bin im Urlaub, kein Netz bis Sonntag.", "unclear"),
    ("Estou sem sinal até domingo.", "unclear"),
    ("Niko safarini, hakuna mtandao.", "unclear"),
    # A "no" opening or closing its clause, or before what a refusing "no" takes, refuses.
    ("No, thanks.", "no"),
    ("No thanks.", "no"),
    ("No. Not interested.", "no"),
    ("Sorry, no.", "no"),
    ("No sorry", "no"),
    ("No I can't.", "no"),
    ("I'll have to say no to this one.", "no"),
    ("It's a no from me.", "no"),
    ("Yes I saw this, but no thnaks.", "no"),
    ("The answer is no.", "no"),
    # A refusing noun after "no" is a refusal of its own.
    ("We're not hiring so there's no point.", "no"),
    ("I have no desire to meet him.", "no"),
    ("I've got no appetite for new intros.", "no"),
    # Beside a yes it restricts the yes, as before.
    ("Yes, but no calls please.", "unclear"),
    ("I'm on a retreat with no phone until Sunday. Yes, happy to.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), DETERMINER_NO)
def test_a_no_before_a_noun_refuses_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
