"""A forward's note that hands the forwarded ask over in a sentence of its own ("Could you
do the honours here?") and goes on about the two alone, giving the address of the one the
forwarded mail wishes to talk with: its author and that one, certain. A note naming
anyone else leaves the forwarded wish unread."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_AUTHOR = Party("Dev Malhotra", "dev.malhotra@protonmail.com")
_OLIVIA = Party("Olivia Grant", "olivia.grant@bramble.io")


def _forward(note: str, ask: str) -> str:
    return (
        f"Hi,\n\n{note}\n\nThanks,\nAnn\n\n"
        "---------- Forwarded message ---------\n"
        "From: Dev Malhotra <dev.malhotra@protonmail.com>\n"
        "Date: Tue, Nov 4, 2025 at 11:20 AM\n"
        "Subject: Bramble\n"
        "To: Ann Lee <ann@lee.example>\n\n"
        f"{ask}\n\nDev\n"
    )


_ASK_EN = (
    "Before the formal loop, is there any way I could have an informal chat with Olivia "
    "Grant? I'd like to understand how the platform team is set up."
)


@pytest.mark.parametrize(
    ("note", "ask"),
    [
        (
            "Could you do the honours here? Dev is one of my candidates and Olivia is the "
            "hiring manager - olivia.grant@bramble.io. Both know me well.",
            _ASK_EN,
        ),
        (
            "¿Puedes hacer los honores? Dev es candidato mío y Olivia es la responsable de "
            "contratación - olivia.grant@bramble.io.",
            "Me encantaría hablar con Olivia Grant de manera informal. Quiero entender cómo "
            "está organizado el equipo.",
        ),
        (
            "Tu peux faire les présentations ? Dev est un de mes candidats et Olivia la "
            "responsable du recrutement - olivia.grant@bramble.io.",
            "Est-ce que je pourrais discuter de manière informelle avec Olivia Grant ? "
            "J'aimerais comprendre comment l'équipe est organisée.",
        ),
    ],
)
def test_a_longer_note_handing_over_pairs_the_author_with_the_one_wished(
    note: str, ask: str
) -> None:
    result = understand(_forward(note, ask), subject="Fwd: Bramble")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_AUTHOR, _OLIVIA)
    assert result.confident


@pytest.mark.parametrize(
    "note",
    [
        # Someone else named: perhaps the one to introduce instead.
        "Could you do the honours here? Olivia is away, Sam Park covers for her - "
        "olivia.grant@bramble.io still works.",
        # Negated: nothing handed over.
        "Please don't do the honours yet, could you? Olivia is the hiring manager - "
        "olivia.grant@bramble.io.",
    ],
)
def test_a_note_naming_another_or_negated_hands_over_no_certain_pair(note: str) -> None:
    result = understand(_forward(note, _ASK_EN), subject="Fwd: Bramble")
    assert not (result.confident and {result.a, result.b} == {_AUTHOR, _OLIVIA})
