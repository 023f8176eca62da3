"""A bare address closing a bracket that describes the one named right before it ("o Lucas
(meu mentorado do programa de ex-alunos da UFPE, lucas.farias@...)") is that one's when it
spells their name, as "Lucas (lucas.farias@...)" is; a party's name is a name or None,
never an empty string."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_LUCAS = Party("Lucas", "lucas.farias@ufpe-alunos.example")
_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    "text",
    [
        "Lucas (my mentee from the UFPE alumni programme, lucas.farias@ufpe-alunos.example) "
        "is a bit lost. Could you introduce me to him?",
        "Lucas (mon filleul du programme des anciens de l'UFPE, "
        "lucas.farias@ufpe-alunos.example) est un peu perdu. Pourriez-vous me le présenter ?",
        "Lucas (mi mentorado del programa de exalumnos de la UFPE, "
        "lucas.farias@ufpe-alunos.example) anda algo perdido. ¿Podrías presentármelo?",
        "Lucas (mein Mentee aus dem Alumni-Programm der UFPE, "
        "lucas.farias@ufpe-alunos.example) ist etwas verloren. Kannst du ihn mir vorstellen?",
        "O Lucas (meu mentorado do programa de ex-alunos da UFPE, "
        "lucas.farias@ufpe-alunos.example) anda meio perdido. Pode me apresentar a ele?",
        "Lucas (mwanafunzi wangu wa programu ya UFPE, lucas.farias@ufpe-alunos.example) "
        "amepotea kidogo. Tafadhali nitambulishe kwake.",
    ],
)
def test_an_address_closing_a_description_is_the_described_ones(text: str) -> None:
    result = understand(text)
    # "Kannst du ihn mir vorstellen?" presents him to the writer: either order.
    assert {result.a, result.b} == {_WRITER, _LUCAS}


@pytest.mark.parametrize(
    "text",
    [
        # The address spells no word of the name: the firm's, perhaps.
        "Thomas Berger (our joiner, info@holzmann.example) is good. Could you introduce me to him?",
        # Someone else named in the bracket: whose the address is stays open.
        "Lucas (Ana mentee, lucas.farias@ufpe-alunos.example) is lost. Could you "
        "introduce me to him?",
    ],
)
def test_an_address_left_apart_has_no_empty_name(text: str) -> None:
    result = understand(text)
    assert result.b is not None
    assert result.b.name is None
