"""A cancel after a greeting that governs the ask it cancels ("hi! can you cancel the
request to introduce Bia to Marc Lee?", "oi! pode cancelar aquele pedido de apresentar a
Bia ao Marc Lee?") is a cancel, whatever the subject: the ask verb after the greeting is
the one the cancel's own sentence governs, no new ask. A new ask in another sentence still
makes the mail a request. The Quebec "laisse faire pour X" after "Allo," cancels the
intro with X, as "laisse tomber pour X" does."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

CANCELS = [
    "hi! can you cancel the request to introduce Bia to Marc Lee? she already booked another DJ",
    "salut ! tu peux annuler la demande de présenter Bia à Marc Lee ? elle a trouvé un autre DJ",
    "hola! ¿puedes cancelar la solicitud de presentar a Bia a Marc Lee? ya contrató a otro DJ",
    "hallo! kannst du die Anfrage, Bia mit Marc Lee bekannt zu machen, abbrechen? sie hat schon"
    " einen anderen DJ",
    "oi! pode cancelar aquele pedido de apresentar a Bia ao Marc Lee? ela já fechou com outro DJ",
    "habari! unaweza kufuta ombi la kumtambulisha Bia kwa Marc Lee? ameshapata DJ mwingine",
]


@pytest.mark.parametrize("subject", ["cancel", "cancelar", "intro"])
@pytest.mark.parametrize("body", CANCELS)
def test_a_greeted_cancel_governing_its_ask_cancels(body: str, subject: str) -> None:
    result = understand(f"{body}\n\nRenata", subject=subject)
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    "body",
    [
        "hi! can you cancel the request to introduce Bia to Marc Lee? Also please introduce"
        " me to Carol Diaz.",
        "oi! pode cancelar o pedido da Bia? E pode me apresentar à Carol Diaz?",
    ],
)
def test_a_new_ask_beside_the_cancel_is_still_a_request(body: str) -> None:
    result = understand(f"{body}\n\nRenata", subject="cancel")
    assert result.kind == "intro_request"


@pytest.mark.parametrize("verb", ["Laisse faire", "Laissez faire", "Laisse tomber"])
def test_laisse_faire_pour_someone_cancels_in_a_longer_mail(verb: str) -> None:
    result = understand(
        f"Allo,\n\n{verb} pour Steve du camping Lac-Brome, on a trouvé une autre place pour"
        " loger les équipes du tournoi pee-wee (le cégep nous prête ses résidences). Pas"
        " besoin de lui écrire, merci!\n\nBonne fin de semaine\nKarine\n\nKarine Bouchard\n"
        "Tournoi pee-wee des Cantons",
        subject="Re: Demande de présentation",
        headers={"In-Reply-To": "<intro.a30f77.ack@introbot.net>"},
    )
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.context is not None and "Steve" in result.context


def test_a_thing_for_no_one_named_cancels_nothing() -> None:
    result = understand(
        "Allo,\n\nLaisse faire pour demain, on se reparle lundi pour le tournoi et les"
        " équipes, il reste plein de choses à régler avec le cégep et les parents des"
        " joueurs, merci!\n\nKarine",
        subject="Re: tournoi",
    )
    assert result.command is None
