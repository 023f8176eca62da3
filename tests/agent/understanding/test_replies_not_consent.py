"""Replies that say a yes a careful reader would still not act on: a yes for a fee."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

YES_FOR_A_FEE = [
    ("Happy to, for a fee of course.", "unclear"),
    ("Sure, against a fee.", "unclear"),
    ("Avec plaisir, moyennant rémunération bien sûr.", "unclear"),
    ("Oui, contre rémunération.", "unclear"),
    ("Con gusto, a cambio de una tarifa, claro.", "unclear"),
    ("Sí, previo pago.", "unclear"),
    ("Gerne, gegen Honorar natürlich.", "unclear"),
    ("Ja, gegen Bezahlung.", "unclear"),
    ("Com prazer, mediante pagamento, claro.", "unclear"),
    ("Ningefurahi, kwa malipo bila shaka.", "unclear"),
    # A yes that asks for nothing in return, or speaks of a paid bill, still says yes.
    ("Happy to. The fee for the audit is paid, by the way.", "yes"),
    ("Avec plaisir, gratuitement bien sûr.", "yes"),
    ("Gerne, natürlich.", "yes"),
    ("Com prazer, claro.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), YES_FOR_A_FEE)
def test_a_yes_for_a_fee_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer
