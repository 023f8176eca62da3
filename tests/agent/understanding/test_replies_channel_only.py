"""A yes limited only to a channel of contact is a yes.

"Yes, but only by email", "only by WhatsApp", "uniquement par écrit", "solo por
WhatsApp", "nur per E-Mail", "só por e-mail", "kwa barua pepe tu": the consent is given,
the channel is logistics. These were read unclear before, as a restriction on the yes.
A condition after "only" ("only if", "only after I know more", "only with my boss on
the call", "only by appointment") still leaves the yes unclear, and "No, only by email"
still refuses.
"""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Yes, but only by email.",
        "Yes, only via WhatsApp please.",
        "Happy to, but only by email.",
        "Ok but only by email, no calls.",
        "Sure, but email only please - no calls.",
        "Yes, but only in writing.",
        "Oui, mais uniquement par écrit.",
        "Oui, volontiers, mais seulement par e-mail svp.",
        "Sí, pero solo por WhatsApp por favor.",
        "Claro, pero únicamente por correo.",
        "Ja, aber nur per E-Mail, danke.",
        "Ja, gerne, aber bitte nur schriftlich.",
        "Sim, mas só por e-mail.",
        "Sim, claro, mas apenas pelo WhatsApp.",
        "Ndiyo, lakini kwa barua pepe tu.",
        "Sawa, lakini kwa WhatsApp tu tafadhali.",
    ],
)
def test_a_yes_limited_to_a_channel_is_a_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Oui, volontiers.\n\nJe préfère toutefois que les premiers échanges se fassent "
        "uniquement par écrit.",
        "Yes, happy to.\n\nI'd prefer though that we talk only by email.",
        "Sí, con gusto.\n\nPrefiero, eso sí, que el primer contacto sea solo por escrito.",
    ],
)
def test_a_later_sentence_turning_to_one_channel_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A condition, not a channel.
        ("Yes, but only if he is not selling anything.", "unclear"),
        ("Yes, but only after I know more.", "unclear"),
        ("Yes, but only with my boss on the call.", "unclear"),
        ("Yes, but only by appointment.", "unclear"),
        ("Oui, mais seulement si c'est sérieux.", "unclear"),
        ("Sí, pero solo si es serio.", "unclear"),
        ("Ja, aber nur wenn es seriös ist.", "unclear"),
        ("Sim, mas só se for sério.", "unclear"),
        ("Ndiyo, lakini kama ni mkweli tu.", "unclear"),
        # More than the channel beside it: a time, a condition, a question.
        ("Yes, but only by email for now.", "unclear"),
        ("Yes. Email only if it's about hiring.", "unclear"),
        ("Yes. But only by email?", "unclear"),
        ("Yes, but only by email. Not before March.", "unclear"),
        (
            "Happy to.\n\nHowever, my boss needs to decide first, only by email.",
            "unclear",
        ),
        # No yes to limit.
        ("No, only by email.", "no"),
        ("I would, but only by email if he is legit.", "unclear"),
    ],
)
def test_a_limit_on_more_than_the_channel_still_counts(text: str, answer: str) -> None:
    assert classify_text(text) == answer
