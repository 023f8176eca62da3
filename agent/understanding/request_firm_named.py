"""A name that is a firm's, not a person's.

"Chinedu Okafor, CEO of Okafor Construction Group": the firm is named after the man, so
"Mr. Okafor" later in the mail may be taken for the one fuller name opening on his
surname, the firm's. A name of two words or more closing on a word that ends the names of
organisations (``organisation_closers``: "Partners", "Ltd", "GmbH", "SARL", "S.A.",
"Ltda", "Holdings"; ``organisation_words``: "Group", "Foundation"; ``firm_name_ends``,
the trades firms are named for: "Construction", "Bau", "Construcciones") names a firm,
unless it closes on one of ``organisation_words`` only and opens on a listed first name
("Ms Anna Camara" is a woman, the Portuguese "câmara" her surname).
Such a name is never the fuller name of a person written by a surname or a first name
alone (``agent.understanding.request_people``), and a party so named is asked about,
never greeted by the firm's name (``agent.understanding.requests``).
"""

from __future__ import annotations

from agent.understanding.first_names import is_first_name
from agent.understanding.request_model import Party
from agent.understanding.request_rules import Rules

__all__ = ["firm_name", "firm_named", "organisation_named"]


def _last_word(name: str) -> str:
    """The last word of ``name``, folded, its dots dropped ("S.A." is "sa", "Ltd." is
    "ltd"): legal forms are written with and without them."""
    words = name.casefold().split()
    return words[-1].replace(".", "") if words else ""


def organisation_named(name: str, rules: Rules) -> bool:
    """Whether ``name``, of two words or more, closes on a word ending an organisation's
    name (``organisation_closers``: "Brennan Career Partners", "Acme Holdings Ltd";
    ``firm_name_ends``: "Okafor Construction") or naming one (``organisation_words``:
    "Riverside Housing Association")."""
    if len(name.split()) < 2:
        return False
    last = _last_word(name)
    return (
        last in rules.organisation_closers
        or last in rules.organisation_words
        or last in rules.firm_name_ends
    )


def firm_name(name: str, rules: Rules) -> bool:
    """Whether ``name`` is a firm's: ``organisation_named``, and when it closes on one of
    ``organisation_words`` only, opening on no listed first name. Those words may be
    surnames ("Fatima Camara", the Portuguese "câmara"); a legal form or a trade
    ("Ltd", "GmbH", "Construction") closes no one's name."""
    if not organisation_named(name, rules):
        return False
    last = _last_word(name)
    if last in rules.organisation_closers or last in rules.firm_name_ends:
        return True
    return not is_first_name(name.split()[0])


def firm_named(party: Party, rules: Rules) -> bool:
    """Whether ``party`` is named as a firm ("Okafor Construction Group", "Seetal AG"):
    whoever the address reaches, the name the agent would greet them by is no one's."""
    return firm_name(party.name or "", rules)
