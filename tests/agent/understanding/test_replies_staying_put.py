"""Keeping to what the writer has refuses: "ahí me quedo", "I'm staying put", "je reste
où je suis", "ich bleibe, wo ich bin", "fico com o que tenho", "nabaki nilipo"; a saying
before it ("más vale pájaro en mano que ciento volando") adds nothing, and a saying
alone answers nothing. The status quo said to suit the writer ("ça me va très bien
comme ça", "me va bien así") is no yes to the introduction, so the refusal beside it
decides; "Oui, ça me va comme ça" still says yes. Spanish "aquí me quedo" going on in
its clause ("aquí me quedo esperando su llamada") is waiting, no refusal."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

STAYING_PUT = [
    (
        "Ya sabes lo que decía mi padre: más vale pájaro en mano que ciento volando. La "
        "cooperativa me ha comprado toda la aceituna desde el 94 y ahí me quedo.",
        "no",
    ),
    ("Thanks, but the co-op buys everything and I'm staying put.", "no"),
    ("Thanks, but the co-op buys everything and I am staying put.", "no"),
    ("Merci, mais je reste où je suis.", "no"),
    ("Danke, aber ich bleibe, wo ich bin.", "no"),
    ("Obrigado, mas fico com o que tenho.", "no"),
    ("Asante, lakini nabaki nilipo.", "no"),
    # The status quo suiting the writer, beside a refusal.
    (
        "Comme on dit chez nous, chacun son métier. Je vends au marché et ça me va très "
        "bien comme ça. Internet, ce n'est pas pour moi. Merci quand même.",
        "no",
    ),
    ("Vendo en la cooperativa y me va bien así. No me interesa, gracias.", "no"),
    # A saying alone answers nothing.
    ("Más vale pájaro en mano que ciento volando.", "unclear"),
    ("Chacun son métier et les vaches seront bien gardées.", "unclear"),
    # Near-misses: a yes beside the status quo, waiting here.
    ("Oui, ça me va comme ça.", "yes"),
    ("Sí, claro, aquí me quedo esperando su llamada.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), STAYING_PUT)
def test_keeping_to_what_the_writer_has_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer
