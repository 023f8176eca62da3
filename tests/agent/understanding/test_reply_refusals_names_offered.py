"""Other people's names offered after the writer's own refusal ("I've thought it over and
it has to be a no. Glad to give him a couple of names, though.", "Gerne nenne ich ihr
aber ein paar Namen", "con gusto le paso algunos nombres") offer someone else to ask in
the refusal's place, no yes (reply_refusals._names_offered). With no refusal before it,
or with the writer's own number offered, it reads as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

CASES = [
    (
        "I've thought it over and it has to be a no. Glad to give him a couple of names, though.",
        "no",
    ),
    (
        "After weighing it up I'll pass. If she wants, I'm happy to send her a few names of "
        "people with more time.",
        "no",
    ),
    ("Ich muss leider absagen. Gerne nenne ich ihr aber ein paar Namen von Kolleginnen.", "no"),
    ("No puedo, lo siento. Con gusto le paso algunos nombres de colegas.", "no"),
    ("Não posso, desculpe. Com prazer lhe passo alguns nomes de colegas.", "no"),
    ("Siwezi, samahani. Nitafurahi kumpa majina ya wenzangu.", "no"),
]

NEAR_MISSES = [
    # No refusal before it: the names beside a yes.
    ("Yes, happy to. I'll send her the names of the others on the panel too.", "yes"),
    # The writer's own number offered after a refusal: yes and no together.
    ("No, I can't take this on. Happy to send her my number if she has questions.", "unclear"),
    # A date in its clause: something arranged, as before.
    ("I can't make Tuesday. Happy to send the names of the attendees on Monday.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_names_offered_after_a_refusal(text: str, expected: str) -> None:
    assert read_answer(text)[0] == expected
