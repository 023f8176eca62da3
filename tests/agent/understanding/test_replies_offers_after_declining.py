"""Something else offered after a refusal ("I have to decline. I would be glad to suggest
a couple of other firms if that would be helpful") leaves the refusal standing, in every
language: the yes form offers names in the introduction's place, "to" may stand between
it and the offer's verb, and the offer's own "if that would help" sets no condition on
the answer. A yes to the meeting itself, and a time offered instead, read as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

DECLINED = [
    "I'm afraid I must decline - we audit his group. I would be glad to suggest a couple of "
    "other firms if that would be helpful.",
    "Sadly I have to say no, our rules don't allow it. I'd be happy to recommend someone else "
    "if that would help.",
    "Je dois malheureusement refuser. Je serais ravi de vous suggérer un confrère si cela "
    "pouvait être utile.",
    "Lamentablemente tengo que decir que no. Con gusto le recomiendo a un colega si le fuera útil.",
    "Leider muss ich absagen. Gerne empfehle ich Ihnen einen Kollegen, falls das hilfreich wäre.",
    "Infelizmente tenho de recusar. Terei todo o gosto em sugerir um colega se isso puder ajudar.",
    "Kwa bahati mbaya lazima nikatae. Ningefurahi kupendekeza mwenzangu kama ingesaidia.",
    # Not being able to take the matter on refuses it, and the offer is made in its place.
    "I'm not able to take this on. I would be delighted to point you to a colleague.",
    "I'm unable to take it on at the moment. Happy to recommend someone else.",
]


@pytest.mark.parametrize("text", DECLINED)
def test_an_offer_after_a_refusal_leaves_it_standing(text: str) -> None:
    assert classify_text(text) == "no"


NOT_DECLINED = [
    # A yes to the meeting on a condition of its own still doubts.
    ("Yes, I would be glad to meet him if that would be helpful.", "unclear"),
    # Another day offered puts the meeting off; no refusal of the introduction.
    ("I can't do Monday. I'd be glad to suggest another day.", "unclear"),
    ("No puedo el lunes. Con gusto le sugiero otro día.", "unclear"),
    # "if that would be helpful" after a yes in a sentence of its own is a note.
    ("Yes please. I'm in Paris next week if that would be helpful.", "yes"),
    ("Oui, volontiers. Je suis à Paris la semaine prochaine, si cela pouvait être utile.", "yes"),
    ("Oui, si cela pouvait être utile à votre client.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_DECLINED)
def test_a_yes_to_the_meeting_or_another_time_reads_as_before(text: str, answer: str) -> None:
    assert classify_text(text) == answer
