"""The people a stretch of text names: who "them", "the two" or "they should meet" can be.

A plea for "them" ("Pourriez-vous les mettre en relation ?", "could you introduce
them?") pairs the two people named before it, and only when there are two: with three
named ("Fatoumata Sissoko ..., Moussa Keïta (...) ... et Mme Kadiatou Dembélé (...)"),
any two of them could be meant, however many of them have an address. Who counts as
named is read once here, for the phrasings and for the pleas no phrasing lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from agent.understanding.first_names import is_first_name
from agent.understanding.request_firm_named import organisation_named
from agent.understanding.request_mentions import Item
from agent.understanding.request_people import Resolved, Scene, is_agent, resolve_mention
from agent.understanding.request_rules import Rules

__all__ = [
    "named_before",
    "organisation_named",
    "same_name",
    "same_person",
    "them_unsure",
]


def them_unsure(
    before: Sequence[Item], scene: Scene, rules: Rules, pair: Sequence[Resolved] = ()
) -> bool:
    """Whether "them" after ``before`` (the text before a plea for "them") could be any
    two of three people or more: those ``before`` names (see ``named_before``) and
    ``pair``, the two a reading would take for "them" (people with addresses, perhaps on
    the mail), are more than two ("Notre costumière Fatoumata Sissoko ... Moussa Keïta
    (...) ... Mme Kadiatou Dembélé (...)\n\nPourriez-vous les mettre en relation ?"),
    whoever has an address. Where the pronoun's own paragraph names two and no one else
    before it, the pair's two if a pair is given ("Some news: ... Hilary Mantel ...\n\n
    Daniel Okonkwo (...) and Harriet Bell (...) would get on. Could you introduce
    them?"), they are the two."""
    everyone = named_before(before, scene, rules, strict=True)
    extra = [one for one in everyone if not any(same_person(one, two) for two in pair)]
    if len(pair) + len(extra) <= 2:
        return False
    opens = next(
        (
            at + 1
            for at in range(len(before) - 1, -1, -1)
            if before[at].kind == "end" and before[at].lower == "\n"
        ),
        0,
    )
    paragraph = named_before(before[opens:], scene, rules, strict=True)
    if not pair:
        return len(paragraph) != 2
    # The pair may be on the mail and named there by one of them alone ("I've cc'd my
    # friend Priya Raman ... Marcus Oyelaran (...) ... Could you introduce the two of
    # them?"), Priya written to.
    return not (paragraph and all(any(same_person(one, two) for two in pair) for one in paragraph))


def named_before(
    before: Sequence[Item], scene: Scene, rules: Rules, lone: bool = False, strict: bool = False
) -> list[Resolved]:
    """The people ``before`` names, each once: someone named with a first name and a
    surname, a title and a surname, or an address, besides the writer and those written
    to; a name after one of ``place_words`` or a definite article of ``thing_articles``,
    or opening on one of ``organisation_words``, is a place or a body. "Dr Lemaire" after
    "Dr Benoît Lemaire" is the same one. With ``lone``, a listed first name alone (no
    word that is a name too: "Grace", "Mark") is someone as well, never certain. With
    ``strict``, a name without an address or a title is someone only where it reads as a
    person's (``_person_named``), never a school's, a firm's or a place's ("CEIP Miguel
    Hernández", "Albrecht Antriebstechnik GmbH", "desde Sant Andreu")."""
    me = scene.me.party if scene.me else None
    mine = (me.email or "").casefold() if me else ""
    asked = {r.key for r in scene.recipients}
    found: list[Resolved] = []
    for at, item in enumerate(before):
        # A first name alone, read as someone only with ``lone``.
        alone = False
        placed = before[at - 1].lower if at and before[at - 1].kind == "word" else ""
        if placed in rules.place_words and placed not in rules.conjunctions:
            # "at St Mark's", "aus Köln": a place, no one to meet ("na" is "and" too).
            continue
        if placed in rules.thing_articles and not item.titled and not item.email:
            # "at the National Grid", "about the Residents Association": a definite
            # article before a name makes it a place or a body, no one to meet.
            continue
        if item.kind == "name" and item.name:
            words = item.name.split()
            if words[0].casefold() in rules.organisation_words:
                continue
            # "nuestra hija Lucía (lucia@...)": a first name alone is someone with the
            # address written beside it.
            alone = (
                len(words) < 2
                and not item.titled
                and not item.email
                and not _authors_first_name(item, scene)
                and not _told_first_name(item.name, scene)
                and not _booked_surname(item.name, scene)
            )
            if alone and not (
                lone and is_first_name(item.name) and item.name.casefold() not in rules.word_names
            ):
                continue
            if (
                strict
                and not item.titled
                and not item.email
                and not _person_named(before, at, scene, rules)
            ):
                continue
        elif item.kind != "email":
            continue
        resolved = resolve_mention(item, scene)[0]
        party = resolved.party
        email = (party.email or "").casefold()
        if email and (email == mine or email in asked or is_agent(email, scene.agent)):
            continue
        if me is not None and same_name(party.name, me.name):
            continue
        if not email or alone:
            resolved = Resolved(party, False)
        same = next((n for n, r in enumerate(found) if same_person(r, resolved)), None)
        if same is None:
            found.append(resolved)
        elif not found[same].party.email and email:
            found[same] = resolved
    return found


def _person_named(before: Sequence[Item], at: int, scene: Scene, rules: Rules) -> bool:
    """Whether the name at ``at``, written without an address or a title, reads as a
    person's: no organisation's word closing it ("Kachra Kranti Foundation"), and either
    said to be someone's by a possessive and a noun before it ("Notre costumière
    Fatoumata Sissoko", "my neighbour Fatima Sissoko", "Unsere Schneiderin ...") or
    opening on a listed first name ("Tom Ashworth") with no capitalised word right
    before it inside its sentence, of a name it goes on ("CEIP Miguel Hernández")."""
    item = before[at]
    name = item.name or ""
    if organisation_named(name, rules):
        return False
    prior = before[at - 1] if at else None
    if (
        prior is not None
        and at > 1
        and prior.kind == "word"
        and prior.lower not in rules.organisation_words
        and before[at - 2].lower in rules.presented_possessives
    ):
        # "Notre costumière Fatoumata Sissoko", "Unsere Schneiderin Fatima Sissoko": a
        # German noun is capitalised too.
        return True
    if (
        prior is not None
        and prior.kind == "word"
        and scene.text[prior.start : prior.end][:1].isupper()
        and at > 1
        and before[at - 2].kind != "end"
    ):
        return False
    return is_first_name(name.split()[0])


def _told_first_name(name: str, scene: Scene) -> bool:
    """Whether a first name alone is someone the mail gives an address for by that name
    ("Mi nieta Lucía ... El correo de Lucía es lucia.pena.vet@..."): the one address told
    for a name of that first word (``scene.body_names``)."""
    first = name.casefold()
    told = {a.key for a in scene.body_names if a.name and a.name.split()[0].casefold() == first}
    return len(told) == 1


def _booked_surname(name: str, scene: Scene) -> bool:
    """Whether a name alone is a surname the address book holds and no first name of it
    ("conozco al veterinario, Ramírez, el que venía ..." beside Julio and Andrés Ramírez
    in the book): someone, whom the book does not say for certain."""
    book = scene.book
    return (
        book is not None
        and bool(book.lookup_surname(name))
        and not any(
            (a.name.split() or [""])[0].casefold() == name.casefold() for a in book.lookup(name)
        )
    )


def _authors_first_name(item: Item, scene: Scene) -> bool:
    """Whether a name alone in a forward's note is the forwarded mail's author's first
    name, the author's address certain ("Kenji's asking for help" above "From: Kenji
    Watanabe <kenji@...>"): the one the forward is about, no word taken for a name."""
    third = scene.third
    if not scene.noting or third is None or not third.certain or not third.party.email:
        return False
    words = (third.party.name or "").casefold().split()
    return len(words) > 1 and (item.name or "").casefold() == words[0]


def same_person(one: Resolved, other: Resolved) -> bool:
    if one.party.email and other.party.email:
        return one.party.email.casefold() == other.party.email.casefold()
    return same_name(one.party.name, other.party.name)


def same_name(one: str | None, other: str | None) -> bool:
    """Whether two names may be one person's: one is the other's start or end ("Benoît
    Lemaire" and "Lemaire", "Camille" and "Camille Roux")."""
    a, b = (one or "").casefold().split(), (other or "").casefold().split()
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return long[: len(short)] == short or long[-len(short) :] == short
