"""The other's wish to learn something, which the writer offers to tell after a yes ("and
if he wants to know about the old mill I'm the man to ask"), leaves the other the
initiative and is no condition on the yes; without the offer, with a meeting, a negation
or a question, the condition still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Sure, you can go ahead and put us in touch, I worked next to his aunt for twenty years"
        " and if he wants to know about the old mill I'm the man to ask.",
        "Yes, go ahead. If she wants to learn about the old mill, ask me.",
        "Oui, mettez-nous en contact, et s'il veut connaître l'histoire de l'ancienne"
        " coopérative, c'est à moi qu'il faut demander.",
        "Sí, ponnos en contacto, y si quiere saber algo de la vieja cooperativa, que me"
        " pregunte a mí.",
        "Ja, stellen Sie den Kontakt her, und wenn er etwas über die alte Genossenschaft wissen"
        " will, bin ich der Richtige.",
        "Sim, pode apresentar, e se ele quiser saber da velha cooperativa, posso contar-lhe tudo.",
        "Ndiyo, unaweza kutuunganisha, na kama anataka kujua kuhusu ushirika wa zamani, mimi"
        " ndiye wa kuuliza.",
    ],
)
def test_what_the_writer_knows_offered_is_no_condition(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes"
    assert any(e.startswith("knowledge-offer:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        # No offer: the wish conditions the yes.
        "Yes, if he wants to know about pricing.",
        "Sí, si quiere saber algo de la cooperativa.",
        # A meeting, a negation, a question, a doubt after the offer.
        "Yes. If he wants to meet, ask me.",
        "Yes, go ahead. If he doesn't want to know, ask me.",
        "Yes. If he wants to know whether I'm keen, ask me?",
        "Yes, go ahead. If he wants to know about pricing, ask me, but maybe later.",
        "Ja, gerne. Wenn er etwas wissen will, bin ich der Richtige, aber nicht vor März.",
        # No yes before it.
        "If he wants to know about the old mill, I'm the man to ask.",
    ],
)
def test_a_wish_without_an_offer_or_with_a_doubt_still_doubts(text: str) -> None:
    assert read_answer(text)[0] != "yes"
