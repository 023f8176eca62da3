"""Modesty beside a yes, which sets no condition on it.

The writer's modesty about a language, "if I can" closing an offer of help, "if that's
useful", a doubt of being of use, and knowing someone's work as praise.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from agent.understanding.reply_deferrals import _date_follows
from agent.understanding.reply_negation import (
    _negated,
    _negated_after,
    _standing_yes_before,
    _yes_sentences,
)
from agent.understanding.reply_phrases import (
    SENTENCE_ENDS,
    Phrase,
    PhraseBook,
    Reading,
    normalise,
)
from agent.understanding.reply_words import (
    _clause_bounds,
    _followed_in_clause,
    _inner_hyphen,
    _is_word,
    _next_word,
    _sentence_end,
    _sentence_start,
)

# How many words may stand between the negator and the skill, and between the skill and
# the tool it is about ("pas très à l'aise avec tous ces courriels"), and after the tool
# to its clause's end ("courriels automatiques").
_SKILL_REACH = 4
_TOOL_TAIL = 2


def _tool_unease(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each negated skill of the writer's with mail or computers read
    as one neutral phrase: "je ne suis pas très à l'aise avec tous ces courriels
    automatiques", "I'm not very comfortable with all these automatic emails".

    In a sentence after one that says yes, a negator outside every phrase, one of the
    tool_skills at most _SKILL_REACH words after it and one of the tool_words at most
    _SKILL_REACH words after that, in one clause, with at most _TOOL_TAIL words after the
    tool to the clause's end; no phrase but neutral ones, none of the conditionals, no
    meeting word in the sentence and none of the intro_stems in the skill's clause (a
    call asked for beside it tells how to reach the writer: "Qu'il m'appelle ou qu'il
    m'écrive, moi je suis pas fort sur les courriels"), whose other clauses hold no
    negator of their own nor a consequence drawn (tool_consequences: "so", "donc").
    The writer tells how they manage mail, no doubt on the yes: "I'm not comfortable
    with email introductions", "I'm not comfortable with email, so ask someone else" and
    "I'm not comfortable with this introduction" still doubt."""
    tokens = reading.tokens
    yes_ends = _yes_sentence_ends(reading, book)
    if not yes_ends:
        return reading
    added: list[Phrase] = []
    for i in range(len(tokens)):
        if not book.negates_at(reading, i) or any(p.start <= i < p.end for p in reading.phrases):
            continue
        if any(q.start <= i < q.end for q in added):
            continue
        first, last = _sentence_start(reading, i), _sentence_end(reading, i)
        if not any(end < first for end in yes_ends):
            continue
        start, stop = _clause_bounds(reading, i, i + 1)
        words = [k for k in range(i + 1, stop) if _is_word(reading, k)]
        skill = next(
            (n for n, k in enumerate(words[: _SKILL_REACH + 1]) if tokens[k] in book.tool_skills),
            None,
        )
        if skill is None:
            continue
        rest = words[skill + 1 :]
        tool = next(
            (n for n, k in enumerate(rest[: _SKILL_REACH + 1]) if tokens[k] in book.tool_words),
            None,
        )
        if tool is None or len(rest) - tool - 1 > _TOOL_TAIL:
            continue
        sentence = [tokens[k] for k in range(first, last) if _is_word(reading, k)]
        text = f" {' '.join(sentence)} "
        outside = [
            k for k in range(first, last) if not start <= k < stop and book.negates_at(reading, k)
        ]
        after = f" {' '.join(tokens[k] for k in range(stop, last) if _is_word(reading, k))} "
        clause = " ".join(tokens[k] for k in range(start, stop) if _is_word(reading, k))
        if (
            outside
            # "I'm not comfortable with email, so ask someone else": a consequence drawn.
            or any(f" {w} " in after for w in book.tool_consequences)
            or any(p.label != "neutral" and first <= p.start < last for p in reading.phrases)
            or not book.conditionals.isdisjoint(sentence)
            or any(f" {w} " in text for w in book.meeting_words)
            # "Qu'il m'appelle ..., moi je suis pas fort sur les courriels": a call
            # asked for in another clause is how to reach the writer; only the skill's
            # own clause may name the introduction ("not comfortable with this call").
            or any(stem in clause for stem in book.intro_stems)
        ):
            continue
        # The negators before the skill in its clause ("ne ... pas") open the phrase.
        opening = min((k for k in range(start, i + 1) if book.negates_at(reading, k)), default=i)
        end = rest[tool] + 1
        added.append(
            Phrase("neutral", opening, end, " ".join(t for t in tokens[opening:end] if t.strip()))
        )
    if not added:
        return reading
    phrases = tuple(sorted((*reading.phrases, *added), key=lambda p: (p.start, p.end)))
    return replace(reading, phrases=phrases)


def _data_caveats(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each limit on sharing data read as neutral, in a sentence after
    one that says yes: "One caveat: I can't share any of the line-list data", "Happy to
    talk methods, just not the raw data", "je ne peux pas partager les données brutes",
    "não posso partilhar os dados brutos".

    The limit is one of the data_limits ("I can't", "just not", "leider nicht", "no
    puedo"), read as a refusal or a hedge; its clause holds a word of data (data_stems,
    looked for inside words: "data", "line-list data", "données") and, but for "just not",
    one of the share_stems ("share", "weitergeben", "partager"), no other phrase but
    neutral ones, none of the conditionals, no meeting word and none of the intro_stems.
    The writer limits what the talk can cover, not the introduction: "I can't share my
    details with him", "I can't meet him, the data is sensitive" and "I can't share the
    data if he is a competitor" still refuse or doubt."""
    tokens = reading.tokens
    yes_ends = _yes_sentence_ends(reading, book)
    if not yes_ends:
        return reading
    phrases = list(reading.phrases)
    changed = False
    for n, phrase in enumerate(phrases):
        if phrase.label not in ("no", "hedge") or phrase.text not in book.data_limits:
            continue
        if not any(end < _sentence_start(reading, phrase.start) for end in yes_ends):
            continue
        # A hyphen inside a word ("line-list data") ends no clause.
        start, stop = _clause_bounds(reading, phrase.start, phrase.end, word_hyphens=True)
        words = [tokens[k] for k in range(start, stop) if _is_word(reading, k)]
        text = f" {' '.join(words)} "
        shared = any(w.startswith(book.share_stems) for w in words)
        if (
            not any(stem in w for w in words for stem in book.data_stems)
            or not (shared or phrase.text in book.data_exceptions)
            # A deferral lead stays to be read for itself ("from the Kisumu surveillance"
            # names no date and puts nothing off).
            or any(
                q is not phrase
                and q.label not in ("neutral", "deferral")
                and start <= q.start < stop
                for q in phrases
            )
            or not book.conditionals.isdisjoint(words)
            or any(f" {w} " in text for w in book.meeting_words)
            or any(stem in text for stem in book.intro_stems)
        ):
            continue
        phrases[n] = replace(phrase, label="neutral")
        changed = True
    return replace(reading, phrases=tuple(phrases)) if changed else reading


def _talk_limits(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each sentence that limits what the talk may cover read as
    neutral, after a sentence that says yes: "ja, gern. Einzige Einschränkung: Über
    unsere laufende Studie kann ich natürlich nichts erzählen, solange das Votum nicht
    da ist", "One caveat: I can't say anything about our ongoing trial".

    A negator's clause holds one of the talk_stems ("say", "tell", "erzähl", "parler",
    "contar", "kusema") and one of the topic_leads ("about", "über", "sur", "sobre",
    "kuhusu") with a topic after it, not one of the talk_pronouns ("about it": the
    introduction, maybe); the sentence asks nothing and holds no meeting word, none of
    the intro_stems and no one else (reply_gap_others; talk_partners in the clause: "I
    can't talk to him about our trial", "no puedo hablar con él sobre el ensayo"); its
    phrases are only that refusal, a yes the negator negates ("natürlich
    nichts"), neutral ones, and a wait of the talk_tills ("solange", "until") for the
    topic to be free to tell. The writer limits the subject, not the introduction; "I
    can't meet him", "I can't say anything about it" and "Yes. I can't talk about our
    trial if he works for a competitor" still refuse or doubt."""
    yes_ends = _yes_sentence_ends(reading, book)
    if not yes_ends:
        return reading
    tokens = reading.tokens
    spans: list[tuple[int, int]] = []
    # A negator, or a refusal that holds none of its own ("siwezi").
    anchors = sorted(
        {
            *(i for i in range(len(tokens)) if book.negates_at(reading, i)),
            *(p.start for p in reading.phrases if p.label == "no"),
        }
    )
    for i in anchors:
        start, end = _sentence_start(reading, i), _sentence_end(reading, i)
        if any(a <= i < b for a, b in spans) or not any(e < start for e in yes_ends):
            continue
        first, last = _clause_bounds(reading, i, i + 1)
        clause = [tokens[k] for k in range(first, last) if _is_word(reading, k)]
        leads = [n for n, w in enumerate(clause) if w in book.topic_leads]
        if (
            not leads
            or not any(w.startswith(book.talk_stems) for w in clause)
            or any(clause[n + 1 : n + 2] in ([], [w]) for n in leads for w in book.talk_pronouns)
            # "No puedo hablar con él sobre el ensayo": a talk with someone refused.
            or not book.talk_partners.isdisjoint(clause)
        ):
            continue
        words = [tokens[k] for k in range(start, end) if _is_word(reading, k)]
        # The talk verb itself may be a meeting word ("falar", "parler"); what else the
        # sentence says may not.
        text = f" {' '.join(w for w in words if not w.startswith(book.talk_stems))} "
        if (
            (end < len(tokens) and tokens[end] == "?")
            or any(f" {w} " in text for w in book.meeting_words)
            or any(stem in text for stem in book.intro_stems)
            or not book.reply_gap_others.isdisjoint(words)
        ):
            continue
        inside = [p for p in reading.phrases if start <= p.start < end]
        if all(
            p.label == "neutral"
            or (p.label == "no" and first <= p.start < last)
            or (
                p.label == "yes"
                and first <= p.start < last
                and (_negated(reading, p, book) or _negated_after(reading, p, book))
            )
            or (p.label == "hedge" and p.text in book.talk_tills)
            # "en cours": a deferral lead with no date after it puts nothing off.
            or (p.label == "deferral" and not _date_follows(reading, p, book))
            for p in inside
        ):
            spans.append((start, end))
    if not spans:
        return reading
    # One neutral phrase over the sentence, so that its negators, read with it, negate
    # nothing after the yes either.
    kept = [p for p in reading.phrases if not any(a <= p.start < b for a, b in spans)]
    limits = [
        Phrase("neutral", a, b, " ".join(t for t in tokens[a:b] if t.strip())) for a, b in spans
    ]
    return replace(reading, phrases=tuple(sorted((*kept, *limits), key=lambda p: (p.start, p.end))))


def _own_skills(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each of the writer's modesties about a language (own_skills) read
    as a hedge unless it closes its sentence or a contrast comes next after it (a comma
    between at most): "Mi inglés escrito no es muy bueno." and "..., pero por teléfono nos
    entendemos bien" are modesty; "My English is not very good, so she should find
    someone else" goes on to tie it to the meeting, and doubts."""
    tokens = reading.tokens
    phrases = list(reading.phrases)
    starts = {p.start: p.label for p in phrases}

    def next_token(i: int) -> int:
        # The next token that is a word, a stop or a line's end.
        while i < len(tokens) and not tokens[i].strip() and "\n" not in tokens[i]:
            i += 1
        return i

    for n, phrase in enumerate(phrases):
        if phrase.label != "neutral" or phrase.text not in book.own_skills:
            continue
        after = next_token(phrase.end)
        if after < len(tokens) and tokens[after] == ",":
            # A line wrapped after the comma goes on in the next.
            after = _next_word(reading, after + 1)
            closes = after < len(tokens) and starts.get(after) == "contrast"
        else:
            closes = (
                after >= len(tokens)
                or tokens[after] in SENTENCE_ENDS
                or "\n" in tokens[after]
                or starts.get(after) == "contrast"
            )
        if not closes:
            phrases[n] = replace(phrase, label="hedge")
    return replace(reading, phrases=tuple(phrases))


def _skill_turns(reading: Reading, book: PhraseBook) -> list[tuple[int, int]]:
    """From each contrast to its sentence's end, where the contrast comes next after the
    writer's modesty about a language (own_skills) in a sentence of its own after one
    that says yes: "Sí, adelante, sin problema. Mi inglés escrito no es muy bueno, pero
    por teléfono nos entendemos bien." turns against the modesty, not against the yes.
    Before the modesty in its sentence only neutral phrases may stand; a contrast before
    it ("Yes, but my English isn't very good") or in the yes's own sentence still turns."""
    yes_starts = _yes_sentences(reading, book)
    out = []
    for skill in reading.phrases:
        if skill.label != "neutral" or skill.text not in book.own_skills:
            continue
        start = _sentence_start(reading, skill.start)
        if start in yes_starts or not any(s < start for s in yes_starts):
            continue
        if any(p.label != "neutral" and start <= p.start < skill.start for p in reading.phrases):
            continue
        end = _sentence_end(reading, skill.end)
        after = [p for p in reading.phrases if skill.end <= p.start < end]
        if after and after[0].label == "contrast":
            out.append((after[0].start, _sentence_end(reading, after[0].end)))
    return out


def _modest(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether "if I can" closes a sentence, or a clause a dash ends, that offers help
    after a yes in it: "Happy to help Daniel if I can.", "Sí, claro, le ayudo si puedo.",
    "Yes, if I can help.", "Happy to help if I can - I built two of those." A condition
    that names something to happen ("Yes, if I can find the time", "if I can get my boss
    to agree") goes on in its clause, and a bare "Yes, if I can." offers no help: both
    still doubt the yes."""
    if phrase.text not in book.modest_conditions:
        return False
    end = phrase.end
    while end < len(reading.tokens) and not reading.tokens[end].strip():
        end += 1
    if end < len(reading.tokens) and not (
        reading.tokens[end] in SENTENCE_ENDS
        or "\n" in reading.tokens[end]
        # "Happy to help if I can - I built two of those during my PhD": a dash closes
        # the offer as a stop does.
        or (reading.tokens[end] in _CLAUSE_DASHES and not _inner_hyphen(reading, end))
    ):
        return False
    start = _sentence_start(reading, phrase.start)
    if not any(
        p.label == "yes"
        and start <= p.start < phrase.start
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
        for p in reading.phrases
    ):
        return False
    words = [*reading.tokens[start : phrase.start], *phrase.text.split()]
    # "je l'aiderai": the word after an elided pronoun.
    return any(w.rsplit("'", 1)[-1] in book.help_words for w in words)


def _modest_mind(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether the other's not minding (mind_ifs: "if he doesn't mind", "si no le
    importa"; or courtesy_ifs addressed to the reader) is modesty, no condition: after a
    yes not negated, the rest of its clause names the writer's own modest ways (one of
    the modest_selves: "Yes, if he doesn't mind talking to a pensioner with a very slow
    broadband connection", "Oui, si ça ne le dérange pas de parler à un vieux
    retraité"), with no number or date, no negator, none of the condition_joiners and
    no phrase but neutral ones there, and no question closing its sentence. "Yes, if he
    doesn't mind.", "Yes, if you don't mind waiting until March", "Yes, if he doesn't
    mind paying my fee" and "Yes, if he doesn't mind a pensioner and a fee" still
    doubt."""
    if phrase.text not in book.mind_ifs and phrase.text not in book.courtesy_ifs:
        return False
    if not _standing_yes_before(reading, phrase.start, book):
        return False
    start = phrase.end
    _, end = _clause_bounds(reading, phrase.start, phrase.end)
    sentence_end = _sentence_end(reading, phrase.end)
    if sentence_end < len(reading.tokens) and reading.tokens[sentence_end] == "?":
        return False
    if not any(_is_word(reading, i) for i in range(start, end)) and end < sentence_end:
        # "Ja, wenn es ihn nicht stört, mit einem Rentner zu sprechen": what is not
        # minded, in the clause after a comma.
        start, end = _clause_bounds(reading, end + 1, end + 1)
    words = [reading.tokens[i] for i in range(start, end) if _is_word(reading, i)]
    if book.modest_selves.isdisjoint(words):
        return False
    if any(
        any(ch.isdigit() for ch in w)
        or w in book.date_words
        # "a pensioner and a fee" joins a condition; Swahili "na mstaafu" ("with a
        # pensioner") names the writer.
        or (
            w in book.condition_joiners
            and (n + 1 == len(words) or words[n + 1] not in book.modest_selves)
        )
        for n, w in enumerate(words)
    ):
        return False
    if any(book.negates_at(reading, i) for i in range(start, end)):
        return False
    return all(p.label == "neutral" for p in reading.phrases if phrase.end <= p.start < end)


def _courtesy_close(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a courtesy to the reader (courtesy_ifs: "if you don't mind", "si ça ne
    vous dérange pas") closes its clause: "Please pass on my email, if you don't mind."
    asks nothing of the yes; "Yes, if you don't mind waiting until March" goes on in its
    clause and puts it off."""
    if phrase.text not in book.courtesy_ifs:
        return False
    end = _next_word(reading, phrase.end)
    return end >= len(reading.tokens) or reading.breaks[end]


def _useful_note(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether "if that's useful" and its kin (useful_ifs) close a clause of a sentence
    that says no yes of its own, after one that does, with only neutral phrases and
    asides before it in its sentence: "YES please, I'd really love to be introduced. ...
    I'm at the marine ecology meeting in Plymouth 3-5 Nov if that's useful, otherwise I'm
    chained to my desk." offers what may help, and sets no condition. In the yes's own
    sentence ("Yes, if that's useful to her"), going on in its clause ("if that helps
    him decide") or after a doubt it still doubts."""
    if phrase.text not in book.useful_ifs:
        return False
    end = _next_word(reading, phrase.end)
    if end < len(reading.tokens) and not (
        reading.breaks[end] or (reading.tokens[end] in _CLAUSE_DASHES)
    ):
        return False
    start = _sentence_start(reading, phrase.start)
    for p in reading.phrases:
        if not start <= p.start < phrase.start or p.label in ("neutral", "aside"):
            continue
        # "I'm in Lisbon next week": "I'm in" answers only closing its clause.
        if not (p.text in book.closing_only and _followed_in_clause(reading, p.end)):
            return False
    return any(s < start for s in _yes_sentences(reading, book))


def _modest_doubt(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a doubt of being of use stands in a sentence of its own after a yes: "I
    would be delighted to be introduced to Mrs Haddad. ... so I hope I may be of some
    use.", "Avec plaisir. Je pourrais peut-être lui être utile.", "Con gusto. Quizás
    pueda ser de ayuda.", "Ja, gerne. Vielleicht kann ich ja helfen.", "Sim, com prazer.
    Talvez eu possa ajudar.", "Ndiyo. Labda naweza kusaidia."

    The doubt (modest_doubts: "may be", "might", "peut-être", "vielleicht", "talvez",
    "labda") shares its sentence with the writer (own_subjects, or one of the
    modest_verbs of the first person: "pueda", "naweza"), one of the help_words or
    use_words, and with
    nothing that asks, negates, sets a condition or names someone else as its subject
    (other_subjects, thing_subjects), and no phrase but neutral ones; a yes not negated
    stands in an earlier sentence. "Yes. Maybe, if he's serious, I can help", "Yes.
    Maybe he can help us", "Yes. Maybe I can't help" and "Maybe I can help." alone
    still doubt."""
    if phrase.text not in book.modest_doubts:
        return False
    start = _sentence_start(reading, phrase.start)
    end = _sentence_end(reading, start)
    if not any(
        p.label == "yes"
        and p.start < start
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
        for p in reading.phrases
    ):
        return False
    tokens = [t for t in reading.tokens[start:end] if t.strip()]
    words = [t.rsplit("'", 1)[-1] for t in tokens]
    if not any(w in book.help_words or w in book.use_words for w in words):
        return False
    # The writer is of use, not "our data" ("Unsere Daten könnten ihm vielleicht nützlich
    # sein" still doubts): a word of the writer, or a verb of the first person.
    if book.own_subjects.isdisjoint(tokens) and book.modest_verbs.isdisjoint(words):
        return False
    if (
        (end < len(reading.tokens) and reading.tokens[end] == "?")
        or not book.conditionals.isdisjoint(words)
        or not book.other_subjects.isdisjoint(words)
        or not book.thing_subjects.isdisjoint(words)
        or any(book.negates_at(reading, i) for i in range(start, end))
    ):
        return False
    return all(
        p is phrase or p.label == "neutral" for p in reading.phrases if start <= p.start < end
    )


# How many words from knowing the writer's own possession may start ("gut an meinen").
_OWN_MEMORY_REACH = 4

# Dashes that close a clause when spaced from the words around them.
_CLAUSE_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _knows_work(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether knowing someone ("I know her", "kenne ich") names their work in its
    clause, with nothing negating and no question: "I know her research", "ihre Arbeiten
    zur Bodenmikrobiologie kenne ich", "conheço as pesquisas dela", or a field known
    ("Conheço bem o sector do turismo"). "I don't know her work", "ich kenne sie schon",
    "Ich kenne sie aus der Branche" and "conheço?" still doubt. The writer's own past
    remembered, one of the own_possessives with one of the own_memories right after it
    ("ich erinnere mich gut an meinen eigenen Wechsel damals"), counts as work does."""
    if phrase.text not in book.knowing:
        return False

    # A line wrapped inside the clause ("ihre Arbeiten zur\nBodenmikrobiologie") ends
    # nothing; a blank line does.
    def ends(i: int) -> bool:
        token = reading.tokens[i]
        return reading.breaks[i] and not (not token.strip() and token.count("\n") == 1)

    start = phrase.start
    while start > 0 and not ends(start - 1):
        start -= 1
    end = phrase.end
    while end < len(reading.tokens) and not ends(end):
        end += 1
    if end < len(reading.tokens) and reading.tokens[end] == "?":
        return False
    clause = [t for t in reading.tokens[start:end] if t.strip()]
    if any(book.negates_at(reading, i) for i in range(start, end)):
        return False
    if any(t in book.work_words for t in clause):
        return True
    after = [t for t in reading.tokens[phrase.end : end] if t.strip()]
    if any(
        word in book.own_possessives and following in book.own_memories
        for word, following in pairwise(after[: _OWN_MEMORY_REACH + 1])
    ):
        # "ich erinnere mich gut an meinen eigenen Wechsel damals", "I remember my own
        # first year": the writer's own past remembered, no one known already.
        return True
    # "Conheço bem o sector do turismo", "die Branche kenne ich gut": a field the writer
    # knows, its object with only field_fillers between ("bem", "o", "die"), is expertise,
    # and so is a circle of people known ("Conheço bem o pessoal de Alvalade"); "Ich
    # kenne sie aus der Branche" knows a person.
    before = [t for t in reading.tokens[start : phrase.start] if t.strip()][::-1]
    return any(_field_object(words, book) for words in (after, before))


# How many words after knowing someone may name whose family they are ("I know
# Derek's wife", "je connais bien sa femme", "conheço a mulher dele").
_THEIRS_REACH = 4


def _knows_theirs(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether knowing someone ("Yes I know", "je connais", "conheço", "namjua") is
    knowing the other's family: within a few words after it in its clause, one of the
    kin_words ("wife", "femme", "esposa", "Frau", "mulher", "mke") right after one of
    the other_possessives or a name's "'s" ("his wife", "Derek's wife", "sa femme", "su
    esposa", "seine Frau"), or right before one ("a mulher dele", "mke wake"), with
    nothing negated and no question. The writer knows the family, not the one asked
    about: "YES I KNOW DEREK'S WIFE FROM THE WI" is news beside a yes, while "Yes, I know
    Derek" and "I know him already" still doubt."""
    if phrase.text not in book.knowing:
        return False
    end = phrase.end
    while end < len(reading.tokens) and not reading.breaks[end]:
        end += 1
    if end < len(reading.tokens) and reading.tokens[end] == "?":
        return False
    if any(book.negates_at(reading, i) for i in range(phrase.start, end)):
        return False
    after = [t for t in reading.tokens[phrase.end : end] if t.strip()][: _THEIRS_REACH + 1]
    for k, word in enumerate(after):
        if word not in book.kin_words:
            continue
        before = after[k - 1] if k else ""
        following = after[k + 1] if k + 1 < len(after) else ""
        if (
            before in book.other_possessives
            or before == "'s"
            or following in book.other_possessives
        ):
            return True
    return False


def _knows_lost_touch(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether knowing someone ("I already know Alice!", "Die kenne ich doch!") is told
    beside having lost touch with them, one of the lost_touch phrases in the knowing's
    sentence or the next ("We ... completely lost touch", "wir haben uns nur aus den
    Augen verloren", "on s'est perdues de vue"): the introduction brings back someone
    known, and the knowing doubts nothing. Nothing may negate the knowing's sentence or
    the lost touch's ("we never lost touch", "ich kenne sie nicht"), nor a question close
    the knowing's. "I already know her." alone still doubts.

    So is knowing someone told beside the writer's wish to reconnect with them, one of
    the reconnects anywhere after the knowing, followed by a yes of its own that nothing
    negates ("Already know Ingrid! ... Happy to reconnect - please do put us in touch",
    "Já conheço a Marina!! ... Bora reconectar sim, pode apresentar!"): the writer wants
    the contact back and asks for the introduction. Nothing may negate the reconnect's
    sentence before it ("no need to reconnect"), nor a question close it ("Should we
    reconnect?"); a wish to reconnect with no yes after it ("I already know Lena. Happy to
    reconnect though!") may mean to do so without one, and still doubts."""
    if phrase.text not in book.knowing:
        return False
    start, end = _sentence_start(reading, phrase.start), _sentence_end(reading, phrase.end)
    if end < len(reading.tokens) and reading.tokens[end] == "?":
        return False
    if any(book.negates_at(reading, i) for i in range(start, end)):
        return False
    if _wishes_reconnect(reading, phrase.end, book):
        return True
    # The next sentence, past the end mark and any blank between.
    after = end + 1
    while after < len(reading.tokens) and not reading.tokens[after].strip():
        after += 1
    reach = _sentence_end(reading, after) if after < len(reading.tokens) else end
    tokens = reading.tokens
    for i in range(phrase.end, reach):
        for lost in book.lost_touch:
            if tuple(tokens[i : i + len(lost)]) != lost:
                continue
            # "we never lost touch": the lost touch denied, the two still close.
            since = _sentence_start(reading, i)
            if not any(book.negates_at(reading, k) for k in range(since, i)):
                return True
    return False


def _knows_and_asks(
    reading: Reading, phrase: Phrase, book: PhraseBook, names: frozenset[str], asked: str
) -> bool:
    """Whether knowing someone names, right after the knowing (past the name_articles),
    someone or something written with a capital (``names``) who is not the one asked
    about (``asked``, their name's words), in a reply that asks for the introduction in
    so many words, one of the eager_requests read as a yes that nothing negates and no
    question mark closes: "yes, I know Linfield a little ... so yes, by all means,
    introduce us" asked about Sanjay Rao, "Pode avançar, sem problema. Conheço a
    Beatriz há anos" asked about Henrique Lobo: the writer knows the other's firm or the
    one who suggested it, not the other, and the knowing doubts nothing. Nothing may
    negate the knowing's sentence, nor a question close it. Knowing the one asked about
    ("I already know Neema. Yes please, connect us.") and a reply with no one asked about
    still doubt."""
    if phrase.text not in book.knowing or not asked:
        return False
    start, end = _sentence_start(reading, phrase.start), _sentence_end(reading, phrase.end)
    tokens = reading.tokens
    if end < len(tokens) and tokens[end] == "?":
        return False
    if any(book.negates_at(reading, i) for i in range(start, end)):
        return False
    after = [t for t in tokens[phrase.end : end] if t.strip()]
    while after and after[0] in book.name_articles:
        after = after[1:]
    asked_words = frozenset(normalise(asked).replace("-", " ").split())
    if not after or after[0] not in names or after[0] in asked_words:
        return False
    for p in reading.phrases:
        if p.label != "yes" or p.text not in book.eager_requests or _negated(reading, p, book):
            continue
        close = _sentence_end(reading, p.end)
        if close >= len(tokens) or tokens[close] != "?":
            return True
    return False


def _wishes_reconnect(reading: Reading, after: int, book: PhraseBook) -> bool:
    """Whether one of the reconnects stands after ``after`` in a sentence that nothing
    negates before it and no question mark closes, and a yes nothing negates follows it
    (see ``_knows_lost_touch``)."""
    tokens = reading.tokens
    for i in range(after, len(tokens)):
        for wish in book.reconnects:
            if tuple(tokens[i : i + len(wish)]) != wish:
                continue
            since, until = _sentence_start(reading, i), _sentence_end(reading, i + len(wish))
            if until < len(tokens) and tokens[until] == "?":
                continue
            if any(book.negates_at(reading, k) for k in range(since, i)):
                continue
            if any(
                p.label == "yes" and p.start >= i + len(wish) and not _negated(reading, p, book)
                for p in reading.phrases
            ):
                return True
    return False


def _field_object(words: list[str], book: PhraseBook) -> bool:
    """Whether a field (field_words) stands first among ``words`` past field_fillers, or
    a circle of people (circle_words: "Conheço bem o pessoal de Alvalade", "I know the
    folks there well"), whom the writer knows as a field, not as the one asked about; or
    a place or an event (venue_words: "Das Festival kenne ich", "Conheço a galeria da
    Matilde de nome"), unless a person of it follows ("the festival director")."""
    for n, word in enumerate(words[: _FIELD_REACH + 1]):
        if word in book.field_words or word in book.circle_words:
            return True
        if word in book.venue_words:
            # "I know the gallery owner": someone of the place may be the one asked.
            following = words[n + 1 : n + 2]
            return not following or following[0] not in book.people_nouns
        if word not in book.field_fillers:
            return False
    return False


# How many fillers may stand between knowing and the field known ("bem o", "gut die").
_FIELD_REACH = 3


def _yes_sentence_ends(reading: Reading, book: PhraseBook) -> list[int]:
    """Where the sentence of each yes nothing negates ends: a note after one of them is
    read beside a yes."""
    return [
        _sentence_end(reading, p.start)
        for p in reading.phrases
        if p.label == "yes" and not _negated(reading, p, book)
    ]
