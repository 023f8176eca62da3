"""News of how things are where the writer is ("all good here", "por aqui tudo bem",
"huku kwetu shwari") answers nothing: beside a refusal the reply refuses, while a yes
word said as the answer ("Por mim tudo bem", "Shwari, endelea") still agrees."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

NEWS_BESIDE_A_REFUSAL = [
    ("Thanks for thinking of me, but I'm afraid I can't right now. All good here, though.", "no"),
    ("Merci d'avoir pensé à moi, mais je ne peux pas en ce moment. Ici tout va bien.", "no"),
    ("Gracias por acordarte, pero ahora mismo no puedo. Por aquí todo bien.", "no"),
    ("Danke, aber im Moment geht es leider nicht. Hier ist alles gut.", "no"),
    ("Obrigada pela lembrança, mas neste momento não posso. Por cá está tudo bem.", "no"),
    ("Agradeço, mas agora não vou conseguir. De resto, por aqui tudo bem.", "no"),
    ("Asante kwa kunikumbuka, lakini kwa sasa siwezi. Huku kwetu ni shwari.", "no"),
]

NEAR_MISSES = [
    ("Por aqui tudo bem.", "unclear"),
    ("Huku kwetu kila kitu ni shwari.", "unclear"),
    # The yes words said as the answer still agree.
    ("Por mim tudo bem.", "yes"),
    ("Tudo bem, pode apresentar.", "yes"),
    ("Sim, pode apresentar. Por aqui tudo bem.", "yes"),
    ("Shwari, endelea.", "yes"),
    ("Sawa kabisa, huku kwetu kila kitu ni sawa.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), NEWS_BESIDE_A_REFUSAL + NEAR_MISSES)
def test_news_from_here_answers_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
