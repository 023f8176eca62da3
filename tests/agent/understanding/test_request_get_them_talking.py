""" "Can you get them talking?" after two people told of asks to introduce them, as "Can
you hook them up?" does (``triggers`` phrases in each language): with both named with
their addresses the pair is read; with one known only by a name and no address the mail
is asked about, never left unread as no request. Told of as done ("we got them talking")
it asks nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


def test_get_them_talking_after_two_with_addresses_reads_the_pair() -> None:
    result = understand(
        "My uncle Pavel Novak (pavel@novakbuild.example) restores sash windows and Irene"
        " Walsh (irene@walshlets.example) owns a row of old terraces. Could you get them"
        " talking?\n\nThanks,\nNora"
    )
    assert result.kind == "intro_request"
    emails = {p.email for p in (result.a, result.b) if p is not None}
    assert emails == {"pavel@novakbuild.example", "irene@walshlets.example"}


@pytest.mark.parametrize(
    "text",
    [
        # English: one of the two known only by a first name and a guessed surname.
        "my nephew Ollie Brandt does tiling (ollie@brandttiles.example) and Marge from my"
        " book club just bought a flat that needs a new bathroom lol. so can you get them"
        " talking. no email for Marge sorry\n\nta\nNora",
        "Pavel Novak (pavel@novakbuild.example) fixes windows; the woman who runs the"
        " allotments, Sue something, needs her shed redone. Could you get the two of them"
        " talking?\n\nNora",
        # Spanish.
        "Mi cuñado Tomás Rivas (tomas@rivasobras.example) hace reformas y la señora Elvira"
        " del tercero busca a alguien para la cocina. ¿Puedes ponerlos a hablar? No tengo"
        " el correo de Elvira.\n\nGracias,\nNora",
        # Portuguese.
        "O meu cunhado Tomás Rivas (tomas@rivasobras.example) faz remodelações e a dona"
        " Elvira do terceiro andar procura alguém para a cozinha. Consegues pô-los a"
        " conversar? Não tenho o email dela.\n\nObrigada,\nNora",
        # German.
        "Mein Schwager Tomás Rivas (tomas@rivasobras.example) macht Renovierungen, und Frau"
        " Elvira aus dem dritten Stock sucht jemanden für ihre Küche. Kannst du die beiden"
        " ins Gespräch bringen? Ihre Adresse habe ich nicht.\n\nDanke,\nNora",
        # French.
        "Mon beau-frère Tomás Rivas (tomas@rivasobras.example) fait des rénovations et"
        " Mme Elvira du troisième cherche quelqu'un pour sa cuisine. Tu pourrais les faire"
        " se parler ? Je n'ai pas son adresse.\n\nMerci,\nNora",
        # Swahili.
        "Shemeji yangu Tomás Rivas (tomas@rivasobras.example) hufanya ukarabati na Bi"
        " Elvira wa ghorofa ya tatu anatafuta fundi wa jiko. Je, unaweza kuwafanya"
        " waongee? Sina barua pepe yake.\n\nAsante,\nNora",
    ],
)
def test_get_them_talking_with_a_party_unaddressed_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "We finally got them talking last spring and the roof is done now.\n\nNora",
        "Pavel Novak (pavel@novakbuild.example) and Irene Walsh (irene@walshlets.example)"
        " met at the fair; I got them talking there.\n\nNora",
    ],
)
def test_got_them_talking_told_asks_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"
