"""A list item joining two people by a word, the second written without an address
before where they work and the address after it ("- A la Dra. Lucía Benavente (...), de
nuestro grupo, con el Prof. Karim Bennani de la Université Mohammed V de Rabat (...):
ambos preparan ..."), is read as an item telling of exactly two people written with
addresses is, an ordinal's item too; "both" after the two is the two told of, and the
reason follows the second. An item whose two have their addresses and go on to say
something of both stays no pair."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_KARIM = Party("Karim Bennani", "k.bennani@um5.example")


@pytest.mark.parametrize(
    ("body", "first", "context"),
    [
        (
            "Dos presentaciones, por favor:\n\n- A la Dra. Lucía Benavente"
            " (lbenavente@us.example), de nuestro grupo de arqueometría, con el Prof. Karim"
            " Bennani de la Université Mohammed V de Rabat (k.bennani@um5.example): ambos"
            " preparan propuestas Erasmus+ sobre patrimonio.\n- Yo con Marta Díaz"
            " (marta@diaz.example).",
            Pair(Party("Lucía Benavente", "lbenavente@us.example"), _KARIM),
            "ambos preparan propuestas Erasmus+ sobre patrimonio",
        ),
        (
            "Two intros please:\n\n- Ann Roe (ann@roe.example), our head of design, with Prof."
            " Karim Bennani of the University of Rabat (k.bennani@um5.example): both work on"
            " heritage.\n- Me and Marta Díaz (marta@diaz.example).",
            Pair(Party("Ann Roe", "ann@roe.example"), _KARIM),
            "both work on heritage",
        ),
        (
            "Les escribo para pedirles dos presentaciones.\n\nEn primer lugar, a la Dra. Lucía"
            " Benavente (lbenavente@us.example), de nuestro grupo de arqueometría, con el Prof."
            " Karim Bennani de la Université Mohammed V de Rabat (k.bennani@um5.example): ambos"
            " preparan propuestas Erasmus+ sobre patrimonio.\n\nEn segundo lugar, yo con Marta"
            " Díaz (marta@diaz.example).",
            Pair(Party("Lucía Benavente", "lbenavente@us.example"), _KARIM),
            "ambos preparan propuestas Erasmus+ sobre patrimonio",
        ),
    ],
)
def test_the_second_address_after_where_they_work(body: str, first: Pair, context: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (first.a, first.b)
    assert result.more == (Pair(_WRITER, Party("Marta Díaz", "marta@diaz.example")),)
    assert result.context == context
    assert result.confident


def test_an_item_saying_something_of_two_written_with_addresses_stays_no_pair() -> None:
    result = understand(
        "Could you introduce me to Carol Diaz (carol@diaz.example)?\n\nOur team:\n"
        "- Ann Roe (ann@roe.example) with Bob Ray (bob@ray.example) runs sales\n"
        "- Cy Dunn (cy@dunn.example) does support"
    )
    assert [(pair.a.email, pair.b.email) for pair in result.pairs] == [
        ("ann@lee.example", "carol@diaz.example")
    ]
    assert not result.confident
