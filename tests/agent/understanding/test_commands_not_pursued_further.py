"""In a reply in the agent's thread, a plea not to pursue the intro any further, said with
the infinitive or imperative alone ("bitte nicht weiter verfolgen, Frau Martens hat sich
schon gemeldet", "please don't pursue this any further", "merci de ne pas y donner
suite", "por favor no seguir adelante", "por favor não dar seguimento", "tafadhali
msiendelee nalo") cancels the thread's intro; a plea to hold it for now cancels nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_QUOTED = (
    "\n\nAm 17.11.2025 um 09:31 schrieb Intro Agent <intro@introbot.net>:\n> Hallo Herr"
    " Brinkmann,\n>\n> ich schreibe jetzt Ilse Martens an und frage, ob sie einverstanden"
    " ist.\n"
)
_THREAD = {
    "subject": "Re: Ihre Anfrage: Holger Brinkmann <> Ilse Martens",
    "headers": {"In-Reply-To": "<intro.d52b90.ack@introbot.net>"},
}


@pytest.mark.parametrize(
    "text",
    [
        "Hallo,\n\nbitte nicht weiter verfolgen, Frau Martens hat sich über einen Kollegen"
        " schon bei mir gemeldet. Trotzdem danke.\n\nGruß\nH. Brinkmann",
        "Hallo,\n\ndas bitte nicht mehr weiterverfolgen, wir kennen uns schon.\n\nGruß",
        "Hi,\n\nplease don't pursue this any further, Ilse already got in touch with me."
        " Thanks anyway.\n\nHolger",
        "Hi,\n\nplease don't take it any further, we've met.\n\nHolger",
        "Bonjour,\n\nmerci de ne pas y donner suite, Mme Martens m'a déjà contacté.\n\nHolger",
        "Hola,\n\npor favor no seguir adelante, la señora Martens ya me contactó.\n\nHolger",
        "Olá,\n\npor favor não dar seguimento, a Sra. Martens já me contactou.\n\nHolger",
        "Habari,\n\ntafadhali msiendelee nalo, Bi Martens ameshawasiliana nami.\n\nHolger",
    ],
)
def test_not_pursuing_it_further_in_a_thread_cancels_it(text: str) -> None:
    result = understand(text + _QUOTED, **_THREAD)
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.context == "thread"


@pytest.mark.parametrize(
    "text",
    [
        "Hallo,\n\nbitte noch nicht weiter verfolgen, ich melde mich nächste Woche.\n\nGruß",
        "Hallo,\n\nich werde das nicht weiter verfolgen können, aber Frau Martens ist sehr"
        " nett.\n\nGruß",
        "Hi,\n\nplease don't pursue this any further yet, I'll get back to you.\n\nHolger",
    ],
)
def test_holding_it_or_telling_of_oneself_cancels_nothing(text: str) -> None:
    result = understand(text + _QUOTED, **_THREAD)
    assert result.kind != "command"
