"""Which of a requester's open introductions a cancel means when it names someone.

"Cancel my request for Bob Jones" or "cancela lo de Javier Morales" carries no intro id.
The intro meant is the requester's one open introduction with a party of that name. When
none or several match, nothing is cancelled: the requester is told and can answer with the
id, which is safer than ending the wrong introduction.
"""

from __future__ import annotations

import re

from agent.core.intro import Intro

# A written name's words: capitalised, as names are in a cancel ("the Bob intro"), so the
# sentence's own words ("cancel", "my", "request") never match a party.
_CAPITALISED = re.compile(r"(?<![\w@.])[^\W\d_][\w'\u2019-]*")
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in re.findall(r"[^\W\d_][\w'\u2019-]*", name))


def written_names(named: str) -> frozenset[str]:
    """The capitalised words and the addresses a cancel wrote, compared case-folded."""
    words = {w.casefold() for w in _CAPITALISED.findall(named) if w[:1].isupper()}
    return frozenset(words | {a.casefold() for a in _ADDRESS.findall(named)})


def named_intro(intros: list[Intro], requester: str, named: str) -> Intro | None:
    """The one open intro among ``intros`` with a party other than ``requester`` (who
    may be a party of all of them) whose name has a word, or whose address is one, the
    cancel wrote; None when no intro or more than one matches."""
    written = written_names(named)
    if not written:
        return None
    found = [
        intro
        for intro in intros
        if not intro.is_closed
        and any(
            not written.isdisjoint(_name_words(person.name)) or person.key in written
            for person in (intro.a.person, intro.b.person)
            if person.key != requester
        )
    ]
    return found[0] if len(found) == 1 else None
