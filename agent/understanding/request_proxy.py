"""The one a writer asks for when they write for someone else: an assistant "writing on
behalf of Richard Coleman", a secretary writing "de parte de D. Ignacio Beltrán".

The phrases live in ``rules/requests/{lang}.json`` under ``proxy_principals`` (``*`` the
one written for). Only the one such a phrase names is taken, and only when their
address is certain; anyone else, or no one named, leaves the agent asking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from agent.understanding.request_mentions import Item
from agent.understanding.request_people import Resolved
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import normal_text

# How far before or after a name its proxy phrase is looked for, in characters.
_REACH = 80


def named_principals(text: str, items: Sequence[Item], rules: Rules) -> list[Item]:
    """The names of ``text`` that its proxy phrases name as the one written for: after
    "on behalf of", "de parte de D.", "im Auftrag von", or before "asked me to",
    "'s assistant"; each a first name and a surname, or a surname after a title, or
    written with its address, as a letter names the one it is written for."""
    named = []
    for item in items:
        if item.kind != "name" or not item.name:
            continue
        if len(item.name.split()) < 2 and not item.titled and not item.email:
            # "I'm Marc's assistant": a first name alone is named as among friends, not
            # as the one a letter is written for; the agent asks who Marc is.
            continue
        before = normal_text(text[max(0, item.start - _REACH) : item.start]) + " "
        after = normal_text(text[item.end : item.end + _REACH])
        if rules.proxy_for_re.search(before) or rules.proxy_by_re.match(after):
            named.append(item)
    return named


def principal(
    named: Sequence[Item], resolve: Callable[[Item], Resolved], writer: str | None
) -> Resolved | None:
    """The one person the names of ``named`` stand for, when their address is certain
    and is not the writer's; None for no one, someone uncertain, or two people."""
    people = [resolve(item) for item in named]
    emails = {(r.party.email or "").casefold() for r in people}
    if not people or len(emails) != 1 or not all(r.certain for r in people):
        return None
    email = emails.pop()
    if not email or email == (writer or "").casefold():
        return None
    return max(people, key=lambda r: len(r.party.name or ""))
