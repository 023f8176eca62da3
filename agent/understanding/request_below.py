"""An intro handed over from a quoted mail: "Adding the intro bot here. Can you do the
one Raj suggests below?" above Raj's "For Paris you should really meet Camille Durand
(camille.durand@...)". The note names no pair; the quoted mail does.

The phrases pointing below live in ``rules/requests/{lang}.json`` under ``below_refs``.
The pair is the writer and the one person the quoted mail names with an address, in a
sentence about talking or meeting; any other count and the agent asks.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_people import Resolved
from agent.understanding.request_reading import written_addresses
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import normal_text
from agent.understanding.request_told import told_addresses

_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]``, with the mark closing it."""
    opened = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closed = _SENTENCE_END.search(text, end)
    return text[opened : closed.end() if closed else len(text)]


def refers_below(text: str, rules: Rules) -> bool:
    """Whether ``text`` asks for the intro a quoted mail suggests: one of ``below_refs``
    in a sentence that asks or pleads ("Can you do the one Raj suggests below?", "¿Puedes
    hacer la de abajo?"); "The one below is mine." asks nothing."""
    folded = normal_text(text)
    for found in rules.below_ref_re.finditer(folded):
        sentence = _sentence_at(folded, found.start(), found.end())
        if sentence.rstrip().endswith("?") or rules.plea_re.search(sentence):
            return True
    return False


def suggested_person(body: str, rules: Rules, aside: Collection[str]) -> Resolved | None:
    """The one person a quoted mail's ``body`` names with an address, besides those
    ``aside`` (addresses, case-folded: the writer, the quoted mail's author, the agent),
    when a sentence about talking or meeting names them ("you should really meet Camille
    Durand (camille@...)"). None for no one, several people, or no such sentence."""
    if "@" not in body:
        return None
    items = tokenize(body, rules)
    named, bare = written_addresses(items)
    people = {a.email.casefold(): a for a in named if a.email.casefold() not in aside}
    others = {email.casefold() for email in bare} - set(aside) - set(people)
    if len(people) != 1 or others:
        return None
    email, person = next(iter(people.items()))
    if not person.name:
        return None
    for item in items:
        if (item.email or "").casefold() != email:
            continue
        sentence = normal_text(_sentence_at(body, item.start, item.end))
        if rules.contact_re.search(sentence):
            return Resolved(Party(person.name, person.email), True)
    return None


# A note longer than this says more than "yes, please": the agent reads it as it is.
MAX_ACCEPTANCE_WORDS = 30


def short_note(note: str) -> bool:
    """Whether the writer's own ``note`` (above the signature) is short enough to be only
    a yes, with no address of its own: the cheap test before reading what it quotes."""
    return bool(note.strip()) and "@" not in note and len(note.split()) <= MAX_ACCEPTANCE_WORDS


def accepts_offer(note: str) -> bool:
    """Whether a short ``note`` accepts what was offered: read as a reply to an intro is
    read ("yes please do that!! thank you Tom x", "Sí, por favor, hágalo. Muchas gracias
    profe!!", "Ja, gerne!"). A no, a doubt or a yes with a "but" is none."""
    if not short_note(note):
        return False
    from agent.understanding.replies import read_answer

    return read_answer(note)[0] == "yes"


# Where a sentence of a note ends: a mark before white space, or a line break.
_NOTE_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def opening_accepts(note: str) -> bool:
    """Whether a ``note`` of any length opens by accepting what was offered: its first sentence,
    after a greeting on a line of its own ("Hi Matt,"), read as a reply to an intro is
    ("Matt, yes please, I'd love that! I've cc'd my intro agent ...", "Oui, avec
    plaisir !", "Ja, sehr gerne!"). What the note goes on to say is its own business; a
    first sentence of anything else ("Thanks for the order!") accepts nothing."""
    sentences = [part.strip() for part in _NOTE_SENTENCE_END.split(note) if part.strip()]
    if not sentences:
        return False
    first = sentences[0]
    if first.endswith((",", ":")) and len(sentences) > 1:
        first = f"{first} {sentences[1]}"
    from agent.understanding.replies import read_answer

    return read_answer(first)[0] == "yes"


def offers_intro(body: str, rules: Rules) -> bool:
    """Whether a quoted mail's ``body`` offers to introduce the one it was written to, one
    of ``offers`` ("Want me to introduce you?", "Le puedo presentar a", "je peux vous
    présenter", "soll ich Sie mit ihm bekannt machen", "posso te apresentar",
    "naweza kukutambulisha")."""
    return rules.offer_re.search(normal_text(body)) is not None


def offered_person(
    body: str, rules: Rules, aside: Collection[str], known: Collection[str]
) -> Resolved | None:
    """The one person a quoted mail's ``body`` names for its reader to meet: someone named
    with a first name and a surname (or a title and a surname), or with an address,
    besides the ``known`` (names, case-folded: the writer, the quoted mail's author and
    those on it) and the addresses ``aside``. Certain with an address given for them in
    the mail ("you should talk to my cousin Sam Patel ... His email is sam@..."), not
    certain without one ("Le puedo presentar a Andrés Castillo"). None for no one, two or
    more, or an address no one named holds."""
    items = tokenize(body, rules)
    named, bare = written_addresses(items)
    told = told_addresses(body, items, rules, ())
    addresses = {a.email.casefold(): a for a in (*named, *told) if a.email.casefold() not in aside}
    unnamed = {email.casefold() for email in bare} - set(aside) - set(addresses)
    if unnamed or any(not a.name for a in addresses.values()):
        return None

    def is_known(name: str) -> bool:
        words = name.casefold().split()
        return any(
            words == k.split()[: len(words)] or words == k.split()[-len(words) :] for k in known
        )

    people: dict[str, Party] = {}
    for item in items:
        if item.kind != "name" or not item.name or is_known(item.name):
            continue
        words = item.name.split()
        if words[0].casefold() in rules.organisation_words:
            continue
        if len(words) >= 2 or item.titled:
            people.setdefault(item.name.casefold(), Party(item.name, None))
    for address in addresses.values():
        name = address.name or ""
        key = next(
            (k for k in people if k == name.casefold() or k.endswith(" " + name.casefold())), ""
        )
        people[key or name.casefold()] = Party(people[key].name if key else name, address.email)
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    return Resolved(person, person.email is not None)
