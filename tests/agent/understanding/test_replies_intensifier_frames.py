"""A yes word that only intensifies a frame answers nothing: "to be absolutely honest",
"pour être tout à fait franche", "um absolut ehrlich zu sein", "kusema kweli" (to tell
the truth), and a guess about someone else ("I'm absolutely sure she's great", "tenho
certeza de que a Bia é ótima"). A refusal beside one is read as a refusal; a yes said
outright ("Absolutely!", "Com certeza!", "Tout à fait, allez-y") still says yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

FRAMES = [
    ("Thanks, but no. To be totally honest, I don't take these calls.", "no"),
    ("No thanks. I'm absolutely sure she's great, but I'm fully booked.", "no"),
    (
        "Merci, mais c'est non. Pour être tout à fait franche, je ne prends plus ces dossiers.",
        "no",
    ),
    ("Non merci. Pour être absolument honnête, je n'ai pas le temps.", "no"),
    ("Nein danke. Um absolut ehrlich zu sein, habe ich keine Zeit.", "no"),
    ("Hapana, asante. Kusema kweli, sina muda wa kutosha.", "no"),
    ("Não, obrigada. Tenho certeza de que a Bia é ótima, mas não tenho tempo.", "no"),
    # Near-misses: the frame alone says nothing, a yes said outright still says yes.
    ("Tenho certeza de que a Bia é ótima.", "unclear"),
    ("To be totally honest, I'm not sure yet.", "unclear"),
    ("Absolutely, please introduce us.", "yes"),
    ("Com certeza! Pode apresentar.", "yes"),
    ("Tout à fait, allez-y.", "yes"),
    ("Sim, tenho certeza.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), FRAMES)
def test_an_intensifying_frame_answers_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
