"""An "if" about the writer's own slow reply whose consequence is only a reassurance
("if I am slow to reply dont worry"), followed in its sentence by the writer telling of
themselves ("I will be back in Arusha on the 28th"), is a note on replying, no condition
on the yes, in every language. A consequence that asks something of others, or a later
clause that doubts or puts the meeting off, still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

NOTES = [
    "Yes, glad to. The signal is bad out here, so if I am slow to reply dont worry, I will"
    " be back in town on the 28th.",
    "Yes. If I'm slow to reply, don't worry, I will be back on the 28th.",
    "Oui, avec plaisir. Si je tarde à répondre, ne vous inquiétez pas, je serai de retour le 28.",
    "Sí, claro. Si tardo en contestar, no te preocupes, yo vuelvo el 28.",
    "Ja, gerne. Wenn ich langsam antworte, keine Sorge, ich bin am 28. zurück.",
    "Sim, claro. Se eu demorar a responder, não se preocupe, eu volto dia 28.",
    "Ndiyo, sawa. Nikichelewa kujibu usijali, mimi nitarudi tarehe 28.",
]


@pytest.mark.parametrize("text", NOTES)
def test_a_reassured_slow_reply_beside_a_yes_keeps_it(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_DOUBTING = [
    "Yes. If I'm slow to reply, ask someone else.",
    "Yes. If I'm slow to reply, don't worry, ask Maria instead.",
    "Yes. If I'm slow to reply, don't worry, I'll only meet him in May.",
    "Yes. If I'm slow to reply dont worry, I may not want to meet after all.",
    "Oui. Si je tarde à répondre, ne vous inquiétez pas, je ne suis pas sûr de vouloir.",
    "Sí. Si tardo en contestar, no te preocupes, quizá más adelante.",
]


@pytest.mark.parametrize("text", STILL_DOUBTING)
def test_a_consequence_or_later_clause_that_doubts_still_counts(text: str) -> None:
    assert classify_text(text) != "yes"
