"""A sentence or list item carrying on the request before it may open on "then" ("- Then
me with Carol Diaz (...)", "- Pis moi avec Rui Costa du Fonds Capitale, rui@..., pour
jaser ...", "- Luego yo con", "- Dann ich mit", "- Depois eu com o", "- Kisha mimi na"),
as one opening on "and" does; with no request before, such a sentence asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "Two intros please:\n\n- Ann Roe (ann@roe.example) with Bob Ray (bob@ray.example). "
            "Ann needs a printer.\n- Then me with Carol Diaz (carol@diaz.example), to talk "
            "about the grant.\n\nThanks",
            Pair(Party("Ann Roe", "ann@roe.example"), Party("Bob Ray", "bob@ray.example")),
            Pair(_WRITER, Party("Carol Diaz", "carol@diaz.example")),
        ),
        (
            "Deux mises en relation :\n\n- Claire Martin (claire@martin.example) avec Yves "
            "Konan (yves@konan.example). Ils montent une brasserie.\n- Pis moi avec Rui Costa "
            "du Fonds Capitale, rui@costa.example, pour jaser du volet prédémarrage.\n\nMerci",
            Pair(
                Party("Claire Martin", "claire@martin.example"),
                Party("Yves Konan", "yves@konan.example"),
            ),
            Pair(_WRITER, Party("Rui Costa", "rui@costa.example")),
        ),
        (
            "Dos presentaciones:\n\n- Lucía Gómez (lucia@gomez.example) con Pablo Ruiz "
            "(pablo@ruiz.example). Ella busca arcilla.\n- Luego yo con Marta Díaz "
            "(marta@diaz.example), para hablar del local.\n\nGracias",
            Pair(
                Party("Lucía Gómez", "lucia@gomez.example"),
                Party("Pablo Ruiz", "pablo@ruiz.example"),
            ),
            Pair(_WRITER, Party("Marta Díaz", "marta@diaz.example")),
        ),
        (
            "Zwei Vorstellungen:\n\n- Petra Schmitt (petra@schmitt.example) mit Tom Becker "
            "(tom@becker.example). Beide bauen Holzhäuser.\n- Dann ich mit Jonas Weber "
            "(jonas@weber.example), wegen der Halle.\n\nDanke",
            Pair(
                Party("Petra Schmitt", "petra@schmitt.example"),
                Party("Tom Becker", "tom@becker.example"),
            ),
            Pair(_WRITER, Party("Jonas Weber", "jonas@weber.example")),
        ),
        (
            "Duas apresentações:\n\n- Ana Souza (ana@souza.example) com o Paulo Lima "
            "(paulo@lima.example). Os dois vendem café.\n- Depois eu com o Rui Costa "
            "(rui@costa.example), para falar da feira.\n\nObrigada",
            Pair(
                Party("Ana Souza", "ana@souza.example"), Party("Paulo Lima", "paulo@lima.example")
            ),
            Pair(_WRITER, Party("Rui Costa", "rui@costa.example")),
        ),
        (
            "Matambulisho mawili:\n\n- Juma Ali (juma@ali.example) na Neema Mushi "
            "(neema@mushi.example). Wote wanauza kahawa.\n- Kisha mimi na Rehema Said "
            "(rehema@said.example), kuhusu soko.\n\nAsante",
            Pair(
                Party("Juma Ali", "juma@ali.example"), Party("Neema Mushi", "neema@mushi.example")
            ),
            Pair(_WRITER, Party("Rehema Said", "rehema@said.example")),
        ),
    ],
)
def test_an_item_opening_on_then_carries_on(body: str, first: Pair, second: Pair) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.pairs == (first, second)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Quick update from the trip.\n\nThen me with Carol Diaz (carol@diaz.example) at lunch, "
        "which went well.\n\nBest",
        "Petit compte rendu.\n\nPuis moi avec mon équipe, nous avons fini le dossier.\n\nMerci",
    ],
)
def test_then_with_no_request_before_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"
