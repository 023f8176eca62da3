"""Finding a forwarded message inside a mail and reading its author, recipients and body.

Mail clients mark a forward in a handful of ways: Gmail's ``---------- Forwarded
message ---------`` line, Outlook's block of ``From:``/``Sent:`` lines under a rule,
Apple Mail's ``Begin forwarded message:``, each translated by the client. The marker
lines and header labels live in ``rules/requests/{lang}.json`` (``forward_markers`` and
``forward_labels``), so a new client or language is a data change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from email.utils import getaddresses

from agent.message import Address
from agent.understanding.first_names import is_first_name
from agent.understanding.request_mentions import Item
from agent.understanding.request_rules import Element, Pattern

# A line of the forwarded block's header section: "Label: value", possibly quoted.
_HEADER_LINE = re.compile(r"^\s*>?\s*\*?([^\W\d][\w\- ]{0,20}?)\*?\s*:\s*(.*)$")
_MAILTO = re.compile(r"\[mailto:([^\]]+)\]", re.IGNORECASE)
_QUOTE_PREFIX = re.compile(r"^\s*>\s?")


@dataclass(frozen=True)
class Forward:
    """A forwarded message: the forwarder's own note above it, and the message itself."""

    note: str
    # True when a forward marker line opened it; False for a bare header block or an
    # "Original Message" rule, which replies quote in the same way.
    marked: bool
    author: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str
    body: str


# The usual shape of one address of a list: "Ines Duarte <ines@x.pt>", "<ines@x.pt>" or
# "ines@x.pt", a name of plain words. ``getaddresses`` reads it so; its general parser
# is kept for any other shape.
_PLAIN_ADDRESS = re.compile(
    r" *(?:((?:[^\W\d_][\w'\-]*(?: [^\W\d_][\w'\-]*)*)? ?)<([\w+\-]+(?:\.[\w+\-]+)*"
    r"@[\w\-]+(?:\.[\w\-]+)+)>|([\w+\-]+(?:\.[\w+\-]+)*@[\w\-]+(?:\.[\w\-]+)+)) *"
)


def _plain_addresses(value: str) -> list[tuple[str, str]] | None:
    """The (name, address) pairs ``getaddresses`` gives for a list of addresses of the
    usual shape, or None when any is written otherwise."""
    pairs = []
    for part in value.split(","):
        plain = _PLAIN_ADDRESS.fullmatch(part)
        if plain is None:
            return None
        name, angle, bare = plain.groups()
        pairs.append(((name or "").strip(), angle or bare))
    return pairs


def parse_addresses(value: str) -> tuple[Address, ...]:
    """Addresses from a header value as clients print them, ``[mailto:...]`` included."""
    value = _MAILTO.sub(lambda match: f"<{match.group(1)}>", value)
    # Outlook separates addresses with ';', which the standard parser does not know.
    value = value.replace(";", ",")
    found = []
    for name, email in _plain_addresses(value) or getaddresses([value]):
        name = name.strip().strip("'\"")
        if "@" not in email:
            continue
        found.append(Address(name=name, email=email.strip()))
    return tuple(found)


def _header_field(label: str, labels: Mapping[str, str]) -> str | None:
    return labels.get(label.strip().strip("*").casefold())


def find_forward(
    text: str,
    markers: Iterable[str],
    labels: Mapping[str, str],
    quote_markers: Iterable[str] = (),
) -> Forward | None:
    """The first forwarded (or forward-like quoted) message in ``text``, or None.

    ``markers`` are lower-cased substrings that open a forward (``forwarded message``,
    ``begin forwarded message``); ``quote_markers`` open a block that replies use too
    (``original message``, a rule of underscores); ``labels`` maps a lower-cased header
    label in any language (``von``, ``de``, ``kutoka``) to ``from``, ``to``, ``cc``,
    ``subject`` or ``date``.
    """
    # A marker found in no line of the text need not be looked for line by line.
    folded = text.casefold()
    marker_list = tuple(marker for marker in markers if marker in folded)
    weak_list = tuple(marker for marker in quote_markers if marker in folded)
    if not marker_list and not weak_list and ":" not in text:
        # No marker and no header line ("From: ..."), which holds a colon: most mail.
        return None
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if not marker_list and not weak_list and ":" not in line:
            # Neither a marker nor a header line ("From: ..."), which holds a colon.
            continue
        lowered = line.strip().casefold()
        if not lowered:
            continue
        marked = any(marker in lowered for marker in marker_list)
        is_marker = marked or any(marker in lowered for marker in weak_list)
        start = index + 1 if is_marker else index
        if not is_marker:
            # Outlook without a marker line: a "From:" line followed by other header lines.
            match = _HEADER_LINE.match(line)
            if not match or _header_field(match.group(1), labels) != "from":
                continue
        forward = _read_block(lines, start, labels)
        if forward is not None:
            note = "\n".join(lines[:index])
            return Forward(note, marked, *forward)
        if is_marker:
            continue
    return None


def _read_block(
    lines: Sequence[str], start: int, labels: Mapping[str, str]
) -> tuple[Address | None, tuple[Address, ...], tuple[Address, ...], str, str] | None:
    fields: dict[str, str] = {}
    index = start
    # Skip blank lines between the marker and the header block.
    while index < len(lines) and not lines[index].strip():
        index += 1
    last: str | None = None
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            break
        match = _HEADER_LINE.match(line)
        field_name = _header_field(match.group(1), labels) if match else None
        if match and field_name:
            fields[field_name] = match.group(2).strip()
            last = field_name
        elif last in ("to", "cc") and line.startswith((" ", "\t")):
            fields[last] += " " + line.strip()
        else:
            break
        index += 1
    if "from" not in fields or len(fields) < 2:
        return None
    authors = parse_addresses(fields["from"])
    author = authors[0] if authors else None
    if author is None and fields["from"]:
        author = Address(name=fields["from"].strip(), email="")
    body_lines = [_QUOTE_PREFIX.sub("", line) for line in lines[index:]]
    return (
        author,
        parse_addresses(fields.get("to", "")),
        parse_addresses(fields.get("cc", "")),
        fields.get("subject", ""),
        "\n".join(body_lines).strip(),
    )


# An address as a quote header prints it: "<a@b>", "(<a@b>)", "[mailto:a@b]", or bare.
_HEADER_ADDRESS = re.compile(
    r"\(?(?:<|\[mailto:)?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)(?:>|\])?\)?", re.IGNORECASE
)
# The display name right before it: a quoted one, or the last words of the text before
# it that each open on a capital (a particle between them too: "Ana de Souza").
_QUOTED_NAME = re.compile(r'"([^"]{1,80})"\s*$')
_NAME_WORD = re.compile(r"[^\W\d_][\w'.\-]*")


def header_people(
    headers: Iterable[str], labels: Mapping[str, str], particles: AbstractSet[str] = frozenset()
) -> tuple[Address, ...]:
    """The people quote headers name with an address (``agent.understanding.quotes.
    quote_headers``): the one of "On <date>, Ines Duarte <ines@...> wrote:", "Am ...
    schrieb Ines Duarte <ines@...>:", and those of an Outlook block's "From:", "To:" and
    "Cc:" lines, each label in any language (``labels``, as for forwards). ``particles``
    are the name particles ("van", "de"), case-folded, as the rules keep them."""
    found: list[Address] = []
    for header in headers:
        for line in header.splitlines():
            field = _HEADER_LINE.match(line)
            kind = _header_field(field.group(1), labels) if field else None
            if field and kind in ("from", "to", "cc"):
                found += parse_addresses(field.group(2))
                continue
            if field and kind is not None:
                continue
            found += _attributed(line, particles)
    return tuple(found)


def _attributed(line: str, particles: AbstractSet[str]) -> list[Address]:
    """The people an "On <date>, <name> <address> wrote:" line names."""
    people = []
    start = 0
    for match in _HEADER_ADDRESS.finditer(line):
        before = line[start : match.start()].rstrip()
        start = match.end()
        quoted = _QUOTED_NAME.search(before)
        if quoted:
            people.append(Address(quoted.group(1).strip(), match.group(1)))
            continue
        words = before.rsplit(",", 1)[-1].split()
        name: list[str] = []
        for word in reversed(words):
            capital = word[0].isupper() and any(char.islower() for char in word[1:])
            particle = bool(name) and word.casefold() in particles
            if not _NAME_WORD.fullmatch(word) or not (capital or particle):
                break
            name.insert(0, word)
        while name and name[0].casefold() in particles:
            name.pop(0)
        people.append(Address(" ".join(name), match.group(1)))
    return people


# What a pronoun's neighbours may not be: a person already ("vous la présenter" is "her
# to you"), or a word of two others meeting each other ("sie miteinander bekannt machen").
_PERSON_KINDS = frozenset({"name", "email", "self", "us", "you", "third", "they", "group"})


def author_pronouns(
    text: str,
    items: Sequence[Item],
    contexts: Iterable[Pattern],
    mutual: AbstractSet[str],
    articles: AbstractSet[str],
    is_author: Callable[[str], bool],
) -> list[Item]:
    """``items`` of a forward's note with each object pronoun that stands for the
    forwarded mail's author made one person written about (``third``), as "this
    gentleman" is: "unten die Anfrage von Frau Yilmaz. Bitte stellen Sie sie Herrn Dr.
    Lorenz Baumann vor", "le message de Chloé ci-dessous. Pourriez-vous la présenter à
    Romain Castel ?". ``contexts`` are the rules' ``author_pronouns``, each a run of words
    around the pronoun's slot. The pronoun is written in lower case (German "Sie" is
    "you"); the item before the context is no person ("vous la présenter" is "her to
    you"), nor is the word after it one of ``mutual`` ("sie miteinander bekannt
    machen" is "them"); and the last one the note names by a name alone before it, if
    anyone, is the author (``is_author``, by a name's words; ``_about_author``): "Sa
    collègue Marie ... pourriez-vous la présenter" is about Marie. Someone named in full
    before it is the reading's to weigh (agent.understanding.request_reading)."""
    found: list[Item] = list(items)
    for index in range(len(found)):
        for context in contexts:
            at = _context_at(text, found, index, context.elements)
            if at is None:
                continue
            before = found[index - 1] if index else None
            after = found[at + 1] if at + 1 < len(found) else None
            if before is not None and before.kind in _PERSON_KINDS:
                continue
            if after is not None and after.lower in mutual:
                continue
            if not _about_author(found[:at], articles, is_author):
                continue
            # Read as "this gentleman" is: a person, no longer a word of any phrasing
            # ("{B} la présenter" is "her to you").
            found[at] = replace(found[at], kind="third", lower="")
            break
    return found


def _about_author(
    items: Sequence[Item], articles: AbstractSet[str], is_author: Callable[[str], bool]
) -> bool:
    """Whether the people ``items`` name by a name alone leave the author the one a
    pronoun after them may stand for: the last one so named, or the author named in full,
    if anyone, is the author ("le message de Chloé"), not another ("Sa collègue Marie").
    Anyone else named in full or after a title ("Meine Kollegin Petra Lang") is left to
    the reading, which then takes the pronoun for that one. A capitalised word after one
    of ``articles`` ("die Anfrage") is a German noun, and one before a hyphen ("Est-ce")
    a verb: no one named. A name alone that is no listed first name, in what the author
    named in full or by a name alone is said to be after a comma ("o pedido da Catarina
    Meireles, enóloga numa quinta da Bairrada", "o pedido da Fátima, da rádio comunitária
    de Chókwè"), is where the author works or lives, no one else."""
    last: str | None = None
    # Whether the items read are the author's description: after the author named in full
    # and a comma, up to the sentence's end.
    describing = False
    for index, item in enumerate(items):
        if item.kind == "end":
            describing = False
        if item.kind != "name" or not item.name:
            continue
        full = " " in item.name or item.titled
        if not full and index > 0 and items[index - 1].lower in articles:
            continue
        if not full and index + 1 < len(items) and items[index + 1].lower == "-":
            # "Est-ce que": a word joined to a lower-case one, which a name is not.
            continue
        if not full and describing and not is_first_name(item.name):
            # "Catarina Meireles, enóloga numa quinta da Bairrada": a place. A listed first
            # name there ("Catarina Meireles, amiga da Joana") may be someone else.
            continue
        if full and not is_author(item.name):
            continue
        last = item.name
        # The author named by a first name alone is described after a comma as well ("o
        # pedido da Fátima, da rádio comunitária de Chókwè").
        describing = (
            (full or is_author(item.name))
            and index + 1 < len(items)
            and items[index + 1].lower == ","
        )
    return last is None or is_author(last)


def _context_at(
    text: str, items: Sequence[Item], index: int, elements: Sequence[Element]
) -> int | None:
    """Where the pronoun of a context that matches from ``items[index]`` on stands."""
    if not elements:
        return None
    first, rest = elements[0], elements[1:]
    if index >= len(items):
        return None if any(not e.optional for e in elements) else -1
    item = items[index]
    if first.slot is not None:
        raw = text[item.start : item.end]
        if item.kind in ("word", "you") and raw.islower() and item.lower in first.slot.split("|"):
            after = _context_at(text, items, index + 1, rest) if rest else -1
            return index if after is not None else None
        return None
    if item.lower in first.words and item.kind not in ("name", "email"):
        at = _context_at(text, items, index + 1, rest) if rest else -1
        if at is not None:
            return at
    if first.optional:
        return _context_at(text, items, index, rest)
    return None
