"""The writer's note on their own whereabouts and replying, after a yes said in an earlier
sentence, with a contrast inside it ("No problem, go ahead. I'm on site till 6 but will
reply tonight", "ja, gerne. Ich bin allerdings ab dem 20.11. im Urlaub, am besten melden
wir uns also vorher.", "Niko safarini Arusha wiki hii, lakini nitajibu jioni."): the
contrast turns against the writer's absence, not the yes, which stands. Anything in it
that answers, doubts, asks, sets a condition, negates or names the introduction, or a
reply that goes on or is someone else's, still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

WHEREABOUTS = [
    ("No problem, go ahead. I'm on site till 6 but will reply tonight", "yes"),
    ("Yes. I'm on site till 6 but will reply tonight", "yes"),
    ("Happy to! I'm travelling this week, but will get back to you tomorrow.", "yes"),
    (
        "ja, gerne. Ich bin allerdings ab dem 20.11. im Urlaub, am besten melden wir uns "
        "also vorher.",
        "yes",
    ),
    (
        "Ndiyo, niko tayari kutambulishwa kwa Amani. Niko safarini Arusha wiki hii, lakini "
        "nitajibu jioni.",
        "yes",
    ),
    (
        "Avec plaisir ! Je suis en déplacement à Lyon jusqu'à jeudi, mais je vous réponds ce soir.",
        "yes",
    ),
    ("Sí, encantado. Estoy de viaje hasta el jueves, pero te contesto esta noche.", "yes"),
    ("Sim, pode apresentar! Estou viajando até quinta, mas respondo hoje à noite.", "yes"),
    # Near misses: the hedge is about the introduction, or the yes is not clear.
    ("Yes, but only after March", "unclear"),
    ("ja, aber erst nach meinem Urlaub", "unclear"),
    ("yes but I'm away so maybe later", "no"),
    ("Sure, I'm on site till 6 but will reply tonight", "unclear"),
    ("Yes. I'm away but will reply with my decision tonight", "unclear"),
    ("Yes. I'm travelling, but my boss will reply tonight", "unclear"),
    ("Yes. I'm on site till 6 but she will reply tonight", "unclear"),
    ("Yes. I'm away but I'll decide next week", "unclear"),
    ("Yes. I'm away, but will reply when I've checked with my boss", "unclear"),
    ("Maybe. I'm on site till 6 but will reply tonight", "unclear"),
    ("Probably yes. I'm travelling but will reply tonight", "unclear"),
    ("Yes. I'm on site till 6 but will reply tonight if he's legit", "unclear"),
    ("Yes. I'm on site till 6 but won't reply tonight", "unclear"),
    ("Yes. I'm on site till 6 but will reply tonight?", "unclear"),
    ("Yes. I'm on site till 6 but will reply about the intro tonight", "unclear"),
    ("Yes. I'm travelling, but will reply properly tonight. Not sure about him though.", "unclear"),
    ("Ja, gerne. Ich bin allerdings im Urlaub, also erst danach.", "unclear"),
    ("Ja, gerne. Ich bin allerdings im Urlaub, melde mich aber nicht vorher.", "unclear"),
    ("Oui. Je suis en déplacement, mais je vous réponds si c'est sérieux.", "unclear"),
    ("Oui. Je suis en déplacement, mais je vous réponds après réflexion.", "unclear"),
    ("Ndiyo. Niko safarini, lakini nitajibu baada ya kufikiria.", "unclear"),
    ("Ndiyo. Niko safarini, lakini sitajibu leo.", "unclear"),
    ("Sí. Estoy de viaje, pero te contesto cuando lo piense.", "unclear"),
    ("Sim. Estou viajando, mas respondo depois de falar com meu sócio.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), WHEREABOUTS)
def test_the_writers_whereabouts_leave_the_yes_standing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
