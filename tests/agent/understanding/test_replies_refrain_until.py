"""A request to refrain ("please don't", "veuillez vous abstenir", "no me contacten",
"tun Sie es nicht", "usimpe namba yangu") followed in its sentence by a word of "until"
and a date asks to wait, not to refuse: beside a yes the reply is unclear, never no and
never yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I'd be glad to, but not before Thanksgiving. So please don't send anything "
        "along or give out my number until the first week of December.",
        "Yes, I'd be glad to, but please don't give out my number before January.",
        "Oui, volontiers, mais veuillez vous abstenir avant janvier.",
        "Sí, con gusto, pero no me contacten hasta enero.",
        "Ja, gerne. Tun Sie es nicht vor Januar.",
        "Ndiyo, lakini usimpe namba yangu hadi Januari.",
        "Please don't send anything until December.",
    ],
)
def test_a_request_to_refrain_until_a_date_waits(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "unclear"
    assert any(e.startswith("wait-till:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # No date: still a refusal beside the yes.
        ("Yes, glad to. Please don't give out my email.", "unclear"),
        ("Yes to the intro but please don't share my email", "unclear"),
        # Busy until a date is a reason for the refusal, not a wait asked for.
        ("No thanks, I'm busy until December.", "no"),
    ],
)
def test_a_request_to_refrain_without_a_date_keeps_its_reading(text: str, answer: str) -> None:
    answer_read, evidence = read_answer(text)
    assert answer_read == answer
    assert not any(e.startswith("wait-till:") for e in evidence)
