"""A wish that two people meet, said impersonally: "it would be great if Ann and Bob could
meet", "es wäre toll, wenn Frau Demir und Jonas Weber sich kennenlernen", "ce serait
bien que ... se rencontrent", "sería genial que ... se conocieran", "seria ótimo se ...
se conhecessem", "ingekuwa vizuri kama ... wangekutana". A statement of what is or was
("it was great when they met", "es ist gut, dass sie sich kennen", "c'est bien qu'ils
se connaissent", "fue genial que se conocieran") and a meeting of something else ("meet
the deadline") ask nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

MIA = Party("Mia Chen", "mia@chen.example")
TOM = Party("Tom Hall", "tom@hall.example")
PAIR = "Mia Chen (mia@chen.example) {and} Tom Hall (tom@hall.example)"


def _pair(conjunction: str) -> str:
    return PAIR.format(**{"and": conjunction})


@pytest.mark.parametrize(
    "body",
    [
        f"It would be great if {_pair('and')} could meet.",
        f"It would be really helpful if {_pair('and')} got to know each other.",
        f"I'd love it if {_pair('and')} met.",
        f"Es wäre toll, wenn {_pair('und')} sich kennenlernen.",
        f"Ich würde mich freuen, wenn {_pair('und')} sich mal austauschen würden.",
        f"Ce serait vraiment bien que {_pair('et')} se rencontrent.",
        f"Sería genial que {_pair('y')} se conocieran.",
        f"Seria ótimo se {_pair('e')} se conhecessem.",
        f"Ingekuwa vizuri kama {_pair('na')} wangekutana.",
    ],
)
def test_an_impersonal_wish_that_two_meet_asks_for_their_intro(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (MIA, TOM)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"It would be great if {_pair('and')} could meet the deadline.",
        f"It was great when {_pair('and')} met last year.",
        f"Es ist gut, dass {_pair('und')} sich kennen.",
        f"Es war schön, als {_pair('und')} sich kennenlernten.",
        f"C'est bien que {_pair('et')} se connaissent déjà.",
        f"Fue genial que {_pair('y')} se conocieran.",
        f"Foi ótimo que {_pair('e')} se conhecessem.",
    ],
)
def test_what_is_or_was_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


def test_a_second_wish_after_an_ask_is_a_second_pair() -> None:
    result = understand(
        "Könnten Sie Herrn Thomas Berger (t.berger@berger.example) mit Frau Aylin Demir "
        "(aylin.demir@kita.example) bekannt machen? Außerdem wäre es toll, wenn Frau Demir "
        "und Jonas Weber vom Quartiersverein (jonas.weber@quartier.example) sich "
        "kennenlernen."
    )
    demir = Party("Aylin Demir", "aylin.demir@kita.example")
    assert (result.a, result.b) == (Party("Thomas Berger", "t.berger@berger.example"), demir)
    assert [(pair.a, pair.b) for pair in result.more] == [
        (demir, Party("Jonas Weber", "jonas.weber@quartier.example"))
    ]
    assert result.confident
