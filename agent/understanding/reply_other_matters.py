"""Paragraphs after a reply's answer that talk of another matter.

A letter answers the question in a paragraph of its own, then goes on to the writer's
life or the asker's: "Wie geht es eigentlich eurem Garten? Hat die Quitte dieses Jahr
getragen?", "Avez-vous pu aller à la conférence sur les pigeonniers ? ... J'y viendrai
avec plaisir", "Now, the other thing I wanted to ask you - are you still doing the
Thursday walking group? ... If it has I might come along". Read whole, such a mail asks
and doubts; none of it is said of the introduction.

``other_matter`` tells whether a paragraph is such talk. It names nothing of the
introduction: not the one asked about, none of the intro_stems, meeting_words,
go_aheads or bearing_words, and no summing-up; one of the bearing_pronouns ("he",
"elle", "er") bears on the one asked about in the paragraph's first sentence, while in a
later one it refers to what the paragraph talks of ("J'ai entendu dire qu'elle était
passionnante"), unless it asks ("How's the garden? Is he still at Acme?"); a pronoun
inverted after a verb that a noun opens the sentence before repeats that noun ("Et
l'association organise-t-elle toujours le repas ?"). And it is one of these:

- turned: its first sentence turns to another matter and asks (one of the matter_turns,
  the topic_shifts among them, with a question mark after it: "the other thing I wanted
  to ask you - are you still doing ...?"; or one of the matter_asks with a condition
  word right after it, an indirect question: "pia nilitaka kukuuliza kama ..."), and it
  names a gathering or a group's event (gathering_words, group_events: "the walking
  group", "semina") that the writer may go to; then it may doubt, turn or say yes to
  that matter ("If it has I might come along"), but no refusal, no negated yes and
  nothing else read stands in it. "Another thing: only if it's paid" and "Another
  thing - is it paid? If not, I'd rather wait" name no event and still doubt;
- asked, only after a refusal: its first sentence asks about a thing it names with one
  of the thing_determiners, with nothing but a question read in it ("Wie geht es
  eigentlich eurem Garten?"; not "Is it paid?"), and what follows asks or tells,
  a yes or a contrast inside a clause at most ("J'y viendrai avec plaisir"), with no
  doubt and no negator outside the phrases read;
- quiet: every sentence says nothing read but marks of no answer (``_QUIET_KINDS``)
  and no loose negator; after a yes, a yes too ("Best wishes and love to Graham").

``refusal_before_other_matters`` gives the text up to a paragraph that refuses, read
alone, when every paragraph after it is another matter, so that it can be read again
without them: "No thanks. / How's the garden?" answers no, "No thanks. / Is he the one
from Acme?" still asks. ``answer_before_other_matters`` does the same for the paragraph
a turn to the matter asked opens ("Anyway, about Ruth - yes, I'd be glad ..."), after
a yes only turned or quiet paragraphs.
"""

from __future__ import annotations

import re

from agent.understanding.reply_news import (
    _PARAGRAPHS,
    _QUIET_KINDS,
    Reader,
    _holds,
    _loose_negator,
    _name_words,
    _opens,
    _sentences,
    _words,
)
from agent.understanding.reply_phrases import PhraseBook, Reading, normalise

__all__ = ["answer_before_other_matters", "other_matter", "refusal_before_other_matters"]

# What a sentence asking about another matter may give besides the quiet marks.
_ASKING_KINDS = _QUIET_KINDS | {"question", "other-question", "closing-contrast"}
# What a paragraph turned to another matter may give: its doubts and turns are its own.
_TURNED_KINDS = _ASKING_KINDS | {"contrast", "hedge", "yes", "guessed"}
# Words a French question may stand before an inverted pronoun with ("Et l'association
# organise-t-elle"): the noun it repeats stands there; "Est-il" asks of someone.
_INVERSION_LEAD = 2


def _inverted(reading: Reading, index: int) -> bool:
    """Whether the pronoun at ``index`` is inverted after a verb that a noun opens the
    sentence before ("l'association organise-t-elle"): it repeats that noun."""
    tokens = reading.tokens
    if index == 0 or tokens[index - 1] != "-":
        return False
    verb = index - 2
    if verb >= 1 and tokens[verb] == "t" and tokens[verb - 1] == "-":
        verb -= 2
    return sum(1 for t in tokens[:verb] if t.strip() and any(c.isalnum() for c in t)) >= (
        _INVERSION_LEAD
    )


def _touches(sentence: str, reading: Reading, book: PhraseBook, asked: str, first: bool) -> bool:
    """Whether a sentence names anything of the introduction (see the module's
    docstring); its turn to another matter ("the other thing I wanted to ask you",
    "wollte ich dich fragen": the asking is of that matter) is left out."""
    words = _words(reading)
    for turns in (book.matter_turns, book.matter_asks):
        span = _turn_span(words, turns)
        if span is not None:
            words = words[: span[0]] + words[span[1] :]
    text = f" {' '.join(words)} "
    if (
        not _name_words(asked).isdisjoint(words)
        or any(stem in text for stem in book.intro_stems)
        or any(f" {w} " in text for w in book.meeting_words)
        or any(f" {w} " in text for w in book.go_aheads)
        or bool(reading.conclusions)
        or any(
            _holds(words, wanted)
            for wanted in book.bearing_words
            if not (len(wanted) == 1 and wanted[0] in book.bearing_pronouns)
        )
    ):
        return True
    # "él", not the article "el": an accent_bearer only where its accent is written.
    written = frozenset(re.findall(r"\w+", sentence.lower()))
    pronouns = [
        i
        for i, t in enumerate(reading.tokens)
        if t in book.bearing_pronouns
        and (t not in book.accent_bearers or book.accent_bearers[t] in written)
    ]
    # "Et l'association organise-t-elle ...": the pronoun repeats the noun before it.
    if all(_inverted(reading, i) for i in pronouns):
        return False
    return first or "?" in reading.tokens


def _turn_span(
    words: tuple[str, ...], turns: tuple[tuple[str, ...], ...]
) -> tuple[int, int] | None:
    """Where the first of ``turns`` a sentence's words hold starts and ends, or None; an
    elided article is no part of a turn's word ("l'autre chose")."""
    bare = tuple(w.rpartition("'")[2] or w for w in words)
    for turn in turns:
        size = len(turn)
        at = next((i for i in range(len(bare) - size + 1) if bare[i : i + size] == turn), None)
        if at is not None:
            return at, at + size
    return None


def _turns(reading: Reading, book: PhraseBook) -> bool:
    """Whether a sentence turns to another matter and asks about it: one of the
    matter_turns with a question mark after it ("the other thing I wanted to ask you -
    are you still doing the walking group?"), or one of the matter_asks with a condition
    word right after it, an indirect question ("pia nilitaka kukuuliza kama ...", "I
    also wanted to ask you if ..."). "Another thing: only if it's paid" asks nothing."""
    words = tuple(t for t in _words(reading) if any(c.isalnum() for c in t) or t == "?")
    span = _turn_span(words, book.matter_turns)
    if span is not None and "?" in words[span[1] :]:
        return True
    span = _turn_span(words, book.matter_asks)
    return span is not None and span[1] < len(words) and words[span[1]] in book.conditionals


def _names_event(readings: list[Reading], book: PhraseBook) -> bool:
    """Whether a paragraph names a gathering or a group's event ("the Thursday walking
    group", "la conférence", "semina ya walimu wakuu"): what it asks the asker about."""
    return any(
        (word := t.rpartition("'")[2]) in book.gathering_words or word in book.group_events
        for reading in readings
        for t in reading.tokens
    )


def _names_thing(reading: Reading, book: PhraseBook) -> bool:
    """Whether a sentence names a thing of its own with one of the thing_determiners,
    an elided one too ("the garden", "eurem Garten", "l'association", "shamba lako"):
    "Is it paid?" and "Can we talk in spring?" name none."""
    return any(
        t in book.thing_determiners or t.partition("'")[0] in book.thing_determiners
        for t in reading.tokens
    )


def other_matter(
    paragraph: str, book: PhraseBook, asked: str, read: Reader, *, after_yes: bool
) -> bool:
    """Whether a paragraph after the answer talks of another matter (see the module's
    docstring); ``after_yes`` when the answer is a yes, which only a refusal, a doubt or
    a question may take back, and after which no paragraph is read as merely asked."""
    sentences = _sentences(paragraph)
    if not sentences:
        return True
    readings = [book.read(normalise(s)) for s in sentences]
    if any(
        _touches(s, r, book, asked, k == 0)
        for k, (s, r) in enumerate(zip(sentences, readings, strict=True))
    ):
        return False
    kinds = [{e.split(":", 1)[0] for e in read(s, frozenset(), asked)[1]} for s in sentences]
    if _turns(readings[0], book) and _names_event(readings, book):
        return all(k <= _TURNED_KINDS for k in kinds)
    quiet = _QUIET_KINDS | ({"yes"} if after_yes else set())
    if all(k <= quiet for k in kinds) and not any(_loose_negator(r, book) for r in readings):
        return True
    if (
        after_yes
        or "?" not in readings[0].tokens
        or not kinds[0] <= _ASKING_KINDS
        or not _names_thing(readings[0], book)
    ):
        return False
    for reading, said in zip(readings, kinds, strict=True):
        if not said <= _ASKING_KINDS | {"yes", "contrast"} or _loose_negator(reading, book):
            return False
        if any(
            p.label in ("yes", "contrast") and _opens(reading, p.start) for p in reading.phrases
        ):
            # "How's the garden? Happy to, by the way.": a yes opening its clause may
            # answer the question after all.
            return False
    return True


def refusal_before_other_matters(
    text: str, book: PhraseBook, asked: str, read: Reader
) -> tuple[str, int] | None:
    """The text up to its last paragraph that refuses when read alone, and how many
    paragraphs after it talk of another matter; None when no paragraph refuses, when
    none follows it or when one after it is no other matter."""
    paragraphs = [p for p in _PARAGRAPHS.split(text) if p.strip()]
    refusal = next(
        (
            k
            for k in range(len(paragraphs) - 1, -1, -1)
            if read(paragraphs[k], frozenset(), asked)[0] == "no"
        ),
        None,
    )
    if refusal is None or refusal == len(paragraphs) - 1:
        return None
    rest = paragraphs[refusal + 1 :]
    if not all(other_matter(p, book, asked, read, after_yes=False) for p in rest):
        return None
    return "\n\n".join(paragraphs[: refusal + 1]), len(rest)


def answer_before_other_matters(
    tail: str, book: PhraseBook, asked: str, read: Reader
) -> tuple[str, int] | None:
    """The first paragraph of ``tail`` (the text from a turn to the matter asked on:
    "about Ruth - yes, I'd be glad ...") and how many paragraphs after it talk of another
    matter, after a yes; None when there is none, or when one is no other matter."""
    paragraphs = [p for p in _PARAGRAPHS.split(tail) if p.strip()]
    if len(paragraphs) < 2 or not all(
        other_matter(p, book, asked, read, after_yes=True) for p in paragraphs[1:]
    ):
        return None
    return paragraphs[0], len(paragraphs) - 1
