"""What someone else said they might do, told before the answer ("Dave mentioned on
Sunday that he might be sending something like this. Yes, happy to meet him."), hedges
no answer (reply_reported): the "might" is theirs. A hedge of the writer's, one about the
meeting or the one asked about, one in or after the answer's own sentence, and one beside
a condition or a negation still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

ASKED = "Colin Hartley"

REPORTED = [
    "What a lovely surprise. Dave mentioned on Sunday that he might be sending something "
    "like this, so I was watching for it. Yes, I'd be very happy to meet him.",
    "Good to hear from you. Priya said last week she might write to me about this. Yes, "
    "happy to be introduced.",
    "Hello! My neighbour told me she might pass my name on. Yes, go ahead.",
    "Quelle surprise. Claire a mentionné dimanche qu'elle allait peut-être envoyer quelque "
    "chose. Oui, avec plaisir.",
    "Qué sorpresa. Marta me comentó el domingo que quizás me escribiría algo así. Sí, con "
    "mucho gusto.",
    "Was für eine Überraschung. Dieter erzählte mir am Sonntag, dass er vielleicht so "
    "etwas schickt. Ja, sehr gerne.",
    "Schön, von Ihnen zu hören. Frau Brandt hat erwähnt, dass sie vielleicht so etwas "
    "schickt. Ja, gerne.",
    "Que surpresa boa. O Paulo comentou domingo que talvez mandasse algo assim. Sim, com "
    "todo o prazer.",
    "Mshangao mzuri. Juma aliniambia Jumapili kwamba huenda atatuma ujumbe wa aina hii. "
    "Ndiyo, nitafurahi.",
]

STILL_DOUBTED = [
    # The writer's own doubt, reported or not.
    "Dave said I might be interested. Yes, happy to meet.",
    "Dieter meinte, dass ich vielleicht Interesse hätte. Ja, gerne.",
    "I might be free. Yes, happy to meet.",
    # About the meeting.
    "Dave said we might meet next month. Yes, happy to.",
    # About the one asked about.
    "Dave mentioned Colin might be moving away. Yes, happy to meet.",
    # In or after the answer's own sentence.
    "Yes, Dave mentioned he might be sending this. Happy to meet.",
    "Yes, happy to meet. Dave mentioned he might be sending this.",
    "Yes, I might be happy to meet him.",
    # Beside a condition or a negation.
    "Dave mentioned he might be sending this, if I have time. Yes.",
    "Dave mentioned he might not be around. Yes, happy to meet.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_what_another_said_they_might_do_hedges_no_answer(text: str) -> None:
    answer, evidence = read_answer(text, asked=ASKED)
    assert answer == "yes", evidence


@pytest.mark.parametrize("text", STILL_DOUBTED)
def test_other_hedges_still_doubt(text: str) -> None:
    assert read_answer(text, asked=ASKED)[0] == "unclear"
