"""Someone's address from the quoted thread, where the writer says their details are
below: "Los datos del Dr. Benavente están en el correo de Rodrigo más abajo" over a quoted
"> ... del Dr. Ignacio Benavente en Santiago (ibenavente@hipoxia.cl)".

The phrases live in ``rules/requests/{lang}.json`` under ``quoted_details`` ("details *
below", "coordonnées * plus bas", "datos * abajo", "Kontaktdaten * unten", "dados *
abaixo", "maelezo * chini"). The quoted thread need not write the address right after the
name (``thread_refs`` ask that): the address is the one person's whose name it spells,
their surname with their first name or its initial or alone, since an address is how a
person spells themselves. Never a guess: an address spelling someone else's first name, two
addresses spelling one person, or one written right after another's name ties nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from agent.message import Address
from agent.understanding.request_rules import Rules, admits
from agent.understanding.request_tokens import without_accents
from agent.understanding.word_sets import words_in

# A quoted line's marks.
_QUOTING = re.compile(r"^(?:\s*>)+")
# An address, with the capitalised words right before it on its line, a bracket perhaps
# between: who the quoted text writes it for.
_ADDRESS = re.compile(
    r"((?:[^\W\d_][\w'\u2019-]*[ \t]+){0,3})[<(\[]?[ \t]*([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)"
)
# What parts the pieces of an address's local part.
_LOCAL_SPLIT = re.compile(r"[._+\-\d]+")
# What may end a sentence inside a found phrase: a question's or an exclamation's mark,
# or a full stop after a word (a title's is none: "del dr. benavente").
_SENTENCE_END = re.compile(r"[!?]|([\w-]+)\.(?=\s|$)")
# The words before a found phrase read for a negation of its clause.
_NEGATION_REACH = 4


def points_below(folded: str, rules: Rules) -> bool:
    """Whether the writer's own text (folded as ``normal_text`` folds it) says someone's
    details are below, the phrase within one sentence and nothing negated in it or in
    the few words before it ("Los datos del Dr. Benavente están en el correo de Rodrigo
    más abajo"; not "no tengo sus datos ni nada abajo", nor "Thanks for the details. See
    the photo below")."""
    if not admits(rules.quoted_details_gate, words_in(folded), folded):
        return False
    for found in rules.quoted_details_re.finditer(folded):
        if any(
            end.group(1) is None or (len(end.group(1)) > 1 and end.group(1) not in rules.titles)
            for end in _SENTENCE_END.finditer(found.group())
        ):
            continue
        before = folded[: found.start()].split()[-_NEGATION_REACH:]
        # Inside the phrase a negation that is also a place word is the place word:
        # Portuguese "no" ("em" and "o") of "estão no e-mail do Rodrigo abaixo".
        inside = set(re.findall(r"[\w']+", found.group())) - rules.place_words
        if (inside | set(before)).isdisjoint(rules.negations):
            return True
    return False


def _spells(local: str, first: str, surname: str) -> bool:
    """Whether an address's local part spells a person by their surname: alone, after
    their first name or its initial, run together or as pieces ("ibenavente",
    "ignacio.benavente", "i.benavente", "benavente"), nothing else in it but digits and
    marks."""
    pieces = [p for p in _LOCAL_SPLIT.split(local) if p]
    if not pieces or pieces[-1] not in (surname, first[0] + surname, first + surname):
        return False
    return all(p in (first, first[0]) for p in pieces[:-1])


def quoted_details(text: str, names: Collection[str]) -> list[Address]:
    """The addresses the quoted lines of ``text`` (opening on ">") give the people of
    ``names``, each a first name and a surname at least: the one address there spelling
    their name (see ``_spells``) and written after no one else's name of two capitalised
    words. Two such addresses, or none, and that one is given nothing."""
    quoted = "\n".join(
        _QUOTING.sub("", line) for line in text.splitlines() if line.lstrip().startswith(">")
    )
    if "@" not in quoted:
        return []
    written: list[tuple[str, list[str]]] = []
    for match in _ADDRESS.finditer(quoted):
        words = match.group(1).split()
        at = len(words)
        while at > 0 and words[at - 1][0].isupper():
            at -= 1
        written.append((match.group(2).casefold(), words[at:]))
    found = []
    for name in names:
        words = [without_accents(w) for w in name.casefold().split()]
        if len(words) < 2:
            continue
        first, surname = words[0], words[-1]
        spelling = set()
        for email, before in written:
            if not _spells(without_accents(email.partition("@")[0]), first, surname):
                continue
            shown = [without_accents(w.casefold()) for w in before]
            if len(shown) >= 2 and shown[-1] != surname:
                # "> Ana Ruiz (benavente@...)": written for someone else.
                continue
            spelling.add(email)
        if len(spelling) == 1:
            found.append(Address(name, spelling.pop()))
    return found
