"""A capitalised first name that is a common word too ("Julio", July) opens a name where
an address spells it: by the initials of the first names then the surname ("Julio César
Paredes <jcparedes.matematica@...>"), or by the word and the surname, its accent left out
("Julio Ramírez <julio.ramirez@...>"), after "al" and a role too ("al profesor Julio
César Paredes"); and the usted subjunctive asks ("Quería pedirle, por favor, que me
presente al profesor ..."). One initial bears out a first name only: "Thanks Paredes"
over "tparedes@" stays a word and a surname."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("body", "party"),
    [
        (
            "Buenas tardes,\n\nQuería pedirle, por favor, que me presente al profesor Julio"
            " César Paredes <jcparedes.matematica@gmail.example>, que da clases particulares"
            " de matemática en Miraflores.\n\nMuchas gracias,\nRosa",
            Party("Julio César Paredes", "jcparedes.matematica@gmail.example"),
        ),
        (
            "¿Me podrías presentar a Julio Ramírez <julio.ramirez@gmail.example>?",
            Party("Julio Ramírez", "julio.ramirez@gmail.example"),
        ),
        (
            "¿Podrías presentarme al profesor Julio Paredes <jparedes@gmail.example>?",
            Party("Julio Paredes", "jparedes@gmail.example"),
        ),
        (
            "Could you introduce me to June Whitfield Carter <jwcarter@gmail.example>?",
            Party("June Whitfield Carter", "jwcarter@gmail.example"),
        ),
    ],
)
def test_a_first_name_the_address_spells_opens_the_name(body: str, party: Party) -> None:
    assert confident_b(body) == party


@pytest.mark.parametrize(
    "text",
    [
        "Ok.\n\nThanks Paredes (tparedes@gmail.example) here.",
        "Ok.\n\nSaludos Paredes (sparedes@gmail.example) aquí.",
    ],
)
def test_one_initial_bears_out_no_common_word(text: str) -> None:
    names = [item.name for item in tokenize(text, load_rules()) if item.name]
    assert names == ["Paredes"]


# "Juli" (July in German) as the short form of the first name the address opens on
# ("julieta@"), the surname spelled by the same address, is a first name in every
# language's ask.
@pytest.mark.parametrize(
    "body",
    [
        "che, me presentás con Juli Bertolotti (julieta@bertolottiedicion.example)?",
        "Could you introduce me to Juli Bertolotti (julieta@bertolottiedicion.example)?",
        "Pourriez-vous me présenter à Juli Bertolotti (julieta.bertolotti@mail.example) ?",
        "Kannst du mich mit Juli Bertolotti (julieta.bertolotti@mail.example) bekannt machen?",
        "Podes apresentar-me à Juli Bertolotti (julieta@bertolottiedicion.example)?",
        "Tafadhali nitambulishe kwa Juli Bertolotti (julieta@bertolottiedicion.example).",
    ],
)
def test_a_short_first_name_the_address_opens_on_is_a_name(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name == "Juli Bertolotti"
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        # The month, not before a name the address spells.
        "Wir treffen uns im Juli mit Bertolotti (julieta@bertolottiedicion.example).",
        "Ab Juli 2025 ist Bertolotti (julieta@bertolottiedicion.example) da.",
        # A surname the address does not spell.
        "Im Juli Kramer (julieta@bertolottiedicion.example) fragen.",
    ],
)
def test_the_month_stays_a_word(text: str) -> None:
    names = [item.name for item in tokenize(text, load_rules()) if item.name]
    assert "Juli" not in " ".join(names)
