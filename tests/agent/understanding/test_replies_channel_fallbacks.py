"""After a yes, a fallback channel ("Otherwise by email here", "Sinon par mail", "Si no,
por correo", "Sonst per Mail", "Senão por email", "Vinginevyo kwa barua pepe") is no
branch of a condition, and "but I mostly reply in the evening" is an aside on the
writer's replying: the yes stands. "Otherwise no" and a doubt after the aside do not."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

FALLBACKS = [
    (
        "Yes, happy to. Best to call me after lunch. "
        "Otherwise by email here, but I mostly reply in the evening.",
        "yes",
    ),
    (
        "Oui, volontiers. Appelez-moi plutôt l'après-midi. "
        "Sinon par mail, mais je réponds surtout le soir.",
        "yes",
    ),
    (
        "Sí, claro. Lo mejor es llamarme por la tarde. "
        "Si no, por correo, pero contesto sobre todo por la noche.",
        "yes",
    ),
    (
        "Ja, gerne. Am besten rufen Sie mich nachmittags an. "
        "Sonst per Mail, aber ich antworte meist abends.",
        "yes",
    ),
    ("Sim, claro. O melhor é me ligar à tarde. Senão por email, mas respondo mais à noite.", "yes"),
    (
        "Ndiyo, nakubali. Ni rahisi kunipigia simu mchana. "
        "Vinginevyo kwa barua pepe, lakini hujibu zaidi jioni.",
        "yes",
    ),
    # Near-misses: the other branch refuses, or a doubt follows the aside.
    ("Oui. Sinon, non.", "unclear"),
    ("Yes. Otherwise no.", "unclear"),
    ("Oui, mais je réponds surtout le soir et je ne sais pas si ça m'intéresse.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), FALLBACKS)
def test_a_fallback_channel_is_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer
