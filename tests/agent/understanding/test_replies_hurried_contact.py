"""After a yes, a sentence opening with the other being in a hurry, named or not ("If
Tom is in a hurry", "Si Andrés tiene prisa", "Si Sophie est pressée", "Falls Herr
Neumann es eilig hat", "Se o Rui tiver pressa", "Kama Amina ana haraka") that gives a
way to reach the writer offers a channel, as "if it's urgent" does. The writer replying
late ("contesto los correos con bastante retraso"), a contrast opening it past a colon
("Eso sí, aviso de antemano: ..."), and a reassurance ("nothing personal", "no es nada
personal") leave the yes standing. A negation or a doubt inside the hurry, no channel,
or the condition in the yes's own sentence still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    ("Sure, go ahead. If Tom is in a hurry, he can text me on 07700 900123.", "yes"),
    ("Sure, go ahead. If he's in a hurry, he can text me on 07700 900123.", "yes"),
    (
        "Claro, adelante. Si Andrés tiene prisa, mejor que me escriba por WhatsApp al 622 418 907.",
        "yes",
    ),
    ("Avec plaisir. Si Sophie est pressée, elle peut m'appeler au 06 11 22 33 44.", "yes"),
    (
        "Ja, gerne. Falls Herr Neumann es eilig hat, kann er mich telefonisch unter 0171 22 "
        "erreichen.",
        "yes",
    ),
    ("Sim, claro. Se o Rui tiver pressa, pode me ligar no 91122-3344.", "yes"),
    ("Ndiyo. Kama Amina ana haraka, anaweza kunipigia simu 0712 112 233.", "yes"),
    (
        "Claro que sí, adelante. Eso sí, aviso de antemano: contesto los correos con bastante "
        "retraso (a veces una semana, no es nada personal).",
        "yes",
    ),
    ("Sure, go ahead. Fair warning, I'm slow to reply, nothing personal.", "yes"),
    # Near-misses: no channel, a negation or a doubt in the hurry, the yes's own sentence.
    ("Sure. If Tom is in a hurry, ask someone else.", "unclear"),
    ("Sure, go ahead. If he's not in a hurry, he can text me on 07700 900123.", "unclear"),
    ("Sí. Si Andrés no tiene prisa, me puede llamar al 611 222 333.", "unclear"),
    ("Sí. Si Andrés quizás tiene prisa, me puede llamar al 611 222 333.", "unclear"),
    ("Sí, si tiene prisa.", "unclear"),
    ("Sure, but one thing: I reply late, and only if he's not a recruiter.", "unclear"),
    ("Nothing personal, but no.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_a_channel_for_one_in_a_hurry_is_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer
