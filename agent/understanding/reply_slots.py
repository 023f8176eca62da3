"""A time of day said to suit, or not to suit, with no word about the introduction.

The opt-in question asks whether the writer wants the introduction; it proposes no
meeting time. A reply that says nothing but that a time suits ("Thursday 3pm works 👍",
"Jeudi 15h me va", "Donnerstag 15 Uhr passt") may answer another mail, a rota or a
meeting being arranged elsewhere: its yes is the time's, not the introduction's, and the
reply is unclear. Only when the quoted reason itself names that day and hour ("sie
schlägt Donnerstag, 15 Uhr vor") does accepting the slot accept the call, and so the
introduction. The other way round, a time said not to suit ("Quinta às 15h não dá, tô
de plantão") turns down the slot, not the introduction: no refusal of it either.

The words such a time may stand with are data in ``rules/replies/*.json``: date_words,
clock_words ("at", "um", "saa"), slot_words ("works", "passt", "me va") and the
writer's own pronouns (own_subjects).
"""

from __future__ import annotations

import re

from agent.understanding.reply_phrases import PhraseBook, Reading, normalise
from agent.understanding.reply_words import (
    _CLOCK,
    _DOTTED_CLOCK,
    _is_word,
    _sentence_start,
    _time_word,
)

__all__ = ["declined_times", "names_the_times", "suited_time_yeses"]

# "3pm", "15h", "15:00", "3.30pm": the hour a clock token names, and whether "pm" ends it.
_HOUR = re.compile(r"(\d{1,2})(?:[:h.]\d{2})?(am|pm|h)?")
_PM_FROM = 12


def _hour_at(tokens: tuple[str, ...], i: int, book: PhraseBook) -> int | None:
    """The hour of day the token at ``i`` names, on a 24-hour clock: a clock token
    ("3pm", "15h", "15:00") or a number with one of the clock_words before or after it
    ("at 3", "15 Uhr", "saa 9"); None for any other token."""
    token = tokens[i]
    clock = bool(_CLOCK.fullmatch(token) or _DOTTED_CLOCK.fullmatch(token))
    if not clock and not (
        token.isdigit()
        and (
            (i > 0 and tokens[i - 1] in book.clock_words)
            or (i + 1 < len(tokens) and tokens[i + 1] in book.clock_words)
        )
    ):
        return None
    match = _HOUR.fullmatch(token)
    if match is None:
        return None
    hour = int(match.group(1))
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    if (match.group(2) == "pm" or after == "pm") and hour < _PM_FROM:
        hour += _PM_FROM
    return hour


def _times(tokens: tuple[str, ...], book: PhraseBook) -> tuple[frozenset[str], frozenset[int]]:
    """The date words ("thursday", "donnerstag") and the hours of day the tokens name."""
    days = frozenset(t for t in tokens if t in book.date_words)
    hours = frozenset(h for i in range(len(tokens)) if (h := _hour_at(tokens, i, book)) is not None)
    return days, hours


def _about_the_introduction(words: list[str], book: PhraseBook, asked: str) -> bool:
    """Whether the words name the one asked about, the introduction (intro_stems) or a
    meeting (meeting_words)."""
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)
    text = f" {' '.join(words)} "
    return (
        not names.isdisjoint(words)
        or any(stem in text for stem in book.intro_stems)
        or any(f" {w} " in text for w in book.meeting_words)
    )


def suited_time_yeses(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """Where the yes phrases start when the whole reply is a time of day said to suit
    and nothing else: every word is a date, a time word, one of the clock_words,
    slot_words ("works", "me va", "passt", "inafaa") or own_subjects, an hour, or a
    word of a yes phrase that is a confirmation ("ok", "yes") or an emoji; an hour
    among them ("Thursday 3pm works 👍", "Jeudi 15h me va"); no question asked and
    nothing naming the one asked about, the introduction or a meeting. Empty otherwise:
    "Happy to speak with him - Thursday 3pm works", "Thursday 3pm works for a call",
    "Thursday works for me" (no hour) and "Thursday 3pm?" keep their reading."""
    tokens = reading.tokens
    if "?" in tokens:
        return frozenset()
    yeses = [p for p in reading.phrases if p.label == "yes"]
    if not yeses or any(p.label not in ("yes", "neutral") for p in reading.phrases):
        return frozenset()
    covered = {
        k
        for p in yeses
        if p.text in book.confirmations
        or all(
            w in book.slot_words or w in book.own_subjects or not any(c.isalnum() for c in w)
            for w in p.text.split()
        )
        for k in range(p.start, p.end)
    }
    words = [i for i in range(len(tokens)) if _is_word(reading, i)]
    if _about_the_introduction([tokens[i] for i in words], book, asked):
        return frozenset()
    hours = [i for i in words if _hour_at(tokens, i, book) is not None]
    if not hours:
        return frozenset()
    if not all(
        i in covered
        or i in hours
        or not any(c.isalnum() for c in tokens[i])
        or _time_word(tokens[i], book)
        or tokens[i] in book.clock_words
        or tokens[i] in book.slot_words
        or tokens[i] in book.own_subjects
        for i in words
    ):
        return frozenset()
    if not all(p.start in covered for p in yeses):
        return frozenset()
    return frozenset(p.start for p in yeses)


def declined_times(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where the refusals start that turn down a time of day only: the clause before the
    refusal, from its sentence's start, holds an hour and nothing but dates, time words,
    clock_words and the writer ("Quinta às 15h não dá, tô de plantão", "El jueves a las
    15h no puedo"). The slot is declined, not the introduction. "Agora não dá" (no
    hour), "Não dá" and "No, 3pm doesn't work" keep their refusal."""
    tokens = reading.tokens
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "no":
            continue
        start = _sentence_start(reading, phrase.start)
        before = [i for i in range(start, phrase.start) if _is_word(reading, i)]
        if not any(_hour_at(tokens, i, book) is not None for i in before):
            continue
        if any(p.start in before for p in reading.phrases if p.label in ("yes", "no")):
            continue
        if all(
            _hour_at(tokens, i, book) is not None
            or not any(c.isalnum() for c in tokens[i])
            or _time_word(tokens[i], book)
            or tokens[i] in book.clock_words
            or tokens[i] in book.own_subjects
            for i in before
        ):
            out.add(phrase.start)
    return frozenset(out)


def names_the_times(reason: str, said: str, book: PhraseBook) -> bool:
    """Whether the quoted ``reason`` names every day and hour the reply ``said`` names,
    at least one hour among them: "Donnerstag 15 Uhr passt" under "sie schlägt
    Donnerstag, 15 Uhr vor" accepts the slot the reason proposes."""
    said_days, said_hours = _times(book.read(normalise(said)).tokens, book)
    if not said_hours:
        return False
    days, hours = _times(book.read(normalise(reason)).tokens, book)
    return said_days <= days and said_hours <= hours
