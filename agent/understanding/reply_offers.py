"""Offers and logistics after a yes, which set no condition on it.

How the meeting is booked (a calendar link), an assistant to be copied in, the writer's
time, a review or what the writer knows offered ("if he wants to know about the old
elevator I'm the man to ask"), what the other may send along ("If Aisha has a deck she can
attach it to the intro"), a way to reach the writer "if it's easier", times named by
the introduction or left to an assistant, and channels ruled out after a go-ahead.
"""

from __future__ import annotations

from collections.abc import Iterable

from agent.understanding.reply_address_times import waits_for_address
from agent.understanding.reply_deferrals import _date_follows
from agent.understanding.reply_negation import (
    _contraction,
    _negated,
    _negated_after,
    _standing_yes_before,
    _standing_yes_ends,
    _yes_sentences,
)
from agent.understanding.reply_phrases import SENTENCE_ENDS, Phrase, PhraseBook, Reading
from agent.understanding.reply_slots import _hour_at
from agent.understanding.reply_whereabouts import _place
from agent.understanding.reply_words import (
    _clause_bounds,
    _followed_in_clause,
    _holds,
    _in_order,
    _is_word,
    _next_word,
    _sentence_end,
    _sentence_start,
)


def _booking_conditions(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where the "if"s stand that say how the meeting agreed to is booked: "Sure thing.
    Easiest is if Marcus grabs a slot straight in my calendar:
    https://calendly.com/...", "Am einfachsten ist es, wenn er direkt einen Termin in
    meinem Kalender bucht: <link>".

    One of the conditionals closes one of the booking_leads ("easiest is if", "le plus
    simple, c'est s'il"), after a yes not negated that ends before the lead; its
    sentence holds nothing phrased but the yes, neutral phrases and the lead's own words
    (the "mais" of "o mais fácil é se", whose places are returned too), no negator, no
    before_words, no other condition, no date and no number; after the "if" one of the
    booking_words ("slot", "Termin"), and none of the lead's language's
    condition_joiners ("and") or words of the writer as a subject ("I"); the link of a booking page
    (booking_links) stands in that sentence or alone right after it. "Only if he books
    a slot first: <link>", "Easiest is if he books a slot first: <link>" and "Sure, if
    Marcus is still at Stripe" still doubt."""
    tokens = reading.tokens
    yeses = _standing_yes_ends(reading, book)
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "hedge" or phrase.text not in book.conditionals:
            continue
        start = _sentence_start(reading, phrase.start)
        end = _sentence_end(reading, phrase.end)
        # The lead closes on the condition's first word: "o mais fácil é se" ("se ele").
        before = [i for i in range(start, phrase.start + 1) if _is_word(reading, i)]
        found = next(
            (
                (before[len(before) - len(words)], stops)
                for words, stops in book.booking_leads
                if len(words) <= len(before)
                and tuple(tokens[i] for i in before[len(before) - len(words) :]) == words
            ),
            None,
        )
        if found is None or not any(e <= found[0] for e in yeses):
            continue
        lead, stops = found
        # The lead's own words may read as a phrase: the "mais" of "o mais fácil".
        said = [p for p in reading.phrases if lead <= p.start and p.end <= phrase.start]
        if any(
            start <= p.start < end
            and p is not phrase
            and p not in said
            and p.label not in ("yes", "neutral")
            for p in reading.phrases
        ) or any(p.label == "yes" and lead <= p.start < end for p in reading.phrases):
            continue
        link = _booking_link(reading, phrase.end, end, book)
        clause = [tokens[i] for i in range(phrase.end, end) if _is_word(reading, i) and i != link]
        if link is None or book.booking_words.isdisjoint(clause):
            continue
        if any(
            book.negates_at(reading, i)
            or (i != link and any(ch.isdigit() for ch in tokens[i]))
            or tokens[i] in book.before_words
            or tokens[i] in book.date_words
            or (tokens[i] in book.conditionals and i != phrase.start)
            for i in range(start, end)
        ):
            continue
        # "if he books a slot and I like his deck": a second condition joined on.
        if not stops.isdisjoint(clause):
            continue
        out.add(phrase.start)
        out.update(p.start for p in said)
    return frozenset(out)


def _booking_link(reading: Reading, at: int, end: int, book: PhraseBook) -> int | None:
    """Where the link of a booking page stands: in the sentence from ``at`` to ``end``,
    or alone right after it, the sentence closed by a colon or a line's end."""
    tokens = reading.tokens
    for i in range(at, end):
        if any(link in tokens[i] for link in book.booking_links):
            return i
    i = end + 1
    while i < len(tokens) and not tokens[i].strip():
        i += 1
    if (
        end < len(tokens)
        and (tokens[end] == ":" or "\n" in tokens[end])
        and i < len(tokens)
        and any(link in tokens[i] for link in book.booking_links)
        and (i + 1 >= len(tokens) or tokens[i + 1] in SENTENCE_ENDS or "\n" in tokens[i + 1])
    ):
        return i
    return None


def _copy_asks(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The tokens of the sentences after a yes that ask for the writer's assistant to be
    copied in on the introduction: "Yes please. Could you copy my EA, Tom Reyes
    (tom@...), when you make the intro?", "Pourriez-vous mettre mon assistante en copie
    quand vous ferez la présentation ?", "Könnten Sie meine Assistentin in Kopie nehmen,
    wenn Sie uns vorstellen?".

    An assistant (delegates) stands in one of the copy_asks ("copy {}", "mettre {} en
    copie", "{} in Kopie nehmen"), after a yes not negated that ends before the ask.
    Before the ask, in its sentence, only a question's, a yes's or a neutral phrase's
    words, with no negator, no condition, no before_words and no word of the writer
    outside a yes ("Could you", "Please"); between the assistant and the rest of the
    ask at most a name of a few words, commas, brackets and an address (see
    ``_apposition``); after the ask, to the sentence's end, nothing but copy_tails
    ("on the intro", "when you make the intro", "s'il vous plaît"). The writer
    (copy_writers: "me", "mich") stands for the assistant too, an assistant writing
    for the one asked: "Could you please copy me when the introduction goes out so I
    can coordinate a time?". "Yes, but could you
    copy my EA?", "Yes. Could you copy my EA before you make the intro?" and "Ja.
    Könnten Sie meine Assistentin in Kopie nehmen, wenn er seriös ist?" ask still."""
    tokens = reading.tokens
    yeses = _standing_yes_ends(reading, book)
    out: set[int] = set()
    copied = [
        (phrase.start, phrase.end)
        for phrase in reading.phrases
        if phrase.label == "hedge" and phrase.text in book.delegates
    ]
    if yeses and not book.copy_writers.isdisjoint(tokens):
        copied += [(i, i + 1) for i, token in enumerate(tokens) if token in book.copy_writers]
    for copied_start, copied_end in copied:
        start = _sentence_start(reading, copied_start)
        end = _sentence_end(reading, copied_end)
        before = [i for i in range(start, copied_start) if _is_word(reading, i)]
        for lead, after in book.copy_asks:
            if len(lead) > len(before):
                continue
            said = before[len(before) - len(lead) :]
            if tuple(tokens[i] for i in said) != lead:
                continue
            ask = said[0] if said else copied_start
            if (
                any(e <= ask for e in yeses)
                and _plain_lead(reading, start, ask, book)
                and _copy_rest(reading, copied_end, end, after, book)
            ):
                out.update(range(start, end + 1))
                break
    return frozenset(out)


def _copied_writer(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The tokens of the sentences after a standing yes that ask, as a courtesy, for the
    writer to be copied in: one of the grateful_ifs ("would be grateful if", "je vous
    serais reconnaissante si", "le agradecería que", "wäre dankbar, wenn", "agradeceria
    se", "ningeshukuru kama") and after it in its sentence one of the copy_selves
    ("copied to me", "copy me in", "en copie", "en copia", "in Kopie", "em cópia",
    "nakala"): "She would be grateful if any follow-up regarding scheduling could be
    copied to me, as I keep her diary" (a PA writing for the one asked). The sentence
    holds no negator and no question mark, and no phrase but neutral ones and the
    hedges of the ask itself, from the frame to the copy: "I'd be grateful if you could
    copy me in if he is legit" and "I'd be grateful if he could send his CV first" still
    doubt."""
    tokens = reading.tokens
    yeses = _standing_yes_ends(reading, book)
    if not yeses:
        return frozenset()
    out: set[int] = set()
    starts = [
        i
        for i, token in enumerate(tokens)
        if token in book.grateful_firsts
        and any(tuple(tokens[i : i + len(g)]) == g for g in book.grateful_ifs)
    ]
    for start in starts:
        first = _sentence_start(reading, start)
        end = _sentence_end(reading, start)
        if not any(e <= first for e in yeses) or (end < len(tokens) and tokens[end] == "?"):
            continue
        words = tokens[start:end]
        copy = next(
            (
                start + k + len(c)
                for c in book.copy_selves
                for k in range(len(words) - len(c) + 1)
                if tuple(words[k : k + len(c)]) == c
            ),
            None,
        )
        if copy is None or any(book.negates_at(reading, i) for i in range(first, end)):
            continue
        if all(
            p.label == "neutral" or (p.label == "hedge" and start <= p.start < copy)
            for p in reading.phrases
            if first <= p.start < end
        ):
            out.update(range(first, end + 1))
    return frozenset(out)


def _grateful_intro(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether an "if" after a yes asks for the introduction itself, politely: "Yes.
    I'd be grateful if you could introduce us", "je vous serais reconnaissant si vous
    pouviez nous présenter", "te agradecería si nos presentas", "ich wäre dankbar, wenn
    Sie uns vorstellen", "agradeceria se nos apresentasse", "nitashukuru sana kama
    utanikutanisha naye". What is wished for is what the yes agreed to: no condition.

    The hedge starts with one of the reach_ifs, which closes one of the grateful_ifs
    ("would be grateful if", "serais reconnaissant si", "nitashukuru kama"); a yes not
    negated ends before that frame. The words after the "if" up to the end of its clause
    are grateful_intro_fillers ("you", "could", "us") and grateful_intro_verbs
    ("introduc*", "present*", "vorstell*", "utanikutanisha"), one verb at least. Its
    sentence holds no question mark, no negator, no number and no phrase but the yes,
    neutral ones and this hedge; after the clause, no other "if". "Yes. I'd be grateful
    if you could introduce us after March", "... if you could introduce us to her
    husband" and "I'd be grateful if he's still hiring" still doubt."""
    tokens = reading.tokens
    at = phrase.start
    if phrase.label != "hedge" or tokens[at] not in book.reach_ifs:
        return False
    first = _sentence_start(reading, at)
    end = _sentence_end(reading, at)
    if end < len(tokens) and tokens[end] == "?":
        return False
    said = [i for i in range(first, at + 1) if _is_word(reading, i)]
    text = " ".join(tokens[i] for i in said)
    # "'d be grateful if" ends "i'd be grateful if": the frame starts inside a word.
    lead = next(
        (
            g
            for g in book.grateful_leads
            if text == g or text.endswith(" " + g) or (g[0] == "'" and text.endswith(g))
        ),
        None,
    )
    if lead is None:
        return False
    frame = said[len(text[: len(text) - len(lead)].split()) - (lead[0] == "'")]
    if not _standing_yes_before(reading, frame, book):
        return False
    _, close = _clause_bounds(reading, at, at + 1)
    words = [tokens[i] for i in range(at + 1, close) if _is_word(reading, i)]
    verbs = [
        w
        for w in words
        if w in book.grateful_intro_verbs or w.startswith(book.grateful_intro_stems)
    ]
    if not words or any(w not in book.grateful_intro_fillers and w not in verbs for w in words):
        return False
    if not verbs and not any(v in " ".join(words) for v in book.grateful_intro_phrases):
        return False
    if any(
        book.negates_at(reading, i) or any(ch.isdigit() for ch in tokens[i])
        for i in range(first, end)
    ):
        return False
    if any(tokens[i] in book.reach_ifs for i in range(close, end)):
        return False
    return all(
        p is phrase or p.label in ("yes", "neutral")
        for p in reading.phrases
        if first <= p.start < end
    )


def _look_offers(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where the phrases start of the other's wish to look at what the writer offers,
    after a yes: "Yes please! My portfolio is at martak.studio if she wants a look
    first.", "CV attached if he'd like to see it", "mon portfolio est ici, si elle veut
    jeter un œil", "mi CV va adjunto por si quiere verlo", "mein Portfolio ist unter
    ..., falls sie reinschauen möchte", "segue o meu portfólio, se ela quiser dar uma
    olhada", "CV yangu iko hapa akitaka kuangalia". The writer's own thing is offered;
    the yes asks nothing of the other.

    One of the look_offer_ifs fills its clause to the end, or with only look_offer_tails
    after it ("first"). Before it in its sentence, after the last yes there, one of the
    look_offer_marks ("my", "attached", "anbei", "yangu") names the writer's own thing,
    with no phrase but neutral ones (and the Portuguese "no" of "no site"); a yes not
    negated ends before the mark. The
    sentence holds no negator and no question mark, and no other phrase after the wish.
    "Yes if he's hiring", "Yes if she wants to talk about pricing, otherwise no", "Yes,
    if she wants a look" (nothing offered) and "My portfolio is online if she wants a
    look before May" still doubt."""
    tokens = reading.tokens
    out: set[int] = set()
    for at, token in enumerate(tokens):
        if token not in book.look_offer_firsts:
            continue
        first = _sentence_start(reading, at)
        end = _sentence_end(reading, at)
        if end < len(tokens) and tokens[end] == "?":
            continue
        _, close = _clause_bounds(reading, at, at + 1)
        words = [tokens[i] for i in range(at, close) if _is_word(reading, i)]
        size = next(
            (
                n
                for n in range(len(words), 0, -1)
                if " ".join(words[:n]) in book.look_offer_ifs
                and all(w in book.look_offer_tails for w in words[n:])
            ),
            0,
        )
        if not size:
            continue
        yeses = [p.end for p in reading.phrases if p.label == "yes" and first <= p.start < at]
        start = max(yeses, default=first)
        marks = [i for i in range(start, at) if tokens[i] in book.look_offer_marks]
        if not marks or not _standing_yes_before(reading, marks[0], book):
            continue
        # "O meu portfólio está no site": the Portuguese "no" ("em" + article) refuses
        # nothing.
        kept = {i for i in range(first, end) if _contraction(reading, i, book)}
        if any(book.negates_at(reading, i) for i in range(first, end) if i not in kept):
            continue
        inside = [p for p in reading.phrases if start <= p.start < end and p.start < close]
        after = [p for p in reading.phrases if close <= p.start < end]
        if after or any(
            p.label != "neutral" and p.start not in kept for p in inside if p.start < at
        ):
            continue
        out.update(p.start for p in inside if p.start >= at and p.label == "hedge")
    return frozenset(out)


def _plain_lead(reading: Reading, start: int, ask: int, book: PhraseBook) -> bool:
    """Whether the words before a copy ask in its sentence ask or agree and nothing else
    (see ``_copy_asks``)."""
    inside = [p for p in reading.phrases if p.start < ask and p.end > start]
    if any(p.label not in ("question", "yes", "neutral") for p in inside):
        return False
    said = [p for p in inside if p.label in ("yes", "neutral")]
    return not any(
        book.negates_at(reading, i)
        or reading.tokens[i] in book.conditionals
        or reading.tokens[i] in book.before_words
        or (reading.tokens[i] in book.own_subjects and not any(p.start <= i < p.end for p in said))
        for i in range(start, ask)
    )


def _copy_rest(
    reading: Reading, at: int, end: int, after: tuple[str, ...], book: PhraseBook
) -> bool:
    """Whether the tokens from ``at`` to ``end`` are a name set beside the assistant
    (see ``_apposition``), then ``after`` (the rest of the copy ask), then copy_tails
    and nothing else."""
    for j in range(at, end + 1):
        if not _apposition(reading, at, j, book):
            return False
        words = tuple(reading.tokens[i] for i in range(j, end) if _is_word(reading, i))
        if words[: len(after)] == after and _tails(words[len(after) :], book):
            return True
    return False


def _apposition(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the tokens from ``start`` to ``end`` may name the assistant before them
    (", Tom Reyes (tom.reyes@...),"): commas, brackets, an address and at most
    ``_APPOSITION_WORDS`` plain words, none in a phrase but a neutral one, a number, a
    date, a negator, a condition, a time word or a pronoun."""
    words = 0
    for i in range(start, end):
        token = reading.tokens[i]
        if not token.strip() or token in _APPOSITION_MARKS or "@" in token:
            continue
        if reading.breaks[i] or any(
            p.start <= i < p.end and p.label != "neutral" for p in reading.phrases
        ):
            return False
        if (
            any(ch.isdigit() for ch in token)
            or token in book.date_words
            or book.is_negator(token)
            or token in book.conditionals
            or token in book.before_words
            or token in book.intro_times
            or token in book.own_subjects
            or token in book.other_subjects
        ):
            return False
        words += 1
    return words <= _APPOSITION_WORDS


def _tails(words: tuple[str, ...], book: PhraseBook) -> bool:
    """Whether ``words`` are copy_tails one after another, or none ("on the intro
    please")."""
    if not words:
        return True
    return any(
        words[: len(tail)] == tail and _tails(words[len(tail) :], book)
        for tail in book.copy_tails
        if tail
    )


# A name set beside an assistant has at most this many words ("Tom Reyes").
_APPOSITION_WORDS = 4
_APPOSITION_MARKS = frozenset({",", "(", ")"})


def _offered_time(
    reading: Reading, phrase: Phrase, book: PhraseBook, written: str = ""
) -> tuple[int, int] | None:
    """From an "if" to the end of the meeting it names, when it closes an offer of the
    writer's time after a yes: "Sure. I'm around most afternoons if he wants a call",
    "Ja, gerne. Ich bin nachmittags erreichbar, falls er telefonieren möchte".

    The sentence says when the writer can be reached (availability, its words in order),
    or when or how they would rather be (asides: "evenings are best", "le soir c'est
    mieux", "am besten abends"), or where the writer will be, a place named with a capital
    in ``written`` (reply_whereabouts: "je suis à Berlin fin novembre si elle préfère un
    café", "I'm in Leeds next week if she'd like a coffee"), with nothing negated,
    doubted or asked before the "if",
    and the clause after it is the other's wish (wish_words) to call or meet
    (meeting_words), with nothing negated before the meeting: "Works for me. I'm on
    nights this week so evenings are best if he wants a call". A condition on
    who or what ("Sure, if he's not a recruiter", "I'm free Tuesday if it's about
    hiring", "evenings are best if he is legit") names no meeting, and without a yes
    before it nothing was agreed to."""
    if phrase.text not in book.conditionals:
        return None
    start = _sentence_start(reading, phrase.start)
    # "I'm in" answers only closing its clause: in "I'm in the office" it is the
    # availability's words.
    yes_spans = [
        (p.start, p.end)
        for p in reading.phrases
        if p.label == "yes"
        and p.end <= phrase.start
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
        and not (p.text in book.closing_only and _followed_in_clause(reading, p.end))
    ]
    if not yes_spans:
        return None
    # "Quinta às 15h no ginásio se ela quiser": the Portuguese "no" ("em" + article)
    # names where, refusing nothing.
    if any(
        p.label not in ("yes", "neutral", "aside")
        and start <= p.start < phrase.start
        and not (p.label == "no" and _contraction(reading, p.start, book))
        for p in reading.phrases
    ):
        return None
    preferred = any(
        p.label == "aside" and start <= p.start and p.end <= phrase.start for p in reading.phrases
    )
    words = [
        (i, t)
        for i, t in enumerate(reading.tokens[start : phrase.start], start)
        if t.strip() and not any(a <= i < b for a, b in yes_spans)
    ]
    # A neutral phrase is read whole, its negation none ("estou no escritório").
    neutral = [(p.start, p.end) for p in reading.phrases if p.label == "neutral"]
    if any(
        book.negates_at(reading, i)
        and not any(a <= i < b for a, b in neutral)
        and not _contraction(reading, i, book)
        for i, _ in words
    ):
        return None
    if (
        not preferred
        and not any(_in_order(wanted, [t for _, t in words]) for wanted in book.availability)
        and not (written and _place(reading, start, phrase.start, book, written) is not None)
        and not _time_named(reading, [i for i, _ in words], start, book)
    ):
        return None
    end = phrase.end
    while end < len(reading.tokens) and not reading.breaks[end]:
        end += 1
    clause = f" {' '.join(t for t in reading.tokens[phrase.end : end] if t.strip())} "
    if _visit(reading, phrase.end, end, clause, book) or _bare_wish(reading, phrase.end, end, book):
        return phrase.start, end
    # "if he wants a call", not "if my boss agrees to a call".
    if not any(f" {wish} " in clause for wish in book.wish_words):
        return None
    for i in range(phrase.end, end):
        if book.negates_at(reading, i):
            return None
        for meeting in book.meeting_words:
            size = len(meeting.split())
            if " ".join(reading.tokens[i : i + size]) == meeting and i + size <= end:
                return phrase.start, i + size
    return None


def _time_named(reading: Reading, words: list[int], start: int, book: PhraseBook) -> bool:
    """Whether the words before an "if", in its sentence from ``start``, name a time
    offered: one of the date_words or an hour ("Jeudi 15h à la ferme si elle veut",
    "Thursday 3pm if she wants"), or a time of the writer's week (reach_points,
    recurring_times: "I'm at the shop Tues-Sat if she's downtown", "Thursdays"), and no
    later time in the sentence (deferred_times: "next week if she wants" puts the yes
    off)."""
    tokens = reading.tokens
    if not any(
        tokens[i] in book.date_words
        or tokens[i] in book.reach_points
        or tokens[i] in book.recurring_times
        or _hour_at(tokens, i, book) is not None
        for i in words
    ):
        return False
    end = _sentence_end(reading, start)
    said = tuple(t for t in tokens[start:end] if t.strip())
    return not any(_holds(said, later) for later in book.deferred_times)


# The other's bare wish has at most this many words ("if she'd like to", "falls sie
# Lust hat").
_BARE_WISH_WORDS = 4


def _bare_wish(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the clause of an "if" after an offer of the writer's time, from ``start``
    to ``end``, is only the other's wish, with nothing wished named (wish_words: "if she
    wants", "si elle veut", "si quiere", "wenn sie will", "se ela quiser", "kama
    anataka"): a few words, the wish closing them or one of the wish_closers after it
    ("if she wants to", "si elle veut bien"), no phrase, nothing negated, and neither
    the writer (own_subjects, own_possessives: "if I want", "if my wife wants"),
    another "if" nor a joiner among them; a wish that compares (compared_wishes: "if she
    prefers") is never bare. "if she doesn't want to", "if I want" and "if he wants to
    invest" still set a condition."""
    words = [reading.tokens[i] for i in range(start, end) if _is_word(reading, i)]
    closed = any(
        words[k : k + len(wish.split())] == wish.split()
        and book.wish_closers.issuperset(words[k + len(wish.split()) :])
        for wish in book.wish_words
        if wish not in book.compared_wishes
        for k in range(len(words))
    )
    return (
        0 < len(words) <= _BARE_WISH_WORDS
        and closed
        and not any(book.negates_at(reading, i) for i in range(start, end))
        and not any(start <= p.start < end for p in reading.phrases)
        and book.own_subjects.isdisjoint(words)
        and book.own_possessives.isdisjoint(words)
        and book.conditionals.isdisjoint(words)
        and book.joiners.isdisjoint(words)
    )


# A visit's clause has at most this many words ("if he's ever over in Ireland").
_VISIT_WORDS = 7


def _visit(reading: Reading, start: int, end: int, clause: str, book: PhraseBook) -> bool:
    """Whether the clause of an "if" after an offer of the writer's time, from ``start``
    to ``end``, is only the other coming by (visit_words: "if he's ever over", "si pasa
    por aquí", "wenn er mal in der Gegend ist", "se vier a Salvador", "akipita"), a few
    words with nothing negated and no phrase in it: "I'm around most thursdays if he's
    ever over" offers the writer's time to take up. "if he's in town and serious" or "if
    he's not in town" still set a condition."""
    words = [i for i in range(start, end) if _is_word(reading, i)]
    return (
        0 < len(words) <= _VISIT_WORDS
        and any(f" {visit} " in clause for visit in book.visit_words)
        and _visit_leads(reading, words, book)
        and not any(book.negates_at(reading, i) for i in words)
        and not any(start <= p.start < end for p in reading.phrases)
        and book.conditionals.isdisjoint(reading.tokens[i] for i in words)
        and book.joiners.isdisjoint(reading.tokens[i] for i in words)
    )


def _visit_leads(reading: Reading, words: list[int], book: PhraseBook) -> bool:
    """Whether the visit is what the "if" says: at most ``_VISIT_LEAD`` words stand
    before its first visit_words, a second subject not among them. In "if she's legit
    she comes by" the "if" asks whether she is legit, and her coming is what follows."""
    said = [reading.tokens[i] for i in words]
    for k in range(len(said)):
        if any(tuple(said[k : k + len(v)]) == v for v in book.visit_phrases):
            return k <= _VISIT_LEAD and book.other_subjects.isdisjoint(said[1:k])
    return False


# At most this many words lead a visit in its "if" clause ("if Marta is ever over").
_VISIT_LEAD = 3
# How many words may lead a welcomed visit's "if" in its sentence ("And if", "Na kama").
_WELCOME_LEAD = 1
# How many words of its consequence may stand before the welcome ("he is very welcome").
_WELCOME_REACH = 4


def _welcomed_visit(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a condition is the other coming by, welcomed, after a yes said in an
    earlier sentence: "Ndiyo, niunganishe naye. ... Na kama atakuja Mombasa mwenyewe,
    karibu sana", "Yes, happy to. And if he's ever in town, he's very welcome", "S'il
    passe par Lyon, il est le bienvenu", "Y si viene a Sevilla, bienvenido", "Und wenn
    er mal in der Gegend ist, herzlich willkommen", "Se vier a Recife, será bem-vindo".

    The "if" (one of the conditionals) opens its sentence, a word at most before it; its
    clause is only a visit (``_visit``); its consequence, after the pause, names one of
    the welcome_words among its first words, and nothing in the sentence is negated,
    asked, or read as a phrase but a yes, a relayed or a neutral one. The welcome is an
    invitation beside the consent, not a condition on it: "Yes, if he comes to Mombasa"
    (no welcome, the yes in the same sentence), "If he's in town and serious, he's
    welcome" and "If he comes by, he's not welcome" still doubt."""
    if phrase.text not in book.conditionals or not book.welcome_words:
        return False
    tokens = reading.tokens
    bounds = _if_opening_after_yes(reading, phrase, book)
    if bounds is None:
        return False
    start, end = bounds
    pause = phrase.end
    while pause < end and not reading.breaks[pause]:
        pause += 1
    clause = f" {' '.join(t for t in tokens[phrase.end : pause] if t.strip())} "
    if pause >= end or not _visit(reading, phrase.end, pause, clause, book):
        return False
    if any(book.negates_at(reading, i) for i in range(start, end)):
        return False
    if any(
        start <= p.start < end and p is not phrase and p.label not in ("yes", "relayed", "neutral")
        for p in reading.phrases
    ):
        return False
    consequence = [tokens[i] for i in range(pause, end) if _is_word(reading, i)]
    return not book.welcome_words.isdisjoint(consequence[:_WELCOME_REACH])


def _if_opening_after_yes(
    reading: Reading, phrase: Phrase, book: PhraseBook, clause: bool = False
) -> tuple[int, int] | None:
    """The start and end of the sentence an "if" opens, a word at most before it, after a
    yes not negated said in an earlier sentence; None when the sentence is asked, the
    "if" stands further in, or no such yes stands before it. With ``clause``, the "if"
    may open a clause further in, right after a pause ("Friday at 4 there's an open
    training, if she wants ...")."""
    start = _sentence_start(reading, phrase.start)
    end = _sentence_end(reading, phrase.start)
    if end < len(reading.tokens) and reading.tokens[end] == "?":
        return None
    if sum(1 for i in range(start, phrase.start) if _is_word(reading, i)) > _WELCOME_LEAD and not (
        clause and _after_pause(reading, phrase.start)
    ):
        return None
    if not _standing_yes_before(reading, start, book):
        return None
    return start, end


def _after_pause(reading: Reading, index: int) -> bool:
    """Whether the token before ``index`` (spaces passed over) is a clause's break."""
    before = index - 1
    while before >= 0 and not reading.tokens[before].strip():
        before -= 1
    return before >= 0 and reading.breaks[before]


# How many words the other's wish may run to, from the "if" to the leave given ("if he
# wants to see a drill night").
_INVITED_WISH = 10
# How many words may stand between the leave and the coming ("kann er einfach dienstags
# um 19 Uhr an der Wache vorbeikommen": the German verb closes its clause).
_INVITED_REACH = 8


def _open_invitation(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a condition is the other's own wish, met by leave to come by, after a yes
    said in an earlier sentence: "Aye, happy to be introduced. ... If he wants to see a
    drill night he can just turn up at the station on a Tuesday at 7", "S'il veut voir
    l'atelier, il peut passer", "Si quiere ver un entrenamiento, puede venir el martes",
    "Wenn er eine Übung sehen will, kann er einfach vorbeikommen", "Se ele quiser ver a
    horta, pode aparecer", "Kama anataka kuona mazoezi, anaweza kuja".

    The "if" (one of the conditionals) opens its sentence, a word at most before it; a
    yes not negated stands before the sentence; the clause after it holds one of the
    wish_words and, within a few words, ends on one of the invitation_leads (leave
    given: "he can", "il peut", "kann er", "anaweza"), which one of the
    invitation_visits (coming by: "turn up", "passer", "vorbeikommen", "kuja") follows
    within a few words more, or, with no leave, one of the invitation_comings (the
    coming said as it will happen: "se ela quiser já aparece direto", "si elle veut elle
    passe"; see ``_coming``). The "if" may also open a clause after a pause further in
    its sentence ("Sexta às 16h tem treino aberto, se ela quiser já aparece direto"),
    the yes still in an earlier sentence. Nothing in the sentence is negated, asked or read as a
    phrase but this one and neutral ones; no other "if", no joiner ("and") in the
    wish and none of the intro_stems stand in it. The invitation is beside the consent,
    no condition on it: "If he pays, he can come" names no wish, "Yes if he wants to, he
    can come by" conditions the yes in its own sentence, "If he wants to come, he can't
    before May" negates, and "If he wants an introduction he can come and ask me" names
    the introduction: all still doubt."""
    if phrase.text not in book.conditionals or not book.invitation_leads:
        return False
    tokens = reading.tokens
    bounds = _if_opening_after_yes(reading, phrase, book, clause=True)
    if bounds is None:
        return False
    start, end = bounds
    # The Portuguese "no" of "no sábado" is "on the", no negator.
    if any(
        book.negates_at(reading, i) and not _contraction(reading, i, book)
        for i in range(start, end)
    ):
        return False
    words = [i for i in range(phrase.end, end) if _is_word(reading, i)]
    said = tuple(tokens[i] for i in words)
    text = f" {' '.join(said)} "
    if any(stem in text for stem in book.intro_stems):
        return False
    lead = _first_listed(said, 0, _INVITED_WISH, book.invitation_leads)
    visit: tuple[int, int] | None = None
    if lead is None:
        # "se ela quiser já aparece direto": the coming said as it will happen invites
        # by itself, no leave given before it.
        coming = _coming(reading, words, book)
        if coming is None:
            return False
        lead = visit = coming
    wish = said[: lead[0]]
    if (
        not any(w in book.wish_words for w in wish)
        or not book.conditionals.isdisjoint(wish)
        or not book.joiners.isdisjoint(wish)
    ):
        return False
    if visit is None:
        visit = _first_listed(said, lead[1], _INVITED_REACH, book.invitation_visits)
    if visit is None:
        return False
    # The leave and the coming may read as phrases of their own ("pode" a yes, the "in"
    # of "drop in" a put-off), and so may the Portuguese "no" of "no sábado"; nothing
    # else may stand in the sentence.
    own = [(words[a], words[b - 1] + 1) for a, b in (lead, visit)]
    return not any(
        start <= p.start < end
        and p is not phrase
        and p.label != "neutral"
        and not any(a <= p.start and p.end <= b for a, b in own)
        and not (p.label == "no" and _contraction(reading, p.start, book))
        for p in reading.phrases
    )


# How many words may name the other before the ability ("si Mme Diallo peut").
_VISITOR_WORDS = 4
# How many words may stand between the ability and the coming ("can come by").
_VISIT_GAP = 2


def _visit_talk(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a condition is the other being able to come by, the writer then ready to
    talk, after a yes said in an earlier sentence: "Oui bien sûr ... Si Mme Diallo peut
    passer à Sandaga un samedi on discute tranquillement autour d'un café", "If Maria
    can come by the shop on a Saturday we can chat over coffee", "Si la señora Díaz
    puede pasar por la tienda un sábado, hablamos".

    The "if" (one of the conditionals, or a phrase opening on one: "si la") opens its
    sentence, a word at most before it, as ``_open_invitation`` asks; a few words after
    it (the other named) stands one of the visit_abilities ("can", "peut", "puede"),
    one of the invitation_visits right after it ("come by", "passer", "pasar"), and
    later in the sentence one of the visit_talks, the writer talking with the other
    ("on discute", "we can chat", "hablamos"). Nothing in the sentence is negated or
    read as a phrase but this one, neutral ones and deferral leads; no wish, joiner or
    other "if" stands before the coming, and nothing after the talk is one of the
    reach_stops (a doubt, a topic, waiting, interest). "If he can prove it, we can talk", "If he can
    come by we can talk about whether I want this" (a doubt), and "If he can't come by,
    forget it" still doubt."""
    first = phrase.text.split()[0] if phrase.text else ""
    if first not in book.conditionals or not book.visit_abilities or not book.visit_talks:
        return False
    tokens = reading.tokens
    bounds = _if_opening_after_yes(reading, phrase, book)
    if bounds is None:
        return False
    start, end = bounds
    if any(book.negates_at(reading, i) for i in range(start, end)):
        return False
    words = [i for i in range(phrase.end, end) if _is_word(reading, i)]
    said = tuple(tokens[i] for i in words)
    ability = _first_listed(said, 0, _VISITOR_WORDS, book.visit_abilities)
    if ability is None:
        return False
    named = said[: ability[0]]
    if (
        any(w in book.wish_words for w in named)
        or not book.conditionals.isdisjoint(named)
        or not book.joiners.isdisjoint(named)
    ):
        return False
    visit = _first_listed(said, ability[1], _VISIT_GAP, book.invitation_visits)
    if visit is None:
        return False
    talk = _first_listed(said, visit[1], len(said), book.visit_talks)
    if talk is None:
        return False
    # "we can talk about whether I want this": the talk weighs the answer itself.
    if any(w in book.reach_stops or w.startswith(book.reach_stop_stems) for w in said[talk[1] :]):
        return False
    own = [(words[a], words[b - 1] + 1) for a, b in (ability, visit, talk)]
    return not any(
        start <= p.start < end
        and p is not phrase
        and p.label not in ("neutral", "deferral")
        and not any(a <= p.start and p.end <= b for a, b in own)
        for p in reading.phrases
    )


def _coming(reading: Reading, words: list[int], book: PhraseBook) -> tuple[int, int] | None:
    """Where, among the words after an "if" (their indexes), one of the
    invitation_comings stands (the coming said as it will happen: "aparece", "elle
    passe", "kommt"), within the wish's reach, after the wish word or a pause and at
    most a few invitation_fillers ("já", "ela", "einfach"): as ``(first, end)`` of the
    words. "se ela quiser ver a horta, aparece" has the pause; "if he wants the money
    back he comes" comes after other words and invites none."""
    tokens = reading.tokens
    said = tuple(tokens[i] for i in words)
    for k in range(min(len(said), _INVITED_WISH + 1)):
        for wanted in book.invitation_comings:
            if said[k : k + len(wanted)] != wanted:
                continue
            back = k - 1
            while (
                back >= 0 and said[back] in book.invitation_fillers and k - back <= _COMING_FILLERS
            ):
                back -= 1
            if back >= 0 and (
                said[back] in book.wish_words or _after_pause(reading, words[back + 1])
            ):
                return k, k + len(wanted)
    return None


# How many invitation_fillers may stand before the coming ("ela já aparece").
_COMING_FILLERS = 2


def _time_wish(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a condition is a wish about when to meet, after a yes said in an earlier
    sentence: its clause has the other proposing a time (time_proposals: "suggest a
    time", "proposer un créneau", "einen Termin vorschlagen") and the sentence closes,
    after a pause, on praise alone (wish_approvals: "perfect", "parfait", "perfekt"):
    "Please do introduce us. I'm on leave 20-24 November, so if Marta could suggest a
    time either side of that, perfect." Nothing in the sentence is negated, asked or
    phrased but the condition and neutral words: "If he's not a recruiter, great" names
    no time, "If she can suggest a time, perfect; otherwise no" refuses one branch, and
    "Yes, if she can suggest a time, perfect" conditions the yes in its own sentence."""
    if phrase.text not in book.conditionals:
        return False
    tokens = reading.tokens
    start = _sentence_start(reading, phrase.start)
    end = _sentence_end(reading, phrase.start)
    if end < len(tokens) and tokens[end] == "?":
        return False
    if not _standing_yes_before(reading, start, book):
        return False
    if any(book.negates_at(reading, i) for i in range(start, end)):
        return False
    pause = phrase.end
    while pause < end and not reading.breaks[pause]:
        pause += 1
    # Praise closing the sentence may be read as a yes ("perfect"); nothing else may stand.
    if any(
        start <= p.start < end
        and p is not phrase
        and p.label != "neutral"
        and not (p.label == "yes" and p.start >= pause)
        for p in reading.phrases
    ):
        return False
    clause = tuple(t for t in tokens[phrase.end : pause] if t.strip())
    if not any(_holds(clause, wanted) for wanted in book.time_proposals):
        return False
    closing = tuple(tokens[i] for i in range(pause, end) if _is_word(reading, i))
    return closing in book.wish_approvals


def _bonus_condition(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a condition only adds to a yes said before it: its sentence closes, after
    a pause, on one of the bonus_approvals alone ("even better", "tant mieux", "umso
    besser", "melhor ainda"): "Sim, pode fazer a apresentação. Falo inglês sem problema,
    mas se ele arriscar o português, melhor ainda!" Met, the condition is welcome; unmet,
    it takes nothing back. A yes that nothing negates ends before it; the condition's
    clause holds no negation, question mark or phrase but neutral ones: "Yes. If he's
    not a recruiter, great" closes on plain praise and still doubts."""
    if phrase.text not in book.conditionals or not book.bonus_approvals:
        return False
    tokens = reading.tokens
    end = _sentence_end(reading, phrase.start)
    if end < len(tokens) and tokens[end] == "?":
        return False
    if not _standing_yes_before(reading, phrase.start, book):
        return False
    if any(book.negates_at(reading, i) for i in range(phrase.start, end)):
        return False
    pause = phrase.end
    while pause < end and not reading.breaks[pause]:
        pause += 1
    if any(
        phrase.end <= p.start < end
        and p.label != "neutral"
        and not (p.label == "yes" and p.start >= pause)
        for p in reading.phrases
    ):
        return False
    closing = tuple(tokens[i] for i in range(pause, end) if _is_word(reading, i))
    return closing in book.bonus_approvals


def _knowledge_offer(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether the condition ``phrase`` is the other's wish to learn something that the
    writer offers to tell, after a yes: "yes you can go ahead and put us in touch, ... and
    if he wants to know about the old elevator I'm the man to ask", "s'il veut en savoir
    plus, c'est à moi qu'il faut demander", "wenn er etwas darüber wissen will, bin ich
    der Richtige".

    The phrase is one of the conditionals; a yes, not negated, stands before it in an
    earlier clause; from the condition to its sentence's end stand one of the wish_words,
    one of the learning_words, and then one of the knowledge_offers, with no question
    mark, no negation, none of the meeting_words or intro_stems, and no phrase but this
    one and neutral ones. "Yes, if he wants to know about pricing" offers nothing, "Yes.
    If he wants to meet, ask me" names a meeting, and "if he doesn't want to know, ask
    me" negates: all still doubt."""
    if phrase.text not in book.conditionals:
        return False
    tokens = reading.tokens
    clause_start, _ = _clause_bounds(reading, phrase.start, phrase.end)
    if not any(
        p.label == "yes"
        and p.end <= clause_start
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
        for p in reading.phrases
    ):
        return False
    end = _sentence_end(reading, phrase.start)
    words = tuple(t for t in tokens[phrase.end : end] if t.strip())
    text = f" {' '.join(words)} "
    if (
        "?" in words
        or any(book.negates_at(reading, i) for i in range(phrase.end, end))
        or any(f" {w} " in text for w in book.meeting_words)
        or any(stem in text for stem in book.intro_stems)
        or any(
            p is not phrase and p.label != "neutral" and phrase.start <= p.start < end
            for p in reading.phrases
        )
    ):
        return False
    wish = next((k for k, w in enumerate(words) if w in book.wish_words), None)
    if wish is None:
        return False
    learned = [
        k
        for k in range(len(words))
        for wanted in book.learning_words
        if words[k : k + len(wanted)] == wanted
    ]
    offered = [
        k
        for k in range(len(words))
        for wanted in book.knowledge_offers
        if words[k : k + len(wanted)] == wanted
    ]
    return bool(learned) and bool(offered) and max(wish, min(learned)) < min(offered)


def _review_offer(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether the condition ``phrase`` is the other sending something for the writer to
    look over, in a sentence after one that says yes: "Yes please. Happy to look at the
    drawings beforehand if he sends them through", "Ja, gerne. Wenn er mir vorab die
    Pläne schickt, kann ich mir das schon mal anschauen".

    The phrase is one of the conditionals; the clause it opens holds one of the
    send_words, and its sentence one of the review_words; a yes, not negated, stands in
    an earlier sentence. The sentence holds no question mark, no negation, none of the
    meeting_words, intro_stems or review_stops (what goes on to a decision: "and",
    "then", "whether") and no phrase but yeses, neutral ones and this one; at most three
    words follow the sending in its clause, and every clause of the sentence is the
    condition's or holds the looking over. "Yes, if he sends me his CV first" (the yes's
    own sentence), "Yes. I'll meet him if he sends his CV", "Yes. I'll look at it if he
    sends it, then decide" and "Yes. If he sends his portfolio, I'll look at it and see
    whether it's worth it" still doubt."""
    if phrase.text not in book.conditionals:
        return False
    start = _sentence_start(reading, phrase.start)
    if not any(s < start for s in _yes_sentences(reading, book)):
        return False
    end = _sentence_end(reading, start)
    tokens = reading.tokens
    words = tokens[start:end]
    text = f" {' '.join(t for t in words if t.strip())} "
    if (
        "?" in words
        or any(book.negates_at(reading, i) for i in range(start, end))
        or any(f" {w} " in text for w in book.meeting_words)
        or any(stem in text for stem in book.intro_stems)
    ):
        return False
    if not any(_holds(words, w) for w in book.review_words) or any(
        _holds(words, w) for w in book.review_stops
    ):
        return False
    _, clause_end = _clause_bounds(reading, phrase.start, phrase.end)
    # "m'envoie", "l'envoie": the verb after an elided pronoun.
    sent = [
        i for i in range(phrase.end, clause_end) if tokens[i].rsplit("'", 1)[-1] in book.send_words
    ]
    # "if he sends them through", not "if he sends it and then I'll let you know".
    if not sent or sum(_is_word(reading, i) for i in range(sent[0] + 1, clause_end)) > 3:
        return False
    # Every clause of the sentence is the condition's or the looking over's: "..., then
    # decide" goes on to something else.
    at = start
    while at < end:
        first, last = _clause_bounds(reading, at, at + 1)
        clause = tokens[first:last]
        if (
            any(_is_word(reading, i) for i in range(first, last))
            and not first <= phrase.start < last
            and not any(_holds(clause, w) for w in book.review_words)
        ):
            return False
        at = last + 1
    return all(
        p is phrase or p.label in ("yes", "neutral")
        for p in reading.phrases
        if start <= p.start < end
    )


# How many words may stand between the condition's lead and the other having something
# ("If Aisha has", "Se a Marina tiver", "Kama Faith ana").
_HOLDER_REACH = 3


def _material_offer(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether the condition ``phrase`` only offers the other to send along something
    they may have, in a sentence after one that says yes: "No problem, go ahead. If Aisha
    has a deck she can attach it to the intro", "Hakuna shida, endelea. Kama Faith ana
    pitch deck, aiambatishe pia", "Ja, gerne. Wenn sie ein Deck hat, kann sie es
    mitschicken". What the other may send is no condition on the yes.

    The phrase is one of the conditionals, opening its sentence; one of the
    holding_words follows it within three words, no one of the own_subjects ("if I have
    time") between, and no participle nor one of the holding_stops right after it ("if
    she has signed the NDA", "if she has to"); one of the attach_words stands later in the
    sentence; a yes, not negated, stands in an earlier sentence. The sentence holds no
    question mark, no negation, none of the review_stops (what goes on to a decision:
    "and", "then", "whether", "decide") and no phrase but yeses, neutral ones and this
    one. "Yes. If she signs an NDA she can send it", "Yes. If she has a deck, I'll decide
    then" and "Yes, if she has a deck she can attach it" (the yes's own sentence) still
    doubt."""
    if phrase.text not in book.conditionals:
        return False
    start = _sentence_start(reading, phrase.start)
    words = [i for i in range(start, phrase.start) if _is_word(reading, i)]
    if words or not any(s < start for s in _yes_sentences(reading, book)):
        return False
    end = _sentence_end(reading, start)
    tokens = reading.tokens
    if "?" in tokens[start:end] or any(book.negates_at(reading, i) for i in range(start, end)):
        return False
    if any(_holds(tokens[start:end], w) for w in book.review_stops):
        return False
    after = [i for i in range(phrase.end, end) if _is_word(reading, i)]
    held = next(
        (k for k, i in enumerate(after[: _HOLDER_REACH + 1]) if tokens[i] in book.holding_words),
        None,
    )
    if held is None or any(tokens[i] in book.own_subjects for i in after[:held]):
        return False
    following = after[held + 1 : held + 2]
    if not following or any(
        tokens[i] in book.holding_stops or book.is_participle(tokens[i]) for i in following
    ):
        return False
    if not any(tokens[i] in book.attach_words for i in after[held + 1 :]):
        return False
    return all(
        p is phrase or p.label in ("yes", "neutral")
        for p in reading.phrases
        if start <= p.start < end
    )


def _contact_offers(reading: Reading, book: PhraseBook) -> list[tuple[int, int]]:
    """The sentences after a yes that offer a way to reach the writer, as token ranges:
    one of the easier_leads opens the sentence ("if it's easier", "si c'est plus
    simple", "se for mais prático") and one of the contact_channels follows in it ("my
    WhatsApp is +55 ...", "mon portable : 06 ..."), or one of the contact_requests with
    one of the contact_media after it ("que me escriba directamente por WhatsApp"), with
    no negator, no question and no
    phrase besides the lead's own that answers, doubts or turns. "Sure. If it's easier,
    my assistant can decide" names no channel, and "Sure, if it's easier for you." opens
    no sentence of its own: both still doubt the yes."""
    yes = _standing_yes_ends(reading, book)
    out: list[tuple[int, int]] = []
    at = 0
    tokens = reading.tokens
    while at < len(tokens):
        end = _sentence_end(reading, at)
        # "mon portable : 06 12 34 56 78": the number after a colon is the sentence's.
        while end < len(tokens) and tokens[end] == ":":
            end = _sentence_end(reading, end + 1)
        start, at = at, end + 1
        words = [i for i in range(start, end) if _is_word(reading, i)]
        if not words or not any(e <= words[0] for e in yes):
            continue
        if end < len(tokens) and tokens[end] == "?":
            continue
        said = tuple(tokens[i] for i in words)
        lead = next(
            (
                n
                for w in book.easier_leads
                if (n := _lead_length(reading, words, w, book)) is not None
            ),
            None,
        )
        if lead is None:
            closing = _closing_offer(reading, words, book)
            if closing is not None:
                out.append((start, end))
            continue
        rest = said[lead:]
        channel = next(
            (
                (k, k + len(c))
                for c in book.contact_channels
                for k in range(len(rest) - len(c) + 1)
                if rest[k : k + len(c)] == c
            ),
            None,
        )
        if channel is None:
            # "que me escriba directamente por WhatsApp": asked to write, a medium after.
            channel = next(
                (
                    (k, k + len(c))
                    for c in book.contact_requests
                    for k in range(len(rest) - len(c) + 1)
                    if rest[k : k + len(c)] == c
                    and not book.contact_media.isdisjoint(rest[k + len(c) :])
                ),
                None,
            )
        if channel is None:
            continue
        lead_end = words[lead - 1] + 1
        # The lead is read whole ("kama ni rahisi"), and the word tying the channel to
        # its number ("namba yangu ni ...") negates nothing.
        link = lead + channel[1]
        if any(
            book.negates_at(reading, i)
            and not (n == link and tokens[i] in book.contact_links)
            and not _before_number(reading, i, book)
            for n, i in enumerate(words)
            if n >= lead
        ):
            continue
        if any(
            start <= p.start < end
            and p.label != "neutral"
            and not p.end <= lead_end
            and not _offer_word(reading, p, book)
            for p in reading.phrases
        ):
            continue
        out.append((start, end))
    return out


def _lead_length(
    reading: Reading, words: list[int], lead: tuple[str, ...], book: PhraseBook
) -> int | None:
    """How many of a sentence's words (their token indexes) one of the easier_leads
    covers, standing at its start; None when it does not. A "..." in the lead stands for
    the one in a hurry, one to three words that no phrase reads, no negator, no
    condition word ("Si Andrés tiene prisa", "If he's in a hurry"): "Si Andrés no tiene
    prisa" and "Si Andrés quizás tiene prisa" hold none."""
    if "..." not in lead:
        said = tuple(reading.tokens[i] for i in words[: len(lead)])
        return len(lead) if said == lead else None
    cut = lead.index("...")
    head, tail = lead[:cut], lead[cut + 1 :]
    said = tuple(reading.tokens[i] for i in words)
    if said[: len(head)] != head:
        return None
    for gap in range(1, _LEAD_GAP + 1):
        at = len(head) + gap
        if said[at : at + len(tail)] != tail:
            continue
        between = words[len(head) : at]
        if any(
            any(p.start <= i < p.end for p in reading.phrases)
            or book.negates_at(reading, i)
            or reading.tokens[i] in book.conditionals
            for i in between
        ):
            return None
        return at + len(tail)
    return None


# The one in a hurry, named inside an easier lead ("Si Andrés tiene prisa"), has at most
# this many words.
_LEAD_GAP = 3


def _offer_word(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a phrase inside an offer of a way to reach the writer doubts nothing: a
    yes ("pode me ligar") or a Portuguese "no" that is "em" and an article ("no
    91234-5678"): "Se for urgente, pode me ligar no 91234-5678"."""
    return phrase.label == "yes" or (
        phrase.label == "no"
        and phrase.end - phrase.start == 1
        and (
            _contraction(reading, phrase.start, book) or _before_number(reading, phrase.start, book)
        )
    )


def _before_number(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the token is a Portuguese "no"/"na" ("em" and an article) right before a
    number, in its clause: "pode me ligar no 91234-5678" names where, refusing nothing."""
    if reading.tokens[index] not in book.contractions:
        return False
    nxt = _next_word(reading, index + 1)
    return nxt < len(reading.tokens) and reading.tokens[nxt][:1].isdigit()


def _closing_offer(reading: Reading, words: list[int], book: PhraseBook) -> str | None:
    """The lead of a sentence (its words' indexes) that opens with one of the writer's
    contact_channels and closes with one of the easier_leads, with nothing negated (but
    for the link tying the channel to its number) and no phrase but neutral ones outside
    the lead: "My telephone number is in the book if that is easier for her", "Mi
    número está en la web, si le resulta más cómodo". One of the easier_for may close
    it after the lead: "Meu WhatsApp é +55 ... se for mais fácil pra ela"."""
    tokens = reading.tokens
    said = tuple(tokens[i] for i in words)
    # "... se for mais fácil pra ela": the one it is easier for may close the offer.
    whom = next((w for w in book.easier_for if len(w) < len(said) and said[-len(w) :] == w), ())
    if whom:
        said = said[: -len(whom)]
        words = words[: -len(whom)]
    lead = next((w for w in book.easier_leads if len(w) < len(said) and said[-len(w) :] == w), None)
    if lead is None:
        return None
    channel = next((c for c in book.contact_channels if said[: len(c)] == c), None)
    if channel is None or len(channel) + len(lead) > len(said):
        return None
    lead_start = words[len(said) - len(lead)]
    if any(
        book.negates_at(reading, i) and not (n == len(channel) and tokens[i] in book.contact_links)
        for n, i in enumerate(words)
        if i < lead_start
    ):
        return None
    if any(
        words[0] <= p.start <= words[-1] and p.label != "neutral" and p.start < lead_start
        for p in reading.phrases
    ):
        return None
    return " ".join(lead)


def _logistics(reading: Reading, book: PhraseBook) -> dict[int, str]:
    """The hedges that are logistics, not conditions, by where they start: "intro-time"
    for a time named by the introduction itself, "scheduling" for an assistant who
    arranges the meeting.

    A time word ("once", "sobald") whose clause is the introduction and nothing more
    ("once you've made the introduction.", "sobald Sie uns vorgestellt haben") waits
    for what the question offers. An assistant (delegates) in a sentence that says they
    will arrange the meeting (scheduling: "will set up a time", "organisera le
    rendez-vous"; or before it, fronted_scheduling: "Termine koordiniert meine
    Assistentin"), after a yes, with nothing negated, asked, contrasted or doubted in
    that sentence but such a time ("after the intro" is no date either), arranges a
    meeting agreed to. "Yes, but my assistant
    will decide whether I have time", "yes once my assistant confirms" and "sure, once
    the board approves" stay doubts."""
    out: dict[int, str] = {}
    for phrase in reading.phrases:
        if phrase.label == "hedge" and phrase.text in book.intro_times:
            end = phrase.end
            while end < len(reading.tokens) and not reading.breaks[end]:
                end += 1
            clause = tuple(t for t in reading.tokens[phrase.end : end] if t.strip())
            if clause in book.intro_events:
                out[phrase.start] = "intro-time"
            elif _contact_time(reading, phrase, book):
                out[phrase.start] = "contact-time"
            elif waits_for_address(reading, phrase, book):
                out[phrase.start] = "address-time"
    for phrase in reading.phrases:
        if (
            phrase.label == "hedge"
            and (phrase.text in book.slot_fits or phrase.text in book.alternatives)
            and _about_the_slot(reading, phrase, book, out)
        ):
            out[phrase.start] = "slot"
            if phrase.text in book.alternatives:
                # "otherwise any weekday (from 6.15)": the other time's own leads.
                out.update(
                    dict.fromkeys(
                        (q.start for q in _other_time_leads(reading, phrase, book)), "slot"
                    )
                )
    for phrase in reading.phrases:
        if phrase.label != "hedge" or phrase.text not in book.delegates:
            continue
        start = _sentence_start(reading, phrase.start)
        end = _sentence_end(reading, phrase.end)
        if end < len(reading.tokens) and reading.tokens[end] == "?":
            continue
        # "n'hésitez pas à la mettre en copie", "no dudes en": a yes or a neutral phrase,
        # read whole, negates nothing.
        if any(
            book.negates_at(reading, i)
            and not any(
                p.label in ("yes", "neutral") and p.start <= i < p.end and p.end - p.start > 1
                for p in reading.phrases
            )
            for i in range(start, end)
        ):
            continue
        if not any(
            p.label == "yes"
            and p.start < phrase.start
            and not _negated(reading, p, book)
            and not _negated_after(reading, p, book)
            for p in reading.phrases
        ):
            continue
        others = [
            p
            for p in reading.phrases
            if start <= p.start < end
            and p is not phrase
            and p.label not in ("yes", "neutral")
            and p.start not in out
            # "after the intro": a deferral without a date defers nothing.
            and not (p.label == "deferral" and not _date_follows(reading, p, book))
            # "Mon assistante gère mon agenda, n'hésitez pas à la mettre en copie": the
            # one copied in is the assistant.
            and not (p.label == "hedge" and p.text in book.copied_words and p.start > phrase.end)
        ]
        if others:
            continue
        words = tuple(t for t in reading.tokens[phrase.end : end] if t.strip())
        # "Termine koordiniert meine Assistentin", "scheduling is handled by my EA": the
        # arranging said before the assistant, as German puts its verb second.
        fronted = tuple(t for t in reading.tokens[start : phrase.start] if t.strip())
        if any(_holds(words, wanted) for wanted in book.scheduling) or any(
            _holds(fronted, wanted) for wanted in book.fronted_scheduling
        ):
            out[phrase.start] = "scheduling"
            for p in reading.phrases:
                if (
                    p.label == "hedge"
                    and p.text in book.copied_words
                    and phrase.end < p.start < end
                ):
                    out[p.start] = "assistant-copied"
    out.update(_channel_limits(reading, book))
    return out


def _about_the_slot(
    reading: Reading, phrase: Phrase, book: PhraseBook, logistics: dict[int, str]
) -> bool:
    """Whether an "if" that asks if a time fits the other (slot_fits: "if that suits
    him", "si le viene bien"), or an "otherwise" that has the meeting arranged another
    time (scheduling: "otherwise my EA can find another slot") or offers one (see
    ``_other_time_leads``: "otherwise any weekday from 6.15"), is about the time a
    meeting agreed to takes: after a yes not negated, in a sentence that offers a time
    before it (a number or one of the date_words) and asks nothing, negates nothing and
    holds nothing else that answers no or doubts but an assistant, another such word,
    logistics already found or a preference of time (asides: "à tarde é melhor"), and no
    later time (deferred_times). The "if" closes its
    clause. "Sure, if that suits him" offers no time, "Sure, next week if that suits you"
    puts the yes off and "Thursday at 2pm, otherwise no" refuses: they still doubt."""
    tokens = reading.tokens
    start = _sentence_start(reading, phrase.start)
    end = _sentence_end(reading, phrase.end)
    if end < len(tokens) and tokens[end] == "?":
        return False
    if any(book.negates_at(reading, i) for i in range(start, end)):
        return False
    if not _standing_yes_before(reading, phrase.start, book):
        return False
    if not any(
        any(ch.isdigit() for ch in t) or t in book.date_words for t in tokens[start : phrase.start]
    ):
        return False
    # "next week if that suits you" puts the yes off rather than offering a time.
    said = tuple(t for t in tokens[start:end] if t.strip())
    if any(_holds(said, later) for later in book.deferred_times):
        return False
    # The deferral leads of another time offered after an "otherwise" ("otherwise any
    # weekday from 6.15") time that slot, not the yes.
    offered = {
        q.start
        for p in reading.phrases
        if start <= p.start < end and p.text in book.alternatives
        for q in _other_time_leads(reading, p, book)
    }
    if any(
        start <= p.start < end
        and p is not phrase
        and p.label not in ("yes", "neutral", "aside")
        and p.start not in logistics
        and p.start not in offered
        and not (
            p.label == "hedge"
            and (
                p.text in book.delegates or p.text in book.slot_fits or p.text in book.alternatives
            )
        )
        for p in reading.phrases
    ):
        return False
    if phrase.text in book.alternatives:
        words = tuple(t for t in tokens[phrase.end : end] if t.strip())
        return any(_holds(words, wanted) for wanted in book.scheduling) or bool(
            _other_time_leads(reading, phrase, book, offered=True)
        )
    return phrase.end >= len(tokens) or reading.breaks[phrase.end]


def _other_time_leads(
    reading: Reading, phrase: Phrase, book: PhraseBook, offered: bool = False
) -> list[Phrase]:
    """The deferral leads of another time offered after an "otherwise" (alternatives),
    when from it to its sentence's end stands a time (one of the date_words or an hour:
    "otherwise any weekday after evening surgery (from 6.15)", "sinon le soir après
    18h", "sonst ab 18 Uhr"), nothing asked, no "if", and no phrase but deferral leads,
    neutral ones and asides. With ``offered``, whether such a time stands at all, a
    list of one entry standing for it when it holds no lead. "otherwise no",
    "otherwise Friday if he insists" and "otherwise I'll pass" offer no time."""
    tokens = reading.tokens
    end = _sentence_end(reading, phrase.end)
    if end < len(tokens) and tokens[end] == "?":
        return []
    words = [i for i in range(phrase.end, end) if _is_word(reading, i)]
    if not any(
        tokens[i] in book.date_words or _hour_at(tokens, i, book) is not None for i in words
    ):
        return []
    if not book.conditionals.isdisjoint(tokens[i] for i in words):
        return []
    inside = [p for p in reading.phrases if phrase.end <= p.start < end]
    if any(p.label not in ("deferral", "neutral", "aside") for p in inside):
        return []
    leads = [p for p in inside if p.label == "deferral"]
    return leads or ([phrase] if offered else [])


def _contact_time(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a time word after a yes waits only for the other to make contact: its
    clause (a title's dot, "Mr.", ends none) is a subject of at most a few words and one
    of the contact_events closing it ("once Mr. Rao reaches out", "une fois qu'elle
    aura un moment", "sobald er sich meldet"). That is when the meeting agreed to will
    happen, not a condition on the yes. The subject, or the pronoun the time word holds
    ("qu'elle"), must be someone else: the writer (own_subjects, own_possessives) or a
    thing (thing_subjects) makes it the writer's own circumstance ("once my funding
    closes", "once I have a moment", "once it is free"), which still doubts, as does
    anything phrased, negated or going on after the event ("once he reaches out about
    the terms", "once legal gets back to me": not an event)."""
    if not _standing_yes_before(reading, phrase.start, book):
        return False
    words: list[str] = []
    i = phrase.end
    while i < len(reading.tokens):
        token = reading.tokens[i]
        if reading.breaks[i] and not (token == "." and words and words[-1] in book.name_titles):
            break
        if token.strip() and token != ".":
            words.append(token)
        i += 1
    clause = tuple(words)
    for event in book.contact_events:
        if len(event) > len(clause) or clause[len(clause) - len(event) :] != event:
            continue
        subject = clause[: len(clause) - len(event)]
        if not subject and phrase.text.split()[-1] in book.other_subjects:
            return True
        if not subject or len(subject) > _CONTACT_SUBJECT_WORDS:
            continue
        if any(
            w in book.own_subjects
            or w in book.own_possessives
            or w in book.thing_subjects
            or book.is_negator(w)
            for w in subject
        ):
            return False
        # Nothing else phrased in the clause: "once he reaches out, maybe" still doubts.
        return not any(
            p.label != "neutral" and phrase.end <= p.start < i and p is not phrase
            for p in reading.phrases
        )
    return False


# The subject of the other's contact after a time word has at most this many words
# ("Mr. Venkat Rao").
_CONTACT_SUBJECT_WORDS = 4


def _channel_limits(reading: Reading, book: PhraseBook) -> dict[int, str]:
    """The channels ruled out after a go-ahead ("please do connect us. ... my diary has
    no room for calls"), by where they start: said in a sentence with nothing else that
    answers, doubts, turns or asks, and no negation outside a phrase, they say how to
    meet. "Please do, but no calls." (a turn) still doubts; "Sure, but email only please
    - no calls." limits the yes to a channel (see reply_channel_only)."""
    out: dict[int, str] = {}
    go_aheads = [
        p.end
        for p in reading.phrases
        if p.label == "yes"
        and p.text in book.go_aheads
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
    ]
    for phrase in reading.phrases:
        if phrase.label != "hedge" or phrase.text not in book.channel_limits:
            continue
        if not any(e <= phrase.start for e in go_aheads):
            continue
        start = _sentence_start(reading, phrase.start)
        end = _sentence_end(reading, phrase.end)
        if end < len(reading.tokens) and reading.tokens[end] == "?":
            continue
        inside = [p for p in reading.phrases if start <= p.start < end]
        if any(
            p.label not in ("yes", "neutral", "aside")
            and not (p.label == "hedge" and p.text in book.channel_limits)
            for p in inside
        ):
            continue
        if any(
            book.negates_at(reading, i) and not any(p.start <= i < p.end for p in inside)
            for i in range(start, end)
        ):
            continue
        out[phrase.start] = "channel"
    return out


def clash_offers(
    reading: Reading, book: PhraseBook
) -> tuple[frozenset[int], list[tuple[int, int]]]:
    """Where the phrases stand of each "if" that offers another time should the one
    offered clash, and the spans of those "if" clauses, whose negation is the clash's:
    "Thursday at 3pm at the gallery. If that clashes with his rehearsals, Friday morning
    works too", "Si ça ne lui va pas, vendredi matin aussi", "Falls das nicht passt,
    geht auch Freitag", "Se não der, sexta também serve".

    The "if" (a hedge opening with one of the conditionals) opens its sentence or
    clause, after a yes not negated and after a time offered (a number or one of the
    date_words). Its own clause holds one of the slot_clashes ("clashes", "doesn't
    suit", "ne lui va pas", "não der"), at most a few words, no negator outside that
    clash ("if he can't make it then" negates inside it), and no phrase but neutral
    ones outside it. The rest of the sentence, not asked, offers a time (one of the
    date_words or an hour) with no negator, no other "if" and no phrase but yeses,
    neutral ones, asides and deferral leads. Returned: the starts of the "if", of the
    phrases inside the clash and of the deferral leads of the other time; and each "if"
    clause as ``(start, end)``. "Yes if it's about hiring,
    otherwise no", "If he's legit, Friday works", "If that doesn't suit him, no" and
    "If that clashes, maybe next year" name no clash or offer no time: they still
    doubt."""
    tokens = reading.tokens
    out: set[int] = set()
    spans: list[tuple[int, int]] = []
    for phrase in reading.phrases:
        if phrase.label != "hedge" or (
            phrase.text not in book.conditionals and tokens[phrase.start] not in book.conditionals
        ):
            continue
        before = phrase.start - 1
        while before >= 0 and not tokens[before].strip():
            before -= 1
        if before >= 0 and not reading.breaks[before]:
            continue
        if not _standing_yes_before(reading, phrase.start, book):
            continue
        if not any(
            any(ch.isdigit() for ch in t) or t in book.date_words for t in tokens[: phrase.start]
        ):
            continue
        end = _sentence_end(reading, phrase.end)
        if end < len(tokens) and tokens[end] == "?":
            continue
        _, clause_end = _clause_bounds(reading, phrase.end, phrase.end)
        if clause_end >= end:
            continue
        # The clause after the conditional word: "nao der" of "se não der" ("se não" is
        # one hedge).
        clause = [i for i in range(phrase.start + 1, clause_end) if _is_word(reading, i)]
        if not clause or len(clause) > _CLASH_CLAUSE_WORDS:
            continue
        said = tuple(tokens[i] for i in clause)
        span = next(
            (
                (clause[at], clause[at + len(clash) - 1] + 1)
                for clash in book.slot_clashes
                for at in range(len(said) - len(clash) + 1)
                if said[at : at + len(clash)] == clash
            ),
            None,
        )
        if span is None:
            continue
        if any(book.negates_at(reading, i) for i in clause if not span[0] <= i < span[1]):
            continue
        inside = [
            p
            for p in reading.phrases
            if phrase.start <= p.start < clause_end and p is not phrase and p.label != "neutral"
        ]
        if any(not (span[0] <= p.start and p.end <= span[1]) for p in inside):
            continue
        rest = [i for i in range(clause_end, end) if _is_word(reading, i)]
        if not any(
            tokens[i] in book.date_words or _hour_at(tokens, i, book) is not None for i in rest
        ):
            continue
        if any(tokens[i] in book.conditionals or book.negates_at(reading, i) for i in rest):
            continue
        offered = [p for p in reading.phrases if clause_end <= p.start < end]
        if any(p.label not in ("yes", "neutral", "aside", "deferral") for p in offered):
            continue
        out.add(phrase.start)
        out.update(p.start for p in inside)
        out.update(p.start for p in offered if p.label == "deferral")
        spans.append((phrase.start, clause_end))
    return frozenset(out), spans


# The clause of an "if" that the time offered clashes has at most this many words
# ("das mit seinen Proben kollidiert").
_CLASH_CLAUSE_WORDS = 8


def _first_listed(
    said: tuple[str, ...], start: int, reach: int, listed: Iterable[tuple[str, ...]]
) -> tuple[int, int] | None:
    """Where the first of ``listed`` (phrases as word tuples, tried in their order at each
    place) stands in ``said``, opening at ``start`` or up to ``reach`` words after it:
    (its first word, the word after its last); None when none does."""
    for k in range(start, min(len(said), start + reach + 1)):
        for wanted in listed:
            if said[k : k + len(wanted)] == wanted:
                return k, k + len(wanted)
    return None
