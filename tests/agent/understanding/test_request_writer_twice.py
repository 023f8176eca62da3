"""The writer said twice by one ask, as Spanish doubles its "me" ("querría que me
presentaran a mí a la Sra. Inés Robledo (...)"), is no pair of the writer with the
writer: the ask read from its verb on names the other party. Said twice and no one else,
it names no one."""

from __future__ import annotations

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


def test_a_doubled_me_leaves_the_other_party_to_the_ask() -> None:
    for body in (
        "¿Podrían ayudarme? Querría que me presentaran a mí a la Sra. Inés Robledo"
        " (ines@robledo.example), para un convenio.",
        "Les agradecería que me presentasen a mí con la Sra. Inés Robledo (ines@robledo.example).",
    ):
        result = understand(body)
        assert (result.a, result.b) == (_WRITER, Party("Inés Robledo", "ines@robledo.example"))
        assert result.confident, body


def test_a_doubled_me_read_already_stays_as_it_was() -> None:
    result = understand("Gostaria que me apresentassem a mim ao Rui Costa (rui@costa.example).")
    assert (result.a, result.b) == (_WRITER, Party("Rui Costa", "rui@costa.example"))
    assert result.confident


def test_the_writer_said_twice_alone_names_no_one() -> None:
    result = understand("Querría que me presentaran a mí, por favor.")
    assert result.a is None and result.b is None
    assert not result.confident
