"""Small talk beside a yes, whose doubts and negations bear on nothing asked.

A career told after a yes, clauses told in the past or on the writer's own replying, and
work the writer has already done ("I've illustrated two gardening titles already").
"""

from __future__ import annotations

from agent.understanding.reply_negation import _contraction, _negated, _yes_sentences
from agent.understanding.reply_phrases import PhraseBook, Reading, normalise
from agent.understanding.reply_words import (
    _clause_bounds,
    _holds,
    _holds_gapped,
    _inner_hyphen,
    _is_word,
    _sentence_end,
    _sentence_start,
)


def _past_roles(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where a put-off tells of a career, after a yes said in an earlier sentence: "Ja,
    gerne. Ich war von 1971 bis 1993 auf der Neptunwerft, als Schweißer und später als
    Meister.", "I worked at the yard as a welder and later as a foreman".

    The put-off ("later", "später", "plus tard", "más tarde", "mais tarde") has one of
    the role_links ("as", "als", "comme", "como") right after it and the same link
    earlier in its sentence (a second role after a first), and before that first one, one
    of the story_pasts or a simple past ("was", "war", "j'étais", "trabajé", "worked"),
    in a sentence that holds no yes, question mark, condition, negation or future
    marker, and nothing that answers, doubts or turns but deferral leads ("von 1971 bis
    1993"). "Ja, aber später", "Ja. Ich war krank, also später." and "Yes, later as a
    friend" still put off; "Yes. I was a welder and later as well" names no role."""
    tokens = reading.tokens
    yes_sentences = _yes_sentences(reading, book)
    if not yes_sentences:
        return frozenset()
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label not in ("no", "hedge") or phrase.text not in book.put_offs:
            continue
        start = _sentence_start(reading, phrase.start)
        if start in yes_sentences or min(yes_sentences) > start:
            continue
        end = _sentence_end(reading, start)
        link = next((i for i in range(phrase.end, end) if _is_word(reading, i)), end)
        if link >= end or tokens[link] not in book.role_links:
            continue
        if tokens[link] not in tokens[start : phrase.start]:
            continue
        first = tokens.index(tokens[link], start)
        if not any(book.is_past(t) or t in book.story_pasts for t in tokens[start:first]):
            continue
        words = tokens[start:end]
        if (
            "?" in words
            or not book.conditionals.isdisjoint(words)
            or not book.future_markers.isdisjoint(words)
            or any(
                book.negates_at(reading, i) and not _contraction(reading, i, book)
                for i in range(start, end)
            )
        ):
            continue
        if any(
            start <= p.start < end
            and p is not phrase
            and p.label not in ("neutral", "deferral")
            and not (p.label == "no" and _contraction(reading, p.start, book))
            for p in reading.phrases
        ):
            continue
        out.add(phrase.start)
    return frozenset(out)


def _small_talk(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """The tokens of the clauses of small talk beside a yes, whose doubts and negations
    bear on nothing asked: "We finally got the roof fixed ... we've been twice already",
    "je n'ai jamais retrouvé les mêmes au marché", "so my replies may be a bit slower
    that fortnight", "Te contesto entre líneas."

    A clause is small talk when it tells of the past (a simple past, or a perfect's
    auxiliary with a participle after it, and none of the future_markers) or holds one
    of the reply_notes (the writer's own replying: "my replies", "entre líneas"), in a
    sentence that holds no yes, no question mark, none of the conditionals, the
    intro_stems, the meeting_words or the bearing_words ("question", "met", "she"), and
    no word of the name of the one asked about; so is a contrast in a sentence that holds
    one of the reply_notes ("... will be slow on email until the 24th, but I will
    answer"); an "already" (already_words) whose clause
    holds one of the held_verbs ("I've already found an accountant") is none. "Yes. I'm
    not sure I have time though.", "Sure. Maybe after the holidays." and "Yes. We've
    already met." still doubt."""
    tokens = reading.tokens
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)
    yes_sentences = {_sentence_start(reading, p.start) for p in reading.phrases if p.label == "yes"}
    candidates = sorted(
        {
            *(p.start for p in reading.phrases if p.label in ("hedge", "no")),
            *(
                i
                for i, token in enumerate(tokens)
                if book.negates_at(reading, i) or token in book.never_words
            ),
        }
    )
    out: set[int] = set()
    bears: dict[int, bool] = {}
    named: dict[int, bool] = {}
    contrasts = {p.start for p in reading.phrases if p.label == "contrast"}
    for i in sorted({*candidates, *contrasts}):
        if i in out:
            continue
        start = _sentence_start(reading, i)
        if start in yes_sentences:
            continue
        if start not in bears:
            end = _sentence_end(reading, start)
            words = tokens[start:end]
            text = " ".join(words)
            named[start] = not names.isdisjoint(words)
            bears[start] = (
                "?" in words
                or any(
                    word in book.conditionals and not _own_reply_clause(reading, start + k, book)
                    for k, word in enumerate(words)
                )
                or any(stem in text for stem in book.intro_stems)
                or any(f" {w} " in f" {text} " for w in book.meeting_words)
                or any(_holds(words, w) for w in book.bearing_words)
            )
        if bears[start]:
            continue
        if i in contrasts and i not in candidates:
            # "I'm at KubeCon next week and will be slow on email until the 24th, but I
            # will answer": a turn inside a note on the writer's own replying, to more of
            # the replying ("but I'd rather wait until January" turns to something else).
            # The one asked about may be named before the turn, as the one the writer
            # will be slow to answer ("posso demorar pra responder o Ricardo, mas
            # respondo"), never after it.
            end = _sentence_end(reading, start)
            turned = tokens[i:end]
            if not names.isdisjoint(turned):
                continue
            if any(_holds_gapped(tokens[start:end], note) for note in book.reply_notes) and any(
                _holds_gapped(turned, note)
                for note in (
                    *book.reply_notes,
                    *(w for ws in book.own_replies.values() for w in ws),
                )
            ):
                out.add(i)
            continue
        # A hyphen inside a word ("peut-être") ends no clause.
        first = i
        while first > 0 and (not reading.breaks[first - 1] or _inner_hyphen(reading, first - 1)):
            first -= 1
        last = i
        while last < len(tokens) and (not reading.breaks[last] or _inner_hyphen(reading, last)):
            last += 1
        clause = tokens[first:last]
        if tokens[i] in book.already_words and not book.held_verbs.isdisjoint(clause):
            # "Yes. I've already found an accountant": what the writer has, told in the
            # past, may make the introduction needless.
            continue
        auxiliary = next((k for k, t in enumerate(clause) if book.is_auxiliary(t)), None)
        past = any(book.is_past(t) for t in clause) or (
            auxiliary is not None and any(book.is_participle(t) for t in clause[auxiliary + 1 :])
        )
        if past and _waits_on_time(clause, book):
            # "Yes. I'll get back to you once I've checked with my wife": a perfect after
            # "once" tells what must happen first, not the past.
            past = False
        # "I'm slow on email but I'll think about it": a note on replying before a turn
        # in the clause makes no small talk of what the turn says.
        turn = max((k for k in contrasts if first <= k <= i), default=first)
        promised = _reply_promised_after_note(reading, book, turn, i, last)
        if named[start] and not (promised and names.isdisjoint(tokens[turn:last])):
            # The one asked about named bears on what is asked, but as the one the
            # writer will be slow to answer, before a promise to answer all the same.
            continue
        if (
            (past and book.future_markers.isdisjoint(clause))
            or any(_holds_gapped(tokens[turn:last], note) for note in book.reply_notes)
            or promised
        ):
            # A turn after the note opens what the note does not cover ("... slow to
            # reply but I'll decide after that"): it is read on its own, above.
            after = min((k for k in contrasts if i < k < last), default=last)
            out.update(range(first, after))
    return frozenset(out)


def _reply_promised_after_note(
    reading: Reading, book: PhraseBook, turn: int, index: int, last: int
) -> bool:
    """Whether the doubt at ``index`` is the writer's promise to reply (own_replies: "ich
    antworte", "nitajibu") turned to by a contrast at ``turn`` from a note on the
    writer's slow replying before it in its sentence: "Ich werde langsam antworten, aber
    ich antworte.", "Nitachelewa kujibu, lakini nitajibu." (as the contrast of "... slow
    on email, but I will answer" is). "Aber ich antworte später" holds more than the
    promise."""
    tokens = reading.tokens
    if turn >= index or not any(p.start == turn and p.label == "contrast" for p in reading.phrases):
        return False
    start = _sentence_start(reading, turn)
    if not any(_holds_gapped(tokens[start:turn], note) for note in book.reply_notes):
        return False
    said = [t for t in tokens[turn:last] if t.strip() and _is_word_token(t)]
    turned = " ".join(said[1:])
    return any(turned == " ".join(w) for ws in book.own_replies.values() for w in ws)


def _waits_on_time(clause: tuple[str, ...], book: PhraseBook) -> bool:
    """Whether one of the intro_times ("once", "as soon as", "sobald", "une fois que",
    "en cuanto", "assim que") opens what the clause tells in the perfect or past after
    it ("once I've checked with my wife"): that is still to happen. "twice a week instead
    of once" tells nothing after it."""
    words = [t for t in clause if t.strip()]
    for when in book.intro_times:
        wanted = tuple(when.split())
        size = len(wanted)
        for k in range(len(words) - size):
            if tuple(words[k : k + size]) == wanted and any(
                book.is_auxiliary(t) or book.is_past(t) for t in words[k + size :]
            ):
                return True
    return False


def _is_word_token(token: str) -> bool:
    """Whether a token holds a letter (no mark of punctuation)."""
    return any(ch.isalpha() for ch in token)


def _own_reply_clause(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the clause a condition opens at ``index`` holds one of the reply_notes:
    a condition on the writer's own replying ("Nicht wundern, falls ich nicht sofort
    antworte", "don't worry if I don't reply right away"), which bears on nothing asked.
    "if he wants a call" and "falls er sich meldet" hold none."""
    _, end = _clause_bounds(reading, index, index + 1)
    clause = reading.tokens[index:end]
    return any(_holds_gapped(clause, note) for note in book.reply_notes)


def _tallied_work(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """Where an "already" (already_words, a hedge: "I already know him") tells of the
    writer's past work, beside a yes: "Yes, definitely! I've illustrated two gardening
    titles already, happy to send him my portfolio."

    In its clause (pauses bound it), the writer's perfect (one of the own_subjects'
    auxiliaries: "I've", "I have"), a participle after it and one of the tallies after
    that ("two", "several", "dozens", a number) count what the writer has done; the
    clause holds none of the held_verbs (what the writer has or has done with someone:
    "I've already got two accountants", "I've already met him twice"), none of the
    bearing_words, intro_stems or meeting_words, no word of the name of the one asked
    about, no question mark, condition or negation, and no other phrase but neutral
    ones. One of the tool_consequences right after the "already" ends the clause as a
    pause would, where dictated or hurried text runs on unpunctuated ("I have done three
    phase for two restaurants on Belgrave Road already so no problem"). "I already know
    him", "Yes. I've already found an accountant", "Yes, I've already hired two
    designers" and "Yes. I've met him twice already so no problem" still doubt."""
    tokens = reading.tokens
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "hedge" or phrase.text not in book.already_words:
            continue
        first, last = _clause_bounds(reading, phrase.start, phrase.end)
        last = _consequence_at(reading, book, phrase.end, last)
        clause = tokens[first:last]
        text = " ".join(clause)
        if (
            "?" in clause
            or not book.conditionals.isdisjoint(clause)
            or not book.held_verbs.isdisjoint(clause)
            or not names.isdisjoint(clause)
            or any(book.is_negator(t) for t in clause)
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in f" {text} " for w in book.meeting_words)
            or any(_holds(clause, w) for w in book.bearing_words)
        ):
            continue
        if any(
            first <= p.start < last and p is not phrase and p.label != "neutral"
            for p in reading.phrases
        ):
            continue
        auxiliary = next(
            (
                k
                for k, t in enumerate(clause)
                if book.is_auxiliary(t)
                and (t in book.own_subjects or (k > 0 and clause[k - 1] in book.own_subjects))
            ),
            None,
        )
        if auxiliary is None:
            continue
        participle = next(
            (k for k in range(auxiliary + 1, len(clause)) if book.is_participle(clause[k])), None
        )
        if participle is None:
            continue
        if any(t in book.tallies or t.isdigit() for t in clause[participle + 1 :]):
            out.add(phrase.start)
    return frozenset(out)


def _consequence_at(reading: Reading, book: PhraseBook, after: int, last: int) -> int:
    """Where the clause ending at ``last`` ends instead: at one of the tool_consequences
    ("so", "donc") that is the first word after ``after`` in it, drawing a consequence in
    a run-on clause ("... two restaurants already so no problem"); else ``last``."""
    tokens = reading.tokens
    at = next((i for i in range(after, last) if tokens[i].strip()), None)
    if at is None:
        return last
    following = " ".join(t for t in tokens[at:last] if t.strip())
    if any(f"{following} ".startswith(f"{c} ") for c in book.tool_consequences):
        return at
    return last


def _reaffirmed_indifference(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where an indifference after a yes is about a detail, the yes said again after it:
    "Encantado, adelante. ... La verdad me da lo mismo, no es nada personal y el mercado
    es chico: sigue siendo sí", "Sim, pode. Pra mim tanto faz, continua sendo sim".

    The indifference (one of the indifferences, a hedge) stands in a sentence after one
    that holds a yes, and later in its own sentence (or past a colon) one of the
    reaffirmations says the yes again, with nothing but neutral phrases and yeses
    between, none negated. "Me da lo mismo." alone, "Encantado. Me da lo mismo." and
    "Sí. Me da lo mismo, no sé" still doubt."""
    yes_sentences = _yes_sentences(reading, book)
    if not yes_sentences:
        return frozenset()
    out: set[int] = set()
    phrases = sorted(reading.phrases, key=lambda p: (p.start, p.end))
    for n, phrase in enumerate(phrases):
        if phrase.label != "hedge" or phrase.text not in book.indifferences:
            continue
        start = _sentence_start(reading, phrase.start)
        if min(yes_sentences) >= start:
            continue
        end = _sentence_end(reading, phrase.end)
        # The yes said again may follow a colon: "... el mercado es chico: sigue siendo sí".
        while end + 1 < len(reading.tokens) and reading.tokens[end] == ":":
            end = _sentence_end(reading, end + 1)
        for later in phrases[n + 1 :]:
            if later.start >= end or later.label not in ("neutral", "yes"):
                break
            if _negated(reading, later, book):
                break
            if later.label == "yes" and later.text in book.reaffirmations:
                out.add(phrase.start)
                break
    return frozenset(out)
