"""After a yes, the writer's whereabouts, a "but" and a call offered in place of the
replying (own_offers: "je peux faire un appel vendredi matin", "I can do a call on
Friday morning") turn against nothing, where nothing else in the sentence doubts,
asks, sets a condition or names the introduction; so does the writer somewhere named
("I'm in Arusha this week but we can talk by phone", "Niko Arusha wiki hii lakini
tunaweza kuongea kwa simu"). And a negator that only chooses the
format of a meeting ("a call, not coffee", "una llamada, no un café") negates nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OFFERS = [
    "Avec plaisir ! Je suis en déplacement à Lyon jusqu'à jeudi (salon Equip'Hôtel), mais je"
    " peux faire un appel vendredi matin.",
    "Happy to, go ahead. I am travelling until Thursday, but I can do a call on Friday morning.",
    "Con gusto. Estoy de viaje hasta el jueves, pero puedo hacer una llamada el viernes.",
    "Ja, gerne. Ich bin bis Donnerstag auf Dienstreise, aber wir können am Freitag telefonieren.",
    "Com prazer! Estou viajando até quinta, mas posso fazer uma ligação na sexta de manhã.",
    "Ndiyo. Niko safarini Arusha wiki hii, lakini naweza kupiga simu Ijumaa.",
]


@pytest.mark.parametrize("text", OFFERS)
def test_a_call_offered_after_the_writers_whereabouts_is_a_note(text: str) -> None:
    assert classify_text(text) == "yes"


DOUBTS = [
    "Avec plaisir ! Je suis en déplacement jusqu'à jeudi, mais je peux faire un appel si"
    " c'est urgent.",
    "Avec plaisir ! Je suis en déplacement jusqu'à jeudi, mais je peux faire un appel pour en"
    " savoir plus avant de décider.",
    "Oui. Je suis en déplacement jusqu'à jeudi, mais je peux faire un appel vendredi pour"
    " voir si ça vaut le coup.",
    "Avec plaisir ! Je suis en déplacement jusqu'à jeudi, mais je peux faire un appel"
    " vendredi avant la mise en relation.",
    "Je suis en déplacement jusqu'à jeudi, mais je peux faire un appel vendredi matin.",
]


@pytest.mark.parametrize("text", DOUBTS)
def test_an_offered_call_with_a_doubt_or_no_yes_is_no_note(text: str) -> None:
    assert classify_text(text) != "yes"


# The writer somewhere named (place_leads and a written name), and a call offered.
PLACES = [
    "Sawa, nitafurahi kukutana naye. Niko Arusha wiki hii lakini tunaweza kuongea kwa simu.",
    "OK, I'd be glad to meet him. I'm in Arusha this week but we can talk by phone.",
    "Oui, avec plaisir. Je suis à Lyon cette semaine mais on peut se parler au téléphone.",
    "Sí, encantado. Estoy en Lima esta semana pero podemos hablar por teléfono.",
    "Ja, gern. Ich bin diese Woche in Köln, aber wir können telefonieren.",
    "Sim, com prazer. Estou em Recife esta semana, mas podemos falar por telefone.",
    "Sure. I'm in Lisbon until Friday but we can talk then.",
    "Ndiyo. Niko Arusha hadi Ijumaa lakini tunaweza kuongea.",
    "Sí. Estoy en Lima hasta el jueves pero podemos hablar.",
]


@pytest.mark.parametrize("text", PLACES)
def test_a_call_offered_after_the_writers_place_is_a_note(text: str) -> None:
    assert classify_text(text) == "yes"


PLACE_DOUBTS = [
    "Yes, but I can't meet, only talk by phone if needed",
    "Yes. I'm in Arusha this week but we can talk by phone if it's urgent.",
    "Yes. I'm in Arusha this week but we can talk about it first.",
    "Yes. I'm in Arusha this week but we can talk by phone before I decide.",
    "Yes. I'm in Arusha but we can talk about the intro by phone.",
    "Yes. I'm in two minds but we can talk by phone.",
    "Yes. I'm in Arusha and worried about it but we can talk by phone.",
    "Ja. Ich bin in Sorge, weil es eilt, aber wir können telefonieren.",
    # German capitalises every noun: a state after "in" is no place.
    "Ja. Ich bin in Sorge, aber wir können telefonieren.",
    "Ja. Ich bin in Gedanken noch bei der Sache, aber wir können telefonieren.",
    "Maybe. I'm in Arusha this week but we can talk by phone.",
    "I'm in Arusha this week but we can talk by phone.",
    "Yes, I'm in Arusha this week but we can talk by phone.",
    "Yes. I'm in Arusha this week but we can't talk by phone.",
    "Sawa. Niko Arusha wiki hii lakini tunaweza kuongea kabla ya kuamua.",
    "Oui. Je suis à Lyon cette semaine mais on peut se parler avant que je décide.",
    "Sí, pero ahora no puedo",
    "Ja, aber später",
    "I'd love to but maybe later",
]


@pytest.mark.parametrize("text", PLACE_DOUBTS)
def test_a_place_with_a_doubt_or_no_yes_before_is_no_note(text: str) -> None:
    assert classify_text(text) != "yes"


CHOICES = [
    "Yes please, happy to meet Dana.\n\nHeads up that I'm in Lisbon Tue-Thu, so anything"
    " before Friday will have to be a call, not coffee.",
    "Oui, avec plaisir. Cette semaine ce sera un appel, pas un café.",
    "Sí, encantada. Esta semana tendrá que ser una llamada, no un café.",
    "Ja, gerne. Diese Woche geht nur ein Anruf, kein Kaffee.",
    "Sim, com prazer. Esta semana vai ter que ser uma ligação, não um café.",
]


@pytest.mark.parametrize("text", CHOICES)
def test_a_negator_choosing_a_format_negates_nothing(text: str) -> None:
    assert classify_text(text) == "yes"


NEGATIONS = [
    "Yes, happy to. A call, not now.",
    "Yes, happy to. Not a call, though.",
    "Yes. A call, not a meeting with her.",
    "Sure. Coffee, not a call, and not this month.",
]


@pytest.mark.parametrize("text", NEGATIONS)
def test_a_negator_beside_a_format_that_negates_more_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"


def test_a_refusal_with_a_format_still_refuses() -> None:
    assert classify_text("No, una llamada no.") == "no"
