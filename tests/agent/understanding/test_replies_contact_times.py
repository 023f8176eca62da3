"""A time word after a yes that waits only for the other to make contact ("I will revert
once Mr. Rao reaches out", "une fois qu'elle aura un moment") says when the meeting
happens, not whether; one that waits on the writer's own circumstance or anything else
still doubts the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CONTACT_TIMES = [
    (
        "Yes please, kindly do the needful and connect us. I will revert once Mr. Rao reaches out.",
        "yes",
    ),
    ("Yes, happy to talk once she has a moment.", "yes"),
    ("Sure, I'll take the call once he gets in touch.", "yes"),
    ("Yes, once he reaches out.", "yes"),
    (
        "Pas de souci, vous pouvez y aller. Je serai ravi de faire sa connaissance, "
        "une fois qu'elle aura un moment.",
        "yes",
    ),
    ("Oui, avec plaisir, dès que M. Dubois me contactera.", "yes"),
    ("Sí, con gusto, una vez que la Sra. López me escriba.", "yes"),
    ("Sí, con gusto, en cuanto ella tenga un momento.", "yes"),
    ("Ja, gerne, sobald Herr Huber sich meldet.", "yes"),
    ("Ja gerne, sobald sie Zeit hat.", "yes"),
    ("Sim, com prazer, assim que o Sr. Ribeiro me escrever.", "yes"),
    ("Sim, claro, assim que ela tiver um momento.", "yes"),
    # Near misses: the writer's own circumstance, a thing, an approval, more after the
    # event, no yes before it, or a refusal, read as before.
    ("Yes, once my funding closes.", "unclear"),
    ("Yes, once I have a moment.", "unclear"),
    ("Yes, once our budget is free.", "unclear"),
    ("Sure, once it is free.", "unclear"),
    ("Yes, once he reaches out about the terms.", "unclear"),
    ("Yes, once legal gets back to me.", "unclear"),
    ("Sure, once the board approves.", "unclear"),
    ("Once he reaches out, yes.", "unclear"),
    ("No, not even once he reaches out.", "no"),
    ("Oui, une fois que j'aurai un moment.", "unclear"),
    ("Oui, une fois que mon budget sera validé.", "unclear"),
    ("Sí, una vez que tenga un momento.", "unclear"),
    ("Sí, una vez que mi socio lo apruebe.", "unclear"),
    ("Ja, sobald ich Zeit habe.", "unclear"),
    ("Ja, sobald meine Finanzierung steht.", "unclear"),
    ("Sim, assim que tiver tempo.", "unclear"),
    ("Sim, assim que meu financiamento sair.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CONTACT_TIMES)
def test_a_time_word_waiting_for_the_others_contact_keeps_the_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer
