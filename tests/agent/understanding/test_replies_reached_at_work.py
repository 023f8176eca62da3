"""After a clear yes, an "if" about how the writer is reached when the other calls
("Someone will pass it to me if I'm on the floor when they call") is logistics, no
condition on the introduction: the reply is yes. An "if" on the matter, the other or
a third person's say still leaves it unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REACHED = [
    "Yes please. Whoever picks up will fetch me if I'm with a resident when she rings.",
    "Yes please, I'd like that. If I'm on a shift when he calls, a colleague will come and get me.",
    "Oui volontiers. Si je suis en soins quand elle appelle, une collègue me passera le message.",
    "Sí, por favor. Si estoy con un paciente cuando llame, alguien me avisará.",
    "Sim, com prazer. Se eu estiver de serviço quando ele ligar, alguém me chama.",
    "Ndiyo tafadhali. Kama niko na mgonjwa akipiga simu, mwenzangu ataniita.",
]


@pytest.mark.parametrize("text", REACHED)
def test_an_if_about_being_reached_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


CONDITIONED = [
    "Yes please. If it's about agency shifts, someone will pass it to me.",
    "Yes please - if it's paid, someone will pass it to me when they call.",
    "Yes please, if my manager agrees when she calls.",
    "Oui volontiers, si c'est pour du bénévolat, quelqu'un viendra me chercher quand elle appelle.",
]


@pytest.mark.parametrize("text", CONDITIONED)
def test_an_if_on_the_introduction_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"
