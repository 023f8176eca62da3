"""Someone named as the subject of a wish to be introduced, an adverb between the modal and
the wish ("Our director, Tom Reed (...), would very much like to be introduced to ...",
"quisiera mucho ser presentado a", "angependa sana kutambulishwa kwa"), is the one to meet,
as without the adverb: never the writer, whom the wish does not name."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

TOM = Party("Tom Reed", "tom@reed.example")
LENA = Party("Lena Moss", "lena@moss.example")


@pytest.mark.parametrize(
    "body",
    [
        "Our director, Tom Reed (tom@reed.example), would very much like to be introduced to"
        " Lena Moss (lena@moss.example).",
        "Our director, Tom Reed (tom@reed.example), would really love to be connected with"
        " Lena Moss (lena@moss.example). Could you introduce them?",
        "Our director, Tom Reed (tom@reed.example), who would very much like to be"
        " introduced to Lena Moss (lena@moss.example), starts in May.",
        "Nuestro director, Tom Reed (tom@reed.example), quisiera mucho ser presentado a Lena"
        " Moss (lena@moss.example).",
        "Notre directeur, Tom Reed (tom@reed.example), aimerait beaucoup être présenté à Lena"
        " Moss (lena@moss.example).",
        "O nosso diretor, Tom Reed (tom@reed.example), gostaria muito de ser apresentado à"
        " Lena Moss (lena@moss.example).",
        "Mkurugenzi wetu, Tom Reed (tom@reed.example), angependa sana kutambulishwa kwa Lena"
        " Moss (lena@moss.example).",
    ],
)
def test_the_named_wisher_is_the_one_to_meet(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (TOM, LENA)
    assert result.more == ()
    assert result.confident


def test_the_writers_own_wish_with_an_adverb_stays_the_writers() -> None:
    result = understand("I would very much like to be introduced to Lena Moss (lena@moss.example).")
    assert result.b == LENA
    assert result.a is not None and result.a.email == "ann@lee.example"
    assert result.confident
