"""A first name alone typed in lower case as the person an ask names: "can u intro me to
marco?", "yo can you hook me up w dan again", "me presentas a marco?", "kannst du mich
mit marco bekannt machen?". Such a word is written with its capital again, where it
stands, so it is read as a first name written so is, but never certain: the address
book is not asked who it is, unless an epithet describes it ("gary the sparky", see
``_described_and_booked``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from agent.understanding.address_book import AddressBook, name_key
from agent.understanding.request_known import _capitalised, _common_words
from agent.understanding.request_matching import find_matches, pattern_index
from agent.understanding.request_mentions import Item
from agent.understanding.request_rules import Element, Rules, load_rules
from agent.understanding.request_tokens import without_accents

# The words of a first name: two letters or more ("Zé", "Bo"), not a single initial.
_MIN_LETTERS = 2


@lru_cache(maxsize=1)
def _slot_leads() -> frozenset[str]:
    """The words a phrasing writes right before one of its people ("to" of "intro me to
    {B}", "w" of "hook me up w {B}", "mit", "à", "ao", "kwa"): a word after none of them
    fills no slot."""
    rules = load_rules()
    leads: set[str] = set()
    for pattern in (*rules.pair_patterns, *rules.continued_patterns):
        for slot in pattern.slots:
            leads |= _lead_of(pattern.elements, slot)
    return frozenset(leads)


def _unnamed(word: str, rules: Rules, book: AddressBook | None = None) -> bool:
    """Whether ``word`` is never read as a first name typed in lower case: a word of the
    rules, a first name that is also an ordinary word ("grace", "mark"), a noun of
    people, roles or mailboxes ("sales", "founders"), or a common word of a language
    ("from", "again") the address book knows as no one's first name (Spanish "dan" is
    Dan Whitaker's where the book holds him)."""
    plain = without_accents(word)
    if plain in _common_words() and (book is None or not book.lookup(word)):
        return True
    return (
        word in rules.stop_names
        or word in rules.literals
        or word in rules.special_words
        or word in rules.word_names
        or word in rules.mailbox_words
        or word in rules.role_words
        or word in rules.contact_roles
        or word in rules.people_groups
        or word in rules.organisation_words
    )


def _candidate(
    text: str, items: Sequence[Item], index: int, rules: Rules, book: AddressBook | None
) -> bool:
    """Whether the word at ``index`` may be a first name typed in lower case: a word of
    letters alone, right after a slot's lead word, in a sentence opened in lower case
    with no name before it written with its capital, and not followed by another such
    word ("sales team", "fintech founders")."""
    item = items[index]
    word = item.lower
    if item.kind != "word" or len(word) < _MIN_LETTERS or not word.isalpha():
        return False
    if index == 0 or items[index - 1].lower not in _slot_leads() or _unnamed(word, rules, book):
        return False
    following = items[index + 1] if index + 1 < len(items) else None
    if (
        following is not None
        and following.kind == "word"
        and following.lower.isalpha()
        and not (
            # "kwa gary yule fundi": an epithet's article no common word of spaCy's, after a
            # first name the book holds.
            following.lower in rules.epithet_articles and book is not None and book.lookup(word)
        )
    ):
        # "again", "from", "bekannt": a common word or one of the phrasings goes on after
        # a name; any other word makes it a noun's ("procurement people", "sales team").
        after = following.lower
        if after in rules.people_groups or not (
            without_accents(after) in _common_words() or after in rules.literals
        ):
            return False
    # The writer types in lower case: the sentence holding the word opens in lower case.
    cursor = index
    while cursor > 0 and items[cursor - 1].kind != "end":
        cursor -= 1
    opening = next((i for i in items[cursor:index] if i.lower[:1].isalpha()), None)
    if opening is None or not text[opening.start].islower():
        return False
    # "- o Rui Tavares (...) com a Mariana Lopes (...), pacotes barco + prova": an
    # article opens the sentence, but the names before the word are written with their
    # capitals, so the writer does not type in lower case and the word is none.
    return not any(
        i.kind == "name" and text[i.start : i.start + 1].isupper() for i in items[cursor:index]
    )


def lower_case_first_names(
    text: str, items: Sequence[Item], rules: Rules, book: AddressBook | None = None
) -> tuple[str, frozenset[str]]:
    """``text`` with each first name alone typed in lower case that an ask's phrasing
    takes as one of its people written with its capital, in a sentence the writer opened
    in lower case ("can u intro me to marco?", "yo can you hook me up w dan again").

    A word of the rules, a common word, a first name that is an ordinary word, a noun of
    people or roles, or a word followed by another word that is none of these ("intro me
    to procurement people") stays a word; so does one that fills no slot of a phrasing
    once written as a name ("i went to lagos").

    Also given: the words so read, folded, which the address book does not resolve (a
    first name alone typed in lower case is asked about, as ``known_in_lower_case``
    reads none from the book)."""
    # Most words follow no slot's lead word: one look at the word before passes them by.
    leads = _slot_leads()
    found = [
        n
        for n in range(1, len(items))
        if items[n - 1].lower in leads and _candidate(text, items, n, rules, book)
    ]
    if not found:
        return text, frozenset()
    trial = list(items)
    for n in found:
        item = items[n]
        written = text[item.start : item.end]
        trial[n] = Item("name", item.lower, item.start, item.end, name=written.capitalize())
    at = {items[n].start: n for n in found}
    taken: list[tuple[int, int]] = []
    for index_of in (pattern_index("pair"), pattern_index("continued")):
        for match in find_matches(trial, index_of):
            for slot, people in match.slots.items():
                lead = _lead_of(match.pattern.elements, slot)
                for person in people:
                    n = at.get(person.start, -1)
                    # Right after the phrasing's own word before the slot ("to", "w",
                    # "a", "mit"): not a second one of a list, nor after an article.
                    if n > 0 and items[n - 1].lower in lead:
                        taken.append((person.start, person.end))
    if not taken:
        return text, frozenset()
    words = frozenset(
        text[start:end].casefold()
        for start, end in taken
        if not _described_and_booked(text, items, at[start], rules, book)
    )
    return _capitalised(text, taken), words


# What may close an epithet after a first name: the end of a clause.
_EPITHET_ENDS = frozenset({",", ".", ";", ":", "!", "?", "-", "\u2013", "\u2014", ")"})


def _described_and_booked(
    text: str, items: Sequence[Item], index: int, rules: Rules, book: AddressBook | None
) -> bool:
    """Whether the first name typed in lower case at ``index`` is the one person the
    address book holds by it, to be read from the book: it is described right after by
    an epithet, one of ``epithet_articles`` and one word closing the clause ("put me in
    touch with gary the sparky, got a big job", "me pones con paco el fontanero?", "mit
    gary, dem elektriker, bekannt machen?"), which makes the word someone the writer
    expects to be known by it; it is no common word nor a first name that is an ordinary
    word; and the book holds exactly one address whose first name it is. "can you put
    me in touch w rafael again?", "gary the moment you can", two Garys in the book, or
    none, and it stays asked about."""
    if book is None or index + 2 >= len(items):
        return False
    # "gary, the sparky,", "mit gary, dem elektriker, bekannt machen": the epithet may
    # stand between commas.
    comma = items[index + 1].lower == ","
    at = index + 2 if comma else index + 1
    if at + 1 >= len(items):
        return False
    article, epithet = items[at], items[at + 1]
    if (
        article.lower not in rules.epithet_articles
        or epithet.kind != "word"
        or not epithet.lower.isalpha()
        or text[items[index].end : article.start] not in (" ", ", ")
    ):
        return False
    closer = items[at + 2] if at + 2 < len(items) else None
    if closer is not None and closer.kind != "end" and closer.lower not in _EPITHET_ENDS:
        return False
    word = items[index].lower
    if word in rules.word_names or without_accents(word) in _common_words():
        return False
    found = {address.key: address for address in book.lookup(word)}
    return len(found) == 1 and all(
        without_accents(name_key(address.name).split()[0]) == without_accents(word)
        for address in found.values()
    )


def _lead_of(elements: Sequence[Element], slot: str) -> frozenset[str]:
    """The words a pattern may write right before ``slot``: those of the words element
    before it, and of any optional ones between ("à" and "de" of "présenter à|au de?
    {B+}")."""
    at = next((n for n, element in enumerate(elements) if element.slot == slot), 0)
    leads: set[str] = set()
    for before in reversed(elements[:at]):
        if before.slot is not None:
            break
        leads |= before.words
        if not before.optional:
            break
    return frozenset(leads)
