"""Someone described, then named after a comma by a phrase of one barely known ("the
chair of the parents' association, a certain Encarni", "una tal", "une certaine",
"einer gewissen", "uma tal", "anayeitwa") is the one asked for; so is one named by any
naming phrase after a role too long for a description ("the community grants officer at
shire council, her name is Leanne Croft"). A list of two asks whose second names its
party so, with no address, reads that pair too and is asked about, never acted on for
the first pair alone."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_BARELY_KNOWN = [
    "Could you introduce Jesus Barroso (jesus@town.example) to the chair of the PTA, a"
    " certain Encarni?\n\nThanks\nAnn",
    "Pourriez-vous présenter Jesus Barroso (jesus@town.example) à la présidente de"
    " l'association, une certaine Encarni ?\n\nMerci\nAnn",
    "¿Podría presentar a Jesus Barroso (jesus@town.example) a la presidenta del AMPA, una"
    " tal Encarni?\n\nGracias\nAnn",
    "Könnten Sie Jesus Barroso (jesus@town.example) mit der Vorsitzenden des Elternvereins,"
    " einer gewissen Monika, bekannt machen?\n\nDanke\nAnn",
    "Pode apresentar o Jesus Barroso (jesus@town.example) à presidente da associação de"
    " pais, uma tal Encarni?\n\nObrigada\nAnn",
    "Tafadhali mtambulishe Jesus Barroso (jesus@town.example) kwa mwenyekiti wa chama cha"
    " wazazi, anayeitwa Encarni.\n\nAsante\nAnn",
]


@pytest.mark.parametrize("body", _BARELY_KNOWN)
def test_one_barely_known_by_name_is_the_one_described(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.a == Party("Jesus Barroso", "jesus@town.example")
    assert result.b is not None
    assert result.b.name in ("Encarni", "Monika")
    assert result.b.email is None
    assert not result.confident


_LONG_ROLES = [
    "Could you introduce Jesus Barroso (jesus@town.example) to the exchange coordinator at"
    " the nursing school over there, a certain Luciana?\n\nThanks\nAnn",
    "Pourriez-vous présenter Jesus Barroso (jesus@town.example) à la coordinatrice des"
    " échanges de l'école de soins infirmiers là-bas, une certaine Luciana ?\n\nMerci\nAnn",
    "¿Podría presentar a Jesus Barroso (jesus@town.example) a la coordinadora de"
    " intercambios de la escuela de enfermería de allí, una tal Luciana?\n\nGracias\nAnn",
    "Pode apresentar o Jesus Barroso (jesus@town.example) à coordenadora de intercâmbios"
    " da escola de enfermagem de lá, uma tal Luciana?\n\nObrigada\nAnn",
]


@pytest.mark.parametrize("body", _LONG_ROLES)
def test_a_long_role_named_by_a_naming_phrase(body: str) -> None:
    result = understand(body)
    assert result.a == Party("Jesus Barroso", "jesus@town.example")
    assert result.b == Party("Luciana", None)
    assert not result.confident


def test_a_long_role_named_with_an_address_is_acted_on() -> None:
    result = understand(
        "hi mate\n\ncan u get me in front of the community grants officer at shire council,"
        " her name is Leanne Croft and her email is leanne.croft@shire.example . we r a"
        " tiny coastcare group\n\nta\nAnn"
    )
    assert result.a == Party("Ann Lee", "ann@lee.example")
    assert result.b == Party("Leanne Croft", "leanne.croft@shire.example")
    assert result.confident


def test_a_second_ask_of_a_list_named_so_is_read_and_asked_about() -> None:
    result = understand(
        "Buenos días:\n\nLe solicitamos dos presentaciones:\n\n1) Rafael Montoya"
        " (rafael@ies.example) con Carmen Saldaña (carmen@cruz.example), para las"
        " prácticas.\n\n2) Nuestro técnico, Jesús Barroso (jesus@lee.example), con la"
        " presidenta del AMPA del CEIP San Sebastián, una tal Encarni, de la que no"
        " disponemos de correo electrónico.\n\nAtentamente,\nAnn",
        sender="Ann Lee <ann@lee.example>",
    )
    assert (result.a, result.b) == (
        Party("Rafael Montoya", "rafael@ies.example"),
        Party("Carmen Saldaña", "carmen@cruz.example"),
    )
    assert [(pair.a, pair.b) for pair in result.more] == [
        (Party("Jesús Barroso", "jesus@lee.example"), Party("Encarni", None))
    ]
    assert not result.confident
