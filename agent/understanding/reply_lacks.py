"""A meeting refused only for want of something: "No deck, no meeting", a condition.

"Send me his deck first and I'll decide. No deck, no meeting - house rule." refuses
nothing yet: the two short clauses, one led by a word of lacking (lack_leads: "no",
"without", "sin", "sans", "ohne", "sem", "bila"), the other a bare negator before a
meeting (lack_outcomes: "meeting", "call", "reunión", "Termin", "mkutano"), say that
without the thing there is no meeting, a condition the agent cannot check. Their
negators are read as a hedge. "No time, no energy, sorry" names no meeting and still
refuses, and so do "No, no meeting" (no lack named between) and "No thanks, no
meeting" (a refusal of its own before the comma).
"""

from __future__ import annotations

from dataclasses import replace

from agent.understanding.reply_phrases import PhraseBook, Reading

__all__ = ["lack_conditions"]

# The most words a lack names after its lead ("no deck", "sin un deck previo").
_LACK_WORDS = 3
# The most words the refused meeting takes after its negator ("no hay reunión").
_OUTCOME_WORDS = 2


def lack_conditions(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with the negators of each "no X, no meeting" read as a hedge."""
    tokens, breaks = reading.tokens, reading.breaks
    hedged: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "no" or phrase.end != phrase.start + 1:
            continue
        end = phrase.end
        while end < len(tokens) and not breaks[end]:
            end += 1
        outcome = tokens[phrase.end : end]
        if not 1 <= len(outcome) <= _OUTCOME_WORDS or outcome[-1] not in book.lack_outcomes:
            continue
        comma = phrase.start - 1
        if comma < 1 or tokens[comma] != ",":
            continue
        lead = comma
        while lead > 0 and not breaks[lead - 1]:
            lead -= 1
        if tokens[lead] not in book.lack_leads or not 1 <= comma - lead - 1 <= _LACK_WORDS:
            continue
        # "No thanks, no meeting": the lack is plain words, no phrase of its own.
        if any(
            lead <= p.start < comma and (p.start, p.end) != (lead, lead + 1)
            for p in reading.phrases
        ):
            continue
        hedged.update((lead, phrase.start))
    if not hedged:
        return reading
    return replace(
        reading,
        phrases=tuple(
            replace(p, label="hedge") if p.label == "no" and p.start in hedged else p
            for p in reading.phrases
        ),
    )
