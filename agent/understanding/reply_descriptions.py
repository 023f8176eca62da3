"""Yeses inside a clause that describes a thing, not the writer's answer.

"A rowing club in Leith is exactly the sort of thing I'd like to see more of": the yes
phrase "I'd like to" says what kind of thing the club is, whatever the writer answers
after it ("But ... I can't take on a second one"). So do "le genre de chose que
j'aimerais voir", "el tipo de cosa que me gustaría ver", "die Art von Projekt, die ich
gerne sehen würde", "o tipo de coisa que eu gostaria de ver" and "aina ya kitu ambacho
ningependa kuona".
"""

from __future__ import annotations

from dataclasses import replace

from agent.understanding.reply_phrases import PhraseBook, Reading

__all__ = ["described_things"]

# How many words may stand between a type lead and the yes of the clause describing
# the thing it names: the thing ("thing", "Projekt"), a relative link and a subject
# ("que eu", ", die ich").
_DESCRIPTION_REACH = 4


def _type_lead_end(reading: Reading, start: int, book: PhraseBook) -> int | None:
    """Where the words after the last of the type_leads ("sort of", "genre de", "aina
    ya") before ``start`` in its clause end; None when none stands there. A stop or
    another pause but a comma (which a German relative clause takes) ends the clause."""
    tokens = reading.tokens
    words: list[int] = []
    i = start - 1
    while i >= 0 and len(words) <= _DESCRIPTION_REACH + 2:
        token = tokens[i]
        if reading.breaks[i] and token != ",":
            return None
        if token.strip() and token != ",":
            words.append(i)
        i -= 1
    for k in range(1, len(words)):
        for lead in book.type_leads:
            size = len(lead)
            if k + size > len(words) or k > _DESCRIPTION_REACH:
                continue
            # words run backwards from the yes: the lead stands right before the k words
            # between it and the yes.
            if tuple(tokens[j] for j in reversed(words[k : k + size])) == lead:
                return words[k - 1]
    return None


def described_things(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each yes read as neutral that stands in a clause describing a
    thing named after one of the type_leads, at least one word (the thing) and at most
    ``_DESCRIPTION_REACH`` between, no pause but a comma: "the sort of thing I'd like
    to see more of", "aina ya kitu ambacho ningependa kuona". A yes right after the
    lead ("I kind of would love to") describes nothing; "I'd like to meet her" and
    "Sort of. I'd like to meet her" are read as they are."""
    phrases = list(reading.phrases)
    changed = False
    for n, phrase in enumerate(phrases):
        if phrase.label != "yes":
            continue
        if _type_lead_end(reading, phrase.start, book) is not None:
            phrases[n] = replace(phrase, label="neutral")
            changed = True
    return replace(reading, phrases=tuple(phrases)) if changed else reading
