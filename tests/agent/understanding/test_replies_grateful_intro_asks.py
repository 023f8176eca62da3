"""After a yes, being grateful "if" the introduction is made ("I'd be grateful if you could
introduce us", "je vous serais reconnaissante si vous pouviez nous présenter", "le
agradecería si nos presenta", "ich wäre dankbar, wenn Sie uns vorstellen könnten",
"agradeceria se nos apresentasse", "nitashukuru kama utanitambulisha kwake") asks for
what the yes agreed to: no condition. An "if" asking for anything more, a time, someone
else, a question, or no yes before still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Yes. I'd be grateful if you could introduce us.",
        "Sounds good, and I would be very grateful if you could connect us.",
        "Oui, volontiers. Je vous serais reconnaissante si vous pouviez nous présenter.",
        "Oui. Je serais reconnaissant si vous pouviez nous mettre en relation.",
        "Sí, claro. Le agradecería si nos presenta.",
        "Sí. Te agradecería mucho si nos pusieras en contacto.",
        "Ja, gerne. Ich wäre Ihnen dankbar, wenn Sie uns vorstellen könnten.",
        "Ja. Ich wäre dir dankbar, wenn du uns miteinander bekannt machen könntest.",
        "Sim, com prazer. Agradeceria se nos apresentasse.",
        "Ndiyo, sawa. Nitashukuru kama utanikutanisha naye.",
        "Sawa kabisa. Nitashukuru sana kama utatutambulisha, nina hamu ya kazi hiyo.",
    ],
)
def test_grateful_for_the_introduction_after_a_yes_is_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # A time, someone else, a further condition, a negation or a question.
        "Yes. I'd be grateful if you could introduce us after March.",
        "Yes. I'd be grateful if you could introduce us to her husband instead.",
        "Yes. I'd be grateful if he's still hiring.",
        "Yes. I'd be grateful if you could introduce us, but only if she pays.",
        "Yes. Would you be grateful if I introduce you?",
        "Oui. Je serais reconnaissant si vous pouviez nous présenter en mai.",
        "Ja. Ich wäre dankbar, wenn Sie uns erst im Mai vorstellen.",
        "Sim. Agradeceria se ele me pagasse antes.",
        # No yes before it.
        "I'd be grateful if you could introduce us.",
        "Nitashukuru kama utanikutanisha naye.",
    ],
)
def test_grateful_for_more_or_without_a_yes_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "No. I'd be grateful if you could introduce us to someone else.",
        "Non. Je serais reconnaissant si vous pouviez ne pas nous présenter.",
    ],
)
def test_a_refusal_before_it_stays_a_refusal(text: str) -> None:
    assert classify_text(text) == "no"
