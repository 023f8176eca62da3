"""A surname that is also a thanks or a greeting ("Asante", Swahili for thanks; "Best")
stays in the name when it follows a listed first name and the sentence goes on after it
("nitambulishe kwa Kwame Asante na ...", "introduce me to Ann Best at ..."). Ending the
sentence or its line, or opening a closing phrase ("Asante sana"), it is the closing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("sender", "text", "name"),
    [
        (
            "Amina Juma <amina@shamba.example>",
            "Tafadhali nitambulishe kwa Kwame Asante wa kampuni ya mafuta, anafanya kazi huko.",
            "Kwame Asante",
        ),
        (
            "Amina Juma <amina@shamba.example>",
            "Tafadhali nitambulishe kwa Kwame Asante, anasimamia miradi ya nishati.",
            "Kwame Asante",
        ),
        (
            "Ann Lee <ann@lee.example>",
            "Could you introduce me to Oliver Best at the Harbour Trust? He funds libraries.",
            "Oliver Best",
        ),
    ],
)
def test_closing_word_inside_a_name_is_its_surname(sender: str, text: str, name: str) -> None:
    result = understand(text, sender=sender)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name == name
    assert not result.confident


@pytest.mark.parametrize(
    ("sender", "text"),
    [
        ("Amina Juma <amina@shamba.example>", "Tafadhali nitambulishe kwa Kwame Asante sana."),
        ("Amina Juma <amina@shamba.example>", "Tafadhali nitambulishe kwa Kwame Asante"),
        ("Ann Lee <ann@lee.example>", "Please introduce me to Oliver. Thanks"),
    ],
)
def test_closing_after_a_name_stays_the_closing(sender: str, text: str) -> None:
    result = understand(text, sender=sender)
    assert result.b is not None and result.b.name in ("Kwame", "Oliver")
