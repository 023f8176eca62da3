"""A turn inside a remark on the weather after a yes.

"Sawa, endelea. Nairobi baridi lakini poa, nitavaa sweta mbili.": the "lakini" weighs
the cold against the pleasure of the place, and turns nothing against the yes before it.
"""

from __future__ import annotations

from agent.understanding.reply_phrases import PhraseBook, Reading, normalise
from agent.understanding.reply_words import (
    _holds,
    _is_date,
    _is_word,
    _sentence_end,
    _sentence_start,
    _time_word,
)

# The most words the weather is weighed against after the turn ("but lovely").
_WEIGHED_WORDS = 2


def _weather_turns(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """Where each contrast stands inside a remark on the weather after a yes: its
    sentence holds one of the weather_words ("cold", "froid", "frío", "kalt", "frio",
    "baridi"); one or two words follow the contrast in its clause, none naming a time,
    and no time or date follows in the sentence; beside the contrast, the sentence holds
    no phrase but neutral ones, no question mark, no negator, none of the conditionals,
    intro_stems, meeting_words or bearing_words and no word of the name of the one asked
    about; and a yes stands in an earlier sentence. "Sure, go ahead. Oslo is cold but
    lovely, I'll pack a scarf." is yes; "Sure. It's cold here but I'd rather wait
    until spring." (more after the turn), "Yes. It's freezing but if Ana wants to come,
    fine." (a condition) and "Cold but fine." (no yes before it) read as before."""
    if not book.weather_words:
        return frozenset()
    tokens = reading.tokens
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "contrast":
            continue
        start = _sentence_start(reading, phrase.start)
        end = _sentence_end(reading, phrase.start)
        if not any(p.label == "yes" and p.end <= start for p in reading.phrases):
            continue
        words = tuple(t for t in tokens[start:end] if t.strip())
        if not any(_holds(words, w) for w in book.weather_words):
            continue
        if end < len(tokens) and tokens[end] == "?":
            continue
        if any(
            start <= p.start < end and p is not phrase and p.label != "neutral"
            for p in reading.phrases
        ):
            continue
        # "cold but lovely", "kalt, aber schön": a word or two weighed against the weather,
        # closing the clause; "cold here but I'd rather wait until spring" says more.
        after = []
        i = phrase.end
        while i < end and not (reading.breaks[i] and tokens[i].strip()):
            if _is_word(reading, i):
                after.append(tokens[i])
            i += 1
        if not 1 <= len(after) <= _WEIGHED_WORDS:
            continue
        if any(_time_word(w, book) for w in after) or any(
            tokens[k] in book.date_words
            or tokens[k] in book.later_words
            or _is_date(tokens[k], book)
            for k in range(phrase.end, end)
        ):
            # "cold but wait, March might suit me better": a time after the turn ("two
            # coats" counts no time).
            continue
        text = f" {' '.join(words)} "
        if (
            any(book.negates_at(reading, i) for i in range(start, end))
            or not book.conditionals.isdisjoint(words)
            or not names.isdisjoint(words)
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in text for w in book.meeting_words)
            or any(_holds(words, w) for w in book.bearing_words)
        ):
            continue
        out.add(phrase.start)
    return frozenset(out)
