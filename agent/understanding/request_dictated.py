"""A mail dictated by voice: an address spoken in words ("tom at whitlockfarm dot co dot
uk", "priya dot nair at dalesdairy dot com", "jlperrin arobase wanadoo point fr", "ana
arroba ruiz punto es", "petra ät schulze punkt de") and its marks spoken as words
("... bekannt machen Punkt sie ist ...", "hallo Komma", "... full stop her email is ...",
"... madame Sylvie Garnier point elle fait ...").

An address is written with its "@" and its dots only where it is spoken in full and can
be read one way: a local part of words joined by "dot" words (``address_dots``), one "at"
word (``address_ats``), a domain of words joined by "dot" words, its last label a
top-level domain (``address_top_levels``), each word between spaces, none of them an
"at" or a "dot" word. The local part must spell someone named just before it, by a word
of the local part or a surname it ends on ("Jean-Luc Perrin (jlperrin arobase ...)"),
that word written with a capital or no common word ("tom whitlock, tom at ..."). And
the mail must show the address is not hidden on purpose: its "at" word names the sign
(``address_signs``: "arobase", "arroba", "ät"), or the mail is dictated or typed
without care for case (no capital letter, no small one, or its marks spoken). "rob at
stonebuild dot com" in a mail written with care, an address half written ("jp.gagnon at
videotron dot ca"), in brackets ("lukas [at] oberhofer-holz [punkt] at") or spelling no
one named ("look at google dot com") is left as it is, to be asked about.

Marks spoken as words (``dictated_marks``) are written as marks only where the mail is
dictated: two such words or more stand where marks would, and the mail writes fewer
sentence marks than it speaks. A word after one of ``dictated_mark_guards`` of any
language (a determiner, a preposition, a number: "the point is", "a full stop to the
project", "drei Komma", "a las tres en punto") or before one of ``dictated_mark_follows``
("point de vue", "Komma fünf", "Punkt acht Uhr") is the ordinary word.
"""

from __future__ import annotations

import re

from agent.understanding.request_known import _common_words
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import without_accents

# The fewest dictated marks that show a mail is dictated.
MIN_DICTATED_MARKS = 2
# How many words before a spoken address the one it spells is looked for.
NAME_REACH = 12
# The shortest surname a local part may end on ("jlperrin" of Jean-Luc Perrin).
MIN_ENDING = 4
# The shortest word of a local part that spells a name ("tom", "jo").
MIN_NAME_LETTERS = 2

_WORD = re.compile(r"[^\W\d_][\w'-]*")
# A mark written, ending a sentence: a full stop, a question or an exclamation mark
# before a space or the end ("p.schulze@...de" holds none).
_WRITTEN_MARK = re.compile(r"[.!?](?=\s|$)")
_SENTENCE_MARKS = ".!?"


def _plain(word: str) -> str:
    return without_accents(word.casefold())


def _bare(word: str) -> str:
    """``word`` case-folded without accents and the marks around it."""
    return _plain(word.strip(",;:!?.()\"'"))


def _spells_named(text: str, start: int, local: str) -> bool:
    """Whether the local part ``local`` of a spoken address starting at ``start`` spells
    someone named in the words just before it: one of its words, or a surname it ends on,
    written there with a capital or no common word."""
    parts = [_plain(p) for p in re.split(r"[\s'_-]+|\.", local) if p]
    before = _WORD.findall(text[:start])[-NAME_REACH:]
    common = _common_words()
    for word in before:
        plain = _plain(word)
        if len(plain) < MIN_NAME_LETTERS or not (word[0].isupper() or plain not in common):
            continue
        if plain in parts or (
            len(plain) >= MIN_ENDING and any(p.endswith(plain) and p != plain for p in parts)
        ):
            return True
    return False


def spoken_addresses_written(text: str, rules: Rules) -> str:
    """``text`` with each address spoken in full and spelling someone named before it
    written as an address ("tom at whitlockfarm dot co dot uk" -> "tom@whitlockfarm.co.uk");
    else ``text`` as it is."""
    folded = text.casefold()
    if not any(dot in folded for dot in rules.address_dots):
        return text
    careless: bool | None = None
    pieces: list[str] = []
    last = 0
    for found in rules.spoken_address_re.finditer(text):
        if found.group("at").casefold() not in rules.address_signs:
            # "rob at stonebuild dot com" in a mail written with care hides an address
            # on purpose: it is asked about.
            if careless is None:
                careless = _careless(text, rules)
            if not careless:
                continue
        local_words = [_plain(w) for w in found.group("local").split()[::2]]
        labels = [_plain(w) for w in found.group("domain").split()[::2]]
        spoken = rules.address_ats | rules.address_dots
        if (
            found.group("tld").casefold() not in rules.address_top_levels
            or any(w in spoken for w in local_words + labels[:-1])
            or labels[0] in rules.address_non_domains
            or not _spells_named(text, found.start(), " ".join(local_words))
        ):
            continue
        address = ".".join(w.casefold() for w in found.group("local").split()[::2])
        address += "@" + ".".join(w.casefold() for w in found.group("domain").split()[::2])
        pieces += [text[last : found.start()], address]
        last = found.end()
    return "".join([*pieces, text[last:]]) if pieces else text


def _careless(text: str, rules: Rules) -> bool:
    """Whether ``text`` is dictated or typed without care for case: no capital letter in
    it, no small one, or its marks spoken as words."""
    if not any(c.isupper() for c in text) or not any(c.islower() for c in text):
        return True
    return _spoken_marks(text, rules) is not None


def _spoken_marks(text: str, rules: Rules) -> list[re.Match[str]] | None:
    """The marks spoken as words where ``text`` is dictated: two or more that stand
    where marks would, more than the sentence marks it writes; else None."""
    if text.isascii() and rules.dictated_mark_needs is not None:
        # Most mail speaks no mark. Each mark found holds one of these words in the lower
        # case of a text of plain letters, its own occurrence: how often they occur in all
        # bounds how many marks are found, and most mail writes more sentence marks.
        lowered = text.lower()
        most = sum(lowered.count(word) for word in rules.dictated_mark_needs)
        if most < MIN_DICTATED_MARKS or len(_WRITTEN_MARK.findall(text)) >= most:
            return None
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
