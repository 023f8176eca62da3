"""After a yes, the writer's own thing offered for the other to look at ("My CV is
attached if he'd like to see it", "mon book est en ligne, si elle veut y jeter un œil",
"mi portfolio está en la web, por si quiere verlo", "meine Mappe ist anbei, falls er
reinschauen möchte", "o meu portfólio está no site, caso ela queira dar uma olhada",
"picha zangu ziko kwenye tovuti kama angependa kuangalia") sets no condition. A wish of
the other's that is no look at something offered, nothing offered, a time after it, or a
doubt beside it still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. My CV is attached if he'd like to see it.",
        "Sure thing! Our menu is on the website if they want a look beforehand.",
        "Oui, avec plaisir ! Mon book est en ligne, si elle veut y jeter un œil.",
        "Sí, encantado. Mi portfolio está en la web, por si quiere verlo antes.",
        "Ja, sehr gern. Meine Mappe ist anbei, falls er reinschauen möchte.",
        "Sim, claro. O meu portfólio está no site, caso ela queira dar uma olhada.",
        "Ndiyo, karibu. Picha zangu ziko kwenye tovuti kama angependa kuangalia.",
    ],
)
def test_an_own_thing_offered_to_look_at_after_a_yes_is_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # A condition of the other's, not a look at something offered.
        "Yes if he's hiring.",
        "Yes if she wants to talk about pricing, otherwise no.",
        # Nothing of the writer's offered.
        "Yes, if she wants a look.",
        "Sí, si quiere verlo.",
        # A time, a further condition, a negation, a question.
        "Yes. My CV is online if he wants a look before May.",
        "Yes. My CV is online if he wants a look, but only if he pays.",
        "Yes. My CV is not online if he wants a look.",
        "Yes. My CV is online if he wants a look?",
        "Ja. Meine Mappe ist anbei, falls er reinschauen möchte, aber nur im Mai.",
        # No yes before it.
        "My CV is attached if he'd like to see it.",
    ],
)
def test_a_condition_or_nothing_offered_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"


def test_a_refusal_before_it_stays_a_refusal() -> None:
    assert classify_text("No thanks. My CV is online if he wants a look.") == "no"
