"""After a yes said in an earlier sentence, a question that only offers a choice of how
the writer and the other reach each other (a channel or a way of making contact on each
side of "or", "oder", "o", "ou", "au") asks nothing of the consent: "Yes, please go ahead.
Will James get my mobile number or only my email?". A question about who the other is or
what they want, a choice with no channel on one side, a condition, a negation, a "but"
or a doubt beside it, and a choice with no yes before it still ask. The writer's habits
with a channel that negate ("I don't pick up numbers I don't recognise", "no cojo el
teléfono") are neutral: they say how to reach the writer, not whether."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer

CONTACT_CHOICES = [
    "Yes, please go ahead. Will James get my mobile number or only my email?",
    "Happy to. Should he email me or should I reach out?",
    "Sure, happy to. Should she call me or should I write to her?",
    "Ja, gerne. Meldet sich Herr Neumann bei mir, oder soll ich auf ihn zugehen?",
    "Gerne. Ruft er mich an oder soll ich ihm eine E-Mail schreiben?",
    "Sí, claro, encantada. ¿Le paso mi móvil o prefiere que hablemos primero por correo?",
    "¡Claro! ¿Me llama él o le escribo yo?",
    "Oui, volontiers. Il m'appelle ou je lui écris ?",
    "Avec plaisir. Je lui donne mon portable ou il préfère un mail ?",
    "Sim, claro. Passo meu celular ou ele prefere falar por email?",
    "Ndiyo. Anipigie simu au nimwandikie barua pepe?",
]


@pytest.mark.parametrize("text", CONTACT_CHOICES)
def test_a_choice_of_channels_after_a_yes_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


def test_the_choice_is_named_in_the_evidence() -> None:
    answer, evidence = read_answer(
        "Yes, please go ahead. Will James get my mobile number or only my email?"
    )
    assert answer == "yes"
    assert "contact-choice:?" in evidence


STILL_ASKING = [
    "Yes, but who is he exactly?",
    "Yes. Will he pitch me?",
    "Yes. Who is he exactly?",
    "Yes, but should he call me or email?",
    "Yes. Should he email me or is it a sales pitch?",
    "Yes. Should he call me, or should I wait until I know more?",
    "Yes. Should he call me first or should I wait before I decide?",
    "Yes. Should he call me or email me if he is legit?",
    "Yes. Should he not call me or email me?",
    "Maybe. Should he call me or email me?",
    "Should he call me or email me?",
    "Sí, pero ¿qué quiere exactamente?",
    "Sí. ¿Me llama o es para venderme algo?",
    "Ja, aber wer ist er genau?",
    "Ja. Ruft er an oder will er mir etwas verkaufen?",
    "Ja, aber nur wenn er anruft. Oder schreibt er mir?",
    "Oui, mais qui est-il exactement ?",
    "Sim, mas quem é ele exatamente?",
    "Ndiyo, lakini yeye ni nani hasa?",
]


@pytest.mark.parametrize("text", STILL_ASKING)
def test_a_question_of_who_or_what_or_a_doubt_still_asks(text: str) -> None:
    assert classify_text(text) == "unclear"


CHANNEL_HABITS = [
    "Yes, please go ahead. I'd rather he emailed first. I'm on site most days and I don't "
    "pick up numbers I don't recognise.",
    "Sí, claro. Por las mañanas estoy en quirófano y no cojo el teléfono, mejor a partir "
    "de las 15:00.",
    "Ja, gerne. Der Herr Wenz kann sich bei mir melden. Bis November bin ich kaum am Rechner.",
    "Oui, volontiers. En journée je ne décroche pas, il peut m'écrire.",
    "Sim, pode apresentar. De manhã não atendo o telefone.",
    "Ndiyo, sawa. Asubuhi sipokei simu.",
]


@pytest.mark.parametrize("text", CHANNEL_HABITS)
def test_a_habit_with_a_channel_that_negates_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


NEGATED_STILL = [
    "Yes. I don't want to meet him.",
    "Sí. No quiero que me escriba.",
    "Ja, gerne. Bitte stell uns nicht vor.",
    "Yes. I don't pick up.",
]


@pytest.mark.parametrize("text", NEGATED_STILL)
def test_a_negation_that_is_no_habit_with_a_channel_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"
