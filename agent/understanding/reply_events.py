"""Yeses in a reply that answer another matter than the introduction.

The writer's own event or a gathering gone to, another appointment being arranged, a
time of day agreed to, another matter the reply names agreed to ("Dienstag passt für
die Vorstandssitzung"), and a bare confirmation that a report of something
done goes on from ("yes the load made it to Laredo fine").
"""

from __future__ import annotations

from dataclasses import replace

from agent.understanding.reply_phrases import PhraseBook, Reading, normalise
from agent.understanding.reply_words import (
    _CLOCK,
    _DOTTED_CLOCK,
    _is_date,
    _is_word,
    _next_in_paragraph,
    _paragraph,
    _said_in_order,
    _sentence_end,
    _sentence_start,
    _time_word,
)


def _attended_events(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """Where the sentences start whose yes answers another matter: the writer's own event
    (one of the attended_events: "birthday", "festa", "fête", "fiesta", "Feier",
    "sherehe"; or a meal or gathering gone to, see ``_events``) said in the sentence of a
    yes, with none of the intro_stems or meeting_words and no word of the name of the one
    asked about. "Sim, vou sim no aniversário do Léo no sábado", "Oui, je viens à
    l'anniversaire" and "Sure, see you at dinner tomorrow!" answer an invitation; "Yes,
    I'll be glad to meet her at the party", "Ja, gerne, wir können uns auf der Feier
    kennenlernen" and "Yes, let's do dinner with Marta" still answer the question. The
    event's own word is no intro_stem: "the meeting" holds "meet", "la reunión" "reuni".
    A bare confirmation that is a sentence of its own ("Yes!", "Ndiyo.") answers the
    sentence right after it in its paragraph: "Yes! See you at dinner tomorrow." answers
    the invitation, "Yes please, go ahead. See you at the barbecue!" the question."""
    tokens = reading.tokens
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)

    def of_event(start: int) -> bool:
        end = _sentence_end(reading, start)
        events = _events(tokens, start, end, book)
        if not events:
            return False
        words = tokens[start:end]
        text = " ".join("_" if k in events else w for k, w in enumerate(words, start))
        return not (
            not names.isdisjoint(words)
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in f" {text} " for w in book.meeting_words)
        )

    out = set()
    for phrase in reading.phrases:
        if phrase.label != "yes":
            continue
        start = _sentence_start(reading, phrase.start)
        if start in out:
            continue
        if of_event(start):
            out.add(start)
            continue
        end = _sentence_end(reading, phrase.start)
        if phrase.text not in book.confirmations or any(
            _is_word(reading, k) for k in range(start, end) if not phrase.start <= k < phrase.end
        ):
            continue
        after = _next_in_paragraph(reading, end, start)
        if after is not None and of_event(_sentence_start(reading, after)):
            out.add(start)
    return frozenset(out)


# A yes sentence of at most this many words may be the one a sentence agreeing to another
# matter goes on from ("Ja, gerne!", "Oui, avec plaisir !").
_BARE_YES_WORDS = 3


def _other_matter_yeses(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """Where the yeses start that answer another matter the reply names (the "other"
    phrases: "die Vorstandssitzung", "the board meeting", "la reunión de la junta"). A
    sentence naming one, with none of the intro_stems or meeting_words and no word of
    the name of the one asked about, that agrees to it (a yes of its own, or a day and
    only slot_words and matter_links: "Dienstag passt für die Vorstandssitzung",
    "Tuesday works for the board meeting"),
    answers that matter with its yeses, and so does a yes that is the whole of its
    sentence right before it in its paragraph ("Ja, gerne!", "Yes, gladly!", "Sí, con
    gusto."): the question is left unanswered. "Yes please. Gavin could come to the
    residents meeting." names the one asked about, and "Yes, happy to meet her." is more
    than a yes."""
    tokens = reading.tokens
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)
    yeses = [p for p in reading.phrases if p.label == "yes"]
    others = [p for p in reading.phrases if p.label == "other"]

    def agrees_to_matter(start: int) -> bool:
        end = _sentence_end(reading, start)
        inside = [(p.start, p.end) for p in others if start <= p.start < end]
        if not inside:
            return False
        words = tokens[start:end]
        text = " ".join(
            "_" if any(a <= k < b for a, b in inside) else w for k, w in enumerate(words, start)
        )
        if (
            not names.isdisjoint(words)
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in f" {text} " for w in book.meeting_words)
        ):
            return False
        if any(start <= p.start < end for p in yeses):
            return True
        # A day and nothing but words agreeing to it: "Tuesday works for the board
        # meeting", "Mardi me convient pour la réunion"; "I have the board meeting on
        # Tuesday, so Wednesday is better" tells of it.
        said = [
            tokens[k]
            for k in range(start, end)
            if _is_word(reading, k) and not any(a <= k < b for a, b in inside)
        ]
        return any(_is_date(w, book) for w in said) and all(
            _is_date(w, book) or w in book.slot_words or w in book.matter_links
            for w in said
            if any(ch.isalnum() for ch in w)
        )

    agreed = {
        start
        for start in {_sentence_start(reading, p.start) for p in others}
        if agrees_to_matter(start)
    }
    if not agreed:
        return frozenset()
    out = {p.start for p in yeses if _sentence_start(reading, p.start) in agreed}
    for phrase in yeses:
        start = _sentence_start(reading, phrase.start)
        end = _sentence_end(reading, phrase.start)
        own = [p for p in yeses if start <= p.start < end]
        words = [tokens[k] for k in range(start, end) if _is_word(reading, k)]
        if (
            start in agreed
            or len([w for w in words if any(ch.isalnum() for ch in w)]) > _BARE_YES_WORDS
            or any(
                _is_word(reading, k) and not any(p.start <= k < p.end for p in own)
                for k in range(start, end)
            )
            # "Yes, please put us in touch.": a go-ahead for the introduction itself.
            or any(stem in " ".join(words) for stem in book.intro_stems)
        ):
            continue
        after = _next_in_paragraph(reading, end, start)
        if after is not None and _sentence_start(reading, after) in agreed:
            out.update(p.start for p in own)
    return frozenset(out)


# At most this many words name the place after one of the venue_leads ("at Casa
# Lucia", "chez Chez Paul").
_VENUE_WORDS = 4


def _arranged_appointments(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """Where the sentences start whose yes answers another appointment being arranged:
    a bare confirmation that is a sentence of its own ("Yes!!", "Oui !", "Ndiyo!"), and
    after it in its paragraph only sentences that agree to a time and name a place:
    at least one with a time of day (``_CLOCK``, or a number before one of the
    clock_words: "7 pm", "19.30 Uhr") and a place after one of the venue_leads ("at Casa
    Lucia", "chez", "en", "im", "no", "pale"); besides the place (at most
    ``_VENUE_WORDS`` words up to the clause's end, in no phrase and negating nothing),
    only dates, times, clock_words, slot_words ("works", "me va bien", "passt"), the
    writer and words of yes phrases in a sentence that names a date. No question, name
    of the one asked about, intro_stems or meeting_words: "Yes!! Thursday works for me.
    7:30 at Casa Lucia." answers a dinner plan; "Yes, happy to. Thursday works for me",
    "Yes! Thursday works for me." and "Yes! Happy to meet Bob. 7:30 at Casa Lucia." still
    answer the question. The yes's sentence and those of the yeses agreeing to the time
    are returned."""
    tokens = reading.tokens
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)
    covered = {i for p in reading.phrases for i in range(p.start, p.end)}
    said_yes = {i for p in reading.phrases if p.label == "yes" for i in range(p.start, p.end)}

    def clock(i: int) -> bool:
        token = tokens[i]
        if _CLOCK.fullmatch(token):
            return True
        after = i + 1 < len(tokens) and tokens[i + 1] in book.clock_words
        return after and (token.isdigit() or _DOTTED_CLOCK.fullmatch(token) is not None)

    def plain(i: int) -> bool:
        token = tokens[i]
        return (
            _is_date(token, book)
            or _time_word(token, book)
            or token in book.clock_words
            or token in book.slot_words
            or token in book.own_subjects
            or clock(i)
        )

    def sentence(start: int, end: int) -> tuple[bool, set[int]] | None:
        """Whether the sentence names a time and a place, and where its yeses start;
        None when it holds anything else."""
        words = tokens[start:end]
        text = f" {' '.join(words)} "
        if (
            "?" in tokens[start : end + 1]
            or not names.isdisjoint(words)
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in text for w in book.meeting_words)
        ):
            return None
        dated = any(_is_date(t, book) or clock(i) for i, t in enumerate(words, start))
        yeses = {p.start for p in reading.phrases if p.label == "yes" and start <= p.start < end}
        if yeses and not dated:
            return None
        placed = False
        i = start
        while i < end:
            if not _is_word(reading, i):
                i += 1
                continue
            if (
                tokens[i] in book.venue_leads
                and i not in said_yes
                and i + 1 < end
                and _is_word(reading, i + 1)
                and not clock(i + 1)
                and not _is_date(tokens[i + 1], book)
            ):
                # "at Casa Lucia", not "at 7:30": the place runs to the clause's end or
                # to a time after it ("at Casa Lucia at 7:30").
                venue = i + 1
                while (
                    venue < end
                    and _is_word(reading, venue)
                    and not clock(venue)
                    and tokens[venue] not in book.venue_leads
                ):
                    venue += 1
                if (
                    venue == i + 1
                    or venue - i - 1 > _VENUE_WORDS
                    or any(k in covered or book.negates_at(reading, k) for k in range(i + 1, venue))
                ):
                    return None
                placed = True
                i = venue
                continue
            if not (plain(i) or (i in said_yes and dated)):
                return None
            i += 1
        return placed and any(clock(k) for k in range(start, end)), yeses

    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "yes" or phrase.text not in book.confirmations:
            continue
        start = _sentence_start(reading, phrase.start)
        end = _sentence_end(reading, phrase.start)
        if any(
            _is_word(reading, k) for k in range(start, end) if not phrase.start <= k < phrase.end
        ):
            continue
        paragraph = _paragraph(reading, start)
        found: set[int] = set()
        appointed = False
        at = end
        while True:
            while at < len(tokens) and not _is_word(reading, at):
                at += 1
            if at >= len(tokens) or _paragraph(reading, at) != paragraph:
                break
            begin, finish = _sentence_start(reading, at), _sentence_end(reading, at)
            read = sentence(begin, finish)
            if read is None:
                found = set()
                appointed = False
                break
            appointed = appointed or read[0]
            found |= {_sentence_start(reading, k) for k in read[1]}
            at = finish + 1
        if appointed:
            out |= {start, *found}
    return frozenset(out)


def _agreed_times(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """Where the sentences start whose bare yes agrees to a time of day: a confirmation
    opening its sentence ("Yes", "Oui", "Ndiyo"), after which the rest of its sentence,
    or when it stands alone the next sentence of its paragraph, holds only dates, times,
    clock_words, slot_words and the writer, with a time of day among them (``_CLOCK``, a
    number before or after one of the clock_words: "7pm", "at 7", "19h", "um 7 Uhr").
    The question proposed no time, so such a yes answers another plan being made ("Yes,
    Tuesday at 7 is fine for me! I'll bring the raffle prizes"), never the introduction.
    The yes sentence and the time's are returned. A question, the name of the one asked
    about, intro_stems, meeting_words ("Yes! Thursday at 7:30 works for a call") or any
    other word ("Yes, happy to. Tuesday at 7
    works for me", "Yes, I'm free Tuesday at 7") leave the yes as it was; so does a
    time with no hour ("Yes! Thursday works for me.")."""
    tokens = reading.tokens
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)

    def hour(i: int) -> bool:
        token = tokens[i]
        if _CLOCK.fullmatch(token) or _DOTTED_CLOCK.fullmatch(token):
            return True
        if not token.isdigit():
            return False
        before = i > 0 and tokens[i - 1] in book.clock_words
        return before or (i + 1 < len(tokens) and tokens[i + 1] in book.clock_words)

    def agreed(start: int, end: int) -> bool:
        words = [i for i in range(start, end) if _is_word(reading, i)]
        text = f" {' '.join(tokens[i] for i in words)} "
        return (
            bool(words)
            and (end >= len(tokens) or tokens[end] != "?")
            and names.isdisjoint(tokens[i] for i in words)
            and not any(stem in text for stem in book.intro_stems)
            and not any(f" {w} " in text for w in book.meeting_words)
            and any(hour(i) for i in words)
            and all(
                _time_word(tokens[i], book)
                or tokens[i] in book.clock_words
                or tokens[i] in book.slot_words
                or tokens[i] in book.own_subjects
                or hour(i)
                for i in words
            )
        )

    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "yes" or phrase.text not in book.confirmations:
            continue
        start = _sentence_start(reading, phrase.start)
        if any(_is_word(reading, k) for k in range(start, phrase.start)):
            continue
        end = _sentence_end(reading, phrase.start)
        if any(_is_word(reading, k) for k in range(phrase.end, end)):
            if agreed(phrase.end, end):
                out.add(start)
            continue
        at = _next_in_paragraph(reading, end, start)
        if at is not None and agreed(at, _sentence_end(reading, at)):
            # "Yes! Tuesday at 7 works for me.": the yes in the time's sentence agrees
            # to that time too.
            out |= {start, at}
    return frozenset(out)


# At most this many articles, possessives and links between a word of going somewhere
# and the gathering gone to ("to the team meeting", "at Leo's birthday party").
_GATHERING_WORDS = 3


def _events(tokens: tuple[str, ...], start: int, end: int, book: PhraseBook) -> frozenset[int]:
    """The tokens from ``start`` to ``end`` that name the writer's own event: one of the
    attended_events, an elided article before it aside ("l'anniversaire"), or a meal or
    gathering led to (``_led_to``)."""
    out = set()
    for i in range(start, end):
        word = tokens[i].rpartition("'")[2]
        if word in book.attended_events or (
            word in book.gathering_words and _led_to(tokens, start, i, book)
        ):
            out.add(i)
    return frozenset(out)


def _led_to(tokens: tuple[str, ...], start: int, at: int, book: PhraseBook) -> bool:
    """Whether the gathering at ``at`` is gone to: one of its language's gathering_leads
    ("at", "to", "zum", "kwa") stands before it, at most ``_GATHERING_WORDS`` of its
    gathering_determiners ("the", "your"), gathering_links ("team"), other gatherings,
    dates and times ("the 7pm rehearsal"), hyphens or English genitives ("Leo's")
    between, none before ``start``. A noun among
    the determined_gatherings ("party", "meeting") needs a determiner, the lead itself or
    an elided article being one ("au", "zum", "l'"): "at the party", "to your party" and
    "Yes, Wednesday works for the team meeting" are gone to, "the other party", "a third
    party" and "looking forward to meeting her" are not."""
    prefix, _, noun = tokens[at].rpartition("'")
    for gatherings in book.gatherings:
        if noun not in gatherings.nouns or (prefix and prefix not in gatherings.determiners):
            continue
        determined = bool(prefix) or noun in gatherings.bare
        j = at - 1
        for _ in range(_GATHERING_WORDS + 1):
            if j < start:
                break
            token = tokens[j]
            if token in gatherings.leads and (determined or token in gatherings.determiners):
                return True
            if token == "'s" and j > start:
                # "at Leo's party": a genitive, the name before it with it.
                determined = True
                j -= 2
                continue
            if token in gatherings.determiners:
                determined = True
            elif not (
                token == "-"
                or token in gatherings.links
                or token in gatherings.nouns
                or _is_date(token, book)
            ):
                break
            j -= 1
    return False


# A report's subject ("the two pallets from Monterrey") is at most this many words.
_DONE_SUBJECT_WORDS = 6


def _done_reports(reading: Reading, book: PhraseBook) -> tuple[Reading, tuple[str, ...]]:
    """The reading with each bare confirmation read as neutral that a report of something
    done or delivered goes on from (done_reports: "Vic yes the load made it to Laredo
    fine", "oui le colis est bien arrivé", "sí, el pedido llegó", "ja, die Lieferung ist
    angekommen", "sim, a encomenda chegou", "ndiyo mzigo umefika"): the yes answers that
    matter, a delivery asked about in another thread, not the introduction; the
    reports it confirms are returned.

    The report stands in the confirmation's sentence with no other answer between them,
    or opens the next sentence when the confirmation is all its own sentence says
    ("Yes. The parcel arrived."); its subject, the words between, is nothing but goods, a
    payment or "it" (done_things, one at least) or nothing at all ("sí, llegó"). A yes of
    its own ("yes, happy to, Laura arrived at a good time for it") and a person arriving
    ("yes, Laura arrived") are no such report; nor is what follows another answer."""
    tokens = reading.tokens
    phrases = list(reading.phrases)
    said: list[str] = []
    for n, phrase in enumerate(phrases):
        if phrase.label != "yes" or phrase.text not in book.confirmations:
            continue
        start = phrase.end
        end = _sentence_end(reading, start)
        if not any(_is_word(reading, i) for i in range(start, end)) and end < len(tokens):
            # "Yes. The parcel arrived.": the confirmation alone, the report next.
            start = end + 1
            end = _sentence_end(reading, start)
        end = next(
            (p.start for p in phrases if start <= p.start < end and p.label in ("yes", "no")),
            end,
        )
        report = _said_in_order(reading, start, end, book.done_reports)
        if report is None:
            continue
        (at, _), words = report
        subject = [tokens[i] for i in range(start, at) if _is_word(reading, i)]
        if subject and (len(subject) > _DONE_SUBJECT_WORDS or book.done_things.isdisjoint(subject)):
            continue
        phrases[n] = replace(phrase, label="neutral")
        said.append(" ".join(words))
    if not said:
        return reading, ()
    return replace(reading, phrases=tuple(phrases)), tuple(said)
