"""A wish to be asked again at a later time, said with a question mark and a doubt
closing it ("Not right now. Ask me again in March perhaps?"), asks nothing back: the
refusal before it stands. Anything else in its sentence still asks."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Cheers for thinking of me, but not right now - I'm in the studio all summer. Try me "
        "again in November perhaps??",
        "Not right now. Ask me again in the spring maybe?",
        "Not right now. Ask me again in the spring?",
        "Pas maintenant. Reposez-moi la question au printemps, peut-être ?",
        "Ahora no. ¿Vuelve a preguntarme en otoño, quizás?",
        "Jetzt gerade nicht. Frag mich im Herbst nochmal, vielleicht?",
        "Agora não. Me procure de novo em outubro, talvez?",
        "Sasa hivi hapana. Niulize tena mwakani, labda?",
    ],
)
def test_a_come_back_asked_tentatively_leaves_the_refusal(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("put-off-question:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Not right now. Ask me again in October, or should I ask Ana?",
        "Ahora no. ¿Vuelve a preguntarme en otoño, o prefieres que hable con Ana?",
        "Yes! Ask me again in the spring maybe?",
    ],
)
def test_more_beside_the_come_back_stays_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
