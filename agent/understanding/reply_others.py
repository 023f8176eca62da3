"""Other people in a reply: answers relayed for them, said of them or given for them.

Regards passed on, acceptances relayed for the one asked and the hedges framing them,
permissions, yeses and refusals said of someone else, third parties and colleagues
pointed to after a refusal, and the names a text writes with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from agent.understanding.reply_negation import _negated, _negated_after
from agent.understanding.reply_phrases import (
    SENTENCE_ENDS,
    Phrase,
    PhraseBook,
    Reading,
    normalise,
    phrase_book,
)
from agent.understanding.reply_words import (
    _clause_bounds,
    _is_word,
    _next_word,
    _said_in_order,
    _sentence_end,
    _sentence_start,
)


def _regards(reading: Reading, book: PhraseBook) -> tuple[Reading, tuple[str, ...]]:
    """Regards passed on to someone (regards: "grüß ihn von mir", "passe le bonjour",
    "salúdala", "manda um abraço", "msalimie", "say hi"): a yes in their clause says how
    gladly they are passed on and answers nothing ("Grüß Jo gerne von mir", "Transmets-lui
    mes amitiés avec plaisir"), so it is read as nothing, and what it was is returned. A
    yes past a pause stays ("Gerne! Und Grüße an Jo", "Sure thing, say hi to Jo"); a
    hyphen inside a word ("salue-le") is no pause. Before the regards, only the yeses
    nearest them are theirs (see ``_leads_regards``): dictated with no stop, "Passt eh gib
    ihm meine Nummer ich steh eh jeden Tag am Standplatz ... mach ich gern Grüße an die
    Frau Moser" says yes well before the regards it ends on."""
    tokens = reading.tokens
    clauses: list[tuple[int, int, int]] = []
    for i, token in enumerate(tokens):
        if any(tokens[i : i + len(words)] == words for words in book.regards.get(token, ())):
            if _signs_off(reading, i):
                continue
            first, last = _clause_bounds(reading, i, i, word_hyphens=True)
            clauses.append((first, i, last))
    dropped = [
        p
        for p in reading.phrases
        if p.label in ("yes", "relayed")
        # A yes running into the regards ("please do" of "Please do thank Rory") or after
        # them is theirs.
        and any(
            a <= p.start and p.end <= b and (p.end > i or _leads_regards(reading, p, i, a))
            for a, i, b in clauses
        )
    ]
    if not dropped:
        return reading, ()
    phrases = tuple(
        Phrase("neutral", p.start, p.end, p.text) if p in dropped else p for p in reading.phrases
    )
    return replace(reading, phrases=phrases), tuple(p.text for p in dropped)


# How many words may stand between a yes and the regards after it, or the yes after it
# that is theirs, for the yes to be theirs too ("Please do give Jo my regards").
_REGARDS_LEAD_WORDS = 3


def _leads_regards(reading: Reading, phrase: Phrase, index: int, first: int) -> bool:
    """Whether the yes ``phrase``, in the clause from ``first``, before the regards at
    ``index``, belongs to them: it is the nearest yes before them, or at most
    ``_REGARDS_LEAD_WORDS`` words stand between it and them or a yes after it that is
    theirs ("Sure happy to give Jo and the whole team my regards"). A yes further off
    was said before them, and the stretch between is about something else."""
    before = sorted(
        (
            p
            for p in reading.phrases
            if p.label in ("yes", "relayed") and first <= p.start and p.end <= index
        ),
        key=lambda p: p.start,
        reverse=True,
    )
    bound = index
    for n, p in enumerate(before):
        between = sum(1 for k in range(p.end, bound) if _is_word(reading, k))
        if n and between > _REGARDS_LEAD_WORDS:
            return False
        if p is phrase:
            return True
        bound = p.start
    return False


def _signs_off(reading: Reading, index: int) -> bool:
    """Whether the word at ``index`` is a sign-off, a neutral phrase of its own ("Gruß",
    "Grüße", which fold to the "grüß" of regards passed on), with at most a name of two
    words after it to the text's end: "... wenn ich erst nächste Woche antworte Gruß
    Bauer", dictated with no stop before it. "Grüß Jo gerne von mir" goes on."""
    if not any(p.label == "neutral" and p.start == index for p in reading.phrases):
        return False
    after = [i for i in range(index + 1, len(reading.tokens)) if reading.tokens[i].strip()]
    return len(after) <= _SIGN_OFF_NAME_WORDS and all(_is_word(reading, i) for i in after)


# A name signing a dictated mail, after its sign-off, has at most this many words.
_SIGN_OFF_NAME_WORDS = 2


def _relayed(reading: Reading, book: PhraseBook) -> tuple[Reading, tuple[str, ...]]:
    """The reading with each acceptance in the third person (relayed_acceptances: "il
    accepte d'être mis en relation", "he accepts the introduction", "aceita a
    apresentação"; third_person_yes: "il serait ravi", "er würde sich freuen", "le
    encantaría", "ficariam felizes", "angefurahi", "Mark is happy to") read as a yes
    where the writer relays it, one of the relays said before it in its sentence, or in
    the one it follows after a colon ("m'a demandé de vous confirmer qu'il accepte ...",
    "He asked me to confirm: he accepts ...", "pediu-me que confirmasse que aceita
    ..."), and as nothing anywhere else, with those not relayed: "I think he accepts the
    introduction" guesses, "I'll check whether he accepts" asks him, and a bare yes
    opening their sentence answers for that person ("Oui, Marc serait ravi", "Ja, er
    würde sich freuen", "Ndiyo, atafurahi"). "Oui, avec plaisir. Il sera content de
    vous connaître." is the writer's yes."""
    phrases = []
    said: list[str] = []
    for phrase in reading.phrases:
        if phrase.label == "relayed":
            relayed = _relay_before(reading, phrase.start, book, phrase)
            if not relayed and any(f" {h} " in f" {phrase.text} " for h in book.hedge_texts):
                # "if she says yes": another's answer still to come, a doubt as before.
                phrases.append(replace(phrase, label="hedge"))
                continue
            phrase = replace(phrase, label="yes" if relayed else "neutral")
            if not relayed:
                said.append(phrase.text)
        phrases.append(phrase)
    if said:
        _answered_for_them(reading, phrases, said)
    return replace(reading, phrases=tuple(phrases)), tuple(said)


def _permissions(
    reading: Reading, book: PhraseBook, names: frozenset[str] = frozenset()
) -> Reading:
    """The reading with each of the permission_leads that asks nothing read as a go-ahead:
    with a word of its clause before it (the verb second after what is put first: "den
    Kontakt können Sie trotzdem gleich herstellen", "Vorstellen können Sie uns jederzeit"),
    one of the permission_verbs in that clause, every other word there one of the
    permission_words (what is introduced, "gleich", "gern", "trotzdem", "zu Herrn") or a
    word of the name of the one asked about (``names``: "gerne können Sie den Kontakt zu
    Herrn Brandt herstellen") and no question mark closing its sentence. "Können Sie uns
    vorstellen?", "Können Sie mir mehr sagen", "Den Kontakt können Sie nicht herstellen.",
    "den Kontakt können Sie erst nach meinem Urlaub herstellen" and "gerne können Sie den
    Kontakt zu Herrn Brandt nach Rücksprache herstellen" stay as they were."""
    tokens = reading.tokens
    granted: dict[int, Phrase] = {}
    for n, phrase in enumerate(reading.phrases):
        if phrase.label != "question" or phrase.text not in book.permission_leads:
            continue
        start, end = _clause_bounds(reading, phrase.start, phrase.end)
        verbs = [i for i in range(start, end) if tokens[i] in book.permission_verbs]
        others = [
            tokens[i]
            for i in range(start, end)
            if not phrase.start <= i < phrase.end and i not in verbs
        ]
        if (
            start < phrase.start
            and verbs
            and all(t in book.permission_words or t in names for t in others)
            and not any("?" in t for t in tokens[end : _sentence_end(reading, end) + 1])
        ):
            # The go-ahead reaches its verb; a contrast inside it ("trotzdem") turns nothing.
            granted[n] = replace(phrase, label="yes", end=max(verbs[-1] + 1, phrase.end))
    phrases = [granted.get(n, p) for n, p in enumerate(reading.phrases)]
    return replace(
        reading,
        phrases=tuple(
            p
            for p in phrases
            if not (
                p.label == "contrast" and any(g.start < p.start < g.end for g in granted.values())
            )
        ),
    )


def _relay_hedges(
    reading: Reading, book: PhraseBook, relayed: frozenset[int] = frozenset()
) -> Reading:
    """The reading without the hedges that only frame a relayed acceptance: one of the
    behalf_leads before it in its sentence, or in the one it follows after a colon, and
    a hedge among the words of the relay itself, where one of the relays stands before
    it ("On behalf of Dr. Brandt: he ... asked me to tell you that he agrees to the
    introduction", "En nombre de D. Javier Ortega, le confirmo que acepta la
    presentación"). "On behalf of Mr Ortega, I'll pass this on" relays no acceptance
    and keeps its hedge.

    A sentence of its own right before the relay's, that only says on whose behalf the
    writer writes (a behalf lead and no other phrase but neutral ones: "I write on behalf
    of Mr Bankole, Executive Director.\n\nMr Bankole has instructed me to confirm that
    he is happy to be introduced"), frames it too; "I write on behalf of Mr Bankole, if
    he agrees." keeps its hedges. A yes said of someone else and relayed (its start
    among ``relayed``: "he is happy to be introduced") is framed as a relayed
    acceptance is."""
    framing: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "relayed" and phrase.start not in relayed:
            continue
        start = _sentence_start(reading, phrase.start)
        # Back over a colon ("On behalf of X: he ...") and a title's dot ("Dr. Brandt").
        while start > 1 and (
            reading.tokens[start - 1] == ":"
            or (reading.tokens[start - 1] == "." and reading.tokens[start - 2] in book.name_titles)
        ):
            start = _sentence_start(reading, start - 1)
        relay = _said_in_order(reading, start, phrase.start, book.relays)
        if relay is None:
            continue
        (relay_start, relay_end), _ = relay
        for n, hedge in enumerate(reading.phrases):
            if hedge.label == "hedge" and (
                relay_start <= hedge.start < relay_end
                or (hedge.text in book.behalf_leads and start <= hedge.start < relay_start)
            ):
                framing.add(n)
        framing.update(_behalf_before(reading, start, book))
    if not framing:
        return reading
    return replace(
        reading, phrases=tuple(p for n, p in enumerate(reading.phrases) if n not in framing)
    )


# How many sentences telling the request put before the one asked may stand between
# the one saying on whose behalf the writer writes and the relay ("The matter was placed
# before His Worship at this morning's briefing.").
_BEHALF_GAP = 2


def _initials(token: str) -> bool:
    """Whether a token is initials a dot closes: single letters, dotted between ("d",
    "j.p")."""
    return all(len(part) == 1 and part.isalpha() for part in token.split("."))


def _behalf_before(reading: Reading, start: int, book: PhraseBook) -> set[int]:
    """The indexes (among the reading's phrases) of the behalf leads in the sentence
    right before the one that opens at ``start``, when that sentence holds one and no
    other phrase but neutral ones: it only says on whose behalf the writer writes. Up to
    ``_BEHALF_GAP`` sentences that tell the request put before the one asked (one of the
    put_befores) and hold no phrase but neutral ones may stand between ("I write on
    behalf of His Worship the Mayor ... The matter was placed before His Worship this
    morning. He has asked me to convey that he is agreeable"): the decision relayed is
    theirs. A question word right after a comma, in a sentence no question mark closes,
    opens a relative clause and asks nothing ("I am writing on behalf of Professor
    Okonkwo, who is currently on the wards and has asked me to manage her
    correspondence"). Any other sentence between ends the search, so "I write on behalf of Mr
    Bankole. He is away. He asked me to confirm he agrees" keeps the lead."""
    for _ in range(_BEHALF_GAP + 1):
        end = start - 1
        while end >= 0 and (
            not reading.tokens[end].strip() or reading.tokens[end] in SENTENCE_ENDS
        ):
            end -= 1
        if end < 0:
            return set()
        before = _sentence_start(reading, end)
        # Back over the dot of a title or of initials ("Mr. Marcus Thompson", "J.P."),
        # which ends no sentence.
        while before > 1 and (
            reading.tokens[before - 1] == "."
            and (
                reading.tokens[before - 2] in book.name_titles
                or _initials(reading.tokens[before - 2])
            )
        ):
            before = _sentence_start(reading, before - 2)
        inside = [
            (n, p) for n, p in enumerate(reading.phrases) if before <= p.start and p.end <= end + 1
        ]
        leads = {n for n, p in inside if p.label == "hedge" and p.text in book.behalf_leads}
        asked = "?" in reading.tokens[end + 1 : start]
        # "on behalf of Professor Okonkwo, who is currently on the wards": a relative
        # clause after the comma that closes the name, in a sentence that asks nothing.
        relatives = {
            n
            for n, p in inside
            if p.label == "question" and not asked and _after_comma(reading, p.start)
        }
        if any(p.label != "neutral" for n, p in inside if n not in leads | relatives):
            return set()
        if leads:
            return leads | relatives
        if _said_in_order(reading, before, end + 1, book.put_befores) is None:
            return set()
        start = before
    return set()


def _after_comma(reading: Reading, index: int) -> bool:
    """Whether a comma stands right before the token at ``index`` (blanks between)."""
    before = index - 1
    while before >= 0 and not reading.tokens[before].strip():
        before -= 1
    return before >= 0 and reading.tokens[before] == ","


def _confirmed_yeses(reading: Reading, book: PhraseBook) -> Reading:
    """The reading without each of the own_confirmations read as a hedge ("je vous
    confirme", "le confirmo") that frames the writer's own yes: the next phrase after it
    a yes in the same sentence, with only confirmation_fillers between ("Le confirmo que
    acepto con mucho gusto la presentación", "Je vous confirme bien volontiers mon
    accord"). The writer confirms now what the yes says. "Le confirmo mañana", "Je vous
    confirme demain mon accord" (a time between: a promise), "Je vous confirme si
    j'accepte" (a hedge next) and a confirmation with no yes after it keep the hedge."""
    tokens = reading.tokens
    phrases = sorted(reading.phrases, key=lambda p: (p.start, p.end))
    framing: set[Phrase] = set()
    for n, phrase in enumerate(phrases):
        if phrase.label != "hedge" or phrase.text not in book.own_confirmations:
            continue
        following = next((p for p in phrases[n + 1 :] if p.start >= phrase.end), None)
        if (
            following is not None
            and following.label == "yes"
            and _sentence_end(reading, phrase.end) >= following.start
            and all(
                not tokens[i].strip() or tokens[i] in book.confirmation_fillers
                for i in range(phrase.end, following.start)
            )
        ):
            framing.add(phrase)
    if not framing:
        return reading
    return replace(reading, phrases=tuple(p for p in reading.phrases if p not in framing))


def _relay_before(
    reading: Reading, index: int, book: PhraseBook, phrase: Phrase | None = None
) -> bool:
    """Whether one of the relays ("asked me to confirm", "m'a demandé de vous dire")
    stands before ``index`` in its sentence, or in the sentence it follows after a colon
    ("He asked me to confirm: he accepts the introduction."); before one of the
    reported_yes (``phrase``: "she says yes"), one of the shown_reports does too ("I
    showed her this and she says yes"). A guess in that sentence, between the relay and
    ``index`` or after ``phrase`` ("I showed her this and I think she says yes", "je
    pense qu'elle dit oui", "she says yes, I think") relays nothing; nor does a relay
    whose yes is asked about, one of the reason_questions between them ("Herr Brandt hat
    mich gebeten zu prüfen, ob er einverstanden ist", "asked me to check whether he
    agrees"). A title's dot ends no sentence: "Por instrucciones del Lic. Garza le
    comento que acepta la presentación" relays."""
    start = _sentence_start(reading, index)
    while start > 1 and (
        reading.tokens[start - 1] == ":"
        or (reading.tokens[start - 1] == "." and reading.tokens[start - 2] in book.name_titles)
    ):
        start = _sentence_start(reading, start - 1)
    relay = _said_in_order(reading, start, index, book.relays)
    if relay is None and phrase is not None and phrase.text in book.reported_yes:
        relay = _said_in_order(reading, start, index, book.shown_reports)
    if relay is None:
        return False
    end = _sentence_end(reading, phrase.end if phrase is not None else index)
    between = reading.tokens[relay[0][1] : index]
    return not (
        _guessed(between, book)
        or not book.reason_questions.isdisjoint(between)
        or (phrase is not None and _guessed(reading.tokens[phrase.end : end], book))
    )


def _guessed(tokens: Sequence[str], book: PhraseBook) -> bool:
    """Whether one of the guess_leads stands among ``tokens`` ("I think", "je pense
    qu'elle": its last word may be elided)."""
    said = [t for t in tokens if t.strip()]
    return any(
        all(
            token == word or token.startswith(f"{word[:-1]}'")
            for token, word in zip(said[k : k + len(lead)], lead, strict=True)
        )
        for lead in book.guess_leads
        for k in range(len(said) - len(lead) + 1)
    )


# How many words may stand between a yes and its subject, or the guess that opens it
# ("I'm sure Paul and Marie would be glad" holds three).
_SUBJECT_GAP = 3


# A capitalised word inside its sentence, not opening it: "Yes, Mark would be happy to",
# "Yes, Mark's team would be happy to" (not "Jean" of "Jean-Marc", nor "L" of "L'Oréal").
_INNER_CAPITAL = re.compile(
    r"(?:(?<=\w )|(?<=[,;:(] )|(?<=[,;:(]))\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\b"
    r"(?!-|['\u2019](?!s\b))"
)
# A capitalised word after an abbreviation's dot: "Mr. Rao", kept after a title only.
_AFTER_DOT = re.compile(r"\b([^\W\d_]+)\. ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b")


def _written_names(
    text: str, reading: Reading, book: PhraseBook, known: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The words the text writes with a capital inside a sentence or after a title, as
    names are written ("Sí, Marc estaría encantado", "Sim, o Marc adoraria", "Mr. Rao",
    "Mark's team"), and the names the mail itself gives (``known``, wherever they stand:
    "Yes. Mark would be happy to."), found among the words read, when a yes has words
    before it: pronouns, titles and dates aside, and words capitalised inside
    ("LinkedIn", "WhatsApp"), which are names of things."""
    if not any(p.label == "yes" and p.start for p in reading.phrases):
        return frozenset()
    return _capitalised_names(text, reading, book, known)


def _capitalised_names(
    text: str, reading: Reading, book: PhraseBook, known: frozenset[str]
) -> frozenset[str]:
    """The words of ``_written_names``, whatever the text says."""
    found = {normalise(m.group()) for m in _INNER_CAPITAL.finditer(text)} | known
    found.update(
        normalise(m.group(2))
        for m in _AFTER_DOT.finditer(text)
        if normalise(m.group(1)) in book.name_titles
    )
    return frozenset(
        word
        for word in found.intersection(reading.tokens)
        if word not in book.own_subjects
        and word not in book.thing_subjects
        and word not in book.other_subjects
        and word not in book.linked_subjects
        and word not in book.name_titles
        and word not in book.date_words
    )


def _others_yes(
    reading: Reading, book: PhraseBook, names: frozenset[str] = frozenset()
) -> tuple[Reading, tuple[str, ...]]:
    """The reading with each yes said of someone else read as nothing, unless the writer
    relays it ("He asked me to say he'd be glad to"), and those yeses: only the writer's
    own consent counts, so "I'm sure he would be glad to meet her", "She'd be happy to",
    "Il serait ravi de la rencontrer", "Creo que estaría encantado", "Ich glaube, er ist
    einverstanden", "Acho que ela adoraria" say no yes, nor does a bare yes opening their
    sentence ("Yes, he'd love to"). "I'd be glad to meet her" and "It would be great" are
    the writer's."""
    phrases = []
    said: list[str] = []
    for phrase in reading.phrases:
        if (
            phrase.label == "yes"
            and _of_another(reading, phrase, book, names)
            and not _relay_before(reading, phrase.start, book, phrase)
        ):
            phrase = replace(phrase, label="neutral")
            said.append(phrase.text)
        phrases.append(phrase)
    if not said:
        return reading, ()
    _answered_for_them(reading, phrases, said)
    return replace(reading, phrases=tuple(phrases)), tuple(said)


def _relayed_others_hedges(
    reading: Reading, book: PhraseBook, names: frozenset[str] = frozenset()
) -> Reading:
    """The reading without the hedges that only frame a yes said of someone else that
    the writer relays ("I write on behalf of Mr Bankole. ... He has instructed me to
    confirm that he is happy to be introduced"), as ``_relay_hedges`` finds them."""
    relayed = frozenset(
        p.start
        for p in reading.phrases
        if p.label == "yes"
        and _of_another(reading, p, book, names)
        and _relay_before(reading, p.start, book, p)
    )
    return _relay_hedges(reading, book, relayed) if relayed else reading


def _others_refusals(
    text: str, reading: Reading, book: PhraseBook, known: frozenset[str]
) -> tuple[Reading, tuple[str, ...]]:
    """The reading with each refusal said of someone else read as nothing, when nothing
    in the reply says yes, and those refusals: "O Rui Almeida já não faz parte da nossa
    equipa", "Rui no longer works here", "Er arbeitet nicht mehr bei uns" tell of another
    (a name or "he", "ele", "er" as its subject, as ``_of_another`` finds for a yes), most
    often a colleague answering for the one asked, who refuses nothing: unclear. The
    writer's own ("I no longer take on such work", "Já não aceito novos clientes") still
    refuses, and so does a refusal holding the writer as its subject after its verb
    ("Die Vorstellung brauchen wir nicht"), or one relayed (relays, or regret_relays
    before it in its sentence: "The Dean regrets that ... she is unable to accept
    introductions of this kind"); beside a yes nothing changes, so that no yes
    is ever left standing alone."""
    if any(p.label == "yes" for p in reading.phrases):
        return reading, ()
    names = _capitalised_names(text, reading, book, known)
    theirs = {
        p.start
        for p in reading.phrases
        if p.label == "no"
        and p.start
        # "Die Vorstellung brauchen wir nicht": a refusal that holds its subject, the
        # writer, after its verb is the writer's, whatever noun stands before it.
        and not any(t in book.own_subjects for t in reading.tokens[p.start + 1 : p.end])
        # "Sheria ... haziniruhusu kukutana": a verb whose object is the writer refuses
        # for the writer, whatever its subject.
        and reading.tokens[p.start] not in book.own_objects
        and _of_another(reading, p, book, names)
        and not _relay_before(reading, p.start, book, p)
        # "The Dean regrets that ... she is unable to accept introductions": a regret
        # told for them relays their refusal.
        and _said_in_order(reading, _sentence_start(reading, p.start), p.start, book.regret_relays)
        is None
        # "I showed her this and she says no": their own answer, relayed.
        and _said_in_order(reading, _sentence_start(reading, p.start), p.start, book.shown_reports)
        is None
    }
    if not theirs:
        return reading, ()
    phrases = tuple(
        replace(p, label="neutral") if p.start in theirs and p.label == "no" else p
        for p in reading.phrases
    )
    said = tuple(p.text for p in reading.phrases if p.start in theirs and p.label == "no")
    return replace(reading, phrases=phrases), said


def _answered_for_them(reading: Reading, phrases: list[Phrase], said: list[str]) -> None:
    """Each bare yes before another's yes (``said``, now read as nothing), no other phrase
    between them, read as nothing too, in place: it answers for them. So is one opening
    their sentence ("Yes, he'd love to", "Sí, ella estaría encantada", "Oui, il serait
    ravi"), and one alone in the sentence just before theirs ("Yes! He'd love to.", "Oui !
    Il serait ravi.", "Ndiyo. Angefurahi."); "Yes! I'd love to. He sounds great." holds
    the writer's own yes between."""
    for n, phrase in enumerate(phrases):
        if phrase.label == "yes" and phrase.end - phrase.start == 1:
            after = phrases[n + 1] if n + 1 < len(phrases) else None
            if (
                after is not None
                and after.label == "neutral"
                and after.text in said
                and (
                    not _ends_between(reading, phrase.end, after.start)
                    or _alone_before(reading, phrase, after.start)
                )
            ):
                phrases[n] = replace(phrase, label="neutral")


def _ends_between(reading: Reading, start: int, end: int) -> bool:
    """Whether a sentence ends between ``start`` and ``end``; a title's dot ("Mr. Rao")
    ends none."""
    titles = phrase_book().name_titles
    return any(
        (reading.tokens[j] in SENTENCE_ENDS or "\n" in reading.tokens[j])
        and not (reading.tokens[j] == "." and j and reading.tokens[j - 1] in titles)
        for j in range(start, end)
    )


def _alone_before(reading: Reading, phrase: Phrase, index: int) -> bool:
    """Whether ``phrase`` is all the words of its sentence and the sentence of ``index``
    comes right after it; a title's dot ends no sentence ("Ja. Dr. Popescu ist
    einverstanden.")."""
    start = _sentence_start(reading, index)
    titles = phrase_book().name_titles
    while start >= 2 and reading.tokens[start - 1] == "." and reading.tokens[start - 2] in titles:
        start = _sentence_start(reading, start - 2)
    if any(
        _is_word(reading, j) for j in range(_sentence_start(reading, phrase.start), phrase.start)
    ):
        return False
    return phrase.end < start and not any(_is_word(reading, j) for j in range(phrase.end, start))


def _third_parties(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each of the third_parties ("my colleague", "ma collègue", "mi
    socio", "meine Kollegin", "o meu colega", "mwenzangu") read as a hedge where a yes is
    theirs, and as nothing elsewhere; people named as someone's ("the team", "ihr Team",
    "o chefe dele": see ``_people_at``) are read the same way, a hedge added where a yes
    is theirs.

    A yes is theirs when they open what follows a bare yes (one word, or one of the
    confirmations) in its sentence, only a comma or a dash between ("Yes, my colleague
    Mia would love to", "Oui, ma collègue serait ravie", "Ja, ihr Team ist dabei", "Sim,
    o chefe dele topa": the yes answers for them, whatever their verb), or when they are
    its subject, a yes coming at most two words after them, none of them the writer
    ("Sure, my partner Tom would be happy to", "Yes. My wife would love to"). The writer
    with them ("my team and I") is the writer. "Yes - and please cc my co-founder Leila",
    "Happy to. My colleague Mia is in copy", "Yes, happy to - my team and I are free next
    week" and "Oui avec plaisir, mon équipe est au courant" (news of them after the
    writer's own yes) are the writer's yes."""
    yes_phrases = [p for p in reading.phrases if p.label == "yes"]
    bare_ends = {p.end for p in yes_phrases if p.end - p.start == 1 or p.text in book.confirmations}
    yes_starts = {p.start for p in yes_phrases}

    def theirs(start: int, end: int) -> bool:
        if _with_writer(reading, end, book):
            return False
        i = start
        while i and not _is_word(reading, i - 1):
            token = reading.tokens[i - 1]
            if token in SENTENCE_ENDS or "\n" in token:
                break
            i -= 1
        answered = i < start and i in bare_ends
        return answered or any(
            end + gap in yes_starts
            and not any(
                reading.breaks[j] or reading.tokens[j] in book.own_subjects
                for j in range(end, end + gap)
            )
            for gap in range(3)
        )

    phrases = []
    taken: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label == "hedge" and phrase.text in book.third_parties:
            taken.update(range(phrase.start, phrase.end))
            if not theirs(phrase.start, phrase.end):
                phrase = replace(phrase, label="neutral")
        phrases.append(phrase)
    if not book.people_nouns.isdisjoint(reading.tokens):
        covered = {j for p in reading.phrases for j in range(p.start, p.end)}
        for index, token in enumerate(reading.tokens):
            if token not in book.people_nouns or index in taken or index in covered:
                continue
            if not _people_at(reading, index, book):
                continue
            start, end = _people_span(reading, index, book)
            if theirs(start, end) and not _writer_before(reading, start, book):
                text = " ".join(reading.tokens[start:end])
                phrases.append(Phrase("hedge", start, end, text))
        phrases.sort(key=lambda p: (p.start, p.end))
    return replace(reading, phrases=tuple(phrases))


def _writer_before(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the writer is the subject before ``index`` in its clause, people after it
    being what the writer speaks of ("ich würde das Team gerne kennenlernen")."""
    i = index - 1
    while i >= 0 and not reading.breaks[i]:
        if reading.tokens[i] in book.own_subjects:
            return True
        i -= 1
    return False


def _with_writer(reading: Reading, end: int, book: PhraseBook) -> bool:
    """Whether the people named before ``end`` are joined to the writer, one of the
    condition_joiners between ("my team and I", "mon équipe et moi", "timu yangu na
    mimi")."""
    tokens = reading.tokens
    return (
        end + 1 < len(tokens)
        and tokens[end] in book.condition_joiners
        and tokens[end + 1] in book.own_subjects
    )


def _referred(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with what follows a colleague pointed to after the writer's own
    refusal read as nothing: "This isn't something I'd be interested in personally, but
    my colleague Dana Ruiz ... might well be. Feel free to contact her", "für mich ist das
    leider nichts mehr ... Meine Kollegin Frau Yilmaz ... hätte vielleicht Interesse".

    One of the third_parties opening its clause (after a pause or a contrast), after a
    refusal (a refusal phrase or a negated yes) and with no yes of the writer's before
    it, names someone else to ask: from it to the end of its paragraph, the yeses,
    doubts and turns are that person's, not the answer. Questions and refusals there
    still count. "I'd love to, and my colleague might join too" (no refusal) and "Not
    sure, my colleague might be better placed" (a doubt, no refusal) read as before."""
    refusals: list[int] = []
    yeses: list[int] = []
    for phrase in reading.phrases:
        if phrase.label == "no":
            refusals.append(phrase.start)
        elif phrase.label == "yes":
            negated = _negated(reading, phrase, book) or _negated_after(reading, phrase, book)
            (refusals if negated else yeses).append(phrase.start)
    if not refusals:
        return reading
    turns = {p.end for p in reading.phrases if p.label == "contrast"}
    # Each pointer as where it starts, where the one pointed to is named, and whether it
    # is a title (whose yeses must each be said of someone else).
    pointers: list[tuple[int, int, bool]] = []
    for pointer in reading.phrases:
        if not (pointer.label == "hedge" and pointer.text in book.third_parties):
            continue
        before = pointer.start - 1
        while before >= 0 and not _is_word(reading, before) and not reading.breaks[before]:
            before -= 1
        if before < 0 or reading.breaks[before] or pointer.start in turns:
            pointers.append((pointer.start, pointer.start, False))
    if not book.referral_titles.isdisjoint(reading.tokens):
        pointers.extend(
            (start, named, True) for start, named in _titled_referrals(reading, book, min(refusals))
        )
    for start, named, titled in sorted(pointers):
        if not any(r < start for r in refusals):
            continue
        end = _referral_end(reading, named, book, verbs=titled)
        if any(y < start or y >= end for y in yeses):
            continue
        if titled and not _said_of_named(reading, named, end, book):
            continue
        return replace(
            reading,
            phrases=tuple(
                replace(p, label="neutral")
                if start <= p.start < end and p.label in ("yes", "hedge", "contrast")
                else p
                for p in reading.phrases
            ),
        )
    return reading


# How many words may stand between a yes and the someone else it is offered to ("happy
# to talk to anyone else", "gerne mit jemand anderem").
_ELSE_GAP = 2


def _others_offered(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with a yes offered to someone else after the writer's own refusal
    read as nothing: "Not for me, thanks. ... Happy to help with somebody else though",
    "Non merci. Volontiers pour quelqu'un d'autre", "No, gracias. Con gusto hablo con
    otra persona".

    A yes is offered to someone else when one of the anyone_elses follows it in its
    clause, at most ``_ELSE_GAP`` words between ("to", "pour", "mit"), and a refusal (a
    refusal phrase or a negated yes) stands before it: it answers another question than
    the one asked. With no refusal before ("Happy to talk to him, and anyone else too"),
    or the one asked between ("Happy to talk to him or anyone else"), the yes reads as
    before."""
    refused = min(
        (
            p.start
            for p in reading.phrases
            if (p.label == "no" and not _refusal_negated(reading, p, book))
            or (
                p.label == "yes"
                and (_negated(reading, p, book) or _negated_after(reading, p, book))
            )
        ),
        default=None,
    )
    if refused is None:
        return reading
    offered: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "yes" or phrase.start <= refused:
            continue
        end = _clause_bounds(reading, phrase.start, phrase.end)[1]
        found = _said_in_order(reading, phrase.end, end, book.anyone_elses)
        if found is None:
            continue
        gap = [i for i in range(phrase.end, found[0][0]) if _is_word(reading, i)]
        if len(gap) <= _ELSE_GAP:
            offered.add(phrase.start)
    if not offered:
        return reading
    return replace(
        reading,
        phrases=tuple(
            replace(p, label="neutral") if p.start in offered else p for p in reading.phrases
        ),
    )


def _refusal_negated(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a refusal shares its clause with another refusal or a negator outside it
    ("I can't say no to Olivia"): a double negative, which leans rather than refuses."""
    first, last = _clause_bounds(reading, phrase.start, phrase.end)
    return any(
        q is not phrase and q.label == "no" and first <= q.start < last for q in reading.phrases
    ) or any(
        book.is_negator(reading.tokens[i])
        for i in range(first, last)
        if not phrase.start <= i < phrase.end
    )


def _titled_referrals(reading: Reading, book: PhraseBook, refused: int) -> list[tuple[int, int]]:
    """Where someone else named with a title opens a clause, and where the name after
    the titles (and their dots) stands: one of the referral_titles ("Dr", "Frau", "Mme",
    "Sra", "Bi") with a word after it, in a later paragraph than the refusal at
    ``refused``, and before it in its clause only hedges, subject_links and name_articles
    ("Vielleicht ist Dr. Derya Yilmaz ansprechbar", "Perhaps Dr Yilmaz would be open to
    it", "Peut-être que la Dre Yilmaz"). The sentence of the name, not the title's dot,
    is the pointer's (see ``_referral_end``)."""
    tokens = reading.tokens
    hedged = {i for p in reading.phrases if p.label == "hedge" for i in range(p.start, p.end)}
    out: list[tuple[int, int]] = []
    after = next((i for i in range(refused, len(tokens)) if "\n\n" in tokens[i]), len(tokens))
    for i in range(after, len(tokens)):
        if tokens[i] not in book.referral_titles:
            continue
        # Titles in a row, each with its dot at most ("Frau Dr. Brandt"), before the name.
        named = i + 1
        while named < len(tokens) and (
            tokens[named] == "."
            or not tokens[named].strip()
            or tokens[named] in book.referral_titles
            or tokens[named] in book.name_titles
        ):
            named += 1
        if named >= len(tokens) or not _is_word(reading, named):
            continue
        j = i - 1
        while (
            j >= 0
            and not reading.breaks[j]
            and (
                not tokens[j].strip()
                or j in hedged
                or tokens[j] in book.subject_links
                or tokens[j] in book.name_articles
                or tokens[j] in book.subordinators
            )
        ):
            j -= 1
        if j < 0 or reading.breaks[j]:
            out.append((i, named))
    return out


def _said_of_named(reading: Reading, named: int, end: int, book: PhraseBook) -> bool:
    """Whether every yes from the name at ``named`` to ``end`` is said of someone else:
    in the name's own sentence, or in a sentence that opens on another person
    (other_subjects, linked_subjects, or subject_links, a verb naming its subject:
    "Sie ist ... sehr interessiert", "está muy interesada"), with none of the
    own_subjects before it there. "Dr Patel said I should meet her, and I'd be glad to"
    and "Mr Jones: yes, happy to meet him" are the writer's yeses."""
    tokens = reading.tokens
    others = book.other_subjects | book.linked_subjects | book.subject_links
    for p in reading.phrases:
        if p.label != "yes" or not named <= p.start < end:
            continue
        first = _sentence_start(reading, p.start)
        if any(tokens[i] in book.own_subjects for i in range(max(first, named), p.end)):
            return False
        if first > named:
            opening = first
            while opening < p.start and not tokens[opening].strip():
                opening += 1
            if tokens[opening] not in others:
                return False
    return True


def _referral_end(reading: Reading, index: int, book: PhraseBook, verbs: bool = False) -> int:
    """Where what is said of the colleague named at ``index`` ends: its sentence, and
    each sentence after it in its paragraph that speaks of someone (other_subjects,
    linked_subjects, a bearing word of one token: "Feel free to contact her"); with
    ``verbs``, also each that opens on one of the subject_links, a verb naming someone
    else as its subject where no pronoun is written ("Quizá la Dra. Yilmaz esté
    disponible: está muy interesada en lo digital")."""
    tokens = reading.tokens
    someone = {
        *book.other_subjects,
        *book.linked_subjects,
        *(w[0] for w in book.bearing_words if len(w) == 1),
    }
    end = _sentence_end(reading, index)
    while end + 1 < len(tokens) and tokens[end].count("\n") <= 1:
        following = _sentence_end(reading, end + 1)
        opening = _next_word(reading, end + 1)
        if someone.isdisjoint(tokens[end + 1 : following]) and not (
            verbs and opening < following and tokens[opening] in book.subject_links
        ):
            break
        end = following
    return end


def _of_another(
    reading: Reading, phrase: Phrase, book: PhraseBook, names: frozenset[str] = frozenset()
) -> bool:
    """Whether a yes is said of someone else: going back from it in its clause, past at
    most a few words, the first subject met is another person (other_subjects: "he",
    "elle", "er"; linked_subjects, "sie" and Spanish "el", also "you", "her" and "the",
    only before one of the subject_links, their verb, or after one of the subordinators:
    "sie ist einverstanden", "él estaría encantado", "dass sie einverstanden ist", not
    "Stellen Sie den Kontakt gern her" nor "el proyecto suena genial"), or a guess opens
    it with a word or more between ("I'm sure Paul would be glad", "creo que estaría
    encantado"), or people of someone's stand as its subject (other_possessives, or
    own_possessives opening the clause: "his team", "su equipo", "a equipa dele", "my
    team", "notre PDG"). The writer or the thing offered as its subject (own_subjects,
    thing_subjects: "I", "it", "ce", "es"), opening the yes or before it, makes it the
    writer's: "I'd be glad to", "I think it would be great"."""
    tokens = reading.tokens
    if tokens[phrase.start] in book.own_subjects or tokens[phrase.start] in book.thing_subjects:
        # "I'd be glad", "je serais ravi", "me encantaría": the yes names its subject.
        return False
    i = phrase.start - 1
    people = False
    for between in range(_SUBJECT_GAP + 1):
        # A title's own dot ("I'm sure Mr. Hartmann would be delighted") ends no clause:
        # the guess before the name is still read.
        if i < 0 or (reading.breaks[i] and not _title_dot(reading, i, book)):
            return people
        token = tokens[i]
        if between and any(
            tokens[max(i - len(words) + 1, 0) : i + 1] == words for words in book.guess_leads
        ):
            return True
        if token in book.own_subjects or token in book.thing_subjects:
            return False
        if token in book.other_subjects:
            return True
        if phrase.text not in book.confirmations and (
            token in book.other_possessives
            or (token in book.own_possessives and _opens_subject(reading, i, book))
        ):
            # "Yes, his team would be happy to", "Sí, su equipo estaría encantado", "Sim,
            # a equipa dele adoraria", "Yes, our CEO would love to": people of another's,
            # or the writer's own people named as the subject, not the writer ("de mon
            # côté, avec plaisir" and "My answer is yes" are the writer's).
            return True
        if _people_at(reading, i, book):
            # "Yes, the team would love to", "Sí, el equipo estaría encantado", "Ja, das
            # Team wäre froh": people named with an article are another's as well, unless
            # the writer is the subject before them ("ich würde das Team gerne ...").
            people = True
        if token in names and _opens_subject(reading, i, book):
            # "Sí, Marc estaría encantado", "Sim, o Marc adoraria": a name as subject.
            return True
        if token in names and _guessed_of(reading, i, book):
            # "Estoy segura de que el Sr. Ortega estaría encantado", "I'm sure Mr.
            # Hartmann would be glad": a guess about the one named, however long the
            # titles before the name.
            return True
        if token in book.linked_subjects and (
            tokens[i + 1] in book.subject_links or (i and tokens[i - 1] in book.subordinators)
        ):
            return True
        i -= 1
    return people


def _title_dot(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the token at ``index`` is the dot written after one of the name_titles
    ("Mr.", "Dr."), which ends no clause."""
    return (
        reading.tokens[index] == "." and index > 0 and reading.tokens[index - 1] in book.name_titles
    )


def _people_at(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the word at ``index`` is one of the people_nouns named as someone's: an
    article or a possessive before it, one of its clause ("the team", "ihr Team", "el
    equipo"), or a possessive after it ("o chefe dele", "bosi wangu"); an elided article
    is in the word itself ("l'équipe")."""
    tokens = reading.tokens
    word = tokens[index]
    if word not in book.people_nouns:
        return False
    if "'" in word:
        return True
    marks = (book.people_determiners, book.other_possessives, book.own_possessives)
    before = index - 1
    if before >= 0 and not reading.breaks[before] and any(tokens[before] in m for m in marks):
        return True
    after = index + 1
    return (
        after < len(tokens) and not reading.breaks[after] and any(tokens[after] in m for m in marks)
    )


def _people_span(reading: Reading, index: int, book: PhraseBook) -> tuple[int, int]:
    """The words that name the people at ``index`` (see ``_people_at``): the noun, with
    the article or possessive before it and a possessive after it."""
    tokens = reading.tokens
    marks = book.people_determiners | book.other_possessives | book.own_possessives
    start, end = index, index + 1
    if start and not reading.breaks[start - 1] and tokens[start - 1] in marks:
        start -= 1
    if end < len(tokens) and not reading.breaks[end] and tokens[end] in marks:
        end += 1
    return start, end


def _guessed_of(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether one of the guess_leads ends right before the name at ``index``, its
    titles and article passed ("I'm sure Mr. Hartmann", "tenho certeza de que o Dr.
    Ribeiro", "je suis sûre que M. Delacroix")."""
    i = _before_name(reading, index, book)
    if i < 0 or reading.breaks[i]:
        return False
    tokens = reading.tokens
    return any(tokens[max(i - len(words) + 1, 0) : i + 1] == words for words in book.guess_leads)


def _before_name(reading: Reading, index: int, book: PhraseBook) -> int:
    """The index of the token before the name at ``index`` and the name_titles and
    name_articles before it ("el señor Brandt", "Frau Dr. Popescu"), spaces passed; -1
    when the name opens the text."""
    i = index - 1
    while i >= 0 and not reading.tokens[i].strip():
        i -= 1
    # A title (its dot may be written onto it as one token: "M. Brandt", or stand apart
    # as its own: "Dr. Popescu"), titles in a row ("Frau Dr. Popescu"), an article before
    # the name or before its title ("el señor Brandt"), or both. A title's own dot ends
    # no clause: "stellen Sie mich Frau Dr. Popescu gerne vor" names her as the object.
    while i >= 0:
        if reading.tokens[i] == "." and i and reading.tokens[i - 1] in book.name_titles:
            i -= 1
        elif reading.tokens[i].removesuffix(".") not in book.name_titles:
            break
        i -= 1
        while i >= 0 and not reading.tokens[i].strip():
            i -= 1
    if i >= 0 and reading.tokens[i] in book.name_articles:
        i -= 1
        while i >= 0 and not reading.tokens[i].strip():
            i -= 1
    return i


def _opens_subject(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the word at ``index`` opens its clause, alone or after one of the
    name_articles ("o Marc"), name_titles ("Herr Huber") or both ("el señor Brandt"), or
    right after a bare yes word that opens it, no comma between ("Sure Anna would love
    to": the name may be spoken to or the subject, and the yes is not surely the
    writer's)."""
    i = _before_name(reading, index, book)
    if i >= 0 and not reading.breaks[i] and index == i + 1:
        bare = next(
            (p for p in reading.phrases if p.label == "yes" and p.start == i and p.end == i + 1),
            None,
        )
        if bare is not None:
            i -= 1
            while i >= 0 and not reading.tokens[i].strip():
                i -= 1
    return i < 0 or reading.breaks[i]
