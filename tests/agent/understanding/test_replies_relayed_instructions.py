"""An assistant relaying the one asked's yes on their instructions ("Mr Bankole has
instructed me to confirm that he is happy to be introduced", "hat mich beauftragt",
"me ha encargado que le confirme", "instruiu-me a"), after a sentence of its own that
only says on whose behalf they write ("I write on behalf of Mr Bankole, Executive
Director."), is a yes; virtual meetings ruled out ("no virtual meetings please") are a
channel limit, never a refusal. A guess, a condition in the framing sentence and a yes
said of someone else with no relay still say no yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

YES = [
    "Mr Bankole has instructed me to confirm that he is happy to be introduced to Dr N.",
    "I write on behalf of Mr Bankole, Executive Director.\n\nMr Bankole has instructed me to"
    " confirm that he is happy to be introduced to Dr Nwachukwu.",
    "I write on behalf of Mr Bankole.\n\nHe asked me to confirm that he accepts the introduction.",
    "Herr Brandt hat mich beauftragt, Ihnen mitzuteilen, dass er mit der Vorstellung"
    " einverstanden ist.",
    "El Sr. Ortega me ha encargado que le confirme que acepta la presentación.",
    "M. Dubois m'a demandé de vous informer qu'il accepte la mise en relation.",
    "O Dr. Ribeiro instruiu-me a confirmar que aceita a apresentação.",
    # Virtual meetings ruled out after a go-ahead say how to meet.
    "Please do connect us.\n\nNo virtual meetings please, I prefer to meet in person.",
    "Sim, pode apresentar. Sem reuniões virtuais, só presencial.",
]


@pytest.mark.parametrize("text", YES)
def test_a_yes_relayed_on_instructions_is_a_yes(text: str) -> None:
    assert classify_text(text) == "yes"


UNCLEAR = [
    "I write on behalf of Mr Bankole, if he agrees.\n\nMr Bankole has instructed me to"
    " confirm that he is happy to be introduced to Dr N.",
    "I write on behalf of Mr Bankole.\n\nI think he is happy to be introduced to Dr N.",
    "I write on behalf of Mr Bankole. He is away.\n\nHe asked me to confirm that he accepts"
    " the introduction.",
    # A yes said of someone else, unrelayed, beside virtual meetings ruled out: no refusal.
    "Mr Bankole is happy to be introduced. No virtual meetings please.",
    "Mr Bankole is happy to be introduced (no virtual meetings please).",
    "Please do, but no virtual meetings.",
    "Bitte stellen Sie uns gerne vor. Aber keine Videokonferenzen, bitte.",
]


@pytest.mark.parametrize("text", UNCLEAR)
def test_no_relay_or_a_doubt_says_no_yes(text: str) -> None:
    assert classify_text(text) == "unclear"


def test_a_refusal_with_virtual_meetings_ruled_out_still_refuses() -> None:
    assert classify_text("No, no virtual meetings.") == "no"
