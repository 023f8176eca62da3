"""The titles "D.ª" and "Dª" (Doña, Dona) lead a name, never as its initial: "que me
presente a D.ª Beatriz Olabarría Etxeberria (...)" names Beatriz Olabarría Etxeberria.
It was read as no one, and the request asked about or not read at all."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b


@pytest.mark.parametrize(
    ("body", "other"),
    [
        (
            "Le escribo para solicitarle que me presente a D.ª Beatriz Olabarría Etxeberria"
            " (beatriz@reg.example).",
            Party("Beatriz Olabarría Etxeberria", "beatriz@reg.example"),
        ),
        (
            "Le escribo para solicitarle que tenga a bien presentarme a Dª Beatriz Olabarría"
            " (beatriz@reg.example).",
            Party("Beatriz Olabarría", "beatriz@reg.example"),
        ),
        (
            "Pode apresentar-me à D.ª Lúcia Ferreira (lucia@reg.example)?",
            Party("Lúcia Ferreira", "lucia@reg.example"),
        ),
    ],
)
def test_an_ordinal_marked_title_is_left_out_of_the_name(body: str, other: Party) -> None:
    assert confident_b(body) == other
