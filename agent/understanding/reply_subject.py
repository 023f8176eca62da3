"""A reply's subject: the body's lines repeating it, and an answer added to it.

Read by classify_reply: the lines of a body that repeat the mail's own subject ("Re:
Would you like ...?"), and the words a person added to the agent's subject when the body
is empty.
"""

from __future__ import annotations

import re

from agent.understanding.reply_phrases import normalise
from agent.understanding.reply_words import _PUNCTUATION

# A subject repeated in the body is the agent's question: at least this many words.
_MIN_REPEATED_SUBJECT_WORDS = 4
# The prefixes a mail program puts before a subject it repeats ("Re:", "AW:", "Rép. :").
_LINE_PREFIXES = re.compile(
    r"^(?:\s*(?:re|aw|sv|antw|res|rep|rv|tr|wg|fw|fwd|r)\s*\.?\s*(?:\[\d+\])?\s*:)+"
)


def _bare_subject(text: str) -> str:
    """A subject or a line as compared: normalised, without reply prefixes, the intro's
    tag or punctuation."""
    text = normalise(text)
    prefixes = _LINE_PREFIXES.match(text)
    if prefixes:
        text = text[prefixes.end() :]
    return _PUNCTUATION.sub(" ", _SUBJECT_TAG.sub(" ", text)).strip()


def _without_subject_lines(text: str, subject: str) -> str:
    """The text without the lines that repeat the mail's own subject, with or without
    its "Re:", "AW:" or "Rép." ("Re: Would you like an introduction to Grace Okafor?"
    above "Yes I would"): some mail programs copy the subject into the body, and its
    question mark is the agent's, not a question back. Only a subject of a few words
    counts, and only the whole line: "Re: yes" in the body is the writer's answer."""
    tag = _SUBJECT_TAG.search(subject)
    # The agent's words, with and without what the writer added after the tag.
    cores = {_bare_subject(subject)}
    if tag is not None:
        cores.add(_bare_subject(subject[: tag.start()]))
    cores = {c for c in cores if len(c.split()) >= _MIN_REPEATED_SUBJECT_WORDS}
    # A quick look first: most replies hold no part of their subject.
    if not cores or not any(c.split()[-1] in normalise(text) for c in cores):
        return text
    lines = text.splitlines(keepends=True)
    kept = [line for line in lines if not line.strip() or _bare_subject(line) not in cores]
    if len(kept) == len(lines):
        return text
    return "".join(kept).strip("\n")


# The agent's subjects end with the intro's tag: "Would you like ...? [#1a2b]".
_SUBJECT_TAG = re.compile(r"\[#[0-9a-z]{4,12}\]", re.IGNORECASE)
# An answer added to a subject is a word or a few ("- yes", "YES -", "no thanks").
_MAX_SUBJECT_ANSWER_WORDS = 5
# A subject the person wrote whole ("Re: yes", "AW: Ja gerne") is read when this short.
_MAX_BARE_SUBJECT_WORDS = 3
# Only reply prefixes: a forward ("Fwd:", "TR:", "WG:", "RV:") answers nothing.
_REPLY_PREFIXES = re.compile(r"^(?:\s*(?:re|aw|sv|antw|res)\s*(?:\[\d+\])?\s*:)+", re.IGNORECASE)


def subject_answer(subject: str) -> str:
    """What a person added to the agent's subject when replying with an empty body:
    the words before "Re:" or after the intro's tag ("Re: Would you like ...? [#1a2b]
    - yes"). Without the tag the agent's own words end at its question's mark, the
    last in the subject: a few words after it are the person's ("Re: Introduction to
    Hannah Price? yes go on then"); the words before it are never read (they hold
    "like", "would"), nor a long addition. A
    reply whose whole subject is a few words of the person's ("Re: yes") gives those
    words, unless they ask ("Re: yes?")."""
    tag = _SUBJECT_TAG.search(subject)
    if tag is None:
        # "Re: yes": the person wrote the whole subject, a word or two after the
        # reply prefixes; no subject the agent writes is that short.
        prefixes = _REPLY_PREFIXES.match(subject)
        bare = subject[prefixes.end() :] if prefixes else ""
        asked, mark, after = bare.rpartition("?")
        if mark and _PUNCTUATION.sub("", asked).strip():
            # "Re: Introduction to Priyanka Shah? no thanks": the agent's question ends
            # at its question mark, whose tag the phone dropped; a few words after it
            # are the person's.
            words = _PUNCTUATION.sub(" ", after).split()
            if len(words) > _MAX_SUBJECT_ANSWER_WORDS:
                return ""
            return " ".join(words)
        words = _PUNCTUATION.sub(" ", bare).split()
        if "?" in bare or not 0 < len(words) <= _MAX_BARE_SUBJECT_WORDS:
            return ""
        return " ".join(words)
    before = subject[: tag.start()]
    prefix = re.search(r"(?i)\b(re|aw|sv|antw|res|rv|tr|wg)\s*:", before)
    lead = before[: prefix.start()] if prefix else ""
    added = " ".join(part for part in (lead, subject[tag.end() :]) if part.strip())
    words = _PUNCTUATION.sub(" ", added).split()
    if not words or len(words) > _MAX_SUBJECT_ANSWER_WORDS:
        return ""
    return " ".join(words)
