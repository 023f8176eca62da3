"""Ordinals of several words open list items as "First" and "Second" do ("En primer lugar,
... En segundo lugar, ...", "En premier lieu", "Em primeiro lugar", "First of all", "An
erster Stelle", "Jambo la kwanza"): in a mail that asks for intros, each such sentence is
read as a "1) Ann and Bob" item is; in a mail that asks nothing, none is."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "Dos presentaciones, por favor.\n\nEn primer lugar, Lucía Gómez"
            " (lucia@gomez.example) con Pablo Ruiz (pablo@ruiz.example): ella busca arcilla."
            "\n\nEn segundo lugar, yo con Marta Díaz (marta@diaz.example).\n\nGracias",
            Pair(
                Party("Lucía Gómez", "lucia@gomez.example"),
                Party("Pablo Ruiz", "pablo@ruiz.example"),
            ),
            Pair(_WRITER, Party("Marta Díaz", "marta@diaz.example")),
        ),
        (
            "Deux mises en relation, svp.\n\nEn premier lieu, Claire Martin"
            " (claire@martin.example) avec Yves Konan (yves@konan.example) : ils montent une"
            " brasserie.\n\nEn second lieu, moi avec Rui Costa (rui@costa.example).\n\nMerci",
            Pair(
                Party("Claire Martin", "claire@martin.example"),
                Party("Yves Konan", "yves@konan.example"),
            ),
            Pair(_WRITER, Party("Rui Costa", "rui@costa.example")),
        ),
        (
            "Duas apresentações, por favor.\n\nEm primeiro lugar, a Ana Souza"
            " (ana@souza.example) com o Paulo Lima (paulo@lima.example).\n\nEm segundo lugar,"
            " eu com o Rui Costa (rui@costa.example).\n\nObrigada",
            Pair(
                Party("Ana Souza", "ana@souza.example"), Party("Paulo Lima", "paulo@lima.example")
            ),
            Pair(_WRITER, Party("Rui Costa", "rui@costa.example")),
        ),
        (
            "Two intros please.\n\nFirst of all, Ann Roe (ann@roe.example) and Bob Ray"
            " (bob@ray.example) - both sell to hospitals.\n\nSecond, me and Carol Diaz"
            " (carol@diaz.example).\n\nThanks",
            Pair(Party("Ann Roe", "ann@roe.example"), Party("Bob Ray", "bob@ray.example")),
            Pair(_WRITER, Party("Carol Diaz", "carol@diaz.example")),
        ),
        (
            "Zwei Vorstellungen bitte.\n\nAn erster Stelle Petra Schmitt"
            " (petra@schmitt.example) und Tom Becker (tom@becker.example).\n\nAn zweiter Stelle"
            " ich und Jonas Weber (jonas@weber.example).\n\nDanke",
            Pair(
                Party("Petra Schmitt", "petra@schmitt.example"),
                Party("Tom Becker", "tom@becker.example"),
            ),
            Pair(_WRITER, Party("Jonas Weber", "jonas@weber.example")),
        ),
        (
            "Matambulisho mawili tafadhali.\n\nJambo la kwanza, Juma Ali (juma@ali.example) na"
            " Neema Mushi (neema@mushi.example).\n\nJambo la pili, mimi na Rehema Said"
            " (rehema@said.example).\n\nAsante",
            Pair(
                Party("Juma Ali", "juma@ali.example"), Party("Neema Mushi", "neema@mushi.example")
            ),
            Pair(_WRITER, Party("Rehema Said", "rehema@said.example")),
        ),
    ],
)
def test_ordinals_of_several_words_open_list_items(body: str, first: Pair, second: Pair) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (first.a, first.b)
    assert result.more == (second,)
    assert result.confident


def test_ordinals_of_several_words_in_a_mail_asking_nothing_read_no_pair() -> None:
    result = understand(
        "Notas de la reunión.\n\nEn primer lugar, Lucía Gómez (lucia@gomez.example) con Pablo"
        " Ruiz (pablo@ruiz.example) revisaron el presupuesto.\n\nEn segundo lugar, el"
        " calendario.\n\nSaludos"
    )
    assert result.kind == "not_a_request"
