"""Refusals read for what they refuse, and what stands against a yes after a contrast.

A refusal strengthened or said before the phrase, a bare "no" that is a determiner or
stands for "number", a refusal joined into a compound ("no-show"), something else
offered after a refusal, a refusal word closing the reply, and after a contrast a
complaint conceded, an inability or an apologised absence; a refusal held, not yet
made, made only for someone else or of an introduction the writer was never asked to
make; a later contrast that turns only against a maybe.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from agent.understanding.reply_negation import _contraction, _negated, _standing_yes_before
from agent.understanding.reply_phrases import (
    SENTENCE_ENDS,
    Phrase,
    PhraseBook,
    Reading,
    phrase_book,
)
from agent.understanding.reply_words import (
    _clause_bounds,
    _followed_in_clause,
    _is_date,
    _is_word,
    _next_word,
    _said_in_order,
    _sentence_end,
    _sentence_start,
)


def _after_refusal(reading: Reading, phrase: Phrase) -> bool:
    """Whether a refusal phrase stands before the phrase in its clause ("sina nafasi
    kabisa", "sitaki kabisa"), nothing but words between."""
    i = phrase.start - 1
    while i >= 0 and not reading.breaks[i]:
        if any(p.label == "no" and p.end == i + 1 for p in reading.phrases):
            return True
        i -= 1
    return False


# How many words after a frequency word its verb of habit may stand ("wakati mwingine
# barua zinapotea": the subject between).
_HABIT_REACH = 3


def _told_as_habit(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a refusal that is also a word of frequency (frequency_words: Swahili
    "wakati mwingine", "another time" and "sometimes") means "sometimes": a verb of
    habit or the present (see ``PhraseBook.is_habitual``) follows it within
    ``_HABIT_REACH`` words in its clause ("Hii ya kampuni inasomwa na ofisi nzima na
    wakati mwingine barua zinapotea"), and nothing in its sentence says yes. "Asante,
    wakati mwingine." puts off, and so does "Wakati mwingine nitafurahi kukutana naye":
    a future is no habit, and a yes beside it is put off."""
    if phrase.label != "no" or phrase.text not in book.frequency_words:
        return False
    start, end = _sentence_start(reading, phrase.start), _sentence_end(reading, phrase.start)
    if any(p.label == "yes" and start <= p.start < end for p in reading.phrases):
        return False
    seen = 0
    i = phrase.end
    while i < len(reading.tokens) and not reading.breaks[i] and seen < _HABIT_REACH:
        if _is_word(reading, i):
            seen += 1
            if book.is_habitual(reading.tokens[i]):
                return True
        i += 1
    return False


def overran(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether one of the busy_complaints of one word is a participle of a verb of
    things, one of the event_auxiliaries ("a", "ont") before it in its sentence with at
    most a few words between and no participle among them: "les négociations ont, comme
    souvent, débordé largement sur le week-end" tells what overran, not the writer
    swamped. "Je suis débordé" and "il a été débordé" (a participle between) are read as
    before."""
    if phrase.end - phrase.start != 1:
        return False
    tokens = reading.tokens
    i = phrase.start - 1
    words = 0
    while i >= 0 and words <= _EVENT_REACH:
        token = tokens[i]
        if token.strip() and token != ",":
            if reading.breaks[i]:
                return False
            if token in book.event_auxiliaries:
                return True
            if book.is_participle(token):
                return False
            words += 1
        i -= 1
    return False


# How many words may stand between an event auxiliary and the participle ("ont, comme
# souvent, débordé").
_EVENT_REACH = 3


def _intensifies_busy_state(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a word of being busy or full (busy_states) stands right before or right
    after the phrase in its clause: "nimejaa kabisa", "totally booked"."""
    tokens = reading.tokens
    before = phrase.start - 1
    while before >= 0 and not tokens[before].strip() and not reading.breaks[before]:
        before -= 1
    after = phrase.end
    while after < len(tokens) and not tokens[after].strip() and not reading.breaks[after]:
        after += 1
    return any(
        0 <= i < len(tokens) and not reading.breaks[i] and tokens[i] in book.busy_states
        for i in (before, after)
    )


def _refused_before(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a refusal, not negated, stands before the phrase or right after it (the
    state itself: "absolutely swamped")."""
    return any(
        p.label == "no"
        and (p.start < phrase.start or p.start == _next_word(reading, phrase.end))
        and not _negated(reading, p, book)
        for p in reading.phrases
    )


# How many words an apology may take ("i'm so sorry").
_APOLOGY_WORDS = 3


def _dismayed(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a refusal word is dismay at the writer's own delay: one of the
    corrected_answers, right after one of the pause_interjections that opens its
    sentence and right before one of the pause_apologies, a yes after it in the reply:
    "oh no sorry, it got buried under client feedback 🙈 yes pls!", "Ah non, désolée,
    ... Oui, avec plaisir", "Ay no, perdón, ... ¡Sí, claro!". The writer cries out at
    having missed the mail and apologises; the answer comes after. "Oh no, sorry."
    alone, "oh no sorry, I can't" and "No, sorry, ... yes I saw it" (no interjection)
    read as before, as does any refusal after the apology."""
    if phrase.end - phrase.start != 1 or phrase.text not in book.corrected_answers:
        return False
    before = phrase.start - 1
    while before >= 0 and reading.tokens[before].strip(" \t,") == "":
        before -= 1
    if before < 0 or not _is_word(reading, before):
        return False
    drawn = re.sub(r"(.)\1+", r"\1", reading.tokens[before])
    if reading.tokens[before] not in book.pause_interjections and drawn not in {
        re.sub(r"(.)\1+", r"\1", w) for w in book.pause_interjections
    }:
        return False
    start = _sentence_start(reading, before)
    if any(_is_word(reading, k) for k in range(start, before)):
        return False
    after: list[int] = []
    k = phrase.end
    while k < len(reading.tokens) and len(after) < _APOLOGY_WORDS:
        if _is_word(reading, k):
            after.append(k)
        elif reading.tokens[k].strip() not in ("", ",", "!", ".", "\u2026"):
            break
        k += 1
    apology = next(
        (
            n
            for n in range(len(after), 0, -1)
            if " ".join(reading.tokens[i] for i in after[:n]) in book.pause_apologies
        ),
        0,
    )
    if not apology:
        return False
    end = after[apology - 1]
    return any(
        p.label == "yes" and p.start > end and not _negated(reading, p, book)
        for p in reading.phrases
    )


def _determiner(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """A bare "no" before a noun ("no calls") in a reply that also says yes, not before
    a word a refusing "no" takes (answer_no_followers: "say no on this one"). A word of
    yes that only says how busy the writer is ("office iko full kabisa", "totally
    booked") says none: "... iko full kabisa. Kwa hivyo hapana kwa sasa." refuses."""
    if phrase.end - phrase.start != 1 or phrase.text not in book.alone_no:
        return False
    if not any(
        p.label == "yes"
        and not (p.text in book.refusal_intensifiers and _intensifies_busy_state(reading, p, book))
        for p in reading.phrases
    ):
        return False
    nxt = phrase.end
    return (
        nxt < len(reading.tokens)
        and _is_word(reading, nxt)
        # "I'll have to say no on this one": a word a refusing "no" takes ("never on a
        # Friday" restricts, and is read as before).
        and not (
            phrase.text in book.no_determiners and reading.tokens[nxt] in book.answer_no_followers
        )
        and not _lacks_reach(reading, phrase, book)
    )


def _lacks_reach(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a bare "no" tells of the writer's means of being reached failing where
    they were ("was in Tamale with no network", "stuck at the farm with no wifi"): a
    word before it in its clause, one of the reach_lacks right after it that is no
    channel to ask for (contact_choice_words: "no signal" may be the app), the word after
    that, in its clause, no channel either ("no internet calls"), and no yes or contrast
    in its sentence. Such a lack restricts nothing the other may do; "Yes, but no calls"
    "Yes. No signal please" and "at the farm with no signal" (the app, maybe) still
    restrict, and "No connection to my clients." opens its clause."""
    tokens = reading.tokens
    lack = phrase.end
    if tokens[lack] not in book.reach_lacks or tokens[lack] in book.contact_choice_words:
        return False
    first, last = _clause_bounds(reading, phrase.start, phrase.end)
    if not any(_is_word(reading, i) for i in range(first, phrase.start)):
        return False
    after = _next_word(reading, lack + 1)
    if after < last and tokens[after] in book.contact_choice_words:
        return False
    start, end = _sentence_start(reading, phrase.start), _sentence_end(reading, phrase.start)
    return not any(
        p.label in ("yes", "contrast") and start <= p.start < end for p in reading.phrases
    )


def _determiner_inside(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """A bare "no" inside its clause, a word before it and one after that no refusing
    "no" takes (answer_no_followers): a determiner before a noun ("She's on a silent
    retreat with no phone until Sunday"), not the answer; "No, thanks.", "Sorry, no.",
    "No I can't", "I'll have to say no to this one" and "but no thnaks" still refuse.
    A "no" that closes its line ("lol no" above the rest) or stands before an emoji
    ("lol no 😂😂") determines nothing: the word after it must be in its line and hold a
    letter or a figure."""
    if phrase.end - phrase.start != 1 or phrase.text not in book.no_determiners:
        return False
    before = phrase.start - 1
    while before >= 0 and not reading.tokens[before].strip() and not reading.breaks[before]:
        before -= 1
    after = phrase.end
    while (
        after < len(reading.tokens)
        and not reading.tokens[after].strip()
        and not reading.breaks[after]
    ):
        after += 1
    return (
        before >= 0
        and _is_word(reading, before)
        and after < len(reading.tokens)
        and _is_word(reading, after)
        and any(c.isalnum() for c in reading.tokens[after])
        and reading.tokens[after] not in book.answer_no_followers
        # "but no thnaks": a slip of a follower is one.
        and book.correct_typo(reading.tokens[after]) not in book.answer_no_followers
    )


def _consolations(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where the yeses start that offer something else after a refusal: a yes after a
    refusal not negated, the next word one of the consolations ("suggest", "recommend",
    "explain"), at most two of the consolation_links between (object pronouns and
    particles: "you", "de vous", "Ihnen"), and no date or word of booking ("time",
    "slot", "Termin") in the rest of its clause. "I can't take on another board seat.
    Happy to suggest a couple of other names" and "please don't make the intro. Happy to
    explain over coffee" offer something else in the refusal's place; "I can't make
    Tuesday. Happy to suggest another time" puts the meeting off, and "happy to meet and
    explain" says yes: both are read as before. A yes in a clause that puts someone else
    at the other's disposal is one too (see ``_stands_available``), and so is one that
    offers other people's names (see ``_names_offered``)."""
    tokens = reading.tokens
    refusals = [
        p.end for p in reading.phrases if p.label == "no" and not _negated(reading, p, book)
    ]
    if not refusals:
        return frozenset()
    out = set()
    for phrase in reading.phrases:
        if phrase.label != "yes" or min(refusals) > phrase.start:
            continue
        if _stands_available(reading, phrase, book) or _later_contact_allowed(
            reading, phrase, min(refusals), book
        ):
            out.add(phrase.start)
            continue
        if _names_offered(reading, phrase, book):
            out.add(phrase.start)
            continue
        at = _next_word(reading, phrase.end)
        for _ in range(_CONSOLATION_LINKS):
            if at < len(tokens) and tokens[at] in book.consolation_links:
                at = _next_word(reading, at + 1)
        if at >= len(tokens) or reading.breaks[at] or tokens[at] not in book.consolations:
            continue
        _, end = _clause_bounds(reading, at, at + 1)
        if any(
            _is_date(tokens[i], book) or tokens[i] in book.booking_words
            for i in range(at + 1, end)
            if _is_word(reading, i)
        ):
            continue
        out.add(phrase.start)
    return frozenset(out)


def _names_offered(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether the yes offers other people's names: one of the consolation_things
    ("names", "Namen", "noms", "nombres", "nomes", "majina") among the few words after it
    in its clause, no date in the clause and no word of booking before the names. "So,
    on balance, I'm going to say no. ... I'm very happy to send her a few names of people
    with more time" offers someone else to ask in the refusal's place; "happy to send her
    my number" offers the writer, and "happy to send the names of the attendees on
    Monday" arranges a meeting."""
    tokens = reading.tokens
    _, end = _clause_bounds(reading, phrase.start, phrase.end)
    after = [i for i in range(phrase.end, end) if _is_word(reading, i)]
    named = next(
        (k for k, i in enumerate(after[:_NAMES_REACH]) if tokens[i] in book.consolation_things),
        None,
    )
    if named is None or any(tokens[i] in book.booking_words for i in after[:named]):
        return False
    return not any(_is_date(tokens[i], book) for i in after)


# The names offered stand at most this many words after the yes ("glad to give him a
# couple of names").
_NAMES_REACH = 6


def _later_contact_allowed(
    reading: Reading, phrase: Phrase, refused: int, book: PhraseBook
) -> bool:
    """Whether the yes only allows the other to make contact later, after the refusal
    that ends at ``refused``: it is a reassurance that negates ("sin problema", "no
    problem", "pas de problème", "kein Problem", "sem problema", "hakuna shida"), in a
    later sentence than the refusal that names a channel (reach_words: "que llame a la
    oficina", "she can call") and sets a condition or a date (conditionals, a date: "Si
    Laura sigue necesitando a alguien después del verano"), and no other yes stands in
    that sentence. "Por ahora no, lo siento. Si Laura sigue necesitando a alguien
    después del verano, que llame a la oficina sin problema." refuses now and leaves
    the door open; with no refusal before it, "Sí, sin problema, que me llame el mes que
    viene" still says yes.

    Any other yes does so only when one of the intro_times ("once", "sobald", "une fois
    que") stands after it in its sentence: "So, with some regret, I think the answer has
    to be no. Please tell him I would be delighted to hear from him once the volume is
    out." refuses now and names the later point at which contact is welcome; a plain
    condition beside such a yes ("happy to hear from him if he's serious") may still be
    the answer and is read as before. So does a yes in a sentence that a condition opens
    and that closes on the later point it waits for (see ``_waits_for_change``).

    The later point may also open the sentence, and then every yes in it waits for it
    (see ``_opens_on_later_point``): "Unfortunately I have to say no for now. ... Once
    the award has been announced I'd be happy for him to get in touch through our
    general inbox, and I'll gladly talk him through it." refuses now."""
    words = [w for w in phrase.text.split() if w.strip()]
    reassures = any(book.is_negator(w) for w in words)
    start, end = _sentence_start(reading, phrase.start), _sentence_end(reading, phrase.end)
    if start < refused:
        return False
    opened = _opens_on_later_point(reading, start, end, book)
    if not opened and any(
        p.label == "yes" and p is not phrase and start <= p.start < end for p in reading.phrases
    ):
        return False
    if _waits_for_change(reading, phrase, start, end, book):
        return True
    said = [reading.tokens[i] for i in range(start, end) if _is_word(reading, i)]
    if not any(w in book.reach_words or w.startswith(book.reach_stems) for w in said):
        return False
    if opened:
        return True
    if reassures:
        return any(w in book.conditionals or _is_date(w, book) for w in said)
    return any(
        p.label == "hedge" and p.text in book.intro_times and phrase.end <= p.start < end
        for p in reading.phrases
    )


def _opens_on_later_point(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the sentence from ``start`` to ``end`` opens on one of the intro_times
    ("once", "sobald", "une fois que", "una vez que", "assim que"), at most one of the
    conclusion_leads before it ("And once ..."), with words after it in its clause: the
    later point that what the sentence says waits for ("Once the award has been
    announced I'd be happy to hear from him"). "Once, I'd have been happy to" (closing
    its clause) tells of the past."""
    words = [i for i in range(start, end) if _is_word(reading, i)][:2]
    if len(words) == 2 and reading.tokens[words[0]] in book.conclusion_leads:
        words = words[1:]
    if not words:
        return False
    return any(
        p.label == "hedge"
        and p.text in book.intro_times
        and p.start == words[0]
        and not _followed_by_break(reading, p.end)
        for p in reading.phrases
    )


def _followed_by_break(reading: Reading, end: int) -> bool:
    """Whether the first token from ``end`` that is not blank is a break, or none is."""
    i = end
    while i < len(reading.tokens) and not reading.tokens[i].strip():
        i += 1
    return i >= len(reading.tokens) or reading.breaks[i]


def _waits_for_change(
    reading: Reading, phrase: Phrase, start: int, end: int, book: PhraseBook
) -> bool:
    """Whether the yes, in the sentence from ``start`` to ``end`` after a refusal, waits
    for things to change: one of the conditionals opens the sentence, and one of the
    later_thens ("then", "alors", "dann", "entonces", "então", "wakati huo") closes it
    after the yes, with no date, word of booking, or other doubt or turn in it: "So I'll
    pass on this one. / If she ever pivots to a software-first model, happy to take a look then."
    refuses now. "I can't do Tuesday. If Thursday works, happy to meet then" offers
    another time and is read as before."""
    words = [i for i in range(start, end) if _is_word(reading, i)]
    if not words or reading.tokens[words[0]] not in book.conditionals:
        return False
    said = tuple(reading.tokens[i] for i in words)
    if any(_is_date(w, book) or w in book.booking_words for w in said):
        return False
    # Nothing but the opening condition may doubt or turn: "If he can wait I might be
    # free, but I'd be glad to meet him then" weighs a maybe.
    if any(
        p.label not in ("yes", "neutral") and start <= p.start < end and p.start != words[0]
        for p in reading.phrases
    ):
        return False
    after = tuple(reading.tokens[i] for i in words if i >= phrase.end)
    return any(len(after) >= len(then) and after[-len(then) :] == then for then in book.later_thens)


def _stands_available(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether the yes stands in a sentence that puts someone else at the other's
    disposal (one of the consolation_stands: "zur Verfügung", "available", "à sa
    disposition"), none of the own_subjects in it: "Für allgemeine Auskünfte steht Herrn Aebischer
    selbstverständlich das Sekretariat zur Verfügung" and "our office is of course
    available to him" offer something else, while "of course I'm available by phone"
    offers the writer."""
    start, end = _sentence_start(reading, phrase.start), _sentence_end(reading, phrase.end)
    words = [reading.tokens[i] for i in range(start, end) if _is_word(reading, i)]
    return not book.consolation_stands.isdisjoint(words) and book.own_subjects.isdisjoint(words)


# At most this many consolation_links stand between a yes and the offer: "ravi de vous
# recommander".
_CONSOLATION_LINKS = 2


def _closing_refusal(reading: Reading, book: PhraseBook) -> int | None:
    """Where the bare refusal word that closes the reply stands, a sentence of its own
    (alone_no: "Nein.", "Non.", "No!") after a sentence that does not ask; None for
    anything else. An annoyed question or "pourquoi" before it ("Schon wieder? Ich habe
    letzte Woche doch schon gesagt, dass ... Nein.", "Franchement je ne vois pas pourquoi
    on me sollicite encore. Non.") asks nothing of the answer; a question answered by
    the writer ("Do I know him? No."), "No?" and a refusal with more words keep it. A
    name signed in a paragraph of its own may follow ("Nein.\n\nJ. Vogt")."""
    words = [i for i in range(len(reading.tokens)) if _is_word(reading, i)]
    if len(words) < 2:
        return None
    last = words[-1]
    gap = next((i for i in range(len(words) - 1, 0, -1) if _paragraph_gap(reading, words, i)), 0)
    if gap and len(words) - gap <= _SIGNED_NAME_WORDS:
        last = words[gap - 1]
    if reading.tokens[last] not in book.alone_no or any(
        "?" in t for t in reading.tokens[last + 1 :]
    ):
        return None
    start = _sentence_start(reading, last)
    if start == 0 or any(_is_word(reading, i) for i in range(start, last)):
        return None
    before = start - 1
    while before > 0 and not reading.tokens[before].strip():
        before -= 1
    if "?" in reading.tokens[before] or not any(_is_word(reading, i) for i in range(before)):
        return None
    return last


# A name signed below a closing refusal: this many words at most ("J. Vogt").
_SIGNED_NAME_WORDS = 3


def _paragraph_gap(reading: Reading, words: list[int], k: int) -> bool:
    """Whether a blank line stands between the k-th word and the one before it."""
    return any(t.count("\n") > 1 for t in reading.tokens[words[k - 1] + 1 : words[k]])


def _word_part(reading: Reading, phrase: Phrase) -> bool:
    """Whether a one-word refusal is joined by a hyphen to the word after it, with no
    space between: the first part of a compound ("non-compete", "no-show", "não-sócio"),
    not a refusal. A compound that refuses is listed whole ("no-go", "non-starter"), and
    one opening its clause or with an answer after the hyphen stays a refusal ("No-sorry",
    "No-thanks")."""
    if phrase.end - phrase.start != 1 or phrase.end + 1 >= len(reading.tokens):
        return False
    hyphen, word = phrase.end, phrase.end + 1
    offsets, tokens = reading.offsets, reading.tokens
    return (
        tokens[hyphen] == "-"
        and offsets[hyphen] == offsets[phrase.start] + len(tokens[phrase.start])
        and offsets[word] == offsets[hyphen] + 1
        and tokens[word].isalpha()
        and not any(p.start == word for p in reading.phrases)
        and _after_word(reading, phrase.start)
    )


def _after_word(reading: Reading, index: int) -> bool:
    """Whether a word stands before ``index`` in its clause."""
    i = index - 1
    while i >= 0 and not reading.tokens[i].strip() and "\n" not in reading.tokens[i]:
        i -= 1
    return i >= 0 and _is_word(reading, i)


# How many words may stand between "no." and the number it abbreviates ("mobile no.
# also +91 ...", "phone no. is 555").
_NUMBER_REACH = 3
# What may follow the abbreviation before its number: "no.", "no:", "no #".
_NUMBER_MARKS = frozenset({".", ":", "#"})


def _number_abbreviation(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a bare "no" abbreviates "number": after a thing numbered, in its clause,
    with a number shortly after ("my mobile no. also +91 98450 12345", "room no. 5"), or
    before a link and a thing numbered ("mi nº de teléfono", "o nº do celular"), or
    inside its sentence with a code right after it, one of the marks between or none
    ("Registered in England and Wales, no. OC312884", "inscrite sous le no. 123 456
    789", "Registro Mercantil, nº B-12345678": see ``_code_at``). "No. 12345 reasons"
    opens its sentence and "Sorry, no. 2026 maybe" holds too few digits: both refuse."""
    if phrase.end - phrase.start != 1 or phrase.text not in book.number_abbreviations:
        return False
    tokens = reading.tokens
    i = phrase.end
    while i < len(tokens) and (tokens[i] in _NUMBER_MARKS or not tokens[i].strip()):
        if "\n" in tokens[i]:
            return False
        i += 1
    words = [t for t in tokens[i:] if t.strip()][:2]
    if len(words) == 2 and words[0] in book.number_links and words[1] in book.number_nouns:
        return True
    if _sentence_start(reading, phrase.start) < phrase.start and _code_at(reading, i):
        return True
    before = phrase.start - 1
    while before >= 0 and not tokens[before].strip() and "\n" not in tokens[before]:
        before -= 1
    if before < 0 or reading.breaks[before] or tokens[before] not in book.number_nouns:
        return False
    reach = 0
    while i < len(tokens) and reach <= _NUMBER_REACH:
        token = tokens[i]
        if "\n" in token or token in SENTENCE_ENDS:
            return False
        if any(ch.isdigit() for ch in token):
            return True
        if token.strip() and not reading.breaks[i]:
            reach += 1
        i += 1
    return False


# How many digits a code of registration holds at least ("OC312884", "123 456 789"): fewer
# may be a count or a year a refusal goes on with ("Sorry, no. 2026 maybe").
_CODE_DIGITS = 5
# What may join the groups of a code, inside a word or between: "04-123-456", "123/4567",
# "35.123.456", "B-12345678".
_CODE_JOINS = frozenset("-/.")


def _code_at(reading: Reading, index: int) -> bool:
    """Whether a code of registration or reference starts at ``index``: a word holding a
    digit ("oc312884", "b-12345678", "35.123.456"), alone or with more such groups after
    it on its line ("123 456 789"), at least ``_CODE_DIGITS`` digits in all."""
    tokens = reading.tokens
    digits = 0
    for token in tokens[index:]:
        if "\n" in token:
            break
        if not token.strip() or token in _CODE_JOINS:
            continue
        if not all(ch.isalnum() or ch in _CODE_JOINS for ch in token):
            break
        counted = sum(ch.isdigit() for ch in token)
        if not counted:
            break
        digits += counted
    return digits >= _CODE_DIGITS


# How many words may stand between a concession and the complaint it concedes, and
# after the complaint in its sentence ("though honestly I'm swamped this month").
_MAX_CONCESSION_WORDS = 3


def _conceded_complaints(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where a concession after a yes, and the complaint of being busy it concedes,
    start: "Sure, though honestly I'm swamped this month", "Oui, même si je suis
    débordé", "Claro, aunque ando a tope", "Klar, auch wenn ich gerade viel um die
    Ohren habe", "Claro, apesar de estar atolado", "Sawa, ingawa nina shughuli nyingi".

    The concession (one of the concessives) follows a yes not negated and goes on
    in its sentence; from it to the sentence's end stand one or more of the
    busy_complaints, at most a few other words before and after, nothing negated and
    nothing else that answers, doubts or asks. "I'm swamped, sorry", "swamped, so not
    this month" and "sure, but not until I'm less swamped" concede nothing."""
    if book.concessives.isdisjoint(p.text for p in reading.phrases):
        return frozenset()
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "contrast" or phrase.text not in book.concessives:
            continue
        if not _followed_in_clause(reading, phrase.end) or not _standing_yes_before(
            reading, phrase.start, book
        ):
            continue
        end = _sentence_end(reading, phrase.end)
        inside = [p for p in reading.phrases if phrase.end <= p.start < end]
        complaints = [p for p in inside if p.label == "no" and p.text in book.busy_complaints]
        if not complaints or any(p.label != "neutral" and p not in complaints for p in inside):
            continue
        covered = {i for p in complaints for i in range(p.start, p.end)}
        words = [i for i in range(phrase.end, end) if _is_word(reading, i) and i not in covered]
        if any(book.negates_at(reading, i) for i in words):
            continue
        before = sum(1 for i in words if i < complaints[0].start)
        after = sum(1 for i in words if i >= complaints[-1].end)
        if before > _MAX_CONCESSION_WORDS or after > _MAX_CONCESSION_WORDS:
            continue
        out.add(phrase.start)
        out.update(p.start for p in complaints)
    return frozenset(out)


def _inability(reading: Reading, contrast: Phrase, book: PhraseBook) -> tuple[int, str] | None:
    """Where the clause after a contrast says the writer cannot manage it or would
    rather not meet, and how: the words of one of the inabilities or meeting_refusals
    in order, at most a few others between ("aber ich schaffe es im Moment einfach
    nicht", "mais je n'y arrive pas", "mas não consigo", "aber lieber kein Treffen").
    None when the stretch from the contrast to its sentence's end answers, doubts, asks
    or holds an aside besides ("aber ich weiß nicht, ob ich es schaffe", "but I can't
    promise anything"), which is read as it is; a refusal inside the inability ("no" in
    "pero no me da la vida") is its own, and a Portuguese "no" that is "em" + "o" ("mas
    não vou conseguir agora, estou no meio do TCC") no refusal at all."""
    end = _sentence_end(reading, contrast.end)
    found = _said_in_order(reading, contrast.end, end, book.refusal_words)
    if found is None:
        return None
    span, wanted = found
    if any(
        contrast.end <= p.start < end
        and p.label not in ("neutral", "contrast")
        and not (p.label == "no" and span[0] <= p.start and p.end <= span[1])
        and not (p.label == "no" and p.end - p.start == 1 and _contraction(reading, p.start, book))
        for p in reading.phrases
    ):
        return None
    return span[0], " ".join(wanted)


def _find_words(
    words: Sequence[tuple[int, str]], phrases: Iterable[tuple[str, ...]]
) -> tuple[int, str] | None:
    """Where the first of ``phrases`` found among ``words`` (index, token) starts, and it."""
    tokens = [t for _, t in words]
    for k in range(len(tokens)):
        for wanted in phrases:
            if tuple(tokens[k : k + len(wanted)]) == wanted:
                return words[k][0], " ".join(wanted)
    return None


def _apologised_absence(
    reading: Reading, contrast: Phrase, book: PhraseBook
) -> tuple[int, str] | None:
    """Where the clause after a contrast, after a yes, tells of the writer's own absence
    (own_absences: "on leave", "mat leave", "en congé", "de baja", "Elternzeit", "de
    licença", "likizo") and an apology (apologies) follows in its sentence or the next
    ("Aw would love to but I'm out on mat leave til March. sorry!!", "Avec plaisir, mais
    je suis en congé jusqu'en mars, désolée"), and what was said: a refusal. None
    without the apology ("Happy to, but I'm on leave until March" puts off), with
    another as the subject ("but she's away"), or with anything else there that
    answers, doubts or asks."""
    tokens = reading.tokens
    end = _sentence_end(reading, contrast.end)
    if book.absence_firsts.isdisjoint(tokens[contrast.end : end]):
        return None
    if not any(p.label == "yes" and p.end <= contrast.start for p in reading.phrases):
        return None
    words = [(i, tokens[i]) for i in range(contrast.end, end) if _is_word(reading, i)]
    away = _find_words(words, book.own_absences)
    if away is None or any(t in book.other_subjects for i, t in words if i < away[0]):
        return None
    last = _sentence_end(reading, end + 1) if end < len(tokens) else end
    after = [(i, tokens[i]) for i in range(away[0], last) if _is_word(reading, i)]
    sorry = _find_words(after, book.apologies)
    if sorry is None:
        return None
    if any(
        contrast.end <= p.start < last and p.label not in ("neutral", "contrast")
        for p in reading.phrases
    ):
        return None
    return away[0], f"{away[1]} {sorry[1]}"


# The phrase lists read word by word for the clause around a refusal.
_ListKey = Literal["think_overs", "behalf_limits", "misread_acts"]


@lru_cache(maxsize=3)
def _listed_phrases(key: _ListKey) -> tuple[tuple[str, ...], ...]:
    """The phrases of that list, each as the words a reading cuts it into."""
    book = phrase_book()
    return tuple(
        tuple(t for t in book.read(phrase).tokens if t.strip())
        for phrase in sorted(getattr(book, key))
    )


def _listed_at(words: Sequence[tuple[int, str]], key: _ListKey) -> list[tuple[int, int, str]]:
    """Where the phrases of that list stand among ``words`` (token index and word, in
    order): (first index, index after the last word, phrase)."""
    found = []
    texts = [w for _, w in words]
    by_first = _listed_by_first(key)
    for k, text in enumerate(texts):
        # Only the phrases opening on this word are tried.
        for order, phrase in by_first.get(text, ()):
            n = len(phrase)
            if tuple(texts[k : k + n]) == phrase:
                found.append((order, words[k][0], words[k + n - 1][0] + 1, " ".join(phrase)))
    # In the list's order, then the text's, as every phrase searched in turn would give.
    return [(start, end, said) for _, start, end, said in sorted(found)]


@lru_cache(maxsize=3)
def _listed_by_first(
    key: _ListKey,
) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """The phrases of that list, with their place in it, filed under their first word."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for order, phrase in enumerate(_listed_phrases(key)):
        if phrase:
            index.setdefault(phrase[0], []).append((order, phrase))
    return {first: tuple(phrases) for first, phrases in index.items()}


def _held_refusal(
    reading: Reading, refusals: Sequence[int], yeses: Sequence[int], book: PhraseBook
) -> str | None:
    """Why the refusals read (at ``refusals``, beside yeses at ``yeses``) are no answer
    yet, or None. Where every refusal stands in a clause holding one of the
    behalf_limits ("I'm afraid I can't accept invitations on her behalf"), the writer
    declines to answer for someone else, not the introduction. Where every one stands
    in a clause holding one of the misread_acts (the writer making the introduction:
    "I'm afraid I can't introduce you to him", "je ne peux pas vous le présenter"), the
    writer took the question for a request to introduce the asker, and declines what
    nobody asked. After a yes, one of the
    think_overs after the last refusal ("Dejame pensarlo y te digo", "Let me have a think
    and maybe come back to you"), ending its clause or before one of the joiners and with
    no negator before it in its clause, takes time to decide: the yes and the refusal
    stay open. So does one after refusals that are all busy_complaints, yes or none
    ("Bit snowed under with the Christmas menu, I'll have a think and get back to you
    next week"): being busy is why the answer waits, not the answer; "I'm swamped, so
    I'll pass. Let me have a think about who else" still refuses. Refusals of the moment
    alone (now_refusals: "Can't right now, I'm driving, I'll look at it later") wait the
    same way: the writer cannot answer now, and says so. "Hapana, siwezi kuamua
    kwa niaba yake" refuses in a clause of its own."""
    if not refusals:
        return None
    words = [(i, t) for i, t in enumerate(reading.tokens) if t.strip()]
    # Each refusal in a clause declining for another ("behalf_limits") or declining what
    # no one asked ("misread_acts"): no refusal of the introduction.
    checks: tuple[tuple[_ListKey, str, Collection[str]], ...] = (
        ("behalf_limits", "for-another", book.behalf_limits),
        ("misread_acts", "misread", book.misread_acts),
    )
    for key, tag, listed in checks:
        if not listed:
            continue
        found = _listed_at(words, key)
        if found and all(
            any(
                _clause_bounds(reading, at, at + 1)[0] <= start
                and end <= _clause_bounds(reading, at, at + 1)[1]
                for start, end, _ in found
            )
            for at in refusals
        ):
            return f"{tag}:{found[0][2]}"
    # A refusal word inside a think-over ("I'll look at it later") is the think-over's
    # own, no refusal it could follow.
    thinking = _listed_at(words, "think_overs")
    refusals = [at for at in refusals if not any(s <= at < e for s, e, _ in thinking)]
    if not refusals:
        return None
    busy = all(
        any(
            p.start == at
            and p.label == "no"
            and (p.text in book.busy_complaints or p.text in book.now_refusals)
            for p in reading.phrases
        )
        for at in refusals
    )
    if not yeses and not busy:
        return None
    # The negator of a refusal of the moment ("no puedo ahora ... luego lo miro") is that
    # refusal's, and negates no think-over after it in an unpunctuated clause.
    now = [
        (p.start, p.end) for p in reading.phrases if p.label == "no" and p.text in book.now_refusals
    ]
    last = max(refusals)
    for start, end, phrase in thinking:
        if start <= last:
            continue
        first, _ = _clause_bounds(reading, start, end)
        if any(
            book.is_negator(reading.tokens[i]) and not any(s <= i < e for s, e in now)
            for i in range(first, start)
        ):
            continue
        tokens = reading.tokens
        after = next((i for i in range(end, len(tokens)) if tokens[i].strip()), None)
        if after is None or reading.breaks[after] or tokens[after] in book.joiners:
            return f"thinking-over:{phrase}"
    return None


def _maybe_turns(
    reading: Reading,
    contrasts: Sequence[Phrase],
    turns: dict[int, int],
    refusals: Sequence[int],
    yeses: Sequence[int],
) -> list[int]:
    """The turns (values of ``turns``, keyed by each contrast's start) of contrasts that
    turn only against a maybe of the writer's, after a refusal that follows an earlier
    turn: "I'd genuinely love to, but I can't. ... P.S. If Ewan's still looking in the
    spring I might be free, but honestly don't hold anything for me." The contrast stands
    in a later sentence than that refusal, with a hedge before it in its sentence ("if",
    "might") and nothing there that answers, and no yes after it: it weighs the maybe
    down, so the refusal after the earlier turn still decides, as a maybe-later alone
    after it would ("..., but I can't. If he's still looking in the spring I might be
    free." is no). "I can't now. If he can wait I might be free, but I'd be glad to meet
    him then." says yes after it and stays unclear."""
    out: list[int] = []
    kept = [turns[c.start] for c in contrasts if c.start in turns]
    for contrast in contrasts:
        turn = turns.get(contrast.start)
        if turn is None:
            continue
        start = _sentence_start(reading, contrast.start)
        # A refusal after an earlier turn, before this contrast's sentence.
        if not any(other < turn and any(other < at < start for at in refusals) for other in kept):
            continue
        before = [p for p in reading.phrases if start <= p.start < contrast.start]
        if not any(p.label == "hedge" for p in before) or any(
            p.label in ("yes", "no") for p in before
        ):
            continue
        if any(at > contrast.start for at in yeses):
            continue
        out.append(turn)
    return out


def _obvious_corrections(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each of the correction_obvious ("natürlich", "obviously",
    "évidemment", "claro", "óbvio", "bila shaka"), a yes, read as nothing where it comes
    right after a refusal corrected with an asterisk and closes its clause: "danke, aber
    neun - *nein natürlich, blöde Autokorrektur" says the corrected "nein" is the word
    meant, obviously. "*nein. Natürlich helfe ich" and "Nein, natürlich" (no asterisk)
    read as before."""
    tokens, offsets = reading.tokens, reading.offsets
    if len(offsets) != len(tokens):
        return reading
    refusals = {p.start for p in reading.phrases if p.label == "no" and p.end - p.start == 1}
    obvious = set()
    for phrase in reading.phrases:
        at = phrase.start - 1
        if (
            phrase.label == "yes"
            and phrase.text in book.correction_obvious
            and at in refusals
            and at > 0
            and tokens[at - 1] == "*"
            and offsets[at] == offsets[at - 1] + 1
            and not any(tokens[i].strip() for i in range(at + 1, phrase.start))
            and (phrase.end >= len(tokens) or reading.breaks[phrase.end])
        ):
            obvious.add(phrase.start)
    if not obvious:
        return reading
    return replace(
        reading,
        phrases=tuple(
            Phrase("neutral", p.start, p.end, p.text) if p.start in obvious else p
            for p in reading.phrases
        ),
    )
