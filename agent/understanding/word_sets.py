"""A text folded for phrase search, and its words, runs of ``\\w``, each worked out once
for the checks that look whether a mail may hold a phrase: the command checks, the bulk
cues and the reading of the writer's own text all read the same text's words.

Case folding, plain apostrophes and runs of white space made one leave a text's runs of
``\\w`` as they are (neither an apostrophe nor white space is one): the words of a text
are those of its ``normal_text``, and the one set kept for that serves every folding of
the text (``text_words``)."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=64)
def normal_text(text: str) -> str:
    """``text`` case-folded, with typographic apostrophes and runs of white space made plain.

    Kept for the last few texts: a mail's own text is folded by several checks."""
    return " ".join(text.casefold().replace("\u2019", "'").split())


_WORD = re.compile(r"\w+")
# Each character of one byte (Latin-1) as itself where ``\\w`` finds it, else a space.
_SPACED_BYTES = bytes(code if _WORD.match(chr(code)) else 0x20 for code in range(256))


@lru_cache(maxsize=8)
def words_in(folded: str) -> frozenset[str]:
    """The words of a folded text, runs of ``\\w``, kept for the last few texts: each look
    whether a mail may hold a cue reads the same ones.

    Most mail is written in characters of one byte: each character no word holds is made
    a space, byte by byte, and the words are what is left between spaces, several times
    cheaper than finding each run; other text is searched for its runs."""
    try:
        raw = folded.encode("latin-1")
    except UnicodeEncodeError:
        return frozenset(_WORD.findall(folded))
    return frozenset(raw.translate(_SPACED_BYTES).decode("latin-1").split())


@lru_cache(maxsize=8)
def text_words(text: str) -> frozenset[str]:
    """The words of ``text`` case-folded, whatever the folding: those ``words_in`` keeps
    for its ``normal_text``, which the bulk cues and the checks of the writer's own text
    look at too, so a mail's own text has its words worked out once."""
    return words_in(normal_text(text))
