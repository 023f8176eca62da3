"""A yes to making the introduction oneself: the question misread, no consent.

"Sure, happy to introduce you to him.", "Oui, je peux vous le présenter", "Claro,
con gusto te lo presento... presentártelo", "Ja, ich kann ihn Ihnen vorstellen": the
writer takes the question for a request to introduce the asker to the other, and
agrees to do that. That is no consent to be introduced; the reply is left unclear,
as a refusal of the same act is (reply_refusals: misread_acts). The words
(misread_acts, misread_objects) are data in ``rules/replies/*.json``.
"""

from __future__ import annotations

from agent.understanding.reply_negation import standing_yeses
from agent.understanding.reply_phrases import PhraseBook, Reading
from agent.understanding.reply_refusals import _listed_at
from agent.understanding.reply_words import _clause_bounds, _is_word, _sentences

__all__ = ["misread_yes"]


def misread_yes(reading: Reading, book: PhraseBook, asked: str = "") -> str | None:
    """The act the writer agrees to make, when the reply's yes agrees only to making
    the introduction themselves; None otherwise.

    One of the misread_acts stands in the reply, no negator before it in its clause,
    its object the other (built into the act, "vous le présenter", or, after an act
    that ends on its link, "introduce you to", one of the misread_objects, "him",
    "her", or a word of the asked name). Every sentence holding a yes not negated
    holds such an act ("Sure, happy to introduce you to him.") or is a bare yes with
    nothing else ("Sure. Happy to introduce you to him."), and one at least holds the
    act. "Yes, happy to meet him. I can also introduce you to my team." keeps its yes
    (an own yes, and the team is no other), and so does "Yes please, happy to be
    introduced to him"."""
    if not book.misread_acts:
        return None
    tokens = reading.tokens
    words = [(i, t) for i, t in enumerate(tokens) if t.strip()]
    acts = [
        (start, end, said)
        for start, end, said in _listed_at(words, "misread_acts")
        if _of_the_other(reading, end, said, book, asked)
        and not any(
            book.negates_at(reading, i)
            for i in range(_clause_bounds(reading, start, end)[0], start)
        )
    ]
    if not acts:
        return None
    yeses = standing_yeses(reading, book)
    if not yeses:
        return None
    held = False
    for start, end in _sentences(reading):
        said = [p for p in yeses if start <= p.start < end]
        if not said:
            continue
        if any(start <= a < end for a, _, _ in acts):
            held = True
            continue
        covered = {i for p in said for i in range(p.start, p.end)}
        if any(_is_word(reading, i) and i not in covered for i in range(start, end)):
            return None
    return acts[0][2] if held else None


def _of_the_other(reading: Reading, end: int, said: str, book: PhraseBook, asked: str) -> bool:
    """Whether the act found ending at ``end`` is made toward the other: its object
    built in, or, after an act ending on a link word ("to", "with", "à", "a", "con",
    "na"), the next word one of the misread_objects or of the asked name."""
    if said.split()[-1] not in book.misread_links:
        return True
    tokens = reading.tokens
    after = next((i for i in range(end, len(tokens)) if tokens[i].strip()), None)
    if after is None or reading.breaks[after]:
        return False
    word = tokens[after]
    names = {w for w in asked.lower().split() if w}
    return word in book.misread_objects or word in names
