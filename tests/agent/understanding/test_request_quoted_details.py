"""Someone's details said to be below, in the quoted thread: the one quoted address that
spells their name is theirs, though the quote does not write it right after the name
("Los datos del Dr. Benavente están en el correo de Rodrigo más abajo" over "> ... del
Dr. Ignacio\\n> Benavente en Santiago (ibenavente@hipoxia.cl)"). An address not spelling
them, two spelling them, one written for someone else, or a negated pointer tie nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from agent.understanding.request_quoted_details import points_below
from agent.understanding.request_rules import load_rules
from agent.understanding.word_sets import normal_text
from tests.agent.understanding.test_requests import understand

_SENDER = "Ximena Quispe <xquispe@iafa.example>"
_RODRIGO = Party("Rodrigo Mamani", "rmamani@iafa.example")
_BENAVENTE = Party("Ignacio Benavente", "ibenavente@hipoxia.example")

_ASKS = [
    "Could you please put my PhD student, Rodrigo Mamani (rmamani@iafa.example), in touch"
    " with Dr. Ignacio Benavente of the Hypoxia Lab in Santiago? Dr. Benavente's details"
    " are in Rodrigo's email below.",
    "Pourriez-vous mettre mon doctorant, Rodrigo Mamani (rmamani@iafa.example), en relation"
    " avec le Dr Ignacio Benavente du laboratoire d'hypoxie de Santiago ? Les coordonnées du"
    " Dr Benavente sont dans le mail de Rodrigo plus bas.",
    "Les escribo para pedirles que pongan en contacto a mi doctorando, Rodrigo Mamani"
    " (rmamani@iafa.example), con el Dr. Ignacio Benavente, del Laboratorio de Hipoxia de"
    " Santiago de Chile. Los datos del Dr. Benavente están en el correo de Rodrigo más abajo.",
    "Könnten Sie meinen Doktoranden Rodrigo Mamani (rmamani@iafa.example) mit Dr. Ignacio"
    " Benavente vom Hypoxielabor in Santiago in Kontakt bringen? Die Kontaktdaten von Dr."
    " Benavente stehen in Rodrigos Mail unten.",
    "Poderia pôr o meu doutorando, Rodrigo Mamani (rmamani@iafa.example), em contacto com o"
    " Dr. Ignacio Benavente, do Laboratório de Hipoxia de Santiago? Os dados do Dr."
    " Benavente estão no e-mail do Rodrigo abaixo.",
    "Naomba umuunganishe mwanafunzi wangu, Rodrigo Mamani (rmamani@iafa.example), na Dkt."
    " Ignacio Benavente wa maabara ya Santiago. Maelezo ya Dkt. Benavente yako kwenye barua"
    " pepe ya Rodrigo hapo chini.",
]

_QUOTE = (
    "\n\nSaludos,\nXimena\n\n"
    "El mar, 4 nov 2025 a las 18:27, Rodrigo Mamani (<rmamani@iafa.example>) escribió:\n"
    "> Doctora, el único grupo con el protocolo es el del Dr. Ignacio\n"
    "> Benavente en Santiago ({address}). Publicó el año pasado.\n"
    ">\n> Saludos,\n> Rodrigo\n"
)


@pytest.mark.parametrize("ask", _ASKS)
def test_the_quoted_address_spelling_the_one_whose_details_are_below_is_theirs(ask: str) -> None:
    result = understand(ask + _QUOTE.format(address="ibenavente@hipoxia.example"), sender=_SENDER)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_RODRIGO, _BENAVENTE)
    assert result.confident


@pytest.mark.parametrize(
    "address",
    [
        # Spelling no one the writer names.
        "lab.hipoxia@hipoxia.example",
        # Spelling another first name with the surname.
        "abenavente@hipoxia.example",
        # Two addresses spelling him.
        "ibenavente@hipoxia.example) o (ignacio.benavente@uchile.example",
    ],
)
def test_a_quoted_address_not_his_alone_leaves_him_unsure(address: str) -> None:
    result = understand(_ASKS[2] + _QUOTE.format(address=address), sender=_SENDER)
    assert result.b is not None
    assert result.b.email is None
    assert not result.confident


def test_an_address_written_after_someone_elses_name_is_not_his() -> None:
    quote = _QUOTE.replace(
        "Benavente en Santiago ({address})", "Benavente; ver Ana Ruiz ({address})"
    )
    result = understand(
        _ASKS[2] + quote.format(address="benavente@hipoxia.example"), sender=_SENDER
    )
    assert not result.confident


def test_without_a_pointer_below_the_quoted_address_ties_nothing() -> None:
    pointer = " Los datos del Dr. Benavente están en el correo de Rodrigo más abajo."
    ask = _ASKS[2].replace(pointer, "")
    result = understand(ask + _QUOTE.format(address="ibenavente@hipoxia.example"), sender=_SENDER)
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "His details are not in the email below.",
        "No tengo los datos del Dr. Benavente, ni en el correo de abajo.",
        "Thanks for the details. See the photo below.",
        "Je n'ai pas ses coordonnées, même plus bas.",
    ],
)
def test_a_negated_or_broken_pointer_points_nowhere(text: str) -> None:
    assert not points_below(normal_text(text), load_rules())
