"""An emoji between the last word of one sentence and the capital opening the next ends
the sentence as a stop does: "Kei Problem, chasch gern mache 👍 Bi ab Mäntig wieder im
Internat aber am Abig erreichbar." is a yes and then a note on when the writer is
reachable, whose "aber" turns within the note. A word in small letters after the emoji
goes on with the sentence, and a turn that restricts the yes still does."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

STOPS = [
    (
        "Kei Problem, chasch gern mache 👍 Bi ab Mäntig wieder im Internat aber am Abig "
        "erreichbar.",
        "yes",
    ),
    (
        "Kein Problem, kannst du gern machen 👍 Bin ab Montag im Internat, aber abends erreichbar.",
        "yes",
    ),
    (
        "Yes, go ahead 👍 I'm back at boarding school from Monday but reachable in the evening.",
        "yes",
    ),
    ("Oui, vas-y 👍 Je suis à l'internat dès lundi mais joignable le soir.", "yes"),
    # A turn that restricts the yes still does, after the emoji or in its sentence.
    ("Yes 👍 but not before May", "unclear"),
    ("Ja 👍 Aber erst im März.", "unclear"),
    ("Oui 👍 Mais pas avant mars.", "unclear"),
    ("Sim 👍 Mas não agora.", "no"),
    ("Ndiyo 👍 Lakini si sasa.", "no"),
    ("Sure 👍 If he's legit.", "unclear"),
    ("Ok 👍 Who is he?", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), STOPS)
def test_an_emoji_before_a_capital_ends_the_sentence(text: str, answer: str) -> None:
    assert classify_text(text) == answer
