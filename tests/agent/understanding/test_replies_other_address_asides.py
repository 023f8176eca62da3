"""After a yes and a contrast, asking to be written to at another address because this one
is rarely read ("Eso sí, prefiero que me escriba al correo del instituto, este lo miro
poco") is an aside on the channel, as "I rarely check my email" is: the yes stands. A
doubt beside it in the contrast's sentence still leaves the reply unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OTHER_ADDRESS = [
    (
        "Yes, happy to. However, I'd rather she wrote to my work address, I rarely check this one.",
        "yes",
    ),
    (
        "Oui, avec plaisir. Par contre, qu'il m'écrive plutôt à mon adresse pro, celle-ci je "
        "la consulte peu.",
        "yes",
    ),
    ("Sí, claro. Eso sí, mejor que me escriba al correo del trabajo, este lo miro poco.", "yes"),
    ("Ja, gerne. Allerdings bitte an meine Dienstadresse schreiben, die lese ich selten.", "yes"),
    (
        "Sim, claro. Mas prefiro que ela escreva para o email do trabalho, este eu vejo pouco.",
        "yes",
    ),
    ("Ndiyo, nakubali. Lakini aniandikie kwa barua pepe ya kazini, hii siiangalii sana.", "yes"),
    # Near-misses: a doubt beside the aside.
    ("Yes. However, I rarely check this one, and I'm not sure I want to meet.", "unclear"),
    ("Sí, claro. Eso sí, este lo miro poco, así que no sé si me interesa.", "unclear"),
    (
        "Ja, gerne. Allerdings lese ich die selten, und ich bin nicht sicher, ob es passt.",
        "unclear",
    ),
]


@pytest.mark.parametrize(("text", "answer"), OTHER_ADDRESS)
def test_another_address_asked_for_is_an_aside(text: str, answer: str) -> None:
    assert classify_text(text) == answer
