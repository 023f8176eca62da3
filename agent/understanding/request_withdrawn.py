"""A numbered list item withdrawn later in the same mail by its number ("2. Gwen with the
composer Elin Haf Jones ... \n\n...actually, scrap number 2."): the item is read as if
not written, the others as they are.

The phrasings withdrawing an item live in ``rules/requests/{lang}.json`` under
``item_withdrawals``, ``#`` where the item's number stands ("scrap number #", "oubliez
le numéro #", "olvida el número #", "vergiss Nummer #", "esquece o número #", "usahau
namba #"). The item is the paragraph opening on that number and a mark ("2.", "2)"), up
to the next item or a blank line; it is blanked out, its line breaks kept, so every
offset of the text stays where it was. A number no item of the mail opens on, or a
phrasing negated ("don't scrap number 2") withdraws nothing.
"""

from __future__ import annotations

import re

from agent.understanding.request_rules import Rules
from agent.understanding.word_sets import text_words

# A list item opening a line: its number and a mark ("2.", "2)", "(2)").
_ITEM = r"(?m)^[ \t]*\(?{number}[.)][ \t]+"
# Where an item ends: a blank line, or the next line opening on a number and a mark.
_ITEM_END = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*\(?\d+[.)][ \t]+)")


def without_withdrawn_items(text: str, rules: Rules) -> str:
    """``text`` with each numbered list item withdrawn later in it by its number blanked
    out, line breaks kept."""
    if rules.item_withdrawal_re is None or rules.item_withdrawal_words.isdisjoint(text_words(text)):
        return text
    for found in rules.item_withdrawal_re.finditer(text):
        if _negated(text, found.start(), rules):
            # "Don't scrap number 2": the item stays.
            continue
        number = found.group("number")
        item = re.search(_ITEM.format(number=re.escape(number)), text[: found.start()])
        if item is None:
            continue
        end = _ITEM_END.search(text, item.end())
        stop = min(end.start() if end else len(text), found.start())
        text = text[: item.start()] + _blanked(text[item.start() : stop]) + text[stop:]
        # The withdrawal, done, is no "forget it" of the whole mail ("Esquece o número 2").
        text = text[: found.start()] + _blanked(found.group()) + text[found.end() :]
    return text


# The words of the sentence before a withdrawal, up to a mark ending a sentence.
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")
_WORDS = re.compile(r"[\w']+")


def _negated(text: str, at: int, rules: Rules) -> bool:
    """Whether a negation ("don't", "pas", "no", "nicht", "não") stands in the sentence
    before ``at``."""
    before = text[max(0, at - 80) : at]
    start = _SENTENCE_START.search(before)
    words = _WORDS.findall((before[start.start() :] if start else before).casefold())
    return any(word in rules.negations for word in words)


def _blanked(span: str) -> str:
    """``span`` as white space of its length, its line breaks kept."""
    return re.sub(r"[^\n]", " ", span)
