"""Replies that say a yes a careful reader would still not act on: a yes for a fee, a
shrug ("fine, whatever")."""

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


# Indifference is no consent: the writer lets it happen without agreeing to it.
A_SHRUG = [
    ("Fine, whatever.", "unclear"),
    ("Sure, whatevs.", "unclear"),
    ("Bien sûr, de toute façon, peu importe.", "unclear"),
    ("Vale, me da igual.", "unclear"),
    ("Bueno, lo que sea.", "unclear"),
    ("Na gut, ist mir egal.", "unclear"),
    ("Ja, wenn es sein muss.", "unclear"),
    ("Tá bom, tanto faz.", "unclear"),
    ("Sawa, vyovyote vile.", "unclear"),
    ("Sawa, sijali.", "unclear"),
    # Any day being fine is a yes.
    ("Oui, peu importe le jour, avec plaisir.", "yes"),
    ("Sí, con gusto, da igual el día.", "yes"),
    ("Ja gerne, egal wann.", "yes"),
    ("Sim, com prazer, tanto faz o dia.", "yes"),
    ("Sawa, nitafurahi kukutana naye.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), A_SHRUG)
def test_a_shrug_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer
