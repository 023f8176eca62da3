"""News of the writer's own business beside a yes, whose "already" or "no longer" doubts
and refuses nothing asked.

"Yes, by all means connect us. We already host a good number of Scandinavian groups"
and "P.S. Please tell Henrik we no longer run the sunset boat trips ourselves" tell
what the writer's firm does or has stopped doing; the consent said before stands.
"""

from __future__ import annotations

from agent.understanding.reply_deferrals import _date_follows
from agent.understanding.reply_negation import _standing_yes_before
from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading, normalise
from agent.understanding.reply_words import (
    _clause_bounds,
    _holds,
    _sentence_end,
    _sentence_start,
    _unelided,
)

# How many words may stand between the writer's plural subject and the "already" or
# "no longer" it goes with ("dass wir die Bootsfahrten nicht mehr ...").
_SUBJECT_GAP = 3


def _business_news(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """The tokens of news of the writer's own business, in a sentence after one that
    says yes: "We already host a good number of Scandinavian groups", "Please tell
    Henrik we no longer run the sunset boat trips ourselves", "nous ne faisons plus les
    sorties en bateau nous-mêmes", "ya no organizamos los paseos".

    The news is a stretch from the writer's plural subject (news_subjects: "we",
    "nous", "wir"; or a verb with one of the news_plural_endings right after the mark:
    "ya no organizamos") to its clause's end, or to a joiner with a subject after it
    ("... groups and I would be glad"), holding an "already" (already_words, a hedge)
    with one of the tallies after it ("a good number of", "several"), or a "no longer"
    (no_longer_words, a refusal; or a negator with one of the no_longer_tails after it
    in its clause: "ne ... plus", "nicht mehr") with at least two words after it. The
    stretch holds none of the held_presents (what the writer has, needs, takes or does
    with others, a pronoun for the matter, a possessive of the other's, a modal:
    "have", "need", "take", "work", "that", "his", "can"; an elided negator left out:
    "n'avons"), no wish, none of the bearing_words, intro_stems or meeting_words, no
    word of the name of the one asked about, no condition, question or other negation,
    and no phrase but neutral ones and undated deferral leads ("in mind"). Its sentence
    holds no condition, question or negation and no phrase but yes, neutral and undated
    deferral ones besides; no own_subjects before the news ("I doubt we ..."), so a
    name there only relays it ("Please tell Henrik ..."); after it, a joined clause
    that says yes, or more news with none of the own_subjects or tool_consequences
    (", that is now done by the Dunga Beach operators"; not ", so I doubt it"). "Yes.
    We already have a guide.", "Yes. We no longer take on new clients.", "Yes. We no
    longer want to meet.", "Yes, but we no longer run trips." and "We no longer run
    trips. Yes." still doubt or refuse."""
    tokens = reading.tokens
    yes_sentences = {_sentence_start(reading, p.start) for p in reading.phrases if p.label == "yes"}
    if not yes_sentences:
        return frozenset()
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)
    out: set[int] = set()
    for anchor, after, counted in _marks(reading, book):
        start = _sentence_start(reading, anchor)
        if min(yes_sentences) >= start:
            continue
        end = _sentence_end(reading, start)
        subject = _subject(reading, book, start, anchor, after)
        if subject is None:
            continue
        last = _stretch_end(reading, book, after, end)
        rest = [i for i in range(after, last) if tokens[i].strip() and not reading.breaks[i]]
        if len(rest) < 2:
            continue
        if counted and not any(tokens[i] in book.tallies or tokens[i].isdigit() for i in rest):
            continue
        if not _quiet_stretch(reading, book, names, subject, last, anchor):
            continue
        if not _quiet_sentence(reading, book, start, end, subject, last):
            continue
        out.update(range(subject, last))
    return frozenset(out)


def _marks(reading: Reading, book: PhraseBook) -> list[tuple[int, int, bool]]:
    """Each "already" or "no longer" as ``(anchor, after, counted)``: where it starts,
    the first token after it, and whether it is an "already", which needs a count."""
    tokens = reading.tokens
    marks: list[tuple[int, int, bool]] = []
    for phrase in reading.phrases:
        if phrase.label == "hedge" and phrase.text in book.already_words:
            marks.append((phrase.start, phrase.end, True))
        elif phrase.label == "no" and phrase.text in book.no_longer_words:
            marks.append((phrase.start, phrase.end, False))
    for i in range(len(tokens)):
        if not book.negates_at(reading, i) or any(p.start <= i < p.end for p in reading.phrases):
            continue
        k = i + 1
        while k < len(tokens) and not reading.breaks[k]:
            if tokens[k] in book.no_longer_tails:
                # "nous ne faisons plus les sorties": the verb between stays in the news.
                marks.append((i, i + 1, False))
                break
            k += 1
    return marks


def _subject(reading: Reading, book: PhraseBook, start: int, anchor: int, after: int) -> int | None:
    """Where the writer's plural subject of the mark at ``anchor`` stands: one of the
    news_subjects a few words before it in its clause, or the mark itself when the word
    right after it ends in one of the news_plural_endings ("ya no organizamos")."""
    tokens = reading.tokens
    words = 0
    i = anchor - 1
    while i >= start and not reading.breaks[i] and words <= _SUBJECT_GAP:
        if tokens[i].strip():
            if tokens[i] in book.news_subjects:
                return i
            words += 1
        i -= 1
    following = next((k for k in range(after, len(tokens)) if tokens[k].strip()), None)
    if (
        following is not None
        and not reading.breaks[following]
        and any(tokens[following].endswith(e) for e in book.news_plural_endings)
    ):
        return anchor
    return None


def _stretch_end(reading: Reading, book: PhraseBook, after: int, end: int) -> int:
    """Where the news from ``after`` on ends: its clause's end, or a joiner with one of
    the own_subjects right after it ("... groups and I would be glad")."""
    tokens = reading.tokens
    words = [k for k in range(after, end) if tokens[k].strip()]
    for n, k in enumerate(words):
        if reading.breaks[k]:
            return k
        if (
            tokens[k] in book.joiners
            and n + 1 < len(words)
            and tokens[words[n + 1]] in book.own_subjects
        ):
            return k
    return end


def _quiet_stretch(
    reading: Reading, book: PhraseBook, names: frozenset[str], first: int, last: int, anchor: int
) -> bool:
    """Whether the news from ``first`` to ``last`` holds nothing of the introduction,
    the meeting or the one asked about, nothing the writer has, needs or does with
    others, no condition, question or other negation, and no phrase but neutral ones
    and the mark at ``anchor``."""
    tokens = reading.tokens
    words = tuple(t for t in tokens[first:last] if t.strip())
    text = " ".join(words)
    if (
        "?" in words
        or not book.conditionals.isdisjoint(words)
        or not names.isdisjoint(words)
        # "n'avons" is "avons".
        or not book.held_presents.isdisjoint(_unelided(words))
        or any(w in book.wish_words for w in words)
        or any(stem in text for stem in book.intro_stems)
        or any(f" {w} " in f" {text} " for w in book.meeting_words)
        or any(_holds(words, w) for w in book.bearing_words)
    ):
        return False
    if any(
        book.negates_at(reading, i) and i != anchor and not _inside_mark(reading, book, i, anchor)
        for i in range(first, last)
    ):
        return False
    return not any(
        first <= p.start < last and p.start != anchor and not _idle(reading, p, book)
        for p in reading.phrases
    )


def _inside_mark(reading: Reading, book: PhraseBook, index: int, anchor: int) -> bool:
    """Whether the negator at ``index`` is part of the "no longer" phrase at ``anchor``
    ("ya no", "no longer")."""
    return any(
        p.start == anchor and p.start <= index < p.end and p.text in book.no_longer_words
        for p in reading.phrases
    )


def _quiet_sentence(
    reading: Reading, book: PhraseBook, start: int, end: int, first: int, last: int
) -> bool:
    """Whether the sentence around the news (``first`` to ``last``) holds no condition,
    question or negation and no phrase but yes and neutral ones outside the news."""
    tokens = reading.tokens
    # The sentence's closing mark counts: "Do we no longer run boat trips?" asks.
    stop = min(end + 1, len(tokens))
    outside = [i for i in (*range(start, first), *range(last, stop)) if tokens[i].strip()]
    if any(
        tokens[i] == "?" or tokens[i] in book.conditionals or book.negates_at(reading, i)
        for i in outside
    ):
        return False
    # "I doubt we already host ...": the writer's own word before the news weighs it.
    if any(tokens[i] in book.own_subjects for i in range(start, first)):
        return False
    tail = [tokens[i] for i in range(last, end) if tokens[i].strip()]
    if tail and tail[0] in book.joiners:
        # "... groups and I would be glad to hear ...": a clause of the writer's own
        # joined to the news must say yes.
        if not any(last <= p.start < end and p.label == "yes" for p in reading.phrases):
            return False
    elif tail:
        # ", that is now done by the Dunga Beach operators": more news, the writer's
        # own stance and a consequence left out ("..., so I doubt it").
        text = f" {' '.join(tail)} "
        if any(t in book.own_subjects for t in tail) or any(
            f" {c} " in text for c in book.tool_consequences
        ):
            return False
    return not any(
        (start <= p.start < first or last <= p.start < end)
        and p.label != "yes"
        and not _idle(reading, p, book)
        for p in reading.phrases
    )


def _idle(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether the phrase doubts nothing: a neutral one, or a deferral lead with no date
    after it ("what Henrik has in mind")."""
    return phrase.label == "neutral" or (
        phrase.label == "deferral" and not _date_follows(reading, phrase, book)
    )


# How many words must stand between the writer's plural subject and the date's lead:
# a verb and what it is done to ("wir schreiben die Linie ... im Juni aus").
_NEWS_DATE_WORDS = 2


def _business_dates(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """Where the date leads start that time news of the writer's own business, told in
    a clause after a yes: "gerne, das passt sogar gut - wir schreiben die Linie für
    Landshut im Juni aus", "Yes, happy to - we are launching the new range in June",
    "Oui, ça tombe bien : nous ouvrons la boutique en juin".

    The clause opens on the writer's plural subject (news_subjects: "we", "wir",
    "nous"; or a verb with one of the news_plural_endings: "lanzamos la línea en
    junio"), a few words stand before the dated deferral lead, a yes no negator takes
    back stands before the clause, and the clause is quiet as business news is (no
    wish, meeting, introduction, name of the one asked about, condition, negation or
    other phrase; see ``_quiet_stretch``) and holds none of the news_date_stops, the
    writer's own time ("back", "free", "zurück", "Zeit"), and its sentence asks
    nothing. "Gerne, wir sprechen im Juni", "Yes, we are back in June", "Yes, we can
    meet in June" and "Yes, but we only start in June" still put the yes off."""
    if not book.news_subjects and not book.news_plural_endings:
        return frozenset()
    tokens = reading.tokens
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "deferral" or not _date_follows(reading, phrase, book):
            continue
        first, last = _clause_bounds(reading, phrase.start, phrase.end)
        words = [i for i in range(first, last) if tokens[i].strip()]
        stop = _sentence_end(reading, phrase.start)
        if not words or "?" in tokens[stop : stop + 1]:
            continue
        opening = tokens[words[0]]
        if opening not in book.news_subjects and not (
            len(opening) > 4 and any(opening.endswith(e) for e in book.news_plural_endings)
        ):
            continue
        if sum(1 for i in words if words[0] < i < phrase.start) < _NEWS_DATE_WORDS:
            continue
        if not _standing_yes_before(reading, first, book):
            continue
        if not book.news_date_stops.isdisjoint(_unelided(tokens[i] for i in words)):
            continue
        if not _quiet_stretch(reading, book, names, first, last, phrase.start):
            continue
        out.add(phrase.start)
    return frozenset(out)
