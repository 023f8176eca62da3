"""A list of pairs written with arrows: "1. Tom Reilly (...), final-year MEng Mechanical\n
-> Jan Hollmann (...)". An arrow opening a line carries the item before it on (no bullet),
and what the first one, written with an address, studies or does may stand between a comma
and the arrow ("final-year MEng Mechanical", "MSc Food Science")."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import LIST_ITEM, tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

SENDER = "Ruth Okeke <r.okeke@uni.example>"
TOM = Party("Tom Reilly", "t.reilly@uni.example")
JAN = Party("Jan Hollmann", "jan@werft.example")
AISHA = Party("Aisha Bello", "a.bello@uni.example")
MARTA = Party("Marta Pinto", "marta@quinta.example")


@pytest.mark.parametrize(
    ("opening", "tom", "aisha"),
    [
        ("Could you please set up the introductions below?", "", ""),
        (
            "Could you please set up the introductions below?",
            ", final-year MEng Mechanical",
            ", MSc Food Science",
        ),
        (
            "Pourriez-vous faire les mises en relation ci-dessous ?",
            ", master en génie mécanique",
            ", MSc Food Science",
        ),
        (
            "Könnten Sie bitte folgende Vorstellungen übernehmen?",
            ", Master Maschinenbau",
            ", MSc Food Science",
        ),
    ],
)
def test_arrow_on_its_own_line_pairs_the_item(opening: str, tom: str, aisha: str) -> None:
    result = understand(
        f"Hello,\n\n{opening}\n\n1. Tom Reilly (t.reilly@uni.example){tom}\n   -> Jan Hollmann"
        f" (jan@werft.example)\n   Jan offered a placement.\n\n2. Aisha Bello"
        f" (a.bello@uni.example){aisha}\n   -> Marta Pinto (marta@quinta.example)\n\nRuth",
        sender=SENDER,
    )
    assert (result.a, result.b) == (TOM, JAN)
    assert [(p.a, p.b) for p in result.more] == [(AISHA, MARTA)]
    assert result.confident


def test_arrow_opening_a_line_is_no_bullet_but_a_dash_is() -> None:
    rules = load_rules()
    arrow = [item.lower for item in tokenize("Tom Reilly\n   -> Jan Hollmann", rules)]
    dash = [item.lower for item in tokenize("Tom Reilly\n- Jan Hollmann", rules)]
    assert LIST_ITEM not in arrow
    assert LIST_ITEM in dash


def test_someone_named_between_the_comma_and_the_arrow_is_no_description() -> None:
    # "Tom Reilly (...), Anna Weber -> Jan": Anna is one more person, not Tom's course.
    result = understand(
        "Could you please set up the introductions below?\n\n1. Tom Reilly"
        " (t.reilly@uni.example), Anna Weber -> Jan Hollmann (jan@werft.example)\n\n2. Aisha"
        " Bello (a.bello@uni.example) -> Marta Pinto (marta@quinta.example)\n\nRuth",
        sender=SENDER,
    )
    assert (result.a, result.b) != (TOM, JAN) or not result.confident


CARMEN = Party("Carmen Villalobos", "cvillalobos@hotelbahia.example")
PABLO = Party("Pablo Heredia", "pablo@agencia.example")
OSCAR = Party("Oscar Lindqvist", "oscar@nordicav.example")
LUCIA = Party("Lucia Fernandez", "lucia@palacio.example")


@pytest.mark.parametrize("arrow", ["\u2194", "\u21c4"])
@pytest.mark.parametrize(
    ("opening", "carmen", "thanks"),
    [
        ("Could you please connect these two pairs?", "head of reservations at", "Thanks"),
        (
            "Pourriez-vous mettre en relation ces deux binômes ?",
            "cheffe des réservations de l'",
            "Merci",
        ),
        (
            "¿Podrías poner en contacto a estas dos parejas?",
            "jefa de reservas del",
            "Gracias",
        ),
        (
            "Könnten Sie bitte diese zwei Paare zusammenbringen?",
            "Leiterin der Reservierung im",
            "Danke",
        ),
        (
            "Poderia pôr em contacto estes dois pares?",
            "chefe de reservas do",
            "Obrigada",
        ),
        (
            "Tafadhali waunganishe watu hawa wawili wawili.",
            "meneja wa uhifadhi wa",
            "Asante",
        ),
    ],
)
def test_a_double_headed_arrow_after_a_description_pairs_as_an_arrow_does(
    arrow: str, opening: str, carmen: str, thanks: str
) -> None:
    # "Carmen Villalobos (...), jefa de reservas del Hotel Bahía ↔ Pablo Heredia": the
    # hotel is where Carmen works, she is the one paired.
    result = understand(
        f"{opening}\n\n1. Carmen Villalobos (cvillalobos@hotelbahia.example), {carmen} Hotel"
        f" Bahia {arrow} Pablo Heredia (pablo@agencia.example)\n\n2. Oscar Lindqvist"
        f" (oscar@nordicav.example) {arrow} Lucia Fernandez (lucia@palacio.example)"
        f"\n\n{thanks},\nIrene",
        sender=SENDER,
    )
    assert (result.a, result.b) == (CARMEN, PABLO)
    assert [(p.a, p.b) for p in result.more] == [(OSCAR, LUCIA)]
    assert result.confident


def test_someone_named_between_the_comma_and_a_double_headed_arrow_is_no_description() -> None:
    result = understand(
        "Could you please connect these two pairs?\n\n1. Carmen Villalobos"
        " (cvillalobos@hotelbahia.example), Anna Weber \u2194 Pablo Heredia"
        " (pablo@agencia.example)\n\n2. Oscar Lindqvist (oscar@nordicav.example) \u2194 Lucia"
        " Fernandez (lucia@palacio.example)\n\nIrene",
        sender=SENDER,
    )
    assert (result.a, result.b) != (CARMEN, PABLO) or not result.confident
