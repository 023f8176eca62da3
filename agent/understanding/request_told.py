"""Addresses given in a sentence about someone: "I'd like to meet Frau Theresa Huber ...
Ihre E-Mail-Adresse lautet t.huber@huber-architektur.at", "Ms. Solberg's address is
ingrid.solberg@...", "son adresse est ...", "su correo es ...", "o e-mail dela é ...",
"barua pepe yake ni ...".

Such an address stands alone, apart from the name, and its local part need not spell a
first name ("t.huber@"). The sentence says whose it is: the one it names ("Ms.
Solberg's address is"), or, when it speaks of someone by a pronoun ("Her email is"),
the one person named just before. The rule is never to guess: an address is tied only
when the whole text before it in its sentence is one of the rules' ``address_leads``
("Her email is probably ..." or "My old address was ..." tie nothing) and exactly one
person is meant: two people named before the sentence, someone else written with an
address in between, "they" in between with anyone else named before it in the text, or
no one named within a few sentences, and the address stays alone.

A table row or a list item ties its address too (``row_addresses``): one person named
in full and one address that spells that name, "| Julia Neumann | Ladeinfrastruktur |
j.neumann@stadtwerke-fr.de |".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence

from agent.message import Address
from agent.understanding.first_names import is_first_name
from agent.understanding.request_fuller import person_names
from agent.understanding.request_mentions import Item
from agent.understanding.request_rules import FOUND_NAME, Rules, admits, load_rules
from agent.understanding.request_tokens import (
    ADDRESS,
    UMLAUTS_SPELLED,
    normal_text,
    without_accents,
    words_in,
)
from agent.understanding.signatures import roster_name, signs_with

# How many sentences before the address's own the person spoken of may be named.
MAX_SENTENCES_BACK = 3
# How many words a lead opening a bracket before an address may take ("her address is").
MAX_BRACKET_LEAD_ITEMS = 6


def told_addresses(
    text: str,
    items: Sequence[Item],
    rules: Rules,
    known: Collection[str],
    reachable: Collection[str] = (),
) -> list[Address]:
    """The people an address of ``text`` is given for, each with that address.
    ``known`` are the names written in the mail or on it, to name someone in full and to
    tell one person's first name from another's; ``reachable`` are those of them the
    mail's headers or a forwarded mail's give an address ("Samuel (cf. ci-dessous)" over
    "De : Samuel Leroy <samuel.leroy@...>")."""
    told: list[Address] = []
    # The address a lead tied last, by its index: "Dr Holloway can be reached at ... and
    # Professor Eze at ...", the second address is the one named after the first.
    tied = -1
    for index, item in enumerate(items):
        if item.kind != "email" or not item.email:
            continue
        start = index
        while start > 0 and items[start - 1].kind != "end":
            start -= 1
        lead = normal_text(text[items[start].start : item.start]) if start < index else ""
        if not lead:
            continue
        if start <= tied < index - 1:
            between = normal_text(text[items[tied].end : item.start])
            found = rules.address_lead_continuation_re.fullmatch(between)
            if found is not None and found.lastgroup is not None:
                spoken = _named_in(items[tied + 1 : index], found.group(found.lastgroup), rules)
                if spoken is not None and spoken.name:
                    told.append(Address(_fuller(spoken, known), item.email))
                    tied = index
            continue
        if _leads_to_address(lead, rules):
            spoken = _spoken_of(
                items, start, known, item.email, rules, reachable, gender=_gender_of(lead, rules)
            )
        else:
            found = (
                rules.named_address_lead_re.fullmatch(lead)
                if admits(rules.named_address_lead_gate, words_in(lead), lead)
                else None
            )
            if found is None or found.lastgroup is None:
                clause = _clause_lead(text, items, start, index, rules)
                if clause is None:
                    continue
                spoken = _spoken_of(
                    items,
                    clause,
                    known,
                    item.email,
                    rules,
                    clause=True,
                    gender=_gender_of(normal_text(text[items[clause].start : item.start]), rules),
                )
            elif found.lastgroup.startswith(FOUND_NAME):
                spoken = _found_named_in(items[start:index], found.group(found.lastgroup), rules)
            else:
                said = found.group(found.lastgroup)
                spoken = _named_in(items[start:index], said, rules)
                if spoken is not None and spoken.name:
                    told.append(Address(_fuller_said(spoken, said, known), item.email))
                    tied = index
                continue
        if spoken is not None and spoken.name:
            told.append(Address(_fuller(spoken, known), item.email))
            tied = index
    return told


def _leads_to_address(lead: str, rules: Rules) -> bool:
    """Whether the folded ``lead`` is all of a lead to the address after it ("her email
    is", "according to the programme, he's reachable at"); its gate first, since the
    regex tries its many ways at length where the lead holds none of their words."""
    return (
        admits(rules.address_lead_gate, words_in(lead), lead)
        and rules.address_lead_re.fullmatch(lead) is not None
    )


def _gender_of(lead: str, rules: Rules) -> str:
    """The gender the pronouns of the folded ``lead`` give the one it speaks of, "f" or
    "m" ("her email is", "o e-mail dele é"), empty where they give none ("son adresse",
    "su correo", "Ihre Adresse") or both."""
    genders = {rules.pronoun_genders.get(word, "") for word in words_in(lead)} - {""}
    return genders.pop() if len(genders) == 1 else ""


def _clause_lead(
    text: str, items: Sequence[Item], start: int, index: int, rules: Rules
) -> int | None:
    """Where a clause opens on a lead that speaks of someone by a pronoun, after a comma
    in the sentence of the address at ``index`` ("Frau Vogt arbeitet viel mit jungen
    Sportlerinnen, ihre Adresse ist ...", "I met Ann Lee in Lisbon, her email is ..."),
    else None. The one spoken of is then the one person named before it, from that
    sentence's start on as from the sentences before. A dash set off by a space opens
    such a clause as a comma does ("to Mrs Thandeka Mahlangu - her address is ..."); one
    inside a word ("e-mail") does not."""
    for mark in range(index - 2, start, -1):
        item = items[mark]
        if item.lower != "," and not (
            item.lower in _CLAUSE_DASHES and text[item.start - 1 : item.start].isspace()
        ):
            continue
        lead = normal_text(text[items[mark + 1].start : items[index].start])
        if _leads_to_address(lead, rules):
            return mark + 1
        if item.lower == ",":
            # The nearest comma opens the clause, or none does.
            return None
    return None


_CLAUSE_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _spoken_of(
    items: Sequence[Item],
    start: int,
    known: Collection[str],
    given: str | None = None,
    rules: Rules | None = None,
    reachable: Collection[str] = (),
    clause: bool = False,
    gender: str = "",
) -> Item | None:
    """The one person named before the sentence opening at ``start``: the nearest name of
    a person for sure (a first name and surname, or a title and a name) within a few
    sentences, when nobody else is named from its sentence on. With the address
    ``given`` by the sentence, others named with their own addresses beside the one
    named without one in the sentence right before leave that one the only one meant:
    "... mettre en relation Sabine Toulouse (sabine@...) avec Me Élise Royer ? Son
    adresse : e.royer@...", "Could you connect Sam Ode (sam@...) with Dr. Ana Ruiz? Her
    email: ana@..."; an address written for one of them already ties nothing. One of
    ``reachable`` named there, by a word of their name, is written with their address as
    well when the address given does not spell them ("Pourriez-vous mettre Samuel (cf.
    ci-dessous) en relation avec le Dr Aminata Koné ? Son adresse : a.kone@..." over
    Samuel Leroy's forwarded mail). A name
    after a noun and one of the place words (``place_words``, ``description_places``) is
    where the one named works or lives, no one, when the address given spells the one
    named before it in that sentence and not the place: "do engenheiro Carlos Eduardo
    Tavares, que tem uma construtora em Belo Horizonte. O e-mail dele é cetavares@...";
    such a name alone in a sentence speaking of someone by a pronoun is someone only when
    the address spells it ("She runs a bakery in San Antonio. Her email is hello@...").
    With ``clause``, the lead opens a clause of the sentence naming them, and others
    written there with their own addresses leave the one named without one right before
    it the one meant: "Please introduce Sipho Ndlovu (sipho@...) to Mrs Thandeka Mahlangu
    - her address is ...". With the ``gender`` the lead's pronoun gives ("her"), the one
    named after a title of that gender is the one meant when each other named there is
    written after a title of the other: "Mr. Obi asked to meet Mrs. Ada Bakare. Her
    email is ..."; a name without a title, or a title of no gender ("Dr"), may be either."""
    sentences = 0
    person: Item | None = None
    others: list[Item] = []
    places: list[Item] = []
    restored = False
    # A pronoun in the sentence read ("she", "elle", "dele").
    pronoun = False
    addressed: list[Item] = []
    # Where the names stand that an address in brackets after them is given for.
    owners: set[int] = set()
    plural = False
    cursor = start - 1
    while cursor >= 0:
        item = items[cursor]
        cursor -= 1
        if item.kind == "end":
            if person is None and places:
                # No one named before the place in its sentence: it may be someone, or,
                # in a sentence speaking of someone by a pronoun ("She runs a bakery in
                # San Antonio"), where the one named before it is.
                person = places.pop()
                restored = pronoun
            if person is not None:
                break
            pronoun = False
            sentences += 1
            if sentences > MAX_SENTENCES_BACK:
                return None
            continue
        pronoun = pronoun or item.kind == "third"
        if item.kind == "they" and not _article(items, cursor + 1, rules):
            plural = True
        elif (
            item.kind == "email"
            and given is not None
            and (owner := _beside_name(items, cursor + 1, rules)) >= 0
        ):
            addressed.append(item)
            # "Ms. Leila Haddad (her address is leila@...)": the name it is beside is
            # written with it.
            owners.add(owner)
        elif item.kind in ("email", "group"):
            others.append(item)
        elif item.kind == "name" and cursor + 1 in owners:
            addressed.append(item)
        elif (
            item.kind == "name"
            and given is not None
            and not item.email
            and _reachable(item, reachable, given)
        ):
            # "Samuel (cf. ci-dessous)", the forwarded mail's author: his address is on
            # the mail, and the one given spells someone else.
            addressed.append(item)
        elif item.kind == "name":
            if rules is not None and not item.email and organisation_at(items, cursor + 1, rules):
                # "... pro Rafael Nogueira, que masteriza quase tudo que sai do selo
                # Quintal Discos. O email dele é ...": a label, a company, no one meant.
                continue
            if rules is not None and not item.email and _qualifier_at(items, cursor + 1, rules):
                # "our Water Conservation technician, Sipho Ndlovu (...)": a department
                # saying what the one named after the comma does, no one.
                continue
            if rules is not None and not item.email and _workplace_at(items, cursor + 1, rules):
                # "ao Sr. Armando Tembe, da Furos do Sul. O endereço dele é ...": where
                # the one named before works, no one meant.
                continue
            if rules is not None and not item.email and _role_held_at(items, cursor + 1, rules):
                # "Mrs Thandeka Mahlangu, the principal of Orange Grove Primary - her
                # address is ...": where the one described holds a role, no one meant.
                continue
            if given is not None and item.email and _surely_a_person(item):
                addressed.append(item)
            elif (
                person is None
                and not places
                and rules is not None
                and given is not None
                and not item.email
                and _surely_a_person(item)
                and _placed(items, cursor + 1, rules)
            ):
                places.append(item)
            elif person is None and _surely_a_person(item):
                if item.email:
                    # The one just named has an address already: this one is someone else's.
                    return None
                person = item
            else:
                others.append(item)
    if person is None and places:
        person = places.pop()
        restored = pronoun
    if restored and person is not None and not _spells(given or "", person.name or ""):
        # "Ann Lee ... She runs a bakery in San Antonio. Her email is hello@leebakes.com":
        # only the address spelling it makes the place someone.
        return None
    if person is None:
        return None
    if (
        any(not _same_or_no_person(o, person, known) for o in others)
        and not _spelled_apart(given or "", person, others, known)
        and not _gendered_apart(gender, person, others)
    ):
        return None
    if places and not (
        _spells(given or "", person.name or "") and not _spells(given or "", places[0].name or "")
    ):
        # "Ann Lee got a letter from Jo Bell in Rome. Her address is bell@...": a place
        # or not, two people may be meant.
        return None
    if addressed and (
        (sentences != (0 if clause else 1) and not _spelled_whole(given or "", person.name or ""))
        or any((a.email or "").casefold() == (given or "").casefold() for a in addressed)
    ):
        # Others written with addresses leave the one without it meant only right before
        # the address given, or further back where the address spells that one whole,
        # and only when that address is no one else's already.
        return None
    if plural and not _named_alone(items[: cursor + 1], person, known):
        # "they" may speak of two people named before, and "her" of either; with nobody
        # else named before it ("Bridget Farrow ... is looking for shops to stock them"),
        # it speaks of no one named.
        return None
    return person


def _spelled_apart(
    given: str, person: Item, others: Sequence[Item], known: Collection[str]
) -> bool:
    """Whether the address ``given`` is all of a name spelled from ``person``'s and spells
    none of ``others``, each a name written without an address: "Could you please connect
    Wambui with Dr Achieng Odhiambo? She's the children's neurologist I told you about.
    Her email is a.odhiambo@..." is Dr Odhiambo's, though "her" might be Wambui's."""
    return (
        bool(given)
        and _spelled_whole(given, person.name or "")
        and all(
            other.kind == "name" and not other.email and not _spells(given, _fuller(other, known))
            for other in others
        )
    )


def _gendered_apart(gender: str, person: Item, others: Sequence[Item]) -> bool:
    """Whether the pronoun's ``gender`` tells ``person`` from each of ``others``:
    ``person`` written after a title of that gender ("Mrs.", "Frau", "Sra."), each other a
    name written after a title of the other ("Mr. Obi", "Herr Kern"). An address, a group
    or a name with no gendered title among the others may be the one meant."""
    return (
        bool(gender)
        and person.gender == gender
        and all(o.kind == "name" and o.gender and o.gender != gender for o in others)
    )


def _qualifier_at(items: Sequence[Item], at: int, rules: Rules) -> bool:
    """Whether the name at ``at`` qualifies a noun, as a department's name does, between
    one of ``descriptor_starts`` and that noun in lower case, a comma closing it before
    the name of the one so described ("our Water Conservation technician, Sipho Ndlovu",
    "my Acme counterpart, Ann Lee"): a word joining or placing people after it ("our Ann
    Lee and ...", "my Ann Lee at ...") leaves it a name."""
    if at < 1 or at + 2 >= len(items) or items[at - 1].lower not in rules.descriptor_starts:
        return False
    noun = items[at + 1]
    return (
        noun.kind == "word"
        and noun.lower.isalpha()
        and noun.lower not in rules.conjunctions
        and noun.lower not in rules.place_words
        and noun.lower not in rules.possessor_preps
        and noun.lower not in rules.other_party_preps
        and items[at + 2].lower == ","
    )


def _role_held_at(items: Sequence[Item], at: int, rules: Rules) -> bool:
    """Whether the name at ``at`` says where someone described after a comma or a dash
    holds a role: one of ``role_words``, then one of ``possessor_preps``, right before
    it, and only plain words back to the comma ("..., the principal of Orange Grove
    Primary", "..., la directrice de l'École Jules Ferry", "..., Leiterin von Haus
    Sonnenhof"). A name after a title or opening on a listed first name may be a person
    ("the assistant of Mrs Tremblay", "the head of Ann Lee's team"): it stays one."""
    item = items[at]
    words = (item.name or "").split()
    if (
        at < 3
        or item.titled
        or not words
        or is_first_name(words[0])
        or items[at - 1].lower not in rules.possessor_preps
        or items[at - 2].lower not in rules.role_words
    ):
        return False
    for back in range(at - 3, max(at - MAX_ROLE_ITEMS, 0) - 1, -1):
        before = items[back]
        if before.lower in (",", "-", "\u2013", "\u2014"):
            return True
        if before.kind != "word":
            return False
    return False


def _workplace_at(items: Sequence[Item], at: int, rules: Rules) -> bool:
    """Whether the name at ``at`` says where the one named right before it works: one of
    ``possessor_preps`` or ``place_words`` right before it, after that one's name and a
    comma or a dash, or right after it ("Sr. Armando Tembe, da Furos do Sul", "Armando
    Tembe of Furos do Sul", "M. Cheikh Mbaye, de Latrines Thiès", "Herrn Tembe vom
    Bohrbetrieb Süd"). A name after a title or opening on a listed first name may be a
    person ("Ann Lee, of Bob Smith's team"): it stays one."""
    item = items[at]
    words = (item.name or "").split()
    if at < 2 or item.titled or not words or is_first_name(words[0]):
        return False
    prep = items[at - 1].lower
    if prep not in rules.possessor_preps and prep not in rules.place_words:
        return False
    before = at - 2
    if items[before].lower in (",", "-", "\u2013", "\u2014"):
        before -= 1
    return before >= 0 and items[before].kind == "name" and _surely_a_person(items[before])


# How far back from a workplace the comma or dash opening the role's description may
# stand ("..., the new deputy head principal of").
MAX_ROLE_ITEMS = 7


def _article(items: Sequence[Item], at: int, rules: Rules | None) -> bool:
    """Whether the plural pronoun at ``at`` is the article it is also written as ("qui
    maîtrise les questions de donation"): one of ``descriptor_starts`` before a word that
    is no verb taking the pronoun ("les présenter") nor one leading to someone, as an
    ask's slot reads it (``request_matching``), unless a subject or a relative word stands
    right before it ("qui les a aidés", "elle les connaît"): there it is the pronoun. The
    article speaks of things, of no one."""
    if rules is None or at + 1 >= len(items) or items[at].lower not in rules.descriptor_starts:
        return False
    before = items[at - 1] if at > 0 else None
    if before is not None and (
        before.kind in ("self", "you", "us", "third", "they")
        or before.lower in rules.relative_words
    ):
        return False
    after = items[at + 1]
    return (
        after.kind == "word"
        and after.lower not in rules.pronoun_verbs
        and after.lower not in rules.other_party_preps
    )


def organisation_at(items: Sequence[Item], at: int, rules: Rules) -> bool:
    """Whether the name at ``at`` is an organisation's: of two words or more, opening or
    closing on one of ``organisation_words`` or closing on one of
    ``organisation_closers`` ("Quintal Records", "Estúdio Pedra Azul", "Acme Partners",
    an event's: "Bow Valley Bouldering Fest", "Festival Bajo Lisboa"), a street's,
    opening on one of ``street_words`` ("Rue de la Paix") or closing on one after no
    title nor listed first name ("Argwings Kodhek Road"; "Della Street" may be someone),
    written between one of ``descriptor_starts`` and one of ``organisation_words`` in
    lower case, as English writes what it is, no title nor listed first name opening it
    ("the Kids Neuro clinic"; "the Ann Lee clinic" may be hers), or written right after
    one of ``organisation_words`` as a word that says what it is
    ("do selo Quintal Discos", "the label Quintal", "de l'agence Bleu Marine", "de l'ONG
    Santé Sahel")."""
    words = (items[at].name or "").casefold().split()
    if len(words) >= 2 and (
        words[0] in rules.organisation_words
        or (words[-1] in rules.organisation_words and not _titled_person(items[at]))
        or words[-1] in rules.organisation_closers
        or words[0] in rules.street_words
    ):
        return True
    if (
        len(words) >= 2
        and words[-1] in rules.street_words
        and not items[at].titled
        and not is_first_name(words[0])
    ):
        # "on Argwings Kodhek Road"; "Dr Della Street", "Abbey Road" may be someone.
        return True
    before = items[at - 1] if at > 0 else None
    after = items[at + 1] if at + 1 < len(items) else None
    if (
        before is not None
        and after is not None
        and not items[at].titled
        and not is_first_name(words[0] if words else "")
        and before.kind == "word"
        and before.lower in rules.descriptor_starts
        and after.kind == "word"
        and after.lower in rules.organisation_words
    ):
        # "at the Kids Neuro clinic": a determiner, the name, then in lower case the kind
        # of place it is, as English writes it.
        return True
    # "de l'ONG Santé Sahel": the word after an elided article says what it is.
    return (
        before is not None
        and before.kind == "word"
        and before.lower.rpartition("'")[2] in rules.organisation_words
    )


def _titled_person(item: Item) -> bool:
    """Whether a name is a person's by its title and its listed first name ("Mme Fatima
    Camara", "Ms Anna Camara"): its last word then is a surname, though it be written as
    an organisation's word is ("câmara")."""
    words = (item.name or "").split()
    return item.titled and bool(words) and is_first_name(words[0])


def _placed(items: Sequence[Item], at: int, rules: Rules) -> bool:
    """Whether the name at ``at`` follows a noun and a place word ("uma construtora em
    Belo Horizonte", "a bakery in San Antonio"): a place's name."""
    if at < 2 or items[at - 1].kind != "word" or items[at - 2].kind not in ("word", "name"):
        # (A German noun is written with a capital: "eine Bäckerei in Bad Tölz".)
        return False
    word = items[at - 1].lower
    return (
        word in rules.place_words or word in rules.description_places
    ) and word not in rules.conjunctions


def _beside_name(items: Sequence[Item], at: int, rules: Rules | None = None) -> int:
    """Where the name stands that the address at ``at`` is written right after, in
    brackets or not ("Sabine Toulouse (sabine@...)", "Sam Ode <sam@...>"), with ``rules``
    perhaps after one of ``address_leads`` opening the bracket ("Ms. Leila Haddad (her
    address is leila@...)"): that one's own; -1 when none is."""
    back = at - 1
    if rules is not None:
        lead = back
        while lead >= 0 and at - lead <= MAX_BRACKET_LEAD_ITEMS and items[lead].kind != "punct":
            lead -= 1
        said = " ".join(item.lower for item in items[lead + 1 : at])
        if (
            lead < back
            and lead >= 0
            and items[lead].lower == "("
            and _leads_to_address(said, rules)
        ):
            back = lead
    while back >= 0 and items[back].kind == "punct" and items[back].lower in "(<[":
        back -= 1
    if back >= 0 and items[back].kind == "name" and _surely_a_person(items[back]):
        return back
    return -1


def _reachable(item: Item, reachable: Collection[str], given: str) -> bool:
    """Whether the name ``item`` is one person of ``reachable`` (their name, or a word of
    it naming only them) whom the address ``given`` does not spell."""
    words = (item.name or "").casefold().split()
    if not words:
        return False
    matches = {
        name
        for name in reachable
        if name.casefold().split() == words
        or (len(words) == 1 and words[0] in name.casefold().split())
    }
    return len(matches) == 1 and not _spells(given, next(iter(matches)))


def _named_alone(before: Sequence[Item], person: Item, known: Collection[str]) -> bool:
    """Whether nobody but ``person`` is named, nor written by an address, in ``before``."""
    return not any(
        item.kind in ("email", "group")
        or (item.kind == "name" and not _same_or_no_person(item, person, known))
        for item in before
    )


def _named_in(lead: Sequence[Item], name: str, rules: Rules) -> Item | None:
    """The one person named where a lead has its name ("Ms. Huber" of "Ms. Huber's
    address is", "Theresas" of "Theresas Adresse lautet"); the lead's own capitalised
    words ("L'adresse", "Barua") are none. The name's place holds that one's name and
    titles only: "L'adresse de Lucía est probablement ...", "El correo de Lucía es
    probablemente ..." say more than whose it is, as "Lucía's address is probably ..."
    does, and tie nothing."""
    said = name.split()
    named = [
        item
        for item in lead
        if item.kind == "name"
        and item.name
        and all(w in said or w[:-1] in said for w in item.name.casefold().split())
    ]
    if len(named) != 1 or named[0].email or any(i.kind in ("email", "they") for i in lead):
        return None
    own = (named[0].name or "").casefold().split()
    if any(
        w not in own
        and w[:-1] not in own
        and not any(o.startswith(w) for o in own)
        and _title(w) not in rules.titles
        and _title(w) not in rules.lower_titles
        for w in said
    ):
        return None
    return named[0]


def _found_named_in(lead: Sequence[Item], name: str, rules: Rules) -> Item | None:
    """The one person named where a lead saying where the writer found an address has
    its name, the words after the name perhaps read into it ("mme anna kurian sur" of
    "j'ai trouvé l'adresse de Mme Anna Kurian sur son site, c'est"): the longest start
    of it that is their name and titles only (see ``_named_in``). Anyone else named in
    the lead by a first name and surname or a title ("l'adresse de Anna Kurian et Rosa
    Quint") ties nothing; a place ("sur LinkedIn") is no one."""
    words = name.split()
    for size in range(len(words), 0, -1):
        spoken = _named_in(lead, " ".join(words[:size]), rules)
        if spoken is not None:
            others = [
                item
                for item in lead
                if item.kind == "name" and item is not spoken and _surely_a_person(item)
            ]
            return None if others else spoken
    return None


def _title(word: str) -> str:
    """A title as the rules list it ("dr." is "dr", "eng.º" is "eng")."""
    bare = word.rstrip(".")
    return bare[:-1].rstrip(".") if bare[-1:] in ("\u00ba", "\u00aa") else bare


def _surely_a_person(item: Item) -> bool:
    """A first name and surname ("Theresa Huber"), or a name after a title ("Frau
    Huber"); one capitalised word alone may be a place or, in German, any noun."""
    return item.name is not None and (item.titled or len(item.name.split()) > 1)


def _same_or_no_person(other: Item, person: Item, known: Collection[str]) -> bool:
    """Whether ``other``, named near ``person``, leaves them the only one meant: a word of
    their own name ("Theresa", "Frau Huber"), the end of it ("Maître Van den Berg" beside
    "Pieter Van den Berg"), or one capitalised word that is no one's
    first name in the mail ("Graz", "Architekturbüro")."""
    if other.kind != "name" or other.email or not other.name or not person.name:
        return False
    words = other.name.casefold().split()
    own = person.name.casefold().split()
    if len(words) == 1 and words[0] in own:
        return True
    if len(own) > len(words) and own[-len(words) :] == words:
        # "Maître Van den Berg" beside "Maître Pieter Van den Berg": their surname with
        # its particles.
        return True
    if len(words) > 1 or other.titled:
        return False
    firsts = {name.casefold().split()[0] for name in known if len(name.split()) > 1}
    return words[0] not in firsts


def _fuller(item: Item, known: Collection[str]) -> str:
    """The name in full where the mail gives it once ("Solberg" after "Ms." is "Ingrid
    Solberg" when she is named so), else as written."""
    return fuller_name(item.name or "", item.titled, known)


def _fuller_said(item: Item, said: str, known: Collection[str]) -> str:
    """The name in full of the one a lead names in German's genitive without an
    apostrophe ("Sabines Adresse:", "Theresas Adresse lautet"): the word as the lead
    reads it, its genitive "s" off, opens the one fuller name the mail gives ("Sabine"
    and so "Sabine Roth" named before); else the name is as ``_fuller`` has it, a name
    ending on an "s" of its own too ("Thomas Adresse" beside "Thomas Roth")."""
    name = item.name or ""
    words = said.split()
    if (
        not item.titled
        and len(name.split()) == 1
        and len(words) == 1
        and name.casefold() == words[0] + "s"
    ):
        fuller = fuller_name(name[:-1], False, known)
        if fuller != name[:-1]:
            return fuller
    return _fuller(item, known)


def fuller_name(name: str, titled: bool, known: Collection[str]) -> str:
    """``name`` in full where it is one word and the mail gives exactly one fuller name
    it opens, or, after a title, ends, a surname of several words too ("Professor Eze"
    and "Ikenna Eze", "M. Le Floc'h" and "Yannick Le Floc'h")."""
    words = name.casefold().split()
    if len(words) != 1 and not titled:
        return name
    # "Mr. Okafor's email is ..." beside "Chinedu Okafor", "C. Okafor" and "Okafor
    # Construction Group": the one person's name, not his firm's nor his initialled.
    known = person_names(known, load_rules())
    if titled:
        # "M. Le Floc'h" beside "M. Yannick Le Floc'h": a surname of several words after
        # a title ends the fuller name as one word does.
        size = len(words)
        fuller = {
            n for n in known if len(n.split()) > size and n.casefold().split()[-size:] == words
        }
    else:
        fuller = {n for n in known if len(n.split()) > 1 and n.casefold().split()[0] == words[0]}
    return fuller.pop() if len(fuller) == 1 else name


# A line that is a table row: cells between pipes ("| Ines Alvarez | ines@... |", an HTML
# table as text), a tab, or columns set apart by runs of spaces.
_CELL_BREAK = re.compile(r"\||\t| {2,}\S")
# A line that is a list item: a bullet, a number and a mark, or a letter in brackets
# ("(a)", "b)").
_LIST_ITEM = re.compile(r"\s*(?:[-*\u2022\u2013\u00b7]|\d{1,2}[.)]|\(?[a-zA-Z]\))\s")


def row_lines(text: str) -> list[tuple[int, int, bool]]:
    """Where each line of ``text`` that is a table row or a list item and holds an "@"
    starts and ends, and whether it is a table row."""
    rows: list[tuple[int, int, bool]] = []
    if "@" not in text:
        return rows
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        if "@" in line:
            cells = len(_CELL_BREAK.findall(line.strip())) >= 1
            if cells or _LIST_ITEM.match(line):
                rows.append((start, end, cells and not _LIST_ITEM.match(line)))
        start = end
    return rows


def row_addresses(text: str, items: Sequence[Item]) -> list[Address]:
    """The people table rows and list items of ``text`` give an address, as "Name
    (address)" does: a row holding one person named in full ("Ines Alvarez", "Julia
    Neumann") and one address that spells that name ("ines@solcaja.com",
    "j.neumann@stadtwerke-fr.de"), or a list item that does ("- My friend Lúcia Ferreira,
    who runs a sourcing agency: lucia@ferreirasourcing.pt"). Two people in a row, two
    addresses, or an address that spells neither name ("info@...") tie nothing."""
    if "@" not in text:
        return []
    told: list[Address] = []
    for start, end, _ in row_lines(text):
        inside = [item for item in items if start <= item.start < end]
        people = [i for i in inside if i.kind == "name" and i.name and " " in i.name.strip()]
        addresses = [i for i in inside if i.kind == "email" and i.email]
        if len(people) != 1 or len(addresses) != 1:
            continue
        name, email = people[0].name or "", addresses[0].email or ""
        if people[0].email or not _spells(email, name):
            continue
        told.append(Address(name, email))
    return told


def _spells(email: str, name: str) -> bool:
    """Whether an address spells a word of ``name`` (accents aside): "j.neumann@" for
    Julia Neumann, "lucia@ferreirasourcing.pt" for Lúcia Ferreira."""
    spelled = without_accents(email.casefold())
    words = [without_accents(word) for word in name.casefold().split() if len(word) > 2]
    return any(word in spelled for word in words)


# A dash right before an address, or an address alone after a sentence's end or on a line
# of its own: the cheap test for ``dashed_addresses``.
DASHED_ADDRESS = re.compile(
    r"[\u2013\u2014:-][ \t]*+[\w.+'-]+@|(?:[?.!]|^)[ \t]*+[<(]?[\w.+'-]+@", re.MULTILINE
)
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_OPENERS = frozenset({"<", "("})
_CLOSERS = frozenset({">", ")"})
_LOCAL_SEPARATORS = re.compile(r"[._+-]")


def dashed_addresses(
    items: Sequence[Item], known: Collection[str], writer: str, text: str = ""
) -> list[Address]:
    """The address after a dash or a comma that closes a sentence naming one person
    without an address, or standing alone (in brackets or not) right after such a sentence, theirs
    when it spells their name: "... bitte ich Sie, ihn mit Herrn Jonas Weidinger vom
    Institut für Energiesysteme bekannt zu machen - j.weidinger@...", "could you
    introduce me to Ann Lee, who runs the guild - alee@...", "¿Nos podrías presentar a
    Kenji Watanabe, de Hinode Trading? <k.watanabe@...>". The person is named by a first
    name and a surname, or after a title; ``known`` are the names whose address the mail
    gives already, the writer's too ("Herrn Dr. Engel (in Kopie)"), no one the address
    could be for, or a name the address's domain spells (where they work). Two such
    people, an address that spells no name of theirs (``_spelled_whole``: "info@",
    "ann.lee@" for Bob Ray) or the ``writer``'s too ("j.weidinger@" from Julia
    Weidinger), or one not closing its sentence ("- a.lee@... is her old one") tie
    nothing. A colon sets the address apart as a dash does ("... mit Frau Ulrike Rädler
    vom Ingenieurbüro Rädler zusammenbringen: u.raedler@..."), and the end of its line
    closes the sentence where the next line opens with a capital (``text``, the text
    ``items`` are read from)."""
    told: list[Address] = []
    for index, item in enumerate(items):
        if item.kind != "email" or not item.email or index < 2:
            continue
        sentence = _sentence_closed_by(items, index, text)
        if sentence is None:
            continue
        if any(i.kind == "email" for i in sentence):
            continue
        # "Kenji Watanabe, de Hinode Trading? <k.watanabe@hinodetrading.co.jp>": a
        # name the address's domain spells is where the one named works, no one else.
        domain = item.email.partition("@")[2].casefold()
        people = [
            i
            for i in sentence
            if i.kind == "name"
            and i.name
            and _surely_a_person(i)
            and not _known(i.name, known)
            and _joined(i.name) not in domain
        ]
        if len(people) != 1 or people[0].email:
            continue
        name = people[0].name or ""
        if _spelled_whole(item.email, name) and not _spelled_whole(item.email, writer):
            told.append(Address(name, item.email))
    return told


def _joined(name: str) -> str:
    """A name's words run together, as a domain writes them ("hinodetrading")."""
    return "".join(without_accents(word) for word in name.casefold().replace("-", " ").split())


def _sentence_closed_by(items: Sequence[Item], index: int, text: str = "") -> Sequence[Item] | None:
    """The items of the sentence the address at ``index`` closes: after a dash or a comma
    ending it ("... the guild - alee@...", "... from Leeds, s.jenkins@..."), or alone
    after its end, perhaps in brackets ("... Hinode Trading? <k.watanabe@...>",
    "...?\nk.watanabe@..."); None when the address is followed by more of its own
    sentence ("- a.lee@... is her old one")."""
    after = index + 1
    if after < len(items) and items[after].lower in _CLOSERS:
        after += 1
    if after < len(items) and items[after].kind != "end" and not _new_line_at(items, after, text):
        return None
    before = index - 1
    if items[before].lower in _DASHES or items[before].lower in (",", ":"):
        # "... my accountant sarah jenkins who works from leeds, s.jenkins@...": a comma
        # sets the address apart as a dash does.
        start = before
        while start > 0 and items[start - 1].kind != "end":
            start -= 1
        return items[start:before]
    if items[before].lower in _OPENERS:
        before -= 1
    if before < 1 or items[before].kind != "end":
        return None
    start = before
    while start > 0 and items[start - 1].kind != "end":
        start -= 1
    return items[start:before]


def _new_line_at(items: Sequence[Item], at: int, text: str) -> bool:
    """Whether item ``at`` opens a new line of ``text`` with a capital, a new sentence
    ("... zusammenbringen: u.raedler@...\nSie macht Tragwerksplanung ...")."""
    start = items[at].start
    return "\n" in text[items[at - 1].end : start] and text[start : start + 1].isupper()


def _known(name: str, known: Collection[str]) -> bool:
    """Whether ``name`` is, or is the start or end of, one of the ``known`` names."""
    words = name.casefold().split()
    for other in known:
        others = other.casefold().split()
        if others and words and (others[: len(words)] == words or others[-len(words) :] == words):
            return True
    return False


def _spelled_whole(email: str, name: str) -> bool:
    """Whether the local part of ``email`` is all of a name spelled from ``name``: its
    first name and surname, an initial and the surname, or either alone, in either order
    ("j.weidinger", "jonas.weidinger", "weidinger.j", "jonas"), accents aside or an umlaut
    spelled out ("b.oberlaender")."""
    local = _LOCAL_SEPARATORS.sub("", without_accents(email.partition("@")[0].casefold()))
    folded = name.casefold().replace("-", " ")
    if len(folded.split()) < 2 or not local:
        return False
    # An umlaut left bare or spelled out: "b.oberlaender" for Brigitte Oberländer.
    for written in {folded, folded.translate(UMLAUTS_SPELLED)}:
        words = [without_accents(w) for w in written.split()]
        first, last = words[0], words[-1]
        spellings = {
            first + last,
            first[0] + last,
            last + first,
            last + first[0],
            last,
            first,
            # Every given name's initial: "tl.nguyen" for Thi Lan Nguyen.
            "".join(word[0] for word in words[:-1]) + last,
        }
        if len(words) == 3:
            # A Spanish or Portuguese name of two surnames spelled with the first of them:
            # "vicent.ferrer", "lgomez" for Vicent Ferrer Peris, Laura Gómez Ribera.
            spellings |= {first + words[1], first[0] + words[1]}
        if local in spellings:
            return True
    return False


# The marks that may stand between a label and its address, or after the address.
_LABEL_MARKS = frozenset({"-", "\u2013", "\u2014", ".", ";", ",", "<", ">", "(", ")"})


def labelled_addresses(
    text: str, items: Sequence[Item], rules: Rules, known: Collection[str]
) -> list[Address]:
    """The people addresses on labelled lines of ``text`` are given for: one of the rules'
    ``address_labels`` and a colon, opening the line or after a dash, a bar, a comma or a
    semicolon ("Courriel :", "E-mail:", "Contact:", "Correo:", "Endereço eletrónico:",
    "Barua pepe:"), then an address closing the line. It is the one person the line
    names, or, when it names no one, the line right above it ("Mme Thi Lan Nguyen -
    Directrice juridique, Groupe Véronèse\nTél. : 01 44 55 66 77 - Courriel :
    tl.nguyen@...", "... M. Rachid Benali, expert-comptable à Marseille, pour l'audit\n de
    la holding - contact : r.benali@..."): a first name and a surname or a title and a
    name, no organisation's name ("Groupe Véronèse"), whose name the address spells whole
    (``_spelled_whole``: "tl.nguyen", "r.benali", "benali"). Two people in those lines,
    another address there, an address spelling no one of them ("info@") or written for
    someone else already tie nothing. ``known`` are the names written in the mail."""
    told: list[Address] = []
    given = {(item.email or "").casefold() for item in items if item.kind == "name" and item.email}
    for label in rules.address_label_re.finditer(text):
        line_start = text.rfind("\n", 0, label.start()) + 1
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        after = [i for i in items if label.end() <= i.start < line_end]
        addresses = [i for i in after if i.kind == "email"]
        if len(addresses) != 1 or not addresses[0].email:
            continue
        email = addresses[0].email
        if email.casefold() in given or any(
            i.kind not in ("punct", "end") and i is not addresses[0] for i in after
        ):
            continue
        if any(i.kind == "punct" and i.lower not in _LABEL_MARKS for i in after):
            continue
        person = _labelled_person(text, items, line_start, label.start(), rules)
        if person is not None and person.name and _spelled_whole(email, person.name):
            told.append(Address(_fuller(person, known), email))
    return told


def _labelled_person(
    text: str, items: Sequence[Item], line_start: int, label: int, rules: Rules
) -> Item | None:
    """The one person the line before ``label`` names, or, naming no one, the line right
    above it, when it is not blank; None for two, for none, or beside an address."""
    spans = [(line_start, label)]
    if line_start > 0:
        spans.append((text.rfind("\n", 0, line_start - 1) + 1, line_start - 1))
    for number, (start, end) in enumerate(spans):
        if number and not text[start:end].strip():
            return None
        lines = [i for i in items if start <= i.start < end]
        if any(i.email for i in lines):
            return None
        people = [
            i
            for i in lines
            if i.kind == "name"
            and _surely_a_person(i)
            and (i.name or "").split()[0].casefold() not in rules.organisation_words
        ]
        if len(people) > 1:
            return None
        if people:
            return people[0]
    return None


# A vCard: its lines from "BEGIN:VCARD" to "END:VCARD".
VCARD = re.compile(r"(?ims)^[ \t>]*begin:vcard[ \t]*$(.*?)^[ \t>]*end:vcard[ \t]*$")
_VCARD_NAME = re.compile(r"(?im)^[ \t>]*fn(?:;[^:\n]*)?:[ \t]*(.+?)[ \t]*$")
_VCARD_EMAIL = re.compile(r"(?im)^[ \t>]*(?:item\d+\.)?email(?:;[^:\n]*)?:[ \t]*(\S+@\S+)[ \t]*$")
# A card's structured name, "N:Athman;Omar" (surname; given names; others; prefixes;
# suffixes), read where it gives no formatted one.
_VCARD_PARTS = re.compile(r"(?im)^[ \t>]*n(?:;[^:\n]*)?:[ \t]*(.+?)[ \t]*$")
# A line of a card's fields out of a "BEGIN:VCARD" block, its field's name in capitals
# as cards write it ("N:Athman;Omar", "EMAIL;TYPE=WORK:omar@...", "TEL;TYPE=CELL:...").
_CARD_FIELD = re.compile(r"^[ \t>]*(?:item\d+\.)?[A-Z][A-Z-]*(?:;[^:\n]*)?:")
# What closes one such card and may open the next: "BEGIN:CONTACTS", "END:CONTACTS", a
# signature's rule "--".
_CARD_BOUND = re.compile(r"(?i)^[ \t>]*(?:(?:begin|end):[\w-]*|--)[ \t]*$")
# Whether a text may hold a card: a line naming someone as a card does.
CARD_NAMED = re.compile(r"(?m)^[ \t>]*(?:item\d+\.)?F?N(?:;[^:\n]*)?:")


def vcard_addresses(text: str) -> list[Address]:
    """The address each vCard of ``text`` gives the one it is for: its formatted name
    ("FN:Sven Lindqvist"), or where it has none its structured one ("N:Athman;Omar" is
    Omar Athman), and its one address ("EMAIL;TYPE=INTERNET:sven@..."). A run of a
    card's fields outside a "BEGIN:VCARD" block is a card too, each run closed by a
    line of other text, a blank one, a "BEGIN:"/"END:" line or a rule "--" ("BEGIN:
    CONTACTS\nN:Mwinyi;Zahra\n...EMAIL;TYPE=WORK:zahra@...\n--\nN:Athman;Omar\n...
    EMAIL;TYPE=WORK:omar.athman@...\nEND:CONTACTS"). A card without a name, with two
    names or with two addresses ties nothing, nor does a name of one word."""
    cards = [card.group(1) for card in VCARD.finditer(text)]
    run: list[str] = []
    for line in [*VCARD.sub("", text).splitlines(), ""]:
        if _CARD_FIELD.match(line) and not _CARD_BOUND.match(line):
            run.append(line)
            continue
        if run:
            cards.append("\n".join(run))
            run = []
    told: list[Address] = []
    for card in cards:
        names = {n.strip() for n in _VCARD_NAME.findall(card) if n.strip()}
        if not names:
            names = {_structured(n) for n in _VCARD_PARTS.findall(card)} - {""}
        emails = {e.casefold(): e for e in _VCARD_EMAIL.findall(card)}
        if len(names) == 1 and len(emails) == 1:
            name = names.pop()
            if len(name.split()) > 1:
                told.append(Address(name, next(iter(emails.values()))))
    return told


def _structured(parts: str) -> str:
    """The name a card's structured name gives, given names first: "Athman;Omar" is
    "Omar Athman", "Haji Khamis;Salma;;Dr." "Salma Haji Khamis"."""
    fields = [" ".join(field.replace(",", " ").split()) for field in parts.split(";")]
    surname, given, others = [*fields, "", "", ""][:3]
    return " ".join(part for part in (given, others, surname) if part)


# The marks quoting a line ("> ", ">> ").
_QUOTING = re.compile(r"^(?:\s*>)+")


def signature_addresses(text: str, names: Collection[str]) -> list[Address]:
    """The addresses signature blocks of ``text`` give the people of ``names``, when the
    writer points to them ("His contact details are in his signature at the bottom",
    "ses coordonnées sont en bas", "sus datos están abajo", "seine Kontaktdaten stehen
    unten", "os contactos dele estão em baixo", "maelezo yake yako chini"): a block of
    lines, quoted or not, opening on a line that is one of ``names`` alone and holding
    exactly one address ("> Joseph Lokwang\n> Sub-County Water Officer\n> jlokwang@...
    | +254 ..."). A block with two addresses or more, or a name not alone on its line,
    ties nothing."""
    wanted = {name.casefold(): name for name in names if len(name.split()) > 1}
    if not wanted:
        return []
    found: dict[str, Address] = {}
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        bare = _QUOTING.sub("", line).strip()
        if bare:
            block.append(bare)
            continue
        if block:
            name = wanted.get(" ".join(block[0].split()).casefold())
            addresses = {a.casefold() for a in ADDRESS.findall("\n".join(block))}
            if name is not None and len(addresses) == 1:
                # The same one signing twice with another address ties nothing.
                key = name.casefold()
                email = addresses.pop()
                if key in found and found[key].email.casefold() != email:
                    found[key] = Address(name, "")
                elif key not in found:
                    found[key] = Address(name, email)
            block = []
    return [address for address in found.values() if address.email]


def roster_addresses(
    text: str, names: Collection[str], titles: Collection[str] = ()
) -> list[Address]:
    """The addresses a team's signature gives the people of ``names`` (full names, two
    words or more) on a line each, as an organisation lists its staff below a mail ("Neema
    Mgaya - Quality Assurance Lead - neema.mgaya@... - +255 ...", "Técnica de pescado:
    Djamila Fortes - djamila.fortes@..."): a line whose first cell, a label before it
    left out, is the name alone, perhaps after ``titles`` ("Ing. Rocío Huamán - Jefa de
    Proyecto - rhuaman@..."), holding exactly one address, which spells the name whole.
    Two addresses on the line, an address spelling another name, or one name on two lines
    with other addresses, tie nothing.

    A first name alone among ``names`` ("our battery & storage lead Priya") is the one
    line whose name opens on it ("Priya Chauhan - Battery & Storage - priya@..."), as a
    writer calls a colleague the roster below names in full; two lines of that first
    name ("Priya Chauhan", "Priya Nair") tie nothing."""
    wanted = {" ".join(n.split()).casefold(): n for n in names if len(n.split()) > 1}
    firsts = {n.casefold() for n in names if len(n.split()) == 1 and n[:1].isupper()}
    if not wanted and not firsts:
        return []
    # A line naming one of them holds the last word of that name, or the first name
    # alone: most lines hold none.
    lasts = {key.rsplit(" ", 1)[-1] for key in wanted} | firsts
    found: dict[str, set[str]] = {}
    # Each first name alone, the full names the roster's lines opening on it give.
    completed: dict[str, set[str]] = {}
    for line in text.splitlines():
        if "@" not in line:
            continue
        folded = line.casefold()
        if not any(last in folded for last in lasts):
            continue
        bare = _QUOTING.sub("", line)
        listed = _untitled(roster_name(bare), titles)
        name = wanted.get(listed.casefold())
        # A name of a few words, each written with its capital: "Lena would like to meet
        # Raj - raj@..." is a sentence, no roster line.
        opening = (
            listed.split()[0].casefold()
            if 1 < len(listed.split()) <= _MAX_ROSTER_NAME_WORDS
            and all(word[:1].isupper() for word in listed.split())
            else ""
        )
        if name is None and opening in firsts:
            completed.setdefault(opening, set()).add(listed)
            name = listed
        addresses = {a.casefold() for a in ADDRESS.findall(bare)}
        if name is not None and len(addresses) == 1:
            found.setdefault(name, set()).update(addresses)
    # A first name two lines open on is no one in particular.
    shared = {full for fulls in completed.values() if len(fulls) > 1 for full in fulls}
    return [
        Address(name, email)
        for name, emails in found.items()
        if name not in shared
        and len(emails) == 1
        and _spelled_whole(email := next(iter(emails)), name)
    ]


# How many words a roster line's name completing a first name may hold ("Priya Chauhan",
# "Ana María Pérez Soto").
_MAX_ROSTER_NAME_WORDS = 4


def _untitled(name: str, titles: Collection[str]) -> str:
    """``name`` without the titles opening it ("Ing. Rocío Huamán" is Rocío Huamán), two
    words of the name at least left: a roster writes a degree before the name, which the
    text asking for them leaves out."""
    words = name.split()
    while len(words) > 2 and words[0].rstrip(".").casefold() in titles:
        words = words[1:]
    return " ".join(words)


# A signature's rule, "--", which may open a block.
_RULE_LINE = re.compile(r"^-{2,3}$")


def signed_block_addresses(text: str, names: Collection[str]) -> list[Address]:
    """The addresses the signature blocks of ``text`` give the people of ``names`` (full
    names, two words or more) who sign them, as an assistant writing for one pastes
    their block ("--\nChief Olumide Adebayo, FCILT\nManaging Director / CEO\n...\n
    olumide.adebayo@..."): a block of lines, perhaps opened by a rule "--", whose first
    line is the name alone or between titles and letters after it, holding exactly one
    address, which spells the name whole ("olumide.adebayo", "oadebayo", "adebayo").
    A block of two addresses, an address that spells another name, a line that says
    more than the name, or one name signing two blocks with other addresses, ties
    nothing."""
    wanted = [name for name in names if len(name.split()) > 1]
    if not wanted:
        return []
    found: dict[str, set[str]] = {}
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        bare = _QUOTING.sub("", line).strip()
        if bare and not (not block and _RULE_LINE.match(bare)):
            block.append(bare)
            continue
        if block:
            addresses = {a.casefold() for a in ADDRESS.findall("\n".join(block))}
            for name in wanted:
                if len(addresses) == 1 and signs_with(block[0], name):
                    found.setdefault(name, set()).update(addresses)
            block = []
    return [
        Address(name, email)
        for name, emails in found.items()
        if len(emails) == 1 and _spelled_whole(email := next(iter(emails)), name)
    ]


# "Tomasz Wierzbicki <tom.w@...>", "Ana Souza (ana@...)": a name of up to four words
# written right before an address in angle brackets or parentheses.
_NAME_BEFORE_ADDRESS = re.compile(
    r"((?:[^\W\d_][\w'\u2019-]*[ \t]+){1,4})[<(][ \t]*([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*[>)]"
)


def _local_spells_name(name: Sequence[str], email: str) -> bool:
    """Whether the local part of ``email`` holds the first name and the last word of
    ``name`` ("wanjiru.mwangi@" for Wanjiru Mwangi), as a person's own address does."""
    local = without_accents(email.partition("@")[0].casefold())
    first, last = (without_accents(word.casefold()) for word in (name[0], name[-1]))
    return first in local and last in local


def thread_addresses(text: str, names: Collection[str], rules: Rules) -> list[Address]:
    """The addresses the quoted thread of ``text`` writes after a name ("> Omar, nice
    meeting Tomasz Wierzbicki <tom.w@...> at the dinner"), for the people the writer's
    own text names, by that name in full or by its first name alone ("Tomasz"), when the
    writer points to the thread for them ("Both their emails are in there"). Only quoted
    lines are read (a line opening on ">"), and only a name of two capitalised words or
    more; a name written with two addresses, or two such names for one first name the
    writer gives, tie nothing."""
    quoted = "\n".join(
        _QUOTING.sub("", line) for line in text.splitlines() if line.lstrip().startswith(">")
    )
    if "@" not in quoted:
        return []
    wanted = {" ".join(name.casefold().split()) for name in names}
    found: dict[str, set[str]] = {}
    shown: dict[str, str] = {}
    placed = [(m, True) for m in rules.workplace_address_re.finditer(quoted)]
    for match, at_place in [*((m, False) for m in _NAME_BEFORE_ADDRESS.finditer(quoted)), *placed]:
        words = match.group(1).split()
        # "meeting Tomasz Wierzbicki": the capitalised words closing the run are the name.
        at = len(words)
        while at > 0 and words[at - 1][0].isupper():
            at -= 1
        name = words[at:]
        if len(name) < 2:
            continue
        if at_place and not _local_spells_name(name, match.group(2)):
            # After where one works the address may be the place's ("info@aphrc..."):
            # theirs only where it spells them.
            continue
        full = " ".join(name)
        key = full.casefold()
        if key not in wanted and name[0].casefold() not in wanted:
            continue
        found.setdefault(key, set()).add(match.group(2).casefold())
        shown[key] = full
    firsts: dict[str, int] = {}
    for key in found:
        firsts[key.split()[0]] = firsts.get(key.split()[0], 0) + 1
    return [
        Address(shown[key], next(iter(emails)))
        for key, emails in found.items()
        if len(emails) == 1 and (key in wanted or firsts[key.split()[0]] == 1)
    ]


def note_contact(
    items: Sequence[Item], told: Sequence[Address], writers: Collection[str], rules: Rules
) -> Address | None:
    """The one person a forward's note gives an address for, besides ``writers`` (the
    forwarder and the forwarded mail's author, by address): "Andrés Molina es
    andres@molinagestoria.es" (a name, one of ``address_copulas`` and the address),
    "Andrés Molina (andres@...)", or one ``told`` gives. Two or none, and None."""
    given = list(told)
    for index, item in enumerate(items):
        if item.kind != "name" or not item.name:
            continue
        if item.email:
            given.append(Address(item.name, item.email))
        elif (
            index + 2 < len(items)
            and items[index + 1].lower in rules.address_copulas
            and items[index + 2].kind == "email"
            and items[index + 2].email
        ):
            given.append(Address(item.name, items[index + 2].email or ""))
    people = {
        a.email.casefold(): a
        for a in given
        if a.email and a.name and a.email.casefold() not in writers
    }
    return next(iter(people.values())) if len(people) == 1 else None


def your_contact(items: Sequence[Item], contact: Address, rules: Rules) -> list[Item]:
    """``items`` of a forwarded mail, each "your" and a role after it ("tu gestor", "your
    accountant", "ton comptable", "deinen Steuerberater", "o teu contabilista"), or a
    role and "your" after it ("mhasibu wako"), made the forwarder's ``contact``: the
    mail was written to the forwarder, whose note names that one."""
    kept: list[Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        after = items[index + 1] if index + 1 < len(items) else None
        if after is not None and (
            (item.lower in rules.your_words and after.lower in rules.contact_roles)
            or (item.lower in rules.contact_roles and after.lower in rules.your_after_words)
        ):
            name = contact.name
            kept.append(
                Item("name", name.casefold(), item.start, after.end, name=name, email=contact.email)
            )
            index += 2
            continue
        kept.append(item)
        index += 1
    return kept


_ADDRESS_MARKS = frozenset({",", ":", "-", "\u2013", "\u2014"})


def named_contact(
    text: str, items: Sequence[Item], rules: Rules, aside: Collection[str]
) -> tuple[Item, str] | None:
    """The one person a forward's note names as the forwarder's one for the forwarded
    ask, and the address it gives them ("" for none): a name after one of
    ``contact_leads`` ("My friend at Stripe is Chidi Eze, chidi@stripe.com", "Mi contacto
    es Federico Sosa, fsosa@...", "Mon contact chez Alan, c'est Romain Petit : ...", "A
    pessoa certa é o Gustavo Lima, ...", "Mein Kontakt bei Zalando ist Jana Berg
    (jana.berg@...)", "Mtu sahihi ni Neema Mushi"), a first name and a surname or a
    title and a name, nothing negated before it in its sentence, with the address beside
    it or after a comma, a colon or a dash, which must spell a word of their name. Two
    such names, a second person named after them in the sentence, an address spelling
    someone else, or any other address in the note besides ``aside`` (the writers', the
    agent's), and None."""
    found: list[tuple[Item, str]] = []
    start = 0
    for index, item in enumerate(items):
        if item.kind == "end":
            start = index + 1
            continue
        if item.kind != "name" or not item.name or index == start:
            continue
        lead = normal_text(text[items[start].start : item.start])
        if rules.contact_lead_re.search(lead) is None:
            continue
        if not _surely_a_person(item) or any(
            i.lower in rules.negations for i in items[start:index]
        ):
            return None
        email = item.email or ""
        after = items[index + 1 : index + 3]
        if (
            not email
            and len(after) == 2
            and after[0].lower in _ADDRESS_MARKS
            and after[1].kind == "email"
        ):
            email = after[1].email or ""
        if email and not _spells(email, item.name):
            return None
        rest = itertools.takewhile(lambda i: i.kind != "end", items[index + 1 :])
        if any(
            (i.kind == "name" and i.name and (i.email or len(i.name.split()) > 1)) for i in rest
        ):
            return None
        found.append((item, email))
    if len(found) != 1:
        return None
    person, email = found[0]
    given = {email.casefold(), *(a.casefold() for a in aside)}
    if any(i.email and i.email.casefold() not in given for i in items):
        return None
    return person, email
