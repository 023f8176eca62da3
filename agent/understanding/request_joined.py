"""Someone unnamed joined to a party: "introduce my son and Tom Reed (tom@...) to Colin
Hartley (...)" asks for three people, the son described only, so a pair of Tom and
Colin leaves one out and is no certain request.

A side of an ask may join two people with a conjunction ("and", "et", "y", "und", "e",
"na"): when one of them is named and the other only described by a possessive and a
kin or role noun ("my son", "my colleague", "mon fils", "mi hijo", "meinen Sohn", "o meu
filho", "mwanangu", "rafiki yangu"), the one described cannot be written to, and the
requester is asked rather than the named one introduced alone. A description that names
the one it describes ("my son Tom Reed", "my friend and colleague Ann Lee") is one
person, and two names ("Tom Reed and Ann Lee") are read as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.understanding.request_mentions import MENTION_KINDS, Item, tokenize
from agent.understanding.request_people import Resolved
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import normal_text, words_in

__all__ = ["joins_unnamed"]

# A run of letters or digits: the text's words (``words_in``) and the nouns are compared by
# these parts, so a word the tokenizer keeps whole ("co-founder") shares them with the noun
# it is.
_WORD = re.compile(r"\w+")

# Plain words a description may hold between its possessive and its noun ("my old
# school friend").
MAX_QUALIFIERS = 2
# Words of the phrasings between a side and the other one ("to", "in touch with",
# "kwa").
MAX_PHRASING_WORDS = 3


def joins_unnamed(pairs: Sequence[tuple[Resolved, Resolved]], asked: str, rules: Rules) -> bool:
    """Whether ``asked`` joins a party of ``pairs``, written by name, and someone it only
    describes (a kin or role noun after a possessive) with a conjunction, in either
    order: "my son and Tom Reed", "Tom Reed and my son", "my son and his friend Tom
    Reed"."""
    names = {(r.party.name or "").casefold() for pair in pairs for r in pair} - {""}
    emails = {(r.party.email or "").casefold() for pair in pairs for r in pair} - {""}
    if not names and not emails:
        return False
    # A quick look first: a description ends on a people noun (or is one, "mwanangu"),
    # and most asks hold none; only then is the ask read word by word.
    if _people_words(rules).isdisjoint(words_in(normal_text(asked))):
        return False

    def party(item: Item) -> bool:
        return item.kind == "name" and (
            (item.name or "").casefold() in names or (item.email or "").casefold() in emails
        )

    items = tokenize(asked, rules)
    for at, item in enumerate(items):
        # A comma lists, and sets a name after a description in apposition ("my son,
        # Tom Reed"): only a word joins here.
        if item.kind != "word" or item.lower not in rules.conjunctions or item.lower == ",":
            continue
        named = _named_after(items, at + 1, rules)
        opened = _described_before(items, at, rules) if named is not None else None
        if (
            named is not None
            and opened is not None
            and party(items[named])
            and _side_of_ask(items, opened, named + 1, rules)
        ):
            return True
        ended = _described_after(items, at + 1, rules)
        if (
            at > 0
            and ended is not None
            and party(items[at - 1])
            and _side_of_ask(items, at - 1, ended, rules)
        ):
            return True
    return False


def _people_words(rules: Rules) -> frozenset[str]:
    """Every word a description of someone may hold as its noun or as its whole: the kin
    and role nouns, the nouns holding a possessive, the nouns of ``own_child_phrases``
    ("son" of "my son", "binti" of "binti yangu"), in the parts ``_WORD`` finds. Kept
    for the rules last asked about: they are read once per process."""
    kept = _PEOPLE_WORDS.get(id(rules))
    if kept is not None and kept[0] is rules:
        return kept[1]
    possessives = rules.proxy_owners | rules.presented_possessives | rules.descriptor_possessives
    words = rules.proxy_roles | rules.role_words | rules.possessed_nouns
    nouns = {w for phrase in rules.own_child_phrases for w in phrase if w not in possessives}
    found = frozenset(w for word in words | nouns for w in _WORD.findall(normal_text(word)))
    _PEOPLE_WORDS.clear()
    _PEOPLE_WORDS[id(rules)] = (rules, found)
    return found


# ``_people_words`` of the rules last asked about, by their identity.
_PEOPLE_WORDS: dict[int, tuple[Rules, frozenset[str]]] = {}


def _side_of_ask(items: Sequence[Item], start: int, end: int, rules: Rules) -> bool:
    """Whether the two people joined from ``start`` to ``end`` are a side of an ask: the
    other side right before them, a word leading to it between ("Colin to my son and Tom
    Reed", "Colin kwa mwanangu na Tom Reed"), or right after them past a few words of
    the phrasings ("... to Colin", "... in touch with Colin", "... kwa Colin"). "My son
    and Tom Reed went to school together" asks nothing of them."""
    if start > 0 and items[start - 1].lower in rules.other_party_preps:
        return True
    if (
        start > 1
        and items[start - 1].kind == "word"
        and items[start - 1].lower in rules.literals
        and items[start - 2].kind in MENTION_KINDS
    ):
        return True
    cursor = end
    while cursor < len(items) and cursor - end <= MAX_PHRASING_WORDS:
        item = items[cursor]
        if item.kind in MENTION_KINDS:
            return cursor > end
        if item.kind != "word" or item.lower not in rules.literals:
            return False
        cursor += 1
    return False


def _people_noun(item: Item, rules: Rules) -> bool:
    """A kin or role noun ("son", "colleague", "fils", "Sohn", "rafiki")."""
    return item.kind == "word" and (
        item.lower in rules.proxy_roles or item.lower in rules.role_words
    )


def _possessive(item: Item, rules: Rules) -> bool:
    """A possessive opening a description ("my", "his", "mon", "meinen", "meu")."""
    return item.kind == "word" and (
        item.lower in rules.proxy_owners or item.lower in rules.presented_possessives
    )


def _own_kin(item: Item, rules: Rules) -> bool:
    """A relative read as one mention with its possessive ("my son", "mwanangu")."""
    return item.kind == "third" and tuple(item.lower.split()) in rules.own_child_phrases


def _description_end(items: Sequence[Item], start: int, rules: Rules) -> int | None:
    """The position just past a description of someone opening at ``start``: one of
    ``own_child_phrases`` ("my son"), a possessive, at most ``MAX_QUALIFIERS`` plain
    words and a kin or role noun ("my colleague", "his old friend"), a Swahili noun
    holding its possessive (``possessed_nouns``: "mwenzangu"), or a noun and a
    possessive after it ("rafiki yangu"). None where none opens there."""
    if start >= len(items):
        return None
    first = items[start]
    if _own_kin(first, rules):
        return start + 1
    if first.kind == "word" and first.lower in rules.possessed_nouns:
        return start + 1
    if (
        _people_noun(first, rules)
        and start + 1 < len(items)
        and items[start + 1].lower in rules.descriptor_possessives
    ):
        return start + 2
    if not _possessive(first, rules):
        return None
    for cursor in range(start + 1, min(len(items), start + MAX_QUALIFIERS + 2)):
        if _people_noun(items[cursor], rules):
            return cursor + 1
        word = items[cursor]
        if word.kind != "word" or not word.lower.isalpha() or word.lower in rules.conjunctions:
            return None
    return None


def _described_before(items: Sequence[Item], at: int, rules: Rules) -> int | None:
    """Where a description naming no one opens that ends right before the conjunction at
    ``at`` ("my son and"; "my friend and colleague Ann" goes on to name its one), or
    None."""
    for start in range(max(0, at - MAX_QUALIFIERS - 2), at):
        if _description_end(items, start, rules) == at:
            return start
    return None


def _named_after(items: Sequence[Item], start: int, rules: Rules) -> int | None:
    """Where the name is that follows a conjunction: right after it or an article ("o
    Tom Reed"), or after a description of its own ("his friend Tom Reed")."""
    cursor = start
    if cursor < len(items) and (
        items[cursor].lower in rules.appositive_articles
        or items[cursor].lower in rules.epithet_articles
    ):
        cursor += 1
    if cursor < len(items) and items[cursor].kind == "name":
        return cursor
    end = _description_end(items, cursor, rules)
    if end is not None and end < len(items) and items[end].kind == "name":
        return end
    return None


def _described_after(items: Sequence[Item], start: int, rules: Rules) -> int | None:
    """Where a description naming no one ends that follows the conjunction before
    ``start`` ("Tom Reed and my son to ..."; "and my son Bob" names him), or None."""
    cursor = start
    if cursor < len(items) and (
        items[cursor].lower in rules.appositive_articles
        or items[cursor].lower in rules.epithet_articles
    ):
        cursor += 1
    end = _description_end(items, cursor, rules)
    if end is None or (end < len(items) and items[end].kind in ("name", "email")):
        return None
    return end
