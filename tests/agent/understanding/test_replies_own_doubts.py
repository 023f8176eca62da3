"""A doubt or worry said of the writer ("in two minds", "torn", "hin- und hergerissen",
"in Sorge", "partagé", "indeciso", "dividido", "nina wasiwasi") beside a yes leaves the
reply unclear, whatever a contrast after it says: "Yes. I'm in two minds but reachable."
Being elsewhere but reachable doubts nothing ("Ja gerne, bin unterwegs, aber
erreichbar"), and the same words denied are no doubt ("Sí, no tengo dudas")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

DOUBTED = [
    "Yes. I'm in two minds but reachable.",
    "Yes. I'm torn but happy to.",
    "Yes, though I'm in two minds.",
    "Sure, but I have my doubts.",
    "Ja. Ich bin in Sorge, aber erreichbar.",
    "Ja. Ich bin hin- und hergerissen, aber gerne.",
    "Ja, ich bin zwiegespalten.",
    "Oui. Je suis partagé mais joignable.",
    "Oui, mais je suis tiraillée.",
    "Sí. Estoy indeciso pero localizable.",
    "Sí, aunque tengo mis dudas.",
    "Sim. Estou dividido mas contactável.",
    "Sim. Estou indeciso, mas disponível.",
    "Ndiyo. Nina wasiwasi lakini napatikana.",
    "Ndiyo. Sina uhakika lakini napatikana.",
]


@pytest.mark.parametrize("text", DOUBTED)
def test_a_doubt_of_the_writer_beside_a_yes_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


NEAR_MISSES = [
    "Yes, happy to. I'm in Leeds this week but reachable.",
    "Ja gerne, bin unterwegs, aber erreichbar",
    "Oui, avec plaisir. Je suis en déplacement mais joignable.",
    "Sí, claro. Estoy de viaje pero localizable.",
    "Yes, no second thoughts.",
    "Sí, no tengo dudas.",
    "Sim, não estou preocupado.",
    "Ja, ich zögere nicht.",
    "Ndiyo, bila shaka.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_doubt_of_the_writer_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"
