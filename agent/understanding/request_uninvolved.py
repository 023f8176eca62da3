"""Those named with an address only to say they need not be involved in the intro.

A writer often names who else knows of the matter, with their address, and says they
need no part in it: "Mrs Okonjo (head@...) has already okayed the design, so no need to
involve her", "Meine Kollegin (...) ist informiert, muss aber nicht beteiligt werden",
"Mme Roux (...) est au courant, inutile de l'impliquer". Such a one is no one the ask
leaves out: an intro made without them is the whole of what was asked.

Someone is so told of where their address stands in a sentence holding one of
``uninvolved_cues`` (``rules/requests/{lang}.json``: "no need to involve", "muss nicht
beteiligt werden", "inutile de l'impliquer", "no hace falta involucrarla", "não é
preciso envolvê-la", "hakuna haja ya kumhusisha"), a sentence that asks for no intro (no
trigger: "introduce Lisa (...) to Tom (...), no need to involve Jane (...)" is read as
written) and gives no party's address.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import addresses_in, may_hold
from agent.understanding.word_sets import normal_text

__all__ = ["uninvolved_addresses"]

# Where a sentence of the writer's text ends: a stop and a space, or a blank line.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|\n\s*\n")


def uninvolved_addresses(text: str, parties: Collection[str], rules: Rules) -> frozenset[str]:
    """The addresses, folded, that ``text`` writes only of people it says need not be
    involved (see the module); ``parties`` are the folded addresses of the pairs read."""
    if "@" not in text:
        return frozenset()
    if not may_hold(rules.uninvolved_needs, normal_text(text)):
        return frozenset()
    found: set[str] = set()
    for sentence in _SENTENCE_END.split(text):
        if "@" not in sentence:
            continue
        folded = normal_text(sentence)
        if (
            rules.uninvolved_re.search(folded) is None
            or rules.trigger_re.search(folded) is not None
        ):
            continue
        written = {m.group(0).casefold().rstrip(".") for m in addresses_in(sentence)}
        if written.isdisjoint(parties):
            found |= written
    return frozenset(found)
