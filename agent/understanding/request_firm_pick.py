"""Someone at a firm, then a name the writer offers for them: "it might be worth her
talking to someone in the HSE immunisation office - maybe Dr Declan Furlong if he's still
there", "hablar con alguien de la OTRI ...: a lo mejor con Jorge, el que vino a la feria",
"conversar com alguém da Fiocruz ... quem sabe a Dra. Lívia, se ela ainda estiver lá".

The one meant is the person offered, not the firm: the text the pairs are read from has
the "someone" of the phrase (``firm_someone_cues``) replaced by the name offered, so the
ask that speaks of "someone at" the firm pairs that person. The name follows one of
``suggestion_doubts`` in the phrase's sentence or the two after it, perhaps through words
of ``suggestion_links`` ("con", "a", "with"), and is a listed first name or a title and a
capitalised word, each a word or two more of the name after it. The writer only offers
them, so such a pair is always asked about (``agent/understanding/requests.py``).
"""

from __future__ import annotations

import re

from agent.understanding.first_names import is_first_name
from agent.understanding.request_rules import Rules, admits
from agent.understanding.word_sets import words_in

# How many sentences after the phrase's own the offered name may be in.
_LATER_SENTENCES = 2
# How many words a name offered holds at most after its first, a title left out.
_MORE_NAME_WORDS = 2
# A sentence's end: a question or exclamation mark, or a full stop after a word longer
# than a title ("Dr.", "Dra." end none), then a space or the text's end.
_SENTENCE_END = re.compile(r"(?:[?!]|(?<=\w{4})\.)(?=\s|$)")
# A word as written, a full stop of a title kept.
_WORD = re.compile(r"[^\s,;:!?()\"]+")


def offered_at_firm(said: str, rules: Rules) -> tuple[str, str | None]:
    """``said`` with the "someone" of the first phrase of someone at a firm that is
    followed by a name the writer offers replaced by that name, and the name, without
    its title; ``said`` itself and None when no phrase is so followed. Nothing before
    the phrase moves."""
    folded = said.casefold()
    if not admits(rules.firm_someone_gate, words_in(folded), folded):
        return said, None
    if rules.firm_someone_re.search(folded) is None:
        return said, None
    for found in rules.firm_someone_re.finditer(folded):
        window = _window(said, found.end())
        offered = _offered_name(window, rules)
        if offered is None:
            continue
        written, name = offered
        someone = found.group("someone")
        start = found.start("someone")
        # A comma closes the name: "Dra. Lívia da Fiocruz" would read the firm as her
        # surname.
        return said[:start] + written + "," + said[start + len(someone) :], name
    return said, None


def _window(said: str, start: int) -> str:
    """The text from ``start`` to the end of the sentence after the two that follow its
    own."""
    end = start
    for _ in range(_LATER_SENTENCES + 1):
        found = _SENTENCE_END.search(said, end)
        if found is None:
            return said[start:]
        end = found.end()
    return said[start:end]


def _offered_name(window: str, rules: Rules) -> tuple[str, str] | None:
    """The first name offered after a doubt in ``window``: as written (its title kept)
    and without its title; None when no doubt there is followed by one."""
    for found in rules.suggestion_doubt_word_re.finditer(window.casefold()):
        words = [m.group() for m in _WORD.finditer(window, found.end())][: 4 + _MORE_NAME_WORDS]
        while words and words[0].casefold() in rules.suggestion_links:
            words = words[1:]
        titled = False
        while words and words[0].casefold().rstrip(".") in rules.titles and words[0][:1].isupper():
            titled = True
            words = words[1:]
        if not words or not _capitalised(words[0]):
            continue
        if not titled and not is_first_name(words[0]):
            continue
        name = [words[0]]
        for word in words[1 : 1 + _MORE_NAME_WORDS]:
            if not _capitalised(word):
                break
            name.append(word)
        # The name as written ends where its last word does in the window.
        first = window.find(name[0], found.end())
        start = _written_start(window, found.end(), first, rules)
        end = window.find(name[-1], first) + len(name[-1])
        return window[start:end], " ".join(name)
    return None


def _written_start(window: str, after: int, first: int, rules: Rules) -> int:
    """Where the name's title starts, when titles stand right before its first word."""
    start = first
    before = window[after:first].split()
    while before and before[-1].casefold().rstrip(".") in rules.titles:
        start = window.rfind(before[-1], after, start)
        before = before[:-1]
    return start


def _capitalised(word: str) -> bool:
    """Whether a word is written as a name: a capital, then a lower-case letter."""
    return len(word) > 1 and word[0].isupper() and word[1].islower()
