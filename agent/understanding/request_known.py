"""People a mail names in lower case whom its headers or the address book know: "can you
put me in touch w rafael duarte again?" with Rafael Duarte in the address book, "grace
(below) wants to meet ..." above a quoted "Grace Liu <grace.liu@...> wrote:". Their
names are written with their capitals again, where they stand, so they are read as a
name written so is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from agent.understanding.address_book import AddressBook, name_key
from agent.understanding.nlp import stop_words
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import without_accents

# A word in lower case, not inside an address ("rafael" of "rafael@x.pt" is left alone).
_LOWER_WORD = re.compile(r"(?<![\w@.'\u2019-])[^\W\d_]{2,}(?![\w@'\u2019]|\.\w|-\w)")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The common words of the languages spaCy lists them for, without accents: a first
    name that is one of them ("will", "may") is not read from the headers alone."""
    return frozenset(without_accents(w) for w in stop_words("de", "en", "es", "fr", "pt"))


def _plain(word: str) -> str:
    return without_accents(word.casefold())


def _capitalised(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the first letter of each span written as a capital, its length kept."""
    letters = list(text)
    for start, _ in spans:
        upper = letters[start].upper()
        if len(upper) == 1:
            letters[start] = upper
    return "".join(letters)


def known_in_lower_case(
    text: str,
    known: Iterable[str],
    book: AddressBook | None,
    rules: Rules,
    copied: Iterable[str] = (),
) -> str:
    """``text`` with the names written in lower case of people the mail's headers show
    (``known``: a first name and surname, or a first name alone) or the address book
    holds (a first name and surname) written with their capitals.

    A first name alone is read only from the headers, never the book, and never when it
    is a word of the rules, a common word ("will", "may") or a first name that is also
    an ordinary word (``word_names``: "grace", "mark", "rosa", "neema"); a word the
    headers' names do not hold, or two the book does not know as one person's, stay
    words ("the team").

    ``copied`` are the first names of those on the mail when its text says they are
    copied ("both cc'd", "en copie"): a word that begins exactly one of them, two letters
    or more, is that person's short name ("intro dan and mo (both cc'd)" for Daniel and
    Mohammed), even when it is a common word elsewhere; never a word of the rules'
    lists of words nor a pronoun, nor the start of two of them ("dan" for Daniel and
    Danielle), nor one beginning the first name of one the text calls by it whole
    ("Thandi ... rather with someone like Thandi than Google it").

    A first name that is an ordinary or common word is that person's where a pointer in
    brackets follows it (``pointer_marks``: "grace (below) wants to meet ..." above a
    quoted "Grace Liu <...> wrote:", "(ci-dessous)", "(cc'd)"), if it is the first name
    of exactly one of them."""
    names: list[list[str]] = []
    firsts: set[str] = set()
    written: set[str] = set()
    known_firsts: list[str] = []
    for name in known:
        parts = name.split()
        if not parts or not parts[0][:1].isalpha():
            continue
        names.append(parts)
        first = parts[0].casefold()
        written.add(first)
        firsts.add(without_accents(first))
        known_firsts.append(without_accents(first))
    # "Thandi, meet Riaan ... with someone like Thandi than Google it": a writer who
    # writes a first name whole calls that one by it, so its starts are words.
    starts = _short_names(copied)
    # Only a mail copying people has short names to weigh, and reads its words for them.
    whole = {_plain(m.group()) for m in _LOWER_WORD.finditer(text)} if starts else set()
    shorts = frozenset(
        start
        for start in starts
        if not any(_plain(f).startswith(start) and _plain(f) in whole for f in copied)
    )
    if book is None and not shorts and not any(first in text for first in written | firsts):
        # No first name of the headers in the text, and no book: nothing to read.
        return text
    fulls = {(_plain(parts[0]), _plain(parts[-1])) for parts in names if len(parts) >= 2}
    words = [m for m in _LOWER_WORD.finditer(text) if m.group().islower()]

    def ruled(word: str) -> bool:
        return word in rules.stop_names or word in rules.literals or word in rules.special_words

    def short(word: str) -> bool:
        return word in shorts and word not in firsts and not _unnamed(word, rules)

    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        word = words[index]
        plain = _plain(word.group())
        if ruled(plain):
            if short(plain):
                # "mo" for Mohammed, a clitic elsewhere ("dá-mo").
                spans.append(word.span())
            index += 1
            continue
        following = words[index + 1] if index + 1 < len(words) else None
        if following is not None and text[word.end() : following.start()] == " ":
            pair = (plain, _plain(following.group()))
            if not ruled(pair[1]) and (
                pair in fulls or (book is not None and _in_book(book, word, following))
            ):
                spans += [word.span(), following.span()]
                index += 2
                continue
        if short(plain) or (
            plain in firsts and plain not in rules.word_names and plain not in _common_words()
        ):
            spans.append(word.span())
        elif (
            plain in firsts
            and rules.pointer_re.match(text, word.end()) is not None
            and known_firsts.count(plain) == 1
        ):
            # "grace (below) wants to meet ..." above a quoted "Grace Liu <...> wrote:".
            spans.append(word.span())
        index += 1
    return _capitalised(text, spans) if spans else text


def _short_names(firsts: Iterable[str]) -> frozenset[str]:
    """The starts, two letters or more, each of exactly one of ``firsts``."""
    names = {_plain(first) for first in firsts if len(first) > 2}
    starts: dict[str, int] = {}
    for name in names:
        for end in range(2, len(name)):
            starts[name[:end]] = starts.get(name[:end], 0) + 1
    return frozenset(start for start, count in starts.items() if count == 1)


def _unnamed(word: str, rules: Rules) -> bool:
    """Whether ``word`` is never a short name: a word of the rules' lists, a pronoun or
    the head of a group ("the team")."""
    return (
        word in rules.stop_names
        or word in rules.literals
        or word in rules.pronoun_words
        or word in rules.group_heads
    )


def _in_book(book: AddressBook, first: re.Match[str], surname: re.Match[str]) -> bool:
    """Whether the address book knows exactly one person by these two words."""
    if not book.lookup(first.group()):
        return False
    full = f"{first.group()} {surname.group()}"
    found = book.lookup(full)
    return len({a.key for a in found}) == 1 and all(
        _plain(name_key(a.name)) == _plain(full) for a in found
    )
