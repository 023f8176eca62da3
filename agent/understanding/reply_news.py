"""A long reply's news, set aside around the one go-ahead it holds.

Some people answer the opt-in question inside a letter: a week of news (the oven that
broke, the house move, the tour), then, in a paragraph of its own, the answer ("Yes of
course, I'd love to meet Femi"), then more news. Read whole, such a mail holds words
that would doubt a yes said alone: a "but" inside a story ("Ellie's spotty but
cheerful"), a "yes" form used in passing ("the day of the harvest order of course"), a
negator in a story told ("the engineer couldn't come till Thursday"). None of them is
said of the introduction.

``news_set_aside`` finds the sentences of such news that may be set aside, so that the
rest (the go-ahead's paragraph and every sentence that might bear on it) is read again
as a reply on its own. A sentence is news only when all of this holds:

- it stands in a paragraph that says no yes read alone, so the go-ahead's paragraph,
  with its notes and conditions, is always read whole; a paragraph that says a yes and
  no go-ahead ("And yes, we finally sold the van!") says yes to something else, and
  then nothing is set aside;
- it names nothing the introduction is about: not the one asked about, none of the
  intro_stems, meeting_words, go_aheads or bearing_words ("she", "met", "in touch";
  an accent_bearer only written with its accent: "él", not the article "el"), no
  question mark and no summing-up;
- read alone, it answers, doubts, asks and conditions nothing, and no negator stands
  outside the phrases read: its evidence holds only a contrast closing it ("which
  nobody has read yet") or marks read as something else already (a determiner "no",
  a contraction, another matter, a slip, another's refusal, small talk);
- before the go-ahead's paragraph, a paragraph of small talk may also ask how a thing
  of the reader's goes (one of the life_asks, a thing named after it with one of the
  thing_determiners, nothing of the introduction: "How's the new puppy going?") when
  its other sentences are all news (``_small_talk_paragraph``); such a question is set
  aside with them;
- before the go-ahead's paragraph, news cannot take the answer back, so there it may
  also hold a contrast inside it ("Ellie's spotty but cheerful"; one that opens it
  turns against what came before and is kept), or tell a story in the past (a word of
  the past or a perfect, no future marker: ``_told_in_past``) that besides those
  marks holds only a doubt, a negation or a yes form standing inside a clause, never
  opening it ("the day of the harvest order of course, 140 rolls, the engineer
  couldn't come till Thursday"); never a refusal, a negated yes, a question or a
  put-off;
- after it, besides those marks, it may hold a condition only when the condition leads
  the sentence and goes on, after a pause, to a consequence about other business of
  its own that names not the writer ("Also, if Sophie is reading this: the lunch is
  still on for the 26th": ``_other_business_condition``).

The mail must be long (``NEWS_MIN_WORDS``), and a paragraph must say a yes of the
writer's own that names the one asked about or is a go-ahead (``go_ahead_sentence``),
or open the reply (after a greeting at most) with sentences that say nothing but a
yes, one of them the writer's own ("¡Sí, claro! Encantada.", "Oui, ça me ferait
plaisir."): the answer to the question asked, given first (``_opens_with_answer``).
Whatever is kept is read by the full reader again, which still decides: a condition, a
doubt or a question kept there leaves the reply unclear.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.understanding.reply_phrases import PhraseBook, Reading, normalise

__all__ = ["NEWS_MIN_WORDS", "go_ahead_sentence", "news_set_aside"]

# A mail of news: a shorter reply is read as it stands.
NEWS_MIN_WORDS = 80

_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
# A sentence of a paragraph, its line breaks included: up to its closing marks. A mark
# with no space after it closes nothing ("P.S.", "example.com/intro", "(phew!)").
_SENTENCE = re.compile(r"(?:[^.!?]|[.!?]+(?=[^\s.!?]))*(?:[.!?]+(?=\s|\Z)|\Z)")
# A token of punctuation alone, no word.
_PUNCT = re.compile(r"[^\w]+")

# The evidence a sentence of news may give anywhere: a contrast closing it ("which
# nobody has read yet"), and marks the reader has already read as no answer.
_QUIET_KINDS = frozenset(
    {
        "closing-contrast",
        "determiner",
        "contraction",
        "other",
        "typo",
        "others-refusal",
        "small-talk",
    }
)
# Before the answer, also a contrast inside it ("Ellie's spotty but cheerful").
_INERT_KINDS = _QUIET_KINDS | {"contrast"}
# What a story told in the past may hold besides: a doubt about the story's own events
# ("which, whatever, the small room was better"), a yes form inside a clause, and the
# negation read after it.
_STORY_KINDS = _INERT_KINDS | {"hedge", "yes", "negation-after-yes"}

Reader = Callable[[str, frozenset[str], str], tuple[str, tuple[str, ...]]]


def _name_words(asked: str) -> frozenset[str]:
    return frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)


def _holds(words: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    size = len(wanted)
    return any(words[i : i + size] == wanted for i in range(len(words) - size + 1))


def _words(reading: Reading) -> tuple[str, ...]:
    return tuple(t for t in reading.tokens if t.strip())


def _bears(sentence: str, words: tuple[str, ...], book: PhraseBook) -> bool:
    """Whether a sentence holds one of the bearing_words; one of the accent_bearers only
    where the sentence writes its accent ("él", not the article "el")."""
    written: frozenset[str] | None = None
    for wanted in book.bearing_words:
        if not _holds(words, wanted):
            continue
        accented = book.accent_bearers.get(wanted[0]) if len(wanted) == 1 else None
        if accented is None:
            return True
        if written is None:
            written = frozenset(re.findall(r"\w+", sentence.lower()))
        if accented in written:
            return True
    return False


def _touches(
    sentence: str, reading: Reading, book: PhraseBook, asked: str, *, asking: bool = True
) -> bool:
    """Whether a sentence names anything the introduction is about, or asks (unless
    ``asking`` is False: then only what it names counts)."""
    words = _words(reading)
    text = f" {' '.join(words)} "
    return (
        (asking and ("?" in words or "¿" in words))
        or not _name_words(asked).isdisjoint(words)
        or any(stem in text for stem in book.intro_stems)
        or any(f" {w} " in text for w in book.meeting_words)
        or any(f" {w} " in text for w in book.go_aheads)
        or _bears(sentence, words, book)
        or bool(reading.conclusions)
    )


def _first_word(reading: Reading) -> int:
    return next((i for i, t in enumerate(reading.tokens) if t.strip() and not reading.breaks[i]), 0)


def _opens(reading: Reading, start: int) -> bool:
    """Whether a phrase at ``start`` opens its sentence or a clause (after a pause)."""
    i = start - 1
    while i >= 0 and not reading.tokens[i].strip():
        i -= 1
    return i < 0 or reading.breaks[i] or start <= _first_word(reading)


# How many words on from a perfect's auxiliary its participle may stand ("a été").
_PARTICIPLE_REACH = 2


def _told_in_past(reading: Reading, book: PhraseBook) -> bool:
    """Whether a sentence tells a story in the past: a word of the past on its own
    ("broke", "était", "tulipaka") or a perfect (an auxiliary with a participle shortly
    after it: "est tombée", "se ha roto"), and no future marker."""
    words = _words(reading)
    if not book.future_markers.isdisjoint(words):
        return False
    return any(book.is_story_past(w) for w in words) or any(
        book.is_auxiliary(w)
        and any(book.is_story_participle(v) for v in words[i + 1 : i + 1 + _PARTICIPLE_REACH])
        for i, w in enumerate(words)
    )


def _loose_negator(reading: Reading, book: PhraseBook) -> bool:
    """Whether a negator stands outside every phrase read ("I don't see the point")."""
    covered = {i for p in reading.phrases for i in range(p.start, p.end)}
    return any(book.negates_at(reading, i) for i in range(len(reading.tokens)) if i not in covered)


def _is_news(sentence: str, book: PhraseBook, asked: str, read: Reader, before: bool) -> bool:
    """Whether a sentence of a paragraph without the writer's yes is news that may be
    set aside (see the module's docstring); ``before`` when it stands before the
    go-ahead's paragraph, where a story and a turn inside a sentence may stand."""
    reading = book.read(normalise(sentence))
    if not _words(reading) or _touches(sentence, reading, book, asked):
        return False
    _, evidence = read(sentence, frozenset(), asked)
    kinds = {e.split(":", 1)[0] for e in evidence}
    if any(p.label == "contrast" and _opens(reading, p.start) for p in reading.phrases):
        # A contrast that opens the sentence turns against what came before it.
        return False
    if kinds <= _QUIET_KINDS and not _loose_negator(reading, book):
        return True
    if not before:
        # After the answer, news that turns, doubts or negates may take it back; a
        # condition only when it leads on to other business of its own.
        return _other_business_condition(reading, evidence, book) and not _loose_negator(
            reading, book
        )
    if kinds <= _INERT_KINDS and not _loose_negator(reading, book):
        return True
    return (
        kinds <= _STORY_KINDS
        and _told_in_past(reading, book)
        and not any(p.label == "yes" and _opens(reading, p.start) for p in reading.phrases)
        and ("negation-after-yes" not in kinds or "yes" in kinds)
    )


# How many words may open a condition's consequence before the business it is about
# ("then the lunch", "steht das Mittagessen").
_CONSEQUENCE_LEAD = 2


def _other_business_condition(
    reading: Reading, evidence: tuple[str, ...], book: PhraseBook
) -> bool:
    """Whether a sentence's only doubt is a condition that leads, after a pause, on to a
    consequence about other business of its own (other_business as its first words or
    shortly after them: "Also, if Sophie is reading this: the lunch is still on for the
    26th", "Si Sophie lit ceci : le déjeuner tient toujours"). Not a condition with no
    consequence after it ("Only if it's after the offsite."), nor one whose consequence
    is the writer's own ("If the contract is signed, I'll do it after the offsite"):
    either may condition the answer, nor one whose consequence names the writer too
    (own_subjects: "the dinner is off and so am I")."""
    doubts = [e.partition(":") for e in evidence if e.split(":", 1)[0] not in _QUIET_KINDS]
    if not doubts or any(
        kind != "hedge" or said not in book.conditionals for kind, _, said in doubts
    ):
        return False
    tokens = reading.tokens
    conditions = [i for i, t in enumerate(tokens) if t in book.conditionals]
    if len(conditions) != 1:
        return False
    # The condition leads its sentence, after a word at most ("Also, if", "Et si", "Und
    # falls"): "I'll do it if ..." says its consequence first.
    if sum(1 for t in tokens[: conditions[0]] if t.strip() and not _PUNCT.fullmatch(t)) > 1:
        return False
    pause = next((i for i in range(conditions[0] + 1, len(tokens)) if reading.breaks[i]), None)
    if pause is None:
        return False
    # A word closing the sentence may keep its stop ("so am i.").
    following = tuple(
        t.rstrip(".!?") for t in tokens[pause + 1 :] if t.strip() and not _PUNCT.fullmatch(t)
    )
    if not book.own_subjects.isdisjoint(following):
        # "..., the dinner is off and so am I": the writer is in the consequence too.
        return False
    return any(
        following[i : i + len(business)] == business
        for business in book.other_business
        for i in range(min(_CONSEQUENCE_LEAD, len(following)) + 1)
    )


# What a question after the reader's own things may give besides the quiet marks.
_LIFE_ASK_KINDS = _QUIET_KINDS | {"question"}


def _asks_after_life(sentence: str, book: PhraseBook, asked: str, read: Reader) -> bool:
    """Whether a sentence only asks how a thing of the reader's goes: it opens with one
    of the life_asks, names a thing with one of the thing_determiners after it, and
    names nothing of the introduction ("How's the new puppy going?", "Comment va le
    jardin ?", "Wie geht's eurem Hund?"). "How's his timing?" names the one asked about
    ("his" is a bearing word), "Is it paid?" opens with no such ask, and "How is the
    meeting going to work?" names a meeting."""
    reading = book.read(normalise(sentence))
    words = tuple(w for w in _words(reading) if not _PUNCT.fullmatch(w))
    ask = next((a for a in book.life_asks if words[: len(a)] == a), None)
    if ask is None or book.thing_determiners.isdisjoint(words[len(ask) :]):
        return False
    if _touches(sentence, reading, book, asked, asking=False) or _loose_negator(reading, book):
        return False
    kinds = {e.split(":", 1)[0] for e in read(sentence, frozenset(), asked)[1]}
    return kinds <= _LIFE_ASK_KINDS


def _small_talk_paragraph(
    sentences: list[str], news: list[bool], book: PhraseBook, asked: str, read: Reader
) -> bool:
    """Whether a paragraph before the answer is small talk whole: some of its sentences
    are news and every other one only asks how a thing of the reader's goes
    (``_asks_after_life``: "Haven't heard from you since the conference. How's the new
    puppy going? Last photo I saw he'd eaten half a couch."). Asked before the answer,
    such a question conditions nothing that answer says; a question alone, or beside a
    sentence that is no news, is kept."""
    return (
        any(news)
        and not all(news)
        and all(
            told or _asks_after_life(s, book, asked, read)
            for s, told in zip(sentences, news, strict=True)
        )
    )


def _sentences(paragraph: str) -> list[str]:
    return [m.group() for m in _SENTENCE.finditer(paragraph) if m.group().strip()]


def go_ahead_sentence(sentence: str, book: PhraseBook, asked: str, read: Reader) -> bool:
    """Whether a sentence, read alone, says a yes of the writer's own (not a bare
    confirmation: "yes", "ok") and names the one asked about or says the introduction
    itself, one of its yeses a go-ahead ("Yes of course, I'd love to meet Femi", "yes,
    please connect us"). "Yes, happy to." and "I'd love to meet Anna" (asked about
    Femi) name neither."""
    answer, evidence = read(sentence, frozenset(), asked)
    yeses = [e[4:] for e in evidence if e.startswith("yes:")]
    if answer != "yes" or all(y in book.confirmations for y in yeses):
        return False
    words = _words(book.read(normalise(sentence)))
    return not _name_words(asked).isdisjoint(words) or any(y in book.go_aheads for y in yeses)


def _answer_only(sentence: str, book: PhraseBook, asked: str, read: Reader) -> bool | None:
    """Whether a sentence says nothing but a yes, every word of it in a yes phrase: True
    for a yes of the writer's own ("Oui, ça me ferait plaisir.", "Encantada."), None
    for a bare confirmation ("¡Sí, claro!", "Yes!"), False for anything more ("Yes! We
    finally sold the van")."""
    answer, evidence = read(sentence, frozenset(), asked)
    if answer != "yes":
        return False
    reading = book.read(normalise(sentence))
    covered = {i for p in reading.phrases if p.label == "yes" for i in range(p.start, p.end)}
    if not all(
        i in covered or _PUNCT.fullmatch(t) is not None
        for i, t in enumerate(reading.tokens)
        if t.strip()
    ):
        return False
    yeses = [e[4:] for e in evidence if e.startswith("yes:")]
    return None if all(y in book.confirmations for y in yeses) else True


def _greeting(paragraph: str, book: PhraseBook) -> bool:
    """Whether a paragraph is empty or a greeting line ("Hi there!", "Olá Rui,")."""
    said = " ".join(_PUNCT.sub(" ", normalise(paragraph)).split())
    return "\n" not in paragraph.strip() and (
        not said or any(said == g or said.startswith(f"{g} ") for g in book.greetings)
    )


def _opens_with_answer(sentences: list[str], book: PhraseBook, asked: str, read: Reader) -> bool:
    """Whether a paragraph opens with sentences that say nothing but a yes, one of them
    the writer's own, not only a bare confirmation ("¡Sí, claro! Encantada.", "Oui, ça
    me ferait plaisir. On vend déjà ..."): opening the reply, they answer the question
    asked. Not "Yes! We finally sold the van", nor a "Yes!" alone."""
    for sentence in sentences:
        said = _answer_only(sentence, book, asked, read)
        if said is not None:
            return said
    return False


def news_set_aside(text: str, book: PhraseBook, asked: str, read: Reader) -> tuple[str, int] | None:
    """The text without its sentences of news, and how many were set aside; None when
    the mail is short, when no sentence says a go-ahead (``go_ahead_sentence``) and the
    reply opens with no answer (``_opens_with_answer``), when a paragraph says a yes with
    neither (a yes to something else: "And yes, we finally sold the van"), or when there
    is no news to set aside."""
    if len(text.split()) < NEWS_MIN_WORDS:
        return None
    paragraphs = _PARAGRAPHS.split(text)
    kept: list[str] = []
    dropped = 0
    go_ahead = False
    for k, paragraph in enumerate(paragraphs):
        sentences = _sentences(paragraph)
        if any(read(s, frozenset(), asked)[0] == "yes" for s in sentences):
            if not any(go_ahead_sentence(s, book, asked, read) for s in sentences) and not (
                all(_greeting(p, book) for p in paragraphs[:k])
                and _opens_with_answer(sentences, book, asked, read)
            ):
                # "And yes, we finally sold the van": a yes to something else; not an
                # answer that opens the reply ("¡Sí, claro! Encantada.").
                return None
            go_ahead = True
            kept.append(paragraph)
            continue
        news = [_is_news(s, book, asked, read, not go_ahead) for s in sentences]
        if not go_ahead and _small_talk_paragraph(sentences, news, book, asked, read):
            # "... How's the new puppy going? Last photo I saw he'd eaten half a couch.":
            # small talk before the answer, its question after the reader's own life.
            news = [True] * len(sentences)
        rest = [s for s, told in zip(sentences, news, strict=True) if not told]
        dropped += len(sentences) - len(rest)
        if rest:
            kept.append(" ".join(s.strip() for s in rest))
    if not go_ahead or not dropped:
        return None
    return "\n\n".join(kept), dropped
