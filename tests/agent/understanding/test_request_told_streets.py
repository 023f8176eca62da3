"""An address given by a pronoun ("Her email is ...") after a sentence saying where the
one named before works: a street ("on Argwings Kodhek Road", ``street_words``) or a
place English names before what it is ("at the Kids Neuro clinic") is no one; and an
address that spells the one named last whole, and no one else named before it, is
theirs though "her" might be another's ("connect Wambui with Dr Achieng Odhiambo")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WAMBUI = Party("Wambui Njoroge", "wambui.k@gmail.example")


@pytest.mark.parametrize(
    ("ask", "person"),
    [
        (
            "Could you please connect Wambui Njoroge (wambui.k@gmail.example) with Dr Achieng "
            "Odhiambo? She's the children's neurologist I told you about, at the Kids Neuro "
            "clinic on Argwings Kodhek Road. Her email is a.odhiambo@kidsneuro.example",
            Party("Achieng Odhiambo", "a.odhiambo@kidsneuro.example"),
        ),
        (
            "Pourriez-vous mettre Wambui Njoroge (wambui.k@gmail.example) en relation avec le "
            "Dr Claire Dubois ? Elle consulte à la clinique Les Tilleuls, Rue de la Paix. Son "
            "adresse est c.dubois@tilleuls.example",
            Party("Claire Dubois", "c.dubois@tilleuls.example"),
        ),
        (
            "¿Podrías poner a Wambui Njoroge (wambui.k@gmail.example) en contacto con la Dra. "
            "Lucía Gómez? Atiende en la Avenida Libertador. Su correo es "
            "l.gomez@clinica.example",
            Party("Lucía Gómez", "l.gomez@clinica.example"),
        ),
        (
            "Könnten Sie Wambui Njoroge (wambui.k@gmail.example) mit Dr. Anna Berg bekannt "
            "machen? Sie hat eine Praxis an der Kölner Allee. Ihre E-Mail-Adresse lautet "
            "a.berg@praxis.example",
            Party("Anna Berg", "a.berg@praxis.example"),
        ),
        (
            "Poderia pôr a Wambui Njoroge (wambui.k@gmail.example) em contacto com a Dra. "
            "Joana Reis? Ela atende na Rua Augusta Nova. O e-mail dela é "
            "j.reis@clinica.example",
            Party("Joana Reis", "j.reis@clinica.example"),
        ),
        (
            "Tafadhali mkutanishe Wambui Njoroge (wambui.k@gmail.example) na Dkt. Achieng "
            "Odhiambo. Yeye yuko Barabara Argwings Kodhek. Barua pepe yake ni "
            "a.odhiambo@kidsneuro.example",
            Party("Achieng Odhiambo", "a.odhiambo@kidsneuro.example"),
        ),
    ],
)
def test_a_street_or_a_clinic_leaves_the_address_to_the_one_named(ask: str, person: Party) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_WAMBUI, person}
    assert result.confident


def test_an_address_spelling_the_one_named_last_is_theirs() -> None:
    result = understand(
        "Could you please connect Wambui with Dr Achieng Odhiambo? She's the children's "
        "neurologist I told you about. Her email is a.odhiambo@kidsneuro.example\n"
        "Wambui's email is wambui.k@gmail.example.\n\nWambui Njoroge wrote to me last night."
    )
    assert {result.a, result.b} == {
        _WAMBUI,
        Party("Achieng Odhiambo", "a.odhiambo@kidsneuro.example"),
    }
    assert result.confident


@pytest.mark.parametrize(
    "ask",
    [
        # Near-miss: the address spells the other one named too.
        "Could you please connect Jane Odhiambo with Dr Achieng Odhiambo? She's the "
        "neurologist I told you about, on Argwings Kodhek Road. Her email is "
        "odhiambo@kidsneuro.example",
        # Near-miss: the address spells no one named.
        "Could you please connect Wambui Njoroge (wambui.k@gmail.example) with Dr Achieng "
        "Odhiambo? She's at the Kids Neuro clinic. Her email is info@kidsneuro.example",
        # Near-miss: a name closing on a street word after a title may be someone.
        "Could you please connect Wambui Njoroge (wambui.k@gmail.example) with Dr Achieng "
        "Odhiambo? She trained with Dr Della Street. Her email is della@street.example",
    ],
)
def test_the_address_stays_untied_otherwise(ask: str) -> None:
    result = understand(ask)
    assert not result.confident
