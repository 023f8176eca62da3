"""A firm's role mailbox at a domain spelling someone's whole name is that one's own.

A freelancer's or a one-person studio's address is often its role mailbox at a domain
made of their name: "Mme Élodie Carpentier, photographe d'architecture
(contact@elodiecarpentier.fr)", "Jonas Weber, Fotograf (info@jonas-weber.de)". The
local part spells nothing of the name, so the address is not read as theirs by its
spelling alone; the domain spells their first name and surname, both, and the local
part is one of ``mailbox_words``, a mailbox no other person is named by. A domain
spelling the surname alone ("info@carpentier-architectes.fr") may be a family firm's
with several of that name, and a local part of a person's own ("marie@
elodiecarpentier.fr") is someone else at that one's studio: neither is read so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.understanding.request_mailboxes import shared_mailbox
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import UMLAUTS_SPELLED, without_accents

# What separates a domain label's words ("elodie-carpentier").
_LABEL_BREAKS = re.compile(r"[-_]")
# The fewest letters each of the first name and the surname must have: initials run
# together ("jw-studio") spell anyone.
MIN_NAME_WORD = 2


def own_domain_mailbox(mention: Sequence[str], email: str, rules: Rules) -> bool:
    """Whether ``email`` is a role mailbox (``mailbox_words``: "contact@", "info@")
    whose domain's first label opens on the written name ``mention`` (a first name and
    a surname, folded) run together: "contact@elodiecarpentier.fr",
    "info@jonas-weber-foto.de"."""
    if len(mention) < 2 or "@" not in email:
        return False
    local, _, domain = email.casefold().partition("@")
    if not local or not shared_mailbox(email, rules):
        return False
    first, _, rest = domain.partition(".")
    if not rest:
        return False
    label = _LABEL_BREAKS.sub("", first)
    words = [mention[0], mention[-1]]
    if any(len(word) < MIN_NAME_WORD for word in words):
        return False
    spellings = {
        "".join(without_accents(word) for word in words),
        "".join(without_accents(word.translate(UMLAUTS_SPELLED)) for word in words),
    }
    return any(label.startswith(spelling) for spelling in spellings)
