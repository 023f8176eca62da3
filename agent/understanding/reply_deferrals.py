"""Deferrals and later times in a reply, and the dates that make them notes.

A deferral word followed by a date, a refusal that is only a later time ("next year"),
the notes dating the writer's business beside a yes, a deferral measuring the past or
dating a story with a year ("We lent two pieces to Osaka in 2019"), invitations to be
asked again later, and clauses holding nothing but a later time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from agent.understanding.reply_negation import (
    _contraction,
    standing_yeses,
)
from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading
from agent.understanding.reply_words import (
    _clause_bounds,
    _holds,
    _is_date,
    _is_word,
    _said_in_order,
    _sentence_end,
    _sentence_start,
    _sentences,
    _time_word,
)

# A sentence this short holds nothing but the date ("After the 15th.").
_MAX_DATE_SENTENCE_WORDS = 4


def _dated(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a deferral word is followed by a date ("after the 15th", "ab Januar"),
    in the yes's sentence or in one of its own: "Ja, gerne! Ab nächster Woche bin ich in
    Elternzeit." tells of a leave, not of a yes put off."""
    start = _sentence_start(reading, phrase.start)
    end = _sentence_end(reading, phrase.end)
    words = sum(1 for i in range(start, end) if _is_word(reading, i))
    with_yes = any(p.label == "yes" and start <= p.start < end for p in reading.phrases)
    if not with_yes and words > _MAX_DATE_SENTENCE_WORDS and not _only_then(reading, phrase, book):
        return False
    return _date_follows(reading, phrase, book)


def _only_then(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether one of the only_leads stands right before the deferral lead, opens it, or
    follows the first word of its date ("Só depois de março, atenção.", "Das geht erst
    nach März.", "Tunaweza kuonana baada ya Machi tu."): the date restricts the yes,
    however long the sentence, where a sentence of news would not ("Ab nächster Woche
    bin ich in Elternzeit.", "da wird es erst wieder ab Juli was")."""
    tokens = reading.tokens
    before = phrase.start - 1
    while before >= 0 and not tokens[before].strip():
        before -= 1
    if tokens[phrase.start] in book.only_leads:
        return True
    if before >= 0 and tokens[before] in book.only_leads:
        return True
    words = [i for i in range(phrase.end, len(tokens)) if tokens[i].strip()][:2]
    return len(words) == 2 and not reading.breaks[words[1]] and tokens[words[1]] in book.only_leads


# A clause this long says something of its own beside the date ("ab Januar für neue
# Mandanten" does not).
_MIN_NOTE_WORDS = 6


def _later_time(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a refusal is only a later time, an article before it at most: "next
    year", "l'année prochaine", "el año que viene", "im nächsten Jahr", "mwaka ujao"."""
    if phrase.label != "no":
        return False
    words = tuple(
        reading.tokens[i] for i in range(phrase.start, phrase.end) if _is_word(reading, i)
    )
    if words and words[0] in book.time_articles:
        words = words[1:]
    return words in book.later_times


def _article_before(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether one of the time_articles stands right before the phrase ("no ano que
    vem")."""
    return phrase.start > 0 and reading.tokens[phrase.start - 1] in book.time_articles


def _business_notes(reading: Reading, book: PhraseBook) -> tuple[Reading, tuple[str, ...]]:
    """The reading without the deferral leads that date a note on the writer's business
    beside a yes said plainly, and what they say: "ja, stellen Sie den Kontakt gern her.
    Das passt gut, wir nehmen ab Januar wieder neue Mandanten an.", "Oui, présentez-nous.
    Parfait, nous reprenons de nouveaux clients à partir de janvier.", "Sí, preséntanos.
    Perfecto, a partir de enero aceptamos nuevos clientes." So too a later time read as a
    refusal ("next year") in a clause that names the writer's plans (plan_words): "Yes,
    I'd be very happy to be put in touch. Hospital procurement is exactly where we want
    to be next year."

    The lead's clause, from pause to pause, holds one of the business_words (for a later
    time, one of the plan_words), at least
    _MIN_NOTE_WORDS words, no yes, no negator and none of the only_words ("erst", "only");
    its sentence holds no contrast, hedge, question, refusal or meeting word; and a yes,
    not negated, stands in another sentence that holds none of those nor a deferral.
    "Gerne, ab Januar.", "Ja, gern, aber erst ab Januar.", "Yes, happy to - we take on
    new clients from January." (the yes's own sentence dated) and "Das passt gut, wir
    nehmen erst ab Januar neue Mandanten an." still wait."""
    tokens = reading.tokens
    doubts = ("contrast", "hedge", "question", "no", "deferral")

    def plain(start: int, end: int) -> bool:
        return not any(p.label in doubts and start <= p.start < end for p in reading.phrases)

    clear = [
        (_sentence_start(reading, p.start), _sentence_end(reading, p.start))
        for p in standing_yeses(reading, book)
    ]
    clear = [(a, b) for a, b in clear if plain(a, b)]
    dropped: set[int] = set()
    for n, phrase in enumerate(reading.phrases):
        planned = _later_time(reading, phrase, book)
        if phrase.label != "deferral" and not planned:
            continue
        start, end = _clause_bounds(reading, phrase.start, phrase.end)
        # A later time's own words ("el año que viene") are read with it, not as a limit
        # or a pronoun.
        lead = phrase.start - 1 if planned and _article_before(reading, phrase, book) else 0
        own = range(lead or phrase.start, phrase.end) if planned else range(0)
        clause = [tokens[i] for i in range(start, end) if _is_word(reading, i) and i not in own]
        first, last = _sentence_start(reading, phrase.start), _sentence_end(reading, phrase.start)
        sentence = f" {' '.join(tokens[first:last])} "
        named = (
            any(_holds(tuple(clause), plan) for plan in book.plan_words)
            if planned
            else not book.business_words.isdisjoint(clause)
        )
        if planned and named:
            # Plans about the one asked about or the introduction bear on the answer.
            words = tuple(t for i, t in enumerate(tokens[first:last], first) if i not in own)
            named = not any(_holds(words, w) for w in book.bearing_words) and not any(
                stem in sentence for stem in book.intro_stems
            )
        if (
            len(clause) + len(own) >= _MIN_NOTE_WORDS
            and named
            and book.only_words.isdisjoint(clause)
            and not any(book.is_negator(t) for t in clause)
            and not any(p.label == "yes" and start <= p.start < end for p in reading.phrases)
            and not any(
                p.label in doubts
                and p is not phrase
                and first <= p.start < last
                # "no ano que vem": the article before the later time, read as a "no".
                and not (planned and p.start in own)
                for p in reading.phrases
            )
            and not any(f" {words} " in sentence for words in book.meeting_words)
            and "?" not in sentence
            and any(not a <= phrase.start < b for a, b in clear)
        ):
            dropped.add(n)
    return _without_phrases(reading, dropped)


# How many words must stand before a deferral lead in its clause for the clause to tell
# something the writer does ("I'm submitting in June"), not to name when to meet.
_TOLD_BEFORE_LEAD = 2


def _without_phrases(reading: Reading, dropped: set[int]) -> tuple[Reading, tuple[str, ...]]:
    """The reading without its phrases numbered in ``dropped``, and those phrases' words."""
    if not dropped:
        return reading, ()
    said = tuple(p.text for n, p in enumerate(reading.phrases) if n in dropped)
    kept = tuple(p for n, p in enumerate(reading.phrases) if n not in dropped)
    return replace(reading, phrases=kept), said


def _timing_fits(reading: Reading, book: PhraseBook) -> tuple[Reading, tuple[str, ...]]:
    """The reading without the deferral leads that date what the writer is doing, in a
    sentence that then says the timing suits (timing_fits, words in a row: "so the
    timing is perfect", "donc ça tombe bien", "así que el momento es perfecto", "das
    passt zeitlich perfekt", "por isso o momento é perfeito", "kwa hiyo wakati ni
    mwafaka"): "yes please!! that would be amazing, I'm submitting in June so the
    timing is perfect." The date tells why now suits, no yes put off.

    The lead stands after at least _TOLD_BEFORE_LEAD words of its clause, none of the
    only_words; the timing phrase comes after it in its sentence; that sentence holds no
    yes, contrast, hedge, question or refusal, no negator, no meeting word and none of
    the intro_stems; and a yes, not negated, stands in an earlier sentence. "Yes, in
    June, so the timing is perfect", "Yes. We can meet in June so the timing is
    perfect" and "Yes. I'm only free in June so the timing is perfect" still wait."""
    tokens = reading.tokens
    yeses = [_sentence_start(reading, p.start) for p in standing_yeses(reading, book)]
    dropped: set[int] = set()
    for n, phrase in enumerate(reading.phrases):
        if phrase.label != "deferral":
            continue
        first, last = _sentence_start(reading, phrase.start), _sentence_end(reading, phrase.start)
        if not any(y < first for y in yeses):
            continue
        start, _ = _clause_bounds(reading, phrase.start, phrase.end)
        before = [tokens[i] for i in range(start, phrase.start) if _is_word(reading, i)]
        words = [tokens[i] for i in range(first, last) if _is_word(reading, i)]
        fit = _fit_span(reading, phrase.end, last, book)
        sentence = f" {' '.join(words)} "
        if (
            fit is None
            or len(before) < _TOLD_BEFORE_LEAD
            or not book.only_words.isdisjoint(before)
            or any(book.is_negator(t) for t in words)
            or any(
                p.label in ("yes", "contrast", "hedge", "question", "no")
                and first <= p.start < last
                # The fit's own words are read whole ("das passt zeitlich": "passt").
                and not fit[0] <= p.start < fit[1]
                for p in reading.phrases
            )
            or _talks_of_meeting(sentence, tokens[first : last + 1], book)
        ):
            continue
        dropped.add(n)
    return _without_phrases(reading, dropped)


def _talks_of_meeting(sentence: str, tokens: Sequence[str], book: PhraseBook) -> bool:
    """Whether a sentence (its words spaced, ``sentence``; its ``tokens`` with the mark
    closing it) names a meeting or the introduction, or asks: a time in it may then be
    the meeting's, never only why now suits."""
    return (
        any(f" {w} " in sentence for w in book.meeting_words)
        or any(stem in sentence for stem in book.intro_stems)
        or "?" in tokens
    )


def _praised_timings(reading: Reading, book: PhraseBook) -> tuple[Reading, tuple[str, ...]]:
    """The reading without the later times that only name a thing the writer is busy
    with now, in a sentence that praises the timing (timing_praises, words in a row: "the
    timing is great", "ça tombe bien", "el momento es perfecto", "passt zeitlich
    perfekt", "o momento é perfeito", "wakati ni mwafaka"): "Yes - the timing is great,
    we're planning next year's programme now." The later time tells why now suits, no
    yes put off.

    The later time (later_times) modifies a noun (see ``_time_modifies``: "next year's
    programme", "le programme de l'année prochaine", "das Programm für nächstes Jahr",
    "programu ya mwaka ujao") after at least _TOLD_BEFORE_LEAD words of its clause; a
    yes, not negated, stands before it; its clause holds no other phrase but neutral ones
    and no negator, and its sentence no question, no meeting word and none of the
    intro_stems, nor any word that waits or limits (see ``_waits``). "Yes, maybe next
    year", "Yes, the timing is great, but let's talk next year", "Perfect timing, we're
    waiting for next year's budget first", "Ça tombe bien, je suis libre au début de
    l'année prochaine" and "Perfect timing, we can do it next year" still put the yes
    off."""
    tokens = reading.tokens
    yeses = [p.end for p in standing_yeses(reading, book)]
    dropped: set[int] = set()
    for n, phrase in enumerate(reading.phrases):
        said = tuple(t for t in tokens[phrase.start : phrase.end] if t.strip())
        if phrase.label != "no" or said not in book.later_times:
            continue
        if not any(end <= phrase.start for end in yeses):
            continue
        first, last = _sentence_start(reading, phrase.start), _sentence_end(reading, phrase.start)
        # "ça tombe à pic : on boucle le budget ...": a colon joins the praise to its reason.
        led = _sentence_start(reading, first - 1) if first and tokens[first - 1] == ":" else first
        if _praise_span(reading, led, last, book) is None:
            continue
        start, end = _clause_bounds(reading, phrase.start, phrase.end)
        before = [i for i in range(start, phrase.start) if _is_word(reading, i)]
        words = [tokens[i] for i in range(first, last) if _is_word(reading, i)]
        sentence = f" {' '.join(words)} "
        if (
            len(before) < _TOLD_BEFORE_LEAD
            or not _time_modifies(reading, phrase, before, end, book)
            or any(book.is_negator(tokens[i]) for i in range(start, end) if _is_word(reading, i))
            or _waits(reading, start, end, book)
            or any(
                p is not phrase and p.label != "neutral" and start <= p.start < end
                for p in reading.phrases
            )
            or _talks_of_meeting(sentence, tokens[first : last + 1], book)
        ):
            continue
        dropped.add(n)
    return _without_phrases(reading, dropped)


def _waits(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the clause from ``start`` to ``end`` waits for or limits something
    (timing_praise_stops, words or their starts, and phrases of several words: "waiting
    for next year's budget", "only with next year's intake", "une fois le budget de
    l'année prochaine voté"): it times the yes, no reason that now suits."""
    words = [reading.tokens[i] for i in range(start, end) if _is_word(reading, i)]
    said = f" {' '.join(words)} "
    return any(
        w in book.timing_praise_stops or w.startswith(book.timing_praise_stop_stems) for w in words
    ) or any(" " in stop and f" {stop} " in said for stop in book.timing_praise_stops)


def _time_modifies(
    reading: Reading, phrase: Phrase, before: list[int], end: int, book: PhraseBook
) -> bool:
    """Whether the later time ``phrase`` modifies a noun, no time of its own: one of the
    time_possessives and a word right after it in its clause ("next year's programme"),
    or one of the time_genitives right before it after a noun that one of the
    thing_determiners opens ("le programme de l'année prochaine", "el programa del año
    que viene", "das Programm für nächstes Jahr", "o programa do próximo ano"), or one
    of the bare_time_genitives right after a noun ("programu ya mwaka ujao"). The noun
    is no time word or date ("au début de l'année prochaine", "mwanzo wa mwaka ujao"
    tell when), and ``before`` are the indexes of the words of its clause before it."""
    tokens = reading.tokens
    after = [i for i in range(phrase.end, end) if _is_word(reading, i)]
    if len(after) > 1 and tokens[after[0]] in book.time_possessives:
        return True
    if len(before) < 2:
        return False
    link, noun = tokens[before[-1]], tokens[before[-2]]
    if noun in book.time_words or _is_date(noun, book):
        return False
    if link in book.bare_time_genitives:
        return True
    return (
        link in book.time_genitives
        and len(before) >= 3
        and tokens[before[-3]] in book.thing_determiners
    )


def _praise_span(
    reading: Reading, start: int, end: int, book: PhraseBook
) -> tuple[int, int] | None:
    """The token range of the first of the timing_praises said in a row between
    ``start`` and ``end``; None without one."""
    words = [i for i in range(start, end) if _is_word(reading, i)]
    for praise in book.timing_praises:
        for at in range(len(words) - len(praise) + 1):
            if tuple(reading.tokens[k] for k in words[at : at + len(praise)]) == praise:
                return words[at], words[at + len(praise) - 1] + 1
    return None


def _fit_span(reading: Reading, start: int, end: int, book: PhraseBook) -> tuple[int, int] | None:
    """The token range of the first of the timing_fits said in a row between ``start``
    and ``end``; None without one."""
    words = [i for i in range(start, end) if _is_word(reading, i)]
    for fit in book.timing_fits:
        for at in range(len(words) - len(fit) + 1):
            if tuple(reading.tokens[k] for k in words[at : at + len(fit)]) == fit:
                return words[at], words[at + len(fit) - 1] + 1
    return None


def _date_after(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a date or a later time ("January", "the 15th", "next month") stands after
    the phrase in its sentence: "later, maybe in January", "más adelante, quizá en
    enero"."""
    return any(
        _is_date(reading.tokens[i], book) or reading.tokens[i] in book.deferred_words
        for i in range(phrase.end, _sentence_end(reading, phrase.end))
        if _is_word(reading, i)
    )


# How many words may stand between a word of "until" and the date it names: "until the
# first week of December".
_TILL_DATE_WORDS = 4


def _refrained_till(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a request to refrain (refrain_asks: "please don't") waits for a date: in
    its sentence after it one of the reach_tills ("until", "before", "avant", "bis",
    "hasta", "até", "hadi") with a date or a later time at most ``_TILL_DATE_WORDS``
    words after it: "please don't send anything along or give out my number until the
    first week of December" asks to wait, no refusal, while "please don't give him my
    number" and "please don't until you know more" still refuse.

    One of the till_thens anywhere in its sentence ("until then", "till such time",
    "d'ici là", "hasta entonces", "bis dahin", "até lá", "hadi wakati huo") points to a
    time still to come that the writer has named: "I shall revert once the clearance is
    received. Till such time, please do not share my contact details" waits as well."""
    if phrase.text not in book.refrain_asks:
        return False
    start, end = _sentence_start(reading, phrase.start), _sentence_end(reading, phrase.end)
    if any(_phrase_ending_at(reading.tokens, i, book.till_thens) for i in range(start, end)):
        return True
    words = [i for i in range(phrase.end, end) if _is_word(reading, i)]
    return any(
        reading.tokens[i] in book.reach_tills
        and any(
            _is_date(reading.tokens[k], book) or reading.tokens[k] in book.deferred_words
            for k in words[at + 1 : at + 1 + _TILL_DATE_WORDS]
        )
        for at, i in enumerate(words)
    )


def _date_follows(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a date or a span of time follows the phrase in its clause ("after the
    15th", "in January", "in a few weeks", "give it a month", "dans quelques semaines",
    "in ein paar Wochen"): the words counting a span (span_counts) may stand first."""
    i = phrase.end
    while i < len(reading.tokens) and (
        not reading.tokens[i].strip() or reading.tokens[i] in book.span_counts
    ):
        i += 1
    if i >= len(reading.tokens) or reading.breaks[i]:
        return False
    token = reading.tokens[i]
    return token in book.date_words or any(ch.isdigit() for ch in token)


def _past_span(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a deferral lead measures a stretch of the past: right after it one of the
    past_spans ("years", "ages", "años"), and before it in its clause a negated perfect,
    a negator and an auxiliary of the perfect with a participle after it ("haven't
    spoken in years", "no hemos hablado en años"). "Sure, in a few weeks." and "Yes, I'll
    have finished in two weeks" still put the yes off."""
    after = phrase.end
    while after < len(reading.tokens) and not reading.tokens[after].strip():
        after += 1
    if after >= len(reading.tokens) or reading.tokens[after] not in book.past_spans:
        return False
    start = phrase.start
    while start > 0 and not reading.breaks[start - 1]:
        start -= 1
    tokens = reading.tokens[start : phrase.start]
    # "haven't" is one token: an auxiliary with a negator's ending.
    auxiliaries = [
        i
        for i, t in enumerate(tokens)
        if book.is_auxiliary(t)
        or any(t.endswith(e) and book.is_auxiliary(t[: -len(e)]) for e in book.negator_suffixes)
    ]
    return (
        bool(auxiliaries)
        and any(book.is_negator(t) for t in tokens)
        and any(book.is_participle(t) for t in tokens[auxiliaries[0] + 1 :])
        and not any(t in book.future_markers for t in tokens)
    )


# A year written out, which a deferral lead may put a yes off to or date a story with.
_YEAR = re.compile(r"(?:19|20)\d\d")
# How many words a story's past may stand before the lead that dates it.
_YEAR_TOLD_REACH = 6


def _year_told(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a deferral lead dates a story with a year: the year right after it, and
    before it in its clause, at most a few words back with no number between, a word of
    the past ("We lent two pieces to Osaka in 2019", "Nous avons prêté deux pièces à
    Osaka en 2019"), and no future marker in the clause. "Happy to help in 2027" and "I
    retired in 2019 and can help from 2026" (the second lead) still put a yes off."""
    after = phrase.end
    while after < len(reading.tokens) and not reading.tokens[after].strip():
        after += 1
    if after >= len(reading.tokens) or not _YEAR.fullmatch(reading.tokens[after]):
        return False
    start = phrase.start
    while start > 0 and not reading.breaks[start - 1]:
        start -= 1
    clause = [t for t in reading.tokens[start : phrase.end] if t.strip()]
    if not book.future_markers.isdisjoint(clause):
        return False
    before = [t for t in reading.tokens[start : phrase.start] if t.strip()]
    for k in range(len(before) - 1, max(len(before) - 1 - _YEAR_TOLD_REACH, -1), -1):
        word = before[k]
        if any(ch.isdigit() for ch in word):
            return False
        if book.is_story_past(word) or (
            book.is_story_participle(word) and k > 0 and book.is_auxiliary(before[k - 1])
        ):
            return True
    return False


def _come_backs(reading: Reading, book: PhraseBook) -> list[tuple[int, int, int, str]]:
    """The sentences that invite the writer to be asked again at a later time: one of
    the come_backs, its words in order ("circle back", "frag ... nochmal", "nitafute
    tena"), and one of the later_times ("in the spring", "im Frühjahr", "no ano que
    vem", "mwakani"). Each as its token range, where the invitation starts and what it
    says. "Not right now" is a no: so is "try me again in the new year"."""
    out: list[tuple[int, int, int, str]] = []
    tokens = reading.tokens
    done = -1
    for i, token in enumerate(tokens):
        if token not in book.later_words or i < done:
            continue
        time = _phrase_ending_at(tokens, i, book.later_times)
        if time is None:
            continue
        start, end = _sentence_start(reading, i), _sentence_end(reading, i)
        found = _said_in_order(reading, start, end, book.come_backs)
        if found is not None:
            out.append((start, end, found[0][0], f"{' '.join(found[1])} {' '.join(time)}"))
            done = end
    return out


def _phrase_ending_at(
    tokens: Sequence[str], i: int, phrases: Iterable[tuple[str, ...]]
) -> tuple[str, ...] | None:
    """The first of ``phrases`` whose words end at token ``i``, or None."""
    return next(
        (
            words
            for words in phrases
            if words[-1] == tokens[i] and tuple(tokens[max(i - len(words) + 1, 0) : i + 1]) == words
        ),
        None,
    )


def _later_alone(
    reading: Reading, book: PhraseBook, later: list[tuple[int, int, int, str]]
) -> list[tuple[int, str]]:
    """The clauses beside a yes that hold nothing but a later time (later_times or
    deferring_times; time_fillers, date_words or span_counts around it): "Sure, next
    month.", "Yes. In the new year.", "Oui, le mois prochain.", "Sí, el mes que viene.",
    "Ja, nächsten Monat.", "Sim, no próximo mês.", "Ndiyo, mwezi ujao." put the yes off.
    In the yes's sentence, or in a sentence of its own after it; not when the sentence of
    the yes names a meeting (meeting_words: "Sure, happy to meet him, next month." times
    the meeting), nor in an invitation to ask again, read already. A time in a clause
    that goes on ("next month works best for me", "nos falamos no próximo mês") is none
    of these. Each as where the clause starts and the time it names."""
    out: list[tuple[int, str]] = []
    tokens = reading.tokens
    done = -1
    for i, token in enumerate(tokens):
        if token not in book.deferred_words or i < done:
            continue
        time = _phrase_ending_at(tokens, i, book.deferred_times)
        if time is None:
            continue
        start, end = _clause_bounds(reading, i, i)
        done = end
        if not all(_time_word(tokens[j], book) for j in range(start, end) if _is_word(reading, j)):
            continue
        if any(
            start <= p.start < end
            and not (p.label == "no" and _contraction(reading, p.start, book))
            for p in reading.phrases
        ):
            # "Sure, maybe next year", "Yes - after the holidays": read already.
            continue
        if any(a <= start < b for a, b, _, _ in later):
            continue
        first, last = _sentence_start(reading, start), _sentence_end(reading, start)
        # A sentence of its own: nothing but times and their fillers ("Next month, ideally.").
        own = all(
            _time_word(tokens[j], book)
            for j in (*range(first, start), *range(end, last))
            if _is_word(reading, j)
        )
        yeses = [
            p.start
            for p in reading.phrases
            if p.label == "yes"
            and (first <= p.start < last or (own and p.start < start))
            and not (start <= p.start < end)
        ]
        if not yeses:
            continue
        around = " ".join(
            tokens[j]
            for j in range(min(_sentence_start(reading, max(yeses)), first), last)
            if not start <= j < end
        )
        if any(f" {words} " in f" {around} " for words in book.meeting_words):
            continue
        out.append((start, " ".join(time)))
    return out


# Words before a tentative put-off in its sentence that leave it the sentence's point
# ("Honestly, maybe next year?", "Ha, maybe next year?").
_PUT_OFF_LEAD_WORDS = 2


def _put_off_questions(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The question marks ("?", and a Spanish "¿" opening the sentence) of sentences
    that are a tentative put-off: a refusal that is one of the put_off_doubts ("maybe",
    "peut-être", "quizás", "talvez", "vielleicht", "labda"), opening it or right before
    it, and then only a later time or a put-off ("next year", "l'année prochaine", "el
    año que viene", "mwakani", "later"): "Maybe next year?", "Peut-être l'année
    prochaine, à mon retour à Grenoble ?", "¿Quizás el año que viene?"; or a doubt that
    is a hedge and only a later time after it ("Maybe in the spring?", "Peut-être au
    printemps ?": see ``_doubted_later_time``). Said with a question mark, it still
    declines the introduction as offered, as "Maybe later" does, and asks nothing back.
    Not when the sentence holds anything but hedges beside it (a yes, another refusal, a
    question phrase), nor when more than a couple of words stand before it ("Would it
    suit her to wait until maybe next year?"). So are those of a wish to be asked again
    at a later time, a doubt closing it at most ("Ask me again in March perhaps?": see
    ``_asked_again_later``)."""
    tokens = reading.tokens
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label not in ("no", "hedge"):
            continue
        start, end = _sentence_start(reading, phrase.start), _sentence_end(reading, phrase.start)
        if end >= len(tokens) or tokens[end] != "?" or end in out:
            continue
        if not (
            _tentative_put_off(reading, phrase, book)
            if phrase.label == "no"
            else _doubted_later_time(reading, phrase, end, book)
        ):
            continue
        openers = [
            p.start
            for p in reading.phrases
            if p.label == "question" and p.start == start and tokens[p.start] == "¿"
        ]
        # After a doubt, the wish to be asked again it may open and the word of deferring
        # before its date ("Maybe ask me again in February?") are the put-off's own.
        after = _keep_end(reading, phrase.end, end, book) if phrase.label == "hedge" else -1
        if any(
            start <= p.start < end
            and p is not phrase
            and p.label != "hedge"
            and p.start not in openers
            and not (p.label == "neutral" and phrase.end <= p.start < after)
            and not (p.label == "deferral" and after >= 0 and p.start >= after)
            for p in reading.phrases
        ):
            continue
        lead = sum(
            1
            for i in range(start, phrase.start)
            if _is_word(reading, i) and not any(p.start <= i < p.end for p in reading.phrases)
        )
        if lead > _PUT_OFF_LEAD_WORDS:
            continue
        # "Maybe next year??", "Peut-être l'an prochain ?!": the marks after the first
        # close the same sentence and ask no more than it does.
        marks = [end]
        while marks[-1] + 1 < len(tokens) and tokens[marks[-1] + 1] in ("?", "!"):
            marks.append(marks[-1] + 1)
        out.update((*(i for i in marks if tokens[i] == "?"), *openers))
    for start, end in _sentences(reading):
        if (
            end < len(tokens)
            and tokens[end] == "?"
            and end not in out
            and _asked_again_later(reading, start, end, book)
        ):
            # "Not now. Ask me again in the spring perhaps?": a come-back's marks.
            out.update(i for i in range(end, _marks_end(reading, end)) if tokens[i] == "?")
            out.update(i for i in range(start, end) if tokens[i] == "¿")
    return frozenset(out)


def _marks_end(reading: Reading, end: int) -> int:
    """Where the run of question and exclamation marks from ``end`` stops ("??", "?!")."""
    while end < len(reading.tokens) and reading.tokens[end] in ("?", "!"):
        end += 1
    return end


def _asked_again_later(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the sentence from ``start`` to its question mark ``end`` is a wish to be
    asked again at a later time, a doubt closing it at most: one of the come_backs
    opening it, and beside its words only a later time and its fillers ("Ask me again in
    March perhaps?", "Ask me again in the spring?", "Reposez-moi la question au printemps,
    peut-être ?", "¿Vuelve a preguntarme en otoño, quizás?", "Frag mich im Herbst
    nochmal, vielleicht?", "Me procure de novo em outubro, talvez?", "Niulize tena
    mwakani, labda?"). The come-back after a refusal already declines the introduction
    as offered ("later:"), and its question mark asks nothing back; the doubt still
    doubts. Not when anything else stands in the sentence: "Ask me again in October, or
    should I ask Ana?" asks."""
    tokens = reading.tokens
    words = [i for i in range(start, end) if _is_word(reading, i)]
    if words and tokens[words[0]] == "¿":
        # "¿Vuelve a preguntarme en otoño, quizás?": the Spanish mark opening it.
        words = words[1:]
    if not words or tokens[words[0]] not in book.come_backs:
        return False
    inside = [p for p in reading.phrases if start <= p.start < end]
    doubt = next(
        (
            p
            for p in inside
            if p.label == "hedge"
            and tuple(t for t in tokens[p.start : p.end] if t.strip()) in book.put_off_doubts
            and not any(_is_word(reading, i) for i in range(p.end, end))
        ),
        None,
    )
    last = doubt.start if doubt is not None else end
    if any(
        p is not doubt
        and p.label not in ("neutral", "deferral")
        and not (p.label == "question" and tokens[p.start] == "¿")
        for p in inside
    ):
        return False
    found = _said_in_order(
        reading, start, last, book.come_backs, lambda token: _time_word(token, book)
    )
    if found is None or found[0][0] != words[0]:
        return False
    said = list(found[1])
    rest = []
    for i in (i for i in words if i < last):
        if said and tokens[i] == said[0]:
            said.pop(0)
        else:
            rest.append(i)
    if said or not rest or not all(_time_word(tokens[i], book) for i in rest):
        return False
    # "in October": a month or a day after a word of deferring is as late as "in the spring".
    return any(_phrase_ending_at(tokens, i, book.later_times) is not None for i in rest) or any(
        p.label == "deferral" and p.start in rest and _date_follows(reading, p, book)
        for p in inside
    )


def _asked_again(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each question asking to be asked again at a later time read as
    one hedge: "Can you ask me again in September?", "Pourriez-vous me recontacter à la
    rentrée ?", "¿Puedes volver a preguntarme en septiembre?", "Können Sie mich im
    September nochmal fragen?", "Pode voltar a perguntar-me em setembro?", "Unaweza
    kuniuliza tena mwezi Septemba?".

    One of the again_leads opens the sentence (a Spanish "¿" before it aside), one of
    the again_keeps follows it, and only a time stands beside them up to the question
    mark, a date or a later time among it (see ``_untimed``). The writer puts the
    introduction off and asks nothing back: beside "Not now though, sorry" the refusal
    stands, beside a yes the wait still doubts it, and alone it answers nothing. "Can you
    ask me again?" names no time, and "Can you ask me again if he's hiring?" sets a
    condition: both still ask."""
    tokens = reading.tokens
    keeps = {_untimed(keep, book) for keep in book.again_keeps}
    found: list[tuple[int, int]] = []
    for end, token in enumerate(tokens):
        if token != "?":
            continue
        start = _sentence_start(reading, end)
        words = [k for k in range(start, end) if any(c.isalnum() for c in tokens[k])]
        lead = _again_lead(tuple(tokens[k] for k in words), book)
        if not lead:
            continue
        rest = [tokens[k] for k in words[lead:]]
        timed = [w for w in rest if _time_word(w, book)]
        if _untimed(rest, book) not in keeps or not any(
            _is_date(w, book) or w in book.deferred_words for w in timed
        ):
            continue
        # "Can you ask me again in September??": the marks after the first close it too.
        stop = end + 1
        while stop < len(tokens) and tokens[stop] in ("?", "!"):
            stop += 1
        found.append((start, stop))
    if not found:
        return reading
    kept = [p for p in reading.phrases if not any(a <= p.start < b for a, b in found)]
    asked = [Phrase("hedge", a, b, " ".join(t for t in tokens[a:b] if t.strip())) for a, b in found]
    return replace(reading, phrases=tuple(sorted((*kept, *asked), key=lambda p: (p.start, p.end))))


def _untimed(words: Sequence[str], book: PhraseBook) -> tuple[str, ...]:
    """The words of ``words`` but time words and marks: "voltar a perguntar-me em
    setembro" is "voltar perguntar me", the time ("a", "em setembro") read apart, so that
    a time may stand anywhere beside the wish ("mich im September nochmal fragen")."""
    return tuple(w for w in words if any(c.isalnum() for c in w) and not _time_word(w, book))


def _again_lead(words: tuple[str, ...], book: PhraseBook) -> int:
    """How many of ``words`` (marks left out: a Spanish "¿", the hyphen of
    "pourriez-vous") one of the again_leads opening them takes ("can you", "pourriez
    vous"); 0 when none opens them."""
    size = max(
        (len(lead) for lead in _again_lead_words(book) if words[: len(lead)] == lead),
        default=0,
    )
    return size


def _again_lead_words(book: PhraseBook) -> tuple[tuple[str, ...], ...]:
    """The again_leads, their marks left out ("pourriez-vous" is "pourriez vous")."""
    return tuple(tuple(w for w in lead if any(c.isalnum() for c in w)) for lead in book.again_leads)


def _doubted_later_time(reading: Reading, phrase: Phrase, end: int, book: PhraseBook) -> bool:
    """Whether a doubt (one of the put_off_doubts, a hedge) is followed to its sentence's
    end ``end`` only by a later time and the words that may stand around one
    (time_fillers): "Maybe in the spring?", "Peut-être au printemps ?", "¿Quizás en
    primavera?", "Vielleicht im Frühjahr?", "Talvez na primavera?". The doubt itself
    still doubts; only its question mark asks nothing back."""
    tokens = reading.tokens
    if tuple(t for t in tokens[phrase.start : phrase.end] if t.strip()) not in book.put_off_doubts:
        return False
    # "Maybe ask me again in February?": a wish to be asked again may stand right after
    # the doubt, the later time after it.
    after = _keep_end(reading, phrase.end, end, book)
    words = [i for i in range(after, end) if _is_word(reading, i)]
    if not words or not all(_time_word(tokens[i], book) for i in words):
        return False
    # "Maybe in February?": a month or a day after a word of deferring is as late.
    return _phrase_ending_at(tokens, words[-1], book.later_times) is not None or any(
        p.label == "deferral" and p.start == words[0] and _date_follows(reading, p, book)
        for p in reading.phrases
    )


def _keep_end(reading: Reading, start: int, end: int, book: PhraseBook) -> int:
    """Where one of the refusal_keeps opening the tokens from ``start`` to ``end`` ends
    ("ask me again", "recontactez-moi", "vuelve a preguntarme", "niulize tena");
    ``start`` when none opens them."""
    at = [i for i in range(start, end) if reading.tokens[i].strip()]
    said = tuple(reading.tokens[i] for i in at)
    size = max((len(k) for k in book.refusal_keeps if said[: len(k)] == k), default=0)
    return at[size - 1] + 1 if size else start


def _tentative_put_off(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a refusal is a doubt and a later time or put-off: the doubt opening the
    phrase ("peut-être l'année prochaine") or closing just before it ("labda" before
    "mwaka ujao"), the rest the time, an article before it at most."""
    tokens = [t for t in reading.tokens[phrase.start : phrase.end] if t.strip()]
    before = [t for t in reading.tokens[: phrase.start] if t.strip()]
    rest: list[str] | None = None
    for doubt in book.put_off_doubts:
        if tuple(tokens[: len(doubt)]) == doubt:
            rest = tokens[len(doubt) :]
            break
        if len(before) >= len(doubt) and tuple(before[len(before) - len(doubt) :]) == doubt:
            rest = tokens
            break
    if not rest:
        return False
    words = [t for t in rest if any(ch.isalnum() for ch in t)]
    if words and words[0] in book.time_articles:
        words = words[1:]
    return tuple(words) in book.deferred_times or " ".join(words) in book.put_offs


# How many words after a negator a date may stand for the negation to restate when a
# meeting may be ("donc pas avant la mi-mai").
_LIMIT_DATE_WORDS = 4


def _meeting_limit_spans(reading: Reading, book: PhraseBook) -> list[tuple[int, int]]:
    """The negators that, in the sentence of one of the meeting_limits and after it, have
    a date among the few words after them ("Par contre pas de rendez-vous avant la fin
    des playoffs, donc pas avant la mi-mai"): they say again when the meeting may be,
    each as its one-token span. "..., et je ne veux pas le voir" still negates."""
    tokens = reading.tokens
    out: list[tuple[int, int]] = []
    for phrase in reading.phrases:
        if phrase.text not in book.meeting_limits:
            continue
        end = _sentence_end(reading, phrase.end)
        for i in range(phrase.end, end):
            if reading.breaks[i] or not book.negates_at(reading, i):
                continue
            words = [j for j in range(i + 1, end) if _is_word(reading, j)][:_LIMIT_DATE_WORDS]
            if any(_is_date(tokens[j], book) for j in words) and not any(
                tokens[k] == "," for k in range(i + 1, words[-1] if words else i)
            ):
                out.append((i, i + 1))
    return out


# How many words may stand between a word of avoiding and the later time it dates ("to
# avoid any confusion later", "um später Missverständnisse zu vermeiden").
_AVOID_REACH = 4


def avoided_laters(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where the later times start that date what the writer means to avoid: one of the
    put_offs a few words from one of the avoid_words in its clause, before or after it,
    with no other phrase between ("To avoid any misunderstanding later, two points",
    "Pour éviter toute surprise plus tard", "um später Missverständnisse zu vermeiden",
    "ili kuepuka kutoelewana baadaye"). Such a time puts nothing off: the writer sets out
    terms so that the time to come goes well. "Yes, but later" holds no word of
    avoiding, and in "to avoid clashes let's do it later" a yes stands between."""
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "no" or phrase.text not in book.put_offs:
            continue
        first, last = _clause_bounds(reading, phrase.start, phrase.end, word_hyphens=True)
        avoids = [i for i in range(first, last) if reading.tokens[i] in book.avoid_words]
        if any(_avoids_then(reading, phrase, i) for i in avoids):
            out.add(phrase.start)
    return frozenset(out)


def _avoids_then(reading: Reading, phrase: Phrase, avoid: int) -> bool:
    """Whether the word of avoiding at ``avoid`` dates ``phrase``: at most
    ``_AVOID_REACH`` words between them, and no other phrase."""
    low, high = (avoid + 1, phrase.start) if avoid < phrase.start else (phrase.end, avoid)
    if sum(_is_word(reading, i) for i in range(low, high)) > _AVOID_REACH:
        return False
    return not any(p is not phrase and p.start < high and p.end > low for p in reading.phrases)
