"""Being busy now, with a near later time preferred for the meeting, after a yes.

"Sure, go ahead. I'm swamped this week though, next week is better", "Passt, mach ma.
Bin die Woche aber im Stress, nächste Woche besser", "Oui, vas-y. Je suis débordé cette
semaine, la semaine prochaine c'est mieux", "Sí, adelante. Esta semana ando a tope, mejor
la próxima semana", "Sim, pode. Estou atolado esta semana, semana que vem é melhor",
"Ndiyo, sawa. Nimebanwa wiki hii, wiki ijayo ni bora": the complaint tells why the
meeting suits the writer better a little later; the yes before it stands, and the
complaint refuses nothing. The words (busy_complaints, near_laters, later_betters) are
data in ``rules/replies/*.json``.
"""

from __future__ import annotations

from collections.abc import Sequence

from agent.understanding.reply_negation import _standing_yes_before
from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading
from agent.understanding.reply_words import _clause_bounds, _is_word

__all__ = ["busy_laters"]

# How many other words may stand in the complaint's clause ("bin die Woche aber im
# Stress", "I'm swamped with the harvest this week").
_COMPLAINT_WORDS = 5
# How many other words may stand in the preference's clause beside the time and the
# word that prefers it ("next week is better for me").
_PREFERENCE_WORDS = 3


def busy_laters(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where the phrases start that a complaint of being busy, told after a yes with a
    near later time preferred right after it, holds: the complaints, the contrasts in
    its clause or the preference's ("though", "aber", "mas") and the words that prefer
    the time when they are phrases of their own ("passt", Swahili "ni bora").

    A clause holding one or more of the busy_complaints, a few other words at most,
    after a yes not negated, is followed, in its sentence or as the next sentence's
    first clause, by a clause that names one of the near_laters ("next week", "nächste
    Woche") and one of the later_betters ("better", "besser", "mieux", "mejor",
    "melhor", "ni bora"), a few other words at most. Neither clause negates anything,
    holds another phrase (a hedge, a refusal, a question) or ends on a question mark:
    "I'm swamped, sorry" has no yes, "Sure, but not until I'm less swamped", "Sure.
    I'm swamped and not taking calls, next week is better", "Sure. I'm swamped, maybe
    next week is better" and "Sure. I'm swamped though, so next week is better?" are
    read as before. A complaint with no time preferred ("Sure, go ahead. I'm swamped
    this week though.") is read by ``reply_busy_heads_ups``."""
    if not book.near_laters or not book.later_betters:
        return frozenset()
    spans = busy_spans(reading, book)
    if not spans:
        return frozenset()
    out: set[int] = set()
    for start, end in spans:
        if not _standing_yes_before(reading, start, book):
            continue
        first, last = _clause_bounds(reading, start, end)
        held = _phrases_in(reading, first, last)
        if not _plain_complaint(reading, held, (start, end), first, last, book):
            continue
        preference = _preference_after(reading, last, book)
        if preference is None:
            continue
        out.update(p.start for p in held if p.label != "neutral")
        out.update(preference)
    return frozenset(out)


def busy_spans(reading: Reading, book: PhraseBook) -> list[tuple[int, int]]:
    """The spans of the reply's complaints of being busy: the busy_complaints read as
    refusals, and the busy states said as a compound (``_busy_compounds``)."""
    spans = [
        (p.start, p.end)
        for p in reading.phrases
        if p.label == "no" and p.text in book.busy_complaints
    ]
    return spans + _busy_compounds(reading, book)


def _busy_compounds(reading: Reading, book: PhraseBook) -> list[tuple[int, int]]:
    """The spans of a busy state said as a compound, one of the busy_suffixes closing a
    longer word, after one of the busy_suffix_leads ("im Lesestress", "im Erntestress",
    "im Prüfungsstress"), that no refusal already reads."""
    if not book.busy_suffixes:
        return []
    tokens = reading.tokens
    out: list[tuple[int, int]] = []
    for i, token in enumerate(tokens):
        if not any(len(token) > len(s) and token.endswith(s) for s in book.busy_suffixes):
            continue
        lead = i - 1
        while lead >= 0 and not tokens[lead].strip():
            lead -= 1
        if lead >= 0 and not reading.breaks[lead] and tokens[lead] in book.busy_suffix_leads:
            out.append((lead, i + 1))
    return out


def _phrases_in(reading: Reading, first: int, last: int) -> list[Phrase]:
    return [p for p in reading.phrases if first <= p.start < last]


def _ends_asking(reading: Reading, last: int) -> bool:
    """Whether the sentence the clause ending at ``last`` is in ends on a question mark."""
    tokens = reading.tokens
    for i in range(last, len(tokens)):
        if "?" in tokens[i]:
            return True
        if tokens[i] in (".", "!") or "\n" in tokens[i]:
            return False
    return False


def _plain_complaint(
    reading: Reading,
    held: Sequence[Phrase],
    span: tuple[int, int],
    first: int,
    last: int,
    book: PhraseBook,
) -> bool:
    """Whether the clause from ``first`` to ``last``, around the complaint at ``span``,
    holds only complaints of being busy, contrasts and neutral phrases, a few other
    words, and nothing negated or asked; a phrase inside a compound's span ("im", a
    deferral's lead, of "im Lesestress") is the complaint's own."""
    if _ends_asking(reading, last):
        return False
    if any(
        p.label not in ("neutral", "contrast")
        and not (p.label == "no" and p.text in book.busy_complaints)
        and not (span[0] <= p.start and p.end <= span[1])
        for p in held
    ):
        return False
    covered = {i for p in held if p.label != "neutral" for i in range(p.start, p.end)}
    covered.update(range(*span))
    words = [i for i in range(first, last) if _is_word(reading, i)]
    if any(book.negates_at(reading, i) for i in words):
        return False
    return sum(1 for i in words if i not in covered) <= _COMPLAINT_WORDS


def _preference_after(reading: Reading, last: int, book: PhraseBook) -> set[int] | None:
    """The starts of the phrases in the clause right after the one ending at ``last``
    (in its sentence, or the next sentence's first clause) when that clause prefers a
    near later time (see ``busy_laters``); None when it does not."""
    tokens = reading.tokens
    start = last + 1
    while start < len(tokens) and not _is_word(reading, start):
        start += 1
    if start >= len(tokens) or "".join(tokens[last:start]).count("\n") >= 2:
        # A new paragraph is another matter, not the complaint's other half.
        return None
    first, end = _clause_bounds(reading, start, start + 1)
    if _ends_asking(reading, end):
        return None
    words = [i for i in range(first, end) if _is_word(reading, i)]
    if any(book.negates_at(reading, i) for i in words):
        return None
    said = [tokens[i] for i in words]
    time = _find(said, book.near_laters)
    better = _find(said, book.later_betters)
    if time is None or better is None:
        return None
    used = {*range(time[0], time[1]), *range(better[0], better[1])}
    better_span = (words[better[0]], words[better[1] - 1] + 1)
    held = _phrases_in(reading, first, end)
    for p in held:
        if p.label in ("neutral", "contrast"):
            continue
        if not (better_span[0] <= p.start and p.end <= better_span[1]):
            return None
    contrasts = {i for p in held if p.label == "contrast" for i in range(p.start, p.end)}
    others = [k for k, i in enumerate(words) if k not in used and i not in contrasts]
    if len(others) > _PREFERENCE_WORDS:
        return None
    return {p.start for p in held if p.label != "neutral"}


def _find(said: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> tuple[int, int] | None:
    """Where the first of ``phrases`` (longest first) stands among the words ``said``."""
    for wanted in phrases:
        n = len(wanted)
        for k in range(len(said) - n + 1):
            if tuple(said[k : k + n]) == wanted:
                return k, k + n
    return None
