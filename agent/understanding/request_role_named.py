"""A party named by a job title alone, written in lower case: no one named.

"Could you introduce Colin Baptiste, our treasurer (treasurer@...) to Hugh Lennard" may be
read with the address given to the title its local part spells, the party then named
"treasurer". A title in lower case (one of ``role_words``: "treasurer", "secretary",
"chair", "président", "secretaria", "Vorsitzender" folded) is what someone is, not who:
the intro read with such a party is asked about, never acted on, whoever the address
reaches. A name with a capital ("Treasurer Lee") or a word that is no title is left to
the other checks.
"""

from __future__ import annotations

from agent.understanding.request_model import Party
from agent.understanding.request_rules import Rules

__all__ = ["role_named"]


def role_named(party: Party, rules: Rules) -> bool:
    """Whether ``party`` is named by ``role_words`` alone, in lower case."""
    name = party.name or ""
    if not name or name != name.lower():
        return False
    words = name.replace("-", " ").split()
    return bool(words) and all(word in rules.role_words for word in words)
