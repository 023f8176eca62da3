"""The names of a mail that may be the fuller name of someone written in short.

"Mr. Okafor" is read in full as the one name of the mail his surname ends ("Chinedu
Okafor") or, failing that, opens. A firm named after him ("Okafor Construction Group",
``agent.understanding.request_firm_named``) is no name of his, and the same man written
with an initial ("C. Okafor", in the subject) is no second candidate beside "Chinedu
Okafor": both are set aside before the one fuller name is looked for.
"""

from __future__ import annotations

from collections.abc import Collection

from agent.understanding.request_firm_named import firm_name
from agent.understanding.request_rules import Rules

__all__ = ["person_names"]


def person_names(names: Collection[str], rules: Rules) -> set[str]:
    """``names`` without firms' names and without those another of them writes in full
    ("C. Okafor" beside "Chinedu Okafor")."""
    people = {n for n in names if not firm_name(n, rules)}
    return {
        n
        for n in people
        if not any(other != n and _initials_of(_folded(n), _folded(other)) for other in people)
    }


def _folded(name: str) -> list[str]:
    """The words of ``name``, folded, its dots dropped ("C." is "c")."""
    return [word for word in name.casefold().replace(".", " ").split() if word]


def _initials_of(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` writes ``full`` with initials for some of its first words: as
    many words, the last the same, each other the same or its one-letter initial, one
    of them an initial ("c okafor" of "chinedu okafor")."""
    if len(short) != len(full) or len(short) < 2 or short[-1] != full[-1]:
        return False
    pairs = list(zip(short[:-1], full[:-1], strict=True))
    return any(len(s) == 1 and len(f) > 1 for s, f in pairs) and all(
        s == f or (len(s) == 1 and f.startswith(s)) for s, f in pairs
    )
