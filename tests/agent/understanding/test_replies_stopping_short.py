"""A yes taken back after the writer stops short ("...actually, hang on.", "Moment mal.",
"Bueno, espera."): what follows decides when it refuses and neither doubts nor asks;
anything else after the pause leaves the reply read whole, never a yes it was not."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

TAKEN_BACK = [
    "Yes, love to!\n\n...actually, hang on. My contract has a non-solicitation clause. "
    "I'd better say no, sorry. Please don't pass my details on.",
    "Happy to! Hold on - I've just remembered I'm not allowed to, sorry. I can't.",
    "Sure! Oh wait, I'm on a non-compete. Sorry, no.",
    "Oui, volontiers. En fait, attendez. Je viens de relire mon contrat : je ne peux pas, désolé.",
    "Sí, claro. Bueno, espera. Acabo de mirar el contrato y no puedo, lo siento.",
    "Ja, gerne! Moment mal. Ich habe in meinen Vertrag geschaut, ich kann leider nicht.",
    "Sim, claro! Na verdade, espera aí. Vi o contrato e não posso, desculpe.",
    "Ndiyo, sawa. Kwa kweli, subiri kidogo. Nimeangalia mkataba wangu, siwezi, samahani.",
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_yes_taken_back_after_stopping_short_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("second-thought:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A pause that asks, checks or restricts: read whole, as before.
        ("Yes, happy to. Hang on, is he in sales?", "unclear"),
        ("Sure - wait, let me check with my wife first.", "unclear"),
        ("Yes. Hold on, I'll check my calendar. No, Tuesday is out, but Wednesday is.", "unclear"),
        ("Yes! Wait, no calls please, email only.", "unclear"),
        ("Sí. Espera un momento, no sé si tengo tiempo.", "unclear"),
        ("Ja. Moment mal, ist er Vertriebler?", "unclear"),
        # A pause before a yes, or no pause at all.
        ("Hang on, no. Yes, go ahead.", "unclear"),
        ("I can't wait. Yes!", "yes"),
        ("Oui. Attendez, oui, c'est bon, allez-y.", "yes"),
    ],
)
def test_a_pause_that_does_not_refuse_changes_nothing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
