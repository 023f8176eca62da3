"""The writer's phone number kept back after a yes, which the yes survives.

"Yes, happy to meet Leo! Only thing — please don't give him my mobile", "Ja, gerne.
Meine Handynummer bitte nicht weitergeben", "De una, pero porfa no le pasen mi número
de celular", "Oui, mais ne lui donne pas mon numéro de portable", "Sim, claro. Só não
passe o meu número de telefone", "Ndiyo, sawa. Ila tafadhali usimpe namba yangu ya
simu": the agent only ever passes on email addresses, so keeping the phone number back
after a clear yes is a note on privacy, not a refusal. What is kept back must be the
phone number and nothing else: "please don't give him my email", "usimpe anwani
yangu", "don't pass on any of my details" and "don't give him my number until
January" still refuse or wait, and so does any of them with no yes before it. The
sentence right after the note may tell why, negating only the phone ("Ich bin im Sommer
oft auf der Alp und nehme ohnehin kaum ab"). The writer's habit says as much as a
request ("Email only please - I don't give out my number to people I don't know and I'm
not on WhatsApp", "não passo meu telefone para ninguém que não conheço"); an inability
("I cannot share my phone number") does not.
"""

from __future__ import annotations

from dataclasses import replace

from agent.understanding.reply_channel_only import _limits
from agent.understanding.reply_handovers import _asked, _clauses
from agent.understanding.reply_negation import _negated, _negated_after
from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading
from agent.understanding.reply_reach import _reach_word
from agent.understanding.reply_words import (
    _clause_bounds,
    _is_word,
    _paragraph,
    _sentence_end,
    _sentence_start,
)

__all__ = ["phone_withheld"]


def phone_withheld(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each request not to pass on the writer's phone number read as
    one neutral phrase, when a yes not negated stands before it.

    The request is a clause of its own (a hyphen inside a word breaks none) that holds
    one of the phone_things ("my mobile", "meine Handynummer", "namba yangu ya simu"),
    one of the withhold_verbs ("give", "weitergeben", "pasen") with a negator, or one
    of the withhold_negatives that negate in their own form (Swahili "usimpe"), and
    besides only withhold_words ("please", "him", "bitte", "porfa", "tafadhali") and a
    contrast before them ("but", "pero", "ila"), from which the request is read when
    one stands in the clause ("sin problema 👍 pero porfa no le pasen ..."), or a dash
    standing apart. The writer may be its subject (own_nominatives: "I don't give out
    my number"), with only habit_negators then, and withhold_tails may follow the
    number ("to people I don't know", "e não uso whatsapp"), only after a channel
    limit in its sentence ("Email only please, I don't give out my number"). Its
    sentence asks nothing, and no phrase reaches across its bounds. Any other word ("or
    my email", "until January", "any of my details") leaves the clause as it was
    read."""
    yeses = [
        p.end
        for p in reading.phrases
        if p.label == "yes"
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
    ]
    if not yeses:
        return reading
    tokens = reading.tokens
    phrases = list(reading.phrases)
    changed = False
    for start, end in _clauses(tokens, reading.breaks):
        span = _request(reading, start, end, book)
        if span is None or _asked(tokens, reading.breaks, end):
            continue
        first, last = span
        if not any(y <= first for y in yeses):
            continue
        if any((p.start < first < p.end) or (p.start < last < p.end) for p in phrases):
            continue
        text = " ".join(t for t in tokens[first:last] if t.strip())
        phrases = [p for p in phrases if not first <= p.start < last]
        phrases.append(Phrase("neutral", first, last, text))
        why = _why(replace(reading, phrases=tuple(phrases)), first, book)
        spans = {(p.start, p.end) for p in why}
        phrases = [p for p in phrases if (p.start, p.end) not in spans]
        phrases.extend(why)
        changed = True
    if not changed:
        return reading
    return replace(reading, phrases=tuple(sorted(phrases, key=lambda p: (p.start, p.end))))


def _request(reading: Reading, start: int, end: int, book: PhraseBook) -> tuple[int, int] | None:
    """Where a request to keep the phone number back stands in the clause from
    ``start`` to ``end`` (see ``phone_withheld``), or None."""
    tokens = reading.tokens
    words = [i for i in range(start, end) if tokens[i].strip() and tokens[i] != "-"]
    if not words:
        return None
    k = 0
    turn = max(
        (p.end for p in reading.phrases if p.label == "contrast" and start <= p.start < end),
        default=None,
    )
    if turn is not None:
        # "sin problema 👍 pero porfa no le pasen ...", "Ila tafadhali usimpe ...": the
        # request follows the clause's last contrast, which it takes in.
        while k < len(words) and words[k] < turn:
            k += 1
        opening = max(p.start for p in reading.phrases if p.end == turn)
    else:
        opening = words[0]
    dash = max((i for i in range(start, end) if _spaced_dash(reading, i)), default=None)
    if dash is not None and (turn is None or dash >= turn):
        # "Email only please - I don't give out my number": a dash standing apart
        # opens the note as a contrast would; what is before it is read for itself.
        while k < len(words) and words[k] < dash:
            k += 1
        opening = dash
    things = verbs = negations = 0
    negators: list[str] = []
    while k < len(words):
        i = words[k]
        said = tuple(tokens[j] for j in words[k:])
        if things:
            # "... para ninguém que não conheço e não uso whatsapp": whom the number is
            # kept from, and a channel the writer does not use, after the number.
            tail = next((len(t) for t in book.withhold_tails if said[: len(t)] == t), 0)
            if tail:
                k += tail
                continue
        size = next((len(t) for t in book.phone_things if said[: len(t)] == t), 0)
        if size:
            things += 1
            k += size
            continue
        token = tokens[i]
        if token in book.withhold_negatives:
            verbs += 1
            negations += 1
        elif token in book.withhold_verbs:
            verbs += 1
        elif book.negates_at(reading, i):
            negations += 1
            negators.append(token)
        elif token not in book.withhold_words and token not in book.own_nominatives:
            # "I don't give out my number", "meine Nummer gebe ich nicht": the writer's
            # habit tells what a request would.
            return None
        k += 1
    own = any(tokens[i] in book.own_nominatives or tokens[i] in book.habit_verbs for i in words)
    if own and not book.habit_negators.issuperset(negators):
        # "I cannot share my phone number": what the writer is unable to do, no habit.
        return None
    if own and not any(
        _sentence_start(reading, a) == _sentence_start(reading, start) and b <= opening
        for a, b in _limits(reading, book)
    ):
        # The habit reads as a note only after a channel limit in its sentence ("Email
        # only please, I don't give out my number"); said alone after a note on the
        # writer's week it may tell why the yes is not plain.
        return None
    if things != 1 or not verbs or not negations:
        return None
    return opening, words[-1] + 1


def _spaced_dash(reading: Reading, index: int) -> bool:
    """Whether the token at ``index`` is a hyphen with a space on either side, a dash
    between two clauses ("please - I don't"), never the hyphen inside "E-Mail"."""
    tokens, offsets = reading.tokens, reading.offsets
    if tokens[index] != "-" or not 0 < index < len(tokens) - 1 or len(offsets) != len(tokens):
        return False
    before = offsets[index - 1] + len(tokens[index - 1]) < offsets[index]
    return before and offsets[index] + 1 < offsets[index + 1]


def _why(reading: Reading, note: int, book: PhraseBook) -> list[Phrase]:
    """The negators and the "already"s of the sentence right after the note at
    ``note``, in its paragraph, read as neutral when that sentence only tells why the
    phone is kept back: it holds no phrase but neutral ones and "already" hedges
    (already_words), no question mark, none of the conditionals, no meeting word, none
    of the intro_stems and no one else (reply_gap_others), and each negator's clause
    names the phone (a word of the phone_things, a channel or one of the reach_pickups:
    "und nehme ohnehin kaum ab"). An "already"'s clause must name the phone, count
    (tallies: "I get too many calls already") and hold none of the held_verbs and no
    second matter joined to it (condition_joiners: "and", "or"). "Ich will
    ihn nicht treffen", "I don't trust him" still negate, and "I already know him",
    "He already has it", "We already had a few calls" still doubt."""
    tokens = reading.tokens
    start = _sentence_end(reading, note) + 1
    while start < len(tokens) and not _is_word(reading, start):
        start += 1
    if start >= len(tokens) or _paragraph(reading, start) != _paragraph(reading, note):
        return []
    if _sentence_start(reading, start) != start:
        return []
    end = _sentence_end(reading, start)
    words = [tokens[i] for i in range(start, end) if _is_word(reading, i)]
    text = f" {' '.join(words)} "
    negators = [i for i in range(start, end) if book.negates_at(reading, i)]
    alreadys = [p for p in reading.phrases if start <= p.start < end and _already(p, book)]
    # With no negator, a channel word ("calls") is the writer's own phone, not a call
    # with the other: the intro_stems ("call") are looked for in the other words.
    stemmed = text if negators else f" {' '.join(w for w in words if not _reach_word(w, book))} "
    if (
        (end < len(tokens) and tokens[end] == "?")
        # A deferral lead is read for itself ("im Sommer" puts nothing off).
        or any(
            p.label not in ("neutral", "deferral") and p not in alreadys and start <= p.start < end
            for p in reading.phrases
        )
        or not book.conditionals.isdisjoint(words)
        or not book.reply_gap_others.isdisjoint(words)
        or any(f" {w} " in text for w in book.meeting_words)
        or any(stem in stemmed for stem in book.intro_stems)
    ):
        return []
    out: list[Phrase] = []
    for i in negators:
        if not _names_phone(_clause(reading, i, i + 1), book):
            return []
        out.append(Phrase("neutral", i, i + 1, tokens[i]))
    for phrase in alreadys:
        clause = _clause(reading, phrase.start, phrase.end)
        if (
            not _names_phone(clause, book)
            or book.tallies.isdisjoint(clause)
            or not book.held_verbs.isdisjoint(clause)
            or not book.condition_joiners.isdisjoint(clause)
        ):
            # "I already know him", "We already had a few calls", "I already have a
            # supplier and get too many calls": the introduction may be needless, as
            # any "already" hedges.
            return []
        out.append(Phrase("neutral", phrase.start, phrase.end, phrase.text))
    return sorted(out, key=lambda p: p.start)


def _clause(reading: Reading, first: int, last: int) -> list[str]:
    """The words of the clause around the tokens from ``first`` to ``last``."""
    start, end = _clause_bounds(reading, first, last)
    return [reading.tokens[k] for k in range(start, end) if _is_word(reading, k)]


def _names_phone(clause: list[str], book: PhraseBook) -> bool:
    """Whether a clause names the phone: a word of the phone_things, a channel or one
    of the reach_pickups."""
    phone = {w for thing in book.phone_things for w in thing[1:]}
    return any(w in phone or w in book.reach_pickups or _reach_word(w, book) for w in clause)


def _already(phrase: Phrase, book: PhraseBook) -> bool:
    """Whether the phrase is an "already" read as a hedge (already_words) and nothing
    more: "already know" keeps its own reading."""
    return phrase.label == "hedge" and phrase.text in book.already_words
