"""The one a writer asks for when they write for someone else: an assistant "writing on
behalf of Richard Coleman", a secretary writing "de parte de D. Ignacio Beltrán", or
someone of the writer's introduced in their place ("meinen Mann Tobias Krüger (...)
vor, nicht mich", under ``stand_in_principals``).

The phrases live in ``rules/requests/{lang}.json`` under ``proxy_principals`` (``*`` the
one written for). Only the one such a phrase names is taken, and only when their
address is certain; anyone else, or no one named, leaves the agent asking.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from agent.understanding.request_mentions import Item
from agent.understanding.request_people import Resolved
from agent.understanding.request_rules import Rules, admits
from agent.understanding.request_tokens import normal_text
from agent.understanding.word_sets import words_in

# How far before or after a name its proxy phrase is looked for, in characters.
_REACH = 80
# A bracket right after a name, its address or a note ("Tobias Krüger (tobias@...)").
_ASIDE = re.compile(r"[ \t]*\([^()\n]{0,80}\)")
# A comma and a word opening a clause right after a name ("..., who has asked me to").
_RELATIVE = re.compile(r"\s*,\s*(\S+)\s+")


def named_principals(text: str, items: Sequence[Item], rules: Rules) -> list[Item]:
    """The names of ``text`` that its proxy phrases name as the one written for: after
    "on behalf of", "de parte de D.", "im Auftrag von", or before "asked me to",
    "'s assistant", a bracket right after the name read past; or someone of the writer's
    introduced in their place (``stand_in_principals``: "meinen Mann Tobias Krüger (...)
    vor, nicht mich", "my husband Tom Ray, not me"); each a first name and a surname, or
    a surname after a title, or written with its address, as a letter names the one it
    is written for."""
    named = []
    for item in items:
        if item.kind != "name" or not item.name:
            continue
        if len(item.name.split()) < 2 and not item.titled and not item.email:
            # "I'm Marc's assistant": a first name alone is named as among friends, not
            # as the one a letter is written for; the agent asks who Marc is.
            continue
        before, after = _before(text, item), _after(text, item)
        if (
            rules.proxy_for_re.search(before)
            or rules.proxy_by_re.match(after)
            or rules.proxy_by_re.match(_past_relative(after, rules))
            or (rules.stand_in_re.match(after) and rules.stand_in_owned_re.search(before))
        ):
            named.append(item)
    return named


def stands_in(text: str, items: Sequence[Item], rules: Rules) -> bool:
    """Whether ``text`` introduces someone of the writer's in the writer's place
    (``stand_in_principals``: "Bitte stellen Sie meinen Mann Tobias Krüger (...) vor,
    nicht mich", "please introduce my husband Tom Ray, not me"): the writer then asks
    for that one, as a proxy phrase says."""
    folded = normal_text(text)
    if not admits(rules.stand_in_gate, words_in(folded), folded):
        return False
    if rules.stand_in_re.search(folded) is None:
        return False
    return any(
        rules.stand_in_re.match(_after(text, item))
        and rules.stand_in_owned_re.search(_before(text, item))
        for item in items
        if item.kind == "name" and item.name
    )


def _past_relative(after: str, rules: Rules) -> str:
    """What follows a comma and a relative word right after a name, the one named its
    subject ("Dr. Samuel Kiptoo (copied), who has asked me to", "M. Kiptoo, qui m'a
    demandé de", "o Dr. Kiptoo, que me pediu para", "Dkt. Kiptoo, ambaye ameniomba"),
    or ``after`` as it is when none opens it."""
    found = _RELATIVE.match(after)
    if found is None or found.group(1) not in rules.relative_words:
        return after
    return after[found.end() :]


def _before(text: str, item: Item) -> str:
    """The text before the name ``item``, as far as a proxy phrase is looked for."""
    return normal_text(text[max(0, item.start - _REACH) : item.start]) + " "


def _after(text: str, item: Item) -> str:
    """The text after the name ``item``, a bracket right after it read past ("meinen
    Mann Tobias Krüger (tobias.krueger@web.de) vor, nicht mich")."""
    aside = _ASIDE.match(text, item.end)
    opens = aside.end() if aside else item.end
    return normal_text(text[opens : opens + _REACH])


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
