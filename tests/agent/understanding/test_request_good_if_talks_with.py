"""A wish that someone talk with someone else, or with someone at a firm ("estaría bueno que
Martín hable con alguien de Tecnoedil", "it would be good if Martin could talk to someone
at Tecnoedil", "ce serait bien que Martin parle avec quelqu'un de Tecnoedil", "seria bom
que o Martin falasse com alguém da Tecnoedil", "es wäre gut, wenn Martin mit jemandem von
Tecnoedil sprechen könnte", "ingekuwa vizuri kama Martin angeongea na mtu wa Tecnoedil")
asks for that intro: with no address, it is asked about. Said of the one written to ("if
you could talk to your boss") it asks none."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "Che, no sé si esto lo podés hacer vos: estaría bueno que Martín hable con alguien de"
        " Tecnoedil por el tema del hormigón. ¿Conocés a alguien ahí? Si no, dejalo, lo busco"
        " por otro lado.\n\nGustavo",
        "Hi, it would be good if Martín could talk to someone at Tecnoedil about the"
        " concrete.\n\nGus",
        "Bonjour, ce serait bien que Martín parle avec quelqu'un de Tecnoedil pour le béton."
        "\n\nGus",
        "Olá, seria bom que o Martín falasse com alguém da Tecnoedil sobre o betão.\n\nGus",
        "Hallo, es wäre gut, wenn Martín mit jemandem von Tecnoedil sprechen könnte.\n\nGus",
        "Habari, ingekuwa vizuri kama Martín angeongea na mtu wa Tecnoedil kuhusu saruji.\n\nGus",
    ],
)
def test_a_wish_to_talk_with_someone_at_a_firm_is_asked_about(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (Party("Martín", None), Party("Tecnoedil", None))
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Would be great if Martín Ruiz (martin@ruiz.example) could talk to someone at Tecnoedil"
        " (pablo@tecnoedil.example).",
        "Estaría bueno que Martín Ruiz (martin@ruiz.example) hable con alguien de Tecnoedil"
        " (pablo@tecnoedil.example).",
        "Seria bom que o Martín Ruiz (martin@ruiz.example) falasse com alguém da Tecnoedil"
        " (pablo@tecnoedil.example).",
    ],
)
def test_someone_at_a_firm_with_an_address_is_still_asked_about(body: str) -> None:
    # "someone at", "alguien de", "alguém da" (kin_cues): the one meant is not the firm.
    result = understand(body)
    assert result.kind == "intro_request"
    assert not result.confident


def test_a_wish_to_talk_with_someone_named_with_addresses_pairs_them() -> None:
    result = understand(
        "Hola, estaría bueno que Martín Paz (martin@paz.example) hable con Lucía Gómez"
        " (lucia@tecnoedil.example) por el tema del hormigón.\n\nGustavo"
    )
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (
        Party("Martín Paz", "martin@paz.example"),
        Party("Lucía Gómez", "lucia@tecnoedil.example"),
    )


@pytest.mark.parametrize(
    "body",
    [
        "Hi, it would be good if you could talk to your boss about it.\n\nGus",
        "Bonjour, ce serait bien que tu parles avec ton chef.\n\nGus",
        "Hola, estaría bueno que Martín hable con su jefe mañana.\n\nGustavo",
    ],
)
def test_a_wish_said_of_no_one_to_meet_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


_INES = Party("Inés Robledo", "ines.robledo@gmail.com")
_GONZALO = Party("Gonzalo Pérez", "gonzalo@perez.example")


@pytest.mark.parametrize(
    "body",
    [
        "It would make sense for Inés Robledo (ines.robledo@gmail.com) to talk to Gonzalo"
        " Pérez (gonzalo@perez.example) about the damp.",
        "Tendría sentido que Inés Robledo (ines.robledo@gmail.com) hablase con Gonzalo Pérez"
        " (gonzalo@perez.example) por lo de las humedades.",
        "Ça aurait du sens que Inés Robledo (ines.robledo@gmail.com) parle avec Gonzalo Pérez"
        " (gonzalo@perez.example) pour l'humidité.",
        "Faria sentido que a Inés Robledo (ines.robledo@gmail.com) falasse com o Gonzalo Pérez"
        " (gonzalo@perez.example) sobre a umidade.",
        "Ingekuwa busara kama Inés Robledo (ines.robledo@gmail.com) angeongea na Gonzalo Pérez"
        " (gonzalo@perez.example) kuhusu unyevu.",
    ],
)
def test_a_talk_that_would_make_sense_pairs_them(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_INES, _GONZALO)


def test_a_talk_that_would_make_sense_with_no_address_is_asked_about() -> None:
    result = understand(
        "Igual tendría sentido que Inés Robledo (ines.robledo@gmail.com), la propietaria del"
        " ático, hablase con Gonzalo, el aparejador de la comunidad, por lo de las humedades."
    )
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_INES, Party("Gonzalo", None))
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "It doesn't make sense for Inés Robledo (ines.robledo@gmail.com) to talk to Gonzalo"
        " Pérez (gonzalo@perez.example) before the meeting.",
        "No tiene sentido que Inés Robledo (ines.robledo@gmail.com) hable con Gonzalo Pérez"
        " (gonzalo@perez.example) antes de la junta.",
        "Ça n'a pas de sens que Inés Robledo (ines.robledo@gmail.com) parle avec Gonzalo Pérez"
        " (gonzalo@perez.example) avant la réunion.",
        "Não faz sentido que a Inés Robledo (ines.robledo@gmail.com) fale com o Gonzalo Pérez"
        " (gonzalo@perez.example) antes da reunião.",
        "Isingekuwa busara kama Inés Robledo (ines.robledo@gmail.com) angeongea na Gonzalo"
        " Pérez (gonzalo@perez.example) kabla ya mkutano.",
    ],
)
def test_a_talk_that_would_make_no_sense_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


def test_a_surname_spelled_as_a_verb_stays_a_name() -> None:
    # "faria" (would make) is no word of the phrasing: "Inês Faria" keeps her surname.
    result = understand(
        "Faria sentido que o Rui Mendes (rui@mendes.example) falasse com a Inês Faria"
        " (ines@faria.example)."
    )
    assert (result.a, result.b) == (
        Party("Rui Mendes", "rui@mendes.example"),
        Party("Inês Faria", "ines@faria.example"),
    )
