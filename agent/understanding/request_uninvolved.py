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

import json
import re
from collections.abc import Collection
from functools import lru_cache
from importlib import resources

from agent.understanding.request_rules import (
    LANGUAGES,
    Rules,
    needed_words,
    phrase_regex,
    unaccented,
)
from agent.understanding.request_tokens import addresses_in
from agent.understanding.word_sets import normal_text, words_in

__all__ = ["uninvolved_addresses"]

# Where a sentence of the writer's text ends: a stop and a space, or a blank line.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|\n\s*\n")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], frozenset[str] | None]:
    """The ``uninvolved_cues`` of every language as one pattern over folded text, and the
    words one of which a text holding any of them holds."""
    folder = resources.files("rules") / "requests"
    phrases: set[str] = set()
    for language in LANGUAGES:
        data = json.loads((folder / f"{language}.json").read_text(encoding="utf-8"))
        for cue in data.get("uninvolved_cues", ()):
            phrases |= unaccented(cue.casefold().replace("\u2019", "'"))
    return phrase_regex(phrases), needed_words(phrases)


def uninvolved_addresses(text: str, parties: Collection[str], rules: Rules) -> frozenset[str]:
    """The addresses, folded, that ``text`` writes only of people it says need not be
    involved (see the module); ``parties`` are the folded addresses of the pairs read."""
    if "@" not in text:
        return frozenset()
    regex, needed = _cues()
    if needed is not None and needed.isdisjoint(words_in(normal_text(text))):
        return frozenset()
    found: set[str] = set()
    for sentence in _SENTENCE_END.split(text):
        if "@" not in sentence:
            continue
        folded = normal_text(sentence)
        if regex.search(folded) is None or rules.trigger_re.search(folded) is not None:
            continue
        written = {m.group(0).casefold().rstrip(".") for m in addresses_in(sentence)}
        if written.isdisjoint(parties):
            found |= written
    return frozenset(found)
