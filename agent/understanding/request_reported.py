"""An ask the writer reports having made before, beside a new one: "Last week I asked you
to introduce Ana Ruiz to Tom Hale at the port authority. No news yet? New one: please
introduce Ana (ana@...) to Ben Ode (ben@...)", "Je vous avais demandé de présenter ...",
"Te pedí que presentaras ...", "Ich hatte dich gebeten, ... bekannt zu machen", "Pedi-lhe
que apresentasse ...", "Nilikuomba umtambulishe ...".

The pair told of is one the agent was asked for in an earlier mail, no second pair of
this one. A report opens on one of ``reported_asks`` of ``rules/requests/{lang}.json``
("I asked you", "je vous avais demandé", "te pedí", "ich hatte dich gebeten", "pedi-lhe",
"nilikuomba"), not right after one of ``reported_ask_manners`` ("as I asked you,
introduce me to ..." asks now, "comme", "como", "wie", "kama"); the words asking in its
clause (``triggers`` and ``intent_words``, up to a sentence's end, a contrast, a plea or
a comma not right after the report) are blanked out, the names and addresses left.

The text so blanked is only a reading offered: ``requests`` keeps it only where it still
yields a pair and yields fewer pairs than the text as written, each of them one the text
as written yields too. A reported ask alone, or one asked again ("I asked you to
introduce me to Sam; could you do it now?"), is read as before.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import ADDRESS, may_hold

# Where a clause of a report ends: a mark ending a sentence, a colon, a semicolon, or a
# blank line (a single line break may only wrap a sentence).
_SENTENCE_END = re.compile(r"[?!;:]|(?<=\w{4})\.(?=\s|$)|\n[ \t]*\n")
_COMMA = re.compile(r",")
_WORD_REST = re.compile(r"[\w'-]*")
_LAST_WORD = re.compile(r"([\w']+)\W*$")


class Reported(NamedTuple):
    """The writer's text with the asks reported as made before blanked out."""

    text: str
    # The addresses written in the reports: no one the new ask leaves out.
    addresses: frozenset[str]


def without_reported_asks(text: str, rules: Rules) -> Reported:
    """``text`` with the words asking of each ask reported as made before blanked out
    ("Last week I asked you to introduce Ana to Tom"), and the addresses written in them;
    ``text`` itself when it reports none."""
    if not may_hold(rules.reported_ask_needs, text.casefold().replace("\u2019", "'")):
        return Reported(text, frozenset())
    plain = _folded(text)
    blanked = text
    addresses: set[str] = set()
    for lead in rules.reported_ask_re.finditer(plain):
        before = _LAST_WORD.search(plain, 0, lead.start())
        if before is not None and before.group(1) in rules.reported_ask_manners:
            # "As I asked you, introduce me to Bob": asked now, as before.
            continue
        end = _clause_end(plain, lead.end(), rules)
        asks = [
            (found.start(), _word_end(plain, found.end()))
            for reach in (rules.trigger_re, rules.intent_start_re)
            for found in reach.finditer(plain, lead.end(), end)
        ]
        if not asks:
            continue
        for start, stop in asks:
            blanked = blanked[:start] + _blanked(blanked[start:stop]) + blanked[stop:]
        addresses |= {a.casefold().rstrip(".") for a in ADDRESS.findall(plain, lead.end(), end)}
    return Reported(blanked, frozenset(addresses))


def _clause_end(plain: str, start: int, rules: Rules) -> int:
    """Where the clause of a report opening at ``start`` ends: the sentence's end, a
    contrast ("but"), a plea ("please", "could you") or a comma, except one right after
    the report ("Ich hatte dich gebeten, Ana mit Tom bekannt zu machen")."""
    found = _SENTENCE_END.search(plain, start)
    end = found.start() if found else len(plain)
    for reach in (rules.contrast_re, rules.plea_re):
        turn = reach.search(plain, start, end)
        end = turn.start() if turn else end
    opening = start + len(plain[start:end]) - len(plain[start:end].lstrip())
    comma = _COMMA.search(plain, opening + 1 if plain.startswith(",", opening) else opening, end)
    return comma.start() if comma else end


def _word_end(plain: str, at: int) -> int:
    """Where the word going on at ``at`` ends ("present" of "presentaras")."""
    found = _WORD_REST.match(plain, at)
    return found.end() if found else at


def _folded(text: str) -> str:
    """``text`` case-folded letter by letter, so every offset stays where it was (a
    letter folding to two, "ß", is kept), its typographic apostrophes made plain."""
    return "".join(c if len(c.casefold()) != 1 else c.casefold() for c in text).replace(
        "\u2019", "'"
    )


def _blanked(span: str) -> str:
    """``span`` as white space of its length, its line breaks kept."""
    return re.sub(r"[^\n]", " ", span)
