"""After a yes, a practical matter left to settle with the other, closed by a contrast that
says it will be settled directly ("but we'll sort that out directly", "mais on réglera ça
directement", "pero eso lo vemos directamente", "aber das klären wir direkt", "mas isso
tratamos diretamente", "lakini hilo tutalimaliza moja kwa moja"), is an aside: the yes
stands. A condition or a doubt in that stretch still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Sim, aceito com gosto a apresentação ao Sr. Tiago Lopes. Teremos depois de acertar "
        "com ele as regras habituais (registo criminal dos voluntários, horário das visitas), "
        "mas isso tratamos diretamente.",
        "yes",
    ),
    ("Yes, happy to. We'll agree the usual rules, but we'll sort that out directly.", "yes"),
    ("Oui, volontiers. Il faudra convenir des règles, mais on réglera ça directement.", "yes"),
    ("Sí, con gusto. Habrá que acordar las reglas, pero eso lo vemos directamente.", "yes"),
    ("Ja, gern. Die üblichen Regeln müssen wir noch abstimmen, aber das klären wir direkt.", "yes"),
    (
        "Ndiyo, nakubali. Tutahitaji kukubaliana masharti, lakini hilo tutalimaliza moja kwa moja.",
        "yes",
    ),
    # Near-misses: a condition or a doubt beside it, or no yes at all.
    ("Yes, but we'll sort that out directly if he's vetted.", "unclear"),
    ("Sim, aceito com gosto. Mas isso tratamos diretamente se ele for voluntário.", "unclear"),
    ("Maybe, but we'll sort that out directly.", "unclear"),
    ("We'll sort that out directly.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_matters_settled_directly_leave_the_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer
