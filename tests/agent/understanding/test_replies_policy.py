"""A company's policy that rules the introduction out declines it, said in the writer's
organisation's name ("company policy doesn't allow", "por política interna no podemos",
"notre politique interne ne nous permet pas", "unsere Richtlinien erlauben keine", "por
política interna não podemos", "sera ya kampuni hairuhusu"); a policy named beside a yes
without ruling anything out leaves the yes as the rest of the reply reads."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

POLICY_REFUSALS = [
    (
        "Le agradezco mucho la propuesta, pero por política interna no podemos aceptar "
        "presentaciones de proveedores.",
        "no",
    ),
    ("Thanks for thinking of us, but company policy doesn't allow vendor introductions.", "no"),
    ("I'm afraid this is against our policy for supplier contacts.", "no"),
    (
        "Merci pour la proposition, mais notre politique interne ne nous permet pas "
        "d'accepter ce type de mise en relation.",
        "no",
    ),
    ("Danke, aber unsere Richtlinien erlauben keine Vorstellungen durch Dritte.", "no"),
    ("Obrigado, mas por política interna não podemos aceitar apresentações de fornecedores.", "no"),
    ("Asante, lakini sera ya kampuni hairuhusu utambulisho wa wauzaji.", "no"),
    # Near misses: a policy that allows, or one named beside a yes as a formality.
    ("Yes, happy to. Our policy allows vendor introductions.", "yes"),
    ("Sí, con mucho gusto. Nuestra política interna permite estas presentaciones.", "yes"),
    ("Yes, but I need to check our company policy first.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), POLICY_REFUSALS)
def test_a_policy_that_rules_it_out_declines(text: str, answer: str) -> None:
    assert classify_text(text) == answer
