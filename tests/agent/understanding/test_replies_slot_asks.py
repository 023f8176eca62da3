"""An "if" about the other asking ("if she asks", "s'il le demande", "si ella lo pide",
"falls sie fragt", "se ela pedir", "kama akiuliza"), closing a sentence that offers a
time after a clear go-ahead, leaves the other the initiative, as "if that suits him"
does: no condition on the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes - please do.\nTuesday afternoons are usually best for a call if she asks.",
        "Oui, allez-y. Le mardi après-midi est idéal pour un appel s'il le demande.",
        "Sí, adelante. Los martes por la tarde son mejores para una llamada si ella lo pide.",
        "Ja, gerne. Dienstag nachmittags passt am besten für ein Telefonat, falls sie fragt.",
        "Sim, pode apresentar. Terça à tarde é melhor para uma ligação se ela pedir.",
        "Ndiyo, endelea. Jumanne mchana ndio wakati mzuri kwa simu kama akiuliza.",
    ],
)
def test_the_others_asking_about_a_time_offered_keeps_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Sure, if she asks.",
        "Yes. Tuesday afternoons are best if she asks nicely.",
        "Tuesday afternoons are best for a call if she asks.",
        "Yes, next week if she asks.",
        "Yes. Tuesday afternoons are best if she asks, but I'm not sure.",
        "Oui, s'il le demande.",
        "Ja, falls er fragt.",
    ],
)
def test_an_ask_with_no_time_offered_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
