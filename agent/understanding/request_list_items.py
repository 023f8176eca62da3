"""A list of asks with an item that names someone to meet and yields no pair: "1. could
you intro me to Joanna Pike (...)? 2. Mei Lin (...) with Callum Reid (...) 3. and me w/
Ruth Adebayo from the council (no email sorry)" read as its first two pairs only would
act on part of the request as if it were the whole. The pairs found are then asked
about, never acted on.

A list is a run of list items (each with the sentences after it on its line); it is one
of asks when an item of it yields a pair. Its item yielding none, and not read as
asking nothing (a thanks, a negated ask), names someone to meet when it names a person
who is no organisation ("Fenwick Tools", "do selo Quintal Discos"), and:

- that person, a party of the pairs found or not, is joined to the writer, nothing but
  a mark or a joining word or two between ("me + Ruth", "Ruth & me", "me n Ruth", "moi
  avec Ruth", "yo con Ruth", "ich und Ruth", "eu com a Ruth", "mimi na Ruth"; not "I met
  Ruth"): "- myself with Kevin too busy" under "- Jacinta with Kevin Mutai (...)";

or, that person no party of the pairs found:

- the item says it has no address for them (``unaddressed_marks``: "no email", "pas
  d'email", "sin correo", "keine E-Mail", "sem email", "hana barua pepe");
- or, named by a first name and a surname or after a title, an intro word stands in the
  item ("intro", "connect", "présenter") or the item opens on them, alone or before a
  mark, a reason (``list_reasons``: "re", "about") or where they work (``place_words``):
  "3. Ruth Adebayo (council) re bringing some year 10s along".

An item that only tells something ("2. she builds bridges at Arup", "- the venue is
Eastbridge Hall") names no one to meet, and a list no item of which yields a pair (an
agenda, a CV) is no list of asks.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet

from agent.understanding.request_mentions import LIST_ITEM, Item
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import may_hold, normal_text
from agent.understanding.request_told import organisation_at

# How many items may stand between the writer and the one joined to them ("me + Ruth",
# "eu com a Ruth").
MAX_JOIN_ITEMS = 2


def unread_list_item(
    text: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    paired: AbstractSet[int],
    read: AbstractSet[int],
    parties: Collection[str],
    rules: Rules,
) -> bool:
    """Whether a list of asks (a run of items, one of whose sentences ``paired`` yielded a
    pair) holds an item none of whose sentences was ``read`` (paired, or read as asking
    nothing) that names someone to meet. ``parties`` are the words, folded, of the names
    of everyone in the pairs found."""
    for run in _list_runs(items, bounds):
        if not any(n in paired for sentences in run for n in sentences):
            continue
        for sentences in run:
            if any(n in read for n in sentences):
                continue
            if any(
                _names_someone(text, items, bounds[n], n == sentences[0], parties, rules)
                for n in sentences
            ):
                return True
    return False


def _list_runs(items: Sequence[Item], bounds: Sequence[tuple[int, int]]) -> list[list[list[int]]]:
    """The lists of the text, each its items, each the numbers of its sentences: the one
    a list mark opens and those after it on its line ("1. could you intro me to Joanna
    Pike? she builds bridges"). A sentence on a line of its own ends the list."""
    runs: list[list[list[int]]] = []
    run: list[list[int]] = []
    for number, (start, _) in enumerate(bounds):
        before = items[start - 1].lower if start > 0 else "\n"
        if before == LIST_ITEM:
            run.append([number])
        elif run and "\n" not in before:
            run[-1].append(number)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _names_someone(
    text: str,
    items: Sequence[Item],
    bound: tuple[int, int],
    opening: bool,
    parties: Collection[str],
    rules: Rules,
) -> bool:
    """Whether the sentence of a list item at ``bound`` (its first if ``opening``) names
    someone to meet, as the module's docstring tells."""
    start, end = bound
    people = [
        at
        for at in range(start, end)
        if items[at].kind == "name"
        and not items[at].email
        and not organisation_at(items, at, rules)
    ]
    # "- myself with Kevin as well, on ..." under "- Jacinta again with Kevin Mutai":
    # the writer joined to someone is an ask of its own, a party of another pair or not.
    if any(_joined_to_writer(items, at, start, end, rules) for at in people):
        return True
    named = [at for at in people if not _a_party(items[at], parties)]
    if not named:
        return False
    folded = normal_text(text[items[start].start : items[end - 1].end])
    if may_hold(rules.unaddressed_needs, folded) and rules.unaddressed_re.search(folded):
        return True
    people = [at for at in named if _a_person(items[at])]
    if not people:
        return False
    if rules.intent_re.search(folded) is not None:
        return True
    return opening and _opens_on(items, people[0], start, end, rules)


def _a_party(item: Item, parties: Collection[str]) -> bool:
    """Whether a name is one of a party's, by a word of it ("Joanna" of Joanna Pike)."""
    return any(word in parties for word in (item.name or "").casefold().split())


def _a_person(item: Item) -> bool:
    """A first name and a surname, or a name after a title."""
    return item.titled or len((item.name or "").split()) > 1


def _joined_to_writer(items: Sequence[Item], at: int, start: int, end: int, rules: Rules) -> bool:
    """Whether the writer stands right before or after the name at ``at``, at most
    ``MAX_JOIN_ITEMS`` marks or joining words between (``conjunctions``,
    ``list_with_words``, ``title_articles``, or a word of two letters at most: "me +
    Ruth", "Ruth & me", "me n Ruth", "moi avec Ruth", "eu com a Ruth", "mimi na Ruth");
    "I met Ruth" is no pair."""
    joining = rules.conjunctions | rules.list_with_words | rules.title_articles
    for step in (-1, 1):
        cursor = at + step
        between = 0
        while start <= cursor < end and between <= MAX_JOIN_ITEMS:
            item = items[cursor]
            if item.kind == "self":
                return True
            if not (
                item.kind == "punct"
                or (item.kind == "word" and (item.lower in joining or len(item.lower) <= 2))
            ):
                break
            between += 1
            cursor += step
    return False


def _opens_on(items: Sequence[Item], at: int, start: int, end: int, rules: Rules) -> bool:
    """Whether the item opens on the name at ``at``, perhaps after words carrying it on
    (``list_item_leads``: "and", "et", "y"), the name alone or before a mark, a reason
    (``list_reasons``) or where they work (``place_words``)."""
    lead = next(
        (
            len(words)
            for words in rules.list_item_leads.get(items[start].lower, ())
            if tuple(item.lower for item in items[start : start + len(words)]) == words
        ),
        0,
    )
    if at != start + lead:
        return False
    after = items[at + 1] if at + 1 < end else None
    return (
        after is None
        or after.kind == "punct"
        or after.lower in rules.list_reasons
        or after.lower in rules.place_words
    )
