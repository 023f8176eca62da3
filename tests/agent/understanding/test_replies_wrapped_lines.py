"""A line break a mail client put inside a sentence (a long line, no stop at its end,
a word in lower case after it) joins the sentence again."""

from __future__ import annotations

import pytest

from agent.understanding.replies import _unwrapped, read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Sim, pode apresentar, estou livre. Meu WhatsApp é +55 11 90000-0000 se\n"
        "for mais fácil pra ele.",
        "Sure, go ahead and introduce us. My mobile is 07700 900123 if\nthat's easier for him.",
        "Oui, avec plaisir. Mon numéro de portable est le 06 11 22 33 44, si\n"
        "c'est plus simple pour lui.",
    ],
)
def test_a_wrapped_offer_reads_as_one_sentence(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A short line, a line that closes its sentence or a line before a capital.
        ("Yes\nhappy to", "Yes\nhappy to"),
        ("Yes, happy to meet her, and thank you so much for thinking of me here.\nno rush.", None),
        (
            "Yes, happy to meet her, and thank you so much for thinking of me with this\nMartin",
            None,
        ),
    ],
)
def test_other_breaks_stay(text: str, kept: str | None) -> None:
    assert _unwrapped(text) == (kept if kept is not None else text)


def test_a_wrapped_line_joins() -> None:
    text = "Sure, happy to chat with him. I'm on the road most of the week and\nonly on email."
    assert _unwrapped(text) == text.replace("\n", " ")
