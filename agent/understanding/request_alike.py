"""An ask for more people of the kind of someone met, read as naming no one.

"Thank you so much for connecting us ... I would love to meet more people like this in
future": the writer wishes for more meetings of the kind, and names no one to meet. So
do "J'aimerais rencontrer d'autres personnes comme lui", "Me encantaría que me
presentaras a más gente así", "Ich würde gerne mehr solche Leute kennenlernen", "Adoraria
conhecer mais pessoas assim", "Ningependa kukutana na watu zaidi kama yeye". A sentence
asking for an intro asks no one's when one of ``alike_others`` (``rules/not_requests``:
"more people like", "d'autres personnes comme", "más gente así", "mehr solche Leute",
"mais pessoas assim", "watu zaidi kama") stands next to its ask's verb, before or after
it as the language puts the object, at most ``MAX_ALIKE_GAP`` words between them ("meet
more people like", "introduce me to more people like", "mehr solche Leute
kennenlernen"), none a mark nor a person named, and the sentence writes no address.

Its "him" ("Please introduce me to more people like him") is the one met, no party. A
wish alone asks nothing; a plea in the sentence ("Please", "Could you") still asks, of no
one named, so the writer is asked whom. "Introduce me to Carol Diaz and more people like
her" names Carol, "... more people like Henrik, for instance Ana Ruiz (ana@...)" writes an
address: both are read as ever (``agent/understanding/request_reading.py``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from agent.understanding.first_names import is_first_name
from agent.understanding.request_mentions import Item
from agent.understanding.request_rules import Rules

__all__ = ["MAX_ALIKE_GAP", "asked_alike"]

# How many words may stand between the ask's verb and the people alike: "me to" of
# "introduce me to more people like", "wie ihn" of "mehr Leute wie ihn kennenlernen".
MAX_ALIKE_GAP = 3

# The kinds of item that end the clause of the ask.
_MARKS = frozenset({"punct", "end"})


def asked_alike(
    folded: str, items: Sequence[Item], bounds: Sequence[tuple[int, int]], rules: Rules
) -> tuple[set[int], bool]:
    """The sentences whose ask or intro word governs more people alike (see the module's
    docstring), and whether one of them pleads. ``folded`` is the text the items were read
    from, case-folded, at the same offsets."""
    found: set[int] = set()
    pleads = False
    starts = [items[s].start for s, _ in bounds]
    for hit in rules.alike_other_re.finditer(folded):
        number = bisect_right(starts, hit.start()) - 1
        if number < 0 or number in found:
            continue
        start, end = bounds[number]
        said = items[start:end]
        low, high = said[0].start, said[-1].end
        if hit.start() >= high or any(item.email for item in said):
            continue
        verbs = (
            *rules.trigger_re.finditer(folded, low, high),
            *rules.intent_re.finditer(folded, low, high),
        )
        if any(_governs(said, verb.span(), hit.span()) for verb in verbs):
            found.add(number)
            pleads = pleads or rules.plea_re.search(folded, low, high) is not None
    return found, pleads


def _governs(said: Sequence[Item], verb: tuple[int, int], alike: tuple[int, int]) -> bool:
    """Whether the ask's verb at ``verb`` and the people alike at ``alike`` (spans of the
    text) stand next to each other in ``said``, in either order: at most
    ``MAX_ALIKE_GAP`` items between them, none a mark nor a person named. An intro word
    inside the phrase ("more intros like this") is the intros alike themselves."""
    if verb[0] < alike[1] and alike[0] < verb[1]:
        return True
    low, high = (verb[1], alike[0]) if verb[1] <= alike[0] else (alike[1], verb[0])
    between = [item for item in said if low <= item.start and item.end <= high]
    return len(between) <= MAX_ALIKE_GAP and not any(
        item.kind in _MARKS or _person(item) for item in between
    )


def _person(item: Item) -> bool:
    """Whether ``item`` names someone: an address, a title before a name, a name of two
    words or more, or one opening on a listed first name ("Carol"). A capitalised word
    alone ("Zukunft" of "in Zukunft", German writing its nouns with a capital) is none."""
    if item.email or item.kind == "email":
        return True
    if item.kind != "name" or not item.name:
        return False
    words = item.name.split()
    return item.titled or len(words) > 1 or is_first_name(words[0])
