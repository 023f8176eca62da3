"""The writer telling what a yes of theirs would lead to ("knowing me, I'd say yes and
then be swamped", "je dirais oui et puis", "diría que sí y luego", "ich sage ja und
dann", "diria que sim e depois", "ningesema ndiyo kisha") gives no yes: it is a habit
or a hypothetical told, neutral. Beside a refusal the reply refuses; alone it is no
yes, and another yes stands as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Not this time, sorry. Knowing me, if a big commission comes along I'll say yes "
        "and then sink.",
        "Thanks, but I'll pass. I always say yes and then regret it by March.",
        "Merci, mais non. Je me connais, je dis toujours oui et puis je croule sous le travail.",
        "No, gracias. Me conozco: siempre digo que sí y luego me arrepiento.",
        "Danke, aber nein. Ich würde ja sagen und dann bis Mitternacht arbeiten.",
        "Não, obrigado. Sempre digo sim e depois me arrependo.",
        "Hapana, asante. Huwa nasema ndiyo kisha najuta.",
    ],
)
def test_a_yes_told_as_habit_beside_a_refusal_refuses(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert not any(e.startswith("yes:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Another yes stands.
        ("Sure thing. I'll say yes and then we can sort a date.", "yes"),
        ("Oui, avec plaisir ! Je dis oui et puis on fixe une date.", "yes"),
        # Alone it is no yes, and the phrase of a yes to be broken still refuses.
        ("I'd say yes and then we could talk.", "unclear"),
        ("If I say yes and then can't keep it up, that's worse. So no.", "no"),
    ],
)
def test_other_yeses_and_the_broken_yes_keep_their_reading(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
