"""A booking link handed to the one asked about, as the answer.

"Have Felix grab whatever slot suits him here: https://calendly.com/...", "Il peut
réserver un créneau ici : <link>", "Er kann hier einen Termin buchen: <link>": the
writer tells the other to book a meeting in their own calendar, which agrees to meet
as a yes does; what to do when none of its slots suits ("If nothing works, reply-all
and we'll find something") is its fallback, no condition. A robot's notice knows no
name, so such a sentence that names the one asked about also outweighs the writer's
leave told after it (see ``replies._booked_before_leave``).
"""

from __future__ import annotations

from dataclasses import replace

from agent.understanding.reply_offers import _booking_link
from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading
from agent.understanding.reply_words import (
    _holds,
    _is_word,
    _name_words,
    _sentence_end,
)

__all__ = ["booking_hands", "names_booking", "read_booking_fallbacks", "read_booking_hands"]


def booking_hands(reading: Reading, book: PhraseBook, asked: str) -> list[tuple[int, int]]:
    """The sentences, as token ranges, that hand a booking page to the one asked about.

    Such a sentence holds the link of a booking page (booking_links), in it or alone
    right after it (the sentence closed by a colon or a line's end), one of the
    booking_words ("grab", "slot", "réserver", "Termin", "marcar", "kuchagua") and a
    subject that is the other: a word of the name of the one asked about, one of the
    other_subjects ("he", "il", "er", "ele") or one of the booking_hands that hold it in
    the verb ("que agende", "anaweza kuchagua"). It holds no negator, no question mark,
    no condition, no before_words, no date and no number outside the link, and no
    phrase but yes, neutral ones and the booking_fillers ("whatever slot suits him").
    "Felix can't book a slot here: <link>", "If Felix books a slot here: <link>", "Did
    Felix book here? <link>" and a link with no one to book it hand nothing."""
    tokens = reading.tokens
    links = [i for i, t in enumerate(tokens) if any(link in t for link in book.booking_links)]
    if not links:
        return []
    named = _name_words(asked)
    out: list[tuple[int, int]] = []
    start = 0
    while start < len(tokens):
        end = _sentence_end(reading, start)
        if end <= start:
            end = start + 1
        found = _hands(reading, book, named, start, end)
        if found:
            out.append((start, end))
        start = end + 1
    return out


def _hands(reading: Reading, book: PhraseBook, named: frozenset[str], start: int, end: int) -> bool:
    """Whether the sentence from ``start`` to ``end`` hands a booking page to the one
    asked about (see ``booking_hands``)."""
    tokens = reading.tokens
    link = _booking_link(reading, start, end, book)
    if link is None:
        return False
    words = tuple(tokens[i] for i in range(start, end) if _is_word(reading, i) and i != link)
    if book.booking_words.isdisjoint(words):
        return False
    if (
        named.isdisjoint(words)
        and book.other_subjects.isdisjoint(words)
        and not any(_holds(words, hand) for hand in book.booking_hands)
    ):
        return False
    if any(
        tokens[i] == "?"
        or book.negates_at(reading, i)
        or tokens[i] in book.conditionals
        or tokens[i] in book.before_words
        or tokens[i] in book.date_words
        or (i != link and any(ch.isdigit() for ch in tokens[i]))
        for i in range(start, end)
    ):
        return False
    return all(
        p.label in ("yes", "neutral") or (p.label == "hedge" and p.text in book.booking_fillers)
        for p in reading.phrases
        if start <= p.start < end
    )


def read_booking_hands(reading: Reading, book: PhraseBook, asked: str) -> Reading:
    """The reading with each sentence that hands a booking page to the one asked about
    read as a yes at its first booking word, its booking_fillers read as nothing."""
    sentences = booking_hands(reading, book, asked)
    if not sentences:
        return reading
    kept: list[Phrase] = []
    for p in reading.phrases:
        inside = any(a <= p.start < b for a, b in sentences)
        kept.append(replace(p, label="neutral") if inside and p.label == "hedge" else p)
    for a, b in sentences:
        if any(p.label == "yes" and a <= p.start < b for p in kept):
            continue
        at = next(i for i in range(a, b) if reading.tokens[i] in book.booking_words)
        kept.append(Phrase("yes", at, at + 1, reading.tokens[at]))
    return replace(reading, phrases=tuple(sorted(kept, key=lambda p: p.start)))


def names_booking(reading: Reading, book: PhraseBook, asked: str) -> bool:
    """Whether a sentence that hands a booking page to the one asked about names them
    ("Have Felix grab a slot here: <link>"), which no robot's notice can."""
    named = _name_words(asked)
    return any(
        not named.isdisjoint(reading.tokens[a:b]) for a, b in booking_hands(reading, book, asked)
    )


def read_booking_fallbacks(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each of the booking_fallbacks ("If nothing works", "Si rien ne
    convient", "Falls nichts passt") read as neutral where the link of a booking page
    stands before it and it closes its clause (a mark or a line's end next): what to do
    when none of the page's slots suits, the meeting agreed to, no condition on the yes
    ("Yes, happy to. ... grab 30 min here: <link> / If nothing works, reply-all and
    we'll find something."). One that goes on in its clause ("if nothing works out with
    the other investor") or has no link before it still doubts."""
    tokens = reading.tokens
    links = [i for i, t in enumerate(tokens) if any(link in t for link in book.booking_links)]
    if not links:
        return reading

    def fallback(p: Phrase) -> bool:
        if p.label != "hedge" or p.text not in book.booking_fallbacks or p.start < links[0]:
            return False
        after = next((i for i in range(p.end, len(tokens)) if tokens[i].strip()), len(tokens))
        return after == len(tokens) or reading.breaks[after]

    if not any(fallback(p) for p in reading.phrases):
        return reading
    return replace(
        reading,
        phrases=tuple(replace(p, label="neutral") if fallback(p) else p for p in reading.phrases),
    )
