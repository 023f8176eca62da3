"""A list item naming again one of an earlier item, a comma after "again" ("2) Martin
Kowalczyk again, with Sunil Rao (...)", "Kowalczyk encore, avec ...", "nochmal, mit ..."),
pairs the two as the item without the comma does."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_FIRST = (
    "Two for you:\n\n1) Martin Kowalczyk <m.k@uw.example> and Elena Marsh <elena@nw.example>.\n\n"
)


@pytest.mark.parametrize(
    "second",
    [
        "2) Martin Kowalczyk again, with Sunil Rao (rao@ireq.example), a pilot partner.",
        "2) Martin Kowalczyk again with Sunil Rao (rao@ireq.example), a pilot partner.",
    ],
)
def test_the_one_named_again_is_paired(second: str) -> None:
    result = understand(_FIRST + second)
    assert result.confident
    assert len(result.more) == 1
    assert result.more[0].b is not None and result.more[0].b.email == "rao@ireq.example"
