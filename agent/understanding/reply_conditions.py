"""Conditions in a reply and the branches they open.

Greetings passed on under a condition, sentences opened by a condition and refusals
inside one, answers split by purpose, refusals pending a check ("unless", "until"),
condition words that say "like", conditions going on past their own words, and
conditions inside a message relayed or an aside about the meeting.
"""

from __future__ import annotations

from dataclasses import replace

from agent.understanding.reply_negation import _negated, _negated_after, _standing_yes_ends
from agent.understanding.reply_others import _INNER_CAPITAL, _SIGN_OFF_NAME_WORDS
from agent.understanding.reply_phrases import (
    SENTENCE_ENDS,
    Phrase,
    PhraseBook,
    Reading,
    normalise,
)
from agent.understanding.reply_words import (
    _clause_bounds,
    _holds,
    _inner_hyphen,
    _is_word,
    _name_words,
    _next_word,
    _sentence_end,
    _sentence_start,
    _sentences,
    _word_after,
)


def manner_alternatives(reading: Reading, book: PhraseBook) -> tuple[Reading, frozenset[int]]:
    """The reading with each alternative of one word ("otherwise", "autrement", "sinon",
    "sonst", "senão", "vinginevyo") that closes its clause after a word of that clause
    read as neutral: "I'd be doing his team a disservice if I pretended otherwise, so
    I'll decline" and "je ne pouvais pas faire autrement" say how something is done, and
    open no other branch of a condition. One that opens its clause ("..., otherwise
    not"), goes on in it ("otherwise I'll pass"), or follows an answer, a negator or a
    joiner ("yes if he's local, no otherwise", "not otherwise", "or otherwise") is read
    as before. Also where those alternatives start."""
    manner = frozenset(
        p.start
        for p in reading.phrases
        if p.text in book.alternatives
        and p.end - p.start == 1
        and _closes_clause(reading, p.end)
        and _after_plain_word(reading, p, book)
    )
    if not manner:
        return reading, manner
    return (
        replace(
            reading,
            phrases=tuple(
                replace(p, label="neutral") if p.start in manner and p.end - p.start == 1 else p
                for p in reading.phrases
            ),
        ),
        manner,
    )


def _closes_clause(reading: Reading, end: int) -> bool:
    """Whether the first token from ``end`` that is not blank is a break, or none is."""
    i = end
    while i < len(reading.tokens) and not reading.tokens[i].strip():
        i += 1
    return i >= len(reading.tokens) or reading.breaks[i]


def _after_plain_word(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a word of the phrase's clause stands right before it that is no negator,
    no condition joiner or conclusion lead ("and", "or", "so"), and closes no answer."""
    i = phrase.start - 1
    while i >= 0 and not reading.tokens[i].strip() and not reading.breaks[i]:
        i -= 1
    if i < 0 or not _is_word(reading, i):
        return False
    word = reading.tokens[i]
    if book.is_negator(word) or word in book.condition_joiners or word in book.conclusion_leads:
        return False
    return not any(
        p.label in ("yes", "weak_yes", "no") and p.start <= i < p.end for p in reading.phrases
    )


def _greeting_conditions(
    reading: Reading, book: PhraseBook, names: frozenset[str], asked: str
) -> frozenset[int]:
    """Where a condition opens a greeting for someone else, passed on by the one
    who asked: "Oh and if you speak to Claire tell her I've still got her cake tin!",
    "Si ves a Marta, dile que le debo un café", "Ukiongea na Juma, mwambie nimepata
    kitabu chake".

    The condition is one of the greeting_conditions (the reader meeting or speaking to
    someone: "if you speak to", "si tu vois", "si hablas con", "wenn du mit", "se falar
    com", "ukiongea na"), right after it a name the text writes that is not the one asked
    about, and later in its sentence one of the greeting_tells ("tell her", "dis-lui",
    "dile", "sag ihr", "diga-lhe", "mwambie"); the sentence holds no yes, no question
    mark, no negator, no name of the one asked about, none of the intro_stems or
    meeting_words, and no phrase but neutral ones and that condition. "If you speak to
    Claire, tell her I won't meet him" still doubts (a negator, a meeting), and so does
    "if you speak to Femi, tell him I'm keen" asked about Femi."""
    tokens = reading.tokens
    asked_words = _name_words(asked)
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "hedge":
            continue
        start = _sentence_start(reading, phrase.start)
        end = _sentence_end(reading, start)
        said = tuple(t for t in tokens[phrase.start : end] if t.strip())
        lead = next((c for c in book.greeting_conditions if said[: len(c)] == c), None)
        if lead is None or len(said) <= len(lead):
            continue
        target = said[len(lead)]
        if target not in names or target in asked_words:
            continue
        rest = said[len(lead) + 1 :]
        if not any(_holds(rest, tell) for tell in book.greeting_tells):
            continue
        words = tuple(t for t in tokens[start:end] if t.strip())
        text = " ".join(words)
        if (
            "?" in words
            or not asked_words.isdisjoint(words)
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in f" {text} " for w in book.meeting_words)
            or any(book.negates_at(reading, i) for i in range(start, end))
            or any(
                p is not phrase and p.label != "neutral" and start <= p.start < end
                for p in reading.phrases
            )
        ):
            continue
        out.add(phrase.start)
    return frozenset(out)


def _opens_condition(phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a phrase is a hedge that is one of the conditionals or opens with one
    ("if", "se não": "Se não assinar, ...")."""
    return phrase.label == "hedge" and (
        phrase.text in book.conditionals or phrase.text.split(" ", 1)[0] in book.conditionals
    )


def _condition_between(reading: Reading, book: PhraseBook, start: int, end: int) -> bool:
    """Whether a condition stands from ``start`` to before ``end``: a hedge that opens
    with one of the conditionals, or a verb whose form sets one (Swahili "asipokubali",
    "if he does not agree"; "akisaini", "if he signs")."""
    if any(_opens_condition(p, book) and start <= p.start < end for p in reading.phrases):
        return True
    return any(book.is_conditional_form(reading.tokens[i]) for i in range(start, end))


def _conditional_sentences(reading: Reading, book: PhraseBook) -> list[tuple[int, int]]:
    """The sentences that open with a condition ("If she's pitching services, ...",
    "si c'est Y, non merci"), or with a limit on one (one of the only_leads right before
    one of the conditionals, or right after it: "Only if it's the legal side.", "Solo si
    es para la parte legal.", "Nur wenn es um Verträge geht.", "Ikiwa tu ni upande wa
    sheria."), as token ranges."""
    out = []
    start = 0
    for end in range(len(reading.tokens) + 1):
        if end < len(reading.tokens):
            token = reading.tokens[end]
            if token not in SENTENCE_ENDS and "\n" not in token:
                continue
        words = [t for i, t in enumerate(reading.tokens[start:end], start) if _is_word(reading, i)]
        if words and (
            words[0] in book.conditionals
            or book.is_conditional_form(words[0])
            or _limited_condition(words, book)
        ):
            out.append((start, end))
        start = end + 1
    return out


def _limited_condition(words: list[str], book: PhraseBook) -> bool:
    """Whether ``words`` open with a condition and one of the only_leads, in either
    order ("only if", "solo si", "nur wenn", "ikiwa tu")."""
    return len(words) > 1 and (
        (words[0] in book.only_leads and words[1] in book.conditionals)
        or (words[0] in book.conditionals and words[1] in book.only_leads)
    )


def _other_branch(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a refusal stands in a sentence opened by a condition, beside another
    such sentence that refuses nothing: two branches, one agreeing and one refusing.

    A refusal after one of the conditionals inside its sentence is a branch too, beside
    an earlier sentence opened by a limit on a condition that refuses nothing: "Only if
    it's the legal side. I stopped translating medical records, so if what he needs is
    the hospital notes, it's a no." A bare earlier condition ("If it helps, I know him.
    I'm busy, so if he calls, it's a no.") leaves that refusal as it is."""
    sentences = _conditional_sentences(reading, book)
    own = next(((a, b) for a, b in sentences if a <= phrase.start < b), None)
    if own is None:
        start = _sentence_start(reading, phrase.start)
        if not _condition_between(reading, book, start, phrase.start):
            return False
        return any(
            b <= start
            and _limited_condition(
                [t for i, t in enumerate(reading.tokens[a:b], a) if _is_word(reading, i)], book
            )
            and not any(p.label == "no" and a <= p.start < b for p in reading.phrases)
            for a, b in sentences
        )
    return any(
        (a, b) != own and not any(p.label == "no" and a <= p.start < b for p in reading.phrases)
        for a, b in sentences
    )


def _conditional_refusal(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a refusal follows one of the conditionals in its sentence while a yes,
    not negated, stands in an earlier sentence with no conditional: "Yes, happy to
    talk to Jun about the grant. ... so if that's the main thing I'm probably not the
    right person"."""
    start = _sentence_start(reading, phrase.start)
    if not _condition_between(reading, book, start, phrase.start):
        return False
    for p in reading.phrases:
        if p.label != "yes" or p.start >= start:
            continue
        if _negated(reading, p, book) or _negated_after(reading, p, book):
            continue
        if not _condition_between(reading, book, _sentence_start(reading, p.start), start):
            return True
    return False


def _conditioned_branches(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a refusal follows one of the conditionals in its sentence, and before that
    conditional (or a hedge opening with one: "se for sobre") stands a yes, not negated,
    with a conditional of its own in its sentence, before or after it: a yes on one
    condition and a refusal on another ("yes if it's about the reseller partnership we
    discussed, but if he's trying to sell me software I'm not interested", "si c'est
    pour le partenariat, oui, mais si c'est pour vendre un logiciel, non merci", "ja, wenn
    es um die Partnerschaft geht, aber wenn er mir etwas verkaufen will, kein
    Interesse"). "No thanks. If anything changes I'll let you know.",
    "Yes, but if he's selling software I'm not interested" (a yes with no condition) and
    "Yes if it's about the partnership. But honestly I'm not interested." (a refusal on
    no condition) read as before."""
    start = _sentence_start(reading, phrase.start)
    # One of the conditionals, or a hedge that opens with one ("se for sobre").
    conditions = [
        p
        for p in reading.phrases
        if p.label == "hedge" and p.text.split(" ", 1)[0] in book.conditionals
    ]
    own = [c for c in conditions if start <= c.start < phrase.start]
    if not own:
        return False
    condition = own[-1]
    for p in reading.phrases:
        if p.label != "yes" or p.end > condition.start:
            continue
        if _negated(reading, p, book) or _negated_after(reading, p, book):
            continue
        first, last = _sentence_start(reading, p.start), _sentence_end(reading, p.start)
        if any(
            c is not condition and first <= c.start < min(last, condition.start) for c in conditions
        ):
            return True
    return False


# How many words a clause of a split answer may hold ("for a permanent role probably not").
_MAX_SPLIT_WORDS = 6


def _split_branch(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a refusal is one branch of an answer split by purpose or by what it
    depends on: its clause opens with one of the split_leads ("for", "pour", "für") and
    a clause beside it in its sentence, opened so too, closes with one of the
    split_answers ("yes", "oui", "ja") or a yes ("für Beratung ja, für eine Festanstellung
    eher nicht", "for a job no, for consulting yes"); or one of the depends hedges stands
    before it in its sentence with no contrast between ("it depends on what he wants,
    probably not"). "For now, no", "No thanks, not for a job" and "It depends on the
    scope, but I'm not taking new clients" read as before."""
    start = _sentence_start(reading, phrase.start)
    between = [p for p in reading.phrases if start <= p.start < phrase.start]
    depends = [p.start for p in between if p.label == "hedge" and p.text in book.depends]
    if depends and not any(p.label == "contrast" and p.start > depends[-1] for p in between):
        return True
    if book.split_leads.isdisjoint(reading.tokens):
        return False
    clauses: list[list[int]] = [[]]
    for i in range(start, _sentence_end(reading, phrase.start)):
        if reading.breaks[i] and not _inner_hyphen(reading, i):
            clauses.append([])
        elif _is_word(reading, i):
            clauses[-1].append(i)
    clauses = [c for c in clauses if c]
    own = next((k for k, c in enumerate(clauses) if c[0] <= phrase.start <= c[-1]), None)
    if own is None or not _purpose_clause(reading, clauses[own], book):
        return False
    return any(
        0 <= k < len(clauses) and _purpose_yes(reading, clauses[k], book)
        for k in (own - 1, own + 1)
    )


def _purpose_clause(reading: Reading, words: list[int], book: PhraseBook) -> bool:
    """Whether a clause is short and opens with one of the split_leads."""
    return len(words) <= _MAX_SPLIT_WORDS and reading.tokens[words[0]] in book.split_leads


def _purpose_yes(reading: Reading, words: list[int], book: PhraseBook) -> bool:
    """Whether a clause opened by one of the split_leads says yes at its close, with no
    negator in it: "für Beratung ja", "pour du conseil oui"."""
    if not _purpose_clause(reading, words, book) or len(words) < 2:
        return False
    if any(book.is_negator(reading.tokens[i]) for i in words):
        return False
    if reading.tokens[words[-1]] in book.split_answers:
        return True
    return any(
        p.label == "yes" and p.end - 1 == words[-1] and p.start > words[0] for p in reading.phrases
    )


def _pending(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a refusal waits on someone's approval or a check: one of the
    pending_leads ("unless", "hasta que", "tant que", "es sei denn", "até que",
    "isipokuwa"), or one of the pending_preps ("until", "bis", "até") with the writer,
    another or someone's as the subject right after it ("until I've got sign-off", "bis
    mein Chef sein OK gibt"), stands after it in its clause (a comma may open the lead:
    "Ich kann nicht zusagen, bis mein Chef sein OK gibt"), at most ``_PENDING_REACH``
    words on, with a doubt after the lead in its clause (a hedge: "sign-off", "el visto
    bueno", "sein OK", "idhini ya"): "I can't actually agree until I've got sign-off".
    A refusal put off to a time ("I can't until next year", "nein, nicht bis Januar") or
    to the writer's own work ("I can't take on anything new until our own record is
    mixed") refuses for now, as "not now" does.

    One of the pending_withouts ("without", "sans", "sin", "ohne", "sem", "bila") leads
    the same way, with an approval after it, only when one of the pending_reports
    follows later in the text, the writer promising to tell the outcome: "siwezi kukubali
    mazungumzo ... bila idhini ya kamati ... nitakujulisha uamuzi", "I cannot agree
    without the board's approval; I'll let you know". Without that promise the approval
    is a reason for the refusal ("I cannot agree without the board's approval.")."""
    tokens = reading.tokens
    leads = (*book.pending_leads, *book.pending_preps, *book.pending_withouts)
    i, words = phrase.end, 0
    while i < len(tokens) and words <= _PENDING_REACH:
        if reading.breaks[i]:
            # "Ich kann nicht zusagen, bis mein Chef sein OK gibt": a comma may open the lead.
            after = _next_word(reading, i + 1)
            if tokens[i] != "," or not any(_holds_at(reading, after, lead) for lead in leads):
                return False
            i = after
            continue
        if not tokens[i].strip():
            i += 1
            continue
        for lead in leads:
            if not _holds_at(reading, i, lead):
                continue
            after = _next_word(reading, _word_after(reading, i, len(lead)))
            word = tokens[after] if after < len(tokens) else ""
            if lead in book.pending_preps and not (
                word in book.own_subjects
                or word in book.other_subjects
                or word in book.own_possessives
                or word in book.other_possessives
            ):
                continue
            end = after
            while end < len(tokens) and not reading.breaks[end]:
                end += 1
            if lead in book.pending_withouts and not _reports_back(reading, end, book):
                return False
            return any(p.label == "hedge" and after <= p.start < end for p in reading.phrases)
        words += 1
        i += 1
    return False


def _reports_back(reading: Reading, start: int, book: PhraseBook) -> bool:
    """Whether one of the pending_reports ("I'll let you know", "je vous tiens au
    courant", "nitakujulisha") stands anywhere in the text from ``start`` on."""
    return any(
        _holds_at(reading, i, report)
        for i in range(start, len(reading.tokens))
        for report in book.pending_reports
    )


# A refusal's pending condition stands at most this many words after it.
_PENDING_REACH = 8


def _harmless_tail(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether an "if" about the writer's own slow reply (slow_reply_ifs: "if I'm slow to
    get back", "si tardo en contestar", "wenn ich erst nächste Woche antworte") is
    followed to its sentence's end only by slow_reply_tails ("to him that's why", "es
    por eso", "ndiyo sababu") and neutral phrases ("not lack of interest"), or by a
    sign-off of a few words closing the text ("... antworte Gruß Bauer"): "Yes, if I'm
    slow to reply, ask someone else" sets a condition after all.

    The "if" may also end on its consequence alone, a clause of such words ("dont
    worry"), where the writer goes on to tell of themselves in a later clause of its
    sentence (own_subjects) with no phrase there but neutral ones: "so if I am slow to
    reply dont worry, I will be back in Arusha on 28th"; "if I'm slow to reply, don't
    worry, ask Maria instead" names no writer after it and still sets a condition."""
    end = _sentence_end(reading, phrase.end)
    rest = [i for i in range(phrase.end, end) if _is_word(reading, i)]
    if end >= len(reading.tokens) and len(rest) <= _SIGN_OFF_NAME_WORDS:
        return True
    if _only_tails(reading, phrase.end, end, book):
        return True
    # The consequence: the clause right after the "if" (a pause right after it skipped).
    first = phrase.end
    while first < end and (reading.breaks[first] or not reading.tokens[first].strip()):
        first += 1
    stop = first
    while stop < end and not reading.breaks[stop]:
        stop += 1
    later = [i for i in range(stop, end) if _is_word(reading, i)]
    return (
        first < stop < end
        and bool(later)
        and reading.tokens[later[0]] in book.own_subjects
        and _only_tails(reading, first, stop, book)
        and not any(p.label != "neutral" and stop <= p.start < end for p in reading.phrases)
    )


def _only_tails(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the words from ``start`` to ``end`` are slow_reply_tails and neutral
    phrases only, with no other phrase among them."""
    neutral = [p for p in reading.phrases if p.label == "neutral" and start <= p.start < end]
    return all(
        reading.tokens[i] in book.slow_reply_tails or any(p.start <= i < p.end for p in neutral)
        for i in range(start, end)
        if _is_word(reading, i)
    ) and not any(p.label != "neutral" and start <= p.start < end for p in reading.phrases)


def _likenesses(
    reading: Reading, book: PhraseBook, written: str = "", names: frozenset[str] = frozenset()
) -> Reading:
    """The reading with each condition word read as neutral where it says "like": one of
    the likenesses ("kama hiyo", "kama hizo": "like that", "like those") standing after
    a word of its clause and closing it, or before one of the likeness_followers
    ("huko", "hapa") or a place named ("Kasarani" in ``written``: a word with a capital
    inside a sentence, none of ``names``, the people the mail names, nor a date word):
    "tumekuwa tukitafuta miradi kama hiyo huko Murang'a", "Nimefanya wiring ya apartments
    kama hizo Kasarani last year"; an emoji closes the clause as a stop does
    ("Nimekua nikingoja gig kama hii 🙌🏾"). "Ndiyo, kama hiyo ni sawa" ("if that is fine") and
    "Kama hiyo inakufaa" go on with a verb, and a likeness opening its clause ("Ndiyo,
    kama hiyo.") may be a condition: they still doubt. A condition word right after the
    end of a verb of being used, serving or known (role_uses: "kutumika", "alihudumu")
    says "as" before a word that goes on as no verb (role_use_verbs): "kinaweza kutumika
    kama maabara" is used as a lab, "tumika kama unataka" still "if you want"."""
    tokens = reading.tokens
    # A verb never takes a capital inside a sentence: a name there is a place, as "huko"
    # is, unless it names one of the people ("kama hao Juma na Neema").
    places = (
        {normalise(m.group()) for m in _INNER_CAPITAL.finditer(written)} - names - book.date_words
    )
    phrases = list(reading.phrases)
    for n, phrase in enumerate(phrases):
        if phrase.label != "hedge" or phrase.end - phrase.start != 1:
            continue
        before = phrase.start - 1
        while before >= 0 and not tokens[before].strip() and "\n" not in tokens[before]:
            before -= 1
        if before < 0 or not _is_word(reading, before):
            continue
        after = _next_word(reading, phrase.end)
        if (
            tokens[phrase.start] in book.likenesses
            and tokens[before].endswith(book.role_uses)
            and after < len(tokens)
            and tokens[after] not in book.role_use_verbs
            and not tokens[after].startswith(book.role_use_verb_stems)
        ):
            # "chumba ... kinaweza kutumika kama maabara": used as a lab, no condition.
            phrases[n] = replace(phrase, label="neutral")
            continue
        found = next(
            (
                words
                for words in book.likenesses.get(tokens[phrase.start], ())
                if _holds_at(reading, phrase.start, words)
            ),
            None,
        )
        if found is None:
            continue
        after = _word_after(reading, phrase.start, len(found))
        while after < len(tokens) and not tokens[after].strip() and "\n" not in tokens[after]:
            after += 1
        if (
            after < len(tokens)
            and not reading.breaks[after]
            # "Nimekua nikingoja gig kama hii 🙌🏾": an emoji after it closes its clause.
            and any(ch.isalnum() for ch in tokens[after])
            and tokens[after] not in book.likeness_followers
            and tokens[after] not in places
        ):
            continue
        phrases[n] = replace(phrase, label="neutral")
    return replace(reading, phrases=tuple(phrases))


def _approximate_hours(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each condition word read as neutral where it says "about" before
    an hour: one of the approximations ("kama saa": "about (the hour)") with an hour right
    after it (hour_words or digits: "kama saa mbili", "kama saa 2") and nothing after that
    to its clause's end but clock_words, recurring_times and approximation_tails ("usiku",
    "jioni", "hivi", "na nusu"): "Ndiyo, nipigie kama saa mbili usiku" is "call me around
    eight in the evening". An "if" needs a verb; one that goes on in its clause ("kama
    saa mbili inamfaa", "kama saa tatu ni sawa kwako") still doubts."""
    tokens = reading.tokens
    phrases = list(reading.phrases)
    for n, phrase in enumerate(phrases):
        if phrase.label != "hedge" or phrase.end - phrase.start != 1:
            continue
        found = next(
            (
                words
                for words in book.approximations.get(tokens[phrase.start], ())
                if _holds_at(reading, phrase.start, words)
            ),
            None,
        )
        if found is None:
            continue
        hour = _word_after(reading, phrase.start, len(found))
        if hour >= len(tokens) or reading.breaks[hour] or not _hour_word(tokens[hour], book):
            continue
        last = _clause_bounds(reading, hour, hour + 1)[1]
        if all(
            tokens[i] in book.clock_words
            or tokens[i] in book.recurring_times
            or tokens[i] in book.approximation_tails
            for i in range(hour + 1, last)
            if _is_word(reading, i)
        ):
            phrases[n] = replace(phrase, label="neutral")
    return replace(reading, phrases=tuple(phrases))


def _hour_word(token: str, book: PhraseBook) -> bool:
    """Whether a token says an hour: one of the hour_words, or a number ("2", "8:30")."""
    return token in book.hour_words or (token[:1].isdigit() and len(token) <= 5)


def _holds_at(reading: Reading, index: int, words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand in the text from ``index`` on, spaces between skipped."""
    i = index
    for word in words:
        while i < len(reading.tokens) and not reading.tokens[i].strip():
            i += 1
        if i >= len(reading.tokens) or reading.tokens[i] != word:
            return False
        i += 1
    return True


def _condition_goes_on(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a condition goes on past its own words: into more of its clause ("if
    it's still on the table in March"), unless a yes starts there ("if it's still on the
    table I'd be glad to"), or into another condition joined to it by one of the
    condition_joiners, past a comma ("if it's still on the table and he's hiring",
    "falls das noch aktuell ist, und er ...")."""
    tokens = reading.tokens
    i = phrase.end
    while i < len(tokens) and not tokens[i].strip() and "\n" not in tokens[i]:
        i += 1
    if i >= len(tokens) or "\n" in tokens[i]:
        return False
    if not reading.breaks[i]:
        return not any(p.label == "yes" and p.start == i for p in reading.phrases)
    while i < len(tokens) and (not tokens[i].strip() or tokens[i] == ","):
        if "\n" in tokens[i]:
            return False
        i += 1
    return i < len(tokens) and tokens[i] in book.condition_joiners


def _since_past(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a lead that may set a condition or a time (since_leads: Portuguese "desde
    que", "provided that" or "since") has a past told right after it, at most three
    since_fillers before it ("eu", "me", "a gente se"): "desde que saí da consultoria", "desde
    que nos conhecemos", "desde que ela voltou" tell since when; "desde que ela pague o
    café" and "desde que seja remoto" still set a condition."""
    i = phrase.end
    fillers = 0
    while i < len(reading.tokens):
        token = reading.tokens[i]
        if not token.strip():
            i += 1
            continue
        if reading.breaks[i]:
            return False
        if token in book.since_fillers and fillers < _MAX_SINCE_FILLERS:
            fillers += 1
            i += 1
            continue
        return book.is_since_past(token)
    return False


def _granted_condition(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether one of the conditionals is granted by what follows it in its sentence,
    one of the granted_consequences after at least one word of the condition's own:
    "se ela indicou é porque vale a pena", "if Beatriz vouches for him, that's good
    enough for me", "si elle l'a recommandé, c'est que ça vaut le coup" tell the
    condition as a fact that speaks for the yes. Nothing may negate the sentence, nor a
    question close it; "if it's because he needs money" and "se ela não indicou é porque
    ..." still doubt."""
    if phrase.text not in book.conditionals:
        return False
    tokens = reading.tokens
    start, end = _sentence_start(reading, phrase.start), _sentence_end(reading, phrase.end)
    if end < len(tokens) and tokens[end] == "?":
        return False
    if any(book.negates_at(reading, i) for i in range(start, end)):
        return False
    words = [i for i in range(phrase.end, end) if _is_word(reading, i)]
    return any(
        tuple(tokens[k : k + len(granted)]) == granted
        for at, k in enumerate(words)
        if at
        for granted in book.granted_consequences
    )


# How many pronouns may stand between "desde que" and the past it tells ("desde que a
# gente se conheceu").
_MAX_SINCE_FILLERS = 3


def _relayed_conditions(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where an "if" stands inside a message the writer asks to be passed on to the
    other, after a yes: one of the relay_leads, an instruction for the other to do
    something ("tell him to", "dites-lui de", "dile que", "sag ihm, er soll", "diga-lhe
    para", "mwambie"), after a yes not negated, then plain words, then one of the
    conditionals and plain words to the sentence's end ("So yes, I'd be delighted - tell
    him to ignore my out-of-office if he catches me at sea"). The condition is on what
    the other is to do, not on the consent.

    Nothing else that answers, doubts, turns or asks stands between the lead and the
    sentence's end, nothing is negated there and the sentence asks nothing: "Yes, tell
    him to go ahead if the budget is approved" and "Sure, tell her to call me if she's
    not a recruiter" still doubt the yes."""
    tokens = reading.tokens
    yes_ends = _standing_yes_ends(reading, book)
    out: set[int] = set()
    for start, end in _sentences(reading):
        if end < len(tokens) and tokens[end] == "?":
            continue
        words = [i for i in range(start, end) if tokens[i].strip()]
        said = [tokens[i] for i in words]
        lead = next(
            (
                (k, k + len(wanted))
                for k, word in enumerate(said)
                for wanted in book.relay_leads.get(word, ())
                if tuple(said[k : k + len(wanted)]) == wanted
            ),
            None,
        )
        if lead is None or not any(e <= words[lead[0]] for e in yes_ends):
            continue
        after = words[lead[1]] if lead[1] < len(words) else end
        inside = [p for p in reading.phrases if after <= p.start < end]
        conditions = [p for p in inside if p.label == "hedge" and p.text in book.conditionals]
        if len(conditions) != 1 or any(
            p.label != "neutral" and p is not conditions[0] for p in inside
        ):
            continue
        if any(book.negates_at(reading, i) for i in words[lead[1] :]):
            continue
        out.add(conditions[0].start)
    return frozenset(out)


def _meeting_condition(
    reading: Reading, phrase: Phrase, asides: list[tuple[int, int]], book: PhraseBook
) -> bool:
    """Whether a hedge is an "if" about the meeting ("if Marta wants to set up a call")
    inside an aside's stretch."""
    if phrase.text not in book.conditionals:
        return False
    if not any(a < phrase.start < b for a, b in asides):
        return False
    end = phrase.end
    while end < len(reading.tokens) and not reading.breaks[end]:
        end += 1
    clause = f" {' '.join(t for t in reading.tokens[phrase.end : end] if t.strip())} "
    return any(f" {words} " in clause for words in book.meeting_words)
