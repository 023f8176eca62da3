"""An acceptance relayed on the instructions of the one asked is theirs.

"Por instrucciones del Lic. Garza le comento que con mucho gusto acepta la
presentación", "sur instruction de Marc, je vous informe qu'il accepte", "auf Anweisung
von Herrn Brandt", "por instrução do Marcelo", "kwa maelekezo ya Juma", "on the
instructions of Tom": the writer passes on the decision as "asked me to convey" does, a
title's dot ("Lic.", "Sr.") ending no sentence. A guess ("creo que acepta") or a question
("le pregunto si acepta") after the relay, and a guess with no relay, stay unclear.
"""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

NAMES = frozenset({"garza", "javier", "moss", "marc", "brandt", "silva", "marcelo", "juma"})


@pytest.mark.parametrize(
    "text",
    [
        "On the instructions of Mr Moss, I can tell you he accepts the introduction.",
        "Por instrucciones del Lic. Garza le comento que con mucho gusto acepta la "
        "presentación con el Ing. Salinas.",
        "Por instrucciones del Sr. Moss, le comunico que acepta con mucho gusto la presentación.",
        "El Lic. Garza me pide que le comunique que acepta la presentación.",
        "Sur instruction de Marc, je vous informe qu'il accepte la mise en relation.",
        "Marc me charge de te dire qu'il accepte la mise en relation.",
        "Auf Anweisung von Herrn Brandt teile ich Ihnen mit, dass er der Vorstellung zustimmt.",
        "Herr Brandt lässt ausrichten, dass er der Vorstellung gerne zustimmt.",
        "Por instrução do Marcelo, informo que aceita a apresentação.",
        "O Dr. Silva pediu-me para informar que aceita a apresentação.",
        "Kwa maelekezo ya Juma, nakujulisha kwamba amekubali utambulisho.",
        "Bw. Juma ameniagiza nikujulishe kuwa amekubali utambulisho.",
    ],
)
def test_an_acceptance_relayed_on_instructions_is_a_yes(text: str) -> None:
    assert read_answer(text, NAMES)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "On the instructions of Tom, I can tell you I think he accepts the introduction.",
        "Por instrucciones de Javier, le comunico que creo que acepta la presentación.",
        "Por instrucciones de Javier, le pregunto si acepta la presentación.",
        "Creo que el Lic. Garza acepta la presentación.",
        "Je pense que Marc accepte la mise en relation.",
        "Ich glaube, er stimmt der Vorstellung zu.",
        "Acho que o Marcelo aceita a apresentação.",
        "Nadhani Juma amekubali utambulisho.",
    ],
)
def test_a_guess_or_a_question_stays_unclear(text: str) -> None:
    assert read_answer(text, NAMES)[0] == "unclear"


def test_a_relay_read_whole_keeps_the_reach_note_after_it() -> None:
    text = (
        "Por instrucciones del Lic. Garza le comento que con mucho gusto acepta la "
        "presentación con el Ing. Salinas. Me pidió que le compartan su correo "
        "directamente y que el Ing. Salinas le escriba a él, no a mí."
    )
    assert read_answer(text, frozenset({"garza", "salinas"}))[0] == "yes"
