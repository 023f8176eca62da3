"""A wish that two people the wish names knew each other, read as the ask it is.

"It would be so nice if Morag Baird and Chidi Okafor knew each other." asks nothing in
words, yet written to the agent it asks for their intro as plainly as "please introduce
them" does. The wish is one of ``pair_wish_clauses`` ("it would be nice if", "ce serait
bien que", "sería lindo que", "es wäre schön, wenn", "seria ótimo se", "ingekuwa
vizuri"), then the two, named and joined by a conjunction, then a verb of meeting (one of
``pair_verbs`` or ``wished_verbs``: "knew", "se connaissent", "se conocieran", "sich
kennen würden", "se conhecessem", "wakijuana") kept between them ("each other", nothing).
A wish of the past ("it would have been nice if") is no such clause; a wish that they did
something else ("came to the meeting") or met someone or somewhere else ("met Bob", "met
at the station"), or a negation in the sentence, asks nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from agent.understanding.request_implied import _meets_each_other, wish_end
from agent.understanding.request_mentions import Item
from agent.understanding.request_named import named_before
from agent.understanding.request_people import Resolved, Scene
from agent.understanding.request_rules import Rules

__all__ = ["wished_pair"]

# How many words after the two named may come before the verb of meeting ("sich
# kennen", "se connaissent": the pronoun of each other, a word of tense or time).
_VERB_REACH = 3


def wished_pair(
    items: Sequence[Item], scene: Scene, rules: Rules
) -> tuple[Resolved, Resolved] | None:
    """The two named in a wish that they knew each other (see the module's docstring),
    each resolved as ``named_pair`` resolves them, certain only with a certain address;
    None where no sentence of ``items`` holds such a wish."""
    if rules.pair_wish_clause_heads.isdisjoint(item.lower for item in items):
        return None
    start = 0
    for index in range(len(items) + 1):
        if index < len(items) and items[index].kind != "end":
            continue
        sentence = items[start:index]
        start = index + 1
        found = _wish_in(sentence, rules)
        if found is None:
            continue
        words = [item.lower for item in sentence]
        if any(word in rules.negations for word in words):
            return None
        pair = _pair_after(sentence[found:], scene, rules)
        if pair is not None:
            return pair
    return None


def _wish_in(sentence: Sequence[Item], rules: Rules) -> int | None:
    """Where the first of ``pair_wish_clauses`` in a sentence ends (the index after its
    last word), up to three of ``wish_adverbs`` between its words ("it would be so nice
    if"), or None."""
    words = [item.lower for item in sentence]
    for at, word in enumerate(words):
        for clause in rules.pair_wish_clauses_by_head.get(word, ()):
            end = wish_end(words, at, clause, rules)
            if end is not None:
                return end
    return None


def _pair_after(
    after: Sequence[Item], scene: Scene, rules: Rules
) -> tuple[Resolved, Resolved] | None:
    """The two a wish names right after it ("Morag Baird and Chidi Okafor"), each a name
    or an address, a conjunction between, then within a few words a verb of meeting kept
    between them; None otherwise."""
    if len(after) < 4:
        return None
    first, join, second = after[0], after[1], after[2]
    if first.kind not in ("name", "email") or second.kind not in ("name", "email"):
        return None
    if join.lower not in rules.conjunctions:
        return None
    rest = after[3:]
    verbs = rules.pair_verbs | rules.wished_verbs
    verb = next((n for n, item in enumerate(rest[: _VERB_REACH + 1]) if item.lower in verbs), None)
    if verb is None:
        return None
    if any(item.kind != "word" for item in rest[:verb]):
        # "if Ann and Bob introduced me to Carol": someone else between.
        return None
    if not _meets_each_other(rest[verb + 1 :], rules):
        return None
    named = named_before([first, second], scene, rules)
    if len(named) != 2:
        return None
    return named[0], named[1]
