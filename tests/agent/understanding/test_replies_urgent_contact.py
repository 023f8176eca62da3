"""After a yes, a sentence opening with "if it's urgent" (si c'est urgent, si es urgente,
falls es dringend ist, se for urgente, kama ni dharura) that names a way to reach the
writer ("he can call me", "il peut m'appeler", "pode me ligar no 9...") offers a channel,
as "if it's easier, my mobile is ..." does: no condition on the yes. Without a channel,
with a negator, or inside the yes's own sentence it still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

URGENT_CONTACT = [
    ("Happy to, go ahead. If anything's urgent she can text me on 07700 900123.", "yes"),
    ("Avec plaisir. Si c'est urgent, il peut m'appeler au 06 11 22 33 44.", "yes"),
    ("Sí, claro. Si es urgente, me puede llamar al 611 222 333.", "yes"),
    ("Ja, gerne. Falls es dringend ist, kann er mich telefonisch unter 0171 22 erreichen.", "yes"),
    ("Sim, claro. Se for urgente, pode me ligar no 91122-3344.", "yes"),
    ("Ndiyo, nakubali. Kama ni dharura, anaweza kunipigia simu 0712 112 233.", "yes"),
    # No way to reach the writer named: the condition stays.
    ("Sure. If it's urgent, ask someone else.", "unclear"),
    ("Oui. Si c'est urgent, voyez avec quelqu'un d'autre.", "unclear"),
    # A negator in the sentence, or the condition inside the yes's own sentence.
    ("Sure. If it's urgent I can't help.", "unclear"),
    ("Sí. Si es urgente, no puedo ayudar.", "unclear"),
    ("Sim, se for urgente.", "unclear"),
    ("Ndiyo, kama ni dharura.", "unclear"),
    ("Ja, wenn es dringend ist.", "unclear"),
    # A refusal stays one.
    ("No thanks. If it's urgent, call me and I'll explain.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), URGENT_CONTACT)
def test_a_channel_for_urgent_matters_is_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer
