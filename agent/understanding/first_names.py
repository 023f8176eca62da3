"""First names, the gender they are given to, and the short forms they are called by
(rules/first_names), read once.

A surname alone after a gendered title ("Frau Brandt", "Mr Park", "la Sra. Brandt")
names the address book's one person of that surname only when their first name is of
the title's gender: the book's only "Jürgen Brandt" is no "Frau Brandt". A first name
the lists give to both genders ("Andrea", "Kim", "Jean", "Sascha"), or to neither, says
nothing, so such a one is never taken for certain.

A common short form of a first name is the same person's ("Kate" Katherine's, "Bob"
Robert's, "Pepe" José's): a reply glad to meet "Kate", asked about Katherine Obi,
names her, not someone else.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import lru_cache

from agent.understanding.request_rules import LANGUAGES, _read_json, unaccented

FEMALE = "f"
MALE = "m"
# A first name of either gender, or of neither list: it says nothing.
UNKNOWN = ""


@lru_cache(maxsize=1)
def _genders() -> Mapping[str, str]:
    """Every listed first name, folded and spelled without accents too, to its gender;
    a name of both lists, or of ``either``, to ``UNKNOWN``."""
    female: set[str] = set()
    male: set[str] = set()
    either: set[str] = set()
    for language in LANGUAGES:
        data = _read_json("first_names", language)
        for names, into in ((data["female"], female), (data["male"], male)):
            into |= {s for name in names for s in unaccented(name.casefold())}
        either |= {s for name in data["either"] for s in unaccented(name.casefold())}
    unknown = either | (female & male)
    genders = {name: FEMALE for name in female - unknown}
    genders.update({name: MALE for name in male - unknown})
    genders.update(dict.fromkeys(unknown, UNKNOWN))
    return genders


def gender_of(first: str) -> str:
    """The gender a first name is given to, ``FEMALE`` or ``MALE``; ``UNKNOWN`` when the
    lists give it to both or do not hold it. A hyphenated name not listed whole is of the
    one gender all its parts are of ("Hans-Peter"), else unknown ("Jean-Marie", of an
    "either" name and a woman's)."""
    genders = _genders()
    key = first.casefold().strip(".,")
    found = genders.get(key)
    if found is not None:
        return found
    parts = key.split("-")
    if len(parts) < 2:
        return UNKNOWN
    kinds = {genders.get(part, UNKNOWN) for part in parts}
    return kinds.pop() if len(kinds) == 1 else UNKNOWN


@lru_cache(maxsize=1)
def _short_forms() -> Mapping[str, frozenset[str]]:
    """Each first name and each of its short forms (``short_forms``), folded and spelled
    without accents too, to the names it is the same as: a full name to its short
    forms, a short form to the full names it shortens; never a short form to another."""
    same: dict[str, set[str]] = {}
    for language in LANGUAGES:
        for full, shorts in _read_json("first_names", language).get("short_forms", {}).items():
            fulls = unaccented(full.casefold())
            for short in shorts:
                forms = unaccented(short.casefold())
                for name in fulls:
                    same.setdefault(name, set()).update(forms)
                for name in forms:
                    same.setdefault(name, set()).update(fulls)
    return {name: frozenset(found) for name, found in same.items()}


def called_alike(first: str) -> frozenset[str]:
    """The names a first name is also commonly called by, folded and spelled without
    accents too: its short forms ("Katherine": "kate", "kathy"), or, for a short form,
    the full names it shortens ("Bob": "robert"); empty for a name the lists hold no
    short form of. One short form never leads to another ("Kate" is no "Katie")."""
    found = _short_forms()
    return frozenset(name for form in unaccented(first.casefold()) for name in found.get(form, ()))


def is_first_name(word: str) -> bool:
    """Whether the lists hold ``word`` as a first name, of any gender, as written or
    without its accents ("Amélia" of a list holding "Amelia")."""
    genders = _genders()
    return any(form in genders for form in unaccented(word.casefold().strip(".,")))


def first_name(full: str, titles: Collection[str]) -> str:
    """The first name of a display name, past any title it opens on ("Dr. Jürgen
    Brandt" is Jürgen's); empty for a name of one word or an initial ("J. Brandt")."""
    words = full.split()
    while len(words) > 1 and words[0].casefold().rstrip(".") in titles:
        words = words[1:]
    if len(words) < 2 or len(words[0].rstrip(".")) < 2:
        return ""
    return words[0]
