"""A later time that dates what the writer sets out terms to avoid ("To avoid any
misunderstanding later, two points") puts nothing off, in every language; a later time
with no word of avoiding next to it, or a yes between, still does."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

AVOIDED_LATERS = [
    ("Yes, go ahead. To avoid any confusion later, the first call is free.", "yes"),
    ("Oui, allez-y. Pour éviter toute surprise plus tard, le premier appel est gratuit.", "yes"),
    ("Sí, adelante. Para evitar sorpresas más adelante, la primera llamada es gratis.", "yes"),
    (
        "Ja, gerne. Um später Missverständnisse zu vermeiden: das erste Gespräch ist kostenlos.",
        "yes",
    ),
    (
        "Sim, podem avançar. Para evitar mal-entendidos mais tarde, a primeira conversa é grátis.",
        "yes",
    ),
    (
        "Ndiyo, endeleeni. Ili kuepuka kutoelewana baadaye, mazungumzo ya kwanza yatakuwa bure.",
        "yes",
    ),
    # A surprise the terms spare the reader later is avoided too.
    ("Sure, glad to. So nobody's surprised later: I charge by the hour.", "yes"),
    ("Sí, con gusto. Para que nadie se lleve sorpresas más adelante: cobro por horas.", "yes"),
    ("Ja, gerne. Damit später niemand überrascht ist: ich rechne nach Stunden ab.", "yes"),
    ("Sim, com gosto. Para que ninguém seja surpreendido mais tarde: cobro à hora.", "yes"),
    ("Ndiyo, kwa furaha. Ili mtu asipate mshangao baadaye: ninatoza kwa saa.", "yes"),
    # The later time puts the yes off: no word of avoiding, or a yes between.
    ("Yes, but later.", "no"),
    ("Yes please, but to avoid clashes let's do it later", "unclear"),
    ("Yes please, but to avoid the holiday rush, later", "no"),
    ("Sure, but I'd be surprised if she is free. Later maybe.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), AVOIDED_LATERS)
def test_a_later_time_of_what_is_avoided_puts_nothing_off(text: str, answer: str) -> None:
    assert classify_text(text) == answer
