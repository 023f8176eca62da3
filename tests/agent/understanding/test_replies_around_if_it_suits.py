"""After a yes, the writer around somewhere in casual words ('ando por Palermo', 'estoy por
el centro', 'estou por Pinheiros') offers time as 'I'm around' does, and a casual wish of
the other ('si pinta', 'si tiene ganas', 'se rolar', 'se estiver a fim') leaves the
initiative to them: no condition on the yes. A condition on who or what still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Dale, de una! Decile a Gabriel que la semana que viene ando por Palermo todos "
            "los días, si pinta un café buenísimo.",
            "yes",
        ),
        ("Dale, de una! La semana que viene ando por Palermo, si quiere tomamos un café.", "yes"),
        ("Sí, claro. Ando por el centro toda la semana, si tiene ganas de un café.", "yes"),
        ("Sim, claro! Estou por Pinheiros a semana toda, se ele quiser um café.", "yes"),
        ("Sim! Estou por Pinheiros a semana toda, se rolar um café.", "yes"),
        ("Sí, claro. Ando por Palermo, si es inversor serio.", "unclear"),
        ("Quizás. Ando por Palermo, si pinta un café.", "unclear"),
        ("Sí. No ando por Palermo si quiere un café.", "unclear"),
    ],
)
def test_around_if_it_suits_the_other(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
