"""Refusal words typed with a digit for the letter it looks like (rules/replies
common.json, digit_letters).

A hurried writer, or a phone's keyboard with the digits a row above the letters, puts
"0" for "o": "n0 thx", "n0t interested", "n3in danke", "nã0, obrigado". Read as
written, such a word is no word of the lists: "n0 thx" answers nothing, and "n0t
interested" says yes with its negator lost. This module reads each word that opens on
a letter and holds a digit standing for a letter as the one refusal word it then
spells (a one-word refusal, alone_no, or a negator: ``PhraseBook.digit_refusals``).
Codes and counts ("4pm", "1st", "Q3", "S10") open on a digit, spell no refusal word, or
hold more digits than letters, and stay as written.

The reading so put right is the reply's, save that a typo never makes a yes: where it
would say yes and the text as written does not, the text is read as written (see
``replies._answer``).
"""

from __future__ import annotations

import re
from itertools import product

from agent.understanding.reply_phrases import PhraseBook, normalise

__all__ = ["digit_slips"]

# A digit a letter may be typed as, then one right after a Latin letter (every slip
# holds one: "n0", "n3in", "nã0"), looked for first: most replies hold neither, and
# trying the word's pattern at each word costs far more.
_DIGIT = re.compile(r"[013457]")
_AFTER_LETTER = re.compile(r"[A-Za-zß-öø-ÿ][013457]")
# A word that opens on a letter and holds such a digit ("n0", "n0t", "d0n't").
_SLIPPED = re.compile(r"(?<![\w'\u2019])[^\W\d_][^\W_]*?[013457][^\W_]*(?:['\u2019][^\W_]+)?")
# More digits than this in a word make a code, not a slip ("n0p3" aside, "h4p4n4").
_MAX_DIGITS = 2


def digit_slips(text: str, book: PhraseBook) -> tuple[str, tuple[str, ...]] | None:
    """``text`` with each refusal word typed with a digit for a letter written in
    letters ("n0 thx" is "no thx"), and what was put right ("digit:n0->no"); None when
    no word was."""
    if _DIGIT.search(text) is None or _AFTER_LETTER.search(text) is None:
        return None
    fixes: list[str] = []

    def spelled(found: re.Match[str]) -> str:
        word = found.group()
        refusal = _refusal_spelled(word.lower(), book)
        if refusal is None:
            return word
        fixes.append(f"digit:{word.lower()}->{refusal}")
        return refusal

    written = _SLIPPED.sub(spelled, text)
    return (written, tuple(fixes)) if fixes else None


def _refusal_spelled(word: str, book: PhraseBook) -> str | None:
    """The one refusal word ``word`` spells with each of its digits read as a letter it
    looks like, in lower case; None when it spells none or several, or holds a digit
    that looks like no letter, or more digits than letters."""
    digits = [ch for ch in word if ch.isdigit()]
    if len(digits) > _MAX_DIGITS or len(digits) * 2 > len(word):
        return None
    if any(d not in book.digit_letters for d in digits):
        return None
    slots = [book.digit_letters[ch] if ch.isdigit() else (ch,) for ch in word]
    found = {
        spelled
        for letters in product(*slots)
        if normalise(spelled := "".join(letters)) in book.digit_refusals
    }
    return found.pop() if len(found) == 1 else None
