"""A bare yes beside a group's own meeting (a residents', a committee's, a club's: "¡Sí!
El jueves a las 18h me va perfecto para lo de la reunión de la asociación") answers that
meeting, another matter of the thread: unclear. A yes of its own, or one that names the
one asked about, still answers ("Yes please. Gavin could come to the residents meeting and
present.")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

GROUP_MEETINGS = [
    (
        "¡Sí! El jueves a las 18h me va perfecto para lo de la reunión de la asociación."
        " Llevo yo las actas.",
        "unclear",
    ),
    ("Yes! Thursday at 6 works for the committee meeting, I will bring the minutes.", "unclear"),
    ("Oui ! Jeudi 18h, c'est bon pour la réunion du comité.", "unclear"),
    ("Ja, ich bringe das Protokoll zur Mitgliederversammlung mit.", "unclear"),
    ("Sim! Quinta às 18h dá para a reunião do condomínio.", "unclear"),
    ("Ndiyo. Alhamisi saa kumi na mbili ni sawa kwa mkutano wa kamati.", "unclear"),
    # A yes of its own, or the one asked about named: as before.
    ("Yes please. Gavin could come to the residents meeting and present.", "yes"),
    ("Yes, please introduce us. See you at the committee meeting!", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), GROUP_MEETINGS)
def test_a_bare_yes_beside_a_groups_meeting_answers_that(text: str, answer: str) -> None:
    assert classify_text(text) == answer
