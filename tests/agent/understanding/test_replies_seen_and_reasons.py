"""Portuguese "já vi" doubts only as the acknowledgement of the mail ("Sim, já vi.",
"Já vi o e-mail"): having seen the other's work ("Já vi uns vídeos do Caio") beside a
yes leaves the yes. A Portuguese "no" that is "em" + "o" ("estou no meio do TCC") after
"mas não vou conseguir" is no refusal of its own, and the inability declines."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Claro!! Bora, pode apresentar sim 😄\nJá vi uns vídeos do Caio, manda muito bem", "yes"),
        ("Sim! Já vi o trabalho dela, é ótimo.", "yes"),
        ("Sim, já vi.", "unclear"),
        ("Sim, já vi o e-mail.", "unclear"),
        ("Já vi a mensagem, vou pensar.", "unclear"),
    ],
)
def test_seen_the_mail_or_the_work(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Adoraria, mas não vou conseguir agora, estou no meio do TCC.", "no"),
        ("Adoraria, mas não consigo agora, tô no meio da mudança.", "no"),
        ("Adoraria, mas não consigo dizer não.", "unclear"),
    ],
)
def test_inability_beside_a_contraction(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
