"""Swahili "kukutanisha" (to bring together) asks for an intro as "kuunganisha" does
("Naomba unikutanishe na ...", "unaweza kunikutanisha na ..."), and a verb saying "you
can" ("unaweza", "mnaweza") ends the search for someone else doing the intro, as "you"
does in "Wanjiru told me you can introduce me to ...": the ask is put to the one written
to. Someone else who can do it ("Wanjiru anaweza kunikutanisha na ...") asks nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Naomba unikutanishe na Samuel Kiprono, daktari wa mifugo.",
        "Mwenyekiti wetu mama Wanjiru aliniambia unaweza kunikutanisha na Dkt. Samuel Kiprono,"
        " yule daktari wa mifugo. Tafadhali nisaidie.",
        "Tafadhali mkutanishe Juma Ali na Samuel Kiprono, wote ni wafugaji.",
    ],
)
def test_kukutanisha_asks(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name == "Samuel Kiprono"


@pytest.mark.parametrize(
    "text",
    [
        "Wanjiru anaweza kunikutanisha na Samuel Kiprono (samuel@vet.example).",
        "Je, Wanjiru anaweza kunikutanisha na Samuel Kiprono (samuel@vet.example)?",
    ],
)
def test_someone_else_who_can_asks_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"
