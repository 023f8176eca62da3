"""A complaint of being busy after a yes, with a near later time preferred for the
meeting: the yes stands (reply_busy_laters)."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Sure, go ahead. I'm swamped this week though, next week is better.",
        "Sure, but I'm swamped this week, next week is better.",
        "Sure, go ahead. I'm swamped this week. Next week would work better.",
        "Passt, mach ma. Bin die Woche aber im Stress, nächste Woche besser.",
        "Passt, mach ma. Bin die Woch aber im Lesestress, nächste Woch besser.",
        "Ja, gerne. Ich bin diese Woche voll ausgelastet, nächste Woche passt besser.",
        "Oui, vas-y. Je suis débordé cette semaine par contre, la semaine prochaine c'est mieux.",
        "Sí, adelante. Esta semana ando a tope, mejor la próxima semana.",
        "Sim, pode passar. Estou atolado esta semana, mas semana que vem é melhor.",
        "Ndiyo, sawa. Nimebanwa sana wiki hii, wiki ijayo ni bora.",
    ],
)
def test_busy_now_with_a_later_time_preferred_keeps_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("I'm swamped, sorry", "no"),
        ("Sure, but not until I'm less swamped", "unclear"),
        ("I'm swamped this week, next week is better.", "no"),
        ("Sure, go ahead. I'm swamped though.", "no"),
        (
            "Sure, go ahead. I'm swamped this week and not taking calls, next week is better.",
            "unclear",
        ),
        ("Sure. I'm swamped though, so next week is better?", "unclear"),
        ("Sure, go ahead. I'm swamped this week though, maybe next week is better.", "no"),
        (
            "Sure, go ahead. I'm swamped this week though, next week is better if he is legit.",
            "no",
        ),
        ("Sí, pero mejor más adelante, quizá en enero. Ahora mismo estoy a tope.", "unclear"),
    ],
)
def test_near_misses_keep_their_reading(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
