"""Questions in a reply that ask nothing of the introduction.

A question word that is a relative pronoun, questions about another matter or about the
mail itself ("is this one of those robot things?"), idle curiosity after a yes, whether
the reply itself was written right ("Is this the right way to reply?"), a choice the
writer answers at once ("Either works for me"), how the two are to reach each other, and
what the other wants to buy, asked beside the writer's prices ("Does she need a tasting
box as well? We do those for €25.").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from agent.understanding.reply_deferrals import _date_follows
from agent.understanding.reply_events import _events
from agent.understanding.reply_negation import (
    _contraction,
    _negated,
    _negated_after,
    _standing_yes_ends,
)
from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading, normalise
from agent.understanding.reply_prices import _price_at
from agent.understanding.reply_words import (
    _followed_in_clause,
    _holds,
    _is_word,
    _sentence_end,
    _sentence_start,
    _sentences,
    _time_word,
)


def _unnegated_yeses(reading: Reading, book: PhraseBook) -> list[int]:
    """Where each yes of the reading stands that nothing negates, before or after it."""
    return [
        p.start
        for p in reading.phrases
        if p.label == "yes"
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
    ]


def _relative_word(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a one-word question lead is a relative pronoun (read so only where nothing
    says yes): right after one of the relative_heads in its clause ("someone who's
    hiring", "la empresa, la cual", "na qual"), with no question mark closing its
    sentence ("Yes, but someone who's what?" still asks)."""
    if " " in phrase.text:
        return False
    before = phrase.start - 1
    while before >= 0 and not reading.tokens[before].strip():
        before -= 1
    if before < 0 or reading.breaks[before] or reading.tokens[before] not in book.relative_heads:
        return False
    end = _sentence_end(reading, phrase.end)
    return not (end < len(reading.tokens) and reading.tokens[end] == "?")


def _other_questions(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """The question marks that close a sentence asking about another matter: one that
    holds an "other" phrase ("are you coming", "save me a seat") or names a gathering of
    the writer's own (reply_events: "on se voit à la soirée des anciens"), and nothing
    else that answers, doubts, turns or asks, a deferral lead with its date aside, and no
    intro_stems, meeting_words or word of the name of the one asked about. "Are you
    coming down for the Christmas market?" after "yes, absolutely, please put us in
    touch!" and "on se voit à la soirée des anciens en janvier ?" after a refusal ask
    nothing of the answer; "Are you coming, and is he a recruiter?", "Are you coming to
    meet Marta?" and "On se voit au dîner pour rencontrer Gavin ?" still ask. A Spanish
    "¿" opening such a sentence asks nothing either ("¿Vienes esta noche?"): its index
    is among them."""
    tokens = reading.tokens
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)
    out: set[int] = set()
    for i, token in enumerate(tokens):
        if token != "?":
            continue
        start = _sentence_start(reading, i)
        inside = [p for p in reading.phrases if start <= p.start < i]
        opener = [p.start for p in inside if p.start == start and tokens[start] == "¿"]
        events = _events(tokens, start, i, book)
        seen = _see_you(reading, start + len(opener), i, book) and not _unnegated_yeses(
            reading, book
        )
        # A deferral lead with its date times the other matter ("en janvier").
        if not (events or seen or any(p.label == "other" for p in inside)) or any(
            p.label not in ("other", "neutral", "deferral")
            and p.start not in opener
            and not (p.label == "no" and _contraction(reading, p.start, book))
            for p in inside
        ):
            continue
        words = tokens[start:i]
        # The gathering's own word is no intro_stem: "la réunion" holds "reuni".
        text = " ".join("_" if k in events else w for k, w in enumerate(words, start))
        if (
            not names.isdisjoint(words)
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in f" {text} " for w in book.meeting_words)
        ):
            continue
        out.update((i, *opener))
    return frozenset(out)


def _see_you(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the sentence from ``start`` to its question mark at ``end`` only asks when
    the writer and the reader see each other: one of the see_you_asks opens it, and only
    a time follows, its words time words or fillers ("On se voit fin août ?", "See you
    at the end of August?", "¿Nos vemos en septiembre?", "Sehen wir uns Ende August?").
    Its caller reads it so only where nothing says yes: after "Happy to. See you in
    May?" the writer may be asking to meet the one asked about. "See you at the
    conference with him?" holds more than a time."""
    words = [reading.tokens[k] for k in range(start, end) if _is_word(reading, k)]
    size = max((len(a) for a in book.see_you_asks if tuple(words[: len(a)]) == a), default=0)
    rest = words[size:]
    return bool(size and rest) and all(_time_word(w, book) for w in rest)


def _robot_questions(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The question marks of questions about the mail itself, before any yes: "Hi Sam (or
    whoever reads this - is this one of those robot things? Ha)", "¿Esto es automático?".

    The question holds one of the robot_words ("robot", "bot", "automated",
    "automatique", "automatisch", "automático", "roboti") and no phrase but neutral
    ones, no negator, no condition, none of the bearing_words, intro_stems or meeting
    words, and it stands before the first yes: the writer wonders who is writing, then
    answers. "Yes. Is she a bot?" and "Is this automated? If so, no." still ask or
    doubt."""
    tokens = reading.tokens
    first_yes = min((p.start for p in reading.phrases if p.label == "yes"), default=-1)
    out: set[int] = set()
    for i, token in enumerate(tokens):
        if token != "?" or i > first_yes:
            continue
        start = _sentence_start(reading, i)
        # A parenthesis or a dash opens the question inside a line ("(or whoever reads
        # this - is this one of those robot things?").
        for k in range(i - 1, start - 1, -1):
            if tokens[k] in ("(", "-", "\u2013", "\u2014"):
                start = k + 1
                break
        words = tuple(t for t in tokens[start:i] if t.strip())
        text = " ".join(words)
        if (
            book.robot_words.isdisjoint(words)
            or not book.conditionals.isdisjoint(words)
            or any(book.negates_at(reading, k) for k in range(start, i))
            or any(
                p.label != "neutral"
                and start <= p.start < i
                and not (p.label == "question" and p.text == "¿")
                for p in reading.phrases
            )
            or any(_holds(words, w) for w in book.bearing_words)
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in f" {text} " for w in book.meeting_words)
        ):
            continue
        # The "?" after it closes what follows too ("? If so, no."): the next sentence
        # must not be a condition.
        nxt = _sentence_end(reading, i + 1)
        if any(
            p.label == "hedge" and p.text in book.conditionals and i < p.start < nxt
            for p in reading.phrases
        ):
            continue
        out.add(i)
        out.update(
            p.start
            for p in reading.phrases
            if p.label == "question" and p.text == "¿" and start <= p.start < i
        )
    return frozenset(out)


def _curiosity(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The tokens of the questions of idle curiosity after a yes: "Yes please!! Out of
    curiosity, how did Priyanka come across my stuff?", "Por curiosidad, ¿cómo llegó a
    mi trabajo?", "Aus Neugier: wie kam er auf mich?".

    A sentence opened by one of the curiosity_leads, one of the origin_questions right
    after it (only punctuation between) and a question mark closing it, after a yes not
    negated in an earlier sentence, asks how the introduction came about: no condition.
    Not when anything else in it answers, doubts, turns or sets a condition (one of the
    conditionals): "Just curious, is she a recruiter?" and "Out of curiosity, how much
    does she charge?" still ask."""
    tokens = reading.tokens
    yeses = _unnegated_yeses(reading, book)
    out: set[int] = set()
    for lead in book.curiosity_leads:
        for i in range(len(tokens) - len(lead) + 1):
            if tokens[i : i + len(lead)] != lead or _sentence_start(reading, i) != i:
                continue
            if not any(y < i for y in yeses):
                continue
            at = i + len(lead)
            while at < len(tokens) and not _is_word(reading, at) and "\n" not in tokens[at]:
                at += 1
            if not any(tokens[at : at + len(q)] == q for q in book.origin_questions):
                continue
            end = _sentence_end(reading, at)
            if end >= len(tokens) or tokens[end] != "?":
                continue
            if not book.conditionals.isdisjoint(tokens[i:end]) or any(
                i <= p.start <= end and p.label not in ("question", "neutral")
                for p in reading.phrases
            ):
                continue
            out.update(range(i, end + 1))
    out.update(_declared_curiosity(reading, book, yeses))
    return frozenset(out)


def _declared_curiosity(reading: Reading, book: PhraseBook, yeses: list[int]) -> set[int]:
    """The tokens of each question after a yes that the next sentence declares idle
    curiosity: "Savez-vous quelle surface font les bureaux ? Simple curiosité.", "... ou o
    time está começando do zero? Só por curiosidade.", "Is Owen based in London or
    elsewhere? Just curious whether we could do it over coffee."

    The next sentence opens with one of the curiosity_leads and holds no phrase but
    neutral ones, closing on no question mark; the question holds no phrase but a
    question's own or a neutral one, no negation and none of the conditionals, after a
    yes in an earlier sentence. "Is she a recruiter? Just curious, is she?" and "Is he
    hiring? If so, just curious." still ask."""
    tokens = reading.tokens
    out: set[int] = set()
    for start, end in _questions_after(reading, yeses):
        after = end + 1
        while after < len(tokens) and not _is_word(reading, after):
            if tokens[after].count("\n") > 1:
                break
            after += 1
        if after >= len(tokens) or not _is_word(reading, after):
            continue
        lead = next(
            (w for w in book.curiosity_leads if tuple(tokens[after : after + len(w)]) == w), None
        )
        if lead is None:
            continue
        close = _sentence_end(reading, after)
        if close < len(tokens) and tokens[close] == "?":
            continue
        if any(
            (start <= p.start < end and p.label not in ("question", "neutral"))
            or (after <= p.start < close and p.label != "neutral")
            for p in reading.phrases
        ):
            continue
        if not book.conditionals.isdisjoint(tokens[start:close]) or any(
            book.negates_at(reading, i) for i in range(start, close)
        ):
            continue
        out.update(range(start, close + 1))
    return out


def _reply_form_asks(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """The tokens of each question, after a yes, that asks whether the reply itself was
    written right: "Yes, happy to. I hope this is the right way to reply?", "J'espère
    que c'est bien comme ça qu'il faut faire ?", "¿Lo he hecho bien?", "Habe ich das
    richtig gemacht?", "É assim que se responde?", "Nimejibu sawa?".

    The question holds one of the reply_form_asks, at most one word after it before its
    question mark, and no phrase but a question's own or a neutral one, no negation, none
    of the conditionals, intro_stems or meeting_words, and no word of the name of the one
    asked about; a yes not negated stands in an earlier sentence. The writer asks how to
    use the mail, nothing of the introduction: "Yes. Is this the right way to meet him?"
    and "Yes. Is this right for me?" still ask."""
    tokens = reading.tokens
    yeses = _unnegated_yeses(reading, book)
    if not yeses:
        return frozenset()
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)
    out: set[int] = set()
    for end, token in enumerate(tokens):
        if token != "?":
            continue
        start = _sentence_start(reading, end)
        if not any(y < start for y in yeses):
            continue
        words = [i for i in range(start, end) if _is_word(reading, i)]
        span = _ask_span(tokens, words, book.reply_form_asks)
        if span is None:
            continue
        said = [tokens[i] for i in words]
        text = " ".join(said)
        # The ask's own words are read whole ("así se responde" holds the "se" of "if").
        rest = [tokens[i] for i in words if not span[0] <= i < span[1]]
        if (
            not book.conditionals.isdisjoint(rest)
            or not names.isdisjoint(said)
            or any(book.negates_at(reading, i) for i in range(start, end))
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in f" {text} " for w in book.meeting_words)
            or any(
                start <= p.start <= end
                and p.label not in ("question", "neutral")
                # The ask's own words are read whole ("é assim que se responde" holds
                # the hedge "assim que").
                and not span[0] <= p.start < p.end <= span[1]
                for p in reading.phrases
            )
        ):
            continue
        out.update(range(start, end + 1))
    return frozenset(out)


def _referral_asks(
    reading: Reading, book: PhraseBook, people: frozenset[str], asked: str
) -> frozenset[int]:
    """The question marks closing a sentence, after the writer's refusal, that suggests
    someone else to ask: "I'd love to. But I can't. ... Maybe ask Luc on 7 South?",
    "Peut-être demander à Luc ?", "¿Has probado con Luc?", "Frag doch mal Luc?", "Já
    tentou o Luc?", "Labda umuulize Luc?".

    The sentence opens with one of the referral_asks, and the few words after it name
    someone (one of ``people``, the words the text writes with a capital, or one of the
    third_parties: "my colleague") and hold none of the own_subjects, no word of the name
    of the one asked about, no negation, condition, intro_stems or meeting_words, and no
    phrase but the lead's own, a third party or a neutral one. A refusal (a refusal
    phrase or a negated yes) stands before it, after every yes nothing negates. The
    writer points elsewhere, asking nothing of the introduction: "Maybe ask me again in
    March?", "Have you asked Gavin?" (the one asked about), "Not for me, but my colleague
    might be. Would that help?" and a question after a yes still ask."""
    tokens = reading.tokens
    refusals = [p.start for p in reading.phrases if p.label == "no"]
    refusals += [
        p.start
        for p in reading.phrases
        if p.label == "yes" and (_negated(reading, p, book) or _negated_after(reading, p, book))
    ]
    if not refusals:
        return frozenset()
    yeses = _unnegated_yeses(reading, book)
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)
    parties = tuple(tuple(party.split()) for party in book.third_parties)
    out: set[int] = set()
    for end, token in enumerate(tokens):
        if token != "?":
            continue
        start = _sentence_start(reading, end)
        before = [r for r in refusals if r < start]
        if not before or any(max(before) < y for y in yeses):
            continue
        words = [i for i in range(start, end) if _is_word(reading, i)]
        said = tuple(tokens[k] for k in words)
        lead = next(
            (ask for ask in book.referral_asks if said[: len(ask)] == ask),
            None,
        )
        if lead is None or not 0 < len(words) - len(lead) <= _REFERRAL_WORDS:
            continue
        lead_end = words[len(lead) - 1] + 1
        rest = tuple(tokens[i] for i in words[len(lead) :])
        text = " ".join(rest)
        if (people.isdisjoint(rest) and not any(_holds(rest, party) for party in parties)) or (
            not book.own_subjects.isdisjoint(rest)
            or not names.isdisjoint(rest)
            or not book.conditionals.isdisjoint(rest)
            or any(book.negates_at(reading, i) for i in range(lead_end, end))
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in f" {text} " for w in book.meeting_words)
            or any(
                lead_end <= p.start < end
                and p.label != "neutral"
                and not (p.label == "hedge" and p.text in book.third_parties)
                for p in reading.phrases
            )
        ):
            continue
        out.update(range(start, end + 1))
    return frozenset(out)


# A referral names someone in a few words ("Maybe ask Luc on 7 South?").
_REFERRAL_WORDS = 8


def _ask_span(
    tokens: tuple[str, ...], words: list[int], asks: tuple[tuple[str, ...], ...]
) -> tuple[int, int] | None:
    """The token range of the first of ``asks`` said in a row among the sentence's
    ``words`` (token indices), with at most one word after it; None without one."""
    for ask in asks:
        for at in range(len(words) - len(ask) + 1):
            if tuple(tokens[k] for k in words[at : at + len(ask)]) == ask:
                if len(words) - at - len(ask) <= 1:
                    return words[at], words[at + len(ask) - 1] + 1
                break
    return None


def _answered_choices(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The tokens of the questions after a yes that offer a choice the writer answers
    at once with either: "Passt, gern! Meldet er sich bei mir oder soll ich ihm
    schreiben? Ist mir beides recht.", "Happy to. Should he email me or should I reach
    out? Either works."

    A sentence closed by a question mark, holding one of the choice_words ("or", "oder",
    "ou", "o", "au") and nothing that answers, doubts, turns, negates or sets a condition,
    after a yes not negated in an earlier sentence, and followed by a sentence that is one
    of the either_answers ("either works", "ist mir beides recht", "les deux me vont") and
    at most ``_EITHER_EXTRA_WORDS`` others, asks nothing of the consent. "Should I say
    yes or no? Either is fine." ("yes or no" is a neutral phrase: none is allowed) and
    "Could you hold off or send it now?" still ask."""
    tokens = reading.tokens
    yeses = _unnegated_yeses(reading, book)
    if not yeses:
        return frozenset()
    out: set[int] = set()
    for at, end in _sentences(reading, _sentence_end(reading, min(yeses)) + 1):
        if (
            end < len(tokens)
            and tokens[end] == "?"
            and not book.choice_words.isdisjoint(tokens[at:end])
            and book.conditionals.isdisjoint(tokens[at:end])
            and not any(book.negates_at(reading, i) for i in range(at, end))
            and not any(at <= p.start <= end and p.label != "question" for p in reading.phrases)
            and _either_after(reading, end + 1, book)
        ):
            out.update(range(at, end + 1))
    return frozenset(out)


def _self_answered(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The tokens before the last of the writer's own answers to what they asked, where
    a yes follows it: "yes!! wait who is this 😭 how did u get my school email / oh nvm i
    see coach hughes is the one who sent it lol. ok yeah go ahead", "C'est qui ? Ah je
    vois, c'est par le coach. Oui, vas-y.", "Wer ist das? Ach so, über den Trainer. Ja,
    gern.", "Ni nani huyu? Kumbe ni kocha. Sawa, endelea.".

    One of the self_answers ("nvm", "never mind", "i see", "laisse tomber", "ya veo",
    "ach so", "deixa pra lá", "kumbe") opening its sentence, after one of the
    pause_interjections at most ("oh nvm"), with a yes after it that nothing negates,
    drops the questions asked before it: the writer found the answer and then agreed. A
    question asked after it still asks, and with no yes after it ("sure i guess?? wait
    who is this", "Yes! Who is this? Nvm.") the questions stay open."""
    tokens = reading.tokens
    yeses = _unnegated_yeses(reading, book)
    out: frozenset[int] = frozenset()
    for start, end in _sentences(reading):
        words = [i for i in range(start, end) if _is_word(reading, i)]
        # "Ach so" opens with an interjection of its own; "oh nvm" has one before it.
        leads = 2 if words and tokens[words[0]] in book.pause_interjections else 1
        if any(
            tuple(tokens[i] for i in words[at : at + len(answer)]) == answer
            and any(yes > words[at] for yes in yeses)
            for at in range(min(leads, len(words)))
            for answer in book.self_answers.get(tokens[words[at]], ())
        ):
            out = frozenset(range(start))
    return out


def _contact_choices(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The tokens of the questions after a yes that ask only how the writer and the
    other are to reach each other: "Yes, please go ahead. Will James get my mobile
    number or only my email?", "¿le paso mi móvil o prefiere que hablemos primero por
    correo?", "Meldet sich Herr Neumann bei mir, oder soll ich auf ihn zugehen?".

    A sentence closed by a question mark, after a yes not negated that ends in an
    earlier sentence, holding one of the choice_words with one of the
    contact_choice_words (a channel or a way of making contact: "mobile", "email",
    "melden", "correo") on each side of it in the sentence, with no negator, no
    condition, none of the before_words with the writer after it ("before I decide";
    "hablemos primero por correo" orders channels) and nothing phrased but questions, neutral
    phrases, hedges that hold a contact word themselves ("meldet sich") and answers
    that answer only closing their clause and go on in it (the "paso" of "le paso mi
    móvil"): the consent is given, and the way to meet is asked. "Yes, but who is he
    exactly?", "Yes. Will he pitch me?", "Yes. Should he email me or is it a sales
    pitch?" (no contact word after the "or") and "Yes. Should he call me, or should I
    wait until I know more?" still ask."""
    tokens = reading.tokens
    yeses = _standing_yes_ends(reading, book)
    if not yeses:
        return frozenset()
    out: set[int] = set()
    for at, end in _sentences(reading, _sentence_end(reading, min(yeses) - 1) + 1):
        if end < len(tokens) and tokens[end] == "?" and _contact_choice(reading, at, end, book):
            out.update(range(at, end + 1))
    return frozenset(out)


def _contact_choice(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the question from ``start`` to ``end`` offers a choice of channels or of
    who makes contact, and nothing else (see ``_contact_choices``)."""
    tokens = reading.tokens
    words = range(start, end)
    if any(book.negates_at(reading, i) or tokens[i] in book.conditionals for i in words):
        return False
    # "hablemos primero por correo" orders the channels; "before I decide" waits.
    if any(
        tokens[i] in book.before_words and not book.own_subjects.isdisjoint(tokens[i + 1 : end])
        for i in words
    ):
        return False
    for phrase in reading.phrases:
        if not start <= phrase.start < end or phrase.label in ("question", "neutral"):
            continue
        if phrase.label == "hedge" and not book.contact_choice_words.isdisjoint(
            tokens[phrase.start : phrase.end]
        ):
            continue
        if (
            phrase.label in ("yes", "no")
            and phrase.text in book.closing_only
            and _followed_in_clause(reading, phrase.end)
        ):
            continue
        return False
    return any(
        tokens[c] in book.choice_words
        and not book.contact_choice_words.isdisjoint(tokens[start:c])
        and not book.contact_choice_words.isdisjoint(tokens[c + 1 : end])
        for c in words
    )


def _trade_questions(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The tokens of each question, after a yes, that asks what the other wants to buy
    from the writer, in a paragraph that quotes the writer's prices: "Does she need a
    tasting box for couples as well? We do those for €25.", "il lui faut du pain en miche
    ou des petits pains ? ... la miche à 5,80 €", "¿Ella sabe cuántas docenas por día
    necesita? ... a $9.500 la docena", "A D. Inês quer só pão ou também pastelaria? ...
    a 0,95 €", "anataka vitanda vya mninga au mvule? ... ni Tsh 850,000".

    The question holds one of the trade_needs (the other needing or wanting: "need",
    "il lui faut", "necesita", "braucht", "quer", "anataka") and nothing phrased but its
    own marks ("?", "¿"), neutral phrases and deferral leads with no date after them
    ("en miche"); no negation, none of the conditionals, own_subjects ("me", "I"),
    robot_words, intro_stems or meeting_words. Its paragraph, outside the question,
    holds a price (one of the price_marks right before or after a number: "€420", "Tsh
    850,000", "5,80 €"), and a yes not negated stands in an earlier sentence: the
    writer is already selling, and asks what to offer, which doubts nothing of the
    meeting. "Yes. What does she want from me? Prices start at €50", "Yes. Does she
    need me to meet her first? ... €50", "Yes. Is she legit? ... €50" and a question
    with no price beside it still ask."""
    tokens = reading.tokens
    yeses = _unnegated_yeses(reading, book)
    if not yeses:
        return frozenset()
    out: set[int] = set()
    for start, end in _questions_after(reading, yeses):
        said = tuple(tokens[i] for i in range(start, end) if _is_word(reading, i))
        text = " ".join(said)
        if (
            not any(_holds(said, need) for need in book.trade_needs)
            or not book.conditionals.isdisjoint(said)
            or not book.own_subjects.isdisjoint(said)
            or not book.robot_words.isdisjoint(said)
            or any(book.negates_at(reading, i) for i in range(start, end))
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in f" {text} " for w in book.meeting_words)
            or any(
                start <= p.start <= end
                and p.label not in ("question", "neutral")
                and not (p.label == "deferral" and not _date_follows(reading, p, book))
                for p in reading.phrases
            )
            or any(
                start <= p.start <= end and p.label == "question" and p.text not in ("?", "¿")
                for p in reading.phrases
            )
        ):
            continue
        first, last = _paragraph_span(reading, start, end)
        if not any(
            _price_at(reading, i, book) for i in (*range(first, start), *range(end + 1, last))
        ):
            continue
        out.update(range(start, end + 1))
    return frozenset(out)


def _questions_after(reading: Reading, yeses: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The start and the "?" of each question whose sentence opens after one of
    ``yeses``."""
    for end, token in enumerate(reading.tokens):
        if token != "?":
            continue
        start = _sentence_start(reading, end)
        if any(y < start for y in yeses):
            yield start, end


def _paragraph_span(reading: Reading, start: int, end: int) -> tuple[int, int]:
    """The token range of the paragraph around ``start`` to ``end``: up to a blank line
    on either side."""
    tokens = reading.tokens
    first = start
    while first > 0 and tokens[first - 1].count("\n") < 2:
        first -= 1
    last = end
    while last < len(tokens) and tokens[last].count("\n") < 2:
        last += 1
    return first, last


def _either_after(reading: Reading, start: int, book: PhraseBook) -> bool:
    """Whether the sentence from ``start`` on is one of the either_answers and a few
    words at most ("Either works for me", its "works for me" a yes), closed by no
    question mark, with nothing else that refuses, doubts, turns, asks or negates."""
    tokens = reading.tokens
    end = _sentence_end(reading, start)
    words = tuple(tokens[i] for i in range(start, end) if _is_word(reading, i))
    found = next((w for w in book.either_answers if _holds(words, w)), None)
    return (
        found is not None
        and len(words) - len(found) <= _EITHER_EXTRA_WORDS
        and not (end < len(tokens) and tokens[end] == "?")
        and not any(book.negates_at(reading, i) for i in range(start, end))
        and not any(
            start <= p.start < end and p.label not in ("neutral", "aside", "yes")
            for p in reading.phrases
        )
    )


# How many words besides the either_answer its sentence may hold ("Either works for me").
_EITHER_EXTRA_WORDS = 3


def _relatives(reading: Reading, book: PhraseBook) -> Reading:
    """The reading, in a reply that refuses and asks nothing with a question mark, with
    each of the relative_questions read as neutral where a word stands right before it in
    its clause, none of the relative_askers: the relative pronoun of "But I can't, I'm
    covering for a colleague who's on long-term sick", "mon collègue qui est en arrêt".
    "Who's she?", "Let me know who's involved" and "Je me demande qui est derrière" still
    ask. Beside a yes alone it is left as it is: a question read where none was asked
    leaves a yes unclear, never a refusal, and the clause it opens may tell of someone
    else the writer answers for ("I share this mailbox with Maria Bauer who is on leave
    ... feel free to go ahead")."""
    tokens = reading.tokens
    phrases = list(reading.phrases)
    for n, phrase in enumerate(phrases):
        if phrase.label != "question" or phrase.text not in book.relative_questions:
            continue
        before = phrase.start - 1
        while before >= 0 and not tokens[before].strip() and "\n" not in tokens[before]:
            before -= 1
        if before >= 0 and _is_word(reading, before) and tokens[before] not in book.relative_askers:
            phrases[n] = replace(phrase, label="neutral")
    return replace(reading, phrases=tuple(phrases))
