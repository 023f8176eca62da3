"""A yes whose sentence names a meal or gathering the writer goes to ("Sure, see you at
dinner tomorrow!", "Yes, I'll be at the party on Saturday", "Ndiyo, ... inanifaa kwa
kikao"), or a bare "Yes!" right before a sentence that names one, answers an invitation
to it, another matter: no yes to the introduction. The gathering counts only after a word
of going there ("at", "au", "zum", "kwa"), with an article between for those that are
also other words ("the party", not "the other party"; "the meeting", not "looking forward
to meeting her"); a sentence that speaks of meeting, or names the one asked about, still
answers the question."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

ASKED = "Julia Souza"


@pytest.mark.parametrize(
    "text",
    [
        # English
        "Yes, I'll be at the party on Saturday.",
        "Sure, see you at dinner tomorrow!",
        "Yes! Count me in for lunch on Friday.",
        "Yep, coming to your party, I'll bring a salad.",
        "Yes, Tuesday at 9 works for the team meeting. I'll have the budget figures ready.",
        "Absolutely, see you at Sam's rehearsal tonight.",
        "Yes, we'll be at the concert, save us two seats.",
        "Yes, I'll be there for the 7pm rehearsal.",
        "Yes, count me in for the 10am board meeting.",
        # French
        "Oui, je serai au dîner samedi, j'apporte le dessert.",
        "Oui, je viens au match dimanche.",
        "Oui, mardi 9h me va pour la réunion d'équipe, j'apporte les chiffres.",
        "Avec plaisir, à la soirée de vendredi !",
        # Spanish
        "Sí, nos vemos en la cena del viernes.",
        "Sí, el martes a las nueve me va bien para la reunión, llevo el presupuesto.",
        "Claro, voy al concierto con vosotros.",
        "Sí, cuenta conmigo para la comida del domingo.",
        # German
        "Ja, ich komme gern zum Abendessen am Freitag.",
        "Ja, Dienstag um neun passt mir für die Besprechung, ich bringe die Zahlen mit.",
        "Klar, bin bei der Party dabei!",
        "Ja, gerne, bis morgen beim Essen!",
        # Portuguese
        "Sim, vou ao jantar de sexta, levo a sobremesa.",
        "Sim, terça às nove funciona para a reunião, levo o orçamento.",
        "Claro, estarei no almoço de domingo.",
        "Sim, conta comigo para o churrasquinho.",
        # Swahili
        "Ndiyo, Jumanne saa tatu asubuhi inanifaa kwa kikao. Nitaleta bajeti.",
        "Ndiyo, nitakuja kwa chakula cha jioni Ijumaa.",
        "Sawa, tutaonana kwenye tamasha Jumamosi.",
        "Ndiyo, nitakuwepo kwenye mechi Jumapili.",
        # A bare confirmation, a sentence of its own, answers the sentence after it.
        "Yes! See you at dinner tomorrow.",
        "Oui ! On se voit au déjeuner dimanche.",
        "Sí. Nos vemos en la cena.",
        "Ja! Bis Freitag beim Abendessen.",
        "Sim! Até sexta no jantar.",
        "Ndiyo. Nitakuja kwa kikao Jumatano.",
    ],
)
def test_a_yes_to_a_gathering_gone_to_answers_another_matter(text: str) -> None:
    answer, evidence = read_answer(text, asked=ASKED)
    assert answer == "unclear", evidence
    assert any(e.startswith("event:") for e in evidence), evidence


@pytest.mark.parametrize(
    "text",
    [
        # Meeting the other, or the other named: the introduction's own meal.
        "Sure, happy to meet her for lunch",
        "Yes, let's do dinner with Julia",
        "Yes, looking forward to the meeting with Julia.",
        "Oui, avec plaisir, je serai ravie de la rencontrer au dîner.",
        "Sí, claro, podemos conocernos en la cena.",
        "Ja, gerne, wir können uns beim Abendessen kennenlernen.",
        "Sim, adoraria conhecer a Julia no jantar.",
        "Ndiyo, nitafurahi kukutana naye kwa chakula cha mchana.",
        # "party" and "meeting" that are no gathering gone to.
        "Yes, go ahead. Happy for you to share my email with the other party.",
        "Yes, please pass my details to the other party.",
        "Yes, fine to share my number with a third party.",
        "Yes, looking forward to meeting her.",
        "Yes, happy to set up a meeting.",
        "Yes! Sounds like a great match.",
        # A meal with no word of going there: how the two would meet.
        "Sim, podemos sair para jantar.",
        "Yes, dinner sometime would be lovely.",
        # The event in another sentence than the yes of its own.
        "Yes please, go ahead. See you at dinner!",
        "Ja, sehr gern. Wir sehen uns dann beim Abendessen!",
        "Yes. Happy to. See you at dinner.",
        # A confirmation in a paragraph of its own answers the question.
        "Yes.\n\nSee you at dinner.",
    ],
)
def test_a_yes_about_the_introduction_still_answers(text: str) -> None:
    answer, evidence = read_answer(text, asked=ASKED)
    assert answer == "yes", evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The emphatic "Yes!!" is a bare confirmation as "Yes." is: beside another matter
        # it confirms that.
        ("Yes!! I'll book a table for four.", "unclear"),
        ("Yes. I'll book a table for four.", "unclear"),
        ("Yes!! Happy to meet Julia.", "yes"),
        ("Yes!!", "yes"),
    ],
)
def test_an_emphatic_yes_is_a_bare_confirmation(text: str, expected: str) -> None:
    answer, evidence = read_answer(text, asked=ASKED)
    assert answer == expected, evidence


@pytest.mark.parametrize(
    "text",
    [
        # Attending a reception, said of the writer or of the one they write for, answers
        # an invitation to it ("attend" is a word of going there).
        "Yes - the Ambassador will attend the reception on the 14th.",
        "Yes, I will be attending the dinner on Friday.",
        "Oui, l'ambassadeur assistera à la réception du 14.",
        "Sí, el embajador asistirá a la recepción del día 14.",
        "Ja, der Botschafter kommt zum Empfang am 14.",
        "Sim, o embaixador estará na receção do dia 14.",
        "Ndiyo, balozi atahudhuria hafla tarehe 14.",
    ],
)
def test_a_yes_to_attending_a_reception_answers_another_matter(text: str) -> None:
    answer, evidence = read_answer(text, asked=ASKED)
    assert answer == "unclear", evidence
    assert any(e.startswith("event:") for e in evidence), evidence


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to attend the meeting with Julia.",
        "Oui, ravie d'assister à la réunion avec Julia.",
        "Yes, happy to be introduced. See you at the reception!",
    ],
)
def test_attending_with_the_one_asked_about_still_answers(text: str) -> None:
    answer, evidence = read_answer(text, asked=ASKED)
    assert answer == "yes", evidence
