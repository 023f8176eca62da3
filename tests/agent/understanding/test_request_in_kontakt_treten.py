"""A wish to get in touch with someone, German putting the verb last ("ich möchte gerne mit
Bob Schmidt in Kontakt treten", "Prof. Imhof möchte gerne mit Dr. Yuki Tanabe in Kontakt
treten"), asks to meet them, as "I'd like to get in touch with" does: the writer, or the
one named wishing it, is the other party. A plan of the writer's own ("ich werde mit ...
in Kontakt treten") or a negated wish asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, ich möchte gerne mit Bob Schmidt (bob@schmidt.example) in Kontakt treten"
        " wegen des Dachs.",
        "Hallo, ich würde gern mit Bob Schmidt vom Dachdeckerbetrieb Huber in Kontakt kommen"
        " (bob@schmidt.example).",
        "Guten Tag, wir möchten mit Bob Schmidt (bob@schmidt.example) in Verbindung treten.",
    ],
)
def test_the_writers_wish_pairs_the_writer(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.a == Party("Ann Lee", "ann@lee.example")
    assert result.b == Party("Bob Schmidt", "bob@schmidt.example")


def test_someone_elses_wish_pairs_them() -> None:
    result = understand(
        "Grüezi\n\nIm Auftrag von Prof. Dr. Reto Imhof (reto.imhof@itd.example) melde ich"
        " mich bei Ihnen. Prof. Imhof möchte gerne mit Dr. Yuki Tanabe vom Kyoto-Institut in"
        " Kontakt treten (tanabe.yuki@kiap.example). Es geht um die SiPM-Arrays.\n\nUrsula"
    )
    assert result.kind == "intro_request"
    assert result.a == Party("Reto Imhof", "reto.imhof@itd.example")
    assert result.b == Party("Yuki Tanabe", "tanabe.yuki@kiap.example")


def test_named_without_an_address_the_one_wishing_is_not_certain() -> None:
    result = understand(
        "Hallo, Frau Keller möchte gerne mit Bob Schmidt (bob@schmidt.example) in Kontakt treten."
    )
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.name == "Keller"
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, ich werde nächste Woche mit Bob Schmidt (bob@schmidt.example) in Kontakt"
        " treten wegen des Dachs.",
        "Hallo, ich möchte nicht mit Bob Schmidt (bob@schmidt.example) in Kontakt treten.",
    ],
)
def test_a_plan_or_a_negated_wish_asks_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"
