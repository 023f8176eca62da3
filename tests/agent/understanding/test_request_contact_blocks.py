"""A block of contacts the writer lists below their signature ("Contacts:", "Coordonnées :",
"Contactos:", "Kontakte:", "Contatos:", "Mawasiliano:") is the writer's text again: the
addresses it writes beside names are those people's, as a postscript's are."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_EFUA = Party("Efua Mensah-Bonsu", "efua.mensahbonsu@gmail.com")
_YAW = Party("Yaw Owusu", "yaw.owusu@kumasicodes.example")
_LINES = (
    "Efua Mensah-Bonsu - efua.mensahbonsu@gmail.com\n"
    "Yaw Owusu - yaw.owusu@kumasicodes.example\n"
    "Abena Boateng (treasurer, just so you have it) - abena@codeclub.example\n"
)


@pytest.mark.parametrize(
    ("ask", "thanks", "label"),
    [
        ("Please introduce Efua and Yaw to each other.", "Thanks", "Contacts:"),
        ("Please introduce Efua and Yaw to each other.", "Thanks", "Contact details:"),
        ("Pourriez-vous présenter Efua et Yaw l'un à l'autre ?", "Merci", "Coordonnées :"),
        ("¿Podrías presentar a Efua y Yaw entre sí?", "Gracias", "Contactos:"),
        ("Könntest du Efua und Yaw miteinander bekannt machen?", "Danke", "Kontakte:"),
        ("Você pode apresentar a Efua e o Yaw um ao outro?", "Obrigado", "Contatos:"),
        ("Tafadhali mtambulishe Efua kwa Yaw.", "Asante", "Mawasiliano:"),
    ],
)
def test_a_contacts_block_below_the_signature_gives_the_addresses(
    ask: str, thanks: str, label: str
) -> None:
    result = understand(f"Hello,\n\n{ask}\n\n{thanks}\nAnn\n\n{label}\n{_LINES}")
    assert (result.a, result.b) == (_EFUA, _YAW)
    assert result.confident


@pytest.mark.parametrize(
    "label",
    [
        # No label: the lines below the signature are the writer's side's.
        "",
        # No colon: no label heading a list.
        "Contacts",
        # A word of the signature, no label of contacts.
        "Office:",
    ],
)
def test_lines_below_the_signature_without_a_contacts_label_give_nothing(label: str) -> None:
    result = understand(
        "Hello,\n\nPlease introduce Efua and Yaw to each other.\n\n"
        f"Thanks\nAnn\n\n{label}\n{_LINES}"
    )
    assert result.a is not None and result.a.email is None
    assert not result.confident


def test_a_contacts_label_over_no_named_address_opens_no_block() -> None:
    result = understand(
        "Hello,\n\nPlease introduce Efua and Yaw to each other.\n\nThanks\nAnn\n\n"
        "Contacts:\n+233 20 000 0000\n\nefua.mensahbonsu@gmail.com\n"
    )
    assert not result.confident
