"""Small talk beside a clear yes: a doubt or a negation in an anecdote told in the past,
or in a note on the writer's own replying, bears on nothing asked ("We finally got the
roof fixed ... we've been twice already. Anyway, to your actual question: yes"), while
one about the meeting, the person or the writer's time still doubts the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "What a week. Please tell Dan his barbecue place was spot on, we've been twice"
        " already.\n\nAnyway, to your actual question: yes, I'd be glad to be introduced.",
        "Yes, go ahead.\n\nHeads up that I'll be in Nairobi from the 1st to the 12th, so my"
        " replies may be a bit slower that fortnight.",
        "Dites-lui que les figues étaient délicieuses, je n'ai jamais retrouvé les mêmes au"
        " marché.\n\nPour répondre à votre question : oui, avec grand plaisir.",
        "Hola,\n\nTe contesto entre líneas.\n\nSí, claro.",
        "Sure, go ahead. We never got the roof fixed in time, sadly.",
        "Ja, gerne. Wir haben das Dach nie repariert bekommen.",
        "Sim, pode apresentar. Minhas respostas talvez demorem um pouco este mês.",
    ],
)
def test_small_talk_leaves_the_yes_standing(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes. I'm not sure I have time though.",
        "Sure. Maybe after the holidays.",
        "Yes! Although I may be away.",
        "Oui. Je ne sais pas si j'aurai le temps.",
        "Sí, claro. Aunque no sé si podré.",
        "Yes. We've already met.",
        "Yes. We already met last year.",
        "Yes, go ahead. My replies may be slow, maybe wait till January.",
        "Sí, claro. Te contesto mañana.",
        "Ja, gerne. Ich habe sie schon kennengelernt, vielleicht ist das unnötig.",
        "Sim. Já falei com ela, talvez não precise.",
        "Yes. I have never been keen on these.",
        "Oui. Si j'avais su, j'aurais peut-être dit non.",
    ],
)
def test_a_doubt_about_the_answer_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


def test_the_one_asked_about_named_in_the_story_still_doubts() -> None:
    text = "Yes, happy to. Fiona and I already did a project together in 2019."
    assert read_answer(text, asked="Fiona McRae")[0] == "unclear"
