"""Alternatives offered for one party: "Either Eng. James Otieno (...) or his deputy, Mrs
Chebet", "soit Paul Martin soit son adjointe", "o a Juan Pérez o a su adjunta", "entweder
Herrn Vogt oder seine Stellvertreterin", "ou o João Silva ou a Maria", "ama Juma Said au
naibu wake".

The writer leaves open which of them is meant, so the request is asked about, as with
``judgement_cues``. The words are ``alternative_words`` of ``rules/requests/{lang}.json``,
written "opening ... closing" ("either ... or"; Spanish "o a ... o", "o con ... o", the
"o" alone being a Portuguese article). An opening stands for one only before a person:
after at most two short lower-case words ("to", "mit", "o"), a title or a listed first
name written with a capital, or an address; and a closing word follows that person
within a few words in the same sentence. "Either way, please
introduce me to Ana" or "either Monday or Tuesday" offers no one.
"""

from __future__ import annotations

import re

from agent.understanding.first_names import is_first_name
from agent.understanding.request_rules import Rules
from agent.understanding.word_sets import words_in

# Where a sentence ends: a question or exclamation mark, a full stop after a word longer
# than a title ("Eng.", "Dr." end none), then white space; or a blank line.
_SENTENCE_END = re.compile(r"(?:[?!]|(?<=\w{4})\.)(?=\s|$)|\n[ \t]*\n")
# A word as written, a full stop of a title and an address kept.
_WORD = re.compile(r"[^\s,;:!?()\"]+")
# At most this many short lower-case words between the opening and the person ("either
# with Dr. Lee", "ou avec Mme Roy").
_MAX_LINKS = 2
_LINK_LETTERS = 4
# How many words after the person's first the closing word may stand: the rest of a
# name, an address, a short description between commas.
_MAX_GAP = 10


def offers_alternatives(text: str, rules: Rules) -> bool:
    """Whether ``text`` offers alternatives for one party: an opening of
    ``alternative_words`` before a person, its closing word after them."""
    firsts = {opening[0] for opening in rules.alternative_words}
    if firsts.isdisjoint(words_in(text.casefold())):
        # Most mail offers no alternative: no opening's first word is there.
        return False
    start = 0
    for end in [*_SENTENCE_END.finditer(text), None]:
        stop = end.start() if end else len(text)
        if _offers_in(text[start:stop], rules):
            return True
        if end is None:
            break
        start = end.end()
    return False


def _offers_in(sentence: str, rules: Rules) -> bool:
    """Whether one sentence offers alternatives."""
    words = _WORD.findall(sentence)
    folded = [word.casefold() for word in words]
    firsts = {opening[0] for opening in rules.alternative_words}
    for at in range(len(words)):
        if folded[at] not in firsts:
            continue
        for opening, closings in rules.alternative_words.items():
            if tuple(folded[at : at + len(opening)]) != opening:
                continue
            if at and not words[at].islower():
                # "to Ama Mensah or Kofi": capitalised inside a sentence, a name.
                continue
            person = at + len(opening)
            while (
                person < len(words)
                and person - at - len(opening) < _MAX_LINKS
                and words[person].islower()
                and len(words[person]) <= _LINK_LETTERS
                and folded[person] not in closings
            ):
                person += 1
            if person >= len(words) or not _person_opens(words[person], rules):
                continue
            if not closings.isdisjoint(folded[person + 1 : person + 1 + _MAX_GAP]):
                return True
    return False


def _person_opens(word: str, rules: Rules) -> bool:
    """Whether a person's name or address opens on ``word``: a title or a listed first
    name written with a capital ("Eng.", "Herrn", "Paul"), or an address."""
    if "@" in word:
        return True
    if not word[:1].isupper():
        return False
    return word.casefold().rstrip(".") in rules.titles or is_first_name(word)
