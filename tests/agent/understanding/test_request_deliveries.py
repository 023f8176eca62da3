"""Where the writer says the intro is to be sent ("Kindly send the introduction to the
Principal's own email, principal@...", "envoyez la mise en relation à l'adresse du
Directeur", "envía la presentación al correo del Rector", "schicken Sie die Vorstellung
an die E-Mail-Adresse des Direktors", "envie a apresentação para o e-mail do Diretor",
"tuma utambulisho kwa barua pepe ya Mkuu wa Shule") says where mail goes, not who is
introduced: no one is paired from it, and the address it gives, no party's, leaves the
request to be asked about. An ask naming a person after "to" is read as ever."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

ANN = Party("Ann Lee", "ann@lee.example")
PRIYA = Party("Priya Raman", "priya@lumen.example")
# At the writer's own domain: a colleague's address, which leaves no one out by itself.
_BOSS = "director@lee.example"


def test_delivery_alone_pairs_no_one() -> None:
    result = understand(
        "Hi,\n\nPlease send the introduction to the Principal's own email, "
        "principal@kingsgate.example.\n\nThanks,\nAnn"
    )
    assert not result.confident
    assert result.a is None and result.b is None


@pytest.mark.parametrize(
    "text",
    [
        "Please introduce me to Priya Raman (priya@lumen.example). Kindly send the "
        f"introduction to the Director's own email, {_BOSS}, and not to me.",
        "Please introduce me to Priya Raman (priya@lumen.example). Please send the intro "
        f"to Mr. Holt's work email address: {_BOSS}.",
        "Pourriez-vous me présenter à Priya Raman (priya@lumen.example) ? Merci d'envoyer "
        f"la mise en relation à l'adresse du Directeur, {_BOSS}.",
        "¿Podrías presentarme a Priya Raman (priya@lumen.example)? Por favor, envía la "
        f"presentación al correo del Rector, {_BOSS}.",
        "Könnten Sie mich mit Priya Raman (priya@lumen.example) bekannt machen? Bitte "
        f"schicken Sie die Vorstellung an die E-Mail-Adresse des Direktors, {_BOSS}.",
        "Você pode me apresentar à Priya Raman (priya@lumen.example)? Por favor, envie a "
        f"apresentação para o e-mail do Diretor, {_BOSS}.",
        "Tafadhali nitambulishe kwa Priya Raman (priya@lumen.example). Tafadhali tuma "
        f"utambulisho kwa barua pepe ya Mkuu wa Shule, {_BOSS}.",
    ],
)
def test_delivery_beside_an_ask_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident
    assert all(_BOSS not in (p.a.email, p.b.email) for p in result.more)
    assert _BOSS not in ((result.a and result.a.email), (result.b and result.b.email))


@pytest.mark.parametrize(
    "text",
    [
        # A person after "to", no address word: the ask itself.
        "Could you send an introduction to Priya Raman (priya@lumen.example)?",
        # A place word before the address word: the person, then where to reach them.
        "Could you send an introduction to Priya Raman at her work email (priya@lumen.example)?",
        # A role and a name: an ask still.
        "Please introduce me to the Director, Priya Raman (priya@lumen.example).",
        # The delivery address is the party's own: nothing asked that the agent won't do.
        "Please introduce me to Priya Raman. Please send the introduction to Priya's "
        "own email, priya@lumen.example.",
    ],
)
def test_near_misses_keep_their_ask(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ANN, PRIYA)
    assert result.confident
