"""A short note in a reply whose signature alone makes it longer than a short mail is read
as the short note it is, its signature left out ("Finalement ce ne sera plus nécessaire
... Vous pouvez laisser tomber." over a name, a role and a town), and a cancel said in the
future ("ce ne sera plus nécessaire", "ya no será necesario", "das wird nicht mehr nötig
sein") is one as the present is. A postscript asking for an intro below the signature, or
a note long without its signature, stays as it was."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from tests.agent.understanding.test_requests import understand

_THREAD = {"In-Reply-To": "<intro-3f9b27c1e0@introbot.net>"}
_SIGNATURE = (
    "\n\nAnn Lee\nTown clerk's office - Parish of Upper Whitfield and Lower Whitfield\n"
    "Village Hall, Church Lane, Upper Whitfield, Herefordshire HR4 7QX\n"
    "Office hours Monday to Thursday, mornings only\n"
)

_NOTES = [
    "Hello,\n\nIn the end the parish council chose another electrician on Monday night for "
    "the hall lighting. You can drop it.\n\nThanks all the same and have a good day,",
    "Bonjour,\n\nFinalement le conseil municipal a retenu une autre entreprise lundi soir "
    "pour l'éclairage de la salle. Vous pouvez laisser tomber.\n\nMerci quand même,",
    "Hola,\n\nAl final el ayuntamiento eligió otra empresa el lunes por la noche para la "
    "iluminación del salón. Déjelo.\n\nGracias de todos modos y buen día,",
    "Hallo,\n\nder Gemeinderat hat sich am Montagabend für eine andere Firma für die "
    "Beleuchtung der Halle entschieden. Lassen Sie es.\n\nTrotzdem danke und schönen Tag,",
    "Olá,\n\nAfinal a junta escolheu outra empresa na segunda à noite para a iluminação do "
    "salão. Esqueça.\n\nObrigada na mesma e bom dia,",
    "Habari,\n\nBaraza la kijiji limechagua fundi mwingine jana usiku kwa taa za ukumbi "
    "wetu. Achana nalo.\n\nAsante hata hivyo na siku njema,",
]


@pytest.mark.parametrize("text", _NOTES)
def test_a_short_cancel_over_a_long_signature_cancels_the_thread(text: str) -> None:
    result = understand(text + _SIGNATURE, subject="Re: Your request", headers=_THREAD)
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.context == "thread"


@pytest.mark.parametrize(
    "text",
    [
        "Finalement ce ne sera plus nécessaire, le conseil a retenu une autre entreprise.",
        "Al final ya no será necesario, el consejo eligió otra empresa.",
        "Der Gemeinderat hat eine andere Firma gewählt, das wird nicht mehr nötig sein.",
        "It won't be necessary any more, the board picked another firm.",
        "Já não vai ser preciso, a câmara escolheu outra empresa.",
        "Haitahitajika tena, bodi imechagua kampuni nyingine.",
    ],
)
def test_no_longer_needed_said_in_the_future_cancels_in_a_thread(text: str) -> None:
    found = detect_command("Re: Your request", text, True)
    assert found is not None
    assert found.command == "cancel"


def test_a_postscript_asking_below_the_signature_keeps_the_mail_as_it_is() -> None:
    text = (
        _NOTES[0]
        + _SIGNATURE
        + "\nP.S. Could you introduce me to Carol Diaz (carol@diaz.example) instead? She "
        "rewires old halls."
    )
    result = understand(text, subject="Re: Your request", headers=_THREAD)
    assert result.command != "cancel"


def test_a_note_long_without_its_signature_stays_unread_as_a_command() -> None:
    text = (
        "Hello,\n\nIn the end the parish council chose another electrician on Monday night "
        "for the hall lighting, after a long debate about the quotes we had from three "
        "firms in the county and about whether the work could wait until spring when the "
        "budget for next year is set. You can drop it.\n\nThanks,"
    )
    result = understand(text + _SIGNATURE, subject="Re: Your request", headers=_THREAD)
    assert result.kind != "command"
