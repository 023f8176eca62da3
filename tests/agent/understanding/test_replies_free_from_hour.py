"""An hour of the day after a deferral lead, in a clause that tells when the writer is
free ("dispo plutôt le soir après 18h", "free in the evenings after 6pm", "abends ab 19
Uhr frei"), tells the writer's hours, no date putting the yes off. Without a free word
("Yes, after 6pm.") or with a date ("after the 15th") the yes is still put off."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "ok pour moi 🙂 par contre je suis en cours toute la journée, donc dispo plutôt le"
        " soir après 18h ou le mercredi aprem. Vous pouvez donner mon mail à Samia sans souci.",
        "Oui, je suis dispo le soir après 18h.",
        "Sure, I'm free in the evenings after 6pm.",
        "Sí, estoy libre por las noches después de las 18h.",
        "Ja, ich bin abends ab 19 Uhr frei.",
        "Ndiyo, niko huru jioni baada ya saa 12.",
    ],
)
def test_the_hour_the_writer_is_free_from_leaves_the_yes(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes"
    assert any(e.startswith("free-hour:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Yes, after 6pm.",
        "Sure, free in the evenings after the 15th.",
        "Oui, dispo le soir après le 15.",
    ],
)
def test_without_a_free_word_or_with_a_date_it_still_puts_off(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
