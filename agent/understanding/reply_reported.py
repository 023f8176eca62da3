"""What someone else said they might do, told before the answer, which hedges no answer.

"Dave mentioned on Sunday that he might be sending something like this. Yes, happy to
meet Colin.", "Marta me comentó que quizás me escribiría algo así", "Dieter erzählte
mir, dass er vielleicht so etwas schickt", "O Paulo comentou que talvez mandasse algo
assim", "Juma aliniambia kwamba huenda atatuma ujumbe": the "might" is the other's, told
as what they said before the mail came; the answer comes after it and is read on its
own. A doubt in the answer's own sentence, one after the answer, one of the writer's
("Dave said I might be interested"), one about the one asked about, the meeting or the
introduction ("Dave said we might meet next month"), and one beside a question, a
condition or a negation still doubt.
"""

from __future__ import annotations

from agent.understanding.reply_negation import _yes_sentences
from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading, normalise
from agent.understanding.reply_words import _holds, _sentence_end, _sentence_start

__all__ = ["reported_doubts"]


def _report_at(words: tuple[str, ...], book: PhraseBook) -> tuple[int, int] | None:
    """Where the first of the report_verbs ("mentioned", "told me", "me comentó",
    "erzählte", "aliniambia") stands in ``words``, as its first index and the one after
    it; None when none does."""
    for k in range(len(words)):
        for verb in book.report_verbs:
            if words[k : k + len(verb)] == verb:
                return k, k + len(verb)
    return None


def _bears(words: tuple[str, ...], book: PhraseBook, names: frozenset[str]) -> bool:
    """Whether a sentence bears on what is asked: it asks, sets a condition, negates,
    names the one asked about, the introduction or a meeting, or holds a bearing word
    that is no pronoun ("met", "know", "question": "he" and "she" are the one who said
    it there, never the one asked about, who is left unnamed)."""
    text = " ".join(words)
    return (
        "?" in words
        or not book.conditionals.isdisjoint(words)
        or any(book.is_negator(w) for w in words)
        or not names.isdisjoint(words)
        or any(stem in text for stem in book.intro_stems)
        or any(f" {w} " in f" {text} " for w in book.meeting_words)
        or any(
            _holds(words, w)
            for w in book.bearing_words
            if not (len(w) == 1 and w[0] in book.bearing_pronouns)
        )
    )


def _told_of_other(
    words: tuple[str, ...], report: tuple[int, int], hedge: tuple[int, int], book: PhraseBook
) -> bool:
    """Whether the sentence ``words`` tells what someone other than the writer said they
    might do: no word of the writer (own_subjects) stands in it before the hedge (the
    span ``hedge``) but the one the report verb is said to, inside it or right after it
    ("Anna told me", "erzählte mir"), and the writer is not the subject the hedge opens
    (own_nominatives: "Dave said maybe I'd like it")."""
    start, end = report
    first, last = hedge
    if last < len(words) and words[last] in book.own_nominatives:
        return False
    return all(words[k] not in book.own_subjects for k in range(first) if not start <= k <= end)


def reported_doubts(reading: Reading, book: PhraseBook, asked: str) -> frozenset[int]:
    """The starts of the hedges in sentences before the first yes that tell what
    someone other than the writer said they might do (see the module): the hedge stands
    after one of the report_verbs in its sentence, no word of the writer before it but
    the one told, and the sentence does not bear on what is asked (see ``_bears``)."""
    yeses = _yes_sentences(reading, book)
    if not yeses:
        return frozenset()
    first = min(yeses)
    tokens = reading.tokens
    names = frozenset(w for w in normalise(asked).replace("-", " ").split() if len(w) > 1)
    hedges: list[Phrase] = [p for p in reading.phrases if p.label == "hedge" and p.end <= first]
    out: set[int] = set()
    for hedge in hedges:
        start = _sentence_start(reading, hedge.start)
        end = _sentence_end(reading, start)
        if end >= first or start in yeses:
            continue
        words = tokens[start:end]
        report = _report_at(words, book)
        if report is None or report[1] > hedge.start - start:
            continue
        if any(
            p.label not in ("hedge", "neutral") and start <= p.start < end for p in reading.phrases
        ):
            # Anything that answers, turns or puts off in it is read as it is.
            continue
        if _bears(words, book, names):
            continue
        if _told_of_other(words, report, (hedge.start - start, hedge.end - start), book):
            out.add(hedge.start)
    return frozenset(out)
