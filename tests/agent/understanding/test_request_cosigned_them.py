"""A mail signed by its writer and a copied co-signer asking to introduce "them" (two
people it tells of) to someone: asked about, never acted on, in French ("Pourriez-vous
les présenter à ..."), Spanish ("¿Podrías presentarles a ...?", "les" the object of the
one written to, not the readers) and Portuguese ("Poderia apresentá-los a ...?") as in
English. "Me gustaría presentarles a Juan" to two people still presents Juan to them."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

PILAR = Party("Pilar Ortega", "pilar@ortega.example")
_SIGNED = "\n\nCarmen Ibáñez {} Luis Romero"


@pytest.mark.parametrize(
    "body",
    [
        "Good afternoon,\n\nOur twins Pablo and Diego are starting a band. Could you introduce"
        " them to Pilar Ortega (pilar@ortega.example)?\n\nKind regards," + _SIGNED.format("and"),
        "Bonjour,\n\nNos jumeaux Pablo et Diego montent un groupe. Pourriez-vous les présenter"
        " à Pilar Ortega (pilar@ortega.example) ?\n\nCordialement," + _SIGNED.format("et"),
        "Buenas tardes:\n\nNuestros gemelos Pablo y Diego están montando un grupo. ¿Podrías"
        " presentarles a Pilar Ortega (pilar@ortega.example)?\n\nUn saludo," + _SIGNED.format("y"),
        "Boa tarde,\n\nNossos gêmeos Pablo e Diego estão montando uma banda. Poderia"
        " apresentá-los a Pilar Ortega (pilar@ortega.example)?\n\nAbraços," + _SIGNED.format("e"),
    ],
)
def test_them_of_a_cosigned_mail_is_asked_about(body: str) -> None:
    result = understand(
        body, sender="Luis Romero <luis@romero.example>", cc="Carmen Ibáñez <carmen@ibanez.example>"
    )
    assert result.kind == "intro_request"
    assert result.b == PILAR
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Hola a los dos:\n\nMe gustaría presentarles a Juan Pérez (juan@perez.example), nuestro"
        " nuevo director.\n\nUn saludo,\nLuis",
        "Ana, Pedro:\n\n¿Puedo presentarles a Juan Pérez (juan@perez.example)? Es nuestro nuevo"
        " director.\n\nUn saludo,\nLuis",
    ],
)
def test_presenting_someone_to_the_readers_stays_no_request(body: str) -> None:
    result = understand(
        body,
        sender="Luis Romero <luis@romero.example>",
        to="Ana Gil <ana@gil.example>, Pedro Sanz <pedro@sanz.example>",
        cc="Intro Agent <intro@introbot.net>",
    )
    assert result.kind == "not_a_request"
