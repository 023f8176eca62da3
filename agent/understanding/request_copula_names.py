"""A first name typed in lower case before the address it is given, of someone the mail
names in full with capitals: "can u intro our new vicar Rev Jo Mensah to Rob Hensley ...
jo is revjo.mensah@..., rob is rob.hensley@...". The writer gives the address of the one
they named, by the first name they call them; "jo" is written "Jo" again where it stands,
so that the address is read as given to Jo Mensah, as it is when typed with its capital.

The first name must stand right before one of ``address_copulas`` ("is", "est", "es",
"ist", "é", "ni") and an address, and open exactly one name of two words or more the mail
writes with capitals, a listed first name: "sam is sam@..." with no Sam named in full,
or with two, stays as typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from agent.understanding.first_names import is_first_name
from agent.understanding.request_mentions import Item
from agent.understanding.request_rules import Rules

__all__ = ["copula_first_names"]


@lru_cache(maxsize=4)
def _copula_re(copulas: frozenset[str]) -> re.Pattern[str]:
    """A word in lower case, not inside an address, then a copula and an address."""
    ordered = sorted(copulas, key=len, reverse=True)
    # "jo is", and "jo's" joined to the name.
    words = "|".join(r"[ \t]+" + re.escape(c) for c in ordered if not c.startswith("'"))
    joined = "|".join(re.escape(c) for c in ordered if c.startswith("'"))
    return re.compile(
        r"(?<![\w@.+'\u2019-])([^\W\d_A-Z]{2,})(?:"
        + "|".join(filter(None, (words, joined)))
        + r")[ \t]*:?[ \t]*[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
    )


def copula_first_names(text: str, items: Sequence[Item], rules: Rules) -> str:
    """``text`` with each first name typed in lower case before the address it is given
    written with its capital, where it opens one name the mail writes in full (see the
    module)."""
    if "@" not in text or not rules.address_copulas:
        return text
    firsts: dict[str, int] = {}
    for item in items:
        words = (item.name or "").split() if item.kind == "name" else []
        if len(words) >= 2 and is_first_name(words[0]):
            key = words[0].casefold()
            firsts[key] = firsts.get(key, 0) + 1
    # A quick look first: most mail types no such first name in lower case anywhere.
    if not any(key in text for key in firsts):
        return text
    letters = list(text)
    for found in _copula_re(frozenset(rules.address_copulas)).finditer(text):
        word = found.group(1)
        if firsts.get(word, 0) == 1:
            letters[found.start(1)] = word[0].upper()
    return "".join(letters)
