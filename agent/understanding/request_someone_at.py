"""A plea to introduce someone named to someone not yet known at a firm, read as an ask.

"Queria ver se vc consegue apresentar meu cliente, o Jorge Nakamura (...), pra alguém da
área de crédito da Desenvolve Paulista" asks for an intro as plainly as "Could you
introduce Jorge Nakamura to someone at Desenvolve Paulista?" does, yet the bare verb
("apresentar", "presentar", "présenter") also presents a report or an offer, so it is
no trigger on its own. The sentence reads as an ask when it holds, in this order, a plea
or a wish (``pleas``, ``wishes``: "vc consegue", "¿Podrías", "Pourriez-vous", "could
you"), an intro word (``intent_words``), a person named or written with an address, and
a word turning to someone (``someone_at_preps``: "to", "pra", "a", "à") right before one
of ``firm_someone_cues`` ("someone at", "alguém da", "alguien de", "quelqu'un de"). A
negation in the sentence asks nothing. The other party is still to be found, so the
request is asked about, never acted on (``agent/understanding/request_reading.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from agent.understanding.request_mentions import Item
from agent.understanding.request_rules import Rules

__all__ = ["asks_someone_at"]

# The kinds of item that name a person presented: a name or an address.
_PERSON_KINDS = frozenset({"name", "email"})


def asks_someone_at(items: Sequence[Item], start: int, end: int, folded: str, rules: Rules) -> bool:
    """Whether the sentence ``items[start:end]`` pleads that someone it names be
    introduced to someone at a firm (see the module's docstring). ``folded`` is the
    text the items were read from, case-folded, at the same offsets."""
    said = items[start:end]
    if not said or any(item.lower in rules.negations for item in said):
        return False
    low, high = said[0].start, said[-1].end
    plea = rules.plea_re.search(folded, low, high) or rules.wish_re.search(folded, low, high)
    if plea is None:
        return False
    intent = rules.intent_re.search(folded, plea.start(), high)
    if intent is None:
        return False
    cue = rules.someone_at_re.search(folded, intent.end(), high)
    if cue is None:
        return False
    # The one presented stands between the intro word and the one not yet known:
    # "apresentar o Jorge Nakamura pra alguém da ...", not "apresentar o relatório".
    return any(
        item.kind in _PERSON_KINDS and intent.end() <= item.start and item.end <= cue.start()
        for item in said
    )
