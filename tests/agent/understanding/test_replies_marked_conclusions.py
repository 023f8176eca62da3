""" "So yes" and its kin sum up with a colon or a comma too ("So: yes, go ahead and
introduce us", "Donc : oui", "Also: ja", "Así que: sí"): after a first instinct to say
no and its reasons, the answer after it decides. A doubt or a condition after it still
doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

MARKED_CONCLUSIONS = [
    (
        "My first instinct was to say no - it's mock exam season and I am drowning in "
        "marking. But Graham wouldn't have asked if it wasn't worthwhile and I remember "
        "how lonely that first year as HoD was. So: yes, go ahead and introduce us.",
        "yes",
    ),
    ("Busy autumn, I can't promise much. So: yes, go ahead and introduce us.", "yes"),
    (
        "Mon premier réflexe était de dire non. Mais Claire ne demande jamais rien au "
        "hasard. Donc : oui, présentez-nous.",
        "yes",
    ),
    (
        "Mein erster Impuls war nein. Aber Jana fragt nie ohne Grund. Also: ja, stellen Sie "
        "uns vor.",
        "yes",
    ),
    (
        "Mi primer instinto fue decir que no. Pero Ana nunca pide nada sin motivo. Así que: "
        "sí, preséntanos.",
        "yes",
    ),
    ("I'm not sure. So: yes, if he's legit.", "unclear"),
    ("So, yes, I have some doubts.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), MARKED_CONCLUSIONS)
def test_so_yes_with_a_mark_between_sums_up(text: str, answer: str) -> None:
    assert classify_text(text) == answer
