"""Someone else named with a title, pointed to in a paragraph after the writer's own
refusal ("Vielleicht ist Frau Dr. Brandt ansprechbar: Sie ist ... sehr interessiert",
"Perhaps Dr Okafor would be open to it: she is ... very keen on it", "Quizá la Dra.
Ruiz esté disponible: está muy interesada"), is whom the yeses of that paragraph are
said of, not the writer's answer: the refusal stands (reply_others._referred). A yes of
the writer's there ("I'd be glad to", a bare "yes" after the name) and a title in the
refusal's own paragraph read as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "Das ist mir zu heikel, ich sage deshalb ab.\n\nVielleicht ist Frau Dr. Brandt "
        "ansprechbar: Sie ist Kinderärztin in Essen, unabhängig und an Start-ups sehr "
        "interessiert. Ich habe sie nicht gefragt.",
        "no",
    ),
    (
        "I'm afraid I have to decline.\n\nPerhaps Dr Okafor would be open to it: she runs "
        "the clinic in Leeds and is very keen on this kind of work.",
        "no",
    ),
    (
        "Je dois malheureusement refuser.\n\nPeut-être que la Dre Roy serait partante : elle "
        "est pédiatre à Lyon et très intéressée par le sujet.",
        "no",
    ),
    (
        "No puedo, lo siento.\n\nQuizá la Dra. Ruiz esté disponible: está muy interesada en "
        "estos temas.",
        "no",
    ),
    (
        "Não posso, desculpe.\n\nTalvez a Dra. Lima esteja disponível: ela é pediatra em "
        "Braga e muito interessada no tema.",
        "no",
    ),
]

NEAR_MISSES = [
    # The writer's own yes beside the titled name.
    (
        "I can't this week.\n\nDr Patel said I should meet her anyway, and I'd be glad to.",
        "unclear",
    ),
    ("No, sorry, not this one.\n\nMr Jones: yes, happy to meet him.", "unclear"),
    # No refusal before it: the yes said of her stays beside nothing.
    (
        "Thanks for asking.\n\nPerhaps Dr Okafor would be open to it: she is very keen on "
        "this kind of work.",
        "unclear",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_titled_referrals(text: str, expected: str) -> None:
    assert classify_text(text) == expected
