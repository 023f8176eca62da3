"""Mockery and rhetoric in a reply, read for what the writer means.

A yes mocked by what follows it, a mocking reason after a yes, a sentence that is only
"why not", and a question saying the writer cannot refuse ("how could I say no?").
"""

from __future__ import annotations

from dataclasses import replace

from agent.understanding.reply_negation import _negated, _negated_after
from agent.understanding.reply_phrases import SENTENCE_ENDS, Phrase, PhraseBook, Reading
from agent.understanding.reply_words import (
    _NOTE_GAP,
    _is_word,
    _said_in_order,
    _sentence_end,
    _sentence_start,
    _sentences,
)


def _mocked(reading: Reading, book: PhraseBook) -> tuple[Reading, tuple[str, ...]]:
    """The reading with each yes read as neutral that one of the mock_leads follows in
    its sentence, its words in a row ("Oui, bien sûr, et pendant qu'on y est il peut
    aussi me vendre une véranda", "Sure, and while we're at it he can sell me a car"): the
    yes mocks the question and answers nothing; what else the reply says decides ("Non
    merci." refuses). A mock lead in a later sentence ("Sure! And while we're at it,
    say hi to Jo") leaves the yes as it is."""
    phrases = list(reading.phrases)
    said: list[str] = []
    for n, phrase in enumerate(phrases):
        if phrase.label != "yes":
            continue
        end = _sentence_end(reading, phrase.end)
        lead = _said_in_order(reading, phrase.end, end, book.mock_leads)
        if lead is None:
            continue
        (a, b), words = lead
        if sum(1 for i in range(a, b) if _is_word(reading, i)) != len(words):
            continue
        phrases[n] = replace(phrase, label="neutral")
        said.append(phrase.text)
    if not said:
        return reading, ()
    return replace(reading, phrases=tuple(phrases)), tuple(said)


def _why_nots(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each sentence that is only a "why not" (why_nots), a few
    particles in, before or after it (why_not_particles: "Wieso eigentlich nicht?",
    "¿Y por qué no?", "Why not, actually?", "Kwa nini isiwe?"), read as one yes, its
    question mark included: a set phrase that agrees, no question back and no "not".
    Only beside a yes elsewhere in the reply ("Stell uns ruhig vor"): on its own, or
    with a real question or a condition instead, it is read as before."""
    tokens = reading.tokens
    frames: list[tuple[int, int]] = []
    for at, end in _sentences(reading):
        if not book.why_not_firsts.isdisjoint(tokens[at:end]):
            words = [t for i, t in enumerate(tokens[at:end], at) if _is_word(reading, i)]
            k, kept = 0, []
            while k < len(words):
                particle = next(
                    (w for w in book.why_not_particles if tuple(words[k : k + len(w)]) == w), None
                )
                if particle is None:
                    kept.append(words[k])
                k += len(particle) if particle else 1
            if tuple(kept) in book.why_nots:
                closes = end < len(tokens) and tokens[end] == "?"
                frames.append((at, end + 1 if closes else end))
    if not frames:
        return reading
    outside = [p for p in reading.phrases if not any(a <= p.start < b for a, b in frames)]
    if not any(p.label == "yes" for p in outside):
        return reading
    found = [Phrase("yes", a, b, " ".join(t for t in tokens[a:b] if t.strip())) for a, b in frames]
    return replace(reading, phrases=tuple(sorted([*outside, *found], key=lambda p: p.start)))


def _mock_reasons(reading: Reading, book: PhraseBook) -> tuple[Reading, tuple[str, ...]]:
    """The reading with each yes that a mocking reason follows in its sentence read as
    nothing, and the reason as a doubt, with what it says: "Oh yes, absolutely, because
    what my life is missing is a fourth recruiter this week", "Mais oui, comme si je
    n'avais que ça à faire", "Claro, porque lo que más me falta es otra reunión", "Ja
    klar, weil mir so ein Termin gerade noch gefehlt hat", "Sim, claro, porque o que eu
    mais preciso é outro recrutador", "Ndiyo, kana kwamba sina kazi nyingine".

    A reason (mock_reasons: its parts in order, each "..." a few words at most, no end of
    a sentence between) after a yes in its sentence mocks the yes: it answers nothing,
    and a refusal beside it ("Hard pass") is the answer. A yes in another sentence, or
    after the reason, is read as before, but for mockery of the mail itself
    (mock_mail_reasons: "exactly what my ... inbox"), which mocks the yes of the sentence
    right before it in its paragraph as well."""
    tokens = reading.tokens
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for start in range(len(tokens)):
        for words in book.mock_reasons.get(tokens[start], ()):
            end = _gapped_end(reading, start, words)
            if end is not None:
                found.append((start, end, words))
                break
        else:
            if found and start < found[-1][1]:
                # "hicho ndicho nilichohitaji": one need, not the shorter one inside it.
                continue
            for words in book.mock_needs.get(tokens[start], ()):
                end = _gapped_end(reading, start, words)
                if end is not None and not book.mock_others.isdisjoint(
                    tokens[end : _sentence_end(reading, end)]
                ):
                    # "exactly what I need in the middle of the season - another agent".
                    found.append((start, end, words))
                    break
    if not found:
        return reading, ()
    mocked: set[int] = set()
    hedges: list[Phrase] = []
    for start, end, words in found:
        text = " ".join(w for w in words if w != "...")
        opening = _sentence_start(reading, start)
        yeses = [p for p in reading.phrases if p.label == "yes" and opening <= p.start < start]
        if not yeses and words in book.mock_mail_reasons:
            # "Oh yes, sign me right up. A recruiter ... is exactly what my Monday
            # morning inbox was missing.": mockery of the mail itself mocks the yes of
            # the sentence before it in its paragraph too.
            before = _sentence_start(reading, opening - 1) if opening > 0 else opening
            if "\n\n" not in "".join(reading.tokens[before:opening]):
                yeses = [
                    p for p in reading.phrases if p.label == "yes" and before <= p.start < opening
                ]
        if yeses:
            mocked.update(p.start for p in yeses)
            hedges.append(Phrase("hedge", start, end, text))
            mocked.update(_mocking_on(reading, _sentence_end(reading, end)))
    if not hedges:
        return reading, ()
    kept = [
        Phrase("neutral", p.start, p.end, p.text) if p.start in mocked else p
        for p in reading.phrases
        if not any(h.start <= p.start < h.end for h in hedges)
    ]
    phrases = sorted([*kept, *hedges], key=lambda p: p.start)
    return replace(reading, phrases=tuple(phrases)), tuple(h.text for h in hedges)


def _mocking_on(reading: Reading, end: int) -> list[int]:
    """The yeses of the sentence after the one that ends at ``end``, in its paragraph,
    when that sentence says nothing but them ("... another agent in my players' ears.
    Can't wait."): the mockery goes on; none otherwise."""
    tokens = reading.tokens
    if end >= len(tokens) or "\n\n" in tokens[end]:
        return []
    start = end + 1
    while start < len(tokens) and not tokens[start].strip():
        start += 1
    if start >= len(tokens) or "\n\n" in "".join(tokens[end:start]):
        return []
    close = _sentence_end(reading, start)
    yeses = [p for p in reading.phrases if p.label == "yes" and start <= p.start < close]
    said = {i for p in yeses for i in range(p.start, p.end)}
    if not yeses or any(_is_word(reading, i) and i not in said for i in range(start, close)):
        return []
    return [p.start for p in yeses]


def _gapped_end(reading: Reading, start: int, words: tuple[str, ...]) -> int | None:
    """Where ``words`` said from ``start`` end, each "..." among them standing for a few
    words at most (``_NOTE_GAP``), spaces skipped and no end of a sentence between; None
    when they are not said there."""
    tokens = reading.tokens
    i = start
    k = 0
    while k < len(words):
        while i < len(tokens) and not tokens[i].strip():
            i += 1
        if words[k] == "...":
            nxt = words[k + 1]
            gap = 0
            while i < len(tokens) and tokens[i] != nxt:
                if tokens[i] in SENTENCE_ENDS or "\n" in tokens[i] or gap >= _NOTE_GAP:
                    return None
                gap += bool(tokens[i].strip())
                i += 1
            k += 1
            continue
        if i >= len(tokens) or tokens[i] != words[k]:
            return None
        i += 1
        k += 1
    return i


# How many words may stand before the words of a rhetorical refusal in its sentence ("Ha,
# I can hardly say no"), and after them besides a closing tag ("... no to Raj, can I?").
_MAX_RHETORICAL_LEADS = 3
_MAX_RHETORICAL_OBJECT_WORDS = 3


def _rhetorical_refusals(reading: Reading, book: PhraseBook) -> tuple[Reading, tuple[str, ...]]:
    """The reading with each question that says the writer cannot refuse read as nothing
    (neutral), its question mark included, and what each said: one of the cannot_refuse
    ("can hardly say no", "how could I say no", "comment refuser", "cómo decir que no",
    "wie könnte ich nein sagen", "como é que eu ia dizer não", "siwezi kukataa"), a few
    words before it and a name after it ("to Raj"), and one of the rhetorical_tags or
    nothing closing the sentence before its question mark ("Ha, I can hardly say no to
    Raj, can I?", "Siwezi kukataa, sivyo?"), or a question in jest ("Are you kidding?
    Of course!", "¿Es broma?", "Tu plaisantes ?", "Machst du Witze?", "Tá brincando?",
    "Unatania?"). It leans to a yes without giving one, so only a yes in a later
    sentence answers ("... can I? Alright then, introduce us."), praise that may mock
    being none (mock_praise: "Are you kidding me? Great, another vendor intro." stays
    unclear): alone,
    before a refusal, or with anything else in it that answers, doubts or asks, it is
    read as before (a negated "no" and a question, unclear)."""
    tokens = reading.tokens
    frames: list[tuple[int, int, str]] = []
    for start, end in _sentences(reading):
        if end >= len(tokens) or tokens[end] not in ("?", "?!"):
            continue
        words = [i for i in range(start, end) if _is_word(reading, i)]
        said = tuple(tokens[i] for i in words)
        found = next(
            (
                (k, wanted)
                for wanted in book.cannot_refuse
                for k in range(len(said) - len(wanted) + 1)
                if said[k : k + len(wanted)] == wanted
            ),
            None,
        )
        if found is None:
            continue
        k, wanted = found
        rest = said[k + len(wanted) :]
        tag = next(
            (t for t in book.rhetorical_tags if len(t) <= len(rest) and rest[-len(t) :] == t), ()
        )
        # A reason before the question tells of someone else ("Ana never sends me anyone
        # dull, so how could I say no?"), not of the writer ("I never take calls, so ...",
        # "Nunca atiendo llamadas, así que ...": a restriction).
        reason = (
            _reason_lead(reading, words, k, book)
            if k > _MAX_RHETORICAL_LEADS and said[0] not in book.own_subjects | book.never_words
            else None
        )
        if (k > _MAX_RHETORICAL_LEADS and reason is None) or len(rest) - len(
            tag
        ) > _MAX_RHETORICAL_OBJECT_WORDS:
            continue
        span = (words[k], words[k + len(wanted) - 1] + 1)
        tag_start = words[len(said) - len(tag)] if tag else end
        if any(
            start <= p.start < end
            and p.label != "neutral"
            and any(ch.isalnum() for ch in p.text)
            and not (p.start < span[1] and p.end > span[0])
            and p.start < tag_start
            # "Ana never sends me anyone dull, so ...": a never-word in the reason praises.
            and not (reason is not None and p.start < reason and p.text in book.never_words)
            for p in reading.phrases
        ):
            continue
        frames.append((start, end + 1, " ".join(wanted)))
    if not frames:
        return reading, ()
    later = [
        p.start
        for p in reading.phrases
        if p.label == "yes"
        # "Are you kidding me? Great, another vendor intro.": praise may mock.
        and p.text not in book.mock_praise
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
    ]
    frames = [f for f in frames if any(at >= f[1] for at in later)]
    if not frames:
        return reading, ()
    outside = [p for p in reading.phrases if not any(a <= p.start < b for a, b, _ in frames)]
    found_phrases = [Phrase("neutral", a, b, said) for a, b, said in frames]
    phrases = tuple(sorted([*outside, *found_phrases], key=lambda p: p.start))
    return replace(reading, phrases=phrases), tuple(said for _, _, said in frames)


def _reason_lead(reading: Reading, words: list[int], k: int, book: PhraseBook) -> int | None:
    """Where the link stands when the words before a cannot-refuse question (at word
    ``k`` of its sentence's ``words``) are a reason and one of the reason_links closing
    it after a pause: "Ana never sends me anyone dull, so how could I say no?", "Ana ne
    m'envoie jamais personne d'ennuyeux, donc comment refuser ?". The reason says why
    the writer cannot refuse; None when no such link stands right before the question,
    or no pause before the link."""
    said = [reading.tokens[i] for i in words]
    for link in book.reason_links:
        at = k - len(link)
        if at < 1 or tuple(said[at:k]) != link:
            continue
        if any(reading.breaks[i] for i in range(words[at - 1] + 1, words[at])):
            return words[at]
    return None


# How many words may open a mocking paragraph before its yes ("Ah mais carrément").
_MOCKED_YES_LEAD = 3
# Faces that wink at what they close: the words before them are not meant.
_IRONY_FACES = frozenset({"\U0001f643", "\U0001f644", "\U0001f612", "\U0001f60f"})


def _ironic_verdicts(reading: Reading, book: PhraseBook) -> tuple[Reading, tuple[str, ...]]:
    """The reading with a paragraph of mockery read as nothing, and the verdicts closing
    each: "Ah mais carrément, une fresque pour une boisson énergisante, avec le logo en
    taille XXL j'imagine ? ... Trop d'honneur. / Bon, sérieusement : c'est non.", "Ah,
    claro, mais um cara com uma ideia de app ... em troca de 5% de equity? Proposta
    irrecusável 🙃 / Não, obrigada.".

    A paragraph mocks when a yes stands among its first words, a sentence of it is one
    of the mock_verdicts with nothing else but marks ("What an honour.", "Quel honneur
    !", "Propuesta irrechazable", "Welche Ehre.", "Proposta irrecusável 🙃"), a
    rhetorical question or a wry face (🙃, 🙄) stands between the two, and a refusal
    follows the verdict: the yes, the question and every doubt before the verdict are
    mockery, read as nothing, and the refusal is the answer. With no refusal after it
    ("Yes of course! What an honour, is it the Anna from Leeds?") nothing changes."""
    tokens = reading.tokens
    refusals = [p.start for p in reading.phrases if p.label == "no"]
    if not refusals:
        return reading, ()
    stretches: list[tuple[int, int]] = []
    said: list[str] = []
    for start, token in enumerate(tokens):
        for words in book.mock_verdicts.get(token, ()):
            end = start + len(words)
            if tuple(tokens[start:end]) != words:
                continue
            close = _sentence_end(reading, end)
            opening = _sentence_start(reading, start)
            if any(_is_word(reading, i) for i in range(opening, start)) or any(
                any(ch.isalnum() for ch in tokens[i]) for i in range(end, close)
            ):
                continue
            first = _paragraph_start(reading, opening)
            if not _opens_with_yes(reading, first, opening) or not any(
                tokens[i] in ("?", "?!") or tokens[i] in _IRONY_FACES for i in range(first, close)
            ):
                continue
            if not any(at > close for at in refusals):
                continue
            stretches.append((first, close))
            said.append(" ".join(words))
            break
    if not stretches:
        return reading, ()
    # The stretch, its marks up to the verdict's included, is one phrase read as nothing,
    # so that its question asks nothing back.
    outside = [p for p in reading.phrases if not any(a <= p.start <= b for a, b in stretches)]
    found = [
        Phrase("neutral", a, b + 1, text) for (a, b), text in zip(stretches, said, strict=True)
    ]
    phrases = tuple(sorted([*outside, *found], key=lambda p: p.start))
    return replace(reading, phrases=phrases), tuple(said)


def _paragraph_start(reading: Reading, index: int) -> int:
    """The first token of the paragraph ``index`` is in: after a blank line."""
    while index > 0 and "\n\n" not in reading.tokens[index - 1]:
        index -= 1
    return index


def _opens_with_yes(reading: Reading, start: int, end: int) -> bool:
    """Whether a yes stands among the first words from ``start``, before ``end``."""
    words = [i for i in range(start, end) if _is_word(reading, i)][:_MOCKED_YES_LEAD]
    return any(p.label == "yes" and p.start in words for p in reading.phrases)
