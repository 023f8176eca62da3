"""An intro handed over from a quoted mail: "Adding the intro bot here. Can you do the
one Raj suggests below?" above Raj's "For Paris you should really meet Camille Durand
(camille.durand@...)". The note names no pair; the quoted mail does.

The phrases pointing below live in ``rules/requests/{lang}.json`` under ``below_refs``.
The pair is the writer and the one person the quoted mail names with an address, in a
sentence about talking or meeting; any other count and the agent asks.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_people import Resolved
from agent.understanding.request_reading import written_addresses
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import normal_text

_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]``, with the mark closing it."""
    opened = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closed = _SENTENCE_END.search(text, end)
    return text[opened : closed.end() if closed else len(text)]


def refers_below(text: str, rules: Rules) -> bool:
    """Whether ``text`` asks for the intro a quoted mail suggests: one of ``below_refs``
    in a sentence that asks or pleads ("Can you do the one Raj suggests below?", "¿Puedes
    hacer la de abajo?"); "The one below is mine." asks nothing."""
    folded = normal_text(text)
    for found in rules.below_ref_re.finditer(folded):
        sentence = _sentence_at(folded, found.start(), found.end())
        if sentence.rstrip().endswith("?") or rules.plea_re.search(sentence):
            return True
    return False


def suggested_person(body: str, rules: Rules, aside: Collection[str]) -> Resolved | None:
    """The one person a quoted mail's ``body`` names with an address, besides those
    ``aside`` (addresses, case-folded: the writer, the quoted mail's author, the agent),
    when a sentence about talking or meeting names them ("you should really meet Camille
    Durand (camille@...)"). None for no one, several people, or no such sentence."""
    if "@" not in body:
        return None
    items = tokenize(body, rules)
    named, bare = written_addresses(items)
    people = {a.email.casefold(): a for a in named if a.email.casefold() not in aside}
    others = {email.casefold() for email in bare} - set(aside) - set(people)
    if len(people) != 1 or others:
        return None
    email, person = next(iter(people.items()))
    if not person.name:
        return None
    for item in items:
        if (item.email or "").casefold() != email:
            continue
        sentence = normal_text(_sentence_at(body, item.start, item.end))
        if rules.contact_re.search(sentence):
            return Resolved(Party(person.name, person.email), True)
    return None
