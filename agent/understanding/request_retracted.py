"""An ask taken back in the same mail for another one after it: "Could you intro me to
Chidi Okonkwo (...)? ... Actually scratch that - ... Please introduce me to his partner
Folake Adeyemi instead", "Quería pedirte que presentaras a Núria ... a Álvaro ...
Pensándolo mejor, no. ... Preséntame a mí a Álvaro".

The phrasings taking an ask back are ``retraction_cues`` of ``rules/requests/{lang}.json``
("on second thought, no", "pensándolo mejor, no", "à la réflexion, non", "nein, doch
lieber", "pensando melhor, não", "kwa kweli hapana") and ``withdrawal_cues`` of
``rules/not_requests`` ("scratch that", "oublie ça", "vergiss es", "esquece"). One stands
for a retraction only after an ask or an address of the writer's; when an ask (one of
``triggers``; after a retraction cue, a plain "no", a verb of introducing or one carrying
the writer too; no negation before it in its sentence) follows it, the words asking from
the sentence of the ask before it up to the cue, and the cue, are blanked out: the names
and addresses stay, so a name of the ask after stands for the one written there, and the
addresses of the ask taken back are no one the ask after leaves out. With no ask after
it, a ``retraction_cues`` one leaves it unclear which ask stands: the request is asked
about (a ``withdrawal_cues`` one alone withdraws the mail, as ``requests._withdrawn``
reads it).

A cue inside a list item that asks nothing and writes no address, before the cue or after
it, takes back that item alone ("3) Antoine - actually no, skip Antoine, he sorted himself
out"): the writer began an item and thought better of it, the items before it stand. The
item, from its mark to its end, is blanked out, and so is every cue in it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from agent.understanding.commands import names_own_request
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import ADDRESS, may_hold

# Where a sentence ends: a question or exclamation mark, a full stop after a word longer
# than a title ("Dr.", "Eng." end none), then white space; or a blank line (a single line
# break may only wrap a sentence).
_SENTENCE_END = re.compile(r"(?:[?!]|(?<=\w{4})\.)(?=\s)|\n[ \t]*\n")
_WORDS = re.compile(r"[\w']+")
_WORD_REST = re.compile(r"[\w'-]*")
# A word as a verb is written with the pronouns joined to it ("présentez-moi").
_VERB = re.compile(r"\w[\w-]*")


class Retraction(NamedTuple):
    """The writer's text with the asks taken back read as if not asked, and what the
    taking back leaves."""

    text: str
    # A retraction followed by no ask: which ask stands is unclear.
    unclear: bool
    # The addresses written in the asks taken back: no one the ask after leaves out.
    taken_back: frozenset[str]
    # Whether an ask was taken back for a later one.
    replaced: bool


def without_retracted_asks(text: str, rules: Rules) -> Retraction:
    """``text`` with the words asking of each ask taken back for a later one blanked
    out, and what that leaves."""
    # Most mail takes nothing back: the plain fold looks for that first, the fold that
    # keeps every offset is made only then.
    plain = text.casefold().replace("\u2019", "'")
    if not may_hold(rules.retraction_needs, plain) or rules.retraction_re.search(plain) is None:
        return Retraction(text, False, frozenset(), False)
    folded = _folded(text)
    unclear = False
    taken_back: set[str] = set()
    replaced = False
    items: list[tuple[int, int]] = []
    for cue in reversed(list(rules.retraction_re.finditer(folded))):
        if any(start <= cue.start() < end for start, end in items):
            # "2) Antoine - en fait non, laisse tomber": a cue of an item taken back.
            continue
        asked = _last_ask_before(folded, cue.start(), rules)
        if asked is None:
            # "Forget the formalities: please introduce me to ...": nothing asked before.
            continue
        if names_own_request(_clause_after(folded, cue.end())):
            # "esqueça o pedido que lhe fiz na semana passada, para me apresentar ao Pastor
            # Cossa": the cue cancels a request of an earlier mail, which the ask after it
            # describes; nothing asked in this one is taken back.
            continue
        item = _item_taken_back(folded, cue, rules)
        if item is not None:
            # "3) Antoine - actually no, skip Antoine, he sorted himself out": the item
            # being written is taken back, the asks of the items before it stand.
            text = text[: item[0]] + _blanked(text[item[0] : item[1]]) + text[item[1] :]
            folded = folded[: item[0]] + _blanked(folded[item[0] : item[1]]) + folded[item[1] :]
            items.append(item)
            continue
        said_no = cue.group() in rules.retraction_cues
        if not _ask_after(folded, cue.end(), rules, said_no):
            unclear = unclear or said_no
            continue
        replaced = True
        start = _sentence_start(folded, asked)
        # The names and addresses stay, and with them whom a name after the cue stands
        # for ("Preséntame a mí a Álvaro"); the words asking go, and the cue with them.
        spans = [(cue.start(), cue.end())]
        spans.extend(
            (found.start(), _word_end(folded, found.end()))
            for found in _asks(folded, start, cue.start(), rules, True)
        )
        for begin, end in spans:
            text = text[:begin] + _blanked(text[begin:end]) + text[end:]
            folded = folded[:begin] + _blanked(folded[begin:end]) + folded[end:]
        taken_back |= {
            found.group().casefold().rstrip(".")
            for found in ADDRESS.finditer(folded, start, cue.start())
        }
    return Retraction(text, unclear, frozenset(taken_back), replaced)


# A list item opening a line: a bullet, or a number and a mark ("3)", "2."), or a letter
# and a bracket ("b)", "(b)"); and where an item ends, a blank line or the next line
# opening one.
_ITEM_MARK = r"(?:[-*\u2022\u2013]|\(?\d{1,2}[.)]|\(?[a-z]\))[ \t]+"
_ITEM_OPEN = re.compile(r"[ \t]*" + _ITEM_MARK)
_ITEM_END = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*" + _ITEM_MARK + ")")


def _item_taken_back(folded: str, cue: re.Match[str], rules: Rules) -> tuple[int, int] | None:
    """The list item ``cue`` takes back, from its mark to its end, when the cue stands in
    an item that asks nothing and writes no address before it nor after it ("3) Antoine -
    actually no, skip Antoine, he sorted himself out", "- Marta - on second thought, no,
    she's away until May"): the writer began an item and took it back, not an ask of the
    items before it; None otherwise."""
    start = _item_start(folded, cue.start())
    if start is None:
        return None
    found = _ITEM_END.search(folded, cue.end())
    end = found.start() if found else len(folded)
    if ADDRESS.search(folded, start, end) is not None:
        return None
    if _asks(folded, start, cue.start(), rules, True):
        return None
    if _asks(folded, cue.end(), end, rules, cue.group() in rules.retraction_cues):
        # "3) Antoine - actually no, please introduce Hannah to Léa instead".
        return None
    return start, end


def _item_start(folded: str, at: int) -> int | None:
    """Where the list item holding ``at`` starts: the nearest line at or before it that
    opens on a list mark, no blank line between; None when ``at`` is in no item."""
    line_end = at
    while True:
        line_start = folded.rfind("\n", 0, line_end) + 1
        if _ITEM_OPEN.match(folded, line_start):
            return line_start
        if line_start == 0:
            return None
        line_end = line_start - 1
        if not folded[folded.rfind("\n", 0, line_end) + 1 : line_end].strip():
            # A blank line before this one: the paragraph opens on no list mark.
            return None


def _clause_after(folded: str, at: int) -> str:
    """The words from ``at`` to the end of their clause (a comma, a mark, a line end)."""
    found = _CLAUSE_END.search(folded, at)
    return folded[at : found.start() if found else len(folded)]


# Where a clause ends: a comma or a mark ending a sentence, or a line break.
_CLAUSE_END = re.compile(r"[,;:.!?\n]")


def _word_end(folded: str, at: int) -> int:
    """Where the word going on at ``at`` ends ("present" of "presentaras")."""
    found = _WORD_REST.match(folded, at)
    return found.end() if found else at


def _folded(text: str) -> str:
    """``text`` case-folded letter by letter, so every offset stays where it was (a
    letter folding to two, "ß", is kept), its typographic apostrophes made plain."""
    return "".join(c if len(c.casefold()) != 1 else c.casefold() for c in text).replace(
        "\u2019", "'"
    )


def _last_ask_before(folded: str, end: int, rules: Rules) -> int | None:
    """Where the last ask before ``end`` starts (an ask phrase, a verb of introducing, a
    verb carrying the writer), else the last address; None when neither is there."""
    asks = [found.start() for found in _asks(folded, 0, end, rules, True)]
    if asks:
        return max(asks)
    addresses = [found.start() for found in ADDRESS.finditer(folded, 0, end)]
    return max(addresses) if addresses else None


def _asks(folded: str, start: int, end: int, rules: Rules, said_no: bool) -> list[re.Match[str]]:
    """The asks between ``start`` and ``end``: the ask phrases (``triggers``), and with
    ``said_no`` the verbs of introducing and those carrying the writer too."""
    asks = list(rules.trigger_re.finditer(folded, start, end))
    if said_no:
        asks.extend(rules.intent_start_re.finditer(folded, start, end))
        # "Preséntame mejor a ...": a verb carrying the writer, whatever word follows.
        asks.extend(
            found
            for found in _VERB.finditer(folded, start, end)
            if found.group() in rules.self_verbs
        )
    return asks


def _ask_after(folded: str, start: int, rules: Rules, said_no: bool) -> bool:
    """Whether an ask, no negation before it in its sentence, follows ``start``: "Please
    introduce me to Folake instead", not "Don't introduce me to anyone". ``said_no``: the
    cue is one of ``retraction_cues``, a "no" to the ask before."""
    # "À la réflexion, non. Présente-moi à Folake": after a plain "no", a verb of
    # introducing asks; after "never mind" alone it may tell ("he just introduced
    # himself"), so only an ask phrase does.
    asks = _asks(folded, start, len(folded), rules, said_no)
    for found in asks:
        opening = _sentence_start(folded, found.start())
        before = _WORDS.findall(folded[max(opening, start) : found.start()])
        if not any(word in rules.negations for word in before):
            return True
    return False


def _sentence_start(folded: str, at: int) -> int:
    """Where the sentence holding ``at`` starts."""
    start = 0
    for end in _SENTENCE_END.finditer(folded, 0, at):
        start = end.end()
    return start


def _blanked(span: str) -> str:
    """``span`` as white space of its length, its line breaks kept."""
    return re.sub(r"[^\n]", " ", span)
