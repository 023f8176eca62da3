"""Whether a negator takes back a phrase of a reply, and which negators negate nothing asked.

A negator before a yes in its clause (``_negated``) or after it (``_negated_after``),
the yeses no negator takes back, and the negators and never-words after a yes that
restrict or tell rather than refuse: "ne ... que", hours the writer is not free, a
format chosen ("a call, not coffee"), a past told ("we have never met").
"""

from __future__ import annotations

from agent.understanding.reply_phrases import SENTENCE_ENDS, Phrase, PhraseBook, Reading
from agent.understanding.reply_words import (
    _clause_bounds,
    _followed_in_clause,
    _is_date,
    _is_word,
    _next_word,
    _paragraph,
    _sentence_start,
    _word_after,
)

# How many words back a "not" still negates a yes ("not really that interested").
_NEGATION_REACH = 4
# How many words after a negated saying or thinking verb a yes it governs may stand.
_REPORT_REACH = 8
# A relative clause that a word of nothing heads reaches this many words on from its link.
_RELATIVE_REACH = 8


def _negated(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a negator stands shortly before the phrase, in the same clause, or a yes
    stands in the clause a negated saying or thinking verb governs (see ``_reported``)."""
    i = phrase.start - 1
    reach = 0
    while i >= 0 and reach < _NEGATION_REACH:
        if reading.breaks[i]:
            break
        token = reading.tokens[i]
        if token.strip():
            if book.negates_at(reading, i) and not _inside_phrase(reading, i):
                return not _contraction(reading, i, book)
            reach += 1
        i -= 1
    return _reported(reading, phrase, book) or _nothing_clause(reading, phrase, book)


def _refusal_restated(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether the negator before a refusal, in its clause, belongs to a refusal read
    before it ("Hapana bana 😅 sitaki kwa sasa", "Hapana asante siko interested"): the
    answer said, then said again, not a refusal negated ("I wouldn't say no")."""
    i = phrase.start - 1
    reach = 0
    while i >= 0 and reach < _NEGATION_REACH and not reading.breaks[i]:
        if reading.tokens[i].strip():
            if book.negates_at(reading, i):
                return any(
                    p.label == "no" and p.start <= i < p.end and p.end <= phrase.start
                    for p in reading.phrases
                )
            reach += 1
        i -= 1
    return False


def _echoed_negation(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a bare refusal word closing its clause echoes the same word that negates
    earlier in the clause (negation_echoes: the Brazilian "não ... não", "Não passa meu
    contato não", "Não quero não"): one negation said twice, not a negated refusal."""
    if phrase.label != "no" or phrase.text not in book.negation_echoes:
        return False
    if phrase.end - phrase.start != 1 or _followed_in_clause(reading, phrase.end):
        return False
    i = phrase.start - 1
    while i >= 0 and not reading.breaks[i]:
        if reading.tokens[i] == phrase.text:
            return True
        i -= 1
    return False


def _nothing_clause(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a yes stands in the relative clause that a word of nothing heads
    (nothing_heads, relative_links: "Nichts, was mich interessiert", "Nichts was mich
    interessiert", "Nada que me interese de verdad", "Nothing that I'd ever be glad to
    do"), at most ``_RELATIVE_REACH`` words on from the link that opens it, with no pause
    (but a comma a link opens with, which a German relative clause always takes), contrast
    or condition_joiners ("and", "und") between. One of the comparisons in the clause
    makes it praise and leaves the yes as it is: "Nichts, was ich lieber täte"."""
    if phrase.label != "yes" or book.nothing_heads.keys().isdisjoint(reading.tokens):
        return False
    tokens = reading.tokens
    i, words = phrase.start - 1, 0
    while i >= 0 and words <= _RELATIVE_REACH:
        token = tokens[i]
        if not token.strip():
            i -= 1
            continue
        if _relative_link(reading, i, book) and _headed_by_nothing(reading, i, book):
            return not _compared(reading, i, book)
        if (
            reading.breaks[i]
            or token in book.condition_joiners
            or any(p.label == "contrast" and p.start <= i < p.end for p in reading.phrases)
        ):
            return False
        words += 1
        i -= 1
    return False


def _relative_link(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether one of the relative_links stands from ``index`` on, spaces skipped; a
    word of one ending in an apostrophe opens a token ("que j'" in "que j'aimerais")."""
    for link in book.relative_links:
        i = index
        for word in link:
            i = _next_word(reading, i)
            token = reading.tokens[i] if i < len(reading.tokens) else ""
            if token != word and not (word.endswith("'") and token.startswith(word)):
                break
            i += 1
        else:
            return True
    return False


def _headed_by_nothing(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether a word of nothing (nothing_heads) ends right before ``index``."""
    i = index - 1
    while i >= 0 and not reading.tokens[i].strip():
        i -= 1
    heads = book.nothing_heads.get(reading.tokens[i], ()) if i >= 0 else ()
    return any(_ends_with(reading, i, head) for head in heads)


def _compared(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether one of the comparisons stands in the clause from ``index`` on."""
    i = index
    while i < len(reading.tokens) and not reading.breaks[i]:
        if reading.tokens[i] in book.comparisons:
            return True
        i += 1
    return False


def _reported(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a yes stands in the clause that a negated saying or thinking verb
    (negated_reports: "I wouldn't say", "je ne pense pas", "no diría", "nicht, dass",
    "não acho", "siwezi kusema") governs: after it in its sentence, at most
    ``_REPORT_REACH`` words on, with no contrast between, none of the report_stops ("how",
    "combien", "wie": "I can't say how glad I'd be") and no pause but one that one of the
    report_links follows ("Ich würde nicht sagen, dass ich einverstanden bin"). "I
    wouldn't say that I'm really all that happy to" says no; "I don't think we've met,
    but yes, happy to" and "Ich wüsste nicht, was dagegen spricht — ja, gerne" do not."""
    if phrase.label != "yes" or book.negated_reports.keys().isdisjoint(reading.tokens):
        return False
    tokens = reading.tokens
    words = 0
    i = phrase.start - 1
    while i >= 0 and words <= _REPORT_REACH:
        token = tokens[i]
        if not token.strip():
            i -= 1
            continue
        if any(_ends_with(reading, i, said) for said in book.negated_reports.get(token, ())):
            return not any(p.label == "yes" and p.start <= i < p.end for p in reading.phrases)
        if token in SENTENCE_ENDS or "\n" in token or token in book.report_stops:
            return False
        if reading.breaks[i]:
            after = _next_word(reading, i + 1)
            if token != "," or after >= len(tokens) or not _links(tokens[after], book):
                return False
        elif any(p.label == "contrast" and p.start <= i < p.end for p in reading.phrases):
            return False
        else:
            words += 1
        i -= 1
    return False


def _ends_with(reading: Reading, index: int, words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand in the text up to ``index``, spaces between skipped."""
    i = index
    for word in reversed(words):
        while i >= 0 and not reading.tokens[i].strip():
            i -= 1
        if i < 0 or reading.tokens[i] != word:
            return False
        i -= 1
    return True


def _links(token: str, book: PhraseBook) -> bool:
    """Whether a token opens a clause a saying verb governs: "that", "dass", "que", or
    an elided one ("qu'il")."""
    return token in book.report_links or any(
        link.endswith("'") and token.startswith(link) for link in book.report_links
    )


def _inside_phrase(reading: Reading, index: int) -> bool:
    """Whether the token belongs to a yes or a neutral phrase of several words, whose
    negator negates nothing after it: the "sin" of "sin problema 👍", "no problem 👍",
    "pas de souci 👍", "kein Problem 👍", "sem problema 👍", "hakuna shida 👍"; the "no"
    of "no worries go ahead" or "no rush, happy to", said to ease, not to refuse."""
    return any(
        p.label in ("yes", "neutral") and p.start <= index < p.end and p.end - p.start > 1
        for p in reading.phrases
    )


def _contraction(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the token is a Portuguese "no"/"na" ("em" + article), no negator nor
    refusal: before a date ("Quem sabe no ano que vem", "no próximo mês"), or, in a
    reply written in Portuguese, inside its clause, after a word and before one that
    no negator takes in any list and no refusing "no" takes ("Estou no carro", "estou no
    meio da mudança"; not "No, obrigado", "mas no posso", "no thanks")."""
    if reading.tokens[index] not in book.contractions:
        return False
    nxt = _next_word(reading, index + 1)
    if nxt >= len(reading.tokens) or reading.breaks[nxt]:
        return False
    after = reading.tokens[nxt]
    if after in book.date_words:
        return True
    before = index - 1
    while before >= 0 and not reading.tokens[before].strip() and not reading.breaks[before]:
        before -= 1
    return (
        before >= 0
        and _is_word(reading, before)
        and not book.is_negator(reading.tokens[before])
        and _is_word(reading, nxt)
        and after not in book.negated_words
        and after not in book.answer_no_followers
        and not book.is_negator(after)
        and book.in_contraction_language(reading)
    )


def standing_yeses(reading: Reading, book: PhraseBook) -> list[Phrase]:
    """The reply's yeses, in order, that no negator before or after them takes back."""
    return [
        p
        for p in reading.phrases
        if p.label == "yes"
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
    ]


def _yes_sentences(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where the sentences start that hold a yes negated neither before nor after it."""
    return frozenset(_sentence_start(reading, p.start) for p in standing_yeses(reading, book))


def _negated_after(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a negator follows the yes in the same clause, right after it or after
    only words that may stand between a verb and its negation (negation_gaps: "das
    passt aktuell leider gar nicht", "ça m'intéresse vraiment pas", "passt mir im Moment
    nicht"): "definitly not", "absolutely not", "ça me convient pas du tout".

    The negator stands outside any phrase of its own, or inside a refusal of several
    words ("pas du tout", "im Moment nicht"), and is no refusal of its own ("Sí no
    gracias", "Sim não" are read as before); nothing else stands between: "yes, not a
    problem" and "passt mir sehr gut, nicht wahr" are yeses."""
    tokens = reading.tokens
    i = _past_gaps(reading, phrase.end, book)
    if i >= len(tokens) or reading.breaks[i] or not book.negates_at(reading, i):
        return False
    holder = next((p for p in reading.phrases if p.start <= i < p.end), None)
    if holder is None:
        return True
    return (
        holder.label == "no"
        and holder.end - holder.start > 1
        and tokens[i] not in book.refusal_words_alone
    )


def _standing_yes_before(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether a yes ends at or before ``index`` that nothing negates, before it or after
    it: the yes a later condition, offer or courtesy is weighed against."""
    return any(
        p.label == "yes"
        and p.end <= index
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
        for p in reading.phrases
    )


def _standing_yes_ends(reading: Reading, book: PhraseBook) -> list[int]:
    """Where each yes ends that no negator before or after it takes back."""
    return [p.end for p in standing_yeses(reading, book)]


def _past_gaps(reading: Reading, index: int, book: PhraseBook) -> int:
    """The first token from ``index`` on in its clause that is neither a space nor one of
    the negation_gaps ("aktuell leider gar", "vraiment", "im Moment")."""
    tokens = reading.tokens
    i = index
    while i < len(tokens) and not reading.breaks[i]:
        if not tokens[i].strip():
            i += 1
            continue
        gap = next(
            (
                len(words)
                for words in book.negation_gaps.get(tokens[i], ())
                if _gap_at(reading, i, words)
            ),
            0,
        )
        if not gap:
            return i
        i = _word_after(reading, i, gap)
    return i


def _gap_at(reading: Reading, index: int, words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand from ``index`` on, spaces between, in one clause."""
    i = index
    for word in words:
        while i < len(reading.tokens) and not reading.tokens[i].strip():
            if reading.breaks[i]:
                return False
            i += 1
        if i >= len(reading.tokens) or reading.tokens[i] != word:
            return False
        i += 1
    return True


def _negates(phrase: Phrase, book: PhraseBook) -> bool:
    # "je n'ai pas le temps": the "n'" is the first half of the phrase's own "pas".
    words = phrase.text.split()
    return len(words) > 1 and any(book.is_negator(word) for word in words)


def _negation_after(
    reading: Reading,
    start: int,
    other_paragraphs: set[int],
    book: PhraseBook,
    contacts: list[tuple[int, int]],
    stories: frozenset[int] = frozenset(),
) -> int | None:
    """Where a negator stands after the clause that ends at or after ``start``, outside
    every phrase and every paragraph about another matter; None when none does.

    A phrase was read with its negation ("no problem", "no rush", "I can't promise
    anything", "my phone no. is 555"), but for a deferral lead with no date after it,
    which put nothing off: the "nicht" of "Bitte stell uns nicht vor" stays a negator."""
    tokens = reading.tokens
    at = start
    while at < len(tokens) and not reading.breaks[at]:
        at += 1
    negators = [
        i for i in range(at, len(tokens)) if not reading.breaks[i] and book.negates_at(reading, i)
    ]
    if not negators:
        return None
    covered = {i for p in reading.phrases if p.label != "deferral" for i in range(p.start, p.end)}
    # A contact offer was read for its negators already ("namba yangu ni ...").
    covered.update(i for a, b in contacts for i in range(a, b))
    # A story's never-word and the negator it pairs with ("on ne s'est jamais rencontrés").
    covered.update(j for i in stories for j in _paired_negators(reading, i, book))
    return next(
        (
            i
            for i in negators
            if i not in covered
            and i not in stories
            and _paragraph(reading, i) not in other_paragraphs
            and not _format_choice(reading, i, book)
            and not _figure_correction(reading, i)
            and not _unfree_hours(reading, i, book)
            and not _restrictive(reading, i, book)
            and not book.unforgets_at(reading, i)
        ),
        None,
    )


# How many words on from a "ne" its restrictive "que" may stand.
_RESTRICTIVE_REACH = 8


def _restrictive(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` is the "ne" of "ne ... que" (restrictive_negators,
    restrictive_links), which says "only": one of the links stands after it in its
    clause, at most ``_RESTRICTIVE_REACH`` words on, with no other negator between ("je ne
    consulte ma messagerie qu'une ou deux fois par semaine", "je ne suis libre que le
    matin"); "je ne consulte pas ma messagerie" and "je ne crois pas que ..." negate."""
    token = reading.tokens[index]
    if token not in book.restrictive_negators and not any(
        token.startswith(n) for n in book.restrictive_negators if n.endswith("'")
    ):
        return False
    i, words = index + 1, 0
    while i < len(reading.tokens) and not reading.breaks[i] and words < _RESTRICTIVE_REACH:
        word = reading.tokens[i]
        if word.strip():
            if word in book.restrictive_links or any(
                word.startswith(link) for link in book.restrictive_links if link.endswith("'")
            ):
                # "qu'à partir de janvier", "qu'en mars": "only" from a date limits when,
                # as "erst" does, and the negation stands; "que ce soit", "qu'il":
                # a "que" before a subject opens a clause ("Rien ne me dit que ce soit
                # utile"), and says no "only".
                return not _restricted_to_date(reading, i, book) and not _opens_clause(
                    reading, i, book
                )
            if book.negates_at(reading, i):
                return False
            words += 1
        i += 1
    return False


def _opens_clause(reading: Reading, link: int, book: PhraseBook) -> bool:
    """Whether the "que" at ``link`` opens a clause: a subject pronoun
    (restrictive_clause_subjects) follows it, or its own apostrophe ("qu'il")."""
    rest = reading.tokens[link].partition("'")[2]
    if rest:
        return rest in book.restrictive_clause_subjects
    i = link + 1
    while i < len(reading.tokens) and not reading.tokens[i].strip():
        i += 1
    return (
        i < len(reading.tokens)
        and not reading.breaks[i]
        and reading.tokens[i] in book.restrictive_clause_subjects
    )


def _restricted_to_date(reading: Reading, link: int, book: PhraseBook) -> bool:
    """Whether the restrictive "que" at ``link`` restricts to a date: after it (and
    after its own apostrophe, "qu'à"), past any of the restrictive_time_leads ("à",
    "partir", "de", "en", "dès"), a date comes first ("qu'à partir de janvier", "qu'en
    mars"); "qu'une fois par semaine" and "que le matin" restrict no date."""
    rest = reading.tokens[link].partition("'")[2]
    words = [rest] if rest else []
    i = link + 1
    while i < len(reading.tokens) and not reading.breaks[i] and len(words) < 6:
        if reading.tokens[i].strip():
            words.append(reading.tokens[i])
        i += 1
    for word in words:
        if _is_date(word.rpartition("'")[2], book):
            return True
        if word not in book.restrictive_time_leads:
            return False
    return False


def _unfree_hours(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` only tells the hours the writer is not free: its
    clause holds one of the free_words and one of the recurring_times, and otherwise
    only negators, the writer as subject (own_subjects, hour_fillers) and particles
    ("Not free weekends tho", "pas dispo le soir", "abends bin ich nicht frei", "no
    estoy libre los lunes"). Those are the writer's hours, an aside as "evenings are
    best" is, no negation of the yes; a clause that says anything more ("not free to
    meet him", "not free weekends if he's a recruiter") still negates."""
    first, last = _clause_bounds(reading, index, index + 1)
    words = [t for t in reading.tokens[first:last] if t.strip()]
    if book.free_words.isdisjoint(words) or book.recurring_times.isdisjoint(words):
        return False
    allowed = book.free_words | book.recurring_times | book.hour_fillers | book.own_subjects
    return all(w in allowed or book.is_negator(w) for w in words)


def _figure_correction(reading: Reading, index: int) -> bool:
    """Whether the negator at ``index`` only corrects one figure by another: the word
    before it and the word after it in its clause, a comma or a dash at most between,
    both hold a digit ("it's 421 not 412", "c'est 421, pas 412", "421, nicht 412";
    replies.py reads the phrase "no" so: "600 123 421, no 600 123 412", "7712, não
    7721"). A typo put right refuses nothing; "Yes. 3 not now" still negates."""
    tokens = reading.tokens

    def figure(i: int, step: int) -> bool:
        while 0 <= i < len(tokens) and (not tokens[i].strip() or tokens[i] in (",", "-")):
            i += step
        return 0 <= i < len(tokens) and any(c.isdigit() for c in tokens[i])

    return figure(index - 1, -1) and figure(index + 1, 1)


def _format_choice(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the negator at ``index`` only chooses between two formats of a meeting
    (meeting_formats): one before it, then a comma, and another after it, at most one
    word between, closing the clause: "a call, not coffee", "un appel, pas un café",
    "una llamada, no un café", "ein Anruf, kein Kaffee", "uma ligação, não um café"."""
    tokens = reading.tokens
    comma = index - 1
    while comma >= 0 and not tokens[comma].strip():
        comma -= 1
    if comma <= 0 or tokens[comma] != ",":
        return False
    before = tokens[:comma]
    before = tuple(t for t in before if t.strip())
    if not any(before[len(before) - len(f) :] == f for f in book.meeting_formats):
        return False
    after: list[str] = []
    i = index + 1
    while i < len(tokens) and not reading.breaks[i]:
        if tokens[i].strip():
            after.append(tokens[i])
        i += 1
    return any(tuple(after[skip:]) == f for f in book.meeting_formats for skip in (0, 1))


# How many words may stand between a perfect's auxiliary and a never-word ("haben uns
# nie"), between the never-word and a simple past ("never actually managed"), and
# between it and the participle of a perfect ("haben uns nie auf der Messe getroffen").
_AUXILIARY_REACH = 3
_PAST_REACH = 2
_PARTICIPLE_REACH = 5


def _past_stories(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where a never-word tells of the past: "Marta and I have been circling each other
    ... and never actually managed a proper chat", "We have never met", "Nous n'avons
    jamais eu l'occasion", "Nunca hemos hablado", "Wir haben uns nie getroffen", "Nunca
    conseguimos conversar".

    In its clause, a simple past follows it closely (past_forms, past_shapes: "met",
    "*ed", "*aron"), or a perfect's auxiliary stands shortly before it or right after it
    (perfect_auxiliaries: "have", "n'avons", "hemos") with a participle after it
    (participles, participle_shapes: "eu", "*ado", "ge*t"). Not after a word that makes
    it a habit or a state (habit_leads: "I'm never", "I will never"), unless that word is
    a contraction a participle right after the never-word shows to be a perfect's
    auxiliary (perfect_contractions: "she's never sent me a dud", "I'd never met him",
    while "she's never late" and "I'd never do that" stay habits), nor with a date or
    a time after it ("I've never taken calls on Fridays", "I've never had time for
    calls": never_times) or anything that answers, doubts or asks: "never on Fridays"
    and "I never take calls" still restrict."""
    tokens = reading.tokens
    out: set[int] = set()
    for i, token in enumerate(tokens):
        if token not in book.never_words:
            continue
        start, end = _clause_bounds(reading, i, i + 1)
        before = [t for t in tokens[start:i] if t.strip()]
        after = [t for t in tokens[i + 1 : end] if t.strip()]
        # "she's never sent": the "'s" is "has", a perfect's, when a participle follows.
        contracted = bool(
            before
            and after
            and book.is_perfect_contraction(before[-1])
            and book.is_participle(after[0])
        )
        if before and book.is_habit_lead(before[-1]) and not contracted:
            continue
        if any(_is_date(t, book) or t in book.never_times for t in after):
            continue
        if any(p.label != "neutral" and i < p.start < end for p in reading.phrases):
            continue
        simple = any(book.is_past(t) for t in after[:_PAST_REACH])
        auxiliary = (
            contracted
            or any(book.is_auxiliary(t) for t in before[-_AUXILIARY_REACH:])
            or bool(after and book.is_auxiliary(after[0]))
        )
        if simple or (auxiliary and any(book.is_participle(t) for t in after[:_PARTICIPLE_REACH])):
            out.add(i)
    return frozenset(out)


def _paired_negators(reading: Reading, index: int, book: PhraseBook) -> list[int]:
    """The negators among the few words before a never-word in its clause, which it
    completes: the "ne" of "on ne s'est jamais rencontrés", the "n'" of "n'avons"."""
    out: list[int] = []
    i, words = index - 1, 0
    while i >= 0 and not reading.breaks[i] and words < _AUXILIARY_REACH:
        if reading.tokens[i].strip():
            words += 1
            if book.negates_at(reading, i):
                out.append(i)
        i -= 1
    return out


def _bare_nevers(
    reading: Reading, book: PhraseBook, stories: frozenset[int], other_paragraphs: set[int]
) -> list[int]:
    """Where a never-word stands outside every phrase and every paragraph about another
    matter, telling of no past: "Nunca los viernes", "Ich telefoniere nie"."""
    covered = {i for p in reading.phrases for i in range(p.start, p.end)}
    return [
        i
        for i, token in enumerate(reading.tokens)
        if token in book.never_words
        and i not in covered
        and i not in stories
        and _paragraph(reading, i) not in other_paragraphs
    ]
