"""``_title_word`` passes a word ending on neither a period nor an ordinal mark back as it
is, without stripping it: the title it reads is the one the stripping read, for every
token of the labelled mails and for random words near the marks."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import parse_message
from agent.understanding.request_mentions import _title_word
from agent.understanding.request_tokens import spacy_tokens

_DATA = Path(__file__).resolve().parents[2] / "data"


def _reference(lower: str) -> str:
    """``_title_word`` as it was: always stripped."""
    bare = lower.rstrip(".")
    if bare[-1:] in ("\u00ba", "\u00aa"):
        return bare[:-1].rstrip(".")
    return bare


def test_the_marks_are_still_stripped() -> None:
    assert _title_word("dr.") == "dr"
    assert _title_word("eng.\u00ba") == "eng"
    assert _title_word("prof.\u00aa") == "prof"
    assert _title_word("dr\u00aa") == "dr"
    assert _title_word("frau") == "frau"
    assert _title_word("") == ""


def test_every_token_of_the_labelled_mails_reads_the_same_title() -> None:
    seen = 0
    for eml in sorted(_DATA.glob("*/*.eml"))[::3]:
        message = parse_message(eml.read_bytes())
        for token in spacy_tokens(message.text or ""):
            assert _title_word(token.lower) == _reference(token.lower)
            seen += 1
    assert seen > 1000


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="dr.\u00ba\u00aa pé'", max_size=8))
def test_words_near_the_marks_read_the_same_title(word: str) -> None:
    assert _title_word(word) == _reference(word)
