"""A first name in a list item that stands for someone written with an address before
the list.

"Two for you, both for Lina Okafor (lina@...) -- ... 1. Lina + Paulo Meireles (paulo@...)
2. Lina + Fatima Benali (f.benali@...)": where nothing in the mail asks for intros in so
many words, a list item pairs people only when both are written with addresses; the
first name "Lina" is written with none in the item, but it opens the one name the mail
gave with an address before the list, so she is written with it. Two people of that
first name given with addresses before ("Lina Okafor (...)" and "Lina Berg (...)"), or
none, and the item stays one naming someone without an address.
"""

from __future__ import annotations

from collections.abc import Sequence

from agent.understanding.request_mentions import Item


def written_before(item: Item, items: Sequence[Item], start: int) -> bool:
    """Whether ``item``, one first name, opens the name of exactly one person written
    with an address among ``items`` before ``start`` ("Lina" after "Lina Okafor
    (lina@...)"), a name of two words or more."""
    if item.kind != "name" or not item.name or " " in item.name:
        return False
    first = item.lower
    named = {
        before.email.casefold()
        for before in items[:start]
        if before.kind == "name"
        and before.email
        and before.name
        and " " in before.name
        and before.lower.split(" ", 1)[0] == first
    }
    return len(named) == 1
