"""The Swahili copula "ni" ("it is") negates nothing, though French and Spanish "ni"
("nor") is a negator: "Ndiyo, ni vizuri", "Ni wazo zuri, ndiyo tafadhali" say yes, while
"ni oui ni non", "Ni me interesa" and the negative copula "si" ("Ndiyo, si sawa") still
negate."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

COPULA = [
    ("Ndiyo, ni vizuri.", "yes"),
    ("Ni wazo zuri, ndiyo tafadhali.", "yes"),
    ("Ni kweli, ningependa kukutana naye.", "yes"),
    ("Ndiyo, ni sawa kabisa.", "yes"),
    ("Ni heshima kubwa, ndiyo.", "yes"),
    ("Ndiyo, ni furaha yangu.", "yes"),
    # French and Spanish "ni", and the Swahili negative copula, still negate.
    ("ni oui ni non", "unclear"),
    ("Ni sí ni no.", "unclear"),
    ("Ni me interesa.", "no"),
    ("No, ni hablar.", "no"),
    ("Ndiyo, si sawa.", "unclear"),
    ("Si sawa kwangu.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), COPULA)
def test_the_swahili_copula_negates_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "ni" before a word for being young tells who the child is, no negation.
        ("Ndiyo, nakubali. Ila mawasiliano yote yapitie kwangu kwa sababu ni mdogo.", "yes"),
        ("Ndiyo, nakubali. Ila mawasiliano yapitie kwangu, yeye ni mtoto.", "yes"),
        # The negative copula, or a refusal beside it, still counts.
        ("Ndiyo, lakini hapana, yeye ni mdogo sana.", "no"),
        ("Ndiyo, nakubali. Ila yeye si mtoto tena, hataki.", "unclear"),
    ],
)
def test_the_copula_before_a_word_of_youth_negates_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "ni" before "sehemu" (a part), "mmoja" (one of) or "mradi" tells what a thing is.
        ("Ndiyo, nitafurahi kutambulishwa. Kazi hii ni sehemu ya mradi wetu.", "yes"),
        ("Ndiyo, nitafurahi. Yeye ni mmoja wa wenzetu wa Bergen.", "yes"),
        ("Ndiyo, tafadhali. Kamusi ni mradi wa taasisi yetu.", "yes"),
        # A refusal beside it still counts.
        ("Ndiyo. Ni sehemu ya mradi, lakini sitaki kukutana naye.", "no"),
    ],
)
def test_the_copula_before_a_word_of_what_a_thing_is_negates_nothing(
    text: str, answer: str
) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "ni" before Sheng praise, borrowed or coined, says what someone is.
        ("Poa sana, niko down. Achieng ni legend, tuma intro.", "yes"),
        ("Sawa kabisa, jamaa ni fire kwa drums. Nitamcheki.", "yes"),
        ("Ndiyo bana, Mwangi ni mkali sana kwa sound.", "yes"),
        ("Poa! Dada yake ni genius wa design, niunganishe.", "yes"),
        # The negative copula, or a refusal beside it, still counts.
        ("Ndiyo, lakini Achieng si legend.", "unclear"),
        ("Poa. Achieng ni legend lakini sitaki kukutana naye.", "no"),
        ("Poa, niko down. Mwangi ni legend, lakini siwezi mwezi huu.", "no"),
    ],
)
def test_the_copula_before_sheng_praise_negates_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
