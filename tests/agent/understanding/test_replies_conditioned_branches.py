"""A yes on one condition beside a refusal on another ("yes if it's about the reseller
partnership we discussed, but if he's trying to sell me software I'm not interested")
answers only on a condition: unclear, in every language. A plain refusal with an "if"
elsewhere, a yes on no condition and a refusal on none read as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

BRANCHES = [
    (
        "Rob - yes if it's about the reseller partnership we discussed, but if he's trying "
        "to sell me software I'm not interested",
        "unclear",
    ),
    (
        "Yes if it's about the partnership. If he's trying to sell me software, I'm not "
        "interested.",
        "unclear",
    ),
    ("Happy to help if I can, but if he's selling software, no thanks.", "unclear"),
    (
        "Si c'est pour le partenariat revendeur, oui, mais si c'est pour me vendre un "
        "logiciel, non merci.",
        "unclear",
    ),
    (
        "Oui si c'est pour le partenariat, mais s'il veut me vendre un logiciel, non merci.",
        "unclear",
    ),
    (
        "Sí, si es sobre la alianza de distribución, pero si quiere venderme algo, no me interesa.",
        "unclear",
    ),
    ("Si es sobre la alianza, sí, pero si quiere venderme algo, no me interesa.", "unclear"),
    (
        "Ja, wenn es um die Partnerschaft geht, aber wenn er mir etwas verkaufen will, kein "
        "Interesse.",
        "unclear",
    ),
    ("Sim se for sobre a parceria, mas se for para vender, não tenho interesse.", "unclear"),
    ("Ndiyo kama ni kuhusu ushirikiano, lakini kama anataka kuniuzia, sina nia.", "unclear"),
    # A refusal on no condition, or beside a yes on none, reads as before.
    ("No thanks. If anything changes I'll let you know.", "no"),
    ("Non merci. Si quelque chose change, je vous le dirai.", "no"),
    ("Não, obrigado. Se algo mudar, eu aviso.", "no"),
    ("Yes, but if he's selling software I'm not interested.", "no"),
    ("Yes if it's about the partnership. But honestly I'm not interested.", "no"),
    ("If he's selling software, no thanks.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), BRANCHES)
def test_a_refusal_on_a_condition_beside_a_yes_on_another_is_unclear(
    text: str, answer: str
) -> None:
    assert classify_text(text) == answer
