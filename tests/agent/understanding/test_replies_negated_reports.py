"""A saying or thinking verb negated ("I wouldn't say", "je ne dirais pas", "no creo",
"nicht, dass", "não diria", "siwezi kusema") governs the clause after it: a yes said there
is negated, never read as a yes ("Ich würde nicht sagen, dass ich einverstanden bin",
"I wouldn't say that I'm really all that happy to"). A contrast, a pause that no "that"
follows or a "how" ends its reach: "I don't think we've met, but yes, happy to", "Ich
wüsste nicht, was dagegen spricht — ja, gerne", "I can't say I'm surprised - yes!"."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

GOVERNED = [
    "Ich würde nicht sagen, dass ich keine Einwände habe.",
    "Ich würde nicht sagen, dass ich einverstanden bin.",
    "Nicht, dass ich keine Einwände hätte.",
    "Ich würde nicht sagen, dass ich gerne möchte.",
    "I wouldn't say I'm happy to.",
    "I wouldn't say that I'm really all that happy to.",
    "I wouldn't go so far as to say I'm happy to.",
    "I don't think I'd be glad to.",
    "I don't think that I would be really glad to meet him.",
    "I can't say I'm keen.",
    "Je ne dirais pas que je suis d'accord.",
    "Je ne pense pas être partant.",
    "No diría que estoy de acuerdo.",
    "No creo que yo estaría realmente encantado de conocerlo.",
    "Ich glaube nicht, dass ich Zeit habe.",
    "Não diria que concordo.",
    "Não acho que seja boa ideia.",
    "Siwezi kusema kwamba nakubali.",
    "Sisemi kwamba nakubali.",
]


@pytest.mark.parametrize("text", GOVERNED)
def test_a_yes_under_a_negated_saying_verb_is_never_a_yes(text: str) -> None:
    assert classify_text(text) in ("no", "unclear")


@pytest.mark.parametrize(
    "text",
    [
        "Ich würde nicht sagen, dass ich einverstanden bin.",
        "I wouldn't say that I'm really all that happy to.",
        "Sisemi kwamba nakubali.",
        # Too far from the negator for its reach, within the thinking verb's clause.
        "I don't think that's a good idea",
    ],
)
def test_a_yes_under_a_negated_saying_verb_says_no(text: str) -> None:
    assert classify_text(text) == "no"


NEAR_MISSES = [
    ("Ich wüsste nicht, was dagegen spricht — ja, gerne.", "yes"),
    ("Nicht, dass ich wüsste - aber ja, gerne.", "yes"),
    ("Not that I know of, but yes, happy to.", "yes"),
    ("I wouldn't say no to that.", "yes"),
    ("I don't see why not.", "yes"),
    ("Ich denke nicht, dass es ein Problem gibt, gerne.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), NEAR_MISSES)
def test_a_yes_past_the_governed_clause_stands(text: str, answer: str) -> None:
    assert classify_text(text) == answer
