"""An office writing for the one asked relays their refusal with a formal regret ("The
Dean regrets that ... she is unable to accept introductions of this kind at present",
"Der Dekan bedauert, dass er absagen muss", "regrette de vous informer qu'il doit
décliner"): the refusal declines, though said of someone else. The regret relays no
acceptance, and a refusal said of someone else with no relay still answers nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REGRETTED = [
    (
        "Thank you for your message to Dean Holloway-Price, which has been passed to me for "
        "response.\n\nThe Dean regrets that, owing to the volume of external requests and "
        "her current commitments, she is unable to accept introductions of this kind at "
        "present. She sends her warm regards to Dr Sorensen.",
        "no",
    ),
    ("I am unable to accept introductions of this kind at present.", "no"),
    ("Der Dekan bedauert, dass er absagen muss.", "no"),
    ("Le doyen regrette de vous informer qu'il doit décliner.", "no"),
    ("El decano lamenta informarle que debe declinar la invitación.", "no"),
    ("O reitor lamenta informar que tem de recusar.", "no"),
    # No acceptance relayed by a regret, and no refusal relayed without one.
    ("She regrets that she agrees to the introduction.", "unclear"),
    ("Le doyen regrette de vous informer qu'il accepte la mise en relation.", "unclear"),
    ("Mr Li regrets that he missed your call.", "unclear"),
    ("Der Dekan muss absagen.", "unclear"),
    # Introductions the writer cannot accept for someone else: no refusal of theirs.
    ("I'm not able to accept introductions for him - he'll confirm himself.", "unclear"),
    ("I'm unable to accept introductions for her, she decides herself.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), REGRETTED)
def test_a_regret_told_for_the_one_asked_relays_a_refusal(text: str, answer: str) -> None:
    assert classify_text(text) == answer
