"""Asking whether the two people will see each other's addresses ("will they see each
other's email addresses straight away?", "est-ce qu'ils verront l'adresse de l'autre ?",
"¿verán el correo del otro?", "sehen die beiden die E-Mail-Adresse des anderen?", "eles vão
ver o e-mail um do outro?", "wataona barua pepe za kila mmoja?") or whether two names are
all one sends ("Do I just email you the names?") asks how the agent works, in a mail of up
to 160 words that names no pair; beside a pair it stays the request, and seeing each other
at a market is no such question."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_ASKS = [
    "Good evening,\n\nMy cousin who runs the bar at the Caledonian told me about this address "
    "and said you could help with introductions.\n\nBefore I try, how does it work in "
    "practice? Do I just email you the names and addresses of the two people? And will they "
    "see each other's email addresses right away, or only once both have said yes? I manage "
    "a small florist in Leith and my customers value their privacy a great deal.\n\nKind "
    "regards,\nIsla Murray",
    "Hi, a friend passed me this address. Do I just send you two names?",
    "Bonsoir, une amie m'a donné cette adresse pour des mises en relation. Est-ce qu'ils "
    "verront l'adresse de l'autre tout de suite, ou seulement si les deux acceptent ? Je "
    "tiens une petite boulangerie et je ne veux pas déranger mes clients.\n\nMerci, Odile",
    "Hola, una amiga me pasó esta dirección para pedir presentaciones. ¿Verán el correo del "
    "otro enseguida, o solo si los dos aceptan? Tengo una pequeña panadería y no quiero "
    "molestar a mis clientes.\n\nGracias, Pilar",
    "Hallo, eine Freundin hat mir diese Adresse gegeben. Sehen die beiden gleich die "
    "E-Mail-Adresse des anderen, oder erst wenn beide zugestimmt haben? Ich habe eine kleine "
    "Bäckerei und möchte meine Kunden nicht belästigen.\n\nDanke, Heike",
    "Olá, uma amiga me passou este endereço. Eles vão ver o e-mail um do outro logo de cara, "
    "ou só se os dois aceitarem? Tenho uma padaria pequena e não quero incomodar meus "
    "clientes.\n\nObrigada, Rita",
    "Habari, rafiki yangu alinipa anwani hii. Je, wataona barua pepe za kila mmoja mara moja, "
    "au tu wakikubali wote wawili? Nina duka dogo la mikate na sitaki kuwasumbua wateja "
    "wangu.\n\nAsante, Neema",
]


@pytest.mark.parametrize("text", _ASKS)
def test_asking_whether_they_see_each_others_address_is_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


def test_beside_a_pair_it_stays_the_request() -> None:
    result = understand(
        "Please introduce Sam Lee (sam@lee.example) to Jo Park (jo@park.example). Will they "
        "see each other's email addresses straight away?"
    )
    assert result.kind == "intro_request"


def test_seeing_each_others_stands_asks_nothing() -> None:
    result = understand(
        "We met at the fair, will we see each other's stands again next year? Thanks for "
        "organising it all, it was great."
    )
    assert result.kind == "not_a_request"
