"""Which parties are a role at an organisation, no person named.

"Please could you introduce me to the events manager at Kingsbury Showground
(events@kingsburyshowground.co.uk)?" asks for whoever holds a role at a firm: the
mention the ask reads is the firm's name, written with the address, and the firm is no
person's name. So is "le responsable des événements chez X", "el encargado de eventos de
X", "die Eventmanagerin bei X", "o gerente de eventos da X", "meneja wa matukio wa X".
Such a party has no name, and nobody certain behind its address: the request is asked
about, never acted on. A person named beside the role ("Ann Lee, the events manager at X
(ann@x.com)", "the events manager at X, Ann Lee (...)") is the party, and this reads
nothing of them.
"""

from __future__ import annotations

import re

from agent.understanding.first_names import is_first_name
from agent.understanding.request_model import Party
from agent.understanding.request_people import Resolved
from agent.understanding.request_rules import Rules

# The words of a clause before a name, back to its start: no mark between them.
_CLAUSE_WORDS = re.compile(r"[^\W\d_][\w'\u2019-]*", re.UNICODE)
_CLAUSE_END = re.compile(r"[.!?;:,()\[\]<>\"\u201c\u201d\n]")
# How many words a role and what it is of may hold before the word leading to the firm
# ("the events manager at", "el encargado de eventos de", "meneja wa matukio wa").
MAX_ROLE_WORDS = 6
# A role word read inside a longer compound ("Eventmanagerin", "Veranstaltungsleiter")
# only when long enough not to end ordinary words ("chef" ends no compound read here).
MIN_COMPOUND_ROLE = 5
MIN_COMPOUND_HEAD = 3


def _is_role(word: str, rules: Rules) -> bool:
    """Whether a word, folded, is one of ``held_roles`` or a compound ending on one."""
    if word in rules.held_roles:
        return True
    return any(
        len(role) >= MIN_COMPOUND_ROLE
        and len(word) >= len(role) + MIN_COMPOUND_HEAD
        and word.endswith(role)
        for role in rules.held_roles
    )


def _leads_to_firm(word: str, rules: Rules) -> bool:
    """Whether a word leads from a role to where it is held ("at", "chez", "de", "bei",
    "da", "wa")."""
    return (
        word in rules.place_words
        or word in rules.description_places
        or word in rules.possessor_preps
        or word in rules.organisation_leads
    )


def _role_before(before: str, rules: Rules) -> bool:
    """Whether the clause ending right before a name closes on a role and the word
    leading to where it is held, perhaps an article between ("the events manager at",
    "o gerente de eventos da", "die Eventmanagerin bei der"), the role's words in lower
    case but for the role itself (a German noun)."""
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    words = _CLAUSE_WORDS.findall(before[cut:])
    if not words:
        return False
    folded = [w.casefold() for w in words]
    at = len(folded) - 1
    if at > 0 and folded[at] in rules.title_articles | rules.appositive_articles | {"the"}:
        # "bei der Messe Kaltenbach", "at the Kingsbury Showground".
        at -= 1
    if not _leads_to_firm(folded[at], rules):
        return False
    for k in range(at - 1, max(-1, at - 1 - MAX_ROLE_WORDS), -1):
        if _is_role(folded[k], rules):
            return True
        if words[k][:1].isupper():
            # "Ann Lee at Acme": a name, no role, before the firm.
            return False
    return False


def _person_named(name: str, rules: Rules) -> bool:
    """Whether a name reads as a person's: a listed first name or a title opens it."""
    words = name.split()
    return bool(words) and (
        is_first_name(words[0]) or words[0].casefold().rstrip(".") in rules.titles
    )


def held_role(party: Party, text: str, rules: Rules) -> bool:
    """Whether ``party`` is a role at an organisation the text asks for, its name the
    organisation's ("the events manager at Kingsbury Showground (events@...)")."""
    name = party.name or ""
    if not name or not party.email or _person_named(name, rules):
        return False
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)")
    return any(_role_before(text[: m.start()], rules) for m in pattern.finditer(text))


def unnamed_roles(
    pairs: list[tuple[Resolved, Resolved]], text: str, rules: Rules
) -> list[tuple[Resolved, Resolved]]:
    """The pairs with each party that is a role at an organisation left unnamed and
    uncertain: its address kept, for the writer to be asked who reads it."""

    def unnamed(resolved: Resolved) -> Resolved:
        if not held_role(resolved.party, text, rules):
            return resolved
        return Resolved(Party(None, resolved.party.email), False)

    # Most mail names no role at all (a compound ends on one): nothing to search for.
    folded = text.casefold()
    if not any(role in folded for role in rules.held_roles):
        return pairs
    return [(unnamed(a), unnamed(b)) for a, b in pairs]
