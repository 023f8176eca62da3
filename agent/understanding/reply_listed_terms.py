"""A yes given on terms listed below it, which govern how contact is made.

A formal writer may say yes and then set out, in a numbered list, how the contact is to
go: "I am content to be introduced to Ms Brennan, on the following understanding: / 1.
My email address may be given to Ms Brennan and to no one else. / 2. I will not comment
on any case before the courts.", "mit der Vorstellung bin ich einverstanden, und zwar
unter folgenden Maßgaben: / 1. ... Zusagen zu Fördermitteln kann ich nicht machen.",
"Sí, acepto la presentación ..., con las siguientes precisiones: / 3. ... no podré
recomendarle abogados", "Sim, aceito a apresentação ..., observadas as seguintes
ressalvas: / 1) ...". The negations, permissions and asides inside such a list limit
what the talk covers and which channel it uses; they refuse and doubt nothing about the
introduction, which the line above them has accepted.

The list is read as a term list when the line before it holds a yes and then one of the
term_leads ("following", "folgenden", "siguientes", "seguintes", "suivantes",
"yafuatayo"), with nothing between them but other yeses and neutral phrases, and ends
with a colon; each item opens a line with a number or a letter and a dot or a bracket
("1.", "2)", "a)") or a bullet ("-", "•"). The rest of the lead line from the term lead
on and each item are then read as one neutral phrase each.

A term that is a real condition on the introduction keeps the whole list as it was
read, so that its doubt still counts: an item holding one of the conditionals ("only if
my director approves", "si", "wenn"), one of the approvals ("my director's sign-off"),
a hedge other than the term_hedges (permissions: "may be given"), a question mark, or
one of the term_intro_words beside a refusal or a hedge ("Please do not send the
introduction before March").
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading

__all__ = ["listed_terms"]

# An item's mark, the first token of its line: a number or one letter, then a dot or a
# bracket as the next token; or a bullet alone.
_NUMBER = re.compile(r"\d{1,2}|[a-z]")
_CLOSERS = frozenset({".", ")"})
_BULLETS = frozenset({"-", "•", "*", "\u2013"})
# The labels a phrase inside a term may have and be read as part of the term.
_TERM_LABELS = frozenset({"no", "question", "neutral", "yes", "weak_yes", "deferral", "contrast"})


def _lines(reading: Reading) -> list[tuple[int, int]]:
    """Each line's first and past-last token, blank lines left out."""
    out: list[tuple[int, int]] = []
    at = 0
    for i, token in enumerate(reading.tokens):
        if "\n" in token:
            if any(t.strip() for t in reading.tokens[at:i]):
                out.append((at, i))
            at = i + 1
    if any(t.strip() for t in reading.tokens[at:]):
        out.append((at, len(reading.tokens)))
    return out


def _words_from(reading: Reading, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if reading.tokens[i].strip()]


def _is_item(reading: Reading, start: int, end: int) -> bool:
    words = _words_from(reading, start, end)
    if not words:
        return False
    first = reading.tokens[words[0]]
    if first in _BULLETS:
        return len(words) > 1
    return (
        len(words) > 2
        and _NUMBER.fullmatch(first) is not None
        and reading.tokens[words[1]] in _CLOSERS
    )


def _lead(reading: Reading, start: int, end: int, book: PhraseBook) -> int | None:
    """Where the term lead of a lead line stands (see the module's docstring), or None."""
    words = _words_from(reading, start, end)
    if not words or reading.tokens[words[-1]] != ":":
        return None
    lead = next((i for i in words if reading.tokens[i] in book.term_leads), None)
    if lead is None:
        return None
    before = [p for p in reading.phrases if start <= p.start < lead]
    if not any(p.label == "yes" for p in before) or any(
        p.label not in ("yes", "neutral") for p in before
    ):
        return None
    return lead


def _real_condition(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the stretch holds a condition on the introduction itself."""
    tokens = reading.tokens[start:end]
    if "?" in tokens or not book.conditionals.isdisjoint(tokens):
        return True
    inside = [p for p in reading.phrases if start <= p.start < end]
    if any(
        p.text in book.approvals
        or (p.label == "hedge" and p.text not in book.term_hedges)
        or p.label not in _TERM_LABELS | {"hedge"}
        for p in inside
    ):
        return True
    text = " ".join(t for t in tokens if t.strip())
    return any(p.label in ("no", "hedge") for p in inside) and any(
        stem in text for stem in book.term_intro_words
    )


def listed_terms(reading: Reading, book: PhraseBook) -> tuple[Reading, int]:
    """The reading with a yes's listed terms each read as one neutral phrase (see the
    module's docstring), and how many stretches were, the lead lines' included; 0 when
    none."""
    lines = _lines(reading)
    stretches: list[tuple[int, int]] = []
    for n, (start, end) in enumerate(lines):
        lead = _lead(reading, start, end, book)
        if lead is None:
            continue
        items = []
        for item_start, item_end in lines[n + 1 :]:
            if not _is_item(reading, item_start, item_end):
                break
            items.append((item_start, item_end))
        if not items:
            continue
        found = [(lead, end), *items]
        if any(_real_condition(reading, a, b, book) for a, b in found):
            continue
        stretches.extend(found)
    if not stretches:
        return reading, 0

    def within(phrase: Phrase) -> bool:
        return any(a <= phrase.start < b for a, b in stretches)

    terms = [
        Phrase("neutral", a, b, " ".join(t for t in reading.tokens[a:b] if t.strip()))
        for a, b in stretches
    ]
    kept = [p for p in reading.phrases if not within(p)]
    phrases = tuple(sorted((*kept, *terms), key=lambda p: (p.start, p.end)))
    return replace(reading, phrases=phrases), len(stretches)
