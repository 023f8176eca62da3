"""A relation ("someone from", "mtu wa", "alguien de") reaches a party's name only within
its sentence: a full stop closing a word that is no title or initial ends it, so the
forwarded mail's "Nahitaji mtu wa kuaminika.\\nHalima", its sign-off joined to it when
folded, relates no one to Halima, and the ask stays certain."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

HALIMA = Party("Halima Abdallah", "halima.abdallah@mgahawahalima.example")
SAID = Party("Said Omari", "said.omari@frijifix.example")

FORWARD = (
    "{note}\n\n---------- Forwarded message ---------\n"
    "From: Halima Abdallah <halima.abdallah@mgahawahalima.example>\n"
    "Date: Fri, 27 Nov 2026 at 19:02\nSubject: friji\n"
    "To: Ann Lee <ann@lee.example>\n\n{ask}\nHalima"
)


@pytest.mark.parametrize(
    ("note", "ask"),
    [
        (
            "fanya hii tafadhali.",
            "Juma habari, friji imeharibika tena. Unaweza kunitambulisha kwa Said Omari"
            " (said.omari@frijifix.example)? Nahitaji mtu wa kuaminika.",
        ),
        (
            "please do this.",
            "Hi, my fridge broke again. Can you introduce me to Said Omari"
            " (said.omari@frijifix.example)? I need someone from around here.",
        ),
        (
            "hazlo por favor.",
            "Hola, se me dañó la nevera. ¿Me puedes presentar a Said Omari"
            " (said.omari@frijifix.example)? Necesito alguien de confianza.",
        ),
    ],
)
def test_a_relation_ending_its_sentence_relates_no_one_after(note: str, ask: str) -> None:
    result = understand(FORWARD.format(note=note, ask=ask), subject="Fwd: friji")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (HALIMA, SAID)
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Bitte stell mich Bernard Okafor (bernard@okafor.example) vor und jemandem von"
        " Frau Dr. Inès Haddad (ines@haddad.example).",
        "Please introduce Bernard Okafor (bernard@okafor.example) to someone from Ms. Inès"
        " Haddad's team (ines@haddad.example).",
    ],
)
def test_a_title_with_its_full_stop_still_reaches_the_name(text: str) -> None:
    result = understand(text)
    assert not result.confident
