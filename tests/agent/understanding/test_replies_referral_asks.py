"""A question after the writer's refusal that suggests someone else to ask ("I'd love to,
but I can't. Maybe ask Luc on 7 South?") points elsewhere and asks nothing of the
introduction: the refusal stands, as it does after a doubted wish to be asked again later
("Sorry, I can't. Maybe ask me again in March?"). A question naming the one asked about,
setting a condition, asking whether the agent will come back, or following a yes still
asks."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

ASKED = "Gavin Moss"

REFERRALS = [
    "I'd love to, honestly. But I can't, I'm on nights until January. Maybe ask Luc on 7 "
    "South? He'd talk to him for hours.",
    "J'aimerais bien, mais je ne peux pas, je suis de nuit jusqu'en janvier. Peut-être "
    "demander à Luc ?",
    "Me encantaría, pero no puedo, trabajo de noche hasta enero. ¿Has probado con Luc?",
    "Ich würde gern, aber ich kann nicht, ich habe bis Januar Nachtdienst. Frag doch mal Luc?",
    "Adoraria, mas não posso, estou de noite até janeiro. Já tentou o Luc?",
    "Ningependa, lakini siwezi, niko zamu ya usiku hadi Januari. Labda umuulize Luc?",
]


@pytest.mark.parametrize("text", REFERRALS)
def test_someone_else_suggested_after_a_refusal_asks_nothing(text: str) -> None:
    assert read_answer(text, asked=ASKED)[0] == "no"


STILL_ASKING = [
    # The one asked about, named.
    "Sorry, I can't. Have you asked Gavin?",
    # A condition in the question.
    "Sorry, I can't. Maybe ask Luc if he wants to meet him?",
    # No refusal before it.
    "Maybe ask Luc?",
    # A yes after the refusal.
    "I can't this week. But yes, happy to next month. Maybe ask Luc meanwhile?",
    # A yes, no refusal.
    "Yes, happy to. Maybe ask Luc too?",
    # A question that is no referral.
    "Not for me, but my colleague might be interested. Would that help?",
    "Lo siento, no puedo. ¿Me lo vuelves a preguntar en marzo?",
]


@pytest.mark.parametrize("text", STILL_ASKING)
def test_other_questions_after_a_refusal_still_ask(text: str) -> None:
    assert read_answer(text, asked=ASKED)[0] == "unclear"
