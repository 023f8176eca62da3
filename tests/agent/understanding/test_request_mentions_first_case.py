"""The case of a token's first character is read from sets of the Latin blocks' letters,
and by ``str.islower``/``str.isupper`` beyond them: the same answer for every character
there is, alone or opening a longer text."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from agent.understanding.request_mentions import _opens_lower, _opens_upper


def test_every_character_reads_as_the_string_methods_read_it() -> None:
    lower = upper = 0
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert _opens_lower(char) == char.islower(), hex(code)
        assert _opens_upper(char) == char.isupper(), hex(code)
        lower += char.islower()
        upper += char.isupper()
    # Letters of both cases, within the Latin blocks and beyond them.
    assert lower > 1000 and upper > 1000


@given(st.text(min_size=1, max_size=6))
def test_only_the_first_character_counts(text: str) -> None:
    assert _opens_lower(text) == text[0].islower()
    assert _opens_upper(text) == text[0].isupper()
