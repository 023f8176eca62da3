"""Matching the compiled patterns against a text's items: which phrasings occur, and
which mentions fill their slots."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache

from agent.understanding.first_names import is_first_name
from agent.understanding.request_mentions import MENTION_KINDS, Item, spelled_words
from agent.understanding.request_rules import (
    SENTENCE_END,
    SENTENCE_START,
    Element,
    Pattern,
    Rules,
    load_rules,
)
from agent.understanding.request_tokens import without_accents

# Descriptions between a determiner and a name ("my old friend and colleague Ann").
MAX_DESCRIPTOR_WORDS = 5
# A role told by the titled name after its comma may run on further (see
# ``_titled_after_long_role``).
MAX_LONG_ROLE_WORDS = 12
MAX_LOWER_CASE_NAME_WORDS = 3
# An aside after a name ("Ann (our new CTO, ex-Stripe) to Bob").
MAX_APPOSITIVE_ITEMS = 16
_OPENERS = {"(": ")", "[": "]", ",": ",", "-": "-", "\u2013": "\u2013", "\u2014": "\u2014"}
_DASHES = frozenset({"-", "\u2013", "\u2014"})
# What may open a slot before the name: quotes, emphasis, a colon ("intro to: Ann").
_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u00ab", "\u00bb", "*", "_", ":", "<"})


@dataclass(frozen=True, init=False)
class Match:
    """One pattern found in the text, with the mentions each slot took."""

    pattern: Pattern
    start: int
    end: int
    slots: dict[str, tuple[Item, ...]]

    # Written out, not generated: the compiled build runs a written ``__init__`` as native
    # code, the one ``dataclass`` generates as Python, several times slower for a class
    # made this often.
    def __init__(
        self, pattern: Pattern, start: int, end: int, slots: dict[str, tuple[Item, ...]]
    ) -> None:
        object.__setattr__(self, "pattern", pattern)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "slots", slots)


def _slot(items: Sequence[Item], index: int, element: Element, rules: Rules) -> Iterator[int]:
    """Positions where a mention may start for a slot at ``index`` (after any descriptor)."""
    if index >= len(items):
        return
    if items[index].lower in _QUOTES and index + 1 < len(items):
        index += 1
    item = items[index]
    # Most slots open on no description: its generator is spared for them.
    descriptor = item.lower in rules.descriptor_starts or _elided_description(item, rules)
    described = list(_described(items, index, rules)) if descriptor else []
    if (
        not descriptor
        and item.kind == "word"
        and index > 0
        and items[index - 1].lower in rules.contracted_articles
    ):
        # "ser apresentada à curadora Johanna Kraus", "présenter au commissaire Jean
        # Roy": the word before the slot holds the article ("à" for "a a"), so the noun
        # after it opens a description as after the article written alone ("a a
        # curadora Johanna Kraus").
        described = list(_described(items, index - 1, rules, contracted=True))
    # A pronoun that is also an article is the article when a word follows it: always
    # for "les" or "le" (French and Spanish put an object pronoun before the verb, so
    # after "rencontrer" it is "les fondateurs"), and for "her" when a person follows
    # ("her cofounder Jane"), since "with her before Friday" has none. Before a verb that
    # takes it ("les présenter l'une à l'autre") or a word leading to the other party
    # ("presentarles a Pilar") it is the pronoun again.
    article = (
        descriptor
        and index + 1 < len(items)
        and items[index + 1].kind == "word"
        and items[index + 1].lower not in rules.pronoun_verbs
        # "presentar les a Pilar": before a word leading to the other party, no article.
        and items[index + 1].lower not in rules.other_party_preps
        and (item.kind in ("they", "you") or _describes(items, index, described, rules))
    )
    if item.kind == "name" and item.email is None:
        # "Clearflow's Head of Partnerships, Efua Asante (efua@...)": the one named after
        # what a company's holds, not the company.
        held = _possessed(items, index, rules)
        if held is not None:
            yield held
    if item.kind in MENTION_KINDS and not article:
        yield index
    if (
        item.kind == "word"
        and item.lower in rules.name_demonstratives
        and index + 1 < len(items)
        and items[index + 1].kind == "name"
    ):
        # "na huyo Zawadi", "to that Zawadi": the one named before, pointed at.
        yield index + 1
    if item.kind == "word":
        # "umtambulishe mwanariadha wangu Neema Laizer": a noun and the possessive after
        # it describe the one named next.
        possessed = _after_possessive(items, index, rules)
        if possessed is not None:
            yield possessed
    if item.kind == "word" and not descriptor:
        # "apresentar à diretora, ela se chama Sofia Garcia", "kwa mkurugenzi, anaitwa".
        named = _named_after(items, index + 1, rules)
        if named is None:
            named = _named_after_belonging(items, index, rules)
        if named is not None:
            yield named
    lowered = _lower_case_name_end(items, index, rules)
    if lowered is not None:
        # "intro me to james holloway james@x.org": a name typed in lower case, then its
        # address; the address is the mention.
        yield lowered
    yield from described


def owned_first_names(items: Sequence[Item], rules: Rules) -> set[str]:
    """The first names alone the writer calls someone of their own by, after a
    description opened by one of ``proxy_owners`` ("our battery & storage lead Priya",
    "notre responsable qualité Neema", "meneja wetu Neema"): a colleague a team's roster
    may name in full. After another's description ("my son and his friend Neema") or
    in a list ("my brother and sister Neema") a first name is no one of theirs."""
    named: set[str] = set()
    for index, item in enumerate(items):
        if item.kind != "word":
            continue
        found: list[int] = []
        if item.lower in rules.proxy_owners and item.lower in rules.descriptor_starts:
            found = list(_described(items, index, rules))
        elif any(after.lower in rules.proxy_owners for after in items[index + 1 : index + 3]):
            # "meneja wetu Neema": Swahili puts the possessive after the noun.
            possessed = _after_possessive(items, index, rules)
            found = [possessed] if possessed is not None else []
        named |= {
            person.name
            for person in (items[at] for at in found)
            if person.kind == "name" and person.name and " " not in person.name
        }
    return named


def _named_after_belonging(items: Sequence[Item], index: int, rules: Rules) -> int | None:
    """Where the one a noun at ``index`` and what it belongs to describe is named after
    the comma closing them ("msee wa venue ya Alchemist, anaitwa Otieno Odhiambo": the
    guy of the Alchemist's venue, he is called ...), as Swahili, with no article, opens
    a description on its noun: one of ``belonging_words`` right after the noun, then
    plain words and at most one name without an address (where they are), else None."""
    cursor = index + 1
    if cursor >= len(items) or items[cursor].lower not in rules.belonging_words:
        return None
    names = 0
    while cursor < len(items) and cursor - index <= MAX_DESCRIPTOR_WORDS:
        item = items[cursor]
        if item.lower in (",", "-"):
            return _named_after(items, cursor, rules)
        if item.kind == "name" and item.email is None and names == 0:
            names += 1
        elif item.kind != "word" or item.lower in rules.conjunctions:
            return None
        cursor += 1
    return None


def _elided_description(item: Item, rules: Rules) -> bool:
    """Whether a word is an article elided onto a noun ("l'agronome", "l'architecte"):
    a description opening, as "la" before "sommelière" opens one."""
    return (
        item.kind == "word"
        and item.lower.startswith(rules.elided_articles)
        and item.lower.partition("'")[2].isalpha()
    )


def _after_possessive(items: Sequence[Item], index: int, rules: Rules) -> int | None:
    """Where the one a noun and a possessive after it describe is named, the noun opening
    at ``index``: right after the possessive ("mwanariadha wangu Neema Laizer"), after a
    comma there ("makamu wangu, Rehema Said (...)"), the noun of two words too ("makamu
    mkuu wangu Rehema Said"), as Swahili puts what is the writer's after the noun."""
    at = index + 1
    if (
        at + 1 < len(items)
        and items[at].kind == "word"
        and items[at].lower not in rules.descriptor_possessives
        and items[at + 1].lower in rules.descriptor_possessives
    ):
        at += 1
    if at >= len(items) or items[at].lower not in rules.descriptor_possessives:
        return None
    at += 1
    if at + 1 < len(items) and items[at].lower == ",":
        at += 1
    elif at < len(items) and items[at].kind == "word":
        at = _qualified_to_comma(items, at, rules)
    if at < len(items) and items[at].kind in ("name", "email"):
        return at
    return None


def _qualified_to_comma(items: Sequence[Item], at: int, rules: Rules) -> int:
    """Past the words that qualify a noun after its possessive up to the comma before the
    name ("mwalimu wetu mkuu wa uchomeleaji, Bw. Joseph Mwakyusa": our head teacher of
    welding), or ``at`` itself: a few plain lower-case words and the comma, none joining
    people nor turning to the other party ("makamu wangu kwa wakala, Bw. ..." presents the
    deputy to the agent named after the comma)."""
    stops = rules.conjunctions | rules.other_party_preps | rules.thing_preps
    cursor = at
    while cursor < len(items) and cursor - at < MAX_DESCRIPTOR_WORDS:
        item = items[cursor]
        if item.lower == ",":
            return cursor + 1 if cursor > at else at
        if item.kind != "word" or not item.lower.isalpha() or item.lower in stops:
            return at
        cursor += 1
    return at


def _describes(items: Sequence[Item], index: int, described: Sequence[int], rules: Rules) -> bool:
    """Whether the words after ``index`` describe the person who follows them ("her
    cofounder Jane"), rather than carry on the phrasing ("her in touch with Oscar")."""
    if not described:
        return False
    between = items[index + 1 : described[-1]]
    return not any(item.lower in rules.literals for item in between if item.kind == "word")


def _possessed(items: Sequence[Item], index: int, rules: Rules) -> int | None:
    """Where the person starts after a company's role at ``index`` ("Clearflow's Head
    of Partnerships, Efua Asante (efua@...)"): a name with its address after the comma
    closing the role, or None."""
    cursor = index + 1
    if cursor >= len(items) or items[cursor].lower not in _POSSESSIVES:
        return None
    cursor += 1
    for _ in range(MAX_DESCRIPTOR_WORDS):
        if cursor + 1 >= len(items):
            return None
        item = items[cursor]
        if item.lower == "," and cursor > index + 2:
            after = items[cursor + 1]
            return cursor + 1 if after.kind == "name" and after.email else None
        if item.kind not in ("word", "name") or item.email or item.lower in rules.conjunctions:
            return None
        cursor += 1
    return None


_POSSESSIVES = frozenset({"'s", "\u2019s"})


def _role_in_apposition(items: Sequence[Item], cursor: int, rules: Rules) -> bool:
    """Whether the one capitalised word at ``cursor``, ending a description, is a noun
    saying what the one named after it between commas is ("unseren neuen JO-Trainer, Nico
    Bühler, mit ..."): no listed first name (in "my friend Anna, Bob Smith, and Carol"
    Anna is one of a list), the name after it of two words or more, a comma closing it."""
    item, named = items[cursor], items[cursor + 2]
    closing = cursor + 3
    return (
        item.name is not None
        and " " not in item.name
        and not is_first_name(item.name)
        and named.name is not None
        and " " in named.name
        and closing < len(items)
        and items[closing].lower == ","
    )


def _described(
    items: Sequence[Item], index: int, rules: Rules, contracted: bool = False
) -> Iterator[int]:
    """Where the person starts after a description opened at ``index`` ("my old friend
    Ann"), if it is one: ``contracted`` when the word there is a preposition holding the
    article (``contracted_articles``: "à curadora Johanna Kraus")."""
    if (
        contracted
        or items[index].lower in rules.descriptor_starts
        or _elided_description(items[index], rules)
    ):
        cursor = index + 1
        # After "at" or "au" a name without an address is a place or a company ("our
        # team at Stripe", "notre équipe au salon VivaTech"), not the person described.
        placed = False
        # A comma or a dash is no word: "nuestra jefa de ventas, Lucía Gómez (...)".
        examined = 0
        crossed = False
        while examined < MAX_DESCRIPTOR_WORDS:
            if cursor >= len(items):
                return
            item = items[cursor]
            if item.kind == "name" and _capitalised_role_word(items, index, cursor, rules):
                # "the County Chief Officer for Finance and Revenue in Kisumu", "the Head of
                # Procurement": a word of a job title written with capitals names no one;
                # the description goes on ("our Head of Digitisation, Ms Kavitha ...").
                cursor += 1
                examined += 1
                continue
            if item.kind in ("name", "email"):
                named = _named_after(items, cursor + 1, rules) if item.email is None else None
                if named is not None:
                    # "el encargado del local de Alchemist, se llama Otieno Odhiambo": the
                    # name is where the one described works; the naming after it, them.
                    yield named
                    return
                if item.email is None:
                    told_of = _clause_names_another(items, index, cursor, rules)
                    if told_of is not None:
                        # "o tanoeiro que o Sr. Aurélio menciona, o Sr. Manuel Pinho", "the
                        # cooper Aurelio mentions, Mr Manuel Pinho": the one named in the
                        # clause only says who the described one is; that one is named
                        # after its comma, if at all.
                        if told_of >= 0:
                            yield told_of
                        return
                if item.email is None and _names_organisation(items, cursor, rules):
                    # A role running on past where the one described works may name them
                    # after its comma ("la encargada del programa Adulto Mayor Activo de
                    # la Oficina Municipal de Deportes, la señora Ximena Riquelme").
                    titled = _titled_after_long_role(items, cursor, rules)
                    if titled is not None:
                        yield titled
                        return
                if (
                    item.email is None
                    and item.name
                    and item.name.split()[0].casefold() in rules.organisation_words
                ):
                    # "Sandrine, la sommelière du Clos des Lilas": where the one described
                    # works, a firm or a place ("Restaurant", "Domaine", "Hotel"), no one.
                    return
                comma = cursor + 1
                while (
                    item.email is None
                    and comma < min(len(items), cursor + 3)
                    and items[comma].kind == "word"
                    and items[comma].lower in rules.role_words
                ):
                    # "our Careers Lead, Fiona MacLeod (...)", "our Sales Manager, ...":
                    # a job title whose last word the text reads as a plain word.
                    comma += 1
                after = comma + 1
                if (
                    cursor > index + 1
                    and after + 1 < len(items)
                    and items[after].lower in rules.appositive_articles
                    and items[after + 1].kind == "name"
                ):
                    # "a nossa apresentadora do programa Machamba Viva, a Carolina Mucavele
                    # (...)": an article before the name the comma opens, after words of a
                    # description ("a Márcia Cavalcanti, a Marcela (...)" is another one).
                    after += 1
                if (
                    item.email is None
                    and after < len(items)
                    and items[comma].lower == ","
                    and items[after].kind == "name"
                    and (items[after].email or _role_in_apposition(items, cursor, rules))
                ):
                    # "the founder of Loomwork, Hannah Reid (hannah@...)": the named person.
                    # "unseren neuen JO-Trainer, Nico Bühler, mit ...": a German noun,
                    # written with its capital, and the one it describes between commas.
                    yield after
                if not placed or item.email:
                    yield cursor
                return
            if (
                item.lower == "-"
                and cursor + 1 < len(items)
                and items[cursor - 1].kind == "word"
                and items[cursor + 1].kind == "word"
                and items[cursor - 1].end == item.start
                and item.end == items[cursor + 1].start
            ):
                # "ma petite-fille Léa", "my daughter-in-law Mia": a hyphen inside a word.
                cursor += 1
                continue
            if item.lower in (",", "-"):
                named = _named_after(items, cursor, rules)
                if named is not None:
                    # "la directrice, elle s'appelle Sophie Garnier": the one described.
                    yield named
                    return
                cursor += 1
                crossed = True
                continue
            if (
                crossed
                and item.lower in rules.appositive_articles
                and cursor + 1 < len(items)
                and items[cursor + 1].kind == "name"
            ):
                # "à minha sócia, a Thaís Albuquerque (...)": an article before the name.
                cursor += 1
                continue
            if not crossed and _joins_title_fields(items, index, cursor, rules):
                # "our battery & storage lead Priya", "notre responsable achats et
                # logistique Priya": the conjunction joins two fields of one job title,
                # not two people.
                cursor += 1
                continue
            if not crossed and item.lower in rules.bare_relative_words:
                # "the cooper that Aurelio mentions, Manuel Pinho", "fundi ambaye Aurelio
                # anamtaja, Manuel Pinho": the one described named after the clause.
                named = _named_after_clause(items, cursor + 1, rules)
                if named >= 0:
                    yield named
                return
            if (
                crossed
                or item.kind != "word"
                or item.lower in rules.conjunctions
                or item.lower in rules.bare_relative_words
                # "introduce my cofounder to Felipe Araya (...) and Constanza Rojas
                # (...)": the word leading to the other party, named with an address
                # right after it, ends the description, whose one is not named; Felipe is
                # who they are to meet. An article of the same letters ("que a Rosa")
                # leads nowhere, nor does a place ("mon ami à Lyon, Paul Girard").
                or (
                    item.lower in rules.other_party_preps
                    and cursor + 1 < len(items)
                    and item.lower not in rules.epithet_articles
                    and items[cursor + 1].email is not None
                )
            ):
                # After a comma or a dash only the person may come: words there are a
                # clause ("the new process, says Daniel Cho"), not the description; nor
                # does one reach into a relative clause ("the new process which Daniel
                # Cho runs").
                return
            if (
                cursor + 1 < len(items)
                and (item.lower, items[cursor + 1].lower) in rules.placeless_roles
            ):
                # "my brother in law Steve Marsh", "le rédacteur en chef Paul Roy": a role
                # of words, one of them a place word, that places nothing.
                cursor += 2
                examined += 2
                continue
            # "ses partenaires à Lyon", "his partners in Lyon": a place, as after "at".
            placed = (
                placed or item.lower in rules.place_words or item.lower in rules.description_places
            )
            cursor += 1
            examined += 1
        if not crossed:
            # "la coordonnatrice des échanges de l'école de soins infirmiers là-bas, Mme
            # Luciana Barros": a role too long for the words above, told by the titled
            # or addressed name its comma brings.
            titled = _titled_after_long_role(items, cursor, rules)
            if titled is not None:
                yield titled


def _joins_title_fields(items: Sequence[Item], opened: int, at: int, rules: Rules) -> bool:
    """Whether the conjunction at ``at``, inside a description opened at ``opened``, joins
    two fields of one job title ("our battery & storage lead Priya", "our head of sales
    and marketing Priya", "notre responsable achats et logistique Priya", "nuestra jefa
    de ventas y marketing Lucía"): plain lower-case words on both sides, one of them one
    of ``role_words``, and a name right after the words that follow it. A conjunction
    that also leads to the other party (Swahili "na") joins nothing so; a second
    description ("my son and his friend Tom") or a role in neither part ("my brother and
    sister Priya") leaves two people."""
    item = items[at]
    if (
        item.lower not in rules.conjunctions
        or item.lower == ","
        or item.lower in rules.other_party_preps
        or at - 1 <= opened
    ):
        return False
    stops = (
        rules.descriptor_starts
        | rules.conjunctions
        | rules.other_party_preps
        | rules.bare_relative_words
        | rules.place_words
    )

    def plain(word: Item) -> bool:
        return word.kind == "word" and word.lower.isalpha() and word.lower not in stops

    if not plain(items[at - 1]):
        return False
    cursor = at + 1
    while cursor < len(items) and cursor - at <= MAX_DESCRIPTOR_WORDS and plain(items[cursor]):
        cursor += 1
    if cursor == at + 1 or cursor >= len(items) or items[cursor].kind != "name":
        return False
    return any(word.lower in rules.role_words for word in items[opened + 1 : cursor])


def _capitalised_role_word(items: Sequence[Item], opened: int, at: int, rules: Rules) -> bool:
    """Whether the name at ``at``, in a description opened at ``opened``, is a word of a
    job title written with capitals: right before ``role_words`` that run on to no comma
    nor dash ("the County Chief Officer for ...", not "our Careers Lead, Fiona MacLeod"),
    or right after one of them and a word linking it to what it heads ("the Head of
    Procurement", "Chief Officer for Finance"). A name with an address or a title, or
    opening on a listed first name, is a person's."""
    item = items[at]
    if item.email is not None or item.titled or not item.name:
        return False
    if is_first_name(item.name.split()[0]):
        return False
    after = at + 1
    while (
        after < len(items)
        and items[after].kind == "word"
        and items[after].lower in rules.role_words
    ):
        after += 1
    if after > at + 1:
        return after >= len(items) or items[after].lower not in (",", "-")
    links = rules.organisation_links | rules.belonging_words
    return (
        at - 2 > opened
        and items[at - 1].kind == "word"
        and items[at - 1].lower in links
        and items[at - 2].kind == "word"
        and items[at - 2].lower in rules.role_words
    )


def _titled_after_long_role(items: Sequence[Item], start: int, rules: Rules) -> int | None:
    """Where the one a long role describes is named, the role running on from ``start``
    past the words a description is read for ("the exchange coordinator at the nursing
    school over there, Ms Luciana Barros", "la coordinadora de intercambios de la escuela
    de enfermería de allí, la Sra. ..."): plain words (a hyphen inside one, as in
    "là-bas"), then a comma, perhaps one of ``appositive_articles``, and a name written
    with a title or its address, who can be no place nor firm. None when a name, a mark,
    a word joining people, a relative word, one of ``you_words`` or one turning to the
    other party comes first ("ma collègue à la directrice de l'école, Mme ..." presents
    the colleague to her)."""
    # A word of the one written to is a clause to them ("when you have a moment, Ms Lee"
    # calls them by name), not a role.
    stops = (rules.conjunctions | rules.bare_relative_words | rules.relative_words) | (
        rules.other_party_preps | rules.you_words
    )
    cursor = start
    while cursor < len(items) and cursor - start < MAX_LONG_ROLE_WORDS:
        item = items[cursor]
        if item.lower == ",":
            # "la presidenta del AMPA del CEIP San Sebastián, una tal Encarni": a phrase
            # naming the one described names them, titled or not.
            called = _named_after(items, cursor, rules)
            if called is not None:
                return called
            after = cursor + 1
            if after < len(items) and items[after].lower in rules.appositive_articles:
                after += 1
            if after < len(items) and items[after].kind == "name":
                named = items[after]
                return after if named.titled or named.email else None
            return None
        hyphen = (
            item.lower == "-"
            and cursor > start
            and cursor + 1 < len(items)
            and items[cursor - 1].end == item.start
            and item.end == items[cursor + 1].start
        )
        if item.kind == "name" and item.email is None and _names_organisation(items, cursor, rules):
            # "de la Oficina Municipal de Deportes": where the one described works.
            cursor += 1
            continue
        if not hyphen and (item.kind != "word" or not item.lower[:1].isalpha()):
            return None
        if item.lower in stops:
            return None
        cursor += 1
    return None


def _names_organisation(items: Sequence[Item], at: int, rules: Rules) -> bool:
    """Whether the name at ``at`` is an organisation's: opening on one of
    ``organisation_words`` ("Clos des Lilas", "Oficina Municipal de Deportes"), or right
    after one written in lower case saying what it names ("del programa Adulto Mayor
    Activo", "du label Quintal")."""
    name = items[at].name
    if not name:
        return False
    return name.split()[0].casefold() in rules.organisation_words or (
        at > 0 and items[at - 1].kind == "word" and items[at - 1].lower in rules.organisation_words
    )


def _clause_names_another(items: Sequence[Item], opened: int, at: int, rules: Rules) -> int | None:
    """Whether the name at ``at``, in a description opened at ``opened``, is the subject of
    a clause about the one described rather than that one: after a relative word that is
    no article ("le tonnelier que M. Fonseca mentionne", "el tonelero que el Sr. Fonseca
    menciona", "o tanoeiro que o Sr. Aurélio menciona"), or before a clause's word that
    runs on to a comma and a name ("the cooper Aurelio mentions, Manuel Pinho"). None
    when it is the one described; else where the one described is named after the
    clause's comma (an article may come first), or -1 when no name follows there."""
    related = any(
        items[k].lower in rules.relative_words and items[k].lower not in rules.descriptor_starts
        for k in range(opened + 1, at)
    )
    if not related and not _describes_the_one_before(items, opened, at, rules):
        return None
    named = _named_after_clause(items, at + 1, rules)
    if named >= 0:
        return named
    # With no relative word, a word after the name may be anything ("my friend Ann
    # tomorrow"): only a name after the clause's comma shows it was a clause.
    return -1 if related else None


def _named_after_clause(items: Sequence[Item], start: int, rules: Rules) -> int:
    """Where a name stands right after the comma closing a short clause that runs on
    from ``start`` ("menciona, o Sr. Manuel Pinho", "anamtaja, Manuel Pinho"), an
    article perhaps before it; -1 when none does. The clause holds words and at most one
    name without an address (who says it)."""
    cursor = start
    names = 0
    while cursor < len(items) and cursor - start <= MAX_DESCRIPTOR_WORDS + 1:
        item = items[cursor]
        if item.lower == ",":
            after = cursor + 1
            if after < len(items) and items[after].lower in rules.appositive_articles:
                after += 1
            if after < len(items) and items[after].kind in ("name", "email"):
                return after
            return -1
        if item.kind == "name" and item.email is None and names == 0:
            names += 1
        elif item.kind != "word" or item.lower in rules.conjunctions:
            return -1
        cursor += 1
    return -1


def _named_after(items: Sequence[Item], index: int, rules: Rules) -> int | None:
    """Where the name is when a comma or a dash at ``index`` is followed by a phrase
    naming the one just described and a name ("the director, she's called Sophie
    Garnier", "la directrice, elle s'appelle", "la directora, se llama", "der
    Direktorin, sie heißt", "à diretora, ela se chama", "mkurugenzi, anaitwa"), else
    None. The name must follow the phrase right away."""
    head = index + 1
    if head >= len(items) or items[index].lower not in (",", "-"):
        return None
    if items[head].lower not in rules.naming_heads:
        return None
    for phrase in rules.naming_phrases:
        after = head + len(phrase)
        if (
            after < len(items)
            and items[after].kind == "name"
            and tuple(item.lower for item in items[head:after]) == phrase
        ):
            return after
    return None


_ASIDE_MARKS = frozenset({"(", ")", "<", ">", "[", "]", ","})


def goes_on_unnamed(
    items: Sequence[Item], match: Match, rules: Rules, others: AbstractSet[int] = frozenset()
) -> bool:
    """Whether the person a match ends on is followed by someone else asked for whom the
    match leaves out: someone described but not named ("introduce me to Ravi Kumar
    (ravi@...) and his cofounder", "et son associé"), or someone named after a relative
    clause or where the match took only one ("introduce me to Amélie Roche (...), who
    runs their grants programme, and also to Bruno"), unless another match, one of
    ``others`` (where they start), reads them. That someone is asked for too and cannot
    be placed, so no pair of the match is certain."""
    cursor = _after_and(items, match, rules)
    if cursor is None or cursor >= len(items):
        return False
    if items[cursor].kind == "name" and cursor not in others:
        # One the match reads itself is not left out: a list item of two people told of
        # ("2) My PhD student Chidi Eze (...) and Ruth Abrams, who manages ... (...)"), or
        # one whose pair ends after its first person ("2. Außerdem sollten sich Jens
        # Albrecht (...) und Petra Lindner (...) kennenlernen"): whoever comes after them
        # is looked at in turn.
        read = [item for mentions in match.slots.values() for item in mentions]
        after = items[cursor]
        if any(
            item.start == after.start or (item.name and item.name == after.name) for item in read
        ):
            return goes_on_unnamed(items, replace(match, end=cursor + 1), rules, others)
        return True
    if items[cursor].lower not in rules.descriptor_starts:
        return False
    return next(_described(items, cursor, rules), None) is None


def named_after_aside(items: Sequence[Item], match: Match, rules: Rules) -> Match | None:
    """The further pair of the same kind a match goes on to after an aside: "could you
    introduce me to Amélie Roche (...), who runs their grants programme, and also to
    Bruno, the CFO at GreenLeaf?" asks for the writer with Bruno too. Only after a
    relative clause about the one the match ends on, and for a name, not what is theirs
    ("and Bruno's team")."""
    if "B" not in match.slots:
        return None
    cursor = _after_and(items, match, rules, aside=True)
    if cursor is None or cursor >= len(items) or items[cursor].kind != "name":
        return None
    if cursor + 1 < len(items) and items[cursor + 1].lower in _POSSESSIVES:
        return None
    return Match(match.pattern, cursor, cursor + 1, {**match.slots, "B": (items[cursor],)})


def _after_and(
    items: Sequence[Item], match: Match, rules: Rules, aside: bool = False
) -> int | None:
    """Where someone else asked for would stand after the person a match ends on: past
    addresses, the marks around asides and a relative clause about them (", who runs
    their grants programme,"), a conjunction, and the words that led to the person,
    which may come again ("and also to"). None where no conjunction follows, or, with
    ``aside``, where no relative clause came before it."""
    # The pattern up to its last person: a verb may close it ("mich Amélie Roche
    # vorstellen, ..., und auch Bruno").
    elements = match.pattern.elements
    while elements and elements[-1].slot is None:
        elements = elements[:-1]
    if not elements:
        return None
    cursor = _past_asides(items, match.end)
    clause = cursor < len(items) and items[cursor].lower in rules.relative_words
    if clause:
        # ", who runs their grants programme,": a clause about the person, to its comma.
        while cursor < len(items) and items[cursor].lower != "," and items[cursor].kind != "end":
            cursor += 1
        if cursor >= len(items) or items[cursor].lower != ",":
            return None
        cursor = _past_asides(items, cursor)
    elif aside:
        return None
    if cursor >= len(items) or items[cursor].lower not in rules.conjunctions:
        return None
    cursor += 1
    # "and also to his cofounder": the words before the person may come again.
    before: set[str] = set()
    for element in reversed(elements[:-1]):
        # Every word step between the last two slots ("à|a|au", "auprès de?").
        if element.slot is not None:
            break
        before |= element.words
    again = rules.also_words | before | elements[-1].repeat
    while cursor < len(items) and items[cursor].kind == "word" and items[cursor].lower in again:
        cursor += 1
    return cursor


def _describes_the_one_before(items: Sequence[Item], opened: int, at: int, rules: Rules) -> bool:
    """Whether the description opened at ``opened`` after a comma, and the one named at
    ``at`` after it, say who the person before the comma is by what that one does or
    whose they are: a relative word in the description ("la diseñadora que Priti
    menciona", "the designer whom Priti met"), one of ``possessor_preps`` right before
    the name ("the Canadian client of Mrs Tremblay", "la cliente de Mme Tremblay"), or,
    with neither, a word of a clause right after the name that no list of people goes on
    with ("the product designer Priti mentions below", "the designer Priti recommended"):
    no conjunction, reason, place, phrasing word or function word ("the designer Bob Ray,
    and", "my colleague Bob about the launch", "my friend Bob at Acme" each name one
    more)."""
    named = items[at]
    if named.kind != "name" or named.email is not None:
        return False
    if any(items[k].lower in rules.relative_words for k in range(opened, at)):
        return True
    if at - 1 > opened and items[at - 1].lower in rules.possessor_preps:
        # "to Lena Moss, the Canadian client of Mrs Tremblay": whose client Lena is.
        return True
    after = at + 1
    if after >= len(items) or items[after].kind != "word":
        return False
    word = items[after].lower
    return (
        word.isalpha()
        and word not in rules.conjunctions
        and word not in rules.list_reasons
        and word not in rules.place_words
        and word not in rules.literals
        and word not in rules.stop_names
    )


def _past_asides(items: Sequence[Item], cursor: int) -> int:
    """The first position from ``cursor`` past addresses and the marks around asides."""
    while cursor < len(items) and (
        items[cursor].kind == "email" or items[cursor].lower in _ASIDE_MARKS
    ):
        cursor += 1
    return cursor


def _lower_case_name_end(items: Sequence[Item], index: int, rules: Rules) -> int | None:
    """The position of an address right after one to three lower-case words at ``index``
    that are no word of the phrasings, else None."""
    cursor = index
    while cursor < len(items) and cursor - index < MAX_LOWER_CASE_NAME_WORDS:
        item = items[cursor]
        if item.kind != "word" or not item.lower.isalpha() or item.lower in rules.literals:
            break
        cursor += 1
    if cursor > index and cursor < len(items) and items[cursor].kind == "email":
        return cursor
    return None


def _slot_starts(
    items: Sequence[Item],
    index: int,
    element: Element,
    rules: Rules,
    seen: dict[int, tuple[int, ...]] | None,
) -> Iterable[int]:
    """What ``_slot`` gives at ``index``, worked out once per position of one text:
    ``seen`` keeps it (``_slot`` reads only the items, the position and the rules, never
    the element), as the patterns tried at nearby starts reach the same slots again."""
    if seen is None:
        return _slot(items, index, element, rules)
    starts = seen.get(index)
    if starts is None:
        starts = tuple(_slot(items, index, element, rules))
        seen[index] = starts
    return starts


def _mentions(
    items: Sequence[Item],
    index: int,
    element: Element,
    rules: Rules,
    grouped: bool = False,
    seen: dict[int, tuple[int, ...]] | None = None,
) -> Iterator[tuple[int, tuple[Item, ...]]]:
    """Every way a slot can be filled at ``index``: the end position and its mentions;
    with ``grouped`` (the text holds a colon and a word of ``people_groups``), first the
    members of a group listed after a colon (``_group_members``). ``seen`` keeps the
    slot starts found for the text (``_slot_starts``)."""
    if grouped and element.slot == "B":
        yield from _group_members(items, index, rules)
    for first in _slot_starts(items, index, element, rules, seen):
        found = [items[first]]
        end = first + 1
        if (
            items[first].kind == "name"
            and items[first].email is None
            and end < len(items)
            and (items[end].lower in _DESCRIPTION_OPENERS or _placed_lower(items, end, rules))
        ):
            described = _described_address(items, first, rules)
            if described is not None:
                # "Ms Hanne Kjær, Director at the Danish Chamber of Commerce (hkj@...)":
                # the address closing the description of the one named is theirs.
                yield described
                after, taken = described
                if after < len(items) and items[after].lower == ",":
                    yield after + 1, taken
        if element.many:
            while end + 1 < len(items) and items[end].lower in rules.conjunctions:
                step = end + 1
                if items[step].lower in rules.conjunctions:
                    step += 1
                if step + 1 < len(items) and items[step].lower in rules.also_words:
                    # "me with Juha and also with his colleague Aino".
                    step += 1
                if step + 1 < len(items) and items[step].lower in element.repeat:
                    step += 1
                opened = step
                if step < len(items) and items[step].kind not in ("name", "email", "self"):
                    # "and his colleague Aino": the person after the description.
                    step = next(_described(items, step, rules), step)
                if (
                    items[end].lower == ","
                    and step > opened
                    and _describes_the_one_before(items, opened, step, rules)
                ):
                    # "to Amara Nwosu (...), the product designer Priti mentions below":
                    # the one before described by what another says of her, no one else.
                    break
                if (
                    items[end].lower == ","
                    and step > opened
                    and step < len(items)
                    and items[step].kind == "name"
                    and items[step].email is None
                    and any(items[k].lower in rules.belonging_words for k in range(end + 1, step))
                ):
                    # "to Aoife Brennan (...), our Head of Platform", "con Mariana, la de
                    # Fondo Semilla", "à Bernard Goutorbe, de la minoterie Goutorbe": a
                    # description after the comma saying what the one before belongs to
                    # names a team or a firm, no one else asked for.
                    break
                if items[end].lower == "," and _role_at(items, step, rules):
                    # "to Daniel Osei, General Counsel at ...": a job title after a name
                    # and a comma describes them, it is no one else.
                    break
                if (
                    step < len(items)
                    and items[end].lower in rules.place_words
                    and _names_a_workplace(items[step])
                ):
                    # "kwa Kwame Asante na Petrobras (contato@...)": Swahili "na" joins
                    # people, and says where one works in Portuguese; a firm's name no
                    # address spells is where Kwame works, no one else asked for.
                    break
                if step < len(items) and items[step].kind in ("name", "email", "self"):
                    found.append(items[step])
                    end = step + 1
                    continue
                break
        yield end, tuple(found)
        if end < len(items) and items[end].lower == ",":
            yield end + 1, tuple(found)
            if found[-1].email:
                arrow = _arrow_after_description(items, end + 1)
                if arrow is not None:
                    # "1. Tom Reilly (t.reilly@...), final-year MEng Mechanical -> Jan
                    # Hollmann (...)": what the one written with an address studies or
                    # does, up to the arrow pairing them with the next.
                    yield arrow, tuple(found)
        pointed = _past_pointer(items, end, found[-1], rules)
        if pointed is not None:
            # "kannst du den joseph unten mit der anna ... zusammenbringen", "connect
            # Joseph below with Anna": a word pointing at where the one named stands (the
            # mail forwarded below, the copy line) says which one, and names no one else.
            yield pointed, tuple(found)
        met = _past_event(items, end, found[-1], rules)
        if met is not None:
            # "mit der anna vom röster-abend letzte woche zusammenbringen": where and when
            # the one named was met says which one, between her and the verb closing the
            # ask; it is no one asked for.
            yield met, tuple(found)
        placed = _past_workplace(items, end, found[-1], rules)
        if placed is not None:
            # "mich Anna Lehmann bei Lumen (info@...) vorstellen": where she works stands
            # between her and the verb closing the ask; it is no one asked for.
            yield placed, tuple(found)
        closer = _OPENERS.get(items[end].lower) if end < len(items) else None
        if closer is None:
            continue
        past = _aside_end(items, end, closer)
        if past is None:
            continue
        yield past, tuple(found)
        if closer == "," and _only_describes(items[end + 1 : past - 1]):
            # "o Sr. Joaquim Mestre (...), produtor de cortiça na Herdade da Fonte Boa,
            # concelho de Mora, ao Prof. ...": a second description naming no one.
            for further in _further_descriptions(items, past - 1):
                yield further, tuple(found)
        if closer in _BRACKET_CLOSERS and past < len(items) and items[past].lower == ",":
            # "Ms. Leila Haddad (her address is leila@...), to Ambassador ...": the comma
            # after the bracket closes the mention, as after a name.
            yield past + 1, tuple(found)
        if closer in _BRACKET_CLOSERS and past < len(items):
            # "introduce Wei (cc'd), a final-year student, to Niamh": a bracket, then a
            # description between commas, both about the one named.
            again = _OPENERS.get(items[past].lower)
            if again is not None and again not in _BRACKET_CLOSERS:
                closed = _aside_end(items, past, again)
                if closed is not None and _only_describes(items[past + 1 : closed - 1]):
                    yield closed, tuple(found)
                    # "Wei (cc'd), a final-year student, from Leeds, to Niamh".
                    for further in _further_descriptions(items, closed - 1):
                        yield further, tuple(found)


# Descriptions between commas that may follow a first one about the same person.
MAX_FURTHER_DESCRIPTIONS = 1


def _further_descriptions(items: Sequence[Item], comma: int) -> Iterator[int]:
    """Where each further description between commas ends, after the one that closed on
    the comma at ``comma``: each only describes the one named before it (``_only_describes``:
    "concelho de Mora", "from Leeds"), so the ask goes on after it; one naming someone
    stops them."""
    for _ in range(MAX_FURTHER_DESCRIPTIONS):
        if comma >= len(items) or items[comma].lower != ",":
            return
        closed = _aside_end(items, comma, ",")
        if closed is None or not _only_describes(items[comma + 1 : closed - 1]):
            return
        yield closed
        comma = closed - 1


# Arrows joining the two of a pair in a list item: "->" is written as two marks.
_ARROWS = frozenset({"\u2192", "\u27f6", "\u21d2", "\u2194", "\u21c4"})


def _arrow_after_description(items: Sequence[Item], start: int) -> int | None:
    """Where an arrow ("->", "→") stands after a description opening at ``start`` that
    only describes the one named before it (``_only_describes``), within its sentence and
    a few items; None when there is none."""
    for cursor in range(start + 1, min(len(items) - 1, start + MAX_APPOSITIVE_ITEMS)):
        item = items[cursor]
        if item.kind == "end":
            return None
        arrow = item.lower in _ARROWS or (
            item.lower == "-"
            and items[cursor + 1].lower == ">"
            and item.end == items[cursor + 1].start
        )
        if arrow:
            described = items[start:cursor]
            return cursor if _only_describes(described) or _only_titles(described) else None
    return None


def _only_titles(aside: Sequence[Item]) -> bool:
    """Whether an aside is capitalised words alone that name no one: a degree or a course
    ("MSc Food Science", "BSc Dental Technology"), no listed first name opening it, no
    title, no address."""
    return bool(aside) and all(
        item.kind == "name"
        and item.email is None
        and not item.titled
        and not is_first_name((item.name or "").split()[0])
        for item in aside
    )


def _names_a_workplace(item: Item) -> bool:
    """Whether a name read after a word that both joins people and says where one works
    ("na") names a firm: it opens on no listed first name, and an address read with it
    spells none of it ("Petrobras (contato@...)", not "Amina Said (amina.said@...)")."""
    if item.kind != "name" or not item.name or is_first_name(item.name.split()[0]):
        return False
    return item.email is None or not spelled_words(item.name, item.email.partition("@")[0])


def _past_pointer(items: Sequence[Item], end: int, person: Item, rules: Rules) -> int | None:
    """The position past one of ``pointer_marks`` written right after a name, no bracket
    around it ("Joseph below", "Joseph unten", "Joseph ci-dessous", "Joseph hapa chini"),
    or None."""
    if person.kind != "name" or end >= len(items):
        return None
    for mark in rules.pointer_words_by_head.get(items[end].lower, ()):
        past = end + len(mark)
        if past <= len(items) and tuple(item.lower for item in items[end:past]) == mark:
            return past
    return None


# How many items may name the occasion the one named was met at, between the place word
# and the time ("vom Röster-Abend letzte Woche": "röster", "-", "abend").
MAX_EVENT_ITEMS = 4


def _past_event(items: Sequence[Item], end: int, person: Item, rules: Rules) -> int | None:
    """The position past where and when the one named, without an address, was met: one
    of ``place_words``, one to four items naming the occasion (words, hyphens, names
    opening on no listed first name) and one of ``event_times`` ("Anna vom Röster-Abend
    letzte Woche", "Anna from the roasting evening last week", "Anna bei der Weinprobe
    gestern"), or None. Without the time the words after the place may be anything ("Anna
    from the team will help"), and are left to be read. The one named is a person: titled,
    or named by a listed first name or two words; "mit dem Konditor vom Abendessen letzte
    Woche" names no one, a German noun written with its capital."""
    if (
        person.kind != "name"
        or person.email is not None
        or end + 2 >= len(items)
        or items[end].lower not in rules.place_words
        or not person.name
    ):
        return None
    words = person.name.split()
    if not (person.titled or len(words) > 1 or is_first_name(words[0])):
        return None
    for cursor in range(end + 2, min(len(items), end + 2 + MAX_EVENT_ITEMS)):
        past = _past_event_time(items, cursor, rules)
        if past is not None:
            return past
        if not _names_an_occasion(items[cursor]):
            return None
    return None


def _names_an_occasion(item: Item) -> bool:
    """Whether an item may be a word of an occasion's name: a word, a hyphen, or a name
    without an address opening on no listed first name ("Röster-Abend")."""
    if item.kind == "word" or item.lower == "-":
        return True
    return (
        item.kind == "name"
        and item.email is None
        and bool(item.name)
        and not is_first_name((item.name or "").split()[0])
    )


def _past_event_time(items: Sequence[Item], at: int, rules: Rules) -> int | None:
    """The position past one of ``event_times`` at ``at``, or None."""
    for time in rules.event_times_by_head.get(items[at].lower, ()):
        past = at + len(time)
        if past <= len(items) and tuple(item.lower for item in items[at:past]) == time:
            return past
    return None


def _past_workplace(items: Sequence[Item], end: int, person: Item, rules: Rules) -> int | None:
    """The position past where the one named, without an address, works, when a place
    word, or a particle their name did not take in, and an organisation's name follow
    them ("Anna Lehmann bei Lumen (info@...)", "Ann Bell at Lumen", "Frau Dr. Nadia
    Rahimi von AquaSense"), and past the town it is in, if one follows ("von AquaSense in
    Winterthur"), or None. An organisation's name opens on no listed first name ("bei
    Anna Müller" is with a person); an address read with it is the organisation's, no
    one's asked for."""
    if person.kind != "name" or person.email is not None or end + 1 >= len(items):
        return None
    lead = items[end].lower
    if (
        lead not in rules.place_words
        and lead not in rules.organisation_leads
        and (lead not in rules.name_particles or lead in rules.name_articles)
    ):
        return None
    workplace = items[end + 1]
    if workplace.kind != "name" or not workplace.name:
        return None
    if is_first_name(workplace.name.split()[0]):
        return None
    past = end + 2
    if past < len(items) and items[past].lower in _POSSESSIVE_ENDINGS:
        # "Joanne at St Cuthbert's Hospice", "Joanne from St Cuthbert's": a name in the
        # possessive, perhaps before the rest of the organisation's name, is still where
        # she works.
        past += 1
        if past < len(items) and items[past].kind == "name" and items[past].email is None:
            past += 1
    # "Anna Lehmann bei Lumen in Wien": the town the workplace is in.
    return _past_town(items, past, rules)


def _past_town(items: Sequence[Item], at: int, rules: Rules) -> int:
    """The position past a town at ``at`` (one of ``organisation_places`` and a name
    that opens on no listed first name, without an address or a title: "in
    Winterthur"), else ``at``."""
    if at + 1 >= len(items) or items[at].lower not in rules.organisation_places:
        return at
    town = items[at + 1]
    if town.kind != "name" or not town.name or town.email is not None or town.titled:
        return at
    return at if is_first_name(town.name.split()[0]) else at + 2


# The possessive's ending as the tokens split it off a name ("St Cuthbert's").
_POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s"})


# The marks closing a bracketed aside, which a description between commas may follow.
_BRACKET_CLOSERS = frozenset({")", "]"})


def _only_describes(aside: Sequence[Item]) -> bool:
    """Whether an aside between commas only describes the one named before it: it holds
    words ("a final-year Environmental Science student", "Student im letzten Jahr") and
    names no one, no first name opening a name in it nor an address ("Oliver Brandt",
    "our intern Oliver" list one more)."""
    if not any(item.kind == "word" and item.lower.isalpha() for item in aside):
        return False
    return not any(
        item.kind in ("email", "self", "you", "they", "us")
        or (item.kind == "name" and (item.email or is_first_name((item.name or "").split()[0])))
        for item in aside
    )


def _aside_end(items: Sequence[Item], opened: int, closer: str) -> int | None:
    """The position right past the mark ``closer`` that closes the aside opened at
    ``opened``, within a few items and its sentence, else None."""
    for cursor in range(opened + 1, min(len(items), opened + MAX_APPOSITIVE_ITEMS)):
        if items[cursor].kind == "end":
            return None
        if items[cursor].lower == closer and not _joins_word(items, cursor):
            return cursor + 1
    return None


# What opens a description between a name and its address ("Ann Lee, CFO at Acme (...)").
_DESCRIPTION_OPENERS = frozenset({",", "-", "\u2013", "\u2014"})
# What opens and closes the address of such a description.
_ADDRESS_OPENERS = frozenset({"(", "<", "["})
_ADDRESS_CLOSERS = frozenset({")", ">", "]"})
# Items a description may hold before its address ("Director of International Affairs at
# the Danish Chamber of Commerce", "consejero delegado de Beltrán Logística, S.L.").
MAX_DESCRIPTION_ITEMS = 20
_DESCRIPTION_STOPS = frozenset({"self", "us", "you", "third", "they", "group", "call", "end"})


def _described_address(
    items: Sequence[Item], first: int, rules: Rules
) -> tuple[int, tuple[Item, ...]] | None:
    """The one named at ``first`` with the address that closes a description of them, and
    where the mention ends, past the address's bracket and a comma: "Mr Olusegun Adeyemi,
    Minister-Counsellor (Trade) (o.adeyemi@...)", "Herrn Dr. Matthias Brenner, Partner bei
    Brenner Steuerberatung in Zürich (m.brenner@...)". The address is theirs when it
    spells their name, or when the description opens on a job title (``role_words``:
    "Ms Hanne Kjær, Director of International Affairs at the Danish Chamber of Commerce
    (hkj@...)") and spells no one named in it nor a shared mailbox. A description holding
    a relative clause, a conjunction (but one joining two words of a job title: "expert-comptable
    et commissaire aux comptes"), a pronoun, a sentence's end, someone named after a
    title, or someone else the address spells, leaves the address to them ("Ann Lee, CFO,
    and Bob Ray (bob@...)", "Ann Lee, assistant to Mr Chen (office@...)"); a relative
    word that is also an article opens a clause only after a comma ("Frau Anja Wendel,
    Geschäftsführerin der Wendel Logistik GmbH & Co. KG (a.wendel@...)"). A relative
    clause still gives the address to the one described when it spells their name whole,
    first name and surname ("Cheikh Mbaye, maçon-formateur à Thiès, qui construit des
    latrines (cheikhmbaye.latrines@...)"), as no one else's address would."""
    name = items[first]
    cursor = first + 2
    limit = min(len(items), cursor + MAX_DESCRIPTION_ITEMS)
    others: list[Item] = []
    clause = False
    while cursor < limit:
        item = items[cursor]
        if item.kind == "email" or (item.kind == "name" and item.email is not None):
            break
        if item.kind in _DESCRIPTION_STOPS:
            return None
        if item.lower in rules.relative_words and (
            item.lower not in rules.title_articles or items[cursor - 1].lower == ","
        ):
            # "Paul Roth, der Bob kennt": a relative clause; "Geschäftsführerin der
            # Wendel Logistik KG" is an article in German, as in ``_described_names``.
            # The address after it is theirs only if it spells their name whole.
            clause = True
        if (
            item.lower != "&"
            and item.lower in rules.conjunctions
            and item.lower != ","
            and not _joins_lower_words(items, cursor)
        ):
            return None
        if item.kind == "name":
            if item.titled:
                return None
            others.append(item)
        cursor += 1
    else:
        return None
    address = items[cursor]
    if cursor == first + 2 or address.email is None:
        return None
    if items[first + 1].lower not in _DESCRIPTION_OPENERS and (
        others or not spelled_words(name.name or "", address.email.partition("@")[0].casefold())
    ):
        # "o Vilmar da borracharia (info@...)": after a workplace, no comma before it, the
        # address may be the workplace's; it is the one named's only when it spells them.
        return None
    if address.kind == "email" and items[cursor - 1].lower not in _ADDRESS_OPENERS:
        # "Raj - his address is raj@...": an address told in words, not a description's.
        return None
    if address.kind == "name":
        others.append(address)
    local = address.email.partition("@")[0].casefold()
    if local in rules.mailbox_words:
        return None
    own = spelled_words(name.name or "", local)
    theirs = [spelled_words(other.name or "", local, opening=True) for other in others]
    if any(spelled - own for spelled in theirs):
        return None
    if not own and (any(theirs) or not _role_at(items, first + 2, rules)):
        return None
    if clause and not _spelled_whole(name.name or "", own):
        return None
    end = cursor + 1
    if address.kind == "email" and end < len(items) and items[end].lower in _ADDRESS_CLOSERS:
        end += 1
    return end, (
        Item("name", name.lower, name.start, name.end, name.name, address.email, name.titled),
    )


def _placed_lower(items: Sequence[Item], at: int, rules: Rules) -> bool:
    """Whether one of ``workplace_preps`` at ``at`` opens where the one named before it
    works, told in lower-case words ("Vilmar da borracharia (...)", "Ann from the tyre
    shop (...)", "Ana de la panadería"): a description, no comma before it."""
    return (
        items[at].lower in rules.workplace_preps
        and at + 1 < len(items)
        and items[at + 1].kind == "word"
        and items[at + 1].lower.isalpha()
    )


def _spelled_whole(name: str, spelled: AbstractSet[str]) -> bool:
    """Whether ``spelled``, the words of ``name`` an address spells (``spelled_words``),
    are all of its words, two at least: a first name and a surname."""
    words = {without_accents(word) for word in name.casefold().replace("-", " ").split()}
    return len(words) > 1 and words <= spelled


def _joins_lower_words(items: Sequence[Item], at: int) -> bool:
    """Whether the conjunction at ``at`` joins two words of one job title, a lower-case
    word right before it and right after it ("expert-comptable et commissaire aux
    comptes", "auditor and tax adviser"): it names no one more, as "Ann Lee, CFO, and Bob
    Ray" does after a comma or before a name."""
    if at < 1 or at + 1 >= len(items):
        return False
    before, after = items[at - 1], items[at + 1]
    return (
        before.kind == "word"
        and after.kind == "word"
        and before.lower.isalpha()
        and after.lower.isalpha()
    )


def _joins_word(items: Sequence[Item], at: int) -> bool:
    """Whether the mark at ``at`` is a hyphen inside a word, written with no space on
    either side ("e-meet", "ex-Stripe", "co-fondatrice"): it closes no aside a dash
    opened, so "Ellie - great to e-meet you" is no "Ellie (...) meet you"."""
    return (
        0 < at < len(items) - 1
        and items[at].lower in _DASHES
        and items[at - 1].end == items[at].start
        and items[at].end == items[at + 1].start
    )


# A group of people named as an ask's object, up to the colon before its members ("the
# Acme founders:", "den Gründern von Acme in Kontakt bringen:").
MAX_GROUP_ITEMS = 8
_GROUP_PARTS = re.compile(r"[\s\-]+")


def names_people_group(lower: str, rules: Rules) -> bool:
    """Whether a word or a name (``Item.lower``) is or holds one of ``people_groups``
    ("founders", "acme-gründern", "gründern von acme")."""
    if lower in rules.people_groups:
        return True
    return any(part in rules.people_groups for part in _GROUP_PARTS.split(lower))


def _group_members(
    items: Sequence[Item], index: int, rules: Rules
) -> Iterator[tuple[int, tuple[Item, ...]]]:
    """A group of people as a slot's person, its members listed after a colon: "connect
    me with the Acme founders: Ana Lopes (...) and Rui Costa (...)", "stell mich den
    Acme-Gründern vor: ...", "me conecta aos sócios da Acme: ...", "mets-moi en relation
    avec les associés d'Acme : ...", "uniunganishe na waanzilishi wa Acme: ...". The group
    is words and names without an address, one of them of ``people_groups``, up to the
    colon; the list after it is two people or more, each a name (with its address or not)
    or an address, joined by commas and conjunctions, and closes the sentence; a counted
    group ("two people", ``pair_counts``) is none. The slot
    ends at the colon, or before the words of the phrasing that close it ("vor", "in
    Kontakt bringen"); its people are the members. A list of anything else, or one going
    on after its last person, and no members."""
    colon = head = None
    for at in range(index, min(len(items), index + MAX_GROUP_ITEMS)):
        item = items[at]
        if item.lower == ":":
            colon = at
            break
        if (
            item.kind not in ("word", "name", "they")
            or item.email
            or item.lower in rules.conjunctions
        ):
            return
        if head is None and names_people_group(item.lower, rules):
            head = at
    if colon is None or head is None or _counted(items[index:colon], rules):
        return
    members: list[Item] = []
    at = colon + 1
    while True:
        if at >= len(items) or items[at].kind not in ("name", "email"):
            return
        members.append(items[at])
        at += 1
        if at >= len(items) or items[at].kind == "end":
            break
        if items[at].lower not in rules.conjunctions:
            return
        at += 1
        if at < len(items) and items[at].lower in rules.conjunctions:
            # ", and Rui Costa".
            at += 1
    if len(members) < 2:
        return
    found = tuple(members)
    yield colon, found
    end = colon - 1
    while end > head and items[end].kind == "word" and items[end].lower in rules.literals:
        yield end, found
        end -= 1


def _counted(phrase: Sequence[Item], rules: Rules) -> bool:
    """Whether a group holds one of ``pair_counts`` ("two people", "deux personnes"): a
    counted group is read as the writer's wish to connect them ("I'd love to connect with
    two people at Acme: ..."), not here."""
    words = [item.lower for item in phrase]
    return any(
        tuple(words[at : at + len(count)]) == count
        for count in rules.pair_counts
        for at in range(len(words) - len(count) + 1)
    )


def _role_at(items: Sequence[Item], index: int, rules: Rules) -> bool:
    """Whether a job title opens at ``index``: a word of ``role_words`` there or right
    after it ("General Counsel", "Regional Director", "Directeur général", "Director
    General", "Geschäftsführer", "Diretor-Geral", "Mkurugenzi Mkuu")."""
    for at in range(index, min(index + 2, len(items))):
        word = items[at].lower.split(" ", 1)[0]
        if items[at].kind in ("word", "name") and (
            word in rules.role_words or word.split("-", 1)[0] in rules.role_words
        ):
            return True
    return False


def _search(
    pattern: Pattern,
    position: int,
    items: Sequence[Item],
    index: int,
    bound: dict[str, tuple[Item, ...]],
    rules: Rules,
    start: int,
    grouped: bool = False,
    seen: dict[int, tuple[int, ...]] | None = None,
) -> tuple[int, dict[str, tuple[Item, ...]]] | None:
    """The first way, depth first, that ``pattern`` from its element ``position`` on
    matches at ``index`` and ends an acceptable match begun at ``start``: its end and
    slots, or None. A word step tries the word first, then skipping an optional one; a
    slot tries each way a mention may fill it, in the order ``_mentions`` gives them."""
    elements = pattern.elements
    if position == len(elements):
        return (index, bound) if index > start and _acceptable(pattern, bound, rules) else None
    element = elements[position]
    if SENTENCE_START in element.words:
        # "Apresenta a Beatriz ao Rui": only where a sentence or a paragraph opens.
        if index > 0 and items[index - 1].kind != "end" and not _greeted(items, index, rules):
            return None
        return _search(pattern, position + 1, items, index, bound, rules, start, grouped, seen)
    if element.slot is None:
        if (
            index < len(items)
            and items[index].kind != "end"
            and items[index].lower in element.words
        ):
            found = _search(
                pattern, position + 1, items, index + 1, bound, rules, start, grouped, seen
            )
            if found is not None:
                return found
        if (
            position == 1
            and elements[0].slot == "A"
            and all(item.kind == "name" for item in bound.get("A", ()))
        ):
            # "Tiago Mendes (...) just started as a catechist and needs to meet Fátima
            # Rocha": one named is the subject of the ask after a clause of plain words
            # and a conjunction too; a pronoun ("los", "them") may be another's object.
            after = _coordinated(items, index, rules)
            if after and items[after].lower in element.words:
                found = _search(pattern, position, items, after, bound, rules, start, grouped, seen)
                if found is not None:
                    return found
        at_end = index >= len(items) or items[index].kind == "end"
        if not at_end and items[index].lower == "," and SENTENCE_END in element.words:
            at_end = _us_restated(items, index, bound, rules)
        if element.optional or (at_end and SENTENCE_END in element.words):
            return _search(pattern, position + 1, items, index, bound, rules, start, grouped, seen)
        return None
    for end, mentions in _mentions(items, index, element, rules, grouped, seen):
        found = _search(
            pattern,
            position + 1,
            items,
            end,
            {**bound, element.slot: mentions},
            rules,
            start,
            grouped,
            seen,
        )
        if found is not None:
            return found
    return None


# How many plain words a clause between a subject and a conjunction may take ("just
# started as a catechist of the confirmation class and ...").
MAX_COORDINATED_WORDS = 10


def _coordinated(items: Sequence[Item], index: int, rules: Rules) -> int:
    """The index right after one of ``clause_conjunctions`` that closes a clause of plain
    words opening at ``index`` ("started as a catechist and"), a word after it, or 0: a
    clause naming someone, or holding a comma or a sentence end, is none, nor a letter
    before a hyphen ("e-meet")."""
    for at in range(index, min(index + MAX_COORDINATED_WORDS + 1, len(items) - 1)):
        item = items[at]
        if item.kind != "word":
            return 0
        if item.lower in rules.clause_conjunctions:
            after = items[at + 1]
            if at > index and after.kind == "word":
                return at + 1
            return 0
    return 0


# How many words a greeting opening a sentence may take before its comma ("Buenos días
# Ana,").
MAX_GREETING_ITEMS = 4


def _greeted(items: Sequence[Item], index: int, rules: Rules) -> bool:
    """Whether only a greeting and its comma stand before ``index`` in its sentence: one of
    ``greetings`` opening it, then greetings and names ("Hola, me gustaría que se conozcan
    ...", "Olá, gostaria que ...", "Buenos días Ana, ..."): the sentence opens after it."""
    if items[index - 1].lower != ",":
        return False
    first = index - 1
    for back in range(index - 2, max(index - 2 - MAX_GREETING_ITEMS, -1), -1):
        item = items[back]
        if item.kind == "end":
            break
        if item.lower not in rules.greetings and item.kind not in ("name", "call"):
            return False
        first = back
    else:
        if first > 0 and items[first - 1].kind != "end":
            return False
    return first < index - 1 and items[first].lower in rules.greetings


def _us_restated(
    items: Sequence[Item], index: int, bound: dict[str, tuple[Item, ...]], rules: Rules
) -> bool:
    """Whether what follows a match at ``index``, to the end of its sentence, only says
    who its "us" is: a comma, then "him" or "her" and "me", either way round ("nous
    mettre en relation, lui et moi ?", "introduce us, her and me?", "ponernos en
    contacto, él y yo", "uns bekannt machen, ihn und mich", "apresentar-nos, ele e eu",
    "tuunganishe, yeye na mimi")."""
    after = index + 4
    if after > len(items) or (after < len(items) and items[after].kind != "end"):
        return False
    one, joined, other = items[index + 1 : after]
    if joined.lower not in rules.conjunctions or {one.kind, other.kind} != {"third", "self"}:
        return False
    return any(item.kind == "us" for found in bound.values() for item in found)


def _acceptable(pattern: Pattern, slots: dict[str, tuple[Item, ...]], rules: Rules) -> bool:
    """Reject bindings that make no pair: a lone slot must be ``you two``, and only there;
    a pattern opening on it reads it as its verb's subject, which an object "us" never is
    (``object_us_words``: "Some of us are busy", "the rest of us have lived in")."""
    groups = [item for found in slots.values() for item in found if item.kind in ("group", "call")]
    if not pattern.slots:
        # "Meet each other!": a pattern without people speaks to the recipients.
        return True
    if len(pattern.elements) == 1:
        # The lone "{A}" pattern: a phrase that is a whole request ("les presento").
        return slots["A"][0].kind == "call"
    if pattern.implied == "you" and "A" not in slots:
        # "Meet Raj": the one met is named; "great to meet you" is no introduction.
        return all(item.kind in ("name", "email") for item in slots.get("B", ()))
    if pattern.slots == {"A"}:
        if pattern.elements[0].slot == "A" and slots["A"][0].lower in rules.object_us_words:
            return False
        return len(slots["A"]) == 1 and slots["A"][0].kind in ("group", "call", "us", "they")
    return not groups


class PatternIndex:
    """Patterns grouped by what their first step accepts, so each position tries only a few."""

    def __init__(self, patterns: Sequence[Pattern], rules: Rules) -> None:
        self.rules = rules
        self.patterns = tuple(patterns)
        # Each pattern filed under the words of one of its required steps, with the word
        # sets of its other required steps: a text holding a pattern holds a word of each.
        # The step filed under is the one whose words the fewest patterns need ("me" and
        # "to" are in most texts, "intro" in fewer): a text then looks at fewer patterns.
        self.keyed: dict[str, list[tuple[Pattern, tuple[frozenset[str], ...]]]] = {}
        self.unconditional: list[Pattern] = []
        needed_by: dict[str, int] = {}
        for pattern in patterns:
            for step in pattern.required:
                for word in step:
                    needed_by[word] = needed_by.get(word, 0) + 1
        for pattern in patterns:
            if not pattern.required:
                self.unconditional.append(pattern)
                continue
            required = pattern.required
            filed = min(
                range(len(required)),
                key=lambda n: (sum(needed_by[word] for word in required[n]), n),
            )
            rest = tuple(step for n, step in enumerate(required) if n != filed)
            for word in required[filed]:
                self.keyed.setdefault(word, []).append((pattern, rest))
        self.keys = frozenset(self.keyed)
        self._by_word: dict[str, list[tuple[int, Pattern]]] = {}
        self._by_mention: list[tuple[int, Pattern]] = []
        self._anywhere: list[tuple[int, Pattern]] = []
        for order, pattern in enumerate(patterns):
            head = pattern.elements[0]
            if head.slot is not None:
                self._by_mention.append((order, pattern))
                continue
            words = pattern.start_words
            if words is None:
                self._anywhere.append((order, pattern))
                continue
            for word in words:
                self._by_word.setdefault(word, []).append((order, pattern))
        self._cache: dict[tuple[str, bool], tuple[Pattern, ...]] = {}
        self.order = {pattern: order for order, pattern in enumerate(self.patterns)}

    def possible(self, present: AbstractSet[str]) -> tuple[Pattern, ...]:
        """The patterns a text with the words ``present`` may match, in the order they
        were listed: most need a word the text lacks, and dropping them first is most of
        the speed."""
        chosen = set(self.unconditional)
        keyed = self.keyed
        for word in present & self.keys:
            for pattern, rest in keyed[word]:
                if pattern in chosen:
                    continue
                for words in rest:
                    if words.isdisjoint(present):
                        break
                else:
                    chosen.add(pattern)
        if not chosen:
            return ()
        return tuple(sorted(chosen, key=self.order.__getitem__))

    def candidates(self, item: Item) -> tuple[Pattern, ...]:
        """The patterns that may start at ``item``, in the order they were listed."""
        mention = item.kind in MENTION_KINDS or item.lower in self.rules.descriptor_starts
        key = (item.lower, mention)
        found = self._cache.get(key)
        if found is None:
            pool = self._by_word.get(item.lower, []) + self._anywhere
            if mention:
                pool = pool + self._by_mention
            found = tuple(pattern for _, pattern in sorted(pool, key=lambda entry: entry[0]))
            self._cache[key] = found
        return found


@lru_cache(maxsize=8)
def pattern_index(kind: str) -> PatternIndex:
    """The compiled index of one family of patterns: ``pair``, ``subject``, ``weak``,
    ``list`` or ``continued``."""
    rules = load_rules()
    families = {
        "pair": rules.pair_patterns,
        "subject": rules.subject_patterns + rules.pair_patterns,
        "weak": rules.weak_patterns,
        "list": rules.list_patterns,
        "continued": rules.continued_patterns,
    }
    return PatternIndex(families[kind], rules)


def _writer_twice(match: Match) -> bool:
    """Whether both people of ``match`` are the writer, each by one word ("me presentaran
    a mí", "me apresentassem a mim"): the same one said twice, no pair."""
    a, b = match.slots.get("A", ()), match.slots.get("B", ())
    return len(a) == 1 and len(b) == 1 and a[0].kind == "self" and b[0].kind == "self"


def _inverted_subject(items: Sequence[Item], index: int) -> bool:
    """Whether the one written to at ``index`` is a verb's subject put after it by a
    hyphen, as French asks ("Pourriez-vous", "Pouvez-vous"), not one to meet."""
    item = items[index]
    if item.kind != "you" or index < 2:
        return False
    hyphen, verb = items[index - 1], items[index - 2]
    return (
        hyphen.lower == "-"
        and verb.kind == "word"
        and verb.end == hyphen.start
        and hyphen.end == item.start
    )


def find_matches(
    items: Sequence[Item], index_of: PatternIndex, present: AbstractSet[str] | None = None
) -> list[Match]:
    """Leftmost, non-overlapping matches; at one position the first pattern listed wins.
    ``present``, the words of ``items`` (``Item.lower``), spares computing them again."""
    rules = index_of.rules
    if present is None:
        present = {item.lower for item in items}
    possible = index_of.possible(present)
    found: list[Match] = []
    if not possible:
        return found
    # Positions no possible pattern can start at are passed over without a lookup.
    starts: set[str] = set()
    mentions = anywhere = False
    for pattern in possible:
        words = pattern.start_words
        if pattern.elements[0].slot is not None:
            mentions = True
        elif words is None:
            anywhere = True
        else:
            starts |= words
    describers = rules.descriptor_starts
    positions: Iterable[int] = (
        range(len(items))
        if anywhere
        else [
            index
            for index, item in enumerate(items)
            if item.lower in starts
            or (mentions and (item.kind in MENTION_KINDS or item.lower in describers))
        ]
    )
    # "the Acme founders: Ana Lopes (...) and Rui Costa (...)": a group's members after a
    # colon, looked for only in a text holding a colon and a group's word.
    grouped = ":" in present and any(names_people_group(word, rules) for word in present)
    # Slot starts by position, shared by every pattern tried in this text.
    seen: dict[int, tuple[int, ...]] = {}
    free = 0
    for index in positions:
        if index < free:
            # Inside the match before: matches do not overlap.
            continue
        item = items[index]
        # "Pourriez-vous le présenter à Amparo ?": "vous" joined to the verb before it is
        # its subject, asked, not the one a pattern's person opens on ("{B} le
        # présenter"), so the ask read from "le" on is not overlapped.
        mention = (
            item.kind in MENTION_KINDS or item.lower in describers
        ) and not _inverted_subject(items, index)
        # The few possible patterns, in the order listed, that may start here: what
        # ``PatternIndex.candidates`` gives, kept to those the text allows.
        candidates = [
            pattern
            for pattern in possible
            if (
                mention
                if pattern.elements[0].slot is not None
                else pattern.start_words is None or item.lower in pattern.start_words
            )
        ]
        match = _first_match(items, index, candidates, rules, grouped, seen) if candidates else None
        if match is not None and grouped:
            match = _past_members(items, match)
        if match is not None and _writer_twice(match):
            # "querría que me presentaran a mí a la Sra. Inés Robledo": "a mí" says the
            # "me" again, and the ask read from the verb on names the other party.
            continue
        if match is not None:
            found.append(match)
            free = max(match.end, index + 1)
    return found


def match_at(items: Sequence[Item], index: int, index_of: PatternIndex) -> Match | None:
    """The first pattern listed that matches starting at ``index``, if any."""
    if index >= len(items):
        return None
    candidates = index_of.candidates(items[index])
    return _first_match(items, index, candidates, index_of.rules) if candidates else None


def _past_members(items: Sequence[Item], match: Match) -> Match:
    """``match`` ending after its last person when that one is listed after it (the
    members of a group after a colon: ``_group_members``)."""
    people = match.slots.get("B", ())
    if not people or match.end >= len(items) or people[-1].start < items[match.end].start:
        return match
    end = match.end
    while end < len(items) and items[end] is not people[-1]:
        end += 1
    return replace(match, end=end + 1) if end < len(items) else match


def _first_match(
    items: Sequence[Item],
    index: int,
    patterns: Sequence[Pattern],
    rules: Rules,
    grouped: bool = False,
    seen: dict[int, tuple[int, ...]] | None = None,
) -> Match | None:
    for pattern in patterns:
        found = _search(pattern, 0, items, index, {}, rules, index, grouped, seen)
        if found is not None:
            return Match(pattern, index, found[0], found[1])
    return None
