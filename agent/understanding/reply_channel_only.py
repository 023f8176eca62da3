"""A yes limited to one channel of contact, which the limit leaves a yes.

"Yes, but only by email", "Oui, mais uniquement par écrit", "Sí, pero solo por
WhatsApp", "Ja, aber nur per E-Mail", "Sim, mas só por e-mail", "Ndiyo, lakini kwa barua
pepe tu": the consent is given, and the channel is how the contact goes. The "but" and
the "only" there turn to logistics, not to a condition. A limit on anything else ("only
if", "only after I know more", "only with my boss on the call", "only by appointment")
still conditions the yes, and "No, only by email" still refuses.
"""

from __future__ import annotations

from agent.understanding.reply_negation import standing_yeses
from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading
from agent.understanding.reply_words import _is_word, _sentences

__all__ = ["channel_only_turns"]

# How many words, outside the contrast and the limit, a sentence of its own may hold
# that turns to the channel after a yes ("Je préfère toutefois que les premiers échanges
# se fassent uniquement par écrit"): a longer one may say more than the channel.
_TURN_WORDS = 10


def _limits(reading: Reading, book: PhraseBook) -> list[tuple[int, int]]:
    """The spans of the channel limits: one of the channel_onlys right before or after
    one of the channel_ways ("only by email", "email only", "kwa barua pepe tu")."""
    tokens = reading.tokens
    out: list[tuple[int, int]] = []
    if book.channel_onlys.isdisjoint(tokens):
        # No "only" word, no limit: most replies, read at once.
        return out
    for i in range(len(tokens)):
        for way in book.channel_ways:
            end = i + len(way)
            if tuple(tokens[i:end]) != way:
                continue
            if i > 0 and tokens[i - 1] in book.channel_onlys:
                out.append((i - 1, end))
            elif end < len(tokens) and tokens[end] in book.channel_onlys:
                out.append((i, end + 1))
            else:
                continue
            break
    return out


def _covered(reading: Reading, index: int, kept: list[Phrase]) -> bool:
    """Whether token ``index`` stands inside one of the ``kept`` phrases."""
    return any(p.start <= index < p.end for p in kept)


def _plain(reading: Reading, index: int, kept: list[Phrase], book: PhraseBook) -> bool:
    """Whether token ``index`` adds nothing to a limit: a mark, a filler ("please",
    "bitte", "svp") or a word of a phrase kept beside it."""
    return (
        not _is_word(reading, index)
        or reading.tokens[index] in book.preference_fillers
        or _covered(reading, index, kept)
    )


def channel_only_turns(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The starts of the contrasts and hedges that only limit a yes to a channel.

    The limit (see ``_limits``) stands after a yes not negated, and closes its sentence
    but for fillers, neutral phrases and channels ruled out ("Ok but only by email, no
    calls."). Either the yes opens its sentence with nothing but marks, fillers and a
    contrast between ("Yes, but only by text", "Yes, only via WhatsApp please"), or the
    limit's sentence follows the yes's, turns with a contrast and holds a few plain
    words more (see ``_TURN_WORDS``), none negated, asked, doubted or conditioned ("Oui,
    volontiers. Je préfère toutefois que les premiers échanges se fassent uniquement
    par écrit"). The sentence asks nothing. "Yes, but only if ...", "Yes, but only by
    appointment" and "Yes, but only by email for the first month" still doubt."""
    limits = _limits(reading, book)
    if not limits:
        return frozenset()
    yeses = standing_yeses(reading, book)
    if not yeses:
        return frozenset()
    out: set[int] = set()
    for start, end in _sentences(reading):
        if end < len(reading.tokens) and reading.tokens[end] == "?":
            continue
        inside = [p for p in reading.phrases if start <= p.start < end]
        for first, last in limits:
            if not start <= first < end:
                continue
            turned = _turned(reading, book, (start, end), (first, last), inside, yeses)
            if turned is not None:
                out.update(turned)
    return frozenset(out)


def _turned(
    reading: Reading,
    book: PhraseBook,
    sentence: tuple[int, int],
    limit: tuple[int, int],
    inside: list[Phrase],
    yeses: list[Phrase],
) -> set[int] | None:
    """The starts of the phrases one limit turns to a channel in its sentence, or None
    when it limits more than the channel (see ``channel_only_turns``)."""
    start, end = sentence
    first, last = limit
    # The phrases that may stand beside the limit: the limit's own hedges ("but only",
    # "only by"), contrasts, channels ruled out, and neutral phrases.
    kept = [
        p
        for p in inside
        if p.label in ("neutral", "contrast")
        or (
            p.label == "hedge"
            and ((p.start < last and p.end > first) or p.text in book.channel_limits)
        )
    ]
    if any(
        not _plain(reading, i, kept, book)
        or (book.negates_at(reading, i) and not _covered(reading, i, kept))
        for i in range(last, end)
    ):
        return None
    own = [p for p in yeses if start <= p.start and p.end <= first]
    if own:
        lead = max(p.end for p in own)
        between = range(lead, first)
        if any(not _plain(reading, i, kept, book) for i in between):
            return None
        if any(p not in kept for p in inside if lead <= p.start < first):
            return None
        return {p.start for p in kept if p.label != "neutral" and p.start >= lead}
    if not any(p.end <= start for p in yeses):
        return None
    if not any(p.label == "contrast" for p in kept):
        return None
    if any(p not in kept and p.label != "yes" for p in inside):
        return None
    words = [
        i for i in range(start, first) if _is_word(reading, i) and not _covered(reading, i, kept)
    ]
    if len(words) > _TURN_WORDS:
        return None
    told = [reading.tokens[i] for i in words]
    # A condition ("if", "si", "wenn") is a hedge, so no phrase kept: the words left
    # are only looked through for a doubt, a decision or someone else (reach_stops).
    if any(w in book.reach_stops or w.startswith(book.reach_stop_stems) for w in told) or any(
        book.negates_at(reading, i) for i in words
    ):
        return None
    return {p.start for p in kept if p.label != "neutral"}
