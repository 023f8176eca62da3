"""An ask set on a condition that neither the writer nor the agent can settle.

"If Prof. Hale comes to the Lisbon summit, please connect him with Rita Costa (...)"
asks for the intro only once something happens that the agent cannot know of: acted on
at once, it would write to both before their time, or for nothing. Such a request is
asked about. The condition opens the ask's sentence or follows a comma in it ("...,
falls er nach Lissabon kommt"), one of ``ask_conditions`` of ``rules/requests/{lang}.json``
opening it ("if", "unless", "si", "wenn", "falls", "se", "caso", "kama"); the English "if"
is one inside a sentence with no comma before it too (``inline_conditions``: "please
connect him with Rita if he comes"), except after a word that makes it ask whether
(``condition_blinds``: "let me know if", "see if").

A condition that is only politeness ("if you can", "if that's ok", "si possible", "wenn
es geht", "se puder", "kama inawezekana") or the party's own willingness ("if she's
interested", "si ça l'intéresse", "falls er Zeit hat"), which the opt-in asks anyway, is
one of ``settled_conditions`` and changes nothing, as does a word that is no condition but
"as" (``condition_manners``: the Swahili "kama nilivyoahidi", "as I promised"); nor does
one that holds the ask itself ("If you could introduce me to Tom ...", "Si pudieras
presentarme a ..."), nor a consent
condition (``consent_conditions``: "if Anna agrees"), read where the names are. A
condition in a sentence asking for no intro ("If you need anything, let me know") is
none of the ask's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import may_hold
from agent.understanding.word_sets import normal_text

__all__ = ["set_on_outside_condition"]

# A sentence's end: a mark before white space or the text's end.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
# What closes a condition opening its sentence: a comma, a dash or a colon.
_CLAUSE_END = re.compile(r"\s*[,:\u2013\u2014]|\s+-\s+")
# The least a condition says: its word and one more ("si," of "Si, claro" is a yes).
_MIN_CONDITION_WORDS = 2


def set_on_outside_condition(asked: str, rules: Rules) -> bool:
    """Whether a sentence of ``asked`` asks for an intro on a condition that neither the
    writer nor the agent can settle (see the module's docstring)."""
    if not may_hold(rules.ask_condition_needs, normal_text(asked)):
        return False
    return any(
        _outside_condition(sentence, rules)
        for line in asked.splitlines()
        for sentence in _sentences(line, rules)
    )


def _sentences(line: str, rules: Rules) -> Iterator[str]:
    """The sentences of ``line``, a title's full stop ending none ("Prof. Hale", "Dr.
    Osei")."""
    held = ""
    for piece in _SENTENCE_END.split(line):
        held = f"{held} {piece}" if held else piece
        last = held.rstrip().rsplit(None, 1)[-1] if held.strip() else ""
        if last.endswith(".") and (
            last[:-1].casefold() in rules.titles or len(last.rstrip(".")) == 1
        ):
            continue
        yield held
        held = ""
    if held:
        yield held


def _outside_condition(sentence: str, rules: Rules) -> bool:
    """Whether ``sentence`` asks for an intro on one of ``ask_conditions`` that is
    neither settled nor holds the ask."""
    folded = normal_text(sentence)
    for found in rules.ask_condition_re.finditer(folded):
        start = found.start()
        if not _at_condition(folded, start, found.group(), rules):
            continue
        clause = _clause(folded, start, rules)
        rest = folded[:start] + " " + folded[start + len(clause) :]
        if len(clause.split()) < _MIN_CONDITION_WORDS or not _asks(rest, rules):
            continue
        if any(infix in clause.split()[1] for infix in rules.condition_manners):
            # "Kama nilivyoahidi, ...": "as I promised", no condition.
            continue
        if _asks(clause, rules):
            # "If you could introduce me to Tom, that would be great": the ask itself.
            continue
        if rules.settled_condition_re.match(clause) is not None:
            continue
        if rules.consent_re.search(sentence) is not None:
            # "If Anna agrees, connect her with Tom": the opt-in asks her anyway.
            continue
        return True
    return False


def _asks(folded: str, rules: Rules) -> bool:
    """Whether ``folded`` holds a word of an intro or an ask ("connect", "in Kontakt",
    "stellen Sie")."""
    return rules.intent_re.search(folded) is not None or rules.trigger_re.search(folded) is not None


def _at_condition(folded: str, start: int, word: str, rules: Rules) -> bool:
    """Whether the condition word at ``start`` opens a condition: the sentence's first
    word, one after a comma or a dash (not one of ``opening_conditions``, which open
    their sentence only), or one of ``inline_conditions`` after any word but one of
    ``condition_blinds`` ("let me know if" asks whether)."""
    before = folded[:start].rstrip()
    if not before:
        return True
    if word in rules.opening_conditions:
        # ", se llama Otieno", ", si mimi": another language's word after a comma.
        return False
    if before[-1] in ",;:-\u2013\u2014(":
        return True
    if word not in rules.inline_conditions:
        return False
    previous = before.rsplit(None, 1)[-1].strip("\"'()")
    return previous not in rules.condition_blinds


def _clause(folded: str, start: int, rules: Rules) -> str:
    """The condition from ``start``: up to a comma, a dash or a colon, else the
    sentence's end; where a plea stands in it after its opening ("if hale comes please
    connect him with rita"), up to the plea."""
    end = _CLAUSE_END.search(folded, start)
    clause = folded[start : end.start() if end else len(folded)]
    plea = next((p for p in rules.plea_re.finditer(clause) if p.start() > 0), None)
    if plea is not None and _asks(clause[plea.start() :], rules):
        clause = clause[: plea.start()]
    return clause.rstrip(" .!?;")
