"""An "otherwise" of one word that closes its clause after a word of it says how
something is done, or "than usual", and opens no other branch of a condition ("It would
be unfair to him if I said otherwise, so I'm going to pass", "weniger Zeit als sonst",
"sikuweza kufanya vinginevyo"): a refusal after it is the answer
(reply_conditions.manner_alternatives). One that opens its clause, goes on in it, or
follows an answer still leaves the reply unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    ("It would be unfair to him if I said otherwise, so I'm going to pass.", "no"),
    ("Ich habe dieses Jahr weniger Zeit als sonst, daher muss ich leider absagen.", "no"),
    ("Sikuweza kufanya vinginevyo, kwa hiyo nakataa.", "no"),
    ("Je ne peux pas faire autrement, je dois décliner.", "no"),
]

NEAR_MISSES = [
    # The other branch of a condition, opening its clause or after an answer.
    ("Only if it is about hiring. Otherwise, no thanks.", "unclear"),
    ("Yes if she's in Leeds, no otherwise.", "unclear"),
    ("Yes if he's local, otherwise not.", "unclear"),
    ("Ja, wenn es um Beratung geht, sonst eher nicht.", "unclear"),
    ("Oui, seulement si c'est à Lyon, sinon non.", "unclear"),
    ("Sawa kama yuko karibu, vinginevyo hapana.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_manner_alternatives(text: str, expected: str) -> None:
    assert classify_text(text) == expected
