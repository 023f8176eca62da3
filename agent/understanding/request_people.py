"""Who is who: a mention resolved to a person and an address, from the headers, the
addresses written in the mail and the address book.

The rule is never to guess: a party is certain only when its address is given next to
the name, named in the headers, or known to the address book under exactly one address;
a first name the book holds for several is the one whose address's domain names the word
the text ties to it ("c'est le Karim de l'INRIA" for karim.benali@inria.fr), when that
word names one of them alone. A surname alone after a title of a gender ("Frau Brandt")
is no one the book knows whose first name is of the other gender (rules/first_names),
and one whose first name says neither only uncertainly.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from agent.message import Address
from agent.understanding.address_book import AddressBook, name_key
from agent.understanding.first_names import UNKNOWN, first_name, gender_of, is_first_name
from agent.understanding.request_fuller import person_names
from agent.understanding.request_matching import Match
from agent.understanding.request_mentions import Item
from agent.understanding.request_model import Party
from agent.understanding.request_own_domains import own_domain_mailbox
from agent.understanding.request_rules import load_rules
from agent.understanding.request_tokens import UMLAUTS_SPELLED, without_accents
from rules.mailer_daemon import is_system_address

_LOCAL_SPLIT = re.compile(r"[._+\-\d]+")


@dataclass(frozen=True, init=False)
class Resolved:
    """A party and whether both its name and its address are certain."""

    party: Party
    certain: bool

    # Written out, not generated: the compiled build runs a written ``__init__`` as native
    # code, the one ``dataclass`` generates as Python, several times slower for a class
    # made this often.
    def __init__(self, party: Party, certain: bool) -> None:
        object.__setattr__(self, "party", party)
        object.__setattr__(self, "certain", certain)


@dataclass(init=False)
class Scene:
    """Everything that says who ``me``, ``you`` and a bare name are in one piece of text."""

    agent: str
    me: Resolved | None
    third: Resolved | None
    recipients: tuple[Address, ...]
    gazetteer: tuple[Address, ...]
    body_names: tuple[Address, ...]
    body_emails: tuple[str, ...]
    greeting: tuple[Item, ...]
    book: AddressBook | None
    text_names: tuple[str, ...] = ()
    # The names the text writes after a title ("Frau Keller", "Mme Dubois", "Sr. García").
    titled_names: tuple[str, ...] = ()
    they: tuple[Resolved, Resolved] | None = None
    # A forwarded mail, read as its author wrote it to the forwarder: its recipients are
    # the one asked, never "him" nor one of "us".
    forwarded: bool = False
    # A forward's note, ``third`` the forwarded mail's author: "her" may be someone else
    # the note names before it.
    noting: bool = False
    # Who "us" is besides the writer, where the text says so ("You mentioned you know
    # Li Wei ... introducing us?", or to the agent alone "Bridget Farrow makes candles -
    # could you introduce us?").
    us_with: Resolved | None = None
    # The text read, where the people written to may be named by a word that is also a
    # common one ("Ravi, Tomás -": French "ravi" is no name elsewhere).
    text: str = ""
    # The text says those on the mail are copied ("both cc'd", "en copie"): a name that
    # begins the first name of exactly one of them is theirs ("dan" for Daniel Okoye).
    copied: bool = False
    # The one word the forwarded mail's author signs it with, not the first name the
    # headers give ("Bia" under "Beijo" for Beatriz Lima), folded: that name is theirs.
    third_signed: str = ""
    # First names alone the writer typed in lower case, folded ("can u intro me to
    # dan?"): the address book does not say who they are.
    lowered: frozenset[str] = frozenset()
    # The addresses of those who sign the mail with its writer ("Carmen Ibáñez y Luis
    # Romero" over a mail from Luis, Carmen copied), folded: they ask with the writer, and
    # are no one on the mail an ask for "them" may mean.
    cosigned: frozenset[str] = frozenset()
    # The addresses of those the writer copies only to keep them informed ("Meine
    # Kollegin Sandra Imhof ist nur zur Information in Kopie"), folded: no one on the mail
    # an intro is for.
    informed: frozenset[str] = frozenset()
    # The two people a list right after an ask for "the two" gives addresses for ("¿Me
    # puedes presentar a los dos? Aquí van los correos:\n - Manuela: ...\n - Javier:
    # ..."): who "the two" are in a mail written to no two people.
    listed: tuple[Resolved, Resolved] | None = None
    # The folded addresses the mail is written to, when the agent is only copied on it:
    # the one so written to is asked ("Hallo Inês, könntest du ihn mir vorstellen?"), and
    # "him" is someone else.
    written_to: frozenset[str] = frozenset()

    # Written out, not generated: the compiled build runs a written ``__init__`` as native
    # code, the one ``dataclass`` generates as Python, several times slower for a class
    # made this often.
    def __init__(
        self,
        agent: str,
        me: Resolved | None,
        third: Resolved | None,
        recipients: tuple[Address, ...],
        gazetteer: tuple[Address, ...],
        body_names: tuple[Address, ...],
        body_emails: tuple[str, ...],
        greeting: tuple[Item, ...],
        book: AddressBook | None,
        text_names: tuple[str, ...] = (),
        titled_names: tuple[str, ...] = (),
        they: tuple[Resolved, Resolved] | None = None,
        forwarded: bool = False,
        noting: bool = False,
        us_with: Resolved | None = None,
        text: str = "",
        copied: bool = False,
        third_signed: str = "",
        lowered: frozenset[str] = frozenset(),
        cosigned: frozenset[str] = frozenset(),
        informed: frozenset[str] = frozenset(),
        listed: tuple[Resolved, Resolved] | None = None,
        written_to: frozenset[str] = frozenset(),
    ) -> None:
        self.agent = agent
        self.me = me
        self.third = third
        self.recipients = recipients
        self.gazetteer = gazetteer
        self.body_names = body_names
        self.body_emails = body_emails
        self.greeting = greeting
        self.book = book
        self.text_names = text_names
        self.titled_names = titled_names
        self.they = they
        self.forwarded = forwarded
        self.noting = noting
        self.us_with = us_with
        self.text = text
        self.copied = copied
        self.third_signed = third_signed
        self.lowered = lowered
        self.cosigned = cosigned
        self.informed = informed
        self.listed = listed
        self.written_to = written_to


# What parts the words of a name: white space, full stops and commas.
_NAME_BREAKS = re.compile(r"[\s.,]+")


def _particled(mention: Sequence[str]) -> bool:
    """Whether a name of two words or more is a surname with its particles ("van den
    berg", "de la fuente", "von ahlefeldt"): every word but the last one of them."""
    return len(mention) > 1 and all(word in load_rules().name_particles for word in mention[:-1])


def _rival_recipient(mention: list[str], fuller: set[str], scene: Scene) -> bool:
    """Whether someone written to or copied, other than the agent, bears the first name
    ``mention`` writes alone under another name than the one fuller name of the text
    (Dana White on Cc beside "Dana Kim" in the text, for "Dana")."""
    full = [_words(n) for n in fuller]
    return any(
        a.name
        and _words(a.name)[:1] == mention[:1]
        and _words(a.name) not in full
        and not is_agent(a.email, scene.agent)
        for a in scene.recipients
    )


def _words(name: str) -> list[str]:
    return list(_name_words(name))


@lru_cache(maxsize=256)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of ``name``, kept for the names of the last few mails: the same names
    are split again and again as mentions are resolved (``_words`` gives a fresh list)."""
    return tuple(w for w in _NAME_BREAKS.split(name.casefold().replace("\u2019", "'")) if w)


def _name_matches(mention: Sequence[str], candidate: str) -> bool:
    words = _words(candidate)
    if not mention or not words:
        return False
    if words[: len(mention)] == list(mention) or list(mention[: len(words)]) == words:
        return True
    if len(mention) == 1:
        # "Smith, John" is John; a surname alone could be anyone's, so it is not matched.
        return "," in candidate and mention[0] == words[-1]
    # A first and last name with a middle name or initial left out.
    return mention[0] == words[0] and mention[-1] == words[-1]


def _same_first_name_other(mention: Sequence[str], words: Sequence[str]) -> bool:
    """Whether ``words`` name someone else of the written name's first name: a first name
    and a surname, the first name the same and the surname another ("Anna Lind" beside
    "Anna Berg")."""
    return len(words) > 1 and words[0] == mention[0] and words[-1] != mention[-1]


def _spells_surname(mention: Sequence[str], email: str) -> bool:
    """Whether ``email`` spells the written name's surname: in its local part, or
    opening its domain ("anna@schmidt-law.de" for Anna Schmidt)."""
    surname = without_accents(mention[-1])
    domain = email.partition("@")[2].casefold()
    return _local_matches(mention[-1:], email) or domain.startswith(surname)


def _local_matches(mention: Sequence[str], email: str) -> bool:
    """Whether the local part of ``email`` spells the written name ``mention``: its first
    name as a piece, or the whole name or its first initial and surname run together, or
    all its words after the first ("teckseng@" for Ong Teck Seng); an
    accent left out or an umlaut spelled out ("joerg.lang@" for Jörg Lang, "juergen@" for
    Jürgen, "strauss@" for Strauß)."""
    local = email.split("@", 1)[0].casefold()
    parts = [part for part in _LOCAL_SPLIT.split(local) if part]
    spellings = [[without_accents(word) for word in mention]]
    if any(not UMLAUTS_SPELLED.keys().isdisjoint(map(ord, word)) for word in mention):
        spellings.append([without_accents(word.translate(UMLAUTS_SPELLED)) for word in mention])
    for words in spellings:
        first = words[0]
        if len(first) >= 3 and first in parts:
            return True
        joined = "".join(words)
        if len(words) > 1 and local in (joined, words[0][0] + words[-1]):
            return True
        if len(words) > 2 and local == "".join(words[1:]):
            # "teckseng@" for Ong Teck Seng: a name written family name first, its given
            # name of two words run together.
            return True
    return False


def _family_first(mention: Sequence[str], scene: Scene) -> list[Address]:
    """The one on the headers whose name, written family name first, goes on with the
    written name, when their address spells it ("Wei Ling" for Tan Wei Ling
    <weiling.tan@...>): the name after the family name is what those close to them call
    them. Another of those words on the mail ("Wei Zhang" too), or an address not spelling
    the name ("tan.wl@"), and the name could be someone else's: no one."""
    if len(mention) < 2:
        return []
    found = []
    for address in scene.gazetteer:
        words = _words(address.name)
        if words[1:] != list(mention) or not _spells_given(mention, address.email):
            continue
        found.append(address)
    if len(found) != 1:
        return []
    key = found[0].key
    names = [a.name for a in (*scene.gazetteer, *scene.body_names) if a.key != key]
    names += [n for n in scene.text_names if n != found[0].name]
    if any(not set(mention).isdisjoint(_words(n)) for n in names if _words(n) != list(mention)):
        return []
    return found


def _spells_given(mention: Sequence[str], email: str) -> bool:
    """Whether the local part of ``email`` writes the words of ``mention`` whole, run
    together ("weiling.tan@") or each a piece in their order ("wei.ling.tan@")."""
    parts = [p for p in _LOCAL_SPLIT.split(email.partition("@")[0].casefold()) if p]
    words = [without_accents(w) for w in mention]
    if "".join(words) in parts:
        return True
    return any(parts[i : i + len(words)] == words for i in range(len(parts)))


def _spelled_in_full(email: str, names: Iterable[str]) -> str:
    """The one name of ``names``, a first name and a surname at least, that the local part
    of ``email`` spells whole: both ("yves.tardieu@", "yvestardieu@") or the first name's
    initial and the surname ("l.brandt@"), an umlaut perhaps spelled out ("joerg.mueller@"
    for Jörg Müller); "" for none or several. A first name alone ("yves@") could be
    anyone's of that name."""
    local = "".join(part for part in _LOCAL_SPLIT.split(email.partition("@")[0].casefold()))
    found = set()
    for name in names:
        for spelling in {name.casefold(), name.casefold().translate(UMLAUTS_SPELLED)}:
            words = [without_accents(word) for word in _words(spelling)]
            if len(words) >= 2 and local in (words[0] + words[-1], words[0][0] + words[-1]):
                found.add(name)
    return found.pop() if len(found) == 1 else ""


def is_agent(email: str, agent: str) -> bool:
    """True for the agent's own address and its plus-addresses (``intro+token@...``)."""
    user, _, domain = email.strip().casefold().rpartition("@")
    agent_user, _, agent_domain = agent.rpartition("@")
    return domain == agent_domain and user.partition("+")[0] == agent_user


def unique_addresses(addresses: Iterable[Address], agent: str) -> list[Address]:
    seen: dict[str, Address] = {}
    for address in addresses:
        if address.key and not is_agent(address.key, agent):
            previous = seen.get(address.key)
            if previous is None or len(address.name) > len(previous.name):
                seen[address.key] = address
    return list(seen.values())


def _display(mention: str, found: Address) -> str:
    """The fuller of the written name and the known display name."""
    if found.name and _name_matches(_words(mention), found.name):
        return found.name
    return mention


def _header_name(name: str, email: str, scene: Scene) -> str:
    """``name`` in full as the headers show ``email``, where that display name begins
    with it: "Gareth is gareth.pryce@..." to Gareth Pryce <gareth.pryce@...> on To is
    Gareth Pryce. A display name the written name does not open ("Harbour Bakehouse"
    for "Maggie") leaves it as written."""
    key = email.casefold()
    shown = [a.name for a in scene.gazetteer if a.key == key and a.name]
    if len(shown) == 1 and len(_words(shown[0])) > len(_words(name)):
        mention = _words(name)
        if mention and _words(shown[0])[: len(mention)] == mention:
            return shown[0]
    return name


def _named_as(candidate: str, mention: list[str], titled: bool) -> bool:
    """Whether ``candidate`` is the one a mention's words (``mention``) name: by the name
    itself, or after a title by its last words ("Frau Schuster" of "Annegret Schuster").
    A function of its own rather than one nested in ``resolve_name``: the compiled build
    ties a nested function and what it reads in a cycle only the collector frees."""
    if _name_matches(mention, candidate):
        return True
    words = _words(candidate)
    surname = len(mention) == 1 or _particled(mention)
    return titled and surname and len(words) > len(mention) and words[-len(mention) :] == mention


def resolve_name(
    name: str, email: str | None, scene: Scene, titled: bool = False, gender: str = ""
) -> Resolved:
    """Who a written name is: certain only when exactly one address answers to it.

    A surname alone is matched only after a title ("Frau Yilmaz"), the way people
    name someone formally; "Yilmaz" alone could be anyone of that family. A title of a
    gender (``gender``, "f" or "m") names, in the address book, no one whose first name
    is the other's, and one whose first name is of neither only uncertainly.
    """
    mention = _words(name)
    if email:
        known = [a for a in scene.gazetteer if a.key == email.casefold()]
        if not name and not (known and known[0].name):
            # "Kezia Obi does tidy work - kezia.obi@...": an address the text ties to the
            # one it names (``request_told``) is written under that name.
            key = email.casefold()
            told = {a.name for a in scene.body_names if a.name and a.key == key}
            if len(told) == 1:
                name = told.pop()
        elif len(mention) == 1 and not (known and known[0].name):
            # "Mr Okafor (d.okafor@...)" after "Mr Desmond Okafor": the fuller name the
            # mail gives with the address, its surname after a title, else its first name.
            at = -1 if titled else 0
            key = email.casefold()
            told = {
                a.name
                for a in scene.body_names
                if a.key == key and len(_words(a.name)) > 1 and _words(a.name)[at] == mention[0]
            }
            if len(told) == 1:
                name = told.pop()
        display = _display(name, known[0]) if known else name
        if not display and scene.text_names:
            # "Le président s'appelle Yves Tardieu, son mail c'est yves.tardieu@...": the
            # one name of the text the address spells in full is the one it is for.
            display = _spelled_in_full(email, scene.text_names)
        # A name is a name or unknown: an address no name goes with is written under None.
        return Resolved(Party(display or None, email), not is_agent(email, scene.agent))
    signer = _signed_author(mention, scene) if titled else None
    if signer is not None:
        # "o email da Dona Cida aí embaixo" over a mail from Aparecida Conceição signed
        # "Cida": the title is how the writer calls the one who signs so, the word no
        # surname ("Baiana da Cida", the name of her stall, is no one).
        return signer
    if len(mention) == 1 or (titled and _particled(mention)):
        # "Hannah" after "Dr. Hannah Price" earlier in the mail: the fuller name, if only one.
        # After a title, a surname ("Frau Schuster" after "Frau Annegret Schuster") first,
        # its particles with it ("Maître Van den Berg" after "Maître Pieter Van den Berg").
        # "Mr. Okafor" after "Chinedu Okafor, CEO of Okafor Construction Group": a firm
        # named after the one written is none of his fuller names.
        people = person_names(scene.text_names, load_rules())
        fuller: set[str] = set()
        if titled:
            fuller = {
                n
                for n in people
                if len(_words(n)) > len(mention) and _words(n)[-len(mention) :] == mention
            }
        if len(fuller) != 1:
            fuller = {n for n in people if len(_words(n)) > 1 and _words(n)[0] == mention[0]}
        if len(fuller) != 1 and not titled:
            fuller = _equated(name, scene.text)
        if len(fuller) == 1 and not titled and _rival_recipient(mention, fuller, scene):
            # "Please introduce Dana to Leo ... Dana Kim (...) may want one later too",
            # Dana White on Cc: which Dana is meant the mail does not say.
            return Resolved(Party(name, None), False)
        if len(fuller) == 1:
            name = fuller.pop()
            mention = _words(name)

    # "Anna Berg and Anna Lind (anna@lind.se)": an address the mail gives to another
    # person of the same first name is none of Anna Berg's, though it spells "anna".
    others = {
        a.key
        for a in scene.body_names
        if len(mention) > 1 and _same_first_name_other(mention, _words(a.name))
    }
    # With another of that first name in the text, an address spelling the first name
    # alone ("anna@lind.se") could be either's: only one spelling the surname is hers
    # ("anna.berg@", "anna@berg-law.de").
    rivals = len(mention) > 1 and any(
        _same_first_name_other(mention, _words(n)) for n in scene.text_names
    )
    tiers: list[list[Address]] = [
        [a for a in scene.body_names if _named_as(a.name, mention, titled)],
        [
            Address(name, e)
            for e in scene.body_emails
            if (_local_matches(mention, e) or own_domain_mailbox(mention, e, load_rules()))
            and e.casefold() not in others
            and not (rivals and not _spells_surname(mention, e))
        ],
        [a for a in scene.gazetteer if a.name and _named_as(a.name, mention, titled)],
        [a for a in scene.gazetteer if not a.name and _local_matches(mention, a.email)],
        family := _family_first(mention, scene),
    ]
    booked: list[list[Address]] = []
    surnamed: list[Address] | None = None
    if scene.book is not None and not (len(mention) == 1 and mention[0] in scene.lowered):
        # "can u intro me to dan?": a first name alone typed in lower case is asked about.
        booked.append(list(scene.book.lookup(name)))
        if titled and len(mention) == 1:
            # "mit Herrn Brandt vom Bauamt": a surname after a title is the one person the
            # book knows by it, never a lookalike ("Brandl"); two Brandts, and no one.
            surnamed = list(scene.book.lookup_surname(name))
            if gender:
                # "Frau Brandt" is no Jürgen Brandt.
                surnamed = _not_of_other_gender(surnamed, gender)
            booked.append(surnamed)
    tiers += booked
    for tier in tiers:
        found = unique_addresses(tier, scene.agent)
        if len(found) > 1 and len(mention) == 1 and any(tier is b for b in booked):
            # "c'est le Karim de l'INRIA" beside Karim Benali <...@inria.fr> and Karima
            # Haddad in the book: the one whose address's domain the text ties to the name.
            found = _placed_by_domain(found, mention[0], scene.text) or found
        if len(found) == 1 and gender and tier is surnamed and _gender(found[0]) != gender:
            # "Mr Park" and the book's only Park a Kim: a first name of either gender, or
            # one the lists do not hold, does not say it is him.
            return Resolved(Party(name, None), False)
        if len(found) == 1:
            # The fuller of the two: "Paul Henning" written, "Paul's email is ..." found.
            listed = found[0].name
            longer = bool(listed) and (_named_as(listed, mention, titled) or tier is family)
            longer = longer and len(_words(listed)) >= len(mention)
            display = _header_name(listed if longer else name, found[0].email, scene)
            return Resolved(Party(display, found[0].email), True)
        if len(found) > 1:
            return Resolved(Party(name, None), False)
    if scene.copied and len(mention) == 1 and len(mention[0]) >= 2:
        # "intro dan and mo (both cc'd)": the one copied whose first name it begins.
        start = without_accents(mention[0])
        short = [
            a
            for a in unique_addresses(scene.recipients, scene.agent)
            if a.name and without_accents(first_word(a)).startswith(start)
        ]
        if len(short) == 1:
            return Resolved(Party(short[0].name, short[0].email), True)
    shortened = _shortened_recipient(mention, scene)
    if shortened is not None:
        return shortened
    nicknamed = _nicknamed_recipient(mention, scene)
    if nicknamed is not None:
        return nicknamed
    if scene.third_signed and scene.third is not None and mention == [scene.third_signed]:
        # "apresentar a Bia pro Thiago" over a mail from Beatriz Lima signed "Bia".
        return scene.third
    called = _called_author(mention, scene) or _called_recipient(mention, scene)
    if called is not None:
        return called
    return Resolved(Party(name, None), False)


# "Bibi = Beatrice Achterberg": a word set equal to a full name of two to four words,
# each written with its capital.
_EQUATED = re.compile(
    r"(?<![\w=])([^\W\d_][\w'-]*)[ \t]*=[ \t]*"
    r"([^\W\d_][\w'-]*(?:[ \t]+[^\W\d_][\w'-]*){1,3})(?![ \t]*[\w=])"
)


def _equated(name: str, text: str) -> set[str]:
    """The full names the text sets a one-word name equal to ("Bibi = Beatrice Achterberg,
    you've got her from ..."): the writer says who the name they call someone by is.
    Most mails hold no "=": the pattern is then not searched."""
    if "=" not in text:
        return set()
    word = name.casefold()
    return {
        m.group(2)
        for m in _EQUATED.finditer(text)
        if m.group(1).casefold() == word and all(w[0].isupper() for w in m.group(2).split())
    }


def _signed_author(mention: Sequence[str], scene: Scene) -> Resolved | None:
    """The forwarded mail's author, when ``mention``, one word after a title, is the one
    word they sign it with ("Dona Cida", "Doña Pili", "Bi Neema" over a mail signed "Cida",
    "Pili", "Neema"): the title is how the writer calls them, the word no surname, when
    no one else on the mail or in its text has it as their first name ("Baiana da Cida",
    her stall, holds it only after a particle)."""
    third = scene.third
    if third is None or len(mention) != 1 or mention != [scene.third_signed]:
        return None
    key = (third.party.email or "").casefold()
    names = [a.name for a in (*scene.gazetteer, *scene.body_names) if a.key != key]
    if any(
        len(_words(name)) > 1 and _first_word(name) == mention[0]
        for name in (*names, *scene.text_names)
    ):
        return None
    return third


def _shortened_recipient(mention: Sequence[str], scene: Scene) -> Resolved | None:
    """The one on the mail's headers a first name and surname name by a short form of
    the first name ("Raj Iyer" beside Rajesh Iyer <riyer@...> on To): the same surname
    and the first name's first letters (``_MIN_NICKNAME_LETTERS`` or more), the only one
    on the mail so named, and not named in full in the text too ("Daniela Lee ... her
    brother Dan Lee" names two); else None. "Ann Lee" beside Anna Leeds is none: a surname
    is the same word or nothing."""
    if len(mention) != 2 or len(mention[0]) < _MIN_NICKNAME_LETTERS:
        return None
    start, surname = (without_accents(word) for word in mention)
    found = [
        a
        for a in unique_addresses(scene.recipients, scene.agent)
        if a.name
        and len(words := [without_accents(w) for w in _words(a.name)]) == 2
        and words[1] == surname
        and words[0] != start
        and words[0].startswith(start)
    ]
    if len(found) != 1:
        return None
    full = _words(found[0].name)
    if any(_words(name) == full for name in scene.text_names):
        return None
    return Resolved(Party(found[0].name, found[0].email), True)


def _nicknamed_recipient(mention: Sequence[str], scene: Scene) -> Resolved | None:
    """The one on the mail called by a nickname the local part of their address opens on
    ("conheça o Cadu" beside Carlos Eduardo Siqueira <cadu.siqueira@...>): one word, no
    word of their header name (a surname alone is no one's nickname), and the only
    address on the mail, the writer's too, that opens on it; else None."""
    if len(mention) != 1 or len(mention[0]) < _MIN_NICKNAME_LETTERS:
        return None
    word = without_accents(mention[0])
    on_mail = list(scene.recipients)
    if scene.me is not None and scene.me.party.email:
        on_mail.append(Address(scene.me.party.name or "", scene.me.party.email))
    opening = [
        a
        for a in unique_addresses(on_mail, scene.agent)
        if _LOCAL_SPLIT.split(a.email.partition("@")[0].casefold())[0] == word
    ]
    if len(opening) != 1 or not opening[0].name:
        return None
    found = opening[0]
    if word in {without_accents(w) for w in _words(found.name)}:
        return None
    return Resolved(Party(found.name, found.email), True)


# The fewest letters a nickname has for an address opening on it to be read as theirs.
_MIN_NICKNAME_LETTERS = 3


def _called_author(mention: Sequence[str], scene: Scene) -> Resolved | None:
    """The forwarded mail's author, when the note calls them by one of ``address_forms``
    and their first name ("mtambulishe Mama Grace" over a mail from Grace Wairimu): the
    form is how the writer calls her, and the name hers, when no one else the mail names
    has that first name. Before a name no one on the mail has, the form and the name are
    how someone else is called ("Mama Juma", Juma's mother), and stay unknown."""
    third = scene.third
    if (
        third is None
        or len(mention) != 2
        or mention[0] not in load_rules().address_forms
        or not third.party.name
        or not third.party.email
    ):
        return None
    words = _words(third.party.name)
    key = third.party.email.casefold()
    if len(words) < 2 or words[0] != mention[1]:
        return None
    if not any(a.key == key for a in scene.gazetteer):
        return None
    # Another of that first name on the mail or in its text could be the one so called.
    first = words[0]
    others = {
        a.key for a in (*scene.gazetteer, *scene.body_names) if _first_word(a.name) == first
    } - {key}
    others |= {n for n in scene.text_names if _first_word(n) == first and n != third.party.name}
    return None if others else third


def _called_recipient(mention: Sequence[str], scene: Scene) -> Resolved | None:
    """The one the mail is written or copied to whom the text calls by one of
    ``address_forms`` and their first name ("Mama Rehema, kutana na Mzee Otieno" to
    Rehema Mwangi and Otieno Ouma): the form is how the writer calls her, as a title is,
    when she alone of those on the mail has that first name and no one else the mail or
    its text names does. A form of a gender ("Mama", "Baba": ``female_titles``,
    ``male_titles``) before the first name of someone of the other ("Mama Juma" to Juma
    Said) is how Juma's mother is called, and stays unknown."""
    rules = load_rules()
    if len(mention) != 2 or mention[0] not in rules.address_forms:
        return None
    first = mention[1]
    on_mail = [
        a for a in unique_addresses(scene.recipients, scene.agent) if _first_word(a.name) == first
    ]
    if len(on_mail) != 1 or len(_words(on_mail[0].name)) < 2:
        return None
    found = on_mail[0]
    gender = rules.title_genders.get(mention[0], "")
    if gender and _gender(found) not in (gender, UNKNOWN):
        return None
    # Another of that first name on the mail or in its text could be the one so called.
    key = found.email.casefold()
    others = {
        a.key for a in (*scene.gazetteer, *scene.body_names) if _first_word(a.name) == first
    } - {key}
    others |= {n for n in scene.text_names if _first_word(n) == first and n != found.name}
    if others:
        return None
    return Resolved(Party(found.name, found.email), True)


def _first_word(name: str) -> str:
    """The first word of a name, case-folded; "" for none."""
    words = _name_words(name)
    return words[0] if words else ""


def _gender(address: Address) -> str:
    """The gender of the first name of a known address's name, or ``UNKNOWN``."""
    return gender_of(first_name(address.name, load_rules().titles))


def _not_of_other_gender(found: Iterable[Address], gender: str) -> list[Address]:
    """Those of ``found`` whose first name is not clearly of the gender other than
    ``gender`` ("Jürgen Brandt" is no "Frau Brandt"; "Kim Park" may be "Mr Park")."""
    return [a for a in found if _gender(a) in (gender, UNKNOWN)]


# How many words after a first name may tie it to where its one works ("Karim de l'INRIA",
# "Karim from Inria", "Karim von der INRIA"), and how long those between may be.
_PLACE_WINDOW = 4
_LINK_LETTERS = 4
_TEXT_WORDS = re.compile(r"\w+")


# A domain's public second level ("co" of "hotmail.co.uk", "ac" of "ox.ac.uk") names
# no workplace, and "Danny from the Co-op" must not pick the Danny at Hotmail by it.
_PUBLIC_LABELS = frozenset(
    {"ac", "co", "com", "edu", "go", "gob", "gov", "gv", "int", "ltd", "mil", "ne", "net"}
    | {"nhs", "nom", "or", "org", "plc", "sch"}
)


def _workplace_labels(email: str) -> set[str]:
    """The labels of an address's domain that may name where its owner works: none for a
    mailbox anyone can open ("hotmail.co.uk", "gmail.com", ``shared_mail_domains``),
    never its top level nor a public second level ("co", "ac")."""
    domain = email.casefold().partition("@")[2]
    labels = domain.split(".")[:-1]
    mine = [label for label in labels if label not in _PUBLIC_LABELS]
    # The provider's name, then only public labels: "hotmail.co.uk" as "hotmail.com".
    providers = {shared.partition(".")[0] for shared in load_rules().shared_mail_domains}
    if domain in load_rules().shared_mail_domains or (mine and mine[-1] in providers):
        return set()
    return set(mine)


def _placed_by_domain(found: Sequence[Address], first: str, text: str) -> list[Address]:
    """The one of ``found`` (the address book's people a first name may be) whose
    address's domain names the word the text writes after that name, up to three short
    words between ("c'est le Karim de l'INRIA" for karim.benali@inria.fr, "Karim from
    Inria", "o Karim da INRIA", "Karim wa INRIA"); none when no such word names exactly
    one of them."""
    words = [without_accents(w) for w in _TEXT_WORDS.findall(text.casefold())]
    key = without_accents(first)
    labels = [_workplace_labels(a.email) for a in found]
    chosen: set[int] = set()
    for at, word in enumerate(words):
        if word != key:
            continue
        for after in words[at + 1 : at + 1 + _PLACE_WINDOW]:
            named = {n for n, domain in enumerate(labels) if after in domain}
            if named:
                chosen |= named
                break
            if len(after) > _LINK_LETTERS:
                break
    return [found[n] for n in chosen] if len(chosen) == 1 else []


def _titled(address: Address, titled: set[tuple[str, ...]]) -> bool:
    """Whether the text names ``address`` after a title by its surname, or by its whole
    name ("Frau Keller" for Andrea Keller, "Sr. García" for Luis García)."""
    words = _words(address.name) if address.name and "," not in address.name else []
    if len(words) < 2:
        return False
    return any(name == tuple(words[-len(name) :]) for name in titled)


def named_in_mail(address: Address, scene: Scene, shown: Collection[str]) -> bool:
    """Whether the mail's text names someone on it, as ``named_in_text`` says, or after a
    title by a surname no one else on the mail has, as a formal mail greets and speaks of
    the people it is written to ("Liebe Frau Schmitt, lieber Herr Yildiz", "Chère
    Madame Roux", "Estimada Sra. Ortega", "Ndugu Bi. Mushi", "Dear Ms Keller")."""
    if named_in_text(address, scene.text_names, shown, scene.text):
        return True
    titled = {tuple(_words(n)) for n in scene.titled_names if _words(n)}
    if not titled or not _titled(address, titled):
        return False
    surname = _words(address.name)[-1:]
    return not any(
        r.key != address.key and r.name and "," not in r.name and _words(r.name)[-1:] == surname
        for r in scene.recipients
    )


def first_word(address: Address) -> str:
    words = _words(address.name) if address.name else []
    if "," in address.name and len(words) > 1:
        return words[-1]
    return words[0] if words else ""


# "Hargreaves, Simon": a directory's surname-first display name, one or two words a side.
_NAME_WORD = r"[^\W\d_][\w'\-]*"
_SURNAME_FIRST = re.compile(
    rf"^({_NAME_WORD}(?: {_NAME_WORD})?), ({_NAME_WORD}(?: {_NAME_WORD})?)$"
)


# A surname written in capitals: "TAKAHASHI", "WHITFIELD-ASARE", "O'BRIEN".
_CAPITALS_WORD = re.compile(r"[^\W\d_a-z]{2,}(?:['\-][^\W\d_a-z]{2,})*")

# A bracketed part closing a display name: "(RIVERSIDE MEDICAL CENTRE)", "(Sales)".
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")

# A nickname in quotes between a given name and a surname: 'Ousmane « Ouzin » Sarr',
# "Mercedes “Meche” Aguirre", "Wolfgang „Wolle“ Maier": one or two capitalised words or
# initials, each pair of quotes with the one closing it.
_NICKNAME_QUOTES = (
    ("\u00ab", "\u00bb"),
    ("\u201c", "\u201d"),
    ("\u201e", "\u201c"),
    ("\u2018", "\u2019"),
    ('"', '"'),
)
_QUOTED_NICKNAME = re.compile(
    "|".join(
        rf"(?<=\S) {re.escape(opening)}\s?[^\W\d_][\w'\-.]*(?: [^\W\d_][\w'\-.]*)?"
        rf"\s?{re.escape(closing)}(?= [^\W\d_])"
        for opening, closing in _NICKNAME_QUOTES
    )
)


def _without_nickname(name: str) -> str:
    """``name`` without a nickname written in quotes inside it, the name one is called by
    and no part of the name in full: 'Ousmane « Ouzin » Sarr' is Ousmane Sarr, as the text
    reads 'Mercedes "Meche" Aguirre'; a quoted part opening or closing the name, a firm's
    ('Ann Lee "Bloom"'), stays."""
    found = _QUOTED_NICKNAME.search(name)
    if found is None or not found.group(0).strip(_QUOTE_MARKS)[:1].isupper():
        return name
    return name[: found.start()] + name[found.end() :]


_QUOTE_MARKS = " " + "".join(mark for pair in _NICKNAME_QUOTES for mark in pair)


def natural_name(name: str, titles: Collection[str] = ()) -> str:
    """A display name as people write it: Outlook and Exchange directories show
    "Hargreaves, Simon", which is Simon Hargreaves, some with a title last ("Kessler,
    Matthias Dr."), which is no part of the name; see also ``plain_name``."""
    plain = _without_nickname(plain_name(name, titles))
    if plain.endswith(")"):
        # "OKAFOR, Sandra (RIVERSIDE MEDICAL CENTRE)", "Whitcombe T (Staff)", "Priya
        # Sharma (Careers Service)": the directory's department, employer or role in
        # brackets after the name is no part of it. A word alone before them may be a
        # firm's name the bracket completes ("Acme (UK)"), and stays so.
        bare = _TRAILING_BRACKET.sub("", plain)
        if _SURNAME_FIRST.match(bare) or (len(bare.split()) > 1 and bare[:1].isalpha()):
            plain = bare
    words = plain.split()
    if "," in plain and len(words) > 2 and words[-1].rstrip(".").casefold() in titles:
        plain = " ".join(words[:-1])
    found = _SURNAME_FIRST.match(plain)
    if found is None:
        return _capitals_first(plain)
    if not all(word[0].isupper() for word in found.group(0).split()):
        return plain
    surname, given = found.group(1), found.group(2)
    if surname.isupper() and not given.isupper():
        # "OKAFOR, Sandra": a directory writes the surname in capitals; the person
        # writes "Okafor".
        surname = surname.title()
    return f"{given} {surname}"


def _capitals_first(name: str) -> str:
    """``name`` in natural order where a directory writes the surname first, in capitals,
    and no comma ("TAKAHASHI Kenji", "ROUX Chantal", "WHITFIELD-ASARE Jonathan"): the
    given name after it is a listed first name, written with a capital and lower case, so
    "IBM Support" or "ACME Ltd" stay as they are."""
    words = name.split()
    if len(words) != 2 or not _CAPITALS_WORD.fullmatch(words[0]):
        return name
    surname, given = words
    if given.isupper() or not given[:1].isupper() or not is_first_name(given):
        return name
    return f"{given} {surname.title()}"


def plain_name(name: str, titles: Collection[str] = ()) -> str:
    """A display name without what is no part of the name: a company after a bar or a
    dash ("Jessica Tran | NorthPeak", "Ann Lee - Acme") and a title before it ("Dr.
    Katharina Weber", "Herrn", "Bi."); any other name is kept as it is."""
    words = name.split()
    if not words:
        return name
    if words[0].rstrip(".").casefold() not in titles and not _COMPANY_MARK.search(name):
        # Most names: no title first, nothing after a bar or a dash.
        return name
    head = _COMPANY_AFTER.split(" ".join(words), maxsplit=1)[0].split()
    # "Anne - Marie" is one name: a company follows a whole name of two words or more.
    kept = head if len(head) > 1 else words
    while len(kept) > 1 and kept[0].rstrip(".").casefold() in titles:
        kept = kept[1:]
    return name if kept == words else " ".join(kept)


# "Jessica Tran | NorthPeak", "Ann Lee - Acme": the company after the person.
_COMPANY_AFTER = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*")
_COMPANY_MARK = re.compile(r"[|\u2013\u2014]|\s-\s")


def party_of(address: Address) -> Resolved:
    return Resolved(Party(address.name or None, address.email or None), bool(address.email))


def resolve_mention(item: Item, scene: Scene) -> list[Resolved]:
    """The party (or, for ``you two``, the parties) one mention stands for."""
    unknown = Resolved(Party(None, None), False)
    if item.kind in ("self", "us"):
        return [scene.me or unknown]
    if item.kind == "third":
        return [scene.third or unknown]
    if item.kind == "email":
        return [resolve_name("", item.email, scene)]
    if item.kind == "name" and item.name:
        return [resolve_name(item.name, item.email, scene, item.titled, item.gender)]
    if item.kind == "you":
        if len(scene.recipients) == 1:
            return [party_of(scene.recipients[0])]
        if len(scene.greeting) == 1:
            return resolve_mention(scene.greeting[0], scene)
        return [unknown]
    if item.kind in ("group", "call"):
        if len(scene.recipients) == 2:
            # Certain only if the mail names both: a copied assistant is no party. A
            # surname after a title names one too ("Frau Keller", "Mme Dubois").
            titled = {tuple(_words(n)) for n in scene.titled_names if _words(n)}
            taken = {first_word(r) for r in scene.recipients if r.name}
            recipients = [_spelled_by(r, scene.text_names, taken) for r in scene.recipients]
            return [
                Resolved(
                    party_of(r).party,
                    _titled(r, titled) or named_in_text(r, scene.text_names, taken, scene.text),
                )
                for r in recipients
            ]
        if len(scene.greeting) == 2:
            return [resolve_mention(g, scene)[0] for g in scene.greeting]
        if scene.listed is not None:
            return list(scene.listed)
        return [unknown, unknown]
    return [unknown]


def named_in_text(
    address: Address, names: Sequence[str], shown: Collection[str], text: str
) -> bool:
    """Whether the text names someone on the mail: by the first name the headers show
    (``names`` are the text's names), by a first name their address spells, alone or
    before the surname the headers show, that is none of the first names ``shown``
    (case-folded) for those on the mail ("Bia" for Beatriz Lima <bia.lima@...>), or by
    a first name that is also a common word, written as a name (``written_as_name``)."""
    first = first_word(address)
    written = [_words(n) for n in names if _words(n)]
    if any(words[0] == first for words in written):
        return True
    if address.name and address.email:
        surname = _words(address.name)[1:] if "," not in address.name else []
        if any(
            words[0] not in shown
            and _local_matches(words[:1], address.email)
            and (len(words) == 1 or words[1:] == surname)
            for words in written
        ):
            return True
    return written_as_name(address, text)


def written_as_name(address: Address, text: str) -> bool:
    """Whether ``text`` writes the first name the headers show for ``address`` as one
    speaks to or of a person: capitalised, then a comma, a colon, a dash or "'s" ("Ravi,
    Tomás -", "Ravi's team"). A first name that is also a common word ("Ravi", French
    for glad) is read as no name among the text's words, and is one here."""
    words = address.name.replace(",", " ").split() if address.name else []
    if not words or not text:
        return False
    first = words[-1] if "," in address.name and len(words) > 1 else words[0]
    if len(first) < 2 or not first[0].isupper() or first not in text:
        return False
    return (
        re.search(rf"(?<!\w){re.escape(first)}(?:\s*[,:\u2013\u2014-]|['\u2019]s\b)", text)
        is not None
    )


def _spelled_by(address: Address, names: Sequence[str], taken: Collection[str]) -> Address:
    """A recipient without a display name, named by the one name of the text whose first
    word its address spells ("Dana, Kofi -- you two should talk" to kofi.boateng@...),
    and is not the first name another recipient is shown with; a surname written must be
    spelled too. Otherwise the address as it is."""
    if address.name or not address.email:
        return address
    local = address.email.split("@", 1)[0].casefold()
    parts = {without_accents(part) for part in _LOCAL_SPLIT.split(local)}
    spelled = sorted(
        {n for n in names if _words(n) and _local_matches(_words(n)[:1], address.email)}, key=len
    )
    if not spelled or _words(spelled[0])[0] in taken:
        return address
    fullest = _words(spelled[-1])
    if not all(_words(n) == fullest[: len(_words(n))] for n in spelled):
        return address
    if len(fullest) > 1 and len(parts - {""}) > 1 and without_accents(fullest[-1]) not in parts:
        return address
    return Address(spelled[-1], address.email)


def pairs_of(match: Match, scene: Scene) -> list[tuple[Resolved, Resolved]]:
    if not match.slots:
        both = resolve_mention(Item("group", "", match.start, match.start), scene)
        return [(both[0], both[1])]
    if "B" not in match.slots:
        item = match.slots["A"][0]
        if item.kind == "us":
            if scene.forwarded or (not scene.recipients and scene.us_with is not None):
                # "You mentioned you know Li Wei. Would you be open to introducing us?":
                # the author and the one person they wrote about, not the forwarder.
                if scene.me is None or scene.us_with is None:
                    return []
                return [(scene.me, scene.us_with)]
            # "Can you connect us?": the writer and the one other person on the mail.
            if len(scene.recipients) != 1 or scene.me is None:
                return []
            return [(scene.me, party_of(scene.recipients[0]))]
        if item.kind == "they":
            # "Could you introduce them?": the two people named before, if exactly two.
            return [scene.they] if scene.they else []
        both = resolve_mention(item, scene)
        return [(both[0], both[1])] if len(both) == 2 else []
    if "A" in match.slots:
        firsts = [resolve_mention(m, scene)[0] for m in match.slots["A"]]
    elif match.pattern.implied == "you":
        firsts = resolve_mention(Item("you", "you", match.start, match.start), scene)
    elif match.pattern.implied == "third":
        firsts = [scene.third or Resolved(Party(None, None), False)]
    else:
        firsts = [scene.me or Resolved(Party(None, None), False)]
    seconds = [resolve_mention(m, scene)[0] for m in match.slots["B"]]
    if match.pattern.implied == "third" and "A" not in match.slots and scene.me is not None:
        # "Could you do the same for me?": the writer, asking for themselves, is party A.
        me = scene.me.party
        return [(b, a) if b.party == me else (a, b) for a in firsts for b in seconds]
    return [(a, b) for a in firsts for b in seconds]


def _same(a: Party, b: Party) -> bool:
    if a.email and b.email:
        return a.email.casefold() == b.email.casefold()
    return bool(a.name and b.name and name_key(a.name) == name_key(b.name))


def certain_pair(a: Resolved, b: Resolved, agent: str) -> bool:
    if not (a.certain and b.certain and a.party.email and b.party.email):
        return False
    emails = {a.party.email.casefold(), b.party.email.casefold()}
    # "Carl Berg (noreply@bergtech.com)": nobody reads a no-reply address, so an intro
    # written to it reaches no one; the requester is asked for the person's own.
    return len(emails) == 2 and not any(
        is_agent(email, agent) or is_system_address(email) for email in emails
    )


def doubted(resolved: Resolved) -> Resolved:
    return Resolved(resolved.party, False)


def distinct_pairs(pairs: Iterable[tuple[Resolved, Resolved]]) -> list[tuple[Resolved, Resolved]]:
    pairs = list(pairs)
    blank = Party(None, None)
    if any(a.party != blank and b.party != blank for a, b in pairs):
        # A pair with nobody known in it adds nothing beside pairs that name someone.
        pairs = [(a, b) for a, b in pairs if a.party != blank and b.party != blank]
    kept: list[tuple[Resolved, Resolved]] = []
    for a, b in pairs:
        if _same(a.party, b.party):
            continue
        if any(
            (_same(a.party, x.party) and _same(b.party, y.party))
            or (_same(a.party, y.party) and _same(b.party, x.party))
            for x, y in kept
        ):
            continue
        kept.append((a, b))
    return kept
