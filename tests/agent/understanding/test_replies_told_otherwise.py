"""An "otherwise" with no condition before it in its sentence tells what would follow
("... keine neuen Anfragen mehr anzunehmen - sonst leidet die Arbeit"), and a refusal in
a later sentence is no branch of it: the refusal is the answer. One after a condition,
or in the refusal's own sentence, still leaves the reply unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "ich würde wirklich gern, das Festival klingt wunderbar.\n\nAber ich bin bis Ende Juni"
        " komplett ausgebucht und habe mir vorgenommen, keine neuen Anfragen mehr anzunehmen"
        " \u2013 sonst leidet die Arbeit für die bestehenden Kunden. Deshalb muss ich leider"
        " absagen.",
        "no",
    ),
    ("I'd love to, but I'm fully booked, otherwise my clients suffer. So I have to decline.", "no"),
    ("Adoraria, mas estou lotada, senão os clientes sofrem. Por isso tenho de recusar.", "no"),
    (
        "Me encantaría, pero estoy completa, si no mis clientes sufren. Así que tengo que decir"
        " que no.",
        "no",
    ),
    ("Ningependa, lakini nimejaa, la sivyo wateja wangu wataumia. Kwa hiyo lazima nikatae.", "no"),
    # Near-misses: the other branch of a condition, in its sentence or after it.
    ("Ja, wenn es um Beratung geht, sonst eher nicht.", "unclear"),
    ("Only if it is about hiring. Otherwise, no thanks.", "unclear"),
    ("Only if he is local, otherwise it makes little sense. So no for remote.", "unclear"),
    ("Oui, seulement si c'est à Lyon, sinon non.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_otherwise_told(text: str, expected: str) -> None:
    assert classify_text(text) == expected
