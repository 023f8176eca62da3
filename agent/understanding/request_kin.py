"""Who the writer's own child is where an ask names them only so ("Kindly introduce my
daughter to Mr. Srinivas Goud"): the one person the mail ties to the writer as their
child, never merely the one named before, as "her" would be.

A parent writing for a child names the child somewhere: right after the same words ("my
daughter Ananya", "ma fille, Ananya Reddy") or as the one the writer is the parent of
("I am Lakshmi Reddy, mother of Ananya Reddy", "je suis la mère d'Ananya", "Mimi ni mama
wa Ananya"). Someone else named before ("My friend Sarah Jones suggested I write") is
no child of the writer's, so the ask is then asked about.
"""

from __future__ import annotations

from collections.abc import Sequence

from agent.understanding.request_mentions import Item
from agent.understanding.request_people import Resolved, Scene
from agent.understanding.request_rules import Rules

__all__ = ["is_own_child", "own_children"]


def is_own_child(item: Item, rules: Rules) -> bool:
    """Whether a mention is one of ``own_child_phrases`` ("my daughter"), read as a third
    person whose words it keeps."""
    return item.kind == "third" and tuple(item.lower.split()) in rules.own_child_phrases


def own_children(
    child: Item, named: Sequence[Resolved], items: Sequence[Item], scene: Scene, rules: Rules
) -> list[Resolved]:
    """Those of ``named`` (the people the ``child`` mention, "my daughter", may be) whom
    ``items`` tie to the writer as that child: named right after the same words or others
    of the same noun ("our daughter Ananya"; "my son Tom" is no daughter), or after one of
    ``parent_phrases`` that tells of the writer (see ``_parent_told``)."""
    tied = [
        item
        for at, item in enumerate(items)
        if item.kind == "name" and item.name and _tied_at(child, items, at, scene, rules)
    ]
    return [one for one in named if any(_names(item, one) for item in tied)]


def _same_kin(one: tuple[str, ...], other: tuple[str, ...], rules: Rules) -> bool:
    """Whether two of ``own_child_phrases`` name the same relative: the same words, or a
    word in common besides the possessives ("my daughter", "our daughter"; "mein Sohn" and
    "mein Kind" share only "mein")."""
    owners = rules.proxy_owners | rules.presented_possessives
    return one == other or bool((set(one) & set(other)) - owners)


def _names(item: Item, one: Resolved) -> bool:
    """Whether the name ``item`` reads names ``one``: each of its words is one of theirs
    ("Ananya" and "Ananya Reddy"), or its address is theirs."""
    if item.email and one.party.email and item.email.casefold() == one.party.email.casefold():
        return True
    words = (item.name or "").casefold().split()
    theirs = set((one.party.name or "").casefold().split())
    return bool(words) and all(word in theirs for word in words)


def _tied_at(child: Item, items: Sequence[Item], at: int, scene: Scene, rules: Rules) -> bool:
    """Whether the name at ``at`` follows words of the same relative as ``child`` (perhaps
    a comma between) or one of ``parent_phrases`` telling of the writer."""
    before = at - 1 if at and items[at - 1].lower == "," else at
    words = tuple(child.lower.split())
    for phrase in rules.own_child_phrases:
        if _same_kin(phrase, words, rules) and _ends_on(items, before, phrase):
            return True
    return any(
        _ends_on(items, at, phrase) and _parent_told(items, at - len(phrase), scene, rules)
        for phrase in rules.parent_phrases
    )


def _ends_on(items: Sequence[Item], end: int, words: tuple[str, ...]) -> bool:
    """Whether the items right before ``end`` are ``words``."""
    start = end - len(words)
    return start >= 0 and tuple(item.lower for item in items[start:end]) == words


def _parent_told(items: Sequence[Item], at: int, scene: Scene, rules: Rules) -> bool:
    """Whether the parent words opening at ``at`` tell of the writer: right after one of
    ``self_copulas`` ("I am the mother of", "Mimi ni mama wa") or after the writer's own
    name and a comma ("I am Lakshmi Reddy, mother of"). "I met Joy, mother of Ananya"
    tells of Joy."""
    if any(_ends_on(items, at, copula) for copula in rules.self_copulas):
        return True
    if at < 2 or items[at - 1].lower != ",":
        return False
    writer = items[at - 2]
    me = scene.me.party if scene.me else None
    if writer.kind != "name" or me is None or not me.name or not writer.name:
        return False
    return writer.name.casefold() == me.name.casefold()
