"""Swahili "unitambulishe" carries the writer as its object ("introduce me"): "unitambulishe
kwa B" pairs the writer with B, "umtambulishe A kwa B" pairs A with B, and "unitambulishe A
kwa B", the writer's verb naming two others, reads A and B but leaves who is to meet whom
to be asked about."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_NEEMA = Party("Neema Wanjiru", "neema@wanjiru.example")
_HASSAN = Party("Hassan Mbwana", "hassan@mbwana.example")


def test_the_writers_verb_naming_two_others_is_asked_about() -> None:
    for verb in ("unitambulishe", "nitambulishe", "ungenitambulisha"):
        result = understand(
            f"Habari, tafadhali {verb} Neema Wanjiru (neema@wanjiru.example) kwa Hassan "
            "Mbwana (hassan@mbwana.example). Wote wanafuga nyuki."
        )
        assert result.kind == "intro_request"
        assert (result.a, result.b) == (_NEEMA, _HASSAN)
        assert not result.confident


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Tafadhali unitambulishe kwa Hassan Mbwana (hassan@mbwana.example).",
            (_WRITER, _HASSAN),
        ),
        (
            "Tafadhali umtambulishe Neema Wanjiru (neema@wanjiru.example) kwa Hassan Mbwana "
            "(hassan@mbwana.example).",
            (_NEEMA, _HASSAN),
        ),
    ],
)
def test_the_plain_forms_keep_their_reading(body: str, pair: tuple[Party, Party]) -> None:
    result = understand(body)
    assert (result.a, result.b) == pair
    assert result.confident
