"""Someone described at length before their name, the description naming a show or a firm
and the name after a comma, perhaps with an article ("a nossa apresentadora do programa
Machamba Viva, a Carolina Mucavele (...)", "our presenter of the show Machamba Viva,
Carolina Mucavele (...)"): the one named after the comma, written with an address, is the
party, not the show; a reason after the ask holding a "not only" changes nothing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

CAROLINA = Party("Carolina Mucavele", "carolina@radio.example")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Queria pedir que pusesse a nossa apresentadora do programa Machamba Viva, a"
            " Carolina Mucavele (carolina@radio.example), em contacto com o Sr. Abílio"
            " Namashulua (abilio@gmail.example), porque queremos ouvir os produtores e não"
            " só os comerciantes.",
            Party("Abílio Namashulua", "abilio@gmail.example"),
        ),
        (
            "Could you put our presenter of the show Machamba Viva, Carolina Mucavele"
            " (carolina@radio.example), in touch with Abilio Namashulua"
            " (abilio@gmail.example)?",
            Party("Abilio Namashulua", "abilio@gmail.example"),
        ),
        (
            "¿Podrías poner a nuestra presentadora del programa Machamba Viva, Carolina"
            " Mucavele (carolina@radio.example), en contacto con Abilio Namashulua"
            " (abilio@gmail.example)?",
            Party("Abilio Namashulua", "abilio@gmail.example"),
        ),
    ],
)
def test_the_one_named_after_a_long_description_is_the_party(text: str, other: Party) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (CAROLINA, other)
    assert result.confident


def test_a_show_named_without_anyone_after_it_is_no_confident_party() -> None:
    result = understand(
        "Pode pôr a nossa apresentadora do programa Machamba Viva em contacto com o Sr. Abílio"
        " Namashulua (abilio@gmail.example)?"
    )
    assert not (result.kind == "intro_request" and result.confident)
