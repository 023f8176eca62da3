"""A writer torn about the intro ("Part of me wants you to connect us", "the other part
says wait", "L'autre partie de moi dit d'attendre", "Una parte de mí quiere que nos
pongas en contacto ya", "Uma parte de mim quer que você nos apresente") or who will sleep
on it or leaves it to the agent ("I'll sleep on it. or you tell me", "Ich schlafe noch
mal drüber", "Nitalifikiria kwanza") asks for the intro with the one named, and the
request is asked about, never acted on. "I want you to connect us now." alone asks
outright."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

PUBLISHER = "Élodie Gagnon at Pixel Nord (elodie@pixelnord.ca) publishes cozy roguelites."

TORN = [
    f"{PUBLISHER} Part of me wants you to connect us.",
    f"{PUBLISHER} Could you connect us? I'll sleep on it. or you tell me",
    "Élodie Gagnon de Pixel Nord (elodie@pixelnord.ca) publie des jeux comme le nôtre. Peux-tu"
    " nous mettre en contact ? L'autre partie de moi dit d'attendre la démo.",
    "Élodie Gagnon, de Pixel Nord (elodie@pixelnord.ca), publica juegos como el nuestro. Una"
    " parte de mí quiere que nos pongas en contacto ya. La otra parte de mí dice que espere.",
    "Élodie Gagnon von Pixel Nord (elodie@pixelnord.ca) verlegt Spiele wie unseres. Kannst du"
    " mich mit Élodie Gagnon bekannt machen? Ich schlafe noch mal drüber.",
    "A Élodie Gagnon da Pixel Nord (elodie@pixelnord.ca) publica jogos como o nosso. Uma parte"
    " de mim quer que você nos apresente já. A outra parte de mim diz para esperar.",
    "Élodie Gagnon wa Pixel Nord (elodie@pixelnord.ca) anachapisha michezo kama yetu."
    " Tafadhali tuunganishe. Nitalifikiria kwanza.",
]


@pytest.mark.parametrize("body", TORN)
def test_a_torn_writer_is_asked_about_the_intro_with_the_one_named(body: str) -> None:
    result = understand(f"{body}\n\ngabe", subject="intro?")
    assert result.kind == "intro_request"
    assert not result.confident
    assert result.b is not None and result.b.email == "elodie@pixelnord.ca"


def test_wanting_the_intro_outright_is_a_confident_ask() -> None:
    result = understand(f"{PUBLISHER} I want you to connect us now.\n\ngabe", subject="intro")
    assert result.kind == "intro_request" and result.confident
