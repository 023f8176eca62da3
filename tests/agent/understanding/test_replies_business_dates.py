"""A date in news of the writer's own business after a yes, and the booking purpose
said before the assistant: neither puts the yes off."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Gerne, das passt sogar gut \u2013 wir schreiben die Linie für Landshut im Juni aus.",
        "Yes, happy to, we are launching the new line in June.",
        "Oui, ça tombe bien : nous ouvrons la boutique en juin.",
        "Sí, encantado, lanzamos la nueva línea en junio.",
    ],
)
def test_a_date_in_news_of_the_writers_business_keeps_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Gerne, wir sprechen im Juni.",
        "Yes, happy to - we are back in June.",
        "Gerne, aber wir schreiben die Linie erst im Juni aus.",
    ],
)
def test_a_date_for_the_meeting_or_the_writers_time_still_puts_it_off(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Gerne. Frau Vogel soll sich für einen Termin bitte direkt an meine Assistentin wenden.",
        "Yes, happy to. For a meeting, please contact my assistant Jane directly.",
        "Oui, volontiers. Pour un rendez-vous, qu'elle contacte mon assistante.",
        "Sí, claro. Para una cita, que contacte a mi asistente.",
        "Sim, claro. Para marcar, fale com a minha assistente.",
        "Ndiyo. Kwa miadi, awasiliane na msaidizi wangu.",
    ],
)
def test_a_booking_purpose_before_the_assistant_is_logistics(text: str) -> None:
    assert read_answer(text)[0] == "yes"


def test_an_assistant_who_decides_still_doubts() -> None:
    assert read_answer("Yes, but my assistant will decide whether I have time.")[0] == "unclear"
