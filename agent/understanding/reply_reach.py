"""Notes after a yes on when or how to reach the writer.

Hours and availability ("I'm free most Thursday evenings"), refusals that only rule out
this mailbox from a date on, and notes naming the channels and hours that suit the
writer ("Best on mobile not email", "please not before 2"), and a likely time for the
meeting guessed after a yes ("so early December is likely").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from agent.understanding.reply_address_times import waits_for_address
from agent.understanding.reply_negation import (
    _contraction,
    _negated,
    _negated_after,
    _yes_sentences,
)
from agent.understanding.reply_phrases import SENTENCE_ENDS, Phrase, PhraseBook, Reading
from agent.understanding.reply_refusals import _determiner, _determiner_inside, _number_abbreviation
from agent.understanding.reply_words import (
    _CLOCK,
    _DOTTED_CLOCK,
    _clause_bounds,
    _holds,
    _in_order,
    _is_date,
    _is_word,
    _next_word,
    _paragraph,
    _said_in_order,
    _sentence_end,
    _sentence_start,
    _spoken_hour,
    _time_word,
)

# How many words may stand before the availability that opens a note on reaching the
# writer ("And I'm free ...", "Oh, best time to catch me ...").
_AVAILABILITY_LEADS = 1


def _availability_notes(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The turns, time words and dates inside notes on when to reach the writer, after a
    sentence that says yes: "I'm free most Thursday evenings, or half term obviously but
    that's ages away", "Best time to catch me is after 2pm once the morning rush is done,
    or he can just pop into the shop", "Je suis disponible le soir, mais pas avant 19h"
    would still negate.

    The note is a sentence of its own, later than the first that says yes, that opens
    (after one word at most) with the writer's availability (availability: "I'm free",
    "best time to catch me", "je suis disponible", "estoy libre", "ich bin erreichbar",
    "estou disponível", "niko huru") and holds no question mark, none of the
    conditionals, no negator outside a neutral phrase or an aside, and no phrase but
    neutral ones, asides, dates, contrasts and time words (intro_times: "once", "sobald").
    "Yes. I'm free once my boss approves" still waits: "approves" is no phrase, but the
    time word's clause names someone to decide (bearing_words, people_nouns are looked for
    there), "I'm free most evenings, but she should know I'm retiring" turns to someone,
    and "I'm free but not this month" negates."""
    tokens = reading.tokens
    yes_sentences = _yes_sentences(reading, book)
    if not yes_sentences:
        return frozenset()
    out: set[int] = set()
    start = _sentence_end(reading, min(yes_sentences)) + 1
    while start < len(tokens):
        end = _sentence_end(reading, start)
        words = [t for t in tokens[start:end] if t.strip() and t not in SENTENCE_ENDS]
        inside = [p for p in reading.phrases if start <= p.start < end]
        if (
            start not in yes_sentences
            and words
            and any(
                _in_order(wanted, words[: len(wanted) + _AVAILABILITY_LEADS])
                and words[: len(wanted) + _AVAILABILITY_LEADS].index(wanted[0])
                <= _AVAILABILITY_LEADS
                for wanted in book.availability
                if wanted[0] in words[: _AVAILABILITY_LEADS + 1]
            )
            and "?" not in words
            and book.conditionals.isdisjoint(words)
            and all(
                p.label in ("neutral", "aside", "deferral", "contrast")
                or (p.label == "hedge" and p.text in book.intro_times)
                for p in inside
            )
            and not any(
                book.negates_at(reading, i)
                and not any(
                    p.label in ("neutral", "aside") and p.start <= i < p.end for p in inside
                )
                for i in range(start, end)
            )
            and not any(
                _decided_by_others(reading, p.end, book) for p in inside if p.label == "hedge"
            )
            and not any(
                _turn_bears(tokens[p.end : end], book) for p in inside if p.label == "contrast"
            )
        ):
            out.update(p.start for p in inside if p.label != "neutral")
        start = end + 1
    return frozenset(out)


def _filled_availability(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each of the availability_fillers that holds a negator read as
    neutral where it stands inside the writer's availability, between its words in
    order, in one clause: the "pas" of "je suis pas mal libre à partir de janvier"
    ("quite free") negates nothing, as "I'm pretty free" holds no negation. "Je suis
    pas libre" (no filler) and "je suis pas mal occupé" (no availability) still
    negate."""
    tokens = reading.tokens
    added: list[Phrase] = []
    for filler in book.availability_fillers:
        if not any(book.is_negator(w) for w in filler):
            continue
        size = len(filler)
        for k in range(len(tokens) - size + 1):
            if tokens[k : k + size] != filler or any(
                p.start < k + size and k < p.end for p in reading.phrases
            ):
                continue
            first, last = _clause_bounds(reading, k, k + size)
            before = tuple(tokens[i] for i in range(first, k) if _is_word(reading, i))
            after = tuple(tokens[i] for i in range(k + size, last) if _is_word(reading, i))
            if any(
                0 < n < len(wanted)
                and before[len(before) - n :] == wanted[:n]
                and after[: len(wanted) - n] == wanted[n:]
                for wanted in book.availability
                for n in range(1, len(wanted))
            ):
                added.append(Phrase("neutral", k, k + size, " ".join(filler)))
    if not added:
        return reading
    phrases = tuple(sorted((*reading.phrases, *added), key=lambda p: (p.start, p.end)))
    return replace(reading, phrases=phrases)


def _turn_bears(words: Sequence[str], book: PhraseBook) -> bool:
    """Whether what a turn goes on to say speaks of someone or of meeting ("but she
    should know I'm retiring"): more than when to reach the writer."""
    said = tuple(w for w in words if w.strip())
    text = " ".join(said)
    return (
        not book.people_nouns.isdisjoint(said)
        or any(_holds(said, w) for w in book.bearing_words)
        or any(stem in text for stem in book.intro_stems)
        or any(f" {w} " in f" {text} " for w in book.meeting_words)
    )


def _decided_by_others(reading: Reading, at: int, book: PhraseBook) -> bool:
    """Whether the clause going on at ``at`` names someone who may decide ("once my boss
    approves", "sobald mein Chef zustimmt"): a person, not the day's routine."""
    end = at
    while end < len(reading.tokens) and not reading.breaks[end]:
        end += 1
    clause = tuple(w for w in reading.tokens[at:end] if w.strip())
    return not book.people_nouns.isdisjoint(clause) or any(
        _holds(clause, w) for w in book.bearing_words
    )


# What a mailbox note may hold beside its refusal, the reference and the date.
_DATE_NOTE = frozenset({"deferral", "neutral"})


def _mailbox_notes(reading: Reading, book: PhraseBook) -> tuple[Reading, tuple[str, ...]]:
    """Refusals that only rule out writing to this mailbox from a date on ("Please do not
    send things to this address after Sunday, it is my grandson's"): a refusal opening its
    sentence, with one of the mailbox_refs after it ("to this address", "à cette
    adresse", "an diese Adresse") and a date after that in the sentence, and nothing else
    there that answers, doubts, turns or asks, says where to write, not whether to meet.
    Each is read as nothing, and what it was is returned. Without a date ("Please don't
    write to this address again") it still refuses, and so does one that names anything
    but the mailbox ("Please don't give this address to him after Sunday")."""
    tokens = reading.tokens
    dropped: list[Phrase] = []
    for phrase in reading.phrases:
        if phrase.label != "no" or _sentence_start(reading, phrase.start) != phrase.start:
            continue
        end = _sentence_end(reading, phrase.end)
        ref = next(
            (
                i + len(words)
                for i in range(phrase.end, end)
                for words in book.mailbox_refs
                if tokens[i : i + len(words)] == words and i + len(words) <= end
            ),
            None,
        )
        if ref is None or not any(
            _is_date(tokens[i], book) for i in range(ref, end) if _is_word(reading, i)
        ):
            continue
        # The date's own lead ("after", "ab") and neutral words may stand there.
        if any(
            p is not phrase and phrase.start <= p.start < end and p.label not in _DATE_NOTE
            for p in reading.phrases
        ):
            continue
        dropped.append(phrase)
    if not dropped:
        return reading, ()
    phrases = tuple(
        Phrase("neutral", p.start, p.end, p.text) if p in dropped else p for p in reading.phrases
    )
    return replace(reading, phrases=phrases), tuple(p.text for p in dropped)


def _reach_notes(reading: Reading, book: PhraseBook, others: frozenset[int]) -> frozenset[int]:
    """The tokens of the notes on when or how to reach the writer after a standing yes:
    each sentence after the yes's own (a lead-in closed by a colon joined to the one
    after it, on its line or the next: "One thing though: no calls please, ...") that
    ``_reach_note`` takes for one ("Yes happy to. Best on mobile not email", "oui ok pas
    de souci\npar contre m'appeler pas avant 11h je suis à la criée le matin"). Such a
    note tells the other how the contact will go; its hedges, contrasts and bare
    negations doubt nothing about the yes before it. A turn in the yes's own sentence
    restricts the yes itself ("Yes please, though not before the 15th"), and is no note;
    one that only limits the yes to a channel ("Sure, but email only please") leaves it
    a yes (see reply_channel_only). None after a yes that does not stand: one in a
    sentence of ``others`` (a yes to another appointment), or a negated one."""
    yeses = [
        p.end
        for p in reading.phrases
        if p.label == "yes"
        and _sentence_start(reading, p.start) not in others
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
    ]
    if not yeses:
        return frozenset()
    tokens = reading.tokens
    units: list[tuple[int, int]] = []
    end = _note_sentence_end(reading, min(yeses), book)
    contrast = next(
        (p for p in reading.phrases if p.label == "contrast" and min(yeses) <= p.start < end),
        None,
    )
    if contrast is not None and _noticed(reading, contrast, book):
        # "sure - heads up though, I'm slow on email this month": a turn told as a notice.
        units.append((contrast.start, end))
    elif contrast is None:
        # "Ja gerne, soll mich anrufen ab 19 Uhr": the note after the yes's comma.
        units.extend(_inner_note(reading, min(yeses), end, book))
    at = end + 1
    while at < len(tokens):
        stop = _note_sentence_end(reading, at, book)
        while stop + 1 < len(tokens) and tokens[stop] == ":":
            # The colon may close its line: "I'd rather phone, though:\n0131 496 0772,
            # not before ten." (a blank line between ends the note).
            after = stop + 1
            if after + 1 < len(tokens) and _line_break(tokens[after]):
                after += 1
            stop = _note_sentence_end(reading, after, book)
        units.append((at, stop))
        at = stop + 1
    noted = [_reach_note(reading, a, b, book) for a, b in units]
    for n, (a, _) in enumerate(units):
        if noted[n] or not _channel_refused(reading, a, units[n][1], book):
            continue
        last = _channel_swapped(reading, units, n, noted, book)
        if last is not None:
            noted[n : last + 1] = [True] * (last + 1 - n)
        elif _swapped_before(reading, units, n, noted, book):
            noted[n] = True
    return frozenset(
        i for (a, b), note in zip(units, noted, strict=True) if note for i in range(a, b + 1)
    )


# How many words may stand between a yes and the comma that closes its clause ("oui ça
# va aller, il peut m'appeler ...").
_INNER_LEAD = 3


def _inner_note(
    reading: Reading, yes_end: int, end: int, book: PhraseBook
) -> list[tuple[int, int]]:
    """The rest of the yes's own sentence, from the comma that closes the yes's clause to
    ``end``, as a note to read (see ``_reach_note``), where it may be one: at most
    ``_INNER_LEAD`` words and no phrase but yeses and neutral ones stand between the yes
    and the comma, the sentence names a channel (see ``_reach_word``; "Dale nomás que
    me escriba, ..." in the yes itself), each deferral in the rest names an hour right
    after it (see ``_hour_follows``) and each hedge is a "when" of the writer's own
    whereabouts (see ``_own_when``), a channel ruled out or one before a time of the
    writer's week (the writer's replying only with a reason
    told, see ``_reply_told_why``): "Yes, tell him to call me after 7", "Ja gerne, soll mich anrufen
    ab 19 Uhr", "oui ça va aller, il peut m'appeler après 20h". A deferral to a date or a
    month ("Yes, call me after March", "Yes, call me after the 15th") restricts the yes
    itself, as does an "if" ("Sure, if he emails me first"), and a turn ("Yes, but ...")
    is no note of this kind: none is read."""
    tokens = reading.tokens
    comma = next((i for i in range(yes_end, end) if tokens[i] == ","), None)
    if comma is None:
        return []
    lead = [i for i in range(yes_end, comma) if _is_word(reading, i)]
    if len(lead) > _INNER_LEAD or any(
        yes_end <= p.start < comma and p.label not in ("yes", "neutral") for p in reading.phrases
    ):
        return []
    if not any(_reach_word(tokens[k], book) for k in range(_sentence_start(reading, comma), end)):
        # "Yes, the hall is free on Saturday the 8th from 2pm": no channel, another matter.
        return []
    if any(
        comma < p.start < end
        and (
            (p.label == "deferral" and not _hour_follows(reading, p, book))
            or (
                # "Yes, call me when I'm back" and "Sure, if he emails me first" wait;
                # "... ab 19 Uhr wenn ich auf dem Rasthof stehe" tells when to call.
                p.label == "hedge"
                and not _own_when(reading, p.start, comma, book)
                and p.text not in book.channel_limits
                and not (_point_after(reading, p, book) and _reply_told_why(reading, p, book))
            )
        )
        for p in reading.phrases
    ):
        return []
    return [(comma, end)]


def _reply_told_why(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a hedge that is the writer's replying (one of the own_replies, whole: "le
    contesto") has the writer busy (busy_notes: "manejando", "driving") before it in its
    sentence, which tells why the reply comes later: "estoy manejando hasta las 22 así
    que le contesto a la noche". Any other hedge is not the writer's replying and holds.
    "Sí, que me escriba, le contesto mañana" may put the answer itself off."""
    words = tuple(t for t in reading.tokens[phrase.start : phrase.end] if t.strip())
    if not words or words not in book.own_replies.get(words[0], ()):
        return True
    return _busy_before(reading, phrase.start, book)


def _busy_before(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether one of the busy_notes ("driving", "naendesha", "au volant") stands before
    ``index`` in its sentence."""
    start = _sentence_start(reading, index)
    said = f" {' '.join(t for t in reading.tokens[start:index] if t.strip())} "
    return any(f" {note} " in said for note in book.busy_notes)


def _hour_follows(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether an hour follows a phrase that puts off, in its clause: a time of the
    writer's week (see ``_point_after``: "après 20h", "ab 19 Uhr", "after 7pm"), or a
    hour said after an article (see ``_spoken_hour``: "después de las 22", "baada ya saa
    tatu"), or a number no greater than ``_LAST_HOUR`` right after a phrase of one word,
    with no date after it ("after 7", not "after 7 days", "after 15 March", "après le
    15")."""
    if _point_after(reading, phrase, book) or _spoken_hour(reading, phrase.end, book):
        return True
    if phrase.end - phrase.start > 1:
        # "après le 15", "after the 15": an article before the number makes it a day.
        return False
    at = _next_word(reading, phrase.end)
    if at >= len(reading.tokens) or reading.breaks[at] or not _hour_at(reading, at, book):
        return False
    after = _next_word(reading, at + 1)
    return (
        after >= len(reading.tokens)
        or reading.breaks[after]
        or not _is_date(reading.tokens[after], book)
    )


def _free_from_hour(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a deferral lead only tells from what hour of the day the writer is free:
    an hour follows it (``_hour_follows``: "après 18h", "after 6pm", "ab 19 Uhr") and its
    clause holds one of the free_words and one of the recurring_times ("donc dispo plutôt
    le soir après 18h", "so free in the evenings after 6pm", "abends ab 19 Uhr frei"): the
    writer's hours, as "evenings are best" is, no yes put off. "Yes, after 6pm" (no free
    word) and "free in the evenings after the 15th" (no hour) still put it off."""
    if not _hour_follows(reading, phrase, book):
        return False
    first, last = _clause_bounds(reading, phrase.start, phrase.end)
    words = frozenset(reading.tokens[first:last])
    return not book.free_words.isdisjoint(words) and not book.recurring_times.isdisjoint(words)


# How many sentences telling why may stand between a channel ruled out and the one
# offered in its place ("no phone calls please. I'm on call 24/7 ... Email is fine").
_SWAP_REASONS = 2


def _channel_refused(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether one of the channel_limits ("no phone calls", "pas d'appel") stands from
    ``start`` to ``end``."""
    return any(
        p.label == "hedge" and p.text in book.channel_limits and start <= p.start < end
        for p in reading.phrases
    )


def _video_refused(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether each of the channel_limits from ``start`` to ``end`` (one at least) rules
    out a video meeting, naming one of the video_words ("no Zoom", "no video calls",
    "pas de visio", "nada de videollamadas"): a call may take its place, while after
    "no calls" a call offered is none."""
    limits = [
        p
        for p in reading.phrases
        if p.label == "hedge" and p.text in book.channel_limits and start <= p.start < end
    ]
    return bool(limits) and all(
        any(t in book.video_words for t in reading.tokens[p.start : p.end]) for p in limits
    )


def _voice_offer(token: str, book: PhraseBook) -> bool:
    """Whether a word offers a call (voice_offers: "phone", "appeler", "llam*")."""
    return token in book.voice_offers or token.startswith(book.voice_offer_stems)


def _channel_swapped(
    reading: Reading,
    units: Sequence[tuple[int, int]],
    n: int,
    noted: Sequence[bool],
    book: PhraseBook,
) -> int | None:
    """The last sentence of a note that rules a channel out in sentence ``n`` and offers
    another in its place (a written channel or a visit, swap_offers) a few sentences on
    in its paragraph, the ones between telling why ("no phone calls please, not even a
    quick one. I'm on call 24/7 and my mobile has to stay free, so I don't chat on it.
    Email is fine", "pas d'appel svp : je ne peux pas bloquer la ligne. Qu'elle
    m'écrive"), or None. The sentence offering is a note of its own naming a channel,
    negating nothing and ruling nothing out; the whole stretch reads as one note (see
    ``_reach_note``), but that a refusal may stand in a clause naming a channel ("je ne
    peux pas bloquer la ligne"); nothing before the offer names a meeting in person
    (swap_stops; meeting_refusals refuse), and each sentence between names a channel
    (see ``_reach_word``). "Yes, but no calls please" (in the yes's sentence), "Yes. No
    calls please." and "Yes. No calls please. My mobile has to stay free." (nothing
    offered) and "No calls please. I don't want to meet him. Email is fine." still
    doubt."""
    video = _video_refused(reading, *units[n], book)
    for k in range(n + 1, min(n + _SWAP_REASONS + 2, len(units))):
        a, b = units[k]
        if _paragraph(reading, a) != _paragraph(reading, units[n][0]):
            return None
        if not (
            noted[k]
            and not _channel_refused(reading, a, b, book)
            and _turned_to_channel(reading, a, b, book)
            and any(
                reading.tokens[i] in book.swap_offers
                or reading.tokens[i].startswith(book.swap_offer_stems)
                # "No Zoom. Phone only please.": a call in place of a video meeting.
                or (video and _voice_offer(reading.tokens[i], book))
                for i in range(a, b)
            )
        ):
            continue
        start, end = units[n][0], b
        told = units[n][0], units[k - 1][1]
        said = " ".join(reading.tokens[i] for i in range(*told) if _is_word(reading, i))
        if any(
            not any(_reach_word(reading.tokens[i], book) for i in range(*u))
            for u in units[n + 1 : k]
        ) or any(f" {stem}" in f" {said}" for stem in book.swap_stops):
            return None
        return k if _reach_note(reading, start, end, book, reasons=True) else None
    return None


# How many paragraphs above a postscript ruling a channel out the one offered in its
# place may stand ("... puede escribirme cuando quiera.\n\nPD: que no me llame al móvil").
_SWAP_PARAGRAPHS = 1


def _swapped_before(
    reading: Reading,
    units: Sequence[tuple[int, int]],
    n: int,
    noted: Sequence[bool],
    book: PhraseBook,
) -> bool:
    """Whether sentence ``n`` rules a channel out, with its reason told in the same
    sentence, after a note that already offered another in its place (a written channel
    or a visit, swap_offers), in its paragraph, or in the one above when a postscript
    (addendum_leads: "PS", "PD") opens the sentence: "Sin problema, adelante. ... así que
    puede escribirme cuando quiera.\n\nPD: que no me llame al móvil, en la mar no lo
    cojo." The offer is a note of its own
    naming a channel, ruling nothing out and negating nothing (see ``_channel_swapped``),
    each sentence between is a note too, and the sentence ruling out reads as a note
    with its reason (see ``_reach_note``) and names no meeting in person (swap_stops).
    "Yes. No calls please, I'm at sea." (nothing offered), "Yes, he can email me. No
    calls please, I don't want to meet him." (a meeting refused) and "Yes, he can email
    me.\n\nNo calls please, I'm at sea." (no postscript) still doubt."""
    a, b = units[n]
    words = [reading.tokens[i] for i in range(a, b) if _is_word(reading, i)]
    if any(f" {stem}" in f" {' '.join(words)}" for stem in book.swap_stops):
        return False
    # Only a postscript reaches back to the paragraph above.
    above = _SWAP_PARAGRAPHS if words and words[0] in book.addendum_leads else 0
    for k in range(n - 1, -1, -1):
        start, end = units[k]
        if not any(_is_word(reading, i) for i in range(start, end)):
            # The blank line between paragraphs is a sentence of no words.
            continue
        if _paragraph(reading, a) - _paragraph(reading, start) > above or not noted[k]:
            return False
        if (
            not _channel_refused(reading, start, end, book)
            and _turned_to_channel(reading, start, end, book)
            and any(
                reading.tokens[i] in book.swap_offers
                or reading.tokens[i].startswith(book.swap_offer_stems)
                for i in range(start, end)
            )
        ):
            return _reach_note(reading, a, b, book, reasons=True)
    return False


def _told_why(reading: Reading, index: int, first: int, last: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index``, in the clause from ``first`` to ``last``, tells
    why a channel is ruled out, in a note that offers another after it (see
    ``_channel_swapped``): its sentence names a channel or rules one out ("my mobile has
    to stay free, so I don't chat on it", "no phone calls please, not even a quick one",
    "pas d'appel svp") and its clause names no one else ("I don't trust him")."""
    clause = {reading.tokens[k] for k in range(first, last)}
    start, end = _sentence_start(reading, index), _sentence_end(reading, index)
    return book.reply_gap_others.isdisjoint(clause) and (
        _channel_refused(reading, start, end, book)
        or any(_reach_word(reading.tokens[k], book) for k in range(start, end))
    )


def _line_break(token: str) -> bool:
    """Whether a token is the break of one line, no blank line: "\n", " \n"."""
    return not token.strip() and token.count("\n") == 1


def _note_sentence_end(reading: Reading, start: int, book: PhraseBook) -> int:
    """The end of the sentence ``start`` is in, as ``_sentence_end`` finds it, or a word
    that closes with its full stop after a hyphen ("allez-y.", "vas-y."), which the
    tokenizer leaves whole. The full stop of a title before a name ("tell Mrs. Abernathy
    to ring me", "dites à Mme. Dupont de m'appeler", "que la Sra. López me llame") ends
    nothing: the note goes on past it."""
    end = _sentence_end(reading, start)
    tokens = reading.tokens
    while (
        start < end < len(tokens) - 1
        and tokens[end] == "."
        and tokens[end - 1] in book.name_titles
        # The French "Me" (Maître) is the writer's "me" too: "call me." ends its sentence.
        and tokens[end - 1] not in book.reach_selves
        and _is_word(reading, end + 1)
    ):
        end = _sentence_end(reading, end + 1)
    for i in range(start + 1, end):
        if reading.tokens[i].endswith(".") and reading.tokens[i - 1] == "-":
            return i
    return end


# How many words from a contrast a notice lead ("heads up", "fair warning") may stand.
_NOTICE_REACH = 2


def _noticed(reading: Reading, contrast: Phrase, book: PhraseBook) -> bool:
    """Whether one of the reach_notices ("heads up", "fair warning", "te aviso que")
    stands right before or after the contrast, at most ``_NOTICE_REACH`` words away in
    its clause: "sure - heads up though, ...", "Sí, eso sí, te aviso que ...". A turn
    told as a notice informs; a bare one ("Sure, but email only please") restricts."""
    before = [t for t in reading.tokens[: contrast.start] if t.strip()][-_NOTICE_REACH - 1 :]
    after = [t for t in reading.tokens[contrast.end :] if t.strip()][: _NOTICE_REACH + 1]
    near = f" {' '.join(before)} | {' '.join(after)} "
    return any(f" {lead} " in near for lead in book.reach_notices)


def _wry_close(words: Sequence[str], joined: str, book: PhraseBook) -> bool:
    """Whether a note opens with one of the reach_notices ("fair warning", "heads up")
    and closes on an emoji of the reach_stops ("🙃"), a smile at the writer's own
    replying ("fair warning i'm on tour so replies might come from airport lounges at
    4am 🙃"); the emoji anywhere else, or after a note that is no notice ("Sure. Email
    me anytime 🙃"), may mock and still ends the note."""
    last = words[-1]
    return (
        len(words) > 1
        and last in book.reach_stops
        and not any(ch.isalnum() for ch in last)
        and any(joined.startswith(f" {notice} ") for notice in book.reach_notices)
    )


def _filler_tokens(reading: Reading, at: int, book: PhraseBook) -> list[int]:
    """The tokens of each of the availability_fillers said in the clause from ``at``."""
    last = _clause_bounds(reading, at, at)[1]
    idx = [k for k in range(at, last) if _is_word(reading, k)]
    out: list[int] = []
    n = 0
    while n < len(idx):
        size = next(
            (
                len(f)
                for f in reversed(book.availability_fillers)
                if tuple(reading.tokens[k] for k in idx[n : n + len(f)]) == f
            ),
            0,
        )
        out.extend(idx[n : n + size])
        n += size or 1
    return out


def _free_otherwise(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether an "otherwise" (alternatives) opens a clause that tells the writer free
    the rest of the time: the writer's availability opens it (its words in order, only
    availability_fillers between: "otherwise I'm pretty free during the week", "sinon je
    suis pas mal dispo en semaine", "ansonsten bin ich meistens erreichbar"), and the
    rest of the clause holds no negator, no condition, no date and no phrase, or is one
    of the week_spans ("during the week", "en semaine") whole. After a
    slot the writer is busy ("I have an open house Sunday but otherwise ..."), it tells
    when to reach the writer, no condition on the yes; "otherwise I'm not free", "sinon
    je suis pas dispo" and "otherwise I'm free if he's serious" still doubt."""
    if phrase.text not in book.alternatives:
        return False
    last = _clause_bounds(reading, phrase.end, phrase.end)[1]
    at = phrase.end
    if at < len(reading.tokens) and reading.tokens[at] == ",":
        at += 1
        last = _clause_bounds(reading, at, at + 1)[1]
    fillers = set(_filler_tokens(reading, at, book))
    idx = [k for k in range(at, last) if _is_word(reading, k) and k not in fillers]
    words = [reading.tokens[k] for k in idx]
    for wanted in book.availability:
        if tuple(words[: len(wanted)]) != wanted:
            continue
        rest = idx[len(wanted) :]
        said = [reading.tokens[k] for k in rest]
        span = next(
            (len(s) for s in book.week_spans if tuple(said[: len(s)]) == s and len(s) == len(said)),
            0,
        )
        rest = rest[span:]
        # The fillers stand inside the availability, none after it: "I'm free, mostly
        # not on Mondays" is read as before.
        if any(k > idx[len(wanted) - 1] for k in fillers):
            return False
        return not any(
            book.negates_at(reading, k)
            or reading.tokens[k] in book.conditionals
            or reading.tokens[k] in book.reach_ifs
            or _is_date(reading.tokens[k], book)
            or any(p.start <= k < p.end and p.label != "neutral" for p in reading.phrases)
            for k in rest
        )
    return False


def _reach_word(token: str, book: PhraseBook) -> bool:
    """Whether a word names a channel or the writer's replying (reach_words)."""
    return token in book.reach_words or token.startswith(book.reach_stems)


def _reach_point(token: str, book: PhraseBook) -> bool:
    """Whether a word names a time of the writer's week: an hour ("3:30", "11h",
    "10pm-6am"), a weekday or a part of the day (reach_points, recurring_times). A day
    of the month is none: "not before the 15th" puts the yes off to a date."""
    return (
        _CLOCK.match(token) is not None
        or _DOTTED_CLOCK.fullmatch(token) is not None
        or token in book.reach_points
        or token in book.recurring_times
    )


def _reach_clause_holds(reading: Reading, start: int, book: PhraseBook) -> bool:
    """Whether the clause from ``start`` to its next break names a channel, or the other
    coming by to see the writer (reach_visits: "I'm at the hub Mon-Thu if she wants to
    come around")."""
    i = start + 1
    while i < len(reading.tokens) and not reading.breaks[i]:
        if _reach_word(reading.tokens[i], book):
            return True
        i += 1
    # The visit is what the other wishes, and closes the clause, a word at most ("to")
    # between: "if she wants to come around and sign an NDA first" asks more of her, and
    # "If he is vetted he can come by" or "If he wants to see the shop he can come by"
    # set a condition on the visit.
    words = [reading.tokens[k] for k in range(start + 1, i) if _is_word(reading, k)]
    wished = [k for k, w in enumerate(words) if w in book.wish_words]
    if not wished:
        return False
    after = words[wished[-1] + 1 :]
    return any(
        tuple(after[-len(v) :]) == v and len(after) - len(v) <= 1 for v in book.reach_visit_phrases
    )


def _alternative_clause(reading: Reading, phrase: Phrase) -> int:
    """Where the clause an "otherwise" opens is looked into from (the token before it):
    right after the word, or after the comma that closes it ("Otherwise, email me",
    "Sinon, qu'il m'écrive")."""
    after = phrase.end
    if after < len(reading.tokens) and reading.tokens[after] == ",":
        return after
    return phrase.end - 1


def _closing_aside(reading: Reading, phrase: Phrase) -> bool:
    """Whether ``phrase`` is an aside that closes its clause ("porque el correo casi no
    lo reviso.", "because I hardly ever check email"): read whole, it tells why the
    channel. One its clause goes on from ("otherwise don't call before March") is read
    with what follows it."""
    return phrase.label == "aside" and (
        phrase.end >= len(reading.tokens) or reading.breaks[phrase.end]
    )


def _reach_note(
    reading: Reading, start: int, end: int, book: PhraseBook, reasons: bool = False
) -> bool:
    """Whether the tokens from ``start`` to ``end`` only tell when or how to reach the
    writer: they name a channel or the writer's replying (reach_words), or a point in
    time (see ``_reach_point``) with the writer as subject (reach_selves); none of them
    is one of the reach_stops (the introduction, a doubt, a topic, who or why, waiting,
    interest: "Sure, but who is she?") or a never-word ("Never on Fridays" restricts);
    no refusal stands among them, no phrase of refusal but a bare "no" before a noun
    ("no calls please") and none of the refusal_words ("I'm not able to this week"); an
    "if" (reach_ifs) or an "otherwise" opens a clause that names a channel ("if he
    calls", "otherwise just email"; "If it's about hiring" sets a condition); and each
    negator (outside a yes or neutral phrase: "no problem") has a channel or a point in
    time in its clause or a later one ("pas avant 11h", "not before 2 in the afternoon",
    "Não tenho muito tempo durante a semana, mas ao sábado ..."), and no verb of passing
    details on in its clause ("please don't give him my number"): "not now", "not this
    year" put the yes off; a negator may also tell when the writer reads mail (see
    ``_mail_hours``) or negate the verb of an "if" about the contact failing (see
    ``_contact_missed``: "if Emma doesn't hear back"). A contrast turns to a channel or
    a point in time after it, in the
    note ("par contre m'appeler pas avant 11h"), or only leaves the channel to the others
    (see ``_left_to_others``); "I'm free most evenings, but she should know I'm retiring"
    turns to something else. With ``reasons``, the stretch runs from a channel ruled out
    to another offered (see ``_channel_swapped``): a refusal in a clause naming a channel
    and a negator telling why (see ``_told_why``) stand in it too."""
    idx = [i for i in range(start, end) if _is_word(reading, i)]
    words = [reading.tokens[i] for i in idx]
    if not words:
        return False
    joined = f" {' '.join(words)} "
    told_at = idx[:-1] if _wry_close(words, joined, book) else idx
    # "because I hardly ever check email", "je ne regarde jamais mes mails": an aside on
    # the writer's mail habits, read whole, tells why the channel; its words ("check",
    # "jamais") are no stop of the note.
    aside = {
        k for p in reading.phrases if _closing_aside(reading, p) for k in range(p.start, p.end)
    }
    told = [reading.tokens[i] for i in told_at if i not in aside]
    stated = f" {' '.join(reading.tokens[i] for i in idx if i not in aside)} "
    # "Please use my work address for the introduction": the introduction named as what
    # the channel is for is no turn to it.
    told = _without_purposes(told, book)
    # "anrufen geht immer über die Freisprechanlage": "über" before a channel says by
    # what way, not about what.
    told = _without_vias(told, book)
    # "nicht die private, die Frau Wolff eventuell noch hat": who holds the channel
    # ruled out, guessed or not, is no doubt and no question.
    held = _holders(reading, start, end, book)
    if held:
        told = [w for w in told if w not in {reading.tokens[i] for i in held}]
    if any(
        w in book.reach_stops or w.startswith(book.reach_stop_stems) or w in book.never_words
        for w in told
    ) or any(" " in s and f" {s} " in stated for s in book.reach_stops):
        return False
    channel = any(_reach_word(w, book) for w in words) or any(
        f" {visit} " in joined for visit in book.reach_visits
    )
    if "?" in reading.tokens[start : end + 1] and not (
        channel
        and not book.own_subjects.isdisjoint(words)
        and any(joined.startswith(f" {ask} ") for ask in book.reach_asks)
    ):
        # "Could you ask Priya to email me first?" asks how to be reached; "Are we still
        # on for poker Thursday?", "Should he email me or is it a sales pitch?" ask
        # something else.
        return False
    if not channel and not (
        any(_reach_point(w, book) for w in words)
        and any(w in book.reach_selves or w.startswith(book.reach_self_stems) for w in words)
    ):
        return False
    answered: set[int] = set()
    for p in reading.phrases:
        if p.end <= start or p.start >= end:
            continue
        if p.label in ("yes", "neutral", "contrast") or _closing_aside(reading, p):
            # "eso sí" (a contrast) holds no "if", as "no problem" no negation; nor does
            # an aside on the writer's mail habits ("porque el correo casi no lo reviso"),
            # read whole, negate anything of the note.
            answered.update(range(p.start, p.end))
        if p.label == "no" and _channel_refused_after_choice(reading, p, start, book):
            # "aber bitte per Mail, calls mach ich gerade nicht": the refusal rules out
            # the channel its clause names, after another was chosen.
            answered.update(range(p.start, p.end))
        elif p.label == "no" and not (
            (reasons and _reach_clause_holds(reading, p.start, book))
            # "Bitte nicht zwischen 11 und 15 Uhr": the refusal's negator rules out hours;
            # "Mejor no llamar a la centralita antes de las 11" keeps a call to them.
            or (
                book.negates_at(reading, p.end - 1)
                and (
                    _span_ruled_out(reading, p.end - 1, book)
                    or _call_hours_avoided(reading, p.end - 1, book)
                )
            )
            or (
                p.end - p.start == 1
                and (
                    _determiner(reading, p, book)
                    or _determiner_inside(reading, p, book)
                    or _contraction(reading, p.start, book)
                    or _number_abbreviation(reading, p, book)
                    or _channel_over(reading, p.start, book)
                    or _mail_hours(reading, p.start, book)
                )
            )
            # "sasa naendesha siwezi kuandika vizuri": the writer kept off a channel now.
            or _busy_channel(reading, p.end - 1, end, book)
        ):
            return False
        if p.label == "relayed" or (
            p.label == "other"
            and not any(_reach_word(t, book) for t in reading.tokens[p.start : p.end])
        ):
            # "Bitte aber an meine neue Adresse ... schreiben": a new address named as
            # where to write tells how to reach the writer; another matter ("that's me",
            # "I moved") leaves the note.
            return False
        if p.label == "hedge" and not _reach_hedge(reading, p, book) and p.start not in held:
            return False
        if (
            p.text in book.alternatives
            and not _reach_clause_holds(reading, _alternative_clause(reading, p), book)
            and not _free_otherwise(reading, p, book)
        ):
            return False
        if (
            p.label == "contrast"
            and not any(
                _reach_word(t, book) or _reach_point(t, book)
                for t in reading.tokens[p.end : end + 1]
            )
            and not _hour_put_off(reading, p.end, end, book)
            and not _left_to_others(reading, p.end, end, book)
            and not any(
                q.start == _next_word(reading, p.end) and _free_otherwise(reading, q, book)
                for q in reading.phrases
            )
            and not any(
                q.label == "hedge" and p.end <= q.start < end and _reply_in_note(reading, q, book)
                for q in reading.phrases
            )
        ):
            # "I'm free most evenings, but she should know I'm retiring": a turn to
            # anything but how or when to reach the writer leaves the note.
            return False
    said = _said_in_order(reading, start, end, book.refusal_words)
    if said is not None and not (
        # "siwezi kuandika vizuri": a bare inability kept to a channel for now.
        said[0][1] - said[0][0] == 1 and _busy_channel(reading, said[0][0], end, book)
    ):
        return False
    # "pas mal dispo": the "pas" of a filler inside the writer's availability.
    answered.update(
        k
        for p in reading.phrases
        if p.text in book.alternatives and _free_otherwise(reading, p, book)
        for k in _filler_tokens(reading, p.end, book)
    )
    # "si kabla ya saa tatu": the Swahili "not" of a deferral lead, spelt as the French
    # "if", opens no condition.
    deferred = {k for p in reading.phrases if p.label == "deferral" for k in range(p.start, p.end)}
    for i in idx:
        token = reading.tokens[i]
        if (
            token in book.reach_ifs
            and i not in answered
            and i not in deferred
            and not _reach_clause_holds(reading, i, book)
            and not _own_when(reading, i, start, book)
        ):
            return False
        if (
            i in answered
            or not book.negates_at(reading, i)
            or _contraction(reading, i, book)
            or _yes_concord(reading, i, book)
        ):
            # "Estou no mar": the Portuguese "no" ("em" + article) negates nothing, nor
            # does the "ne" of "ça ne pose aucun problème".
            continue
        first, last = _clause_bounds(reading, i, i + 1)
        clause = [t for t in reading.tokens[first:last] if t.strip()]
        if any(_shares(w, book) for w in clause) and not (
            # "Tell him to call after 10 in the morning I don't hear the phone before
            # that": the relay ends where the writer's own negated clause begins.
            (_hour_missed_before(reading, i, last, book) or _busy_channel(reading, i, end, book))
            and not any(
                _shares(w, book)
                for w in reading.tokens[_own_subject(reading, i, first, book) : last]
            )
        ):
            return False
        if not (
            (reasons and _told_why(reading, i, first, last, book))
            or _hours_ruled_out(reading, i, book)
            or _span_ruled_out(reading, i, book)
            or _pickup_refused(reading, i, start, end, book)
            or _channel_over(reading, i, book)
            or _mail_hours(reading, i, book)
            or _turned_to_channel(reading, last, end, book)
            or _channel_chosen_before(reading, start, first, i, last, book)
            or _person_chosen(reading, i, book)
            or _outside_hours(reading, start, first, last, book)
            or (
                _names_own_time(reading, first, last, book)
                and _turned_to_own_time(reading, last, end, book)
            )
            or _reach_lacking(reading, first, last, book)
            or _contact_missed(reading, i, first, book)
            or _time_excepted(reading, start, i, book)
            or _time_avoided(reading, start, end, i, book)
            or _call_hours_avoided(reading, i, book)
            or _exception_told(reading, start, i, first, last, book)
            or _hour_missed_before(reading, i, last, book)
            or _busy_channel(reading, i, end, book)
        ):
            return False
    return True


# How many words after a negator the channel the writer is kept off may stand ("can't
# look at the phone").
_BUSY_REACH = 4


def _busy_channel(reading: Reading, index: int, end: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` tells that the writer cannot use a channel for now,
    and why or when instead: a channel (see ``_reach_word``) stands at most
    ``_BUSY_REACH`` words after it in its clause, with no verb of passing details on
    (reach_shares) and none of the reach_stops in the writer's own clause (from the last
    of the own_subjects before it, see ``_own_subject``); and the writer being busy
    (busy_notes: "driving", "naendesha", "au volant") stands before it in its sentence,
    or a later clause of the note turns to a time of the writer's week (see
    ``_turned_to_own_time``): "sasa naendesha siwezi kuandika vizuri", "I'm on the 16 all
    day and can't look at the phone, only on my break". "I can't call him" names no
    busyness and no time, "I'm driving, I can't meet him" no channel, and "I'm driving
    so I can't call him" names the other (reply_gap_others) after the negator."""
    tokens = reading.tokens
    first, last = _clause_bounds(reading, index, index + 1)
    # The writer's own clause, where a relay runs on into it unpunctuated ("tell the
    # lad to ring me after 7 I'm on the 16 all day and can't look at the phone").
    first = _own_subject(reading, index, first, book)
    clause = [tokens[k] for k in range(first, last) if _is_word(reading, k)]
    if any(_shares(w, book) or w in book.reach_stops for w in clause):
        return False
    after = [k for k in range(index + 1, last) if _is_word(reading, k)][:_BUSY_REACH]
    if not any(_reach_word(tokens[k], book) for k in after) or any(
        # "I'm driving so I can't call him": the writer's contact with the other.
        tokens[k] in book.reply_gap_others
        for k in range(index + 1, last)
    ):
        return False
    if index <= end and _turned_to_own_time(reading, last, end, book):
        return True
    return _busy_before(reading, index, book)


def _own_when(reading: Reading, index: int, start: int, book: PhraseBook) -> bool:
    """Whether the "if" at ``index`` is also a "when" (one of the reply_whens: "wenn")
    that opens a clause of the writer's own whereabouts at the time a call was given,
    earlier in the note from ``start``: the writer its subject (own_subjects) right after
    it, no negator, condition or phrase in the clause but the "when" itself, and a channel
    and an hour (see ``_hour_at``) before it in the note: "soll mich anrufen ab 19 Uhr
    wenn ich auf dem Rasthof stehe" says when the writer can take the call. "wenn ich es
    mir überlegt habe" and "wenn ich nicht fahre" still doubt, and "ruf mich an, wenn
    ich zurück bin" names no hour."""
    tokens = reading.tokens
    if tokens[index] not in book.reply_whens:
        return False
    subject = _next_word(reading, index + 1)
    if subject >= len(tokens) or tokens[subject] not in book.own_subjects:
        return False
    last = _clause_bounds(reading, index, index + 1)[1]
    if any(
        book.negates_at(reading, k) or (k != index and tokens[k] in book.conditionals)
        for k in range(index, last)
        if _is_word(reading, k)
    ) or any(p.start < last and p.end > index and p.start != index for p in reading.phrases):
        return False
    before = range(start, index)
    return any(_reach_word(tokens[k], book) for k in before) and any(
        _hour_at(reading, k, book) for k in before if _is_word(reading, k)
    )


def _channel_refused_after_choice(
    reading: Reading, phrase: Phrase, start: int, book: PhraseBook
) -> bool:
    """Whether a refusal of some words that holds a negator only rules out the channel
    its clause names, after an earlier clause of the note, from ``start``, chose another
    (see ``_channel_chosen_before``), and its clause names no meeting, no introduction
    and no one else: "aber bitte async per mail oder im issue tracker, calls mach ich
    gerade nicht", "mejor por correo, llamadas ahora no". "Email me, I don't want to
    meet him right now" names no channel where it refuses, and "by email, but calls
    and meetings not right now" a meeting: both still count."""
    negators = [k for k in range(phrase.start, phrase.end) if book.negates_at(reading, k)]
    if phrase.end - phrase.start < 2 or not negators:
        return False
    first, last = _clause_bounds(reading, negators[0], negators[0] + 1)
    words = [reading.tokens[k] for k in range(first, last) if _is_word(reading, k)]
    # A call is a channel as much as a meeting: "calls" rules out no meeting here.
    told = f" {' '.join(w for w in words if not _reach_word(w, book))} "
    # An article before the channel ("les appels") names no one, as the pronoun may.
    named = [
        w
        for n, w in enumerate(words)
        if not words[n + 1 : n + 2] or not _reach_word(words[n + 1], book)
    ]
    if (
        not book.reply_gap_others.isdisjoint(named)
        or any(f" {w} " in told for w in book.meeting_words)
        or any(stem in told for stem in book.intro_stems)
    ):
        return False
    return _channel_chosen_before(reading, start, first, phrase.start, last, book)


def _shares(word: str, book: PhraseBook) -> bool:
    """Whether a word is a verb of passing details on (reach_shares: "give", "tell")."""
    return word in book.reach_shares or word.startswith(book.reach_share_stems)


def _own_subject(reading: Reading, index: int, first: int, book: PhraseBook) -> int:
    """Where the writer's own clause around the negator at ``index`` begins: the last of
    the own_subjects before it from ``first``, the start of its clause, or ``first``."""
    return next(
        (k for k in range(index - 1, first - 1, -1) if reading.tokens[k] in book.own_subjects),
        first,
    )


def _hour_missed_before(reading: Reading, index: int, last: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index``, its clause ending at ``last``, tells that the
    writer is out of reach before an hour named earlier in its sentence (a time of the
    writer's week, see ``_reach_point``): the clause closes with one of the hour_backs
    ("before that", "antes de eso") and names the writer (own_subjects, reach_selves) or
    a channel, or opens with the negator (a verb of the first person, its subject
    unsaid): "Tell him to call after 10 in the morning I don't hear the phone before
    that", "Que me llame después de las 10 de la mañana, no oigo el teléfono antes de
    eso". "I'm not sure before that" names neither, and "Call me in March, I'm not free
    before that" no hour of the week."""
    first = _clause_bounds(reading, index, index + 1)[0]
    clause = [reading.tokens[k] for k in range(first, last) if _is_word(reading, k)]
    joined = f" {' '.join(clause)}"
    if not any(joined.endswith(f" {back}") for back in book.hour_backs):
        return False
    before = [reading.tokens[k] for k in range(first, index) if _is_word(reading, k)]
    if before and not any(
        w in book.own_subjects
        or w in book.reach_selves
        or w.startswith(book.reach_self_stems)
        or _reach_word(w, book)
        for w in clause
    ):
        return False
    start = _sentence_start(reading, index)
    return any(_reach_point(reading.tokens[k], book) for k in range(start, index))


# How many words an "if" may stand before the negator of a contact missed ("if Emma
# doesn't"), and a channel or the writer's replying from it ("doesn't hear back", "ne
# m'appelle pas").
_MISSED_REACH = 3


def _contact_missed(reading: Reading, index: int, first: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index``, in the clause from ``first``, negates the verb
    of an "if" (reach_ifs) at most ``_MISSED_REACH`` words before it, with only its
    subject between, and the word after it (the writer as its object aside) is one of
    the reach_words: "so if Emma doesn't hear back within a day or two, it's nothing personal",
    "s'il ne m'appelle pas", "wenn er sich nicht meldet". The contact failing is the
    condition, the note its consequence, read as any note is ("If he doesn't hear back,
    the answer is no" still refuses); "If I don't like him" names no channel, and in
    "if he calls I won't pick up" the negator is no longer the condition's."""
    words = [i for i in range(first, len(reading.tokens)) if _is_word(reading, i)]
    if index not in words:
        return False
    at = words.index(index)
    lead = next(
        (
            k
            for k in range(at - 1, max(-1, at - _MISSED_REACH - 1), -1)
            if reading.tokens[words[k]] in book.reach_ifs
        ),
        None,
    )
    if lead is None or any(_reach_word(reading.tokens[words[k]], book) for k in range(lead, at)):
        return False
    # The negated verb is the contact itself, the writer as its object at most before
    # it ("doesn't hear back", "não me ligar"): "if he doesn't want a call" negates a wish.
    following = words[at + 1 : at + _MISSED_REACH + 1]
    while following and reading.tokens[following[0]] in book.reach_selves:
        following = following[1:]
    if not following or not _reach_word(reading.tokens[following[0]], book):
        return False
    # The condition leads on to its consequence in the sentence ("..., soll er
    # nachhaken", "... he should nudge me"): an "if" that ends its sentence hangs on a
    # main clause before it, which may doubt the other ("Nicht wundern, falls er sich
    # nicht meldet").
    verb = following[0]
    close = _sentence_end(reading, verb)
    return sum(1 for i in range(verb + 1, close) if _is_word(reading, i)) >= 2


def _turned_to_own_time(reading: Reading, last: int, end: int, book: PhraseBook) -> bool:
    """Whether a later clause of the note, from ``last`` to ``end``, turns to a time of
    the writer's week (see ``_reach_point``) with the writer as subject (reach_selves),
    with no negator and no "if": "Não tenho muito tempo durante a semana, mas ao sábado
    de manhã estou sempre na loja". The negation before it tells when the writer is
    hard to reach, and the turn when they are not; "I'm not able to this week" turns to
    nothing, and a date ("not before the 15th") is no time of the week. The negated
    clause must itself tell of the writer's time (see ``_names_own_time``)."""
    idx = [i for i in range(last, end) if _is_word(reading, i)]
    words = [reading.tokens[i] for i in idx]
    return (
        any(_reach_point(w, book) for w in words)
        and any(w in book.reach_selves or w.startswith(book.reach_self_stems) for w in words)
        and not _turn_negated(reading, last, end, book)
        and book.reach_ifs.isdisjoint(words)
    )


def _names_own_time(reading: Reading, first: int, last: int, book: PhraseBook) -> bool:
    """Whether the negated clause from ``first`` to ``last`` tells of the writer's time or
    of being free (reach_capacities) or names a time of the writer's week (see
    ``_reach_point``): "Não tenho muito tempo durante a semana", "I'm not around
    mornings". "Não vale a pena", "I won't do it" tell of no such thing."""
    return any(
        w in book.reach_capacities or _reach_point(w, book)
        for w in reading.tokens[first:last]
        if w.strip()
    )


def _reach_lacking(reading: Reading, first: int, last: int, book: PhraseBook) -> bool:
    """Whether the negated clause from ``first`` to ``last`` tells of the writer's means
    of being reached failing where they are: it names one of the reach_lacks (a
    network, a signal, reception: "a rede lá fora não apanha", "there's no signal out
    there"). Nothing the other could do is refused by it; "I don't want calls" names a
    channel, not a lack."""
    return any(w in book.reach_lacks for w in reading.tokens[first:last] if w.strip())


def _reach_hedge(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a hedge may stand in a note on reaching the writer: an "if" or an
    "otherwise", or a hedge that opens with an "if" ("si le pasás mi mail": each clause
    is read for a channel), the writer's own time ("I may be slow to respond"), a
    channel ruled out ("no calls please") or preferred ("Best time to call",
    "slot_fits"), or a hedge that itself names a channel ("email me first", "en
    copia"), or one before a time of the writer's week ("not before 2 in the
    afternoon"), or a time word waiting for the other's address (see
    ``reply_address_times``); a doubt of the writer ("I'm in two minds", "ich bin in Sorge") or a
    condition on anything else ("but only") is none."""
    return (
        phrase.text in book.reach_ifs
        or phrase.text.split()[0] in book.reach_ifs
        or phrase.text in book.alternatives
        or phrase.text in book.own_timings
        or phrase.text in book.channel_limits
        or phrase.text in book.slot_fits
        or any(_reach_word(t, book) for t in reading.tokens[phrase.start : phrase.end])
        or _point_after(reading, phrase, book)
        or _hour_pointed_back(reading, phrase, book)
        or _reply_in_note(reading, phrase, book)
        # "Yo le escribo primero en cuanto tenga su correo": the writer's first message
        # waits for the address the introduction sends.
        or waits_for_address(reading, phrase, book)
        # A bare "no" that chooses whom to ask for ("pregunte por Rosa, no por mi hermana").
        or (phrase.end - phrase.start == 1 and _person_chosen(reading, phrase.start, book))
        or _delegate_called(reading, phrase, book)
    )


# How many words may stand between a channel and the assistant it reaches ("llamar a",
# "ligar para a").
_DELEGATE_GAP = 2


def _delegate_called(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a hedge is one of the delegates named as whom to call or write: a channel
    (see ``_reach_word``) stands right before it, ``_DELEGATE_GAP`` words between at most
    ("if she rang my secretary", "llamar a mi secretaria", "ligar para a minha
    secretária"), or closes its clause, as German puts its verb last ("wenn sie meine
    Sekretärin unter 0221 478 8130 anruft"). The assistant is a way to reach the
    writer, no one who decides: "my secretary will decide" and "once my PA confirms"
    name no channel, and still doubt."""
    if phrase.text not in book.delegates:
        return False
    tokens = reading.tokens
    before = [
        k
        for k in range(_sentence_start(reading, phrase.start), phrase.start)
        if _is_word(reading, k)
    ]
    last = _clause_bounds(reading, phrase.start, phrase.end)[1]
    closing = [k for k in range(phrase.end, last) if _is_word(reading, k)][-1:]
    return any(_reach_word(tokens[k], book) for k in before[-(_DELEGATE_GAP + 1) :]) or any(
        _reach_word(tokens[k], book) for k in closing
    )


def _hour_pointed_back(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a hedge is one of the hour_backs ("before that", "avant ça", "antes de
    eso") closing its clause, pointing back to a time of the writer's week (see
    ``_reach_point``) told before it in its sentence: "Tell him to call after 10 in the
    morning, I don't hear the phone before that". When to call, not a wait: "I need to
    check with my wife before that" names no hour, and "Call me in March, not before
    that" a month."""
    if phrase.text not in book.hour_backs:
        return False
    after = _next_word(reading, phrase.end)
    if after < len(reading.tokens) and not reading.breaks[after]:
        return False
    start = _sentence_start(reading, phrase.start)
    return any(_reach_point(t, book) for t in reading.tokens[start : phrase.start])


def _without_purposes(words: list[str], book: PhraseBook) -> list[str]:
    """``words`` without each of the reach_purposes said in a row ("for the
    introduction", "für die Vorstellung", "pour la mise en relation")."""
    out = list(words)
    for purpose in book.reach_purposes:
        size = len(purpose)
        at = 0
        while at + size <= len(out):
            if tuple(out[at : at + size]) == purpose:
                del out[at : at + size]
            else:
                at += 1
    return out


# How many words (an article, a possessive) may stand between a word of the way and the
# channel it names ("über die Freisprechanlage", "über mein Handy").
_VIA_GAP = 1


def _without_vias(words: list[str], book: PhraseBook) -> list[str]:
    """``words`` without each of the reach_vias that names the way a channel goes, one
    of the reach_words right after it or ``_VIA_GAP`` words later ("über WhatsApp",
    "über die Freisprechanlage"): the German "über" is "about" too, a topic among the
    reach_stops ("nur über das Projekt"), and stays one before anything else."""
    return [
        w
        for k, w in enumerate(words)
        if w not in book.reach_vias
        or not any(_reach_word(v, book) for v in words[k + 1 : k + 2 + _VIA_GAP])
    ]


def _holders(reading: Reading, start: int, end: int, book: PhraseBook) -> frozenset[int]:
    """The tokens, from ``start`` to ``end``, of each relative clause (opened by one of
    the channel_relatives: "which", "die", "que") right after a channel ruled out by the
    negator that opens the clause before it (see ``_channel_over``), which tells who
    holds that channel: "Bitte meine dienstliche Adresse verwenden, nicht die private,
    die Frau Wolff eventuell noch hat", "not my private one, which Anna may still have".
    Its only phrases are neutral ones and guesses (channel_guesses: "may", "eventuell",
    "peut-être"), and it holds no negator and none of the conditionals: it doubts
    nothing of the yes. "not the private one, which I may stop using if he is pushy"
    and "..., which I may not want to share" still doubt."""
    out: set[int] = set()
    for first in range(start + 1, end):
        token = reading.tokens[first]
        # An elided relative is written onto the word after it ("qu'Anne").
        if reading.tokens[first - 1] != "," or not (
            token in book.channel_relatives
            or any(token.startswith(r) for r in book.channel_relatives if r.endswith("'"))
        ):
            continue
        _, last = _clause_bounds(reading, first, first + 1)
        words = [i for i in range(first, min(last, end)) if _is_word(reading, i)]
        if (
            any(book.negates_at(reading, i) for i in words)
            or any(reading.tokens[i] in book.conditionals for i in words)
            or any(
                first <= q.start < last
                and q.label != "neutral"
                and not (q.label == "hedge" and q.text in book.channel_guesses)
                for q in reading.phrases
            )
        ):
            continue
        ahead, _ = _clause_bounds(reading, first - 1, first - 1)
        negator = next((i for i in range(ahead, first - 1) if _is_word(reading, i)), None)
        if (
            negator is not None
            and _sentence_start(reading, negator) <= ahead
            and book.negates_at(reading, negator)
            and _channel_over(reading, negator, book)
        ):
            out.update(range(first, last))
    return frozenset(out)


def _reply_in_note(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a hedge is the writer's replying (one of the own_replies, whole: "le
    contesto") told after a channel in its sentence, with no time, date, condition or
    channel after it in its clause: "mejor por WhatsApp que por correo, le contesto más
    rápido", "que me escriba sin problema, le contesto entre ensayo y ensayo". How the
    writer answers on that channel; "Escríbame y le contesto mañana" and "le contesto
    si puedo" still put the answer off or doubt it."""
    words = tuple(t for t in reading.tokens[phrase.start : phrase.end] if t.strip())
    if not words or words not in book.own_replies.get(words[0], ()):
        return False
    start = _sentence_start(reading, phrase.start)
    if not any(_reach_word(t, book) for t in reading.tokens[start : phrase.start]):
        return False
    last = _clause_bounds(reading, phrase.start, phrase.end)[1]
    after = [t for t in reading.tokens[phrase.end : last] if t.strip()]

    def timed(k: int) -> bool:
        # A time's filler ("más" in "más tarde") times only with a time after it: "más
        # rápido" names none.
        return _time_word(after[k], book) and (
            k + 1 == len(after)
            or _time_word(after[k + 1], book)
            or _reach_point(after[k + 1], book)
        )

    return not any(
        timed(k)
        or _is_date(t, book)
        or _reach_point(t, book)
        or _reach_word(t, book)
        or t in book.reach_ifs
        or t in book.conditionals
        or t in book.reply_whens
        or t.startswith(book.reply_when_stems)
        for k, t in enumerate(after)
    )


def _hours_ruled_out(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` rules out hours: it stands in a phrase that puts
    off ("not before", "pas avant", "nicht vor") and a time of the writer's week follows
    it in its clause ("please not before 2 in the afternoon", "m'appeler pas avant
    11h"); "ne serai joignable que dès le 12" names a date."""
    phrase = next(
        (
            p
            for p in reading.phrases
            if p.start <= index < p.end and p.label in ("deferral", "hedge")
        ),
        None,
    )
    return phrase is not None and _point_after(reading, phrase, book)


# The most an hour said in figures may be ("zwischen 11 und 15 Uhr").
_LAST_HOUR = 24


def _hour_at(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the word at ``index`` says an hour or a time of the writer's week: one of
    the hour_words, a number no greater than ``_LAST_HOUR``, or a time (see
    ``_reach_point``: "3pm", "11h", "Montag")."""
    token = reading.tokens[index]
    return (
        _reach_point(token, book)
        or token in book.hour_words
        or (token.isdigit() and len(token) <= 2 and int(token) <= _LAST_HOUR)
    )


def _span_ruled_out(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` rules out a span of the writer's hours: one of
    the reach_ranges follows it ("between", "zwischen", "entre"), then two hours (see
    ``_hour_at``; time_articles and clock_words may stand before each: "entre as 11 e
    as 15h") joined by one of the joiners, and the span is told as hours: one end is a
    time of the week or a clock word follows it ("11am and 3pm", "11 und 15 Uhr"), or
    the second hour closes its clause or a channel follows it ("not between 11 and 3,
    that's service", "not between 11 and 3 calls"). "nicht zwischen 11 und 15 Uhr
    anrufen" says when to call, as "nicht vor 15 Uhr" does; "not between 1 and 2 weeks"
    names no hours, and "not between now and March" puts the yes off."""
    words = [k for k in range(index + 1, len(reading.tokens)) if _is_word(reading, k)]
    last = _clause_bounds(reading, index, index + 1)[1]
    words = [k for k in words if k < last]
    if not words or reading.tokens[words[0]] not in book.reach_ranges:
        return False
    fillers = book.time_articles | book.clock_words
    at = 1

    def hour() -> int | None:
        nonlocal at
        while at < len(words) and reading.tokens[words[at]] in fillers:
            at += 1
        if at >= len(words) or not _hour_at(reading, words[at], book):
            return None
        at += 1
        return words[at - 1]

    first = hour()
    if first is None or at >= len(words) or reading.tokens[words[at]] not in book.joiners:
        return False
    at += 1
    second = hour()
    if second is None:
        return False
    told = any(_reach_point(reading.tokens[k], book) for k in (first, second))
    if at >= len(words):
        return True
    after = reading.tokens[words[at]]
    return (
        told or after in book.clock_words or _reach_point(after, book) or _reach_word(after, book)
    )


# How many words after the negator the writer's taking a call may stand ("don't pick",
# "geh nicht ran", "won't even pick").
_PICKUP_REACH = 2


def _pickup_refused(reading: Reading, index: int, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` only tells that the writer does not take calls at
    the hours the note names: one of the reach_pickups follows it closely in its clause
    ("ich geh nicht ran", "I won't pick up", "je ne décroche pas", "no contesto", "não
    atendo"), the writer is its subject (own_subjects, reach_selves) or the clause opens
    with it (a verb of the first person, its subject unsaid) and the note, from
    ``start`` to ``end``, names a time of the writer's week outside that clause: "nicht
    zwischen 11 und 15 Uhr anrufen, da ist Lunch Service und ich geh nicht ran". A note
    naming no hours ("Sure. I won't pick up.") is none, and "I won't pick up his calls"
    goes on to a channel of the other's, not the writer's hours."""
    first, last = _clause_bounds(reading, index, index + 1)
    after = [k for k in range(index + 1, last) if _is_word(reading, k)]
    before = [reading.tokens[k] for k in range(first, index) if _is_word(reading, k)]
    pickup = next(
        (n for n, k in enumerate(after[:_PICKUP_REACH]) if reading.tokens[k] in book.reach_pickups),
        None,
    )
    if pickup is None or len(after) > pickup + 2:
        return False
    # The writer is its subject, or the clause opens with the negator, as a verb of the
    # first person needs no subject ("no contesto", "não atendo").
    if before and not any(w in book.own_subjects or w in book.reach_selves for w in before):
        return False
    return any(
        _reach_point(reading.tokens[k], book)
        for k in range(start, end)
        if not first <= k < last and _is_word(reading, k)
    )


def _time_excepted(reading: Reading, start: int, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` rules out one time of the writer's week (see
    ``_reach_point``: a weekday, a part of the day) from the hours the note gave before
    it, from ``start``, with no negator (a time of the week, or a number beside one of
    the clock_words: "after 2 PM", "a las 3"). The time stands right after the negator,
    or after one of the time_articles: "Best time to call is after 2 PM but not
    Thursday", "am besten nachmittags anrufen, aber nicht montags", "mejor por la tarde,
    pero no el viernes" tell when to call. Nothing given before ("Yes, but not
    Thursday") leaves the exception a restriction on the yes, and "not this month" names
    no time of the week."""
    after = _next_word(reading, index + 1)
    if after < len(reading.tokens) and reading.tokens[after] in book.time_articles:
        after = _next_word(reading, after + 1)
    if after >= len(reading.tokens) or not _reach_point(reading.tokens[after], book):
        return False
    before = [k for k in range(start, index) if _is_word(reading, k)]
    given = [
        reading.tokens[k] in book.clock_words and any(ch.isdigit() for ch in reading.tokens[n])
        for k, n in pairwise(before)
    ] + [
        any(ch.isdigit() for ch in reading.tokens[k]) and reading.tokens[n] in book.clock_words
        for k, n in pairwise(before)
    ]
    return (any(given) or any(_reach_point(reading.tokens[k], book) for k in before)) and not any(
        book.negates_at(reading, k) for k in before
    )


# How many of the point_preps may stand between a negator and the time it rules out
# ("not on a Wednesday").
_POINT_PREPS = 2


def _time_avoided(reading: Reading, start: int, end: int, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index``, in the note from ``start`` to ``end`` that names
    a channel (see ``_reach_word``), rules out a time of the writer's week (see
    ``_reach_point``) as the one to avoid: one of the avoid_time_leads ends right before
    it ("best", "ideally", "am besten", "de préférence", "preferiblemente", "de
    preferência") and the time stands right after it, ``_POINT_PREPS`` of the point_preps
    between at most. "er soll sich einfach melden - am besten nicht am Mittwoch", "Tell
    him to call me, ideally not on a Wednesday" tell when to call; "best not this month"
    names no time of the week, "Yes, but not Thursday" avoids nothing and "Best not on
    Wednesdays" names no channel: they restrict the yes."""
    tokens = reading.tokens
    if not any(_reach_word(tokens[k], book) for k in range(start, end)):
        return False
    before = tuple(tokens[k] for k in range(max(0, index - 3), index) if _is_word(reading, k))
    if not any(lead and before[-len(lead) :] == lead for lead in book.avoid_time_leads):
        return False
    after = _next_word(reading, index + 1)
    for _ in range(_POINT_PREPS):
        if after < len(tokens) and tokens[after] in book.point_preps:
            after = _next_word(reading, after + 1)
    return after < len(tokens) and _reach_point(tokens[after], book)


# How many words may stand between a negator and the channel it keeps to hours ("not to
# ring"), and between the channel and the bound ("ring the main line before").
_CALL_LEAD = 2
_CALL_OBJECT = 4


def _call_hours_avoided(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` keeps a call to the writer's hours: in its clause,
    a channel (see ``_reach_word``) stands at most ``_CALL_LEAD`` words after it, then at
    most ``_CALL_OBJECT`` words naming what to call, then one of the call_bounds
    ("before", "after", "avant", "antes de", "vor", "depois de") and an hour (see
    ``_hour_at``; hour_articles may stand before it: "antes de las 11"), no date after
    the hour ("before 11 March", "before 11 days"): "Best not to ring the main line
    before 11", "Mejor no llamar a la centralita antes de las 11", "Melhor não ligar para
    o número geral antes das 11". It says when to call, not when the introduction may
    go ahead; "Best not to ring before March" names a month, and "Best not to meet him
    before 11" no channel. No phrase but neutral ones and asides, and none of the
    meeting_words or intro_stems in what is called."""
    tokens = reading.tokens
    last = _clause_bounds(reading, index, index + 1)[1]
    words = [k for k in range(index + 1, last) if _is_word(reading, k)]
    channel = next(
        (n for n, k in enumerate(words[: _CALL_LEAD + 1]) if _reach_word(tokens[k], book)), None
    )
    if channel is None:
        return False
    rest = tuple(tokens[k] for k in words[channel + 1 :])
    for n in range(min(_CALL_OBJECT, len(rest)) + 1):
        size = max((len(b) for b in book.call_bounds if rest[n : n + len(b)] == b), default=0)
        if not size:
            continue
        at = n + size
        while at < len(rest) and rest[at] in book.hour_articles:
            at += 1
        if at >= len(rest):
            return False
        hour = words[channel + 1 + at]
        following = rest[at + 1 : at + 2]
        # The channel itself may be a meeting word ("llamar"); what is called may not.
        stretch = " ".join(rest[:n])
        return (
            _hour_at(reading, hour, book)
            and not any(_is_date(w, book) for w in following)
            # The bound may be read as a deferral ("after 8"): the hour is its date.
            and not any(
                p.label not in ("neutral", "aside")
                and index < p.start < hour
                and not (p.label == "deferral" and p.start == words[channel + 1 + n])
                for p in reading.phrases
            )
            and not any(f" {w} " in f" {stretch} " for w in book.meeting_words)
            and not any(stem in stretch for stem in book.intro_stems)
        )
    return False


def _exception_told(
    reading: Reading, start: int, index: int, first: int, last: int, book: PhraseBook
) -> bool:
    """Whether the negator at ``index``, in its clause from ``first`` to ``last``, tells
    why the writer is away at a time of the week the note excepted before it, from
    ``start`` (one of the time_exceptions right before a time of the week, one of the
    time_articles between at most): "I am at the farm every day except Friday, that is
    our funeral day so we don't go to farm", "tous les jours sauf le vendredi, c'est le
    jour des funérailles, on ne va pas au champ". The clause has the writer as its
    subject (own_subjects, or exception_subjects: "on", "a gente") before the negator
    and names no meeting, no introduction, no wish, no channel and no passing on of
    details: "except Friday, so I don't want to meet him" and "except Friday, he
    shouldn't call" still count."""
    excepted = False
    for k in range(start, first):
        if reading.tokens[k] not in book.time_exceptions:
            continue
        after = _next_word(reading, k + 1)
        if after < first and reading.tokens[after] in book.time_articles:
            after = _next_word(reading, after + 1)
        if after < first and _reach_point(reading.tokens[after], book):
            excepted = True
    if not excepted:
        return False
    words = [reading.tokens[k] for k in range(first, last) if _is_word(reading, k)]
    before = [reading.tokens[k] for k in range(first, index) if _is_word(reading, k)]
    joined = f" {' '.join(before)} "
    if book.own_subjects.isdisjoint(before) and not any(
        f" {s} " in joined for s in book.exception_subjects
    ):
        return False
    told = f" {' '.join(words)} "
    return not (
        any(f" {w} " in told for w in (*book.meeting_words, *book.wish_words))
        or any(stem in told for stem in book.intro_stems)
        or any(_reach_word(w, book) or _shares(w, book) for w in words)
    )


# How many words may follow a leave to the others to its clause's end ("let you guys
# sort" + "that out").
_LEAVE_TAIL = 2


def _left_to_others(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the clause of a note that a contrast turns to, from ``start`` up to
    ``end``, only leaves the choice of channel to the others (reach_leaves): "Texting is
    faster but I'll let you guys sort that out", "mais je vous laisse voir". The writer
    prefers, and yields; nothing is restricted."""
    last = start
    while last < end and not reading.breaks[last]:
        last += 1
    words = [t for t in reading.tokens[start:last] if t.strip()]
    # The leave closes the clause, a few words after it at most ("sort that out"):
    # "it's up to you whether we meet at all" leaves the meeting open, no channel.
    for size in range(1, len(words) + 1):
        for at in range(max(0, len(words) - size - _LEAVE_TAIL), len(words) - size + 1):
            if " ".join(words[at : at + size]) in book.reach_leaves:
                return True
    return False


def _mail_hours(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` tells when the writer reads mail or takes calls:
    in its clause a channel (see ``_reach_word``) is named (or before it, after an "if":
    "if she rings dont expect anything before 2pm"), then one of the reach_tills after it with a
    time of the writer's week (see ``_reach_point``) after that: "y no veo el correo
    hasta medianoche", "I don't check email until the evening". Nothing is refused;
    "not until the 20th" names no channel and a day of the month, and puts the yes
    off."""
    first = _clause_bounds(reading, index, index + 1)[0]
    before = reading.tokens[first:index]
    # The channel before the negator is the contact an "if" names: "Email me but I
    # can't meet before Monday" still puts the meeting off.
    channel = any(
        _reach_word(t, book) and not book.reach_ifs.isdisjoint(before[:k])
        for k, t in enumerate(before)
    )
    till = False
    i = index + 1
    while i < len(reading.tokens) and not reading.breaks[i]:
        token = reading.tokens[i]
        if till and _reach_point(token, book):
            return True
        if channel and token in book.reach_tills:
            till = True
        channel = channel or _reach_word(token, book)
        i += 1
    return False


def _point_after(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a time of the writer's week (see ``_reach_point``) follows a phrase in its
    clause: "not before 2 in the afternoon", "after 10pm", or an hour said in a word
    right after it (see ``_hour_word_after``: "not before ten")."""
    i = phrase.end
    while i < len(reading.tokens) and not reading.breaks[i]:
        if _reach_point(reading.tokens[i], book):
            return True
        i += 1
    return _hour_word_after(reading, phrase.end, book)


def _hour_put_off(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether a phrase that puts off, from ``start`` to ``end``, has an hour said in a
    word after it ("though: 0131 496 0772, not before ten.")."""
    return any(
        p.label in ("deferral", "hedge")
        and start <= p.start < end
        and _hour_word_after(reading, p.end, book)
        for p in reading.phrases
    )


def _hour_word_after(reading: Reading, at: int, book: PhraseBook) -> bool:
    """Whether the words from ``at`` to the end of their clause say an hour (see
    ``_spoken_hour``: "0131 496 0772, not before ten.", "aber ned vor neune", "pero no
    antes de las 9"). A day of the month takes an article or an ending ("not before the
    tenth", "the 10th"), and a word after the number makes it a count ("not before ten
    days")."""
    return _spoken_hour(reading, at, book)


# How many words may follow the negator of "and not" to its clause's end, where the
# other channel is named: "e não pelo do tribunal".
_OTHER_CHANNEL_WORDS = 4


def _channel_over(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` chooses one channel over another: a word of the
    reach_words right before it and right after it ("Best on mobile not email"), or one
    of the joiners right before it, a word of the reach_words earlier in its clause,
    and after it to the clause's end a few words (``_OTHER_CHANNEL_WORDS``) that name
    no date, no time and nothing that answers, doubts or asks: "por este endereço
    pessoal e não pelo do tribunal", "at my home address and not the office one". The
    negator may also open its clause after a comma, the clause before it in its sentence
    naming the channel and negating nothing: "please use my work address, not the
    private one". "by email and not before March" and "email me, not now" put the yes
    off."""
    words = [i for i in range(len(reading.tokens)) if _is_word(reading, i)]
    at = words.index(index) if index in words else -1
    if not 0 < at < len(words) - 1:
        return False
    if _reach_word(reading.tokens[words[at - 1]], book) and _reach_word(
        reading.tokens[words[at + 1]], book
    ):
        return True
    first, last = _clause_bounds(reading, index, index + 1)
    if reading.tokens[words[at - 1]] in book.joiners:
        before = reading.tokens[first : words[at - 1]]
    elif first == index and first > 0 and reading.tokens[first - 1] == ",":
        # "Bitte meine dienstliche Adresse verwenden, nicht die private": the negator
        # opens the clause after a comma, the channel chosen in the clause before it,
        # which negates nothing; an aside in brackets may close that clause ("(also
        # diese hier)").
        close = first - 1
        if close > 0 and reading.tokens[close - 1] == ")":
            opening = next(
                (k for k in range(close - 2, -1, -1) if reading.tokens[k] in ("(", ")")), -1
            )
            if opening < 0 or reading.tokens[opening] != "(":
                return False
            close = opening
        ahead, _ = _clause_bounds(reading, close, close)
        before = reading.tokens[ahead:close]
        ruled = [reading.tokens[k] for k in range(index + 1, last) if _is_word(reading, k)]
        told = f" {' '.join(ruled)} "
        if (
            _sentence_start(reading, close) > ahead
            or any(book.negates_at(reading, k) for k in range(ahead, first - 1))
            # "A call, not a meeting with her": the meeting or the other ruled out.
            or not book.reply_gap_others.isdisjoint(ruled)
            or any(f" {w} " in told for w in book.meeting_words)
            or any(stem in told for stem in book.intro_stems)
        ):
            return False
    else:
        return False
    after = [i for i in range(index + 1, last) if _is_word(reading, i)]
    return (
        any(_reach_word(t, book) for t in before)
        and 0 < len(after) <= _OTHER_CHANNEL_WORDS
        and not any(
            _is_date(reading.tokens[i], book)
            or _reach_point(reading.tokens[i], book)
            or any(ch.isdigit() for ch in reading.tokens[i])
            for i in after
        )
        and not any(p.label != "neutral" and index < p.start < last for p in reading.phrases)
    )


def _turned_to_channel(reading: Reading, last: int, end: int, book: PhraseBook) -> bool:
    """Whether a later clause of the note, from ``last`` to ``end``, turns to a channel
    that suits the writer: it names one of the reach_words, and holds no negator (see
    ``_turn_negated``) and no "if" ("I can't take calls during hearings, so late
    afternoons or a short email exchange would suit me best"); "Not a call, though."
    turns to nothing, and "I'm not around if he wants a call" refuses the call."""
    words = [reading.tokens[i] for i in range(last, end) if _is_word(reading, i)]
    return (
        any(_reach_word(w, book) for w in words)
        and not _turn_negated(reading, last, end, book)
        and book.reach_ifs.isdisjoint(words)
    )


def _channel_chosen_before(
    reading: Reading, start: int, first: int, index: int, last: int, book: PhraseBook
) -> bool:
    """Whether the negator at ``index`` rules out a channel after another was chosen: its
    clause (``first`` to ``last``) names a channel (see ``_reach_word``) and none of the
    reach_tills, no number and no phrase but neutral ones and contrasts, and an
    earlier clause of the note, from ``start``, names one with no negator and no "if"
    ("Best to ring the house phone in the evening, he doesn't really do email",
    "Mejor por WhatsApp, el correo no lo miro"). The note chooses one channel over the
    other, as "Best on mobile not email" does; one of the channel_ones opening the clause,
    the negator right after it, names the channel too ("Best address is orders@..., that
    one gets checked every morning, this one not so much"; "esta semana no" does not).
    "Ring me, I don't want to meet" names no channel in its clause, "Ring me, I don't do
    email before March" a date, and "I don't do email" alone chooses nothing."""
    words = [k for k in range(first, last) if _is_word(reading, k)]
    clause = [reading.tokens[k] for k in words]
    # "this one not so much": the clause may name the channel by a pronoun opening it,
    # the negator right after it ("esta semana no" names a week, no channel).
    pointed = bool(clause) and any(
        tuple(clause[: len(one)]) == one and len(words) > len(one) and words[len(one)] == index
        for one in book.channel_ones.get(clause[0], ())
    )
    if first <= start or not (pointed or any(_reach_word(t, book) for t in clause)):
        return False
    if any(t in book.reach_tills or any(ch.isdigit() for ch in t) for t in clause) or any(
        p.label not in ("neutral", "contrast") and first <= p.start < last and p.start != index
        for p in reading.phrases
    ):
        # "I don't do email before March" puts a channel off, no choice ("in December"
        # is a deferral phrase).
        return False
    return _turned_to_channel(reading, start, first, book)


def _outside_hours(reading: Reading, start: int, first: int, last: int, book: PhraseBook) -> bool:
    """Whether a negated clause of the note, from ``first`` to ``last``, tells that the
    writer cannot be reached outside the hours the note gave: it opens with one of the
    alternatives ("otherwise", "sonst", "sinon") and names a channel (see
    ``_reach_word``), and none of the reach_tills, no number and no phrase but the
    alternative, and an earlier clause of the note, from ``start``, names a time of the
    writer's week (see ``_reach_point``) with no negator ("Am besten erreichen Sie mich
    zwischen 13 und 14:30 Uhr, sonst komme ich nicht ans Telefon", "best between 1 and
    2:30, otherwise I don't get to the phone"). "Call me at 2, otherwise I won't meet
    him" refuses ("I won't"), and "otherwise I'm not interested" names no channel."""
    words = [k for k in range(first, last) if _is_word(reading, k)]
    if first <= start or not words:
        return False
    opening = next((p for p in reading.phrases if p.start == words[0]), None)
    if opening is None or opening.text not in book.alternatives:
        return False
    clause = [reading.tokens[k] for k in words]
    if (
        not any(_reach_word(t, book) for t in clause)
        or any(t in book.reach_tills or any(ch.isdigit() for ch in t) for t in clause)
        or any(p is not opening and first <= p.start < last for p in reading.phrases)
    ):
        return False
    before = [k for k in range(start, first) if _is_word(reading, k)]
    return any(_reach_point(reading.tokens[k], book) for k in before) and not any(
        book.negates_at(reading, k) for k in before
    )


# How many words may name the one to ask for ("Raj", "Mrs Baird") and the writer's own
# they are chosen over ("my brother", "my business partner").
_PERSON_WORDS = 3
# How many words may name someone else at the writer's door, chosen over for the writer
# ("not the lad on the till").
_OTHER_WORDS = 6


def _person_chosen(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` chooses whom to ask for over one of the writer's
    own: a clause opens with one of the person_asks ("ask for", "demandez", "pregunte
    por", "fragen Sie nach", "pergunte por", "ulizia"), a few plain words after it name
    the one to ask for, and the negator follows them, in that clause or after a comma,
    with a few plain words after it to the sentence's end, one of them one of the
    own_possessives ("best to just pop in, ask for Raj not my brother", "preguntad por
    Rosa, no por mi hermana"); a joiner may open the clause before the lead ("pop in and
    ask for Raj"). When the one to ask for is the writer alone (asked_selves: "me",
    "moi", "mí", "mich", "mim"), a few more plain words after the negator may name anyone
    else there ("come in any morning and ask for me, not the lad on the till"). Who to
    ask for at the writer's door, no refusal; "Ask my boss, not me" names no one of the
    writer's after the negator, "ask for Raj, not my brother, he isn't keen" goes on,
    and a phrase or a negator in the name keeps it a negation. Swahili lists no
    own_possessives, so only the writer asked for is read so there."""
    tokens = reading.tokens
    start = _sentence_start(reading, index)
    end = _sentence_end(reading, index)
    after = [k for k in range(index + 1, end) if _is_word(reading, k)]
    words = [tokens[k] for k in after]
    if words[:1] and words[0] in book.person_ask_links:
        words, after = words[1:], after[1:]
    if not 2 <= len(words) <= _OTHER_WORDS or any(
        book.negates_at(reading, k) or _in_phrase(reading, k) for k in after
    ):
        return False
    # The one chosen over is the writer's own ("not my brother"), or, when the writer is
    # the one to ask for ("ask for me"), anyone else at the door ("not the lad on the
    # till").
    owned = len(words) <= _PERSON_WORDS and not book.own_possessives.isdisjoint(words)
    before = [k for k in range(start, index) if _is_word(reading, k)]
    for n in range(len(before)):
        lead = before[n]
        # The lead opens its clause, or follows a joiner: "pop in and ask for Raj".
        if not (lead == start or reading.breaks[lead - 1]) and not (
            n and tokens[before[n - 1]] in book.joiners
        ):
            continue
        said = tuple(tokens[k] for k in before[n:])
        for ask in book.person_asks.get(said[0], ()):
            name = before[n + len(ask) :]
            if (
                said[: len(ask)] == ask
                and 1 <= len(name) <= _PERSON_WORDS
                and not any(book.negates_at(reading, k) or _in_phrase(reading, k) for k in name)
                and (owned or (len(name) == 1 and tokens[name[0]] in book.asked_selves))
            ):
                return True
    return False


def _in_phrase(reading: Reading, index: int) -> bool:
    """Whether a token stands inside a phrase but a neutral one."""
    return any(p.start <= index < p.end and p.label != "neutral" for p in reading.phrases)


def _turn_negated(reading: Reading, last: int, end: int, book: PhraseBook) -> bool:
    """Whether a negator stands from ``last`` to ``end`` that negates something: none
    inside a yes phrase ("no problem"), none that is the concord of one in its clause,
    a yes that opens with a negator ("ça ne pose aucun problème", "no me supone ningún
    problema"), and no Portuguese contraction ("no escritório")."""
    for i in range(last, end):
        if not _is_word(reading, i) or not book.is_negator(reading.tokens[i]):
            continue
        if _contraction(reading, i, book) or _yes_concord(reading, i, book):
            continue
        return True
    return False


def _yes_concord(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` is inside a yes that opens with a negator ("aucun
    problème", "ningún problema") or the concord of one after it in its clause ("ça ne
    pose aucun problème"): a yes, no negation."""
    last = _clause_bounds(reading, index, index + 1)[1]
    return any(
        p.label == "yes"
        and book.is_negator(reading.tokens[p.start])
        and (p.start <= index < p.end or index < p.start < last)
        for p in reading.phrases
    )


def _time_guess(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether the likelihood hedge ``phrase`` guesses a time or a way to talk: a yes
    before it, and its clause names a month, a day or a date ("early December is likely",
    "wahrscheinlich Anfang Dezember"), a time of the day or week (recurring_times) or a
    format of the talk (meeting_formats: "probablement un call le soir", "probably a call
    in the evening") and holds no other phrase but neutral ones and no negator ("probably
    not before December", "likely, but only in December" doubt). Such a guess bears on
    how or when the two will talk, not on whether."""
    first, last = _clause_bounds(reading, phrase.start, phrase.end)
    if not any(p.label == "yes" and p.end <= first for p in reading.phrases):
        return False
    clause = [i for i in range(first, last) if reading.tokens[i].strip()]
    guessed = [i for i in clause if not phrase.start <= i < phrase.end]
    if not (
        any(
            _is_date(reading.tokens[i], book) or reading.tokens[i] in book.recurring_times
            for i in guessed
        )
        or _names_format(reading, guessed, book)
    ):
        return False
    if _turn_negated(reading, first, last, book):
        return False
    # "no início de dezembro": a Portuguese contraction is no refusal.
    return not any(
        p is not phrase
        and p.label != "neutral"
        and first <= p.start < last
        and not (p.end - p.start == 1 and _contraction(reading, p.start, book))
        and not (p.label == "deferral" and _times_of_day_after(reading, p, book))
        for p in reading.phrases
    )


def _names_format(reading: Reading, indexes: list[int], book: PhraseBook) -> bool:
    """Whether the words at ``indexes``, in order, hold one of the meeting_formats
    whole ("call", "phone call", "ana kwa ana")."""
    words = tuple(reading.tokens[i] for i in indexes)
    return any(words[k : k + len(f)] == f for f in book.meeting_formats for k in range(len(words)))


def _times_of_day_after(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a deferral lead of one word only opens a time of the day after it, an
    article at most between ("in the evening"): when the talk falls, nothing put off."""
    if phrase.end - phrase.start != 1:
        return False
    at = _next_word(reading, phrase.end)
    if at < len(reading.tokens) and reading.tokens[at] in book.thing_determiners:
        at = _next_word(reading, at + 1)
    return at < len(reading.tokens) and reading.tokens[at] in book.recurring_times
