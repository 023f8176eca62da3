"""Being busy for now, told in a sentence of its own after a yes, as a heads-up.

"Sure, go ahead. I'm swamped this week though.", "Oui, avec plaisir. Je suis débordée
cette semaine par contre.", "Sí, claro. Estoy a tope esta semana, eso sí.", "Ja, gerne.
Bin diese Woche allerdings im Stress.", "Sim, claro. Esta semana, porém, estou atolada.",
"Ndiyo, sawa. Nimebanwa wiki hii hata hivyo.": the writer warns that the coming days
are full; the yes before the sentence stands, and the complaint refuses nothing. The
words (busy_complaints, near_nows, heads_up_contrasts) are data in
``rules/replies/*.json``.
"""

from __future__ import annotations

from collections.abc import Sequence

from agent.understanding.reply_busy_laters import _find, busy_spans
from agent.understanding.reply_negation import _standing_yes_before
from agent.understanding.reply_phrases import PhraseBook, Reading
from agent.understanding.reply_words import _is_word, _sentence_end, _sentence_start

__all__ = ["busy_heads_ups"]

# How many other words may stand in the heads-up beside the complaint, the time and the
# contrast ("Bit", "Bin", "honestly pretty").
_OTHER_WORDS = 3


def busy_heads_ups(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where the phrases start that a heads-up of being busy after a yes holds: the
    complaints and the contrast.

    The heads-up is a sentence that starts after a yes not negated and holds one or
    more of the busy_complaints (or a compound closing on one of the busy_suffixes
    after one of the busy_suffix_leads: "im Lesestress"), one of the near_nows ("this
    week", "at the moment", "cette semaine", "esta semana", "diese Woche", "wiki hii")
    and exactly one contrast, one of the heads_up_contrasts ("though", "par contre",
    "eso sí", "allerdings", "porém", "hata hivyo"), closing it or inside it, and a few
    other words at most. It does not end on a question mark, negates nothing, holds no
    condition, apology or other phrase that answers, doubts or asks, and its contrast
    neither opens it ("But I'm swamped this week.") nor, when it is one of the
    open_contrasts, closes it ("I'm swamped this week, however." leaves a thought
    unsaid); no other refusal stands in the reply. "Swamped, sorry.", "I'm swamped
    this week though." with no yes, "Sure, but I'm swamped" (the yes in its sentence),
    "Sure. I'm swamped though, so not this month." and a complaint with no near time
    ("Sure. I'm swamped though.") are read as before."""
    if not book.near_nows or not book.heads_up_contrasts:
        return frozenset()
    spans = busy_spans(reading, book)
    if not spans or any(
        p.label == "no"
        and p.text not in book.busy_complaints
        and not any(s <= p.start and p.end <= e for s, e in spans)
        for p in reading.phrases
    ):
        # "Sure. I'm swamped this week though. Can't do it.": another refusal beside the
        # complaint; read as before.
        return frozenset()
    out: set[int] = set()
    seen: set[int] = set()
    for start, _ in spans:
        first = _sentence_start(reading, start)
        if first in seen:
            continue
        seen.add(first)
        if not _standing_yes_before(reading, first, book):
            continue
        last = _sentence_end(reading, start)
        found = _heads_up(reading, first, last, spans, book)
        if found is not None:
            out.update(found)
    return frozenset(out)


def _heads_up(
    reading: Reading,
    first: int,
    last: int,
    spans: Sequence[tuple[int, int]],
    book: PhraseBook,
) -> set[int] | None:
    """The starts of the phrases the sentence from ``first`` to ``last`` holds when it is
    a heads-up of being busy (see ``busy_heads_ups``); None when it is not."""
    tokens = reading.tokens
    if last < len(tokens) and "?" in tokens[last]:
        return None
    inside = [(s, e) for s, e in spans if first <= s < last]
    held = [p for p in reading.phrases if first <= p.start < last]
    contrasts = [p for p in held if p.label == "contrast"]
    if len(contrasts) != 1 or contrasts[0].text not in book.heads_up_contrasts:
        return None
    contrast = contrasts[0]
    if any(
        p.label not in ("neutral", "contrast")
        and not (p.label == "no" and p.text in book.busy_complaints)
        and not any(s <= p.start and p.end <= e for s, e in inside)
        for p in held
    ):
        return None
    words = [i for i in range(first, last) if _is_word(reading, i)]
    if not words or words[0] == contrast.start:
        # "Sure. But I'm swamped this week.": a turn against the yes, read as before.
        return None
    if contrast.text in book.open_contrasts and words[-1] < contrast.end:
        return None
    # The contrast's own words are no negation or condition ("hata" of "hata hivyo",
    # "si" of "eso sí").
    rest = [i for i in words if not contrast.start <= i < contrast.end]
    if any(book.negates_at(reading, i) for i in rest):
        return None
    if not _plain([tokens[i] for i in rest], book):
        return None
    said = [tokens[i] for i in words]
    near = _find(said, book.near_nows)
    if near is None:
        return None
    covered = {i for p in held if p.label != "neutral" for i in range(p.start, p.end)}
    covered.update(i for s, e in inside for i in range(s, e))
    covered.update(words[k] for k in range(*near))
    if sum(1 for i in words if i not in covered) > _OTHER_WORDS:
        return None
    return {p.start for p in held if p.label != "neutral"}


def _plain(said: Sequence[str], book: PhraseBook) -> bool:
    """Whether the words ``said`` hold no condition ("if", "wenn", "se") and no apology
    ("sorry", "désolée"): either makes the complaint more than a heads-up."""
    leads = {c.split()[0] for c in book.conditionals}
    if not leads.isdisjoint(said):
        return False
    return all(_find(said, [apology]) is None for apology in book.apologies)
