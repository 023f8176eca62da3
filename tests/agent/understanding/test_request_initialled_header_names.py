"""A From header giving a surname and an initial, as a school's or a council's directory
does ("Whitcombe T (Staff)"), names the writer as they sign below a closing ("Tom
Whitcombe"); the role in brackets after it is no part of the name. A header turned
("O'Sullivan Gemma") names them as they sign, letters after the signed name aside
("Gemma O'Sullivan RN")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from agent.understanding.signatures import signed_from_initial
from tests.agent.understanding.test_requests import understand

_SENDER = '"Whitcombe T (Staff)" <t.whitcombe@stmellons.example>'
_GEMMA_SENDER = (
    "\"O'Sullivan Gemma (ST COLUMBA'S UNIVERSITY HOSPITAL)\" <gemma.osullivan@stcolumbas.example>"
)
_TOM = Party("Tom Whitcombe", "t.whitcombe@stmellons.example")


@pytest.mark.parametrize(
    ("ask", "closing"),
    [
        ("Could you introduce me to Sian Lloyd (sian.lloyd@cardiffmet.example)?", "Many thanks,"),
        ("Pourriez-vous me présenter à Sian Lloyd (sian.lloyd@cardiffmet.example) ?", "Merci,"),
        ("¿Podrías presentarme a Sian Lloyd (sian.lloyd@cardiffmet.example)?", "Gracias,"),
        ("Könnten Sie mich Sian Lloyd (sian.lloyd@cardiffmet.example) vorstellen?", "Danke,"),
        ("Você pode me apresentar a Sian Lloyd (sian.lloyd@cardiffmet.example)?", "Obrigado,"),
        ("Tafadhali nitambulishe kwa Sian Lloyd (sian.lloyd@cardiffmet.example).", "Asante,"),
    ],
)
def test_an_initialled_header_names_the_writer_as_signed(ask: str, closing: str) -> None:
    result = understand(
        f"Hello,\n\n{ask}\n\n{closing}\n\nTom Whitcombe\nHead of Sixth Form\n", sender=_SENDER
    )
    assert result.requester == _TOM
    assert result.a == _TOM


@pytest.mark.parametrize(
    ("writer", "signed", "expected"),
    [
        ("Whitcombe T", "Tom Whitcombe", "Tom Whitcombe"),
        ("T. Whitcombe", "Tom Whitcombe", "Tom Whitcombe"),
        # Another initial, another surname, or an initial signed: the header stays.
        ("Whitcombe T", "Sam Whitcombe", "Whitcombe T"),
        ("Whitcombe T", "Tom Whitby", "Whitcombe T"),
        ("Whitcombe T", "T. Whitcombe", "Whitcombe T"),
        # No initial in the header: not this reading's.
        ("Whitcombe Tom", "Tom Whitcombe", "Whitcombe Tom"),
    ],
)
def test_only_the_initial_and_surname_signed_in_full_are_read(
    writer: str, signed: str, expected: str
) -> None:
    text = f"Could you introduce me to Sian?\n\nMany thanks,\n{signed}\n"
    assert signed_from_initial(text, writer, "t.whitcombe@x.example", {"many thanks"}) == expected


def test_a_turned_header_signed_with_letters_after_the_name() -> None:
    result = understand(
        "Could you connect me with Dr Ifeoma Okonjo (i.okonjo@stcolumbas.example)?\n\n"
        "Many thanks,\nGemma\n\nGemma O'Sullivan RN\nSenior Research Nurse\n",
        sender=_GEMMA_SENDER,
    )
    assert result.requester == Party("Gemma O'Sullivan", "gemma.osullivan@stcolumbas.example")
