"""Token, sentence and clause positions shared by the reply reader's helpers.

Where a reply's sentences, clauses and paragraphs start and end in its reading
(agent.understanding.reply_phrases), whether words stand there in order, and which
tokens name dates, days and times of day; with the paragraph and punctuation patterns
the steps on the whole text share. Every other reply_* module of the reader builds on
these.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from agent.understanding.reply_phrases import SENTENCE_ENDS, PhraseBook, Reading, normalise

_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
_PUNCTUATION = re.compile(r"[\s.,;:!?¡¿()\[\]\"'*_~-]+")


def _word_after(reading: Reading, index: int, count: int) -> int:
    """The index after ``count`` words from ``index`` on, spaces skipped."""
    i, seen = index, 0
    while i < len(reading.tokens) and seen < count:
        if reading.tokens[i].strip():
            seen += 1
        i += 1
    return i


def _next_word(reading: Reading, index: int) -> int:
    """The index of the first token from ``index`` on that is not a space."""
    while index < len(reading.tokens) and not reading.tokens[index].strip():
        index += 1
    return index


def _covered(reading: Reading, index: int) -> bool:
    return any(p.start <= index < p.end for p in reading.phrases if p.label != "question")


def _unelided(tokens: Iterable[str]) -> set[str]:
    """The tokens, each without an elided article or pronoun before an apostrophe
    ("l'anniversaire" is "anniversaire")."""
    return {token.rpartition("'")[2] for token in tokens}


# A time of day written as one token: "7:30", "19h30", "19h", "8pm", "7:30pm". A dot
# parts hours from minutes only before one of the clock_words ("19.30 Uhr"): "20.11."
# is a date.
_CLOCK = re.compile(r"\d{1,2}(?:[:h]\d{2}(?:am|pm|h)?|h|am|pm)")
_DOTTED_CLOCK = re.compile(r"\d{1,2}\.\d{2}")

# The most an hour said in figures after one of the hour_articles may be ("las 9").
_LAST_HOUR = 24


def _spoken_hour(reading: Reading, at: int, book: PhraseBook) -> bool:
    """Whether the words from ``at`` to the end of their clause say an hour of the day:
    one of the hour_words ("ten", "neun", the Bavarian "neune"), or after one of the
    hour_articles ("las", "das", the Swahili "saa") one of them, a number no greater
    than ``_LAST_HOUR`` or a time (``_CLOCK``: "no antes de las 9", "si kabla ya saa
    tatu"); one of the hour_units may follow it ("neun Uhr", "neuf heures", "nine
    o'clock"), then only a part of the day, the hour_tails before it ("nine in the
    morning", "nueve de la mañana"). A day of the month takes another article or an
    ending ("not before the tenth", "no antes del 9"), and a word after the number
    makes it a count ("not before ten days", "nicht vor neun Tagen")."""
    tokens = reading.tokens
    words = [k for k in range(at, _clause_bounds(reading, at, at)[1]) if tokens[k].strip()]
    if not words:
        return False
    n = 0
    article = tokens[words[0]] in book.hour_articles and len(words) > 1
    if article:
        n = 1
    hour = tokens[words[n]]
    if not (
        hour in book.hour_words
        or (
            article
            and (
                (hour.isdigit() and len(hour) <= 2 and int(hour) <= _LAST_HOUR)
                or _CLOCK.fullmatch(hour) is not None
            )
        )
    ):
        return False
    rest = [tokens[k] for k in words[n + 1 :]]
    if rest and rest[0] in book.hour_units:
        rest = rest[1:]
    return not rest or (
        rest[-1] in book.reach_points and all(w in book.hour_tails for w in rest[:-1])
    )


# The half of the day written as a word of its own after an hour ("after 2 pm").
_DAY_HALVES = frozenset({"am", "pm"})


def _preferred_hour(reading: Reading, at: int, book: PhraseBook) -> bool:
    """Whether the words from ``at`` to the end of their clause are an hour of the day
    said to suit best: an hour (a number no greater than ``_LAST_HOUR``, a time or one
    of the hour_words, after one of the hour_articles or not), one of the hour_units or
    "am"/"pm" after it or not, then one of the later_betters with preference_fillers at
    most ("after 2 is best", "after 2pm works best 👍"; an emoji closing it is no word):
    when the writer is easiest to reach, no yes put off. A date ("after the 15th is
    best") or a clause that goes on with anything else is no such hour."""
    tokens = reading.tokens
    words = [k for k in range(at, _clause_bounds(reading, at, at)[1]) if tokens[k].strip()]
    # Marks and emoji are no words of the clause.
    said = [tokens[k] for k in words if any(ch.isalnum() for ch in tokens[k])]
    if said and said[0] in book.hour_articles:
        said = said[1:]
    if not said:
        return False
    hour = said[0]
    if not (
        hour in book.hour_words
        or (hour.isdigit() and len(hour) <= 2 and int(hour) <= _LAST_HOUR)
        or _CLOCK.fullmatch(hour) is not None
    ):
        return False
    rest = said[1:]
    if rest and (rest[0] in book.hour_units or rest[0] in _DAY_HALVES):
        rest = rest[1:]
    for better in book.later_betters:
        n = len(better)
        for k in range(len(rest) - n + 1):
            if tuple(rest[k : k + n]) == better:
                others = rest[:k] + rest[k + n :]
                return all(w in book.preference_fillers for w in others)
    return False


# How many words a gap ("...") in a reply note may hold ("demore um pouquinho pra
# responder").
_NOTE_GAP = 3


def _holds_gapped(words: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """Whether ``wanted`` stands in ``words``, word after word, each "..." in it standing
    for at most a few words ("demore ... responder": "demore um pouquinho pra
    responder")."""
    if "..." not in wanted:
        return _holds(words, wanted)
    parts: list[tuple[str, ...]] = [()]
    for word in wanted:
        if word == "...":
            parts.append(())
        else:
            parts[-1] = (*parts[-1], word)
    kept = tuple(w for w in words if w.strip())
    return any(_gapped_from(kept, i, parts) for i in range(len(kept)))


def _gapped_from(words: tuple[str, ...], at: int, parts: list[tuple[str, ...]]) -> bool:
    """Whether ``parts`` stand from ``at`` on, a few words at most between each two."""
    first = parts[0]
    if words[at : at + len(first)] != first:
        return False
    if len(parts) == 1:
        return True
    after = at + len(first)
    return any(
        _gapped_from(words, after + gap, parts[1:])
        for gap in range(_NOTE_GAP + 1)
        if after + gap < len(words)
    )


def _is_date(token: str, book: PhraseBook) -> bool:
    """Whether a token names a date or a day, one or many ("Friday", "Fridays", "15")."""
    return (
        token in book.date_words
        or (token.endswith("s") and token[:-1] in book.date_words)
        or any(ch.isdigit() for ch in token)
    )


def _sentence_end(reading: Reading, start: int) -> int:
    """The index of the token that ends the sentence ``start`` is in."""
    for i in range(start, len(reading.tokens)):
        token = reading.tokens[i]
        if token in SENTENCE_ENDS or "\n" in token:
            return i
    return len(reading.tokens)


def _sentences(reading: Reading, start: int = 0) -> list[tuple[int, int]]:
    """The sentences from ``start`` on, in order, each as its first token and the token
    that ends it (a mark or a line break; ``len(tokens)`` when nothing closes the last).

    One pass over the tokens, for the steps that weigh every sentence in turn."""
    tokens = reading.tokens
    out: list[tuple[int, int]] = []
    at = start
    for i in range(start, len(tokens)):
        token = tokens[i]
        if token in SENTENCE_ENDS or "\n" in token:
            out.append((at, i))
            at = i + 1
    if at < len(tokens):
        out.append((at, len(tokens)))
    return out


def _followed_in_clause(reading: Reading, index: int) -> bool:
    """Whether a word follows ``index`` before the clause ends."""
    while index < len(reading.tokens) and not reading.tokens[index].strip():
        index += 1
    return index < len(reading.tokens) and not reading.breaks[index]


# Laughter written out ("jajaja", "hahaha", "kkkk", "rsrs", "lol", "mdr"): a sound, no
# word, so it goes on with nothing, as an emoji does. Two syllables at least, so that
# "he" or "ha" alone stay words.
_LAUGHTER = re.compile(r"(?:(?:ja|je|ha|he|hi|ji){2,}h?|k{3,}|(?:rs){2,}|lol|lmao|mdr|xd)")


def _worded_in_clause(reading: Reading, index: int) -> bool:
    """Whether a word that holds a letter or a figure follows ``index`` before the clause
    ends: an emoji, written laughter or a mark goes on with nothing ("passo 🙏", "paso
    😂", "ni de coña jajaja, ..."), and a line break ends the clause ("tô fora" above
    "abraço")."""
    while (
        index < len(reading.tokens)
        and not reading.breaks[index]
        and (
            not any(c.isalnum() for c in reading.tokens[index])
            or _LAUGHTER.fullmatch(reading.tokens[index].casefold()) is not None
        )
    ):
        index += 1
    return index < len(reading.tokens) and not reading.breaks[index]


def _sentence_start(reading: Reading, index: int) -> int:
    """The index of the first token of the sentence ``index`` is in."""
    while index > 0:
        token = reading.tokens[index - 1]
        if token in SENTENCE_ENDS or "\n" in token:
            break
        index -= 1
    return index


def _inner_hyphen(reading: Reading, index: int) -> bool:
    """Whether the token is a hyphen inside a word, letters right before and after it
    ("peut-être", "e-mail")."""
    offsets, tokens = reading.offsets, reading.tokens
    return (
        tokens[index] == "-"
        and 0 < index < len(tokens) - 1
        and len(offsets) == len(tokens)
        and offsets[index] == offsets[index - 1] + len(tokens[index - 1])
        and offsets[index + 1] == offsets[index] + 1
        and tokens[index - 1].isalpha()
        and tokens[index + 1].isalpha()
    )


# How many other words may stand among the words of an inability ("ich schaffe es im
# Moment einfach nicht" holds three).
_INABILITY_GAP = 4


def _clause_break(reading: Reading, index: int) -> bool:
    """Whether the token at ``index`` ends a clause: a pause, not a hyphen written inside a
    word ("salue-le", "embrasse-la")."""
    if not reading.breaks[index]:
        return False
    if reading.tokens[index] != "-" or not reading.offsets or index == 0:
        return True
    before = reading.offsets[index - 1] + len(reading.tokens[index - 1])
    return before != reading.offsets[index]


def _clause_bounds(
    reading: Reading, start: int, end: int, *, word_hyphens: bool = False
) -> tuple[int, int]:
    """The clause around the tokens ``start`` to ``end`` (end excluded), as ``(first,
    last)``: ``first`` is ``start`` moved back over every token before it that is no
    break, ``last`` is ``end`` moved on over every token from ``end`` that is no break.
    ``tokens[first:last]`` is the clause, its bounding breaks left out: the token before
    ``first``, if any, and the one at ``last``, if any, are breaks. Tokens from ``start``
    to ``end`` are not looked at, so a break among them stays inside. A break is one of
    ``reading.breaks``; with ``word_hyphens``, one that ``_clause_break`` takes for a
    clause's end, so a hyphen written onto the word before it ("salue-le") is none."""

    def ends(index: int) -> bool:
        return _clause_break(reading, index) if word_hyphens else reading.breaks[index]

    while start > 0 and not ends(start - 1):
        start -= 1
    while end < len(reading.tokens) and not ends(end):
        end += 1
    return start, end


def _name_words(asked: str) -> frozenset[str]:
    """The words of the name of the one asked about, as a text's words are read."""
    return frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)


def _time_word(token: str, book: PhraseBook) -> bool:
    """Whether a word may stand in a clause that names only a time ("early", "next",
    "month", "a few", "2027")."""
    return token in book.time_words or token in book.span_counts or _is_date(token, book)


def _said_in_order(
    reading: Reading,
    start: int,
    end: int,
    phrases: dict[str, tuple[tuple[str, ...], ...]],
    uncounted: Callable[[str], bool] | None = None,
) -> tuple[tuple[int, int], tuple[str, ...]] | None:
    """The longest of ``phrases`` (listed under their first words) whose words stand in
    order between ``start`` and ``end``, at most a few others between ("ich schaffe es
    im Moment einfach nicht"), as its token range and words; a word ending in "-" is the
    start of a word ("afadhali tusi-" in "afadhali tusikutane"). Words between for which
    ``uncounted`` holds do not count towards those few ("ich bin ab Montag eine Woche im
    Urlaub": the times)."""
    words = [(i, reading.tokens[i]) for i in range(start, end) if _is_word(reading, i)]
    tokens = [t for _, t in words]
    candidates = sorted(
        {wanted for token in tokens for wanted in phrases.get(token, ())},
        key=lambda w: (-len(w), w),
    )
    for wanted in candidates:
        for first, token in enumerate(tokens):
            if not _word_is(token, wanted[0]):
                continue
            at, found, free = first, 1, 0
            while found < len(wanted) and at + 1 < len(tokens):
                at += 1
                if _word_is(tokens[at], wanted[found]):
                    found += 1
                elif uncounted is not None and uncounted(tokens[at]):
                    free += 1
            if found < len(wanted) or at - first + 1 - len(wanted) - free > _INABILITY_GAP:
                continue
            return (words[first][0], words[at][0] + 1), wanted
    return None


def _word_is(token: str, wanted: str) -> bool:
    """Whether a token is the word wanted, or begins with it when it ends in "-"."""
    if wanted.endswith("-") and len(wanted) > 1:
        return token.startswith(wanted[:-1]) and len(token) >= len(wanted)
    return token == wanted


def _holds(words: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """Whether ``wanted`` stands in ``words``, word after word."""
    size = len(wanted)
    return any(words[i : i + size] == wanted for i in range(len(words) - size + 1))


def _in_order(wanted: tuple[str, ...], words: list[str]) -> bool:
    """Whether ``wanted`` are among ``words`` in that order, others between or not."""
    found = iter(words)
    return all(any(w == word for word in found) for w in wanted)


def _next_in_paragraph(reading: Reading, end: int, start: int) -> int | None:
    """The first word at or after ``end`` when it stands in the paragraph of ``start``
    (the sentence after one, in the same paragraph), else None."""
    at = end
    while at < len(reading.tokens) and not _is_word(reading, at):
        at += 1
    if at < len(reading.tokens) and _paragraph(reading, at) == _paragraph(reading, start):
        return at
    return None


def _paragraph(reading: Reading, index: int) -> int:
    """How many blank lines stand before the token: its paragraph's number."""
    return sum(1 for token in reading.tokens[:index] if token.count("\n") > 1)


def _is_word(reading: Reading, index: int) -> bool:
    return not reading.breaks[index] and bool(reading.tokens[index].strip())
