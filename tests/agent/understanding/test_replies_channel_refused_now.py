"""After a yes, a note that chooses a channel and then rules calls out for now with a
refusal of some words ("aber bitte async per mail, calls mach ich gerade nicht") tells
how to reach the writer (reply_reach._channel_refused_after_choice); the same refusal
of a meeting, of everything, or with no channel chosen still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "ja, gern.\n\naber bitte async per mail oder im issue tracker, calls mach ich "
        "gerade nicht.",
        "Ja, gerne. Aber bitte per Mail, Anrufe gehen im Moment nicht.",
        "Yes, happy to. But by email please, calls not right now.",
        "Sí, claro. Pero mejor por correo, llamadas ahora no.",
        "Oui, avec plaisir. Mais par mail svp, les appels pas en ce moment.",
        "Sim, claro. Mas por e-mail, por favor, ligações agora não.",
        "Ndiyo, sawa. Lakini kwa barua pepe, simu kwa sasa hapana.",
    ],
)
def test_calls_ruled_out_after_a_channel_chosen_leave_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("ja, gern. aber bitte per mail, treffen mach ich gerade nicht.", "no"),
        ("ja, gern. aber bitte per mail, calls und meetings gerade nicht.", "no"),
        ("ja, gern. calls mach ich gerade nicht.", "unclear"),
        ("Yes, happy to. But by email please, meetings not right now.", "no"),
        ("Yes, happy to. But by email please, not right now.", "no"),
        ("Sí, claro. Pero mejor por correo, reuniones ahora no.", "no"),
        ("Oui, avec plaisir. Mais par mail svp, les réunions pas en ce moment.", "no"),
    ],
)
def test_a_meeting_or_everything_refused_still_counts(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
