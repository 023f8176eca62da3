"""A final verdict that decides a reply whose writer changed their mind on the way.

"Volontiers ... Ah non, attends, je relis ton message : ... avec un drone ? ... Donc
finalement c'est non, désolé. Si elle veut filmer la désalpe, qu'elle vienne.": the
writer weighs the request aloud (a first yes, a question to themselves, reasons) and
then gives the verdict in so many words (final_verdicts: "in the end it's a no", "c'est
non finalement", "al final es que no", "also doch nein", "então afinal é não", "kwa hiyo
mwishowe ni hapana"). The verdict, not what led to it, is the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.understanding.reply_phrases import PhraseBook

__all__ = ["final_verdict"]

Reader = Callable[[str], tuple[str, tuple[str, ...]]]

# The end of a sentence: its closing mark or a line break.
_SENTENCE_CLOSE = re.compile(r"[.!?\n\u2026]")


def final_verdict(normalised: str, book: PhraseBook, read: Reader) -> tuple[str, ...] | None:
    """The evidence of a refusal given as a final verdict, or None.

    The last of the final_verdicts that opens its sentence (after at most a few
    conclusion_leads: "so", "donc", "also", "então", "kwa hiyo") and closes its clause
    decides when its sentence refuses with nothing that doubts or asks ("Donc finalement
    c'est non, désolé."), the sentence before it asks nothing (a verdict right after a
    question answers that: "The bank loan? In the end it's a no.") and what follows it
    says no yes, asks nothing and doubts only with a plain condition: an invitation to
    something else ("Si elle veut filmer la désalpe, qu'elle vienne") does not undo the
    verdict, while "... c'est non. Sauf si elle vient sans drone", "... c'est non. Si
    elle renonce au drone, d'accord" and "... it's a no. Any chance she'd come in
    September?" stay as the reply reads whole."""
    pattern = book.final_verdict_pattern
    if pattern is None:
        return None
    # The last verdict decides, as the writer's final word.
    found = max(pattern.finditer(normalised), key=lambda m: m.start(), default=None)
    if found is None:
        return None
    start = found.start("verdict")
    before = normalised[: found.start()].rstrip()
    # A verdict that opens the reply is read as it stands (and so is the verdict's own
    # sentence, read below).
    if not re.search(r"\w", before) or before.endswith("?"):
        return None
    close = _SENTENCE_CLOSE.search(normalised, found.end("verdict"))
    end = close.end() if close is not None else len(normalised)
    answer, evidence = read(normalised[start:end])
    if answer != "no" or any(e.startswith(("hedge:", "question:")) for e in evidence):
        return None
    tail = normalised[end:]
    if re.search(r"\w", tail):
        for e in read(tail)[1]:
            hedge = e.removeprefix("hedge:") if e.startswith("hedge:") else None
            if hedge is not None and hedge in book.conditionals:
                continue
            if not e.startswith(("no:", "negated:")):
                return None
    return (f"verdict:{found.group('verdict')}", *evidence)
