"""A list of contacts the writer puts below their signature: "Thanks\nKwabena\n\nContacts:\n
Efua Mensah-Bonsu - efua.mensahbonsu@...\nYaw Owusu - yaw.owusu@...".

Addresses below the signature are the writer's and their colleagues', no one the ask is
for; a block headed by one of ``contact_block_labels`` ("Contacts:", "Coordonnées :",
"Contactos:", "Kontakte:", "Contatos:", "Mawasiliano:") is the writer's text again, as a
postscript is: the addresses it writes beside names are those people's. The label stands
alone on its line with its colon, and the next line that holds anything writes a name
and an address; a label alone ("Kontaktdaten:" over a phone number) opens no such block.
"""

from __future__ import annotations

import re

from agent.understanding.request_rules import Rules

__all__ = ["contact_block_start"]

# A line writing a name, then an address: "Efua Mensah-Bonsu - efua@...", "Yaw Owusu
# <yaw@...>", "Abena Boateng (treasurer) - abena@...".
_NAMED_ADDRESS = re.compile(r"^\W*[^\W\d_][^@\n]*?[\s<(:,\-\u2013\u2014]\s*<?[\w.+\-]+@[\w\-]+\.")


def contact_block_start(text: str, start: int, rules: Rules) -> int:
    """Where the first line at or after ``start`` that heads a block of contacts (see the
    module) begins, else -1."""
    if "@" not in text[start:] or not rules.contact_block_labels:
        return -1
    offset = start
    lines = text[start:].split("\n")
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.endswith(":") and _label(stripped[:-1]) in rules.contact_block_labels:
            following = next((later for later in lines[index + 1 :] if later.strip()), "")
            if _NAMED_ADDRESS.match(following.strip()):
                return offset
        offset += len(line) + 1
    return -1


def _label(text: str) -> str:
    """A label as the rules hold it: lower case, its words single-spaced ("Coordonnées :"
    is "coordonnées"); the rules hold its unaccented form too ("coordonnees")."""
    return " ".join(text.casefold().split())
