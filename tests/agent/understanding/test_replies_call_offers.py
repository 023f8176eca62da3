"""After a yes, the writer's number given for the other to call ("If he wants to call, my
number is ...", "Akitaka kupiga simu, namba yangu ni +255 ...") offers a way to reach the
writer, no condition; "namba yangu ni" ties the channel to its number, negating nothing;
"a practical note" is no French "noté". A condition on anything else still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OFFERS = [
    ("Yes, happy to. If he wants to call, my number is +44 7700 900123.", "yes"),
    ("Oui, avec plaisir. S'il veut appeler, mon numéro est le 06 12 34 56 78.", "yes"),
    ("Sí, claro. Si quiere llamar, mi número es el 600 123 456.", "yes"),
    ("Ja, gerne. Falls er anrufen möchte, meine Nummer ist 0171 1234567.", "yes"),
    ("Sim, claro. Se ele quiser ligar, meu número é 11 98765-4321.", "yes"),
    ("Ndiyo. Akitaka kupiga simu, namba yangu ni +255 754 000 218.", "yes"),
    ("Ndiyo, nitafurahi. Namba yangu ni 0754 000 218.", "yes"),
    ("Yes please. My mobile is +65 9123 4567 if WhatsApp is easier for him.", "yes"),
    ("Yes please. A practical note: I'm in Singapore, so mornings work best.", "yes"),
    # Near-misses: the condition is on something else, or nothing says yes.
    ("Yes. If he wants to call, he should ask my boss first.", "unclear"),
    ("Yes. If he wants to call, my number is 0770 900123, but only after the NDA.", "unclear"),
    ("Ndiyo. Namba yangu ni siri.", "unclear"),
    ("Sí, pero ni 5 minutos.", "unclear"),
    ("If he wants to call, my number is +44 7700 900123.", "unclear"),
    ("Ok, noté.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), OFFERS)
def test_a_number_for_the_other_to_call_is_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer
