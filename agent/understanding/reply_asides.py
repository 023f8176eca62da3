"""What a whole mail says to others beside its answer: notes and addressed asides.

Read by classify_reply before the answer: a paragraph to someone copied in that only
asks them to book the meeting, and sentences addressed by name to someone else on other
business, which are set aside.
"""

from __future__ import annotations

import re

from agent.message import ParsedMessage
from agent.understanding.reply_names import asked_about
from agent.understanding.reply_negation import _contraction
from agent.understanding.reply_offers import _logistics
from agent.understanding.reply_phrases import PhraseBook, Reading, normalise, phrase_book
from agent.understanding.reply_reasons import reason_words
from agent.understanding.reply_words import (
    _PARAGRAPHS,
    _PUNCTUATION,
    _holds,
    _holds_gapped,
    _is_date,
    _is_word,
    _sentence_end,
)

# What follows the name that opens a note to someone ("Ravi - copying you", "Claire, je
# te mets en copie").
_ADDRESSED = re.compile(r"[ \t]*(?P<name>[^\W\d_][\w'-]*)[ \t]*(?:,|:|[-\u2013\u2014][ \t])")


def _conditioned_on_other(reading: Reading, book: PhraseBook) -> bool:
    """Whether a condition's clause speaks of someone (bearing_words: "if he checks
    out", "only if she's legit"), not of the matter working out ("si ça se fait", "si
    sale", "falls es klappt", "if it works out")."""
    tokens = reading.tokens
    for i, token in enumerate(tokens):
        if token not in book.conditionals:
            continue
        end = i + 1
        while end < len(tokens) and not reading.breaks[end]:
            end += 1
        clause = tuple(t for t in tokens[i + 1 : end] if t.strip())
        if any(_holds(clause, w) for w in book.bearing_words):
            return True
    return False


# How many words after a negator a date may stand that it rules out ("not the 16th").
_EXCLUDED_DATE_REACH = 3


def _scheduling_note(paragraph: str, names: set[str], book: PhraseBook) -> str | None:
    """The first name of the recipient a paragraph asks to book the meeting, when it does
    only that; None otherwise.

    One of its sentences opens with the first name of another recipient of the mail
    (``names``) and a comma, colon or dash, at the paragraph's start or after a note of
    copying them in (copy_notes: "Je mets en copie mon assistante, Claire Petit, qui
    gère mon agenda. Claire, ..."), and asks them to book it (schedule_asks, words in
    order with a few others between: "please find David 30 minutes", "pouvez-vous
    proposer deux ou trois créneaux à M. Benali ?"; calendar_asks; scheduling). The
    paragraph is logistics, set aside when the rest of the reply answers: the meeting
    agreed to is booked by someone the writer trusts with their calendar. It holds no
    condition, no contrast, no 'before' and no phrase but neutral ones, asides, deferrals
    (the window to book in: "in the next two weeks"), the assistant and the copying
    (delegates, copy_notes), a time named by the introduction itself ("once the
    introduction comes through") and, in the sentence that asks, a polite question's
    lead ("could you", "pouvez-vous") before the ask; its only question mark closes that
    sentence, where an "or" stands only between two counts ("deux ou trois"). A negator
    only rules a date out, opening its clause with the date a few words on ("Not the
    16th, I'm at the audit committee"). "Janet, if he checks out, please find David 30
    minutes", "Janet, please find him a slot, but only after I've looked him up",
    "Janet, please don't book anything with him" and "Janet, can you check whether I
    want this?" ask more than a booking."""
    sentences = [m for m in _SENTENCES.finditer(paragraph) if m.group().strip()]
    opening = None
    for k, found in enumerate(sentences):
        opening = _ADDRESSED.match(found.group())
        if opening is None or normalise(opening.group("name")) not in names:
            opening = None
            continue
        if k and not any(note in normalise(paragraph[: found.start()]) for note in book.copy_notes):
            return None
        break
    if opening is None:
        return None
    # The sentence that asks, the addressed one or one after it.
    asking = next(
        (
            sentence
            for sentence in sentences[k:]
            if _asks_booking(normalise(sentence.group()), book)
        ),
        None,
    )
    if asking is None:
        return None
    reading = book.read(normalise(paragraph))
    tokens = reading.tokens
    words_at = [i for i in range(len(tokens)) if _is_word(reading, i)]
    before = len(book.read(normalise(paragraph[: asking.start()])).tokens)
    first = next((i for i in range(before, len(tokens)) if tokens[i].strip()), len(tokens))
    last = _sentence_end(reading, first)
    timed = _logistics(reading, book)
    for p in reading.phrases:
        if p.label in ("neutral", "aside", "deferral", "yes") or p.start in timed:
            continue
        if p.label == "hedge" and (p.text in book.delegates or p.text in book.copy_notes):
            continue
        if p.label == "question" and first <= p.start < last:
            continue
        if (
            p.end - p.start == 1
            and (p.label == "no" or book.is_negator(tokens[p.start]))
            and (_rules_out_date(reading, p.start, book) or _contraction(reading, p.start, book))
        ):
            # "No el 16", "Não no dia 16": a negator read as a phrase of its own; "no dia":
            # "in the", before a date.
            continue
        return None
    asks = last < len(tokens) and tokens[last] == "?"
    for i, token in enumerate(tokens):
        if token in ("?", "¿") and not first <= i <= last:
            return None
        if asks and token in book.choice_words and first <= i <= last and token not in ("o", "u"):
            # "pouvez-vous proposer deux ou trois créneaux ?" offers no choice.
            around = (tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else "")
            if not all(t in book.span_counts or t.isdigit() for t in around):
                return None
        if book.is_negator(token) and (
            _rules_out_date(reading, i, book) or _contraction(reading, i, book)
        ):
            continue
        if token in book.conditionals or token in book.before_words or book.negates_at(reading, i):
            return None
    if any(p.label == "contrast" for p in reading.phrases) or not words_at:
        return None
    return opening.group("name")


def _asks_booking(sentence: str, book: PhraseBook) -> bool:
    """Whether a sentence asks for the meeting to be booked (schedule_asks, scheduling,
    calendar_asks)."""
    words = tuple(t for t in book.read(sentence).tokens if t.strip())
    return (
        any(_holds_gapped(words, ask) for ask in book.schedule_asks)
        or any(_holds(words, ask) for ask in book.scheduling)
        or (book.calendar_asks is not None and book.calendar_asks.search(sentence) is not None)
    )


def _rules_out_date(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` opens its clause and rules out a date a few words
    on: "Not the 16th", "pas le 16", "nicht am 16.", "no el 16", "não no dia 16"."""
    before = index - 1
    while before >= 0 and not reading.tokens[before].strip():
        before -= 1
    if before >= 0 and not reading.breaks[before]:
        return False
    ahead = [
        reading.tokens[i]
        for i in range(index + 1, min(len(reading.tokens), index + 1 + _EXCLUDED_DATE_REACH))
    ]
    return any(_is_date(t, book) for t in ahead)


# A name with a capital, then a comma, a colon or a dash: a sentence may speak to someone.
_VOCATIVE_ANYWHERE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'-]*[ \t]*(?:,|:|[-\u2013\u2014][ \t])")
# The sentences of a text: up to a mark that ends one (before a space or the end), or a
# line's end.
_SENTENCES = re.compile(r"[^\n.!?]*(?:[.!?]+(?=\s|\Z)|\n|\Z)|[^\n]+?(?:[.!?]+|\n|\Z)")
# A sentence that opens by naming whom it speaks to: a few leading words ("Also"), a
# name with a capital, and a comma, a colon or a dash ("Also Hannah, ...", "Ben - ...").
_VOCATIVE = re.compile(
    r"[ \t]*(?P<lead>(?:[^\W\d_]+[ \t]+){0,2}?)(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]*)"
    r"[ \t]*(?:,|:|[-\u2013\u2014](?=[ \t]))"
)
# The one who asked for the introduction, as the agent's question names them.
_REQUESTER = re.compile(
    r"(?:^|\n)[> \t]*(?P<name>[^\n>]+?) would like to introduce you to"
    r"|on behalf of (?P<behalf>[^\n.,]+)"
)
# A name said short ("Rafa" for "Rafael") has at least this many letters.
_MIN_SHORT_NAME = 3


def _addressed_asides(text: str, message: ParsedMessage) -> tuple[str, tuple[str, ...]]:
    """The text without its sentences addressed by name to someone else on other
    business, and those names.

    A sentence that opens with the first name of the one who asked for the introduction
    or of a recipient copied in (not the writer, nor the one the introduction is about;
    said short too: "Rafa" for "Rafael"), after at most two address_leads ("Also",
    "au fait") and before a comma, a colon or a dash, speaks to them of another matter
    when it names other_business ("Also Hannah, we still on for Thursday's dinner?",
    "Ben - did you ever get the invoice for the October workshop?", "Camille, tu as bien
    reçu le devis pour la cuisine ?", "Rafa, você viu o contrato?") and holds nothing
    else that answers, doubts, negates or sets a condition (a question's words, neutral
    phrases and receipts aside), no intro_stems, meeting_words, bearing_words
    ("question", "met", "she"), thing_subjects ("it", "this") or word of the name of the
    one asked about. "Hannah, what's the catch?", "Ben, should I accept?", "Priya, can
    you check if I want this?", "Ben, did she send the invoice?" and "Dana, are you
    sure?" (the one asked about) still count."""
    book = phrase_book()
    other = asked_about(message.subject, message.text)
    theirs = {w for w in normalise(other).replace("-", " ").split() if len(w) > 1}
    sender = message.sender.key if message.sender else ""
    writer = (
        normalise(message.sender.name.split()[0])
        if message.sender and message.sender.name.split()
        else ""
    )
    known: set[str] = {
        normalise(a.name.split()[0]) for a in message.cc if a.name.strip() and a.key != sender
    }
    for found in _REQUESTER.finditer(message.text):
        name = (found.group("name") or found.group("behalf") or "").split()
        words = [w for w in name if normalise(w).strip(".") not in book.name_titles]
        if words:
            known.add(normalise(words[0]))
    known -= theirs | {writer, ""}
    if not known:
        return text, ()
    # The words of the question's subject and reason: a trade named there may be the
    # one asked about's.
    told = reason_words(message.text, book) | set(
        re.findall(r"[^\W\d_]+", normalise(message.subject))
    )
    kept: list[str] = []
    names: list[str] = []
    until = -1
    for found in _SENTENCES.finditer(text):
        sentence = found.group()
        if found.start() < until:
            # The rest of a paragraph set aside after a shift of topic.
            kept.append("\n" if sentence.endswith("\n") else " ")
            continue
        opening = _VOCATIVE.match(sentence)
        if opening is None or not _addressed_to(opening, known, theirs, book):
            kept.append(sentence)
            continue
        shifted = _shifted_stretch(text, found.start() + opening.end(), theirs, book)
        if shifted is None and not _addressed_aside(sentence, opening, theirs, told, book):
            kept.append(sentence)
            continue
        until = shifted if shifted is not None else until
        kept.append("\n" if sentence.endswith("\n") else " ")
        names.append(opening.group("name"))
    if not names:
        return text, ()
    return "".join(kept), tuple(names)


def _addressed_to(
    opening: re.Match[str], known: set[str], theirs: set[str], book: PhraseBook
) -> bool:
    """Whether a sentence's opening names someone of ``known`` after at most the
    address_leads (see _addressed_asides)."""
    lead = _PUNCTUATION.sub(" ", normalise(opening.group("lead"))).split()
    if lead and " ".join(lead) not in book.address_leads:
        return False
    name = normalise(opening.group("name"))
    # "Jo" is also a German yes: a name that is an answer word speaks to someone only
    # after a lead ("Also Jo, ...").
    return not (
        (book.is_answer_word(name) and not lead)
        or any(name == t or t.startswith(name) or name.startswith(t) for t in theirs)
        or not any(
            name == k or (len(name) >= _MIN_SHORT_NAME and k.startswith(name)) for k in known
        )
    )


def _shifted_stretch(text: str, at: int, theirs: set[str], book: PhraseBook) -> int | None:
    """Where the paragraph ends, when what follows a name the writer speaks to opens with
    a shift of topic (topic_shifts, a pause after it) and the rest of the paragraph
    names other_business: "Also Jo, while I have you: our Q3 invoice still shows as
    unpaid on our side. Could you check with your accounts people? No rush at all."
    What is asked of them there asks nothing of the answer, so long as the stretch
    answers nothing, negates nothing but in a neutral phrase ("no rush") and names no
    intro_stems, meeting_words, bearing_words ("she", "met"), thing_subjects ("it")
    nor a word of the name of the one asked about. None otherwise."""
    if book.topic_shifts is None:
        return None
    gap = _PARAGRAPHS.search(text, at)
    end = gap.start() if gap else len(text)
    said = normalise(text[at:end])
    if not book.topic_shifts.match(said):
        return None
    reading = book.read(said)
    words = reading.tokens
    neutral = [(p.start, p.end) for p in reading.phrases if p.label == "neutral"]
    if (
        not any(_holds(words, thing) for thing in book.other_business)
        or any(p.label in ("yes", "no") for p in reading.phrases)
        or any(
            book.negates_at(reading, i) and not any(a <= i < b for a, b in neutral)
            for i in range(len(words))
        )
        or not book.thing_subjects.isdisjoint(words)
        or not theirs.isdisjoint(words)
        or any(stem in said for stem in book.intro_stems)
        or any(f" {w} " in f" {' '.join(words)} " for w in book.meeting_words)
        or any(_holds(words, w) for w in book.bearing_words)
    ):
        return None
    return end


def _addressed_aside(
    sentence: str, opening: re.Match[str], theirs: set[str], told: set[str], book: PhraseBook
) -> bool:
    """Whether the sentence, opened by ``opening`` that names someone it speaks to, speaks
    of other business (see _addressed_asides; ``told``: the words of the question's
    subject and reason)."""
    rest = normalise(sentence[opening.end() :])
    reading = book.read(rest)
    words = reading.tokens
    pointed = _pointed_trade(words, told, book)
    if pointed is not None:
        # "that plumber you mentioned" speaks of someone else: its words point to no one
        # asked about.
        words = (*words[: pointed[0]], *words[pointed[1] :])
    return (
        (pointed is not None or any(_holds(words, thing) for thing in book.other_business))
        and all(
            p.label in ("question", "neutral") or (p.label == "hedge" and p.text in book.receipts)
            for p in reading.phrases
        )
        and not any(book.is_negator(t) for t in words)
        and book.conditionals.isdisjoint(words)
        and book.thing_subjects.isdisjoint(words)
        and theirs.isdisjoint(words)
        and not any(stem in rest for stem in book.intro_stems)
        and not any(f" {w} " in f" {' '.join(words)} " for w in book.meeting_words)
        and not any(_holds(words, w) for w in book.bearing_words)
    )


def _pointed_trade(
    words: tuple[str, ...], told: set[str], book: PhraseBook
) -> tuple[int, int] | None:
    """Where the words name someone by their trade (trades) and point to them as spoken
    of before (mention_pointers, right after the trade or its comma), a determiner
    before the trade ("that", among the thing_subjects) included: "daquele marceneiro
    que você comentou", "that plumber you mentioned", "ce plombier dont tu m'as parlé",
    "el fontanero que me recomendaste", "den Schreiner, den du erwähnt hast", "yule
    seremala uliyemtaja". A trade the question's subject or reason names (``told``) may
    be the one asked about's, and counts for nothing."""
    for i, word in enumerate(words):
        if word not in book.trades or word in told:
            continue
        j = i + 1
        while j < len(words) and not words[j].strip():
            j += 1
        if j < len(words) and words[j] == ",":
            j += 1
            while j < len(words) and not words[j].strip():
                j += 1
        for pointer in book.mention_pointers:
            if words[j : j + len(pointer)] == pointer:
                start = i - 1 if i and words[i - 1] in book.thing_subjects else i
                return start, j + len(pointer)
    return None
