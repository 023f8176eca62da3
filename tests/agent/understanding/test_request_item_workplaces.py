"""A list item pairing two people, the last followed by where they work ("com o Henrique
Matos do restaurante Xisto", "with Henrique Matos of Xisto", "avec Henrique Matos du
restaurant Xisto") and a mark, is read as a pair as an item closing on the name is: the
address the item then gives ("o email do Henrique é ...") is theirs, the other's missing
one asked about."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("greeting", "lead", "joined", "item"),
    [
        (
            "Bom dia!",
            "Precisava de ajuda com umas apresentações:",
            "com",
            "- a Joana Pereira com o Henrique Matos do restaurante Xisto"
            " — o email do Henrique é henrique@xisto.test.",
        ),
        (
            "Hi!",
            "I need help with a few intros:",
            "with",
            "- Joana Pereira with Henrique Matos of Xisto"
            " - Henrique's email is henrique@xisto.test.",
        ),
        (
            "Bonjour,",
            "J'aurais besoin d'aide pour quelques mises en relation :",
            "avec",
            "- Joana Pereira avec Henrique Matos du restaurant Xisto"
            " - l'adresse d'Henrique est henrique@xisto.test.",
        ),
        (
            "Hola:",
            "Necesito ayuda con unas presentaciones:",
            "con",
            "- Joana Pereira con Henrique Matos del restaurante Xisto"
            " - el correo de Henrique es henrique@xisto.test.",
        ),
        (
            "Hallo,",
            "Ich bräuchte Hilfe bei ein paar Vorstellungen:",
            "mit",
            "- Joana Pereira mit Henrique Matos vom Restaurant Xisto"
            " - Henriques Adresse ist henrique@xisto.test.",
        ),
        (
            "Habari,",
            "Nahitaji msaada na utambulisho kadhaa:",
            "na",
            "- Joana Pereira na Henrique Matos wa mgahawa Xisto"
            " - barua pepe ya Henrique ni henrique@xisto.test.",
        ),
    ],
)
def test_an_item_going_on_to_a_workplace_is_a_pair(
    greeting: str, lead: str, joined: str, item: str
) -> None:
    first = "- Rui Tavares (rui@barcos.test) {} Mariana Lopes (mariana@valealto.test);"
    text = f"{greeting}\n\n{lead}\n\n{first.format(joined)}\n{item}\n\nCatarina"
    got = understand(text)
    assert got.kind == "intro_request"
    assert (got.a, got.b) == (
        Party("Rui Tavares", "rui@barcos.test"),
        Party("Mariana Lopes", "mariana@valealto.test"),
    )
    assert got.more == (
        Pair(Party("Joana Pereira", None), Party("Henrique Matos", "henrique@xisto.test")),
    )
    assert not got.confident
