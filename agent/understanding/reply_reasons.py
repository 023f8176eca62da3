"""A yes given to the reason's question rather than to the opt-in question.

The question mail quotes the requester's reason under a label ("Why: Priya wanted
to know if you'll be at Web Summit in Lisbon next week"). A reason may itself ask
something, and a reply may answer that instead of the opt-in question:

- written inside the quote, above the quoted opt-in question ("Would you like the
  introduction?"), under the reason ("Yes, we still do - walk-in sessions on
  Tuesdays"), a yes answers what stands above it; only what stands under the opt-in
  question, or above the whole quote, answers the introduction;
- a bare confirmation ("yes", "oui", "ja") whose sentence goes on with words of the
  question the reason asks ("Yes, I'll be in Lisbon Tuesday through Thursday" under
  "if you'll be at Web Summit in Lisbon") answers that question, not the opt-in one.

Both leave the reply unclear. The labels, the opt-in question's words and the words
that open a question inside a reason ("whether", "if", "si", "ob", "se", "kama")
are data, in ``rules/replies/*.json`` (reason_labels, opt_in_questions,
reason_questions).
"""

from __future__ import annotations

import re
from functools import lru_cache

from agent.understanding.nlp import stop_words
from agent.understanding.reply_phrases import PhraseBook, normalise

__all__ = ["echoed_reason_words", "lines_above_question", "reason_text"]

_QUOTED = re.compile(r"^[ \t]*>")
_MARKS = re.compile(r"^(?:[ \t]*>)+[ \t]?")
# A word of the reason's question counts when at least this long and no stop word.
_MIN_ECHO_CHARS = 4
_WORDS = re.compile(r"[^\W\d_][\w'-]*")
# Where a question inside a reason ends.
_CLAUSE_END = re.compile(r"[;.!?:\n]")
# Where a sentence of the reply ends.
_SENTENCE_END = re.compile(r"[.!?\n]")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """The common words of the languages spaCy lists them for, normalised."""
    return frozenset(normalise(w) for w in stop_words("de", "en", "es", "fr", "pt"))


def _question_line(lines: list[str], book: PhraseBook) -> int | None:
    """The quoted line holding the opt-in question, if any."""
    for k, line in enumerate(lines):
        if not _QUOTED.match(line):
            continue
        folded = normalise(line)
        if any(q in folded for q in book.opt_in_questions):
            return k
    return None


def lines_above_question(text: str, book: PhraseBook) -> list[int]:
    """The unquoted lines written inside the quote, under its first quoted line and
    above the quoted opt-in question: answers to what stands above them."""
    if not book.opt_in_questions:
        return []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((k for k, line in enumerate(lines) if _QUOTED.match(line)), None)
    if first is None:
        return []
    question = _question_line(lines, book)
    if question is None:
        return []
    return [
        k for k in range(first + 1, question) if lines[k].strip() and not _QUOTED.match(lines[k])
    ]


def _reason(text: str, book: PhraseBook) -> str:
    """The quoted reason: the lines from its label to the next blank quoted line,
    without quote marks, normalised."""
    found: list[str] = []
    for line in text.split("\n"):
        if not _QUOTED.match(line):
            if found:
                break
            continue
        bare = normalise(_MARKS.sub("", line)).strip()
        if found:
            if not bare:
                break
            found.append(bare)
        elif any(bare.startswith(label) for label in book.reason_labels):
            found.append(bare)
    return " ".join(found)


def _content_words(text: str) -> set[str]:
    stop = _stop_words()
    return {
        w
        for w in _WORDS.findall(text)
        if len(w) >= _MIN_ECHO_CHARS and w not in stop and w.strip("'-") == w
    }


def _asked(reason: str, book: PhraseBook) -> set[str]:
    """The words of the yes/no questions the reason asks: after a word that opens one
    ("whether", "if", "ob") to the clause's end, or a sentence ending in "?"."""
    words: set[str] = set()
    for match in re.finditer(r"[^\W\d_]+", reason):
        if match.group() in book.reason_questions:
            rest = reason[match.end() :]
            end = _CLAUSE_END.search(rest)
            words |= _content_words(rest[: end.start() if end else len(rest)])
    for asked in re.findall(r"[^.!?;:]*\?", reason):
        words |= _content_words(asked)
    return words


def reason_text(message_text: str, book: PhraseBook) -> str:
    """The quoted reason ("Why: ..."), normalised; empty when none is quoted."""
    return _reason(message_text, book) if book.reason_labels else ""


def reason_words(message_text: str, book: PhraseBook) -> set[str]:
    """The words of the quoted reason ("Why: ..."), normalised."""
    return set(re.findall(r"[^\W\d_]+", _reason(message_text, book)))


def echoed_reason_words(message_text: str, yes_at: str, book: PhraseBook) -> set[str]:
    """The words of a question the quoted reason asks that the sentence of the reply
    after its yes (``yes_at``: the normalised text from the yes on) says again."""
    if not book.reason_labels:
        return set()
    reason = _reason(message_text, book)
    if not reason:
        return set()
    asked = _asked(reason, book)
    if not asked:
        return set()
    end = _SENTENCE_END.search(yes_at)
    return asked & _content_words(yes_at[: end.start() if end else len(yes_at)])
