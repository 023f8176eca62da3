"""A forwarded mail's author named in the note by a title and the one word they sign it
with ("a Dona Lurdes" over a mail from Maria de Lourdes Ramos signed "Lurdes", "Doña Pili",
"Bi Neema"): the title is how the writer calls them, the word no surname, even where the
name of their shop holds it after a particle ("Cantinho da Lurdes"). A blessing closing
the forwarded mail ("Deus te abençoe", "God bless", "Dios te bendiga", "Mungu akubariki")
is its sign-off, so the word below it is the one they sign with. Another on the mail whose
first name is that word, or a word they do not sign with, leaves the one named uncertain."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_RUI = Party("Rui Tavares", "rui@hotelmar.example")
_SENDER = "Teresa Lopes <teresa@passeios.example>"
_RUI_WRITTEN = "Rui Tavares (rui@hotelmar.example)"


def _forward(note: str, name: str, email: str, closing: str, signed: str, shop: str) -> str:
    return (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: {name} <{email}>\n"
        f"Date: Mon, 12 May 2025 at 16:40\nSubject: Cooking class\nTo: {_SENDER}\n\n"
        "Now that my granddaughter helps at the stall I have time to give cooking classes."
        " If you know a hotel that would like one for its guests, please introduce me.\n\n"
        f"{closing}\n{signed}\n\n{shop}\n"
    )


_CASES = [
    (
        f"oi! encaminhando o email da Dona Lurdes. ela quer conhecer o {_RUI_WRITTEN}, pode"
        " fazer a ponte?",
        "Maria de Lourdes Ramos",
        "lurdes.quitutes@cantinho.example",
        "Deus te abençoe",
        "Lurdes",
        "Cantinho da Lurdes - quitutes",
    ),
    (
        f"Could you put Mrs Dot in touch with {_RUI_WRITTEN}? Her mail is below.",
        "Dorothy Green",
        "dot.green@dotsbakes.example",
        "God bless",
        "Dot",
        "Cakes by Dot",
    ),
    (
        f"¿Puedes presentar a Doña Pili a {_RUI_WRITTEN}? Te reenvío su correo.",
        "María del Pilar Ortega",
        "pili.ortega@cocinadelapili.example",
        "Dios te bendiga",
        "Pili",
        "Cocina de la Pili",
    ),
    (
        f"Tafadhali mtambulishe Bi Neema kwa {_RUI_WRITTEN}, barua yake iko chini.",
        "Anneema Mushi",
        "neema.mushi@jikolaneema.example",
        "Mungu akubariki",
        "Neema",
        "Jiko la Neema",
    ),
]


@pytest.mark.parametrize(("note", "name", "email", "closing", "signed", "shop"), _CASES)
def test_a_title_before_the_authors_sign_off_names_them(
    note: str, name: str, email: str, closing: str, signed: str, shop: str
) -> None:
    result = understand(
        _forward(note, name, email, closing, signed, shop),
        sender=_SENDER,
        subject="Fwd: Cooking class",
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {Party(name, email), _RUI}
    assert result.confident


def test_another_of_that_first_name_leaves_it_uncertain() -> None:
    note = (
        f"oi! encaminhando o email da Dona Lurdes. ela quer conhecer o {_RUI_WRITTEN}, pode"
        " fazer a ponte? A Lurdes Prado também vai estar lá."
    )
    result = understand(
        _forward(
            note,
            "Maria de Lourdes Ramos",
            "lurdes.quitutes@cantinho.example",
            "Deus te abençoe",
            "Lurdes",
            "Cantinho da Lurdes - quitutes",
        ),
        sender=_SENDER,
        subject="Fwd: Cooking class",
    )
    assert Party("Maria de Lourdes Ramos", "lurdes.quitutes@cantinho.example") not in (
        result.a,
        result.b,
    )
    assert not result.confident


def test_a_word_the_author_does_not_sign_with_leaves_it_uncertain() -> None:
    note = f"Could you put Mrs Dot in touch with {_RUI_WRITTEN}? Her mail is below."
    result = understand(
        _forward(
            note,
            "Dorothy Green",
            "dot.green@dotsbakes.example",
            "God bless",
            "Dottie",
            "Cakes by Dot",
        ),
        sender=_SENDER,
        subject="Fwd: Cooking class",
    )
    assert Party("Dorothy Green", "dot.green@dotsbakes.example") not in (result.a, result.b)
    assert not result.confident
