"""A mail dictated by voice, its marks spoken as words ("... bekannt machen Punkt sie
ist ...", "hallo Komma", "... full stop her email is ...", "... madame Sylvie Garnier
point elle fait ...").

Marks spoken as words (``dictated_marks``) are written as marks only where the mail is
dictated: two such words or more stand where marks would, and the mail writes fewer
sentence marks than it speaks. A word after one of ``dictated_mark_guards`` of any
language (a determiner, a preposition, a number: "the point is", "a full stop to the
project", "drei Komma", "a las tres en punto") or before one of ``dictated_mark_follows``
("point de vue", "Komma fünf", "Punkt acht Uhr") is the ordinary word.
"""

from __future__ import annotations

import re

from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import without_accents

# The fewest dictated marks that show a mail is dictated.
MIN_DICTATED_MARKS = 2

# A mark written, ending a sentence: a full stop, a question or an exclamation mark
# before a space or the end ("p.schulze@...de" holds none).
_WRITTEN_MARK = re.compile(r"[.!?](?=\s|$)")
_SENTENCE_MARKS = ".!?"


def _plain(word: str) -> str:
    return without_accents(word.casefold())


def _bare(word: str) -> str:
    """``word`` case-folded without accents and the marks around it."""
    return _plain(word.strip(",;:!?.()\"'"))


def _spoken_marks(text: str, rules: Rules) -> list[re.Match[str]] | None:
    """The marks spoken as words where ``text`` is dictated: two or more that stand
    where marks would, more than the sentence marks it writes; else None."""
    spoken = [f for f in rules.dictated_mark_re.finditer(text) if not _guarded(text, f, rules)]
    if len(spoken) < MIN_DICTATED_MARKS or len(_WRITTEN_MARK.findall(text)) >= len(spoken):
        return None
    return spoken


def _guarded(text: str, found: re.Match[str], rules: Rules) -> bool:
    """Whether the spoken mark ``found`` is an ordinary word: opening the text or after a
    written mark, after a guard word of any language (``dictated_mark_guards``: "the
    point", "en punto"), before a follow word (``dictated_mark_follows``: "Komma fünf",
    "punto de vista"), or beside a number."""
    before = text[: found.start()].split()
    after = text[found.end() :].split()
    if not before or before[-1][-1] in _SENTENCE_MARKS + ",;:":
        return True
    if any(c.isdigit() for c in before[-1]) or _bare(before[-1]) in rules.dictated_mark_guards:
        return True
    return bool(after) and (
        any(c.isdigit() for c in after[0]) or _bare(after[0]) in rules.dictated_mark_follows
    )


def dictated_marks_written(text: str, rules: Rules) -> str:
    """``text`` with its marks spoken as words written as marks, where it is dictated
    ("machen Punkt sie ist" -> "machen. Sie ist", "hallo Komma kannst" -> "hallo,
    kannst"); else ``text`` as it is."""
    spoken = _spoken_marks(text, rules)
    if spoken is None:
        return text
    pieces: list[str] = []
    last = 0
    for found in spoken:
        mark = rules.dictated_marks[_plain(" ".join(found.group().split()))]
        pieces += [text[last : found.start()].rstrip(), mark]
        last = found.end()
        if mark in _SENTENCE_MARKS:
            # The next word opens a sentence, written with its capital as dictation writes it.
            rest = text[last:]
            stripped = rest.lstrip()
            if stripped[:1].islower():
                gap = len(rest) - len(stripped)
                pieces.append(rest[:gap] + stripped[0].upper())
                last += gap + 1
    return "".join([*pieces, text[last:]])
