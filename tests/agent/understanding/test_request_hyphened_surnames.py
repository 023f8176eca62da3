"""A double-barrelled surname whose first part is a common word read as no name alone
("Asante", Swahili for thanks; "Best", a closing) is the whole surname right after a
title or a listed first name ("Mr. Asante-Boateng", "Kofi Asante-Boateng", "Dr
Best-Shaw", "Bw. Asante-Boateng"), not its last part alone. Elsewhere, or with spaces
round the dash ("Kofi Asante - Boateng"), the words are read as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand


def _names(text: str) -> list[str]:
    return [item.name or "" for item in tokenize(text, load_rules()) if item.kind == "name"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Please introduce me to Mr. Asante-Boateng.", ["Asante-Boateng"]),
        ("Mr. Kofi Asante-Boateng would like to meet her.", ["Kofi Asante-Boateng"]),
        ("Ann Best-Shaw runs the trust.", ["Ann Best-Shaw"]),
        ("Dr Best-Shaw runs the trust.", ["Best-Shaw"]),
        ("Tafadhali nitambulishe kwa Bw. Asante-Boateng.", ["Asante-Boateng"]),
    ],
)
def test_a_common_word_joined_to_a_surname_opens_it(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # No title nor listed first name before it: the word is read as before.
        ("Asante-Boateng alikuja jana.", ["Boateng"]),
        # A dash between spaces is no hyphen of a name.
        ("Kofi Asante - Boateng is here.", ["Kofi", "Boateng"]),
        ("Cheers-Ben", ["Ben"]),
    ],
)
def test_elsewhere_the_common_word_stays_out_of_the_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_an_assistant_writing_for_her_principal_names_him_in_full() -> None:
    result = understand(
        "I am writing on behalf of Mr. Kofi Asante-Boateng, our Managing Director.\n\n"
        "Mr. Asante-Boateng would like to be introduced to Ms. Ama Owusu"
        " (ama@cocoa.example), whom he met in Kumasi. His direct address is"
        " kofi.ab@goldcoast.example.",
        sender="Esi Mensah <esi@goldcoast.example>",
    )
    assert result.kind == "intro_request"
    assert result.a is not None
    assert (result.a.name, result.a.email) == ("Kofi Asante-Boateng", "kofi.ab@goldcoast.example")
    assert result.b is not None and result.b.email == "ama@cocoa.example"
    assert result.confident
