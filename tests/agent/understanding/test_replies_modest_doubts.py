"""A doubt of being of use, in a sentence of its own after a yes ("I hope I may be of
some use"), is modesty, not a doubt of the yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "I'd be glad to meet him. I ran a bakery for twenty years, so I might be of some use.",
        "Happy to be introduced. Perhaps I can help with the accounts side.",
        "Avec plaisir. J'ai monté deux boutiques, je pourrais peut-être lui être utile.",
        "Con mucho gusto. Quizá pueda ayudarle con los permisos.",
        "Gerne, stellen Sie uns vor. Vielleicht kann ich ihr bei der Zulassung helfen.",
        "Com prazer. Talvez eu possa ajudar com a parte fiscal.",
        "Ndiyo, nitafurahi. Labda naweza kumsaidia na hesabu.",
    ],
)
def test_a_doubt_of_being_of_use_keeps_the_yes(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes"
    assert any(e.startswith("modesty:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        # In the yes's own sentence, alone, asked, negated, conditioned or of someone else.
        "Sure, perhaps I can help.",
        "Perhaps I can help.",
        "Happy to. Maybe I can help?",
        "Happy to. Maybe I can help, maybe not.",
        "Happy to. Perhaps, if he is serious, I can help.",
        "Happy to. Maybe he can help us.",
        "Avec plaisir. Peut-être qu'il pourra nous aider.",
        "Ja, gerne. Vielleicht, wenn es passt, kann ich helfen.",
        "Sim. Talvez ela possa ajudar.",
        "Happy to. Maybe next month.",
    ],
)
def test_other_doubts_still_doubt(text: str) -> None:
    assert read_answer(text)[0] == "unclear"
