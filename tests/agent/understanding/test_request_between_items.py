"""A list item written as "between" two people ("- Between me and Bob Ray (...)", "- Entre
mi persona y el Sr. Héctor Villalba (...)", "- Zwischen mir und ...", "- Kati yangu na
...") is that pair, as one joined by "and" is; read at an item's start only, so a sentence
telling what lies between two people asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "Two intros, please:\n\n- Between me and Bob Ray (bob@ray.example), who buys"
            " packaging.\n- Between Carla Diaz (carla@diaz.example) and Tom Hall"
            " (tom@hall.example).\n\nThanks",
            Pair(_WRITER, Party("Bob Ray", "bob@ray.example")),
            Pair(Party("Carla Diaz", "carla@diaz.example"), Party("Tom Hall", "tom@hall.example")),
        ),
        (
            "Estimados señores:\n\nmucho les agradecería gestionar las siguientes"
            " presentaciones:\n\n- Entre mi persona y el Sr. Héctor Villalba, gerente comercial"
            " de Cartones del Pacífico (hvillalba@cartones.example).\n- Entre nuestro director"
            " de Calidad, Ing. Mauricio Restrepo (mrestrepo@andes.example), y la Dra. Paula"
            " Henao (paula@henao.example).\n\nAtentamente",
            Pair(_WRITER, Party("Héctor Villalba", "hvillalba@cartones.example")),
            Pair(
                Party("Mauricio Restrepo", "mrestrepo@andes.example"),
                Party("Paula Henao", "paula@henao.example"),
            ),
        ),
        (
            "Deux mises en relation, svp :\n\n- Entre moi et Rui Costa (rui@costa.example).\n"
            "- Entre Claire Martin (claire@martin.example) et Yves Konan"
            " (yves@konan.example).\n\nMerci",
            Pair(_WRITER, Party("Rui Costa", "rui@costa.example")),
            Pair(
                Party("Claire Martin", "claire@martin.example"),
                Party("Yves Konan", "yves@konan.example"),
            ),
        ),
        (
            "Zwei Vorstellungen bitte:\n\n- Zwischen mir und Jonas Weber (jonas@weber.example)."
            "\n- Zwischen Petra Schmitt (petra@schmitt.example) und Tom Becker"
            " (tom@becker.example).\n\nDanke",
            Pair(_WRITER, Party("Jonas Weber", "jonas@weber.example")),
            Pair(
                Party("Petra Schmitt", "petra@schmitt.example"),
                Party("Tom Becker", "tom@becker.example"),
            ),
        ),
        (
            "Duas apresentações, por favor:\n\n- Entre mim e o Rui Costa (rui@costa.example).\n"
            "- Entre a Ana Souza (ana@souza.example) e o Paulo Lima (paulo@lima.example).\n\n"
            "Obrigada",
            Pair(_WRITER, Party("Rui Costa", "rui@costa.example")),
            Pair(
                Party("Ana Souza", "ana@souza.example"), Party("Paulo Lima", "paulo@lima.example")
            ),
        ),
        (
            "Matambulisho mawili tafadhali:\n\n- Kati yangu na Rehema Said (rehema@said.example)."
            "\n- Kati ya Juma Ali (juma@ali.example) na Neema Mushi (neema@mushi.example).\n\n"
            "Asante",
            Pair(_WRITER, Party("Rehema Said", "rehema@said.example")),
            Pair(
                Party("Juma Ali", "juma@ali.example"), Party("Neema Mushi", "neema@mushi.example")
            ),
        ),
    ],
)
def test_items_between_two_are_pairs(body: str, first: Pair, second: Pair) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (first.a, first.b)
    assert result.more == (second,)
    assert result.confident


def test_between_two_inside_a_sentence_asks_nothing() -> None:
    result = understand(
        "Quick update from the site visit.\n\nThe gap between Carla Diaz (carla@diaz.example)"
        " and Tom Hall (tom@hall.example) on pricing is closing.\n\nBest"
    )
    assert result.kind == "not_a_request"


def test_between_my_person_and_another_without_an_article() -> None:
    result = understand(
        "Duas apresentações, por favor:\n\n- Entre minha pessoa e o Rui Costa"
        " (rui@costa.example).\n- Entre a Ana Souza (ana@souza.example) e o Paulo Lima"
        " (paulo@lima.example).\n\nObrigada"
    )
    assert (result.a, result.b) == (_WRITER, Party("Rui Costa", "rui@costa.example"))
    assert result.confident
