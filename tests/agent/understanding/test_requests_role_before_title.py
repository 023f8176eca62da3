"""Capitalised words right before a title that heads a name say what that one is ("à
Defensora Pública Dra. Fernanda Lacerda", "Public Defender Dr. Ann Lee"): the name is
the one after the title. A first name before a title-like word ("Mary St. Clair") is a
name going on."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("body", "b"),
    [
        (
            "Venho solicitar que me apresentem à Defensora Pública Dra. Fernanda Lacerda"
            " (fernanda.lacerda@defensoria.example).",
            Party("Fernanda Lacerda", "fernanda.lacerda@defensoria.example"),
        ),
        (
            "Could you introduce me to Public Defender Dr. Ann Lee (ann.lee@pd.example)?",
            Party("Ann Lee", "ann.lee@pd.example"),
        ),
        (
            "¿Podría presentarme a la Defensora Pública Dra. Ana Gil (ana.gil@defensa.example)?",
            Party("Ana Gil", "ana.gil@defensa.example"),
        ),
    ],
)
def test_the_role_before_a_title_is_no_name(body: str, b: Party) -> None:
    assert confident_b(body) == b


def test_a_first_name_before_a_title_like_word_is_kept() -> None:
    result = understand("Could you introduce me to Mary Clair (mary@clair.example)?")
    assert result.b == Party("Mary Clair", "mary@clair.example")
