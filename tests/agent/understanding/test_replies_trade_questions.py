"""A question after a clear yes that asks what the other wants to buy, in a paragraph that
quotes the writer's prices ("Does she need a tasting box as well? We do those for €25."),
presupposes the meeting and doubts nothing: the yes stands. So does an item left out of a
price ("Tsh 850,000 bila godoro") and a greeting asked before the answer ("Na nga def ?").
Questions about who the other is or what they want from the writer, about meeting, with
no price beside them, or a yes with a condition, still leave the reply unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

TRADE_QUESTIONS = [
    "Yes, delighted! Does she need a tasting box for couples as well? We do those for €25.",
    "Oui avec plaisir ! Il lui faut du pain en miche ou des petits pains ? "
    "La miche est à 5,80 €, les petits pains à 0,55 € pièce.",
    "Dale, presentámela. ¿Ella sabe cuántas docenas por día necesita? "
    "Las medialunas te las dejo a $9.500 la docena.",
    "Ja, gerne. Braucht sie nur Brot oder auch Kuchen? Das Brot kostet 4,20 € das Stück.",
    "Sim, pode apresentar. A D. Inês quer só pão ou também pastelaria? "
    "Os pastéis de nata fazemos a 0,95 € a unidade.",
    "Ndiyo, nipo tayari. Anataka vitanda vya mninga au mvule? Kitanda cha mninga ni Tsh 850,000.",
]


@pytest.mark.parametrize("text", TRADE_QUESTIONS)
def test_what_the_other_wants_to_buy_asked_beside_prices(text: str) -> None:
    assert read_answer(text)[0] == "yes"


DOUBTING_QUESTIONS = [
    # Who the other is, or what they want from the writer.
    "Yes. What does she want from me? Prices start at €50.",
    "Yes. Is she legit? Prices start at €50.",
    "Yes. Does she need me to sign anything? Prices start at €50.",
    # Whether to meet.
    "Yes. Does she want to meet first or just get prices? Cakes start at €50.",
    # No price beside it.
    "Yes, delighted! Does she need a tasting box for couples as well?",
    "Oui avec plaisir ! Il lui faut du pain en miche ou des petits pains ?",
    # A condition or a negation in the question.
    "Yes. If she needs bread, does she want it daily? Bread is €4.",
    "Yes. Doesn't she need a tasting box? We do those for €25.",
    # No yes before it.
    "Does she need a tasting box? We do those for €25.",
    "Sí, pero solo si paga por adelantado. ¿Cuántas docenas necesita? Son $9.500 la docena.",
]


@pytest.mark.parametrize("text", DOUBTING_QUESTIONS)
def test_questions_that_doubt_still_ask(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


PRICE_EXCLUSIONS = [
    "Yes, happy to. The bed is 850 euros without the mattress.",
    "Oui, avec plaisir. Le lit est à 850 € sans le matelas.",
    "Sí, con gusto. La cama cuesta 850 € sin colchón.",
    "Ja, gerne. Das Bett kostet 850 € ohne Matratze.",
    "Sim, com gosto. A cama custa 850 € sem colchão.",
    "Ndiyo, niko tayari. Kitanda ni Tsh 850,000 bila godoro, mvule ni 650,000.",
]


@pytest.mark.parametrize("text", PRICE_EXCLUSIONS)
def test_an_item_left_out_of_a_price_negates_nothing(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. The bed is 850 euros, but not without a contract.",
        "Yes. Without a deposit of €50 I won't meet her.",
        "Ndiyo. Bila malipo ya awali sitakutana naye.",
        "Ndiyo. Sitakutana naye bila Tsh 50,000.",
    ],
)
def test_a_negation_beyond_a_price_still_doubts(text: str) -> None:
    assert read_answer(text)[0] != "yes"


GREETINGS = [
    "Hi Sam, how are you doing? Yes, happy to meet him.",
    "Salamalekoum Aminata,\nNa nga def ? Waaw, je suis d'accord, présente-moi à Awa.",
    "Tu vas bien ? Oui, je suis d'accord.",
    "¿Cómo andás? Sí, con gusto.",
    "Wie geht es euch? Ja, gerne.",
    "Como está? Sim, com gosto.",
    "Mambo? Ndiyo, niko tayari.",
]


@pytest.mark.parametrize("text", GREETINGS)
def test_a_greeting_asks_nothing(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "How are you? Is this the Ngozi from Lagos? Yes, happy to.",
        "Yes. She might want to know more first.",
        "Yes. She might want to know who I am.",
    ],
)
def test_greetings_and_notes_beside_doubts_still_doubt(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


def test_a_note_told_before_the_meeting_doubts_nothing() -> None:
    text = "Yes, delighted! Ciara might want to know before we chat: cakes start at €420."
    assert read_answer(text)[0] == "yes"
