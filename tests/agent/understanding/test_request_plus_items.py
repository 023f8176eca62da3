"""A list item of a pair joined by "+" ("1) Sarah Kim <...> + Joel Tran <...>") is that
pair, as one joined by "and" is: the "+ {B}" of a mail adding someone for the one written
to reads less of the item than the item does. Dots a texted pause opens on (".. she
needs") are no part of the reason given."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("body", "first", "second", "context"),
    [
        (
            "hey - two intros when u get a sec:\n\n1) sarah kim <sarah@kimbakery.co> + Joel"
            " Tran joel@grainandmill.com .. she needs a flour supplier that does small"
            " batches\n2) me + Rosa Delgado (rosa.delgado@eastsidecdc.org), wanna talk abt"
            " the mural grant\n\nty!!",
            Pair(
                Party("Sarah Kim", "sarah@kimbakery.co"),
                Party("Joel Tran", "joel@grainandmill.com"),
            ),
            Pair(_WRITER, Party("Rosa Delgado", "rosa.delgado@eastsidecdc.org")),
            "she needs a flour supplier that does small batches",
        ),
        (
            "Deux mises en relation, svp :\n\n1) Claire Martin <claire@martin.example> +"
            " Yves Konan <yves@konan.example> - ils montent tous deux une brasserie\n"
            "2) moi + Rui Costa <rui@costa.example>\n\nMerci",
            Pair(
                Party("Claire Martin", "claire@martin.example"),
                Party("Yves Konan", "yves@konan.example"),
            ),
            Pair(_WRITER, Party("Rui Costa", "rui@costa.example")),
            "ils montent tous deux une brasserie",
        ),
        (
            "Dos presentaciones, porfa:\n\n1) Lucía Gómez <lucia@gomez.example> + Pablo Ruiz"
            " <pablo@ruiz.example> - ella busca un proveedor de arcilla\n2) yo + Marta Díaz"
            " <marta@diaz.example>\n\nGracias",
            Pair(
                Party("Lucía Gómez", "lucia@gomez.example"),
                Party("Pablo Ruiz", "pablo@ruiz.example"),
            ),
            Pair(_WRITER, Party("Marta Díaz", "marta@diaz.example")),
            "ella busca un proveedor de arcilla",
        ),
    ],
)
def test_items_joined_by_plus_are_pairs(body: str, first: Pair, second: Pair, context: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (first.a, first.b)
    assert result.more == (second,)
    assert result.context == context
    assert result.confident


def test_items_joined_by_plus_of_people_on_a_panel_ask_nothing() -> None:
    result = understand(
        "This week's line-up:\n\n1) Ana + Rui are on the panel\n2) Bob + Carol run the"
        " workshop\n\nSee you there!"
    )
    assert result.kind == "not_a_request"
