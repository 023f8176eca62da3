"""The phrasings of intro requests, loaded from ``rules/requests``, ``rules/not_requests``
and compiled once per process.

A pattern such as ``introduce {A} to {B+}`` is a run of literal words (``a|b`` for
alternatives, a trailing ``?`` for an optional word) and slots; a slot takes one mention
of a person: a name, an address, ``me``, ``you``, ``you two``. A pattern with only a
``{B}`` slot has the requester as its other party.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from agent.understanding.request_tokens import spacy_tokens

LANGUAGES = ("en", "fr", "es", "de", "pt", "sw")
# How a whole-request phrase ("les presento") shows among the words of a text.
CALL = "\x00call"
# In a pattern, the end of a sentence or paragraph ("please connect $"), not a word.
SENTENCE_END = "$"
# In a pattern, leading it: the start of a sentence or paragraph ("^ apresenta o|a {A} ao
# {B+}"), matched without a word, where a verb alone says it asks and not tells.
SENTENCE_START = "^"
_NEVER = re.compile(r"(?!x)x")


@dataclass(frozen=True)
class Element:
    """One step of a pattern: a set of literal words, or a slot for a person."""

    words: frozenset[str] = frozenset()
    optional: bool = False
    slot: str | None = None
    many: bool = False
    # For a slot of many people, the words before it, which a list may repeat:
    # "introduce me to Ann and to Bob".
    repeat: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class Pattern:
    """A compiled phrasing and the text it came from (kept for debugging and tests)."""

    source: str
    elements: tuple[Element, ...]
    # Who the other party is when the pattern has no {A}: "self" (the writer), "you"
    # (the one person written to) or "third" (the one person written about).
    implied: str = "self"
    # The word sets of which the text must hold one each for the pattern to match.
    required: tuple[frozenset[str], ...] = field(init=False, repr=False)
    # The words the pattern may start at, when it opens on words: its optional leading
    # words and the first required one ("an? intro ..." starts at "an" or "intro"). None
    # when it may start elsewhere too: at a person, or at a sentence end after optional
    # words.
    start_words: frozenset[str] | None = field(init=False, repr=False)
    # The slot names the pattern binds.
    slots: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Worked out once, when the rules load: the matcher reads them at every word, and
        # a compiled class keeps no cache of a property.
        object.__setattr__(self, "required", _required(self.elements))
        object.__setattr__(self, "start_words", _start_words(self.elements))
        object.__setattr__(
            self, "slots", frozenset(element.slot for element in self.elements if element.slot)
        )


def _required(elements: tuple[Element, ...]) -> tuple[frozenset[str], ...]:
    """The word sets of which a text must hold one each for ``elements`` to match."""
    if len(elements) == 1 and elements[0].slot is not None:
        return (frozenset({CALL}),)
    return tuple(
        e.words
        for e in elements
        if e.slot is None
        and not e.optional
        and SENTENCE_END not in e.words
        and SENTENCE_START not in e.words
    )


def _start_words(elements: tuple[Element, ...]) -> frozenset[str] | None:
    """The words ``elements`` may start at (see ``Pattern.start_words``)."""
    words: set[str] = set()
    for element in elements:
        if SENTENCE_START in element.words:
            continue
        if element.slot is not None or SENTENCE_END in element.words:
            return None
        words |= element.words
        if not element.optional:
            return frozenset(words)
    return None


# German letters as written where no key has them ("koennten", "ueber").
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
# Letters no decomposition takes apart.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d"})


def _bare(word: str) -> str:
    """``word`` without its accents ("présentes" is "presentes", "über" is "uber")."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word.translate(_LIGATURES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def unaccented(phrase: str, homographs: Iterable[str] = ()) -> set[str]:
    """``phrase`` (case-folded) and its spellings without accents, as typed on a phone
    or a keyboard without them: "presentes", "apresentacao", "uber" and "ueber". A single
    word whose bare form is another word (``homographs``: "el" is not "él", "a" is not
    "à", "konnte" is not "könnte") keeps its accents, but for the German spelled-out
    umlauts ("koennte"), which are no other word."""
    if phrase.isascii():
        return {phrase}
    spellings = {phrase}
    spelled_out = phrase.translate(_SPELLED_OUT)
    if spelled_out != phrase:
        spellings.add(_bare(spelled_out))
    bare = _bare(phrase)
    if " " in phrase or bare not in homographs:
        spellings.add(bare)
    return spellings


def compile_pattern(
    source: str,
    implied: str = "self",
    homographs: Iterable[str] = (),
    spoken: Mapping[str, Iterable[str]] | None = None,
) -> Pattern:
    """Compile ``introduce|intro {A} to {B+}`` into elements; a word stands for its
    spellings without accents too (``unaccented``), and for the spoken forms ``spoken``
    gives it (Brazilian "pro" for "para o" and "ao", "pra" for "para a" and "à")."""
    homographs = frozenset(homographs)
    elements: list[Element] = []
    for word in source.split():
        if word.startswith("{") and word.endswith("}"):
            slot = word[1:-1]
            many = slot.endswith("+")
            before = elements[-1].words if many and elements and not elements[-1].slot else None
            elements.append(Element(slot=slot.rstrip("+"), many=many, repeat=before or frozenset()))
            continue
        optional = len(word) > 1 and word.endswith("?")
        word = word[:-1] if optional else word
        alternatives = word.casefold().split("|")
        words = {spelling for w in alternatives for spelling in unaccented(w, homographs)}
        if spoken:
            words |= {form for w in alternatives for form in spoken.get(w, ())}
        elements.append(Element(words=frozenset(words), optional=optional))
    return Pattern(source, tuple(elements), implied)


@dataclass
class Rules:
    """Every language's phrasings merged, compiled once per process."""

    pair_patterns: list[Pattern] = field(default_factory=list)
    subject_patterns: list[Pattern] = field(default_factory=list)
    weak_patterns: list[Pattern] = field(default_factory=list)
    # A list item of a pair ("1) Ann Lee <ann@x> and Bob Chen <bob@y>"), read only in
    # a mail that asks for intros.
    list_patterns: list[Pattern] = field(default_factory=list)
    # A sentence that carries on the request before it ("And also to Ren Ito."), read
    # only after one: without {A}, the other party is the one of the request before.
    continued_patterns: list[Pattern] = field(default_factory=list)
    # "Also" between the people of a list ("Juha and also his colleague Aino").
    also_words: set[str] = field(default_factory=set)
    # A label alone on its line heading the writer's list of people and addresses below
    # the signature ("Contacts:", "Coordonnées :", "Kontakte:").
    contact_block_labels: set[str] = field(default_factory=set)
    # A form's labels of a party's line ("Person 1:", "Party A:") and of its reason's
    # ("Reason:", "Why:"): `agent/understanding/request_forms.py`.
    form_party_labels: set[str] = field(default_factory=set)
    form_reason_labels: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    # Titles only as written with a capital and lower case, before a name: "le Pr Jean
    # Dupont", never "PR" (public relations) nor a word alone.
    cased_titles: set[str] = field(default_factory=set)
    # Honorifics written in lower case right after a name ("Gurpreet ji"): no word of
    # the sentence, the name read as if they were not there.
    name_honorifics: set[str] = field(default_factory=set)
    # Titles only as written in capitals, before a name: the Austrian engineer's "DI
    # Florian Gruber", never "Di" (an Italian name's particle: "Luca Di Stefano").
    capital_titles: set[str] = field(default_factory=set)
    # Titles written as a letter that is an initial too ("D." for "Dona", "Dom", "Don"):
    # titles only before one listed first name alone ("à D. Amélia", "a D. Joaquín").
    initial_titles: set[str] = field(default_factory=set)
    # Titles read in lower case too, before a name written with a capital: "mit herrn
    # Brandt", "à madame Roux", "com a dona Fátima" (of ``titles``).
    lower_titles: set[str] = field(default_factory=set)
    # Degrees written in lower case after a title, each with its period: "Dr. med. dent.
    # Sophie Marchand", "Prof. Dr. rer. nat. ...": part of the title, no sentence's end.
    title_degrees: set[str] = field(default_factory=set)
    # The gender a title gives the one it names, "f" or "m" ("Frau", "Mrs", "Mme", "Sra.",
    # "Bi." and "Herr", "Mr", "M.", "Sr.", "Bw."), of ``female_titles`` and ``male_titles``;
    # any other title ("Dr", "Prof.", "Mx", "Mwalimu"), or one listed as both, gives none.
    title_genders: dict[str, str] = field(default_factory=dict)
    # The gender a pronoun of a lead to an address gives the one it speaks of, "f" or "m"
    # ("her", "elle", "ella", "dela" and "his", "seine", "dele"), of ``female_pronouns``
    # and ``male_pronouns``: "Her email is ..." after "Mr. Obi ... Mrs. Ada Bakare" is hers.
    pronoun_genders: dict[str, str] = field(default_factory=dict)
    # The forwarded mail's author named by what they wrote ("the author of the message
    # below", "l'auteur du message ci-dessous"): read as ``third_phrases`` are.
    author_phrases: set[str] = field(default_factory=set)
    author_phrase_re: re.Pattern[str] = _NEVER
    # "Refiro-me ao", "I mean", "je parle de": a sentence opening on one names whom the
    # "him" of the sentence before stands for (see requests._referred).
    referent_leads: set[str] = field(default_factory=set)
    referent_lead_re: re.Pattern[str] = _NEVER
    # The longest word of each of ``referent_leads``: a text holding none is not searched.
    referent_gate: frozenset[str] = frozenset()
    # Forms of address, titles only as written with a capital and lower case before a
    # first name and a surname: "o Seu Valdemar Rezende", "Sista Agnes Massawe".
    address_forms: set[str] = field(default_factory=set)
    greetings: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    self_words: set[str] = field(default_factory=set)
    plural_self_words: set[str] = field(default_factory=set)
    # The writer's "us" in a form that is only ever an object (English "us"): never the
    # subject of the verb after it, so a pattern opening on it ("{A} should|are|have")
    # binds none ("Some of us are busy", "the rest of us have lived in").
    object_us_words: set[str] = field(default_factory=set)
    # Pronouns that after an infinitive are determiners ("présenter nos services").
    determiners_after_verbs: set[str] = field(default_factory=set)
    # What opens a thing presented right after an intro verb ("présente son projet à",
    # "present her deck to", "apresentasse o projeto ao"), and the words that then turn
    # to whom it is presented.
    thing_determiners: set[str] = field(default_factory=set)
    thing_preps: set[str] = field(default_factory=set)
    # Things one meets, knows or connects that are no people ("your service", "the
    # deadline", "the printer"): an ask with one of them as its object asks no intro.
    thing_nouns: set[str] = field(default_factory=set)
    # The long ones, which end the compounds they head ("Exportfunktion").
    thing_endings: tuple[str, ...] = ()
    # An intro word as the noun of a talk's part ("the intro part", "l'intro de la
    # présentation", "la intro del deck"): no ask, and the words after it no person's.
    intro_part_re: re.Pattern[str] = _NEVER
    # The words such a use opens on, anywhere in a word ("l'intro"): the search for the
    # uses runs only in text holding one.
    intro_part_head_re: re.Pattern[str] = _NEVER
    # Where the writer says an intro is to be sent ("send the introduction to", "envoyez
    # la mise en relation à"; ``delivery_leads``), and the words of an address after it
    # ("the Principal's own email", "l'adresse du Directeur"; ``delivery_nouns``): mail's
    # way, not a party.
    delivery_lead_re: re.Pattern[str] = _NEVER
    delivery_noun_re: re.Pattern[str] = _NEVER
    # Words one of which text holding a delivery lead holds: the search runs only there.
    delivery_lead_needs: frozenset[str] | None = None
    # Verbs presenting someone or something ("introduce", "présente", "os presento",
    # "vorstellen"): with a thing after them, or before a verb last, they present it.
    presenting_verbs: set[str] = field(default_factory=set)
    # Words after a plural or formal "you" that make it the two written to ("Ihnen
    # beiden", "euch zwei"), and what keeps an intro between the two ("el uno al otro", "um
    # ao outro", written as the words' items are, joined by spaces): with someone else
    # presented to them, or they to someone, the two are no pair.
    group_tails: set[str] = field(default_factory=set)
    reciprocals: set[str] = field(default_factory=set)
    # Plural nouns of groups, not people ("teams", "équipes", "Abteilungen"): "the two"
    # or "both" before one speaks of two groups, not of the two on the mail.
    group_nouns: set[str] = field(default_factory=set)
    # ``thing_preps`` and ``other_party_preps``: what turns an intro to someone.
    turning_preps: set[str] = field(default_factory=set)
    # Verbs that, after a comma, give who said the words before ("..., says Daniel Cho",
    # "..., dit", "..., sagt"): the one named there is the speaker, no one asked for.
    report_verbs: set[str] = field(default_factory=set)
    # Words opening a relative clause after a comma (", which", ", que", ", das"), and
    # those opening one right after a word too ("someone who", "le processus dont"): a
    # person named in a clause about a thing is no one asked for.
    relative_words: set[str] = field(default_factory=set)
    bare_relative_words: set[str] = field(default_factory=set)
    # How a writer speaks of themselves as the subject ("I", "we're", "nous", "wir"):
    # in mail one of the pair wrote, such a sentence is about that person.
    writer_words: set[str] = field(default_factory=set)
    you_words: set[str] = field(default_factory=set)
    third_words: set[str] = field(default_factory=set)
    # Object pronouns and articles of someone else that are no `third_words` ("sie", "den",
    # "le", "la", "kwake"), written in lower case: in an ask to the one written to, that
    # one is not whom they speak of.
    object_pronouns: set[str] = field(default_factory=set)
    plural_third_words: set[str] = field(default_factory=set)
    # Where, in a forward's note, an object pronoun is the forwarded mail's author
    # ("stellen Sie sie Herrn X vor", "pourriez-vous la présenter à"): each a run of words
    # whose one slot is the pronoun, its words the slot's name ("{sie}", "{la|le}").
    author_pronouns: list[Pattern] = field(default_factory=list)
    author_pronoun_words: set[str] = field(default_factory=set)
    group_words: dict[tuple[str, ...], str] = field(default_factory=dict)
    # The writer's own child without a name ("my daughter", "ma fille", "binti yangu"):
    # one person written about, as "her" is, but only the one the mail ties to the writer
    # as their child (request_kin). Its words, and those of "mother of" and "I am".
    own_child_phrases: set[tuple[str, ...]] = field(default_factory=set)
    parent_phrases: set[tuple[str, ...]] = field(default_factory=set)
    self_copulas: set[tuple[str, ...]] = field(default_factory=set)
    # One of the ``group_words`` of the two written to ("ustedes dos", "los dos") closed by
    # the end of its sentence or a colon, matched right after a veto cue: "Me gustaría
    # presentarles a ustedes dos." presents them to each other, not someone to them.
    group_close_re: re.Pattern[str] = _NEVER
    conjunctions: set[str] = field(default_factory=set)
    # Words joining two clauses of one subject ("and", "et", "y", "und", "e", "na"): a
    # pattern opening on {A} goes on after a clause of plain words and one of these.
    clause_conjunctions: frozenset[str] = frozenset()
    descriptor_starts: set[str] = field(default_factory=set)
    # "avec l'agronome Geneviève Caron": an article elided onto the noun of a description.
    elided_articles: tuple[str, ...] = ()
    # "à curadora Johanna Kraus", "au commissaire Jean Roy": a preposition holding the
    # article, so the noun after it opens a description.
    contracted_articles: set[str] = field(default_factory=set)
    # Possessives written after the noun they make a description of, before a name
    # ("mwanariadha wangu Neema Laizer").
    descriptor_possessives: set[str] = field(default_factory=set)
    # German capitalises every noun: after a possessive or an indefinite article a
    # capitalised word followed by a name is a noun of the description ("unsere
    # Torhüterin Lea Hoffmann"); after a definite article, which speech also puts before
    # a first name ("der Katrin"), only when a first name and a surname follow it.
    noun_determiners: set[str] = field(default_factory=set)
    name_articles: set[str] = field(default_factory=set)
    # English puts a language, a nation or a firm before the noun it describes, written
    # with a capital: after an indefinite article ("a Swahili translator", "an Acme
    # engineer") such a word is no name. Each is the article with the English word
    # before it, as tokens: Portuguese and Spanish "a" is "to" ("apresentar a Bia pro
    # Thiago"), before a name.
    attributive_articles: set[tuple[str, str]] = field(default_factory=set)
    appositive_determiners: set[str] = field(default_factory=set)
    # Someone described, then named after a comma ("the director, she's called Sophie
    # Garnier", "la directrice, elle s'appelle", "la directora, se llama"): as tokens,
    # and their first words for a cheap test.
    naming_phrases: set[tuple[str, ...]] = field(default_factory=set)
    naming_heads: set[str] = field(default_factory=set)
    # Verbs an object pronoun goes before ("les présenter"): there "les" is no article.
    pronoun_verbs: set[str] = field(default_factory=set)
    # Words that place a description ("our team at ..."): a name after them is no person.
    place_words: set[str] = field(default_factory=set)
    # The words leading from a name to where that one works ("of", "do", "von", "wa"):
    # after the last one of a list item's pair, the item goes on to their workplace.
    workplace_preps: frozenset[str] = frozenset()
    # Words that place a description but elsewhere lead to a person ("ses partenaires à
    # Lyon", "his partners in Lyon"): read as place words only inside a description.
    description_places: set[str] = field(default_factory=set)
    # Words saying whose someone described is ("the client of Mrs Tremblay", "la cliente
    # de Mme Tremblay"): a name right after one is the possessor, no one more to meet.
    possessor_preps: set[str] = field(default_factory=set)
    # Possessives opening a description of someone presented to others ("my", "mon",
    # "meinen", "mwenzangu"): request_implied.
    presented_possessives: set[str] = field(default_factory=set)
    # Words leading to where an organisation taken into a mention is ("von der Bäckerei
    # Yilmaz in der Neustadt"): that place is taken in as well.
    organisation_places: set[str] = field(default_factory=set)
    # A place word and the word after it that are part of a role ("brother in law",
    # "editor in chief", "rédacteur en chef"): they place nothing.
    placeless_roles: set[tuple[str, str]] = field(default_factory=set)
    # Articles that may open the name after a description and a comma ("à minha sócia, a
    # Thaís Albuquerque").
    appositive_articles: set[str] = field(default_factory=set)
    # Demonstratives right before a name point at one named before ("kumkutanisha Amina
    # na huyo Zawadi", "introduce Amina to that Zawadi"): the name is the person.
    name_demonstratives: set[str] = field(default_factory=set)
    name_particles: set[str] = field(default_factory=set)
    # A surname's particle of one capital letter ("Ó" of "Tomás Ó Murchú"), part of a
    # name as a word of two letters is; as written, never folded ("ó" is a word too).
    capital_particles: set[str] = field(default_factory=set)
    # "Jonas Weidinger vom Institut für Energiesysteme": a word after a name leading to the
    # organisation one is from, and words inside an organisation's name.
    organisation_leads: set[str] = field(default_factory=set)
    organisation_links: set[str] = field(default_factory=set)
    # "to Aoife Brennan (...), our Head of Platform", "con Mariana, la de Fondo Semilla":
    # words saying what the one before a comma belongs to or comes from.
    belonging_words: set[str] = field(default_factory=set)
    # Words that open the name of an organisation ("Fundación", "Stiftung"): after a
    # particle they start no surname ("Andrés Molina de la Fundación Agua Viva").
    organisation_words: set[str] = field(default_factory=set)
    # The premises of a trade or a club ("Moulin", "Mill", "Molino", "Mühle", "Kinu"),
    # which may be surnames too ("Guy du Moulin", "Pilar Gómez del Molino"): after a
    # first name and a surname and a particle, or a word leading to an organisation, they
    # open where that one works only when more of the place's name goes on around them
    # ("Solène Quéré du Moulin de Kerhuel", "Ann Lee from the Kerhuel Mill").
    workplace_nouns: set[str] = field(default_factory=set)
    # Articles between one of ``organisation_leads`` and the organisation's name ("from
    # the Riverside Foundation").
    organisation_articles: set[str] = field(default_factory=set)
    # Ends of compounds naming an organisation ("Jugendberufshilfe", "Geschichtsverein").
    organisation_word_ends: tuple[str, ...] = ()
    # Words that close the name of an organisation ("Brennan Career Partners", "Acme Ltd").
    organisation_closers: set[str] = field(default_factory=set)
    # Abbreviations inside a place's name ("St. Anthony", "Mt. Kenya", "Sta. Cruz"): their
    # period before a capitalised word ends no sentence.
    place_abbreviations: set[str] = field(default_factory=set)
    # The trades firms are named for, closing a firm's name ("Okafor Construction",
    # "Weber Bau"): only a name closing on one is a firm's, the word no closer of a
    # mention ("Construction" may be what someone works in).
    firm_name_ends: set[str] = field(default_factory=set)
    # Words opening or closing the name of a street ("Argwings Kodhek Road", "Rue de la
    # Paix", "Kölner Straße"): where someone works, no one.
    street_words: set[str] = field(default_factory=set)
    # Words of job titles ("General Counsel", "Directeur général", "Mkurugenzi Mkuu").
    role_words: set[str] = field(default_factory=set)
    # Nouns of a role held at an organisation, in lower case ("events manager", "responsable
    # des événements", "encargado de eventos", "Eventmanagerin", "gerente", "meneja"): such
    # a role at a firm, no one named, is nobody's name (``request_held_roles``).
    held_roles: tuple[str, ...] = ()
    # Plural nouns of a group of people ("founders", "l'équipe", "los socios", "Gründern",
    # "waanzilishi"): an ask's object so named, then a colon and its members by name, asks
    # for each of them ("the Acme founders: Ana Lopes (...) and Rui Costa (...)").
    people_groups: set[str] = field(default_factory=set)
    stop_names: set[str] = field(default_factory=set)
    # The local parts of shared mailboxes ("sales", "info", "ventas", "kontakt", "mauzo"):
    # a word written before such an address is no one's name ("sales (sales@x.com)").
    mailbox_words: set[str] = field(default_factory=set)
    # The words of a desk's mailbox ("asistencia", "dirección", "secretary"): with other
    # such words or ``mailbox_words`` they make a shared mailbox ("asistencia.direccion@",
    # "sekretariat.leitung@"), but alone they may be one person's ("director@ ... her
    # address") and are read as ``mailbox_words`` are not.
    desk_words: set[str] = field(default_factory=set)
    # A line naming whom the signer below signs for ("Pour Maître Aminata Diop-Sarr,",
    # "For Gráinne Ní Bhriain,", "Kwa niaba ya ..."): it closes the mail as a closing does.
    signed_for_leads: set[str] = field(default_factory=set)
    # Marks before a signer's own name saying they sign for another ("i. A. Bettina
    # Weißgerber", "p.o. Khady Ndiaye"): no part of their name.
    signer_prefixes: set[str] = field(default_factory=set)
    # A mailing list's or a whole group's mailbox ("mitglieder@", "members@", "all@"): no
    # one person reads it for themselves, so it is never a certain party.
    list_mailboxes: set[str] = field(default_factory=set)
    word_names: set[str] = field(default_factory=set)
    # The articles of an epithet right after a first name ("gary the sparky", "paco el
    # fontanero"): a first name alone typed in lower case so described is a person.
    epithet_articles: set[str] = field(default_factory=set)
    # A definite article that before a name makes it a place or a body ("the National
    # Grid", "le Crédit Agricole"), where people's names go without one.
    thing_articles: set[str] = field(default_factory=set)
    # "Your" before a role ("tu gestor", "your accountant") or after it ("mhasibu wako"),
    # and the roles: in a forwarded mail, someone of the forwarder's.
    your_words: set[str] = field(default_factory=set)
    your_after_words: set[str] = field(default_factory=set)
    contact_roles: set[str] = field(default_factory=set)
    # "is" between a name and an address ("Andrés Molina es andres@...").
    address_copulas: set[str] = field(default_factory=set)
    literals: set[str] = field(default_factory=set)
    closings: set[str] = field(default_factory=set)
    # The closings as ``str.startswith`` takes them.
    closing_starts: tuple[str, ...] = ()
    # The same under their first characters: a text is held against those sharing its own
    # first character only, not against every closing.
    closings_by_initial: dict[str, tuple[str, ...]] = field(default_factory=dict)
    forward_markers: set[str] = field(default_factory=set)
    quote_markers: set[str] = field(default_factory=set)
    forward_labels: dict[str, str] = field(default_factory=dict)
    sentence_cues: set[str] = field(default_factory=set)
    # Someone of the writer's side left unnamed as the other party ("with one of our
    # clients", "mit einem unserer Kunden"): a sentence offering such an intro asks none.
    unnamed_others: set[str] = field(default_factory=set)
    # More people of the kind of someone met ("more people like", "mehr solche Leute"): an
    # ask governing them names no one (request_alike.py).
    alike_others: set[str] = field(default_factory=set)
    # Cues telling of an intro made before ("you connected", "vous avez présenté"), and
    # what opens a later clause ("from when", "since"): such a cue in a clause after an
    # ask tells where the agent has an address from and vetoes nothing.
    past_cues: set[str] = field(default_factory=set)
    # Thanks that may govern an intro done or one asked for ("agradecemos que", "merci
    # de"), and the words that put it in the past ("el año pasado", "l'an dernier").
    thanks_leads: set[str] = field(default_factory=set)
    past_times: set[str] = field(default_factory=set)
    # Endings of a verb put in the past after such a thanks, the past subjunctive
    # ("presentaran", "pusieras", "apresentassem"), as ``str.endswith`` takes them.
    thanked_past_endings: tuple[str, ...] = ()
    thanks_lead_re: re.Pattern[str] = _NEVER
    past_time_re: re.Pattern[str] = _NEVER
    # An offer such a thanks is for, before the intro word ("thanks for offering to
    # introduce me to", "merci pour ta proposition de me présenter à"): nothing asked.
    thanked_offers: set[str] = field(default_factory=set)
    thanked_offer_re: re.Pattern[str] = _NEVER
    # An intro told of as made, the subject of what it did: the nouns heading it ("that
    # intro", "cette mise en relation", "utambulisho ule"), what it did right after it
    # ("landed me", "a porté ses fruits", "salió bien", "hat geklappt", "rendeu",
    # "ulizaa matunda") and the words that may stand between ("really", "finalmente").
    told_intros: set[str] = field(default_factory=set)
    told_outcomes: set[str] = field(default_factory=set)
    told_fillers: set[str] = field(default_factory=set)
    told_intro_re: re.Pattern[str] = _NEVER
    told_outcome_re: re.Pattern[str] = _NEVER
    # An intro told of as made whose verb may also ask ("you put me in touch", the same in
    # the past and the present; "me pusiste en contacto"): such a phrasing tells of the
    # past where none of ``told_past_asks`` ("could", "please", "if", "why") stands before
    # it in its sentence and the sentence holds one of ``past_times`` or
    # ``told_past_marks`` ("remember", "in October"), or the mail one of
    # ``told_past_thanks`` not followed by one of ``told_past_advance`` ("thanks in
    # advance" thanks for an ask) and the sentence asks no question.
    told_past_intros: set[str] = field(default_factory=set)
    told_past_asks: set[str] = field(default_factory=set)
    told_past_marks: set[str] = field(default_factory=set)
    told_past_thanks: set[str] = field(default_factory=set)
    told_past_advance: set[str] = field(default_factory=set)
    told_past_intro_re: re.Pattern[str] = _NEVER
    told_past_ask_re: re.Pattern[str] = _NEVER
    told_past_mark_re: re.Pattern[str] = _NEVER
    told_past_thanks_re: re.Pattern[str] = _NEVER
    told_past_advance_re: re.Pattern[str] = _NEVER
    # "The same" asked again ("do the same for me"): it refers back to a past cue.
    same_words: set[str] = field(default_factory=set)
    clause_openers: set[str] = field(default_factory=set)
    # Words that, right before a sentence cue, make it ask whether one is willing ("Would
    # you be up for introducing me?"): no thank-you then.
    willing_leads: set[str] = field(default_factory=set)
    # The writer weighing whether an intro is worth making ("worth introducing", "whether
    # to connect"), read as ``sentence_cues``: beside one of ``judgement_cues`` that leaves
    # the call to the agent, the sentence is an ask to be asked about.
    weighed_asks: set[str] = field(default_factory=set)
    # The writer asking how an intro asked for before stands ("any news on my intro",
    # "où en est ma mise en relation"), read as ``sentence_cues``: its sentence names the
    # one that intro is with, no one to introduce anew, beside a new ask in another.
    status_cues: set[str] = field(default_factory=set)
    # The ``judgement_cues`` alone (``doubt_cues`` hold them too), with the spelled-out
    # ``receptive_judgements`` (whether a party would be receptive, left to the agent).
    judgement_cues: set[str] = field(default_factory=set)
    judgement_cue_re: re.Pattern[str] = _NEVER
    # The writer refusing or opposing an ask they relay or forward ("I told him no", "je
    # ne pense pas que ce soit une bonne idée"): read in the writer's whole text, the
    # sentences of negated asks among it, the request is asked about.
    refused_asks: set[str] = field(default_factory=set)
    refused_ask_re: re.Pattern[str] = _NEVER
    # Words right after a cue that make its last word name something else: "for the intro
    # agent" thanks for nothing.
    cue_compounds: set[str] = field(default_factory=set)
    # Group calls asked as questions by their own words ("darf ich euch vorstellen").
    asked_calls: set[str] = field(default_factory=set)
    # Someone named who is to make an intro, in minutes or a report ("ACTION: Prof. Hale
    # to introduce", "Dr. Ruiz pondrá en contacto"): the words after their name, the
    # articles before it, and the labels of an action item ("ACTION", "Maßnahme").
    doer_links: set[str] = field(default_factory=set)
    doer_articles: set[str] = field(default_factory=set)
    action_labels: set[str] = field(default_factory=set)
    reply_cues: set[str] = field(default_factory=set)
    message_cues: set[str] = field(default_factory=set)
    # Words limiting a message cue a few words after it ("Nothing needed from you beyond
    # saying yes", "rien à faire sauf", "nada a fazer além de"): the cue then stands not.
    message_cue_limits: set[str] = field(default_factory=set)
    message_cue_limit_re: re.Pattern[str] = _NEVER
    # Words of moving right before a cue of absence ("itching to get out of the office",
    # "salir fuera de la oficina"): the office is a place left, no notice of an absence.
    message_cue_movers: set[str] = field(default_factory=set)
    # An address said to be old or a guess ("his old address was ...", "ancienne adresse"),
    # or what was asked corrected ("Actually just Bob for now", "sorry, I meant").
    doubt_cues: set[str] = field(default_factory=set)
    # The writer saying they lack someone's address ("I don't have Owen's email", "No
    # tenemos el correo de Pilar"): someone is to meet without one.
    lacked_address_cues: set[str] = field(default_factory=set)
    lacked_address_re: re.Pattern[str] = _NEVER
    # The writer unsure of something ("not sure", "sina uhakika", "pas sûre", "no estoy
    # seguro", "nicht sicher", "não tenho certeza"): a doubt of an address only in a
    # sentence writing one or naming one (``address_nouns_re``: "email", "barua pepe").
    address_doubts: set[str] = field(default_factory=set)
    address_doubt_re: re.Pattern[str] = _NEVER
    address_doubt_needs: frozenset[str] | None = None
    # The one writing for someone else saying they have not yet confirmed the wish with
    # that one ("I haven't been able to confirm it with him", "no he podido confirmarlo
    # con él", "noch nicht mit ihm abgeklärt"): a wish relayed, not yet checked.
    unconfirmed_cues: set[str] = field(default_factory=set)
    unconfirmed_re: re.Pattern[str] = _NEVER
    unconfirmed_needs: frozenset[str] | None = None
    # Someone given with an address only to say they need not be involved ("no need to
    # involve her", "muss nicht eingebunden werden"; see request_uninvolved.py).
    uninvolved_cues: set[str] = field(default_factory=set)
    uninvolved_re: re.Pattern[str] = _NEVER
    uninvolved_needs: frozenset[str] | None = None
    # An address said to be shared or general ("his shared inbox", "boîte partagée",
    # "buzón compartido", "Sammelpostfach", "caixa partilhada", "sanduku la pamoja"): no
    # one person's own, in the same sentences as ``address_doubts``.
    shared_address_cues: set[str] = field(default_factory=set)
    shared_address_re: re.Pattern[str] = _NEVER
    shared_address_needs: frozenset[str] | None = None
    # The one given a firm's role mailbox said to read it themselves ("é ele próprio que
    # lê", "he reads it himself", "c'est lui-même qui la lit"): the mailbox is theirs.
    own_mailbox_cues: set[str] = field(default_factory=set)
    own_mailbox_re: re.Pattern[str] = _NEVER
    address_nouns_re: re.Pattern[str] = _NEVER
    lacked_address_needs: frozenset[str] | None = None
    # A list item's word that it gives no address for the one it names ("no email",
    # "pas d'email", "sin correo", "keine E-Mail", "sem email", "hana barua pepe").
    unaddressed_re: re.Pattern[str] = _NEVER
    unaddressed_needs: frozenset[str] | None = None
    # A relative or helper of someone ("the daughter of", "la fille de", "'s assistant"):
    # the one meant is not the one named after (or before) it.
    kin_cues: set[str] = field(default_factory=set)
    # The likenesses among ``kin_cues`` ("someone like"), folded as a match is.
    likeness_cues: set[str] = field(default_factory=set)
    kin_re: re.Pattern[str] = _NEVER
    # Someone who knows the one asked for, closing the sentence that names them ("Ms
    # Huber knows one.", "Frau Huber kennt einen."): a referrer, not the one asked for.
    referrer_cues: set[str] = field(default_factory=set)
    referrer_re: re.Pattern[str] = _NEVER
    # A doubt opening a short sentence that offers someone ("Maybe Bob Ray (...).",
    # "Vielleicht Frau Huber?"): the one asked for is only suggested.
    suggestion_doubts_re: re.Pattern[str] = _NEVER
    # The same doubts anywhere in a sentence, as whole words: one offering a name for
    # someone at a firm ("someone in the HSE - maybe Dr Declan Furlong").
    suggestion_doubt_word_re: re.Pattern[str] = _NEVER
    # Words between such a doubt and the name it offers ("a lo mejor con Jorge", "quem
    # sabe a Dra. Lívia").
    suggestion_links: set[str] = field(default_factory=set)
    # Someone at a firm ("someone in", "alguien de", "alguém da"), the first word in the
    # group "someone": a name offered after it is the one meant (request_firm_pick.py).
    firm_someone_re: re.Pattern[str] = _NEVER
    # One of ``someone_at_preps`` right before one of ``firm_someone_cues`` ("to someone
    # at", "pra alguém da", "à quelqu'un de"): the one presented goes to someone not yet
    # known at a firm (request_someone_at.py).
    someone_at_re: re.Pattern[str] = _NEVER
    # A name of two capitalised words or more, one of ``workplace_preps`` and where that
    # one works (a few capitalised words, ``workplace_joiners`` between them), then an
    # address in brackets, a line break perhaps before it ("Wanjiru Mwangi at APHRC in
    # Nairobi\n<wanjiru...@...>"): read in a quoted thread (request_told.py).
    workplace_address_re: re.Pattern[str] = _NEVER
    kin_needs: frozenset[str] | None = None
    # A relative or relation named by a noun right after a name in the genitive written
    # without an apostrophe ("Paul Morels Kollegin", "Annas Tochter"): German alone.
    genitive_kin_re: re.Pattern[str] = _NEVER
    genitive_kin_needs: frozenset[str] | None = None
    # An address spelled out in words, its "@" and its dots ("jp.gagnon at videotron dot
    # ca", "lukas [at] oberhofer-holz [punkt] at"): never read as an address.
    address_ats: set[str] = field(default_factory=set)
    address_dots: set[str] = field(default_factory=set)
    # Words that after an "at" word begin an ordinary phrase, no domain ("at some point
    # so", "chez moi point final").
    address_non_domains: set[str] = field(default_factory=set)
    # The top-level domains an address spoken in full may end on ("com", "uk", "fr",
    # "bzh"): "tom at whitlockfarm dot co dot uk" is written as an address.
    address_top_levels: set[str] = field(default_factory=set)
    # The "at" words that name the sign itself, no preposition ("arobase", "arroba", "ät"):
    # an address spoken with one is written as an address in any mail, one spoken with
    # "at" only in a mail dictated or typed without care for case.
    address_signs: set[str] = field(default_factory=set)
    # Marks spoken as words in a dictated mail ("full stop", "Komma", "virgule"), with the
    # mark each stands for, and the words of any language that before one (guards) or after
    # one (follows) make it an ordinary word ("the point", "Komma fünf", "en punto", "point
    # de vue"): English "the point" too is no French full stop.
    dictated_marks: dict[str, str] = field(default_factory=dict)
    dictated_mark_guards: set[str] = field(default_factory=set)
    dictated_mark_follows: set[str] = field(default_factory=set)
    # Per language, the ask verbs read when typed with a slip ("conect", "introdcue") and
    # what must follow the slip ("me w/", "moi à"); real words one slip from them
    # ("resent", "preset").
    slip_asks: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = ()
    slip_real_words: frozenset[str] = frozenset()
    # A first name and "s" before one of ``unmarked_possessive_words`` ("Tylers email is
    # ..."): the possessive typed without its apostrophe (``request_slips.py``).
    unmarked_possessive_re: re.Pattern[str] = _NEVER
    # For each of ``slip_asks``, the words of plain letters one of which a text of plain
    # letters holds in its lower case wherever its frame regex (ignoring case) finds one
    # (``needed_words``): a mail in another language holds none of them.
    slip_frame_needs: tuple[frozenset[str] | None, ...] = ()
    # One of ``slip_verbs`` split in two by a space, as a phone's autocorrect leaves it
    # ("intro duce me to"), before one of its language's ``slip_frames``.
    split_ask_re: re.Pattern[str] | None = None
    # The second halves of those split verbs, one of which a text holding one holds as a
    # word ("duce" of "intro duce"), each with the first halves written before it
    # ("intro"): a text holding one holds both as words. Most mail holds no such pair
    # (a tail alone, "en", "sent", is common), and the search is skipped.
    split_ask_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    # A numbered list item withdrawn later in the mail by its number ("scrap number 2"):
    # ``item_withdrawals``, the number in the group ``number``.
    item_withdrawal_re: re.Pattern[str] | None = None
    # The last word before the number of each of those ("number", "numéro", "namba"), one
    # of which a text holding a withdrawal holds: most mail holds none.
    item_withdrawal_words: frozenset[str] = frozenset()
    # Words that make a sentence a plea ("please", "could you", "könnten Sie", "naomba").
    pleas: set[str] = field(default_factory=set)
    # Two others as the object of an ask ("the two", "die beiden", "les deux", "wote wawili").
    both_words: set[str] = field(default_factory=set)
    # The writer and one other together as "us" ("the two of us", "nous deux", "uns
    # beide"), read as an "us" item; one of ``both_words`` inside one speaks of no others.
    self_pair_phrases: set[str] = field(default_factory=set)
    self_pair_re: re.Pattern[str] = _NEVER
    # What else makes an ask one about two others, as "them" does: "each other",
    # "miteinander", and verbs carrying them ("ponerlos", "kuwaunganisha").
    them_words: set[str] = field(default_factory=set)
    # Commands to introduce two others ("introduce them", "preséntalos", "présente-les",
    # "apresente-os", "stell sie einander vor", "watambulishe"): the imperative pleads
    # as "please" does.
    them_commands: set[str] = field(default_factory=set)
    # Words of introducing in any form ("introduce", "en contacto", "apresenta").
    intent_words: set[str] = field(default_factory=set)
    # Verbs carrying the writer as their object ("presentarme", "unitambulishe").
    self_verbs: set[str] = field(default_factory=set)
    # Verbs whose object marker is the writer ("unitambulishe"): an ask by one whose pair
    # holds not the writer leaves who is to meet whom open.
    self_marked_verbs: set[str] = field(default_factory=set)
    # Of ``self_verbs``, those carrying "us" ("presentarnos", "apresentar-nos").
    plural_self_verbs: set[str] = field(default_factory=set)
    # The writer as the object of an ask: the self words that are no subject ("me", not "I").
    object_self_words: set[str] = field(default_factory=set)
    # A note that only hands a forwarded mail to the agent ("can you?", "¿puedes?",
    # "kannst du?"): every word of it is one of these.
    handover_words: set[str] = field(default_factory=set)
    # What points at the intro a quoted mail suggests ("can you do the one Raj suggests
    # below?", "¿puedes hacer la de abajo?"), ``*`` one to three words: a name.
    below_refs: set[str] = field(default_factory=set)
    below_ref_re: re.Pattern[str] = _NEVER
    # A quoted mail offering to introduce its reader ("Want me to introduce you?", "Le
    # puedo presentar a", "soll ich Sie * vorstellen"), ``*`` one to eight words: a short
    # yes above it, to the agent, accepts that intro.
    offers: set[str] = field(default_factory=set)
    offer_re: re.Pattern[str] = _NEVER
    # Talking or meeting with someone ("talk", "hablar con", "kennenlernen"), and wanting
    # to ("would love", "me encantaría"): a forwarded mail's author asking for contact.
    contact_words: set[str] = field(default_factory=set)
    wishes: set[str] = field(default_factory=set)
    # The intro wanted later, not now ("next month, not now", "pas tout de suite").
    later_cues: set[str] = field(default_factory=set)
    # A request taken back later in the mail ("Actually, never mind", "laisse tomber").
    withdrawal_cues: set[str] = field(default_factory=set)
    # The words opening a condition ("if", "si", "wenn", "se", "kama"): a withdrawal in
    # the clause after one is the writer's hesitation, no withdrawal.
    withdrawal_conditions: set[str] = field(default_factory=set)
    # The conditions an ask may be set on (see ``request_conditions``): the words opening
    # one ("if", "unless", "si", "wenn", "falls", "se", "caso", "kama"), those read inside
    # a sentence with no comma before them ("if"), the words after which such a word asks
    # whether ("know if", "see if"), and the conditions that leave the ask standing:
    # politeness ("if you can", "if that's ok") and a party's own willingness ("if she's
    # interested"), "*" one to three words.
    ask_conditions: set[str] = field(default_factory=set)
    inline_conditions: set[str] = field(default_factory=set)
    condition_blinds: set[str] = field(default_factory=set)
    # What, inside the word right after a condition word, makes it "as" ("vyo": "kama
    # nilivyoahidi", "as I promised"), no condition.
    condition_manners: set[str] = field(default_factory=set)
    # Condition words that open a condition only as their sentence's first word: after a
    # comma they are another language's word ("se llama", Swahili "si mimi").
    opening_conditions: set[str] = field(default_factory=set)
    settled_conditions: set[str] = field(default_factory=set)
    ask_condition_re: re.Pattern[str] = _NEVER
    ask_condition_needs: frozenset[str] | None = None
    settled_condition_re: re.Pattern[str] = _NEVER
    # An ask taken back for the one after it ("on second thought, no", "pensándolo mejor,
    # no", "en fait non", "vergiss das", "pensando melhor, não", "achana na hilo"), and
    # its regex with ``withdrawal_cues``' (a "scratch that" followed by a new ask).
    retraction_cues: set[str] = field(default_factory=set)
    retraction_re: re.Pattern[str] = _NEVER
    retraction_needs: frozenset[str] | None = None
    # An ask the writer reports having made before ("I asked you", "je vous avais
    # demandé", "te pedí", "ich hatte dich gebeten", "pedi-lhe", "nilikuomba"), and the
    # words before it making it the manner of a new ask ("as I asked you", "comme").
    reported_asks: set[str] = field(default_factory=set)
    reported_ask_manners: set[str] = field(default_factory=set)
    reported_ask_re: re.Pattern[str] = _NEVER
    reported_ask_needs: frozenset[str] | None = None
    # Alternatives offered for one party ("either ... or", "soit ... soit", "o a ... o",
    # "entweder ... oder", "ou ... ou", "ama ... au"): the words that may close each
    # opening's alternative, by the opening's words.
    alternative_words: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    # The writer introducing themselves to the one written to ("allow me to introduce
    # myself", "gestatten Sie mir, mich Ihnen kurz vorzustellen"): sentence cues too.
    self_introductions: set[str] = field(default_factory=set)
    # A newcomer presented to the mail's readers: a presenting call and the writer's side's
    # "new" ("Darf ich vorstellen: unsere neue Kollegin", "je vous présente notre nouvelle
    # collègue"), which asks the agent for nothing where no one to meet is known.
    newcomer_calls: set[str] = field(default_factory=set)
    # The writer telling the agent it was copied by mistake or has nothing to do ("I cc'd
    # my intro bot by mistake", "please ignore it", "FYI only"), and the words that may
    # stand beside such a cue in its clause ("please", "it", "the bot", "cc'd").
    dismissal_cues: set[str] = field(default_factory=set)
    dismissal_words: set[str] = field(default_factory=set)
    # The writer asks that an intro not be acted on ("ne pas donner suite", "please don't
    # act on"), someone else's coming ask or any: the mail asks nothing.
    no_action_cues: set[str] = field(default_factory=set)
    # The writer tells the agent to hold an intro, neither going on with it nor cancelling
    # it ("just wait", "hold off", "attendez", "espera", "warte", "subiri").
    hold_cues: set[str] = field(default_factory=set)
    # What says an intro is not needed or not to be made, governing the ask after it
    # ("no need to", "pas besoin de", "musst * nicht"), what forbids the ask right after
    # it ("don't", "ne me"), and the prefixes of a negated verb, with the letter its
    # positive form opens on ("usi" -> "u": "usinitambulishe").
    needless_leads: set[str] = field(default_factory=set)
    negation_leads: set[str] = field(default_factory=set)
    # A negation standing right before the ask's own verb, a few of negation_fillers
    # perhaps between ("nicht vernetzen", "bitte nicht miteinander bekannt machen", "no
    # presentes", "não apresente", "ne pas les présenter", "please not connect"): not a
    # negation lead, so a pattern after it is not forbidden ("¿No me presentas a ...?").
    verb_negations: set[str] = field(default_factory=set)
    negation_fillers: set[str] = field(default_factory=set)
    negation_prefixes: dict[str, str] = field(default_factory=dict)
    # An ask whose own verb phrase is negated, by its lead ("stell * nicht", "no me
    # conectes"), with the words one of which must end it in its clause ("vor"), if any.
    negated_asks: dict[str, set[str]] = field(default_factory=dict)
    # The same, each lead as a regex of the whole matched lead.
    negated_ask_res: list[tuple[re.Pattern[str], frozenset[str]]] = field(default_factory=list)
    needless_re: re.Pattern[str] = _NEVER
    # A wish negated on its own verb, or a preference for what is not done, whose object
    # holds the ask ("i don't want", "no quiero", "je ne veux pas", "ich möchte nicht",
    # "sitaki", "rather * not"): a phrasing matched after it asks nothing.
    negated_wishes: set[str] = field(default_factory=set)
    negated_wish_re: re.Pattern[str] = _NEVER
    # One of negation_leads ending a text: a pattern found right after it is forbidden
    # ("don't put me in touch with", "do not set me up with").
    negated_opening_re: re.Pattern[str] = _NEVER
    # What turns from a negated ask to another clause ("but", "mais", "pero", "sondern",
    # "lakini"): the negation governs the sentence only up to it.
    contrast_words: set[str] = field(default_factory=set)
    contrast_re: re.Pattern[str] = _NEVER
    # A consequence opening a clause after a comma ("so", "então", "alors", "así que",
    # "also", "kwa hivyo"): a negated wish before it does not reach past it.
    consequence_words: set[str] = field(default_factory=set)
    consequence_re: re.Pattern[str] = _NEVER
    # What opens a purpose clause after a comma ("to", "um", "pour", "para", "ili"): a
    # negation of the clause before it covers it too ("Ich habe Intro nicht in Kopie
    # gesetzt, um dich mit ... bekannt zu machen").
    purpose_leads: set[str] = field(default_factory=set)
    purpose_lead_re: re.Pattern[str] = _NEVER
    # One of intent_words opening a word ("presentarme", "vorzustellen" holds none).
    intent_start_re: re.Pattern[str] = _NEVER
    # Two colleagues told to sort out a task in a thread: a task, a problem or a deadline
    # ("sync on", "they don't match", "before Friday": each of ``deadline_preps`` before
    # each of ``deadline_heads`` of its language), and what says the two have not met
    # ("haven't met", "new", "joined").
    task_cues: set[str] = field(default_factory=set)
    unmet_cues: set[str] = field(default_factory=set)
    subject_cues: set[str] = field(default_factory=set)
    # Of ``subject_cues``, those naming what a mail is about ("newsletter"), and the
    # subject's words asking for an intro ("intro request") that may stand beside one.
    subject_topic_cues: set[str] = field(default_factory=set)
    subject_ask_cues: set[str] = field(default_factory=set)
    proxy_cues: set[str] = field(default_factory=set)
    # Of ``proxy_cues``, those reporting another's errand for the writer ("asked me to"):
    # an errand of no meeting, beside an ask naming the writer, is the writer's reason.
    errand_cues: set[str] = field(default_factory=set)
    # Before the writer, whom a favour is for ("do an introduction for me please").
    favour_preps: set[str] = field(default_factory=set)
    list_cues: set[str] = field(default_factory=set)
    passive_self_asks: set[str] = field(default_factory=set)
    # The writer asking intros for themselves before a list ("I need two intros:").
    self_list_leads: set[str] = field(default_factory=set)
    list_for_words: set[str] = field(default_factory=set)
    list_with_words: set[str] = field(default_factory=set)
    # A sentence opening on someone not to introduce ("Surtout pas Paul Girard : ...").
    exclusions: set[str] = field(default_factory=set)
    # Someone left out at the end of an ask, after a comma ("..., not Bob Lee", "..., pas à
    # Bob Lee") or anywhere ("rather than Bob Lee", "statt Bob Lee", "badala ya Bob Lee").
    trailing_exclusions: set[str] = field(default_factory=set)
    instead_words: set[str] = field(default_factory=set)
    # "if * agrees", "falls * einverstanden ist": the ask after it is on that one's consent.
    consent_conditions: set[str] = field(default_factory=set)
    # Words opening list items as numbers do ("Erstens ... Zweitens ...", "First, ...").
    list_ordinals: set[str] = field(default_factory=set)
    # Those of several words, as their words, by the first ("en" of "en primer lugar"):
    # most words open none, and one look tells.
    list_ordinal_phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # Words carrying a list item on from the one before, before its pair ("- and me +
    # Ruth Adebayo", "- et moi + ...", "- y yo con ...", "- und ich mit ..."), as their
    # words, by the first, longest first.
    list_item_leads: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # Words opening a list item's reason right after its pair ("... Karen Sato (...)
    # about Japan", "sobre", "wegen", "kuhusu").
    list_reasons: set[str] = field(default_factory=set)
    # An ask about "two people" ("deux personnes", "the following"), as tokens, and the
    # words before one that turn it to the other side ("introduce me to two people").
    pair_counts: set[tuple[str, ...]] = field(default_factory=set)
    pair_count_heads: set[str] = field(default_factory=set)
    # ``pair_counts`` under their first words, each in the order the set gives them.
    pair_counts_by_head: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    pair_count_preps: set[str] = field(default_factory=set)
    # What only marks whom an intro word introduces ("poner en contacto a dos personas").
    pair_count_markers: set[str] = field(default_factory=set)
    # The last words of the intro words ("contacto" of "en contacto").
    intent_ends: set[str] = field(default_factory=set)
    # Talk of addresses and copies ("he's cc'd"), which is no reason to meet.
    context_skips: set[str] = field(default_factory=set)
    shared_mail_domains: set[str] = field(default_factory=set)
    # "Anika's EA is Josh (josh.k@...)": words for someone who handles a party's mail.
    assistant_words: set[str] = field(default_factory=set)
    # "Ann, meet Bob at the entrance at 9": a place or a time after the one to meet, in
    # a request spoken to someone, sets an appointment. The verbs (imperative), the words
    # that may stand before them ("please"), the words opening a place or a time ("at"),
    # what follows those ("the"; a number is always a time), and the words that open a
    # place on their own ("am", "no", "au").
    appointment_verbs: set[str] = field(default_factory=set)
    appointment_leads: set[str] = field(default_factory=set)
    appointment_preps: set[str] = field(default_factory=set)
    appointment_heads: set[str] = field(default_factory=set)
    appointment_places: set[str] = field(default_factory=set)
    # "Ann and Bob should talk to the lawyer": a word after the verb of a pair that turns
    # to someone else ("to", "with"), and what opens that someone ("the", "a"; a name or
    # an address does too). "Talk to each other" is no one else.
    other_party_preps: set[str] = field(default_factory=set)
    other_party_heads: set[str] = field(default_factory=set)
    # "You two should sign the contract": after a modal that tells the people written to
    # what they should do ("should", "solltet"), one of the verbs of meeting or talking
    # must follow for an intro; "talk to each other" stays between the two.
    pair_modals: set[str] = field(default_factory=set)
    pair_verbs: set[str] = field(default_factory=set)
    mutual_words: set[str] = field(default_factory=set)
    max_group_words: int = 1
    group_heads: set[str] = field(default_factory=set)
    # The first two words of every group of two or more ("the two", "you two"), so that a
    # group's first word ("the") is settled as a plain word when no group follows.
    group_prefixes: set[tuple[str, ...]] = field(default_factory=set)
    pronoun_words: set[str] = field(default_factory=set)
    # Every lower-case word that is more than a word to the tokenizer.
    special_words: set[str] = field(default_factory=set)
    # A verb with its object pronouns joined to it, by the words it stands for
    # ("presentármelo": "presentarme a él"; "kwangu": "kwa mimi").
    clitic_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Clitic forms read so only joined to a verb by a hyphen ("apresenta-ma": "me a ela"),
    # being a word of their own elsewhere (French "ma", "my").
    hyphen_clitics: set[str] = field(default_factory=set)
    # Object pronouns of a third person right after the writer's "me" and before a verb
    # ("tu me le présentes", "¿me la presentas?"): "him", "her", never "you" there.
    cluster_thirds: set[str] = field(default_factory=set)
    # A preposition joined to its article, by the words it stands for, read so only
    # before a person ("al": "a el" in "presentarme al Sr. Brandt").
    contracted_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A verb with a plural object pronoun joined to it, by the words it stands for, read
    # so only right after one of ``asked_clitic_leads`` ("¿Podrías presentarles a ...?":
    # "presentar les", "them"); elsewhere "presentarles" presents someone to the people
    # written to ("Me gustaría presentarles a Juan").
    asked_clitic_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    asked_clitic_leads: set[str] = field(default_factory=set)
    # An article or a conjunction elided before a name, its apostrophe kept ("d'",
    # "qu'"): split off the name it is written onto ("d'Inès Haddad").
    elided_words: set[str] = field(default_factory=set)
    # Elided words that open a sentence capitalised on a lower-case word ("L'adresse",
    # "D'après"): such a token is no name.
    elided_openings: set[str] = field(default_factory=set)
    # Articles that are object pronouns too ("le", "el", "o"): before a title and a name,
    # the article ("avec le Dr Benoît Lefèvre").
    title_articles: set[str] = field(default_factory=set)
    trigger_re: re.Pattern[str] = _NEVER
    sentence_cue_re: re.Pattern[str] = _NEVER
    unnamed_other_re: re.Pattern[str] = _NEVER
    alike_other_re: re.Pattern[str] = _NEVER
    doer_re: re.Pattern[str] = _NEVER
    action_label_re: re.Pattern[str] = _NEVER
    clause_break_re: re.Pattern[str] = _NEVER
    past_cue_re: re.Pattern[str] = _NEVER
    reply_cue_re: re.Pattern[str] = _NEVER
    message_cue_re: re.Pattern[str] = _NEVER
    withdrawal_cue_re: re.Pattern[str] = _NEVER
    self_introduction_re: re.Pattern[str] = _NEVER
    newcomer_call_re: re.Pattern[str] = _NEVER
    dismissal_re: re.Pattern[str] = _NEVER
    no_action_cue_re: re.Pattern[str] = _NEVER
    hold_cue_re: re.Pattern[str] = _NEVER
    task_re: re.Pattern[str] = _NEVER
    unmet_re: re.Pattern[str] = _NEVER
    doubt_cue_re: re.Pattern[str] = _NEVER
    spelled_address_re: re.Pattern[str] = _NEVER
    spoken_address_re: re.Pattern[str] = _NEVER
    dictated_mark_re: re.Pattern[str] = _NEVER
    plea_re: re.Pattern[str] = _NEVER
    both_re: re.Pattern[str] = _NEVER
    them_re: re.Pattern[str] = _NEVER
    them_command_re: re.Pattern[str] = _NEVER
    # The last words of ``both_words`` and ``them_words`` ("beiden", "two", "ponerlos"):
    # where in a sentence the ask for two others stands.
    them_ends: set[str] = field(default_factory=set)
    # Two others told they should meet ("they should", "ils devraient", "sie sollten"),
    # as tokens, and the words that negate a sentence ("not", "pas", "nicht").
    they_modals: set[tuple[str, ...]] = field(default_factory=set)
    they_modal_re: re.Pattern[str] = _NEVER
    # The writer's wish that two others meet ("I'd like the two of them to", "j'aimerais
    # qu'ils", "me gustaría que"), words of ``wish_adverbs`` perhaps between its words
    # ("I would very much like them to"); the meeting's verb then one of ``pair_verbs`` or
    # ``wished_verbs`` (the forms a wish puts it in: "se rencontrent", "se conocieran").
    pair_wishes: set[tuple[str, ...]] = field(default_factory=set)
    pair_wish_heads: frozenset[str] = frozenset()
    # ``pair_wishes`` under their first words, each in the order the set gives them.
    pair_wishes_by_head: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # A wish that two others meet said of the two it names after it ("it would be so
    # nice if", "ce serait bien que", "sería lindo que", "es wäre schön, wenn", "seria
    # ótimo se", "ingekuwa vizuri"), as the word sequences ``pair_wishes`` are, under
    # their first words too.
    pair_wish_clauses: set[tuple[str, ...]] = field(default_factory=set)
    pair_wish_clause_heads: frozenset[str] = frozenset()
    pair_wish_clauses_by_head: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # The first words of ``they_modals``: a sentence holding none holds no modal.
    they_modal_heads: frozenset[str] = frozenset()
    wish_adverbs: set[str] = field(default_factory=set)
    wished_verbs: set[str] = field(default_factory=set)
    negations: set[str] = field(default_factory=set)
    # A proclitic ask that is also a statement ("me apresenta", "me põe"), as its two
    # words, and the words that may open its sentence before it ("oi", "por favor").
    proclitic_asks: set[tuple[str, str]] = field(default_factory=set)
    proclitic_openers: set[str] = field(default_factory=set)
    proclitic_conditions: set[str] = field(default_factory=set)
    # Who does an intro asked with the writer as its object when that one is not the one
    # written to ("he", "ele", "il", "él", "er", "someone"), who asks so opening a sentence
    # ("who", "quem", "qui", "wer"), and the words that open a clause of the verb's own
    # before it ("to", "que", "dass"), where looking for its subject stops.
    other_subjects: set[str] = field(default_factory=set)
    other_subject_questions: set[str] = field(default_factory=set)
    other_subject_stops: set[str] = field(default_factory=set)
    # A need or a want of the subject's right before such a stop ("he needs to", "il a
    # besoin de", "ele precisa de"): the clause after it is the subject's own, so the
    # search goes on past the stop; and verbs carrying a third person as their subject
    # ("anahitaji", "he needs"), that subject themselves.
    other_subject_wants: set[str] = field(default_factory=set)
    other_subject_verbs: set[str] = field(default_factory=set)
    other_reflexives: set[str] = field(default_factory=set)
    # A verb of belief ("think", "acho", "creo", "pense", "glaube", "nadhani") before such
    # a stop: the clause after it tells what someone does, no wish or thanks governs it.
    belief_leads: set[str] = field(default_factory=set)
    # Someone else's verb of saying or thinking right before the writer's "I should"
    # ("he mentioned", "Femi thinks", "ele disse que"), and the words that may stand
    # between ("that", "me", "que"): advice told, no ask.
    advice_leads: set[str] = field(default_factory=set)
    advice_joiners: set[str] = field(default_factory=set)
    # Words ending right before an intro that tell someone else offered to make it ("Paul
    # offered to", "a proposé de", "se ofreció a", "hat ... angeboten", "se ofereceu para",
    # "amejitolea").
    other_subject_offers: set[str] = field(default_factory=set)
    other_subject_offer_re: re.Pattern[str] = _NEVER
    # The writer copying the agent in ("copied in", "en copie", "copiei") and words for
    # each of the two written to ("each of you", "à chacun", "cada um").
    copy_cues: set[str] = field(default_factory=set)
    copy_cue_re: re.Pattern[str] = _NEVER
    # Words in brackets pointing at someone right after their first name ("grace (below)",
    # "(ci-dessous)", "(abajo)", "(unten)", "(abaixo)", "(hapa chini)", "(cc'd)").
    pointer_marks: set[str] = field(default_factory=set)
    pointer_re: re.Pattern[str] = _NEVER
    # The same marks as the tokens read them ("ci", "-", "dessous"), under their first:
    # unbracketed right after a name in an ask ("den joseph unten mit der anna").
    pointer_words_by_head: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # When the one named was met, after where ("vom Röster-Abend letzte Woche", "from the
    # tasting last week"), as the tokens read them, under their first word.
    event_times: set[str] = field(default_factory=set)
    event_times_by_head: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    each_words: set[str] = field(default_factory=set)
    each_re: re.Pattern[str] = _NEVER
    # The agent named in the writer's text ("my intro assistant", "mon agent d'intro") and
    # words handing it the intro besides ``copy_cues`` ("to handle", "looping in", "will
    # check with", "qui vous contactera", "se encargará", "vai falar com").
    agent_names: set[str] = field(default_factory=set)
    agent_name_re: re.Pattern[str] = _NEVER
    handover_cues: set[str] = field(default_factory=set)
    handover_re: re.Pattern[str] = _NEVER
    # A forwarded mail's author giving their own address in their text ("reach me at",
    # "escríbeme a", "écrivez-moi à", "erreichbar unter", "me escreva em", "niandikie kwa").
    own_address_leads: set[str] = field(default_factory=set)
    own_address_lead_re: re.Pattern[str] = _NEVER
    # What the agent handed the intro is to do, the people after it the ones it connects
    # ("to connect you with", "pour vous mettre en relation avec", "ili akuunganishe na").
    handover_links: set[str] = field(default_factory=set)
    handover_link_re: re.Pattern[str] = _NEVER
    # Someone copied only to be kept informed ("only so she knows", "nur zur Information",
    # "pour information", "para su conocimiento", "para conhecimento", "kwa taarifa tu").
    informed_cues: set[str] = field(default_factory=set)
    informed_re: re.Pattern[str] = _NEVER
    # A forward's note handing the forwarded ask over ("can you make this happen?", "tu
    # peux t'en occuper ?") and naming the forwarder's one for it ("my contact at * is",
    # "mi contacto es", "a pessoa certa é"); the forwarded mail asking after someone
    # unnamed ("do you know someone at", "tu connais quelqu'un", "conhece alguém").
    note_handovers: set[str] = field(default_factory=set)
    note_handover_re: re.Pattern[str] = _NEVER
    contact_leads: set[str] = field(default_factory=set)
    contact_lead_re: re.Pattern[str] = _NEVER
    someone_cues: set[str] = field(default_factory=set)
    someone_re: re.Pattern[str] = _NEVER
    # Where the writer has an address from, before a lead ("according to the programme").
    address_lead_sources: set[str] = field(default_factory=set)
    # The writer pointing to a signature below for someone's address ("his details are below").
    signature_refs: set[str] = field(default_factory=set)
    signature_ref_re: re.Pattern[str] = _NEVER
    # The writer pointing to the quoted thread below for addresses ("both their emails are
    # in there", "sus correos están en el hilo").
    thread_refs: set[str] = field(default_factory=set)
    thread_ref_re: re.Pattern[str] = _NEVER
    # The writer saying someone's details are below, in the quoted thread ("los datos del
    # Dr. Benavente están en el correo de Rodrigo más abajo"), "*" one to eight words.
    quoted_details: set[str] = field(default_factory=set)
    quoted_details_re: re.Pattern[str] = _NEVER
    intent_re: re.Pattern[str] = _NEVER
    contact_re: re.Pattern[str] = _NEVER
    # The two written to asked to meet or talk, and a meeting told of as past.
    proposal_words: set[str] = field(default_factory=set)
    met_cues: set[str] = field(default_factory=set)
    proposal_re: re.Pattern[str] = _NEVER
    met_re: re.Pattern[str] = _NEVER
    # Headings that present people to a mailing's readers ("Introducing ...").
    announcement_words: set[str] = field(default_factory=set)
    wish_re: re.Pattern[str] = _NEVER
    subject_cue_re: re.Pattern[str] = _NEVER
    subject_ask_re: re.Pattern[str] = _NEVER
    proxy_cue_re: re.Pattern[str] = _NEVER
    # What opens a sentence giving someone's address ("her email is", "ihre
    # e-mail-adresse lautet", "* 's address is"): the whole text before the address, one
    # regex for those that speak of someone by a pronoun and one for those that name them.
    address_lead_re: re.Pattern[str] = _NEVER
    named_address_lead_re: re.Pattern[str] = _NEVER
    # A lead that says where the address is written ("his address is on the society's
    # page:"): the word before its colon is a place, no name.
    address_place_re: re.Pattern[str] = _NEVER
    # What comes between an address tied by a lead and a second one of the same sentence,
    # given for someone else ("Dr Holloway can be reached at ... and Professor Eze at").
    address_lead_continuation_re: re.Pattern[str] = _NEVER
    # A label and a colon before an address on its line ("Courriel :", "E-mail:",
    # "Contact:"), opening the line or after a dash, a bar, a comma or a semicolon.
    address_label_re: re.Pattern[str] = _NEVER
    # "my colleague would love ...": someone of the writer's wishes, not the writer's.
    proxy_owners: set[str] = field(default_factory=set)
    proxy_roles: set[str] = field(default_factory=set)
    # Swahili nouns holding their possessive ("mwenzangu", my colleague): a description
    # of someone in one word, as "my colleague" is.
    possessed_nouns: set[str] = field(default_factory=set)
    proxy_wishes: set[str] = field(default_factory=set)
    proxy_wish_re: re.Pattern[str] = _NEVER
    # "on behalf of *", "* asked me to": where a proxy phrase names the one written for.
    # The text before a name that ends on such a phrase, and the text after one that
    # opens on it (see ``agent.understanding.request_proxy``).
    proxy_principals: set[str] = field(default_factory=set)
    # "meinen Mann Tobias Krüger (...) vor, nicht mich", "my husband Tom Ray, not me":
    # someone of the writer's introduced in the writer's place, ``*`` that one. The
    # text after such a name that opens on one, and the text before it that ends on an
    # owner and a role ("my husband", "mume wangu").
    stand_in_principals: set[str] = field(default_factory=set)
    stand_in_re: re.Pattern[str] = _NEVER
    stand_in_owned_re: re.Pattern[str] = _NEVER
    # Pronouns that may be the one written to or a third person ("le", "lhe"): in a
    # mail for a principal so named, they are that principal.
    proxy_pronouns: set[str] = field(default_factory=set)
    # Verb forms of the familiar "you" ("puedes", "podrías", "podes"): beside one, such a
    # pronoun is a third person, the one written to being the verb's subject.
    familiar_verbs: set[str] = field(default_factory=set)
    # Infinitives before which such a pronoun is a third person, a language writing no
    # "you" so ("peux-tu le présenter à ...").
    pronoun_infinitives: set[str] = field(default_factory=set)
    # Words that are a third person's pronoun only right before a verb of the familiar
    # "you", an article elsewhere ("¿la puedes presentar a ...?").
    familiar_clitics: set[str] = field(default_factory=set)
    proxy_for_re: re.Pattern[str] = _NEVER
    proxy_by_re: re.Pattern[str] = _NEVER
    list_cue_re: re.Pattern[str] = _NEVER
    passive_self_ask_re: re.Pattern[str] = _NEVER
    self_list_lead_re: re.Pattern[str] = _NEVER
    exclusion_re: re.Pattern[str] = _NEVER
    # A consent condition and the comma closing it, the name in the first group that took
    # part; any of its opening words, the quick look before it.
    consent_re: re.Pattern[str] = _NEVER
    consent_lead_re: re.Pattern[str] = _NEVER
    # Any exclusion phrase anywhere in folded text: the quick look before exclusion_re.
    exclusion_lead_re: re.Pattern[str] = _NEVER
    trailing_exclusion_re: re.Pattern[str] = _NEVER
    context_skip_re: re.Pattern[str] = _NEVER
    # Of a regex of phrases searched in most mail and rarely finding one, the words one of
    # which a text holds wherever it finds one (``needed_words``): most mail holds none,
    # and a look among its words costs less than the search. None: no such words known.
    message_cue_needs: frozenset[str] | None = None
    withdrawal_cue_needs: frozenset[str] | None = None
    no_action_cue_needs: frozenset[str] | None = None
    hold_cue_needs: frozenset[str] | None = None
    newcomer_call_needs: frozenset[str] | None = None
    dismissal_needs: frozenset[str] | None = None
    signature_ref_needs: frozenset[str] | None = None
    thread_ref_needs: frozenset[str] | None = None
    proxy_cue_needs: frozenset[str] | None = None
    proxy_wish_needs: frozenset[str] | None = None
    doubt_cue_needs: frozenset[str] | None = None
    thanks_lead_needs: frozenset[str] | None = None
    told_outcome_needs: frozenset[str] | None = None
    doer_needs: frozenset[str] | None = None
    action_label_needs: frozenset[str] | None = None
    unnamed_other_needs: frozenset[str] | None = None
    alike_other_needs: frozenset[str] | None = None
    list_cue_needs: frozenset[str] | None = None
    intro_part_needs: frozenset[str] | None = None
    negated_wish_needs: frozenset[str] | None = None
    other_subject_offer_needs: frozenset[str] | None = None
    exclusion_needs: frozenset[str] | None = None
    context_skip_needs: frozenset[str] | None = None
    # Of the regexes of phrases ``read_text`` searches in each text, what a text must hold
    # for each to find one (``phrase_gate``): every word of one phrase, a stricter look
    # than the needed words, and most texts hold none. None: any text may.
    sentence_cue_gate: PhraseGate | None = None
    reply_cue_gate: PhraseGate | None = None
    trigger_gate: PhraseGate | None = None
    needless_gate: PhraseGate | None = None
    thanks_lead_gate: PhraseGate | None = None
    doer_gate: PhraseGate | None = None
    action_label_gate: PhraseGate | None = None
    negated_wish_gate: PhraseGate | None = None
    list_cue_gate: PhraseGate | None = None
    group_noun_gate: PhraseGate | None = None
    told_outcome_gate: PhraseGate | None = None
    contrast_gate: PhraseGate | None = None
    told_past_intro_gate: PhraseGate | None = None
    someone_at_gate: PhraseGate | None = None
    own_mailbox_gate: PhraseGate | None = None
    # Of the regexes searched once in the writer's folded ask (``normal_text``), whose
    # words ``words_in`` keeps for it: the same look, most asks holding none.
    referrer_gate: PhraseGate | None = None
    suggestion_doubts_gate: PhraseGate | None = None
    quoted_details_gate: PhraseGate | None = None
    stand_in_gate: PhraseGate | None = None
    # ``firm_someone_re`` pairs any of its first words with any of the rests: its gate
    # holds the first words alone.
    firm_someone_gate: PhraseGate | None = None
    # Those of the two regexes a lead before an address must be the whole of
    # (``address_lead_re``, ``named_address_lead_re``): each of their ways holds one of
    # the leads, the places or the finds, whatever source opens it.
    address_lead_gate: PhraseGate | None = None
    named_address_lead_gate: PhraseGate | None = None
    # That of ``intent_re``, searched where no ask phrase named a pair.
    intent_gate: PhraseGate | None = None
    # The same for ``trailing_exclusion_re``, which ignores case: words of plain letters,
    # looked for among the lower-case words of a text of plain letters only.
    trailing_exclusion_needs: frozenset[str] | None = None
    # Its gate (``phrase_gate``, plain words only): a plain text it finds a phrase in
    # holds all of that phrase's words, not just the longest.
    trailing_exclusion_gate: PhraseGate | None = None
    # The gates of the cue regexes a mail's own checks search folded text with, by the
    # regex's name ("doubt_cue_re"): a text lacking a word of each of a regex's phrases
    # needs no search, where the one longest word of each (``*_needs``) is often a common
    # one ("not", "you").
    cue_gates: dict[str, PhraseGate | None] = field(default_factory=dict)
    # The same for ``dictated_mark_re`` (ignoring case too): each mark it finds in a text of
    # plain letters holds one of them in the text's lower case.
    dictated_mark_needs: frozenset[str] | None = None


# Where a phrase may start: after no word character, or anywhere for one that opens on
# punctuation.
_LEAD_AFTER_WORD = r"(?:(?<!\w)|(?=[^\w\s]))"
_OPENS_ON_PUNCT = re.compile(r"[^\w\s]")


# How long a thing noun must be to head a compound ("Exportfunktion"): shorter ones end
# other words too ("app", "site").
_COMPOUND_HEAD = 6


def _needless_regex(rules: Rules) -> re.Pattern[str]:
    """One regex finding a lead that says an ask is not needed or not to be made: a
    ``needless`` group for ``needless_leads`` ("*" one to three words), a ``negation``
    group for ``negation_leads``, a ``verb`` group for ``verb_negations``, an ``asked``
    group for ``negated_asks`` and a ``prefix`` group for a negated verb's prefix."""

    def lead(phrase: str) -> str:
        words = [_SOME_WORDS if w == "*" else re.escape(w) for w in phrase.split()]
        return r"\s+".join(words)

    rules.negated_ask_res = [
        (re.compile(lead(phrase)), frozenset(endings))
        for phrase, endings in sorted(rules.negated_asks.items())
    ]
    groups = []
    leads = (
        ("needless", rules.needless_leads),
        ("negation", rules.negation_leads),
        # Before a verb's negation, which opens on the same word ("no pongas ... en
        # contacto" before "no").
        ("asked", set(rules.negated_asks)),
        ("verb", rules.verb_negations),
    )
    for name, phrases in leads:
        if phrases:
            body = _longest_first(sorted(phrases, key=len, reverse=True), lead)
            groups.append(rf"(?P<{name}>(?:{body})(?!\w))")
    if rules.negation_prefixes:
        body = "|".join(map(re.escape, sorted(rules.negation_prefixes, key=len, reverse=True)))
        groups.append(rf"(?P<prefix>{body})(?=\w)")
    if not groups:
        return _NEVER
    # The words a lead may open on, whole, or a prefix before the rest of its word, looked
    # for before the hundreds of alternatives: most words of a mail open none.
    openings = {p.split()[0] for _, phrases in leads for p in phrases if p.strip()}
    prefixes = {p for p in rules.negation_prefixes if p}
    gates = [f"(?:{_phrase_tree(openings)})(?!\\w)"] if openings else []
    gates += [f"(?:{_phrase_tree(prefixes)})(?=\\w)"] if prefixes else []
    gate = f"(?={'|'.join(gates)})" if "*" not in openings else ""
    return re.compile(rf"(?<![\w']){gate}(?:{'|'.join(groups)})")


def _longest_first(ordered: list[str], lead: Callable[[str], str]) -> str:
    """The alternation of ``ordered`` (longest first, each as ``lead`` writes it), each
    run of phrases without "*" merged into a tree of shared beginnings: hundreds of
    phrases are then a handful of branches at each position, and the same one wins. The
    phrases of a run matching at one position are beginnings of one another, and the
    tree, as the run, tries the longest first (see ``phrase_regex``); a phrase with "*"
    keeps its place between the runs, where the alternation tried it."""
    parts: list[str] = []
    run: list[str] = []
    for phrase in ordered:
        words = phrase.split()
        if words and "*" not in words:
            run.append(" ".join(words))
            continue
        if run:
            parts.append(_phrase_tree(run))
            run = []
        parts.append(lead(phrase))
    if run:
        parts.append(_phrase_tree(run))
    return "|".join(parts)


# One to four words for "*" in a wish, an address beside a name among them ("rather Ana
# Ruiz (ana@ruiz.io) not").
_WISHED_WORD = r"(?:[^\s,;:.!?]+|\(?[^\s@()]+@[^\s()]+\)?)"
_WISHED_WORDS = rf"{_WISHED_WORD}(?:\s+{_WISHED_WORD}){{0,3}}"

# One to three words of a clause, for "*" in a lead ("musst * nicht"), an address beside
# a name among them ("Bitte Jean Roth (jean@roth.ch) nicht mit ... vernetzen").
_SOME_WORDS = rf"{_WISHED_WORD}(?:\s+{_WISHED_WORD}){{0,2}}"


def _negated_wish_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``negated_wishes`` as whole words, "*" one to four words
    (a name and its address: "rather Ana Ruiz (ana@ruiz.io) not")."""
    wanted = sorted({p for p in phrases if p.strip()}, key=len, reverse=True)
    if not wanted:
        return _NEVER
    body = "|".join(
        r"\s+".join(_WISHED_WORDS if w == "*" else re.escape(w) for w in p.split()) for p in wanted
    )
    # The words a wish may open on, looked for before its hundreds of alternatives: most
    # words of a mail open none.
    openings = {p.split()[0] for p in wanted}
    gate = f"(?={_phrase_tree(openings)}(?!\\w))" if "*" not in openings else ""
    return re.compile(rf"(?<![\w']){gate}(?:{body})(?!\w)")


def phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` as whole words (they are already case-folded).

    Any run of white space stands for a space, since a phrase may wrap across lines.
    The phrases are merged into a tree of shared beginnings ("thank you", "thanks" and
    "thanks so much" share "than"): the regex engine then tries a handful of branches
    at each position instead of every phrase, several times faster on long mail. It
    finds what a plain longest-first alternation finds: the phrases matching at one
    position are beginnings of one another, and the longest that ends a word wins.
    """
    wanted = {p for p in phrases if p}
    if not wanted:
        return _NEVER
    # A phrase opening on punctuation ("'s assistant") is a word's ending and follows a
    # word ("Marc's assistant"); the others start a word. The wider lead is compiled only
    # when such a phrase is there, so the usual cue lists keep their single look-behind.
    lead = _LEAD_AFTER_WORD if any(_OPENS_ON_PUNCT.match(p) for p in wanted) else r"(?<!\w)"
    if any(char.isspace() and char != " " for phrase in wanted for char in phrase):
        # A tab or line break inside a phrase stands for itself: the plain alternation.
        ordered = sorted(wanted, key=len, reverse=True)
        body = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in ordered)
        return re.compile(rf"{lead}(?:{body})(?!\w)")
    punctuated = {p for p in wanted if _OPENS_ON_PUNCT.match(p)}
    if punctuated and punctuated != wanted:
        # The same phrases, each with its own lead: a word's ending only where it opens
        # on punctuation, so the engine tries one lead at each position, not two.
        worded = _phrase_tree(wanted - punctuated)
        return re.compile(rf"(?:(?<!\w)(?:{worded})|(?:{_phrase_tree(punctuated)}))(?!\w)")
    return re.compile(rf"{lead}(?:{_phrase_tree(wanted)})(?!\w)")


# A word of its own in a text: what each word of a phrase is found as by its regex.
_RUN = re.compile(r"\w+")


def needed_words(phrases: Iterable[str], plain: bool = False) -> frozenset[str] | None:
    """Words one of which a text holds as a word of its own (a run of ``\\w``) wherever a
    regex of ``phrases`` finds one: the longest such run of each phrase's words, "*" left
    out. Every regex of phrases here (``phrase_regex``, ``_negated_wish_regex``, the
    roles of ``_wish_regex``, ``_trailing_exclusion_regex``, ``_words_regex``, the frames
    of ``_slip_frame_regex``) finds a phrase's words as written, each between white
    space, its own punctuation, a look-behind for no word character and a look-ahead for
    none: each run of one is a whole word of the text.

    With ``plain``, for a regex ignoring case searched in a plain (ASCII) text: only runs
    of plain lower-case letters count, which it finds there as the text's lower-case
    words, and a phrase holding a letter it finds in no plain text ("não") is left out.
    None when a phrase holds no such run."""
    needed: set[str] = set()
    for phrase in phrases:
        if plain and not all(map(_found_in_plain, phrase)):
            continue
        runs = [run for word in phrase.split() if word != "*" for run in _RUN.findall(word)]
        if plain:
            runs = [run for run in runs if run.isascii() and run == run.lower()]
        if not runs:
            return None
        needed.add(max(runs, key=len))
    return frozenset(needed)


@dataclass(frozen=True)
class PhraseGate:
    """What the words of a text (``words_in``) hold wherever a regex of phrases finds one:
    every run of ``\\w`` of one phrase's words, each a word of the text (see
    ``needed_words``), or a word opening on one of a few prefixes. Each phrase's runs are
    filed under the longest, the others kept beside it: a text holding some phrase's
    longest word seldom holds the rest, and most texts are passed over without a search."""

    # The longest run of each phrase.
    keys: frozenset[str]
    # Under each key, the other runs of each phrase filed there. Tuples, not sets: most
    # phrases fail on their first other run, and a look for a word in the text's words,
    # run by run in a plain loop, is cheaper than a set's subset test.
    rests: dict[str, tuple[tuple[str, ...], ...]]
    # A prefix opening a word, before more of it (a negated verb's: ``_needless_regex``).
    prefix_re: re.Pattern[str] | None = None


# The keys of every gate made: the keys a text's words hold are found by one intersection
# with them (``_keys_in``), for every gate that text is looked at for, not one each.
_KEYS: set[str] = set()
# The last words looked at, and the keys they hold.
_LAST_WORDS: list[frozenset[str]] = [frozenset({"\x00"})]
_LAST_KEYS: list[set[str]] = [set()]


def _keys_in(words: frozenset[str]) -> set[str]:
    """The keys of any gate that ``words`` hold, worked out once for the words of a text:
    a handful, most texts holding few phrases' longest words."""
    if _LAST_WORDS[0] is not words:
        _LAST_KEYS[0] = _KEYS.intersection(words)
        _LAST_WORDS[0] = words
    return _LAST_KEYS[0]


def phrase_gate(
    phrases: Iterable[str], prefixes: Iterable[str] = (), plain: bool = False
) -> PhraseGate | None:
    """The ``PhraseGate`` of a regex finding ``phrases`` (whole words, "*" any words,
    each run of their words a word of the text: ``needed_words``) or one of ``prefixes``
    after no word character nor apostrophe, before a word character. With ``plain``, as
    ``needed_words`` has it: for a regex ignoring case in a plain text, the runs of plain
    lower-case letters only, and no phrase holding a letter no plain text holds. None
    when a phrase holds no run: any text may hold it."""
    rests: dict[str, set[frozenset[str]]] = {}
    for phrase in phrases:
        if plain and not all(map(_found_in_plain, phrase)):
            continue
        # A word holding "*" stands for others than itself, a gap of words on its own or
        # a stretch of one inside a word (``_near_gap_regex``): its runs are left out too.
        runs = [run for word in phrase.split() if "*" not in word for run in _RUN.findall(word)]
        if plain:
            runs = [run for run in runs if run.isascii() and run == run.lower()]
        if not runs:
            return None
        key = max(runs, key=len)
        rests.setdefault(key, set()).add(frozenset(runs) - {key})
    # Each prefix's first character before the look behind it: the regex engine then
    # skips the characters no prefix opens on, where a look behind first is tried at each.
    opened = [
        f"{re.escape(p[0])}(?<![\\w']{re.escape(p[0])}){re.escape(p[1:])}(?=\\w)"
        for p in sorted({p for p in prefixes if p}, key=len, reverse=True)
    ]
    # A phrase of the key alone needs nothing more: the others filed there are no matter.
    keys = frozenset(rests)
    _KEYS.update(keys)
    # The keys worked out last may lack this gate's.
    _LAST_WORDS[0] = frozenset({"\x00"})
    return PhraseGate(
        keys=keys,
        rests={
            key: ((),)
            if frozenset() in rest
            else tuple(tuple(sorted(runs)) for runs in sorted(rest, key=sorted))
            for key, rest in rests.items()
        },
        prefix_re=re.compile("|".join(opened)) if opened else None,
    )


def admits(gate: PhraseGate | None, words: frozenset[str], folded: str) -> bool:
    """Whether the text ``folded``, of ``words`` (``words_in``), may hold a phrase of
    ``gate``: False only where its regex finds none in the text."""
    if gate is None:
        return True
    # The few keys the text holds, each looked up among the gate's: most are none of
    # them, and a handful of lookups cost less than a set test called as a method.
    present = _keys_in(words)
    rests = gate.rests
    for key in present:
        filed = rests.get(key)
        if filed is None:
            continue
        for rest in filed:
            for run in rest:
                if run not in words:
                    break
            else:
                return True
    return gate.prefix_re is not None and gate.prefix_re.search(folded) is not None


def _by_head(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The word sequences ``phrases`` under their first words, each head's in the order
    ``phrases`` gives them: the first one of them matching where a head stands is the
    first one of all of them matching there."""
    heads: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            heads.setdefault(phrase[0], []).append(phrase)
    return {head: tuple(listed) for head, listed in heads.items()}


def _found_in_plain(char: str) -> bool:
    """Whether a regex ignoring case finds ``char`` as some plain (ASCII) character: it
    finds the long s (U+017F) as "s" and the Kelvin sign (U+212A) as "k", but "ã" as
    none."""
    return char.isascii() or any(
        re.fullmatch(re.escape(char), chr(code), re.IGNORECASE) for code in range(128)
    )


# A word of a pointer mark or an event's time as the tokens split it, a hyphen a token of
# its own.
_POINTER_TOKEN = re.compile(r"[\w'\u2019]+|-")


def _pointer_regex(marks: Iterable[str]) -> re.Pattern[str]:
    """One of ``marks`` in brackets, matched right after a word ("grace (below)")."""
    ordered = sorted((m for m in marks if m), key=len, reverse=True)
    if not ordered:
        return _NEVER
    body = "|".join(re.escape(m).replace("\\ ", r"\s+").replace("'", "['\u2019]") for m in ordered)
    return re.compile(rf"[ \t]*\(\s*(?:{body})\s*\)", re.IGNORECASE)


def _phrase_tree(phrases: Iterable[str]) -> str:
    """The regex of the tree of shared beginnings of ``phrases``."""
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _tree_regex(tree)


def _tree_regex(node: dict[str, Any]) -> str:
    """The regex of one node of the phrase tree: its branches, optional where a phrase
    ends at the node."""
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _tree_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy: the longer phrase is tried first, the shorter one if it does not end a word.
    return f"(?:{body})?" if "" in node else body


def _wish_regex(owners: set[str], roles: set[str], wishes: set[str]) -> re.Pattern[str]:
    """ "my colleague would love", "our new CTO Sara wants", "my colleague Sara Lee would
    like": one of ``owners``, perhaps a word ("new"), one of ``roles``, perhaps a name of
    one or two words, then one of ``wishes``. A role, not any word: "our knitwear brand
    wants ..." is the writer's own wish."""
    if not owners or not roles or not wishes:
        return _NEVER

    def either(words: set[str]) -> str:
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in ordered)

    word = r"[\w'-]+\s+"
    return re.compile(
        rf"(?<!\w)(?:{either(owners)})\s+(?:{word})?(?:{either(roles)})\s+(?:{word}){{0,2}}"
        rf"(?:{either(wishes)})(?!\w)"
    )


def _principal_regexes(rules: Rules) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where ``proxy_principals`` name the one written for: the text before a name that
    ends on a phrase whose ``*`` closes it ("on behalf of", perhaps "my boss," and one or
    two titles, role words or abbreviations after it: "de parte de D.", "im Auftrag von
    Herrn Dr.", "on behalf of my principal, Chief"),
    and the text after a name that opens on one whose ``*`` opens it ("asked me to", "'s
    assistant")."""

    def either(phrases: Iterable[str]) -> str:
        ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
        return "|".join(re.escape(p).replace("\\ ", r"\s+") for p in ordered)

    leading = [p.removesuffix("*").strip() for p in rules.proxy_principals if p.endswith("*")]
    trailing = [p.removeprefix("*").strip() for p in rules.proxy_principals if p.startswith("*")]
    owned = (
        rf"(?:(?:{either(rules.proxy_owners)})\s+(?:[\w'-]+\s+)?(?:{either(rules.proxy_roles)})"
        r"\s*,?\s+)?"
        if rules.proxy_owners and rules.proxy_roles
        else ""
    )
    # One title or two ("im Auftrag von Herrn Dr. Engel", "de parte del Sr. D. Ignacio"),
    # an honorific among them that is a role's word too ("on behalf of Chief Olumide
    # Adebayo", "Managing Director Ann Lee").
    honours = either(rules.titles | rules.role_words)
    title = rf"(?:(?:(?:{honours})\.?|[^\W\d_]{{1,4}}\.)\s+){{0,2}}"
    before = re.compile(rf"(?<!\w)(?:{either(leading)})\s+{owned}{title}$") if leading else _NEVER
    after = re.compile(rf"(?:{either(trailing)})(?!\w)") if trailing else _NEVER
    return before, after


def _stand_in_regexes(rules: Rules) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where ``stand_in_principals`` name someone introduced in the writer's place: the
    text after a name that opens on one ("*, not me": ", not me"), and the text before
    that name that ends on one of ``proxy_owners`` and one of ``proxy_roles``, in either
    order, perhaps a word between and one or two titles after ("my husband", "meinen
    Mann", "mon mari", "mi marido", "o meu marido", "mume wangu")."""

    def either(phrases: Iterable[str]) -> str:
        ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
        return "|".join(re.escape(p).replace("\\ ", r"\s+") for p in ordered)

    trailing = [p.removeprefix("*").strip() for p in rules.stand_in_principals]
    if not trailing or not rules.proxy_owners or not rules.proxy_roles:
        return _NEVER, _NEVER
    owners, roles = either(rules.proxy_owners), either(rules.proxy_roles)
    honours = either(rules.titles)
    title = rf"(?:(?:(?:{honours})\.?|[^\W\d_]{{1,4}}\.)\s+){{0,2}}"
    owned = rf"(?<!\w)(?:(?:{owners})\s+(?:[\w'-]+\s+)?(?:{roles})|(?:{roles})\s+(?:{owners}))"
    before = re.compile(rf"{owned}\s*,?\s+{title}$")
    after = re.compile(rf"(?:{either(trailing)})(?!\w)")
    return after, before


def _star_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` (case-folded) as whole words, ``*`` one to
    three words ("the one * suggests below")."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ordered:
        return _NEVER
    words = r"[\w'\-]+(?:\s+[\w'\-]+){0,2}"
    body = "|".join(re.escape(p).replace("\\*", words).replace("\\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _contact_lead_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` (case-folded) closing the text it searches
    (folded as ``normal_text`` folds it), perhaps a comma, a colon or a dash after it:
    "my friend at Stripe is", "mon contact chez Alan, c'est", "a pessoa certa é o".
    ``*`` is one to three words (an organisation's name); a comma of a phrase may be
    left out."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ordered:
        return _NEVER
    words = r"[\w'\-]+(?:\s+[\w'\-]+){0,2}"
    body = "|".join(
        re.escape(p).replace("\\*", words).replace(",\\ ", r"\s*,?\s*").replace("\\ ", r"\s+")
        for p in ordered
    )
    return re.compile(rf"(?<!\w)(?:{body})\s*[,:\u2013\u2014-]?\s*$")


def _gap_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` (case-folded) as whole words, ``*`` one to
    eight words of any kind, a name or an address too ("soll ich sie * vorstellen" in
    "Soll ich Sie mit Sam Patel (sam@patel.example) bekannt machen?")."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ordered:
        return _NEVER
    words = r"\S+(?:\s+\S+){0,7}?"
    body = "|".join(re.escape(p).replace("\\*", words).replace("\\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _near_gap_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` (case-folded) as whole words, ``*`` one to
    three words of one clause, no mark between them ("don't have * email" in "I don't
    have Owen's email handy", "no tenemos * correo" in "No tenemos el correo de Pilar";
    not "I don't have a car. Her email is ...")."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ordered:
        return _NEVER
    words = r"[\w'-]+(?:\s+[\w'-]+){0,2}"
    body = "|".join(re.escape(p).replace("\\*", words).replace("\\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _referrer_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` (case-folded) as whole words closing a
    sentence, at most a word of "too" between: "knows one.", "kennt einen!", "might know
    someone too."; "knows someone who could help" goes on, and finds none."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ordered:
        return _NEVER
    body = "|".join(re.escape(p) for p in ordered)
    return re.compile(
        rf"(?<!\w)(?:{body})(?: (?:too|as well|aussi|también|auch|também|pia))? ?(?:[.!?;]|$)"
    )


def _opening_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` (case-folded) opening a sentence: at the
    text's start or after a question mark, an exclamation mark, a colon or a full stop,
    a comma after it left out ("Maybe Bob", "Perhaps, Bob")."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ordered:
        return _NEVER
    body = "|".join(re.escape(p) for p in ordered)
    return re.compile(rf"(?:^|(?<=[.?!:] ))(?:{body}),? ")


def _firm_someone_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` (case-folded) as whole words, its first word
    in the group ``someone``: "someone in", "quelqu'un de chez", "jemandem von"."""
    split = [p.split(maxsplit=1) for p in phrases if len(p.split()) > 1]
    if not split:
        return _NEVER
    firsts = sorted({first for first, _ in split}, key=len, reverse=True)
    rests = sorted({rest for _, rest in split}, key=len, reverse=True)
    someone = "|".join(re.escape(w) for w in firsts)
    rest = "|".join(re.escape(r).replace("\\ ", r"\s+") for r in rests)
    return re.compile(rf"(?<!\w)(?P<someone>{someone})\s+(?:{rest})(?!\w)")


def _kin_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` (case-folded) as whole words, or, for one
    that opens on a possessive's apostrophe ("'s daughter"), right after the word it
    belongs to ("haddad's daughter")."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ordered:
        return _NEVER
    # An elided word ("la fille d'") is written onto the name after it.
    body = "|".join(
        re.escape(p).replace("\\ ", r"\s+") + ("" if p.endswith("'") else r"(?!\w)")
        for p in ordered
    )
    if any(p[0].isspace() for p in ordered):
        return re.compile(rf"(?:(?<!\w)|(?='))(?:{body})")
    # Each phrase's first word and the white space after it (or the phrase, of one word),
    # looked for before its hundreds of alternatives: most words open none.
    openings = {p.split()[0] + (" " if len(p.split()) > 1 else "") for p in ordered}
    return re.compile(rf"(?:(?<!\w)|(?='))(?={_phrase_tree(openings)})(?:{body})")


def _genitive_kin_regex(nouns: Iterable[str]) -> re.Pattern[str]:
    """A word ending on a genitive's "s" and, after it, one of ``nouns`` (case-folded) as
    a whole word ("morels kollegin", "morel's kollegin"); the word is the group ``owner``,
    without its "s"."""
    ordered = sorted({n for n in nouns if n}, key=len, reverse=True)
    if not ordered:
        return _NEVER
    body = "|".join(re.escape(n) for n in ordered)
    # "Morel's Kollegin", as German writes it informally, is the same genitive.
    return re.compile(rf"(?<!\w)(?P<owner>\w+)'?s\s+(?:{body})(?!\w)")


def _settled_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding, at the start of a folded text, any of ``phrases`` (case-folded,
    ``*`` one to three words, no comma among them) ending a word: "if * is interested"
    opens "if the new dean is interested in it"; a last "$" is the text's end ("if not
    $" is "if not" alone)."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ordered:
        return _NEVER
    slot = r"[^\s,]+(?:\s+[^\s,]+){0,2}?"
    body = "|".join(
        r"\s+".join(slot if word == "*" else re.escape(word) for word in phrase.split()).replace(
            r"\s+\$", r"\s*\Z"
        )
        for phrase in ordered
    )
    return re.compile(rf"(?:{body})(?!\w)")


def _consent_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` (case-folded, ``*`` a name: one to three
    words, each written with a capital) closed by a comma: "if Anna agrees,", "Falls
    Jana einverstanden ist,", "se a Ana concordar,". The name is the one group that
    took part."""
    ordered = sorted({p for p in phrases if "*" in p}, key=len, reverse=True)
    if not ordered:
        return _NEVER
    capital = r"(?-i:[A-ZÀ-ÖØ-Þ])"
    name = rf"({capital}[\w'\u2019-]*(?:\s+{capital}[\w'\u2019-]*){{0,2}})"
    body = "|".join(
        re.escape(p).replace("'", "['\u2019]").replace("\\ ", r"\s+").replace("\\*", name)
        for p in ordered
    )
    return re.compile(rf"(?<!\w)(?:{body})\s*,", re.IGNORECASE)


def _exclusion_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """A sentence opening on one of ``phrases`` (of any case) and a name written with a
    capital or an address right after it, to the sentence's end: "Surtout pas Paul
    Girard : il a quitté la boîte en septembre.", "Please don't route it to Paul
    Brennan (paul.brennan@...) - he left." A sentence ends at a line break, or at a mark
    before a space or the end; the phrase is group "lead", the rest group "rest"."""
    wanted = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not wanted:
        return _NEVER
    body = "|".join(re.escape(p).replace("\\ ", r"\s+").replace("'", "['\u2019]") for p in wanted)
    return re.compile(
        rf"(?:^|(?<=[.!?;:\n])|(?<=[.!?;:]\s))[ \t]*(?P<lead>(?i:{body}))[ \t]+"
        rf"(?P<rest>[A-ZÀ-ÖØ-Þ]|[\w.+'-]+@)[^\n]*?(?:[.!?](?=\s|$)|\n|$)"
    )


def _trailing_exclusion_regex(
    after_comma: Iterable[str], anywhere: Iterable[str]
) -> re.Pattern[str]:
    """Someone left out of an ask: one of ``after_comma`` (of any case) after a comma or a
    dash ("..., not Bob Lee", "..., pas à Bob Lee", "..., nicht Bob Lee", "..., si kwa Bob
    Lee"), or one of ``anywhere`` ("rather than Bob Lee", "statt Bob Lee", "plutôt qu'à
    Bob Lee"), then a name written with a capital or an address. The phrase, with the
    comma, is group "lead"; the match ends where the one left out begins."""

    def either(phrases: Iterable[str]) -> str:
        ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
        return "|".join(
            re.escape(p).replace("\\ ", r"\s+").replace("'", "['\u2019]") for p in ordered
        )

    def opening(phrases: Iterable[str]) -> str:
        # The first words of ``phrases``, looked for before their many alternatives: most
        # words of a mail open none (up to an apostrophe, which stands for either kind).
        words = {re.split("['\u2019]", p.split()[0])[0] for p in phrases if p.strip()}
        return "" if "" in words else f"(?=(?i:{_phrase_tree(words)})(?!\\w))"

    leads = []
    if commaed := either(after_comma):
        gate = opening(after_comma)
        leads.append(rf"(?:,|\s[-\u2013\u2014])[ \t]*{gate}(?i:{commaed})")
    if spread := either(anywhere):
        leads.append(rf"(?<!\w){opening(anywhere)}(?i:{spread})")
    if not leads:
        return _NEVER
    return re.compile(
        rf"(?P<lead>{'|'.join(leads)})(?:(?<=['\u2019])|[ \t]+)(?=[A-ZÀ-ÖØ-Þ]|[\w.+'-]+@)"
    )


def _spelled_out(source: str) -> list[str]:
    """Every run of words a slotless pattern stands for ("intro|introduction of the?
    talk" is "intro of talk", "intro of the talk", ...); a word ending on an apostrophe
    joins the next one as written ("de l' appel" is "de l'appel")."""
    runs = [""]
    for word in source.casefold().split():
        optional = len(word) > 1 and word.endswith("?")
        alternatives = word.removesuffix("?").split("|") if optional else word.split("|")
        grown = [
            f"{run}{'' if run.endswith(chr(39)) or not run else ' '}{w}"
            for run in runs
            for w in alternatives
        ]
        runs = grown + runs if optional else grown
    return runs


def _read_json(folder: str, language: str) -> dict[str, Any]:
    path = resources.files("rules") / folder / f"{language}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _fold(items: Iterable[str], homographs: frozenset[str] = frozenset()) -> set[str]:
    """``items`` case-folded, with plain apostrophes, and spelled without accents too."""
    return {
        spelling
        for item in items
        for spelling in unaccented(item.casefold().replace("\u2019", "'"), homographs)
    }


# The name a lead's ``*`` stands for: one to four words, a title's full stop allowed.
_LEAD_NAME = r"(?P<n{}>[^\W\d_][\w.'\-]*(?: [^\W\d_][\w.'\-]*){{0,3}})"


# Where an address is written, after a place lead: up to six words, then a colon or a dash.
_LEAD_PLACE = r"(?: [^ ,.;:!?]+){1,6}(?= ?[:\-\u2013])"
# The prefix of a found lead's name group: its name may run on into the words after it.
FOUND_NAME = "f"
# Where the writer found an address, after a lead saying they found it: up to six words,
# then a colon, a dash, or a comma and a restatement (``{}``: "it is", "c'est").
_LEAD_FOUND = r"(?: [^ ,.;:!?]+){{0,6}}(?: ?[:\-\u2013]|,? (?:{}))"


def _label_regex(labels: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``labels`` (case-folded) and a colon where a line gives an
    address: opening the line, perhaps after a bullet, or after a dash, a bar, a comma or
    a semicolon on it ("Courriel : ...", "Tél. : 01 44 55 66 77 - Courriel : ...", "de
    la holding - contact : ..."); never after a word ("My email: ...", "Her email: ...",
    which ``address_leads`` read)."""
    ordered = sorted({p for p in labels if p}, key=len, reverse=True)
    if not ordered:
        return _NEVER
    body = "|".join(re.escape(p).replace("\\ ", r"[ \t]+") for p in ordered)
    # A comma or a semicolon stands right after the word before it ("Frau Brigitte
    # Oberländer von der Caritas, E-Mail: ..."); a dash or a bar apart from it.
    opening = (
        r"(?:^[ \t]*(?:[-*>\u2022\u2013\u00b7][ \t]*)?|[ \t][-|,;\u2013\u2014][ \t]*|[,;][ \t]*)"
    )
    return re.compile(rf"(?im){opening}(?:{body})[ \t]*:[ \t]*")


def _lead_regex(
    phrases: Iterable[str],
    sources: Iterable[str] = (),
    places: Iterable[str] = (),
    finds: Iterable[str] = (),
    restatements: Iterable[str] = (),
) -> re.Pattern[str]:
    """One regex matching the whole of a text that is one of ``phrases`` (case-folded,
    ``*`` a name, which the match gives as its ``lastgroup``), perhaps with a colon or a
    dash after it, and perhaps after where the writer has it from, one of ``sources`` and
    up to six words ("according to the conference programme, he's reachable at"); or one
    of ``places`` and up to six words naming where the address is written, then a colon
    or a dash ("his address is on the society's page:"); or one of ``finds`` and up to
    six words saying where the writer found it, then a colon, a dash or a comma and one
    of ``restatements`` ("i have checked ms. anna kurian's email id from her website, it
    is")."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    placed = sorted({p for p in places if p}, key=len, reverse=True)
    found = sorted({p for p in finds if p}, key=len, reverse=True)
    restated = "|".join(sorted(map(re.escape, set(restatements)), key=len, reverse=True))
    if not restated:
        found = []
    if not ordered and not placed and not found:
        return _NEVER
    # Each name its own group (``n0``, ``n1`` ...): the match's ``lastgroup`` is the name.
    # A found lead's is ``f0``, ``f1`` ...: the words after it may be read into it ("l'adresse
    # de mme anna kurian sur son site", see ``FOUND_NAME``).
    named = [
        re.escape(p).replace("\\*", _LEAD_NAME.format(n), 1)
        for n, p in enumerate([*ordered, *placed])
    ] + [
        re.escape(p).replace("\\*", _LEAD_NAME.replace("<n", "<" + FOUND_NAME).format(n), 1)
        for n, p in enumerate(found)
    ]
    body = "|".join(
        [
            *named[: len(ordered)],
            *(lead + _LEAD_PLACE for lead in named[len(ordered) : len(ordered) + len(placed)]),
            *(lead + _LEAD_FOUND.format(restated) for lead in named[len(ordered) + len(placed) :]),
        ]
    )
    source = "|".join(sorted(map(re.escape, set(sources)), key=len, reverse=True))
    opening = rf"(?:(?:{source})(?: [^ ,.;:!?]+){{1,6}},? )?" if source else ""
    return re.compile(rf"{opening}(?:{body}) ?[:\-\u2013]?")


def _spelled_address_regex(
    ats: Iterable[str],
    dots: Iterable[str],
    non_domains: Iterable[str] = (),
    top_levels: Iterable[str] = (),
) -> re.Pattern[str]:
    """An address spelled out in words, in case-folded text: a local part, an "at" word,
    a domain word and one "dot" word or more, each such word between spaces or in
    brackets, the last label a country's two letters or one of ``top_levels`` ("jp.gagnon
    at videotron dot ca", "lukas [at] oberhofer-holz [punkt] at", "ana.ruiz arroba gmail
    punto com", "info"). A domain word of ``non_domains`` (a determiner, a pronoun) makes
    an ordinary phrase of it: "them at some point so", "at that point in", "chez moi point
    final"; a last label no domain ends on, a name's word: "ops manager at Polar Point
    Cold Stores", the rules of every language read together, "at" English and "point"
    French."""

    def spoken(words: Iterable[str]) -> str:
        either = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        return rf"(?:\s*[\[(<{{]\s*(?:{either})\s*[\])>}}]\s*|\s+(?:{either})\s+)"

    if not ats or not dots:
        return _NEVER
    word = r"[\w-]+"
    # The last label is a top-level domain's, of letters: "point final", "Point Cold"
    # end no address.
    known = "|".join(sorted(map(re.escape, top_levels), key=len, reverse=True))
    ending = rf"(?:[^\W\d_]{{2}}|{known})(?![\w-])" if known else r"[^\W\d_]{2}(?![\w-])"
    ordinary = "|".join(sorted(map(re.escape, non_domains), key=len, reverse=True))
    domain = rf"(?!(?:{ordinary})(?![\w-])){word}" if ordinary else word
    return re.compile(
        rf"(?<![\w.@])[\w.+'-]+{spoken(ats)}{domain}(?:{spoken(dots)}{word})*{spoken(dots)}{ending}"
    )


def _spoken_address_regex(ats: Iterable[str], dots: Iterable[str]) -> re.Pattern[str]:
    """An address spoken in full, in a mail's text as written: a local part of words
    joined by "dot" words, an "at" word, a domain of words joined by "dot" words and at
    least one of them, its last label of letters, each word between spaces and none next
    to a written dot or "@" ("priya dot nair at dalesdairy dot com", "jlperrin arobase
    wanadoo point fr"; not "jp.gagnon at videotron dot ca")."""
    if not ats or not dots:
        return _NEVER
    at = "|".join(sorted(map(re.escape, ats), key=len, reverse=True))
    dot = "|".join(sorted(map(re.escape, dots), key=len, reverse=True))
    word = r"[^\W_][\w-]*"
    joined = rf"{word}(?:[ \t]+(?:{dot})[ \t]+{word})*"
    return re.compile(
        rf"(?<![\w.@+'-])(?P<local>{joined})[ \t]+(?P<at>{at})[ \t]+(?P<domain>{joined}"
        rf"[ \t]+(?:{dot})[ \t]+(?P<tld>[^\W\d_]{{2,6}}))(?![\w@'-])(?!\.\w)",
        re.IGNORECASE,
    )


def _words_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of ``phrases`` (case-folded) as whole words in a mail's text as written, any
    case, any run of spaces between their words.

    The phrases are merged into a tree of shared beginnings (``phrase_regex``), which
    finds what the longest-first alternation finds while no two of their letters are one
    letter to a search ignoring case ("i" and the dotless i): the phrases matching at
    one position are then beginnings of one another. Else, or where a phrase holds other
    blanks than single spaces, the plain alternation."""
    wanted = set(phrases)
    either = "|".join(
        re.escape(p).replace("\\ ", r"\s+") for p in sorted(wanted, key=len, reverse=True)
    )
    if not either:
        return _NEVER
    if all(p == " ".join(p.split()) for p in wanted) and not _case_twins(wanted):
        either = _phrase_tree(wanted)
    return re.compile(rf"(?<![\w'-])(?:{either})(?![\w'-])", re.IGNORECASE)


def _case_twins(phrases: Iterable[str]) -> bool:
    """Whether two different characters of ``phrases`` match each other ignoring case."""
    chars = sorted({char for phrase in phrases for char in phrase})
    return any(
        re.fullmatch(re.escape(first), second, re.IGNORECASE)
        or re.fullmatch(re.escape(second), first, re.IGNORECASE)
        for n, first in enumerate(chars)
        for second in chars[n + 1 :]
    )


def _slip_frame_regex(frames: set[str]) -> re.Pattern[str]:
    """A word, one of ``frames``, a name of one to three words and its address in
    brackets, in a mail's text as written ("conect me w/ kevin liu (kevin.liu@...)")."""
    if not frames:
        return _NEVER
    either = "|".join(
        re.escape(f).replace("\\ ", r"\s+") for f in sorted(frames, key=len, reverse=True)
    )
    name = r"[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2}"
    address = r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
    return re.compile(
        rf"(?<![\w'-])(?P<slip>[^\W\d_]+)(?:\s+|-)(?:{either})\s+{name}\s*[(<\[]\s*{address}\s*[)>\]]",
        re.IGNORECASE,
    )


# The fewest letters each half of a split ask verb holds ("intro duce", not "i ntroduce").
MIN_SPLIT_LETTERS = 2


def _split_ask_regex(asks: list[tuple[set[str], set[str]]]) -> re.Pattern[str] | None:
    """One of each language's ``slip_verbs`` split in two by a single space, each half of
    two letters or more, before one of its ``slip_frames`` and a word ("can you intro
    duce me to Paolo Dizon", "pode me apre sentar à Ana"): the halves are the verb."""
    either: list[str] = []
    for verbs, frames in asks:
        splits = sorted(
            {
                re.escape(verb[:i]) + " " + re.escape(verb[i:])
                for verb in verbs
                for i in range(MIN_SPLIT_LETTERS, len(verb) - MIN_SPLIT_LETTERS + 1)
            },
            key=len,
            reverse=True,
        )
        tails = "|".join(
            re.escape(f).replace("\\ ", r"\s+") for f in sorted(frames, key=len, reverse=True)
        )
        if splits and tails:
            either.append(rf"(?:{'|'.join(splits)})(?=(?:\s+|-)(?:{tails})\s+[^\W\d_])")
    if not either:
        return None
    return re.compile(rf"(?<![\w'-])(?P<split>{'|'.join(either)})", re.IGNORECASE)


def _item_withdrawal_regex(phrases: set[str]) -> re.Pattern[str] | None:
    """One of ``item_withdrawals``, ending on ``#``, a list item's number, as a whole
    phrase ignoring case ("scrap number 2", "Vergiss Nummer 2"); the number in the group
    ``number``."""
    heads = sorted({p[:-1].strip() for p in phrases if p.endswith("#")}, key=len, reverse=True)
    if not heads:
        return None
    either = "|".join(re.escape(head).replace("\\ ", r"\s+") for head in heads)
    return re.compile(rf"(?<![\w'-])(?:{either})\s*(?P<number>\d{{1,2}})(?!\w)", re.IGNORECASE)


def _workplace_address_regex(preps: set[str], joiners: set[str]) -> re.Pattern[str]:
    """Up to four words, the last ones a name, one of ``preps``, where that one works
    (up to four words, one of ``joiners`` perhaps before each after the first), then an
    address in brackets, a line break perhaps before it; the words before in group 1, the
    address in group 2."""
    if not preps:
        return _NEVER
    lead = "|".join(re.escape(p) for p in sorted(preps, key=len, reverse=True))
    joined = ""
    if joiners:
        either = "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True))
        joined = rf"(?:(?:{either})[ \t]+)?"
    return re.compile(
        r"((?:[^\W\d_][\w'\u2019-]*[ \t]+){1,4})"
        rf"(?:{lead})"
        r"[ \t]+[^\W\d_][\w&-]*"
        rf"(?:[ \t]+{joined}[^\W\d_][\w&-]*){{0,3}}[ \t]*\n?[ \t]*"
        r"[<(][ \t]*([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*[>)]"
    )


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Load and compile every language's rules (once per process)."""
    rules = Rules()
    # Words that, written without their accents, are another word or a name ("el" and
    # "él", "a" and "à", "konnte" and "könnte", "Marco" and "março"): an accented rule
    # word is not read in them.
    homographs = frozenset(
        word.casefold()
        for language in LANGUAGES
        for word in _read_json("requests", language).get("unaccented_homographs", ())
    )

    def fold(items: Iterable[str]) -> set[str]:
        return _fold(items, homographs)

    # Spoken forms a written word of the phrasings stands for too ("pro" for "para o"
    # and "ao", "pra" for "para a" and "à"), by the written word.
    spoken: dict[str, set[str]] = {}
    for language in LANGUAGES:
        for form, written in _read_json("requests", language).get("spoken_forms", {}).items():
            for word in written:
                spoken.setdefault(word.casefold(), set()).add(form.casefold())
        # "auprès d'Inès": an elided word stands for the whole one in every phrasing.
        for form, whole in _read_json("requests", language).get("elided_forms", {}).items():
            spoken.setdefault(whole.casefold(), set()).add(form.casefold())
            rules.elided_words.add(form.casefold())

    def compile_all(patterns: Iterable[str], implied: str = "self") -> list[Pattern]:
        return [compile_pattern(p, implied, homographs, spoken) for p in patterns]

    address_leads: set[str] = set()
    finds: set[str] = set()
    restatements: set[str] = set()
    list_item_leads: set[str] = set()
    unaddressed_marks: set[str] = set()
    genitive_kin_nouns: set[str] = set()
    suggestion_doubts: set[str] = set()
    firm_someone_cues: set[str] = set()
    someone_at_preps: set[str] = set()
    workplace_preps: set[str] = set()
    workplace_joiners: set[str] = set()
    group_phrases: set[str] = set()
    address_labels: set[str] = set()
    slip_asks: list[tuple[frozenset[str], re.Pattern[str]]] = []
    split_asks: list[tuple[set[str], set[str]]] = []
    item_withdrawals: set[str] = set()
    slip_frame_needs: list[frozenset[str] | None] = []
    slip_real_words: set[str] = set()
    unmarked_possessive_words: set[str] = set()
    continuations: set[str] = set()
    intro_parts: set[str] = set()
    delivery_leads: set[str] = set()
    delivery_nouns: set[str] = set()
    places: set[str] = set()
    female_titles: set[str] = set()
    male_titles: set[str] = set()
    female_pronouns: set[str] = set()
    male_pronouns: set[str] = set()
    for language in LANGUAGES:
        data = _read_json("requests", language)
        rules.pair_patterns += compile_all(data.get("pair_patterns", ()))
        rules.subject_patterns += compile_all(data.get("subject_patterns", ()))
        rules.pair_patterns += compile_all(data.get("you_patterns", ()), "you")
        third = data.get("third_patterns", ())
        rules.pair_patterns += compile_all(third, "third")
        rules.consent_conditions |= {
            run for phrase in data.get("consent_conditions", ()) for run in _spelled_out(phrase)
        }
        rules.weak_patterns += compile_all(data.get("weak_patterns", ()))
        rules.list_patterns += compile_all(data.get("list_patterns", ()))
        rules.list_cues |= fold(data.get("list_cues", ()))
        rules.passive_self_asks |= fold(data.get("passive_self_asks", ()))
        rules.self_list_leads |= fold(data.get("self_list_leads", ()))
        rules.list_for_words |= fold(data.get("list_for_words", ()))
        rules.list_with_words |= fold(data.get("list_with_words", ()))
        rules.exclusions |= fold(data.get("exclusions", ()))
        rules.trailing_exclusions |= fold(data.get("trailing_exclusions", ()))
        rules.instead_words |= fold(data.get("instead_words", ()))
        rules.list_ordinals |= fold(data.get("list_ordinals", ()))
        list_item_leads |= fold(data.get("list_item_leads", ()))
        unaddressed_marks |= fold(data.get("unaddressed_marks", ()))
        rules.list_reasons |= fold(data.get("list_reasons", ()))
        for words in fold(data.get("pair_counts", ())):
            tokens = tuple(t.lower for t in spacy_tokens(words) if not t.text.isspace())
            rules.pair_counts.add(tokens)
            rules.pair_count_heads.add(tokens[0])
        rules.pair_count_preps |= fold(data.get("pair_count_preps", ()))
        rules.pair_count_markers |= fold(data.get("pair_count_markers", ()))
        rules.context_skips |= fold(data.get("context_skips", ()))
        continued = data.get("continued_patterns", ())
        rules.continued_patterns += compile_all(continued)
        rules.also_words |= fold(data.get("also_words", ()))
        rules.contact_block_labels |= fold(data.get("contact_block_labels", ()))
        rules.form_party_labels |= fold(data.get("form_party_labels", ()))
        rules.form_reason_labels |= fold(data.get("form_reason_labels", ()))
        rules.titles |= fold(data.get("titles", ()))
        rules.cased_titles |= fold(data.get("cased_titles", ()))
        rules.name_honorifics |= fold(data.get("name_honorifics", ()))
        rules.capital_titles |= fold(data.get("capital_titles", ()))
        rules.initial_titles |= fold(data.get("initial_titles", ()))
        rules.lower_titles |= fold(data.get("lower_titles", ()))
        rules.title_degrees |= fold(data.get("title_degrees", ()))
        female_titles |= fold(data.get("female_titles", ()))
        male_titles |= fold(data.get("male_titles", ()))
        # Kept as written: "él" is no article "el".
        female_pronouns |= {w.casefold() for w in data.get("female_pronouns", ())}
        male_pronouns |= {w.casefold() for w in data.get("male_pronouns", ())}
        rules.author_phrases |= fold(data.get("author_phrases", ()))
        rules.referent_leads |= fold(data.get("referent_leads", ()))
        rules.address_forms |= fold(data.get("address_forms", ()))
        rules.greetings |= fold(data.get("greetings", ()))
        rules.triggers |= fold(data.get("triggers", ()))
        rules.self_words |= fold(data.get("self_words", ()))
        rules.plural_self_words |= fold(data.get("plural_self_words", ()))
        rules.object_us_words |= fold(data.get("object_us_words", ()))
        rules.determiners_after_verbs |= fold(data.get("determiners_after_verbs", ()))
        rules.thing_determiners |= fold(data.get("thing_determiners", ()))
        rules.thing_preps |= fold(data.get("thing_preps", ()))
        rules.thing_nouns |= fold(data.get("thing_nouns", ()))
        for source in data.get("intro_part_uses", ()):
            intro_parts |= fold(_spelled_out(source))
        for source in data.get("delivery_leads", ()):
            delivery_leads |= fold(_spelled_out(source))
        delivery_nouns |= fold(data.get("delivery_nouns", ()))
        rules.presenting_verbs |= fold(data.get("presenting_verbs", ()))
        rules.group_tails |= fold(data.get("group_tails", ()))
        rules.reciprocals |= fold(data.get("reciprocals", ()))
        rules.group_nouns |= fold(data.get("group_nouns", ()))
        rules.report_verbs |= fold(data.get("report_verbs", ()))
        rules.relative_words |= fold(data.get("relative_words", ()))
        rules.bare_relative_words |= fold(data.get("bare_relative_words", ()))
        rules.address_lead_sources |= fold(data.get("address_lead_sources", ()))
        rules.signature_refs |= fold(data.get("signature_refs", ()))
        rules.thread_refs |= fold(data.get("thread_refs", ()))
        rules.quoted_details |= fold(data.get("quoted_details", ()))
        rules.writer_words |= fold(data.get("writer_words", ()))
        rules.you_words |= fold(data.get("you_words", ()))
        rules.third_words |= fold(data.get("third_words", ()))
        rules.object_pronouns |= fold(data.get("object_pronouns", ()))
        for joined, parts in data.get("clitic_forms", {}).items():
            for form in fold((joined,)):
                rules.clitic_forms[form] = tuple(parts.casefold().split())
        rules.cluster_thirds |= fold(data.get("cluster_thirds", ()))
        for joined, parts in data.get("hyphen_clitic_forms", {}).items():
            for form in fold((joined,)):
                rules.clitic_forms[form] = tuple(parts.casefold().split())
                rules.hyphen_clitics.add(form)
        for joined, parts in data.get("asked_clitic_forms", {}).items():
            for form in fold((joined,)):
                rules.asked_clitic_forms[form] = tuple(parts.casefold().split())
        rules.asked_clitic_leads |= fold(data.get("asked_clitic_leads", ()))
        for joined, parts in data.get("contracted_forms", {}).items():
            rules.contracted_forms[joined.casefold()] = tuple(parts.casefold().split())
        rules.plural_third_words |= fold(data.get("plural_third_words", ()))
        for context in data.get("author_pronouns", ()):
            pattern = compile_pattern(context.replace("[", "{").replace("]", "}"))
            rules.author_pronouns.append(pattern)
            rules.author_pronoun_words |= {
                word for e in pattern.elements if e.slot for word in e.slot.split("|")
            }
        # "this gentleman", "este señor", "diesen Herrn": one person written about, as
        # "him" is; in a forward's note, the forwarded mail's author.
        kinds = (
            ("group", "group_words"),
            ("call", "group_calls"),
            ("third", "third_phrases"),
            ("third", "author_phrases"),
            ("us", "self_pair_phrases"),
        )
        for kind, key in kinds:
            for words in fold(data.get(key, ())):
                tokens = tuple(t.lower for t in spacy_tokens(words) if not t.text.isspace())
                rules.group_words[tokens] = kind
                if kind == "group":
                    group_phrases.add(words)
        for key, phrases in (
            ("own_child_phrases", rules.own_child_phrases),
            ("parent_phrases", rules.parent_phrases),
            ("self_copulas", rules.self_copulas),
        ):
            for words in fold(data.get(key, ())):
                tokens = tuple(t.lower for t in spacy_tokens(words) if not t.text.isspace())
                phrases.add(tokens)
                if tokens and tokens[-1] in spoken:
                    # "la mère d'Ananya": the elided "de" before a name, as the
                    # phrasings read it.
                    phrases |= {(*tokens[:-1], form) for form in spoken[tokens[-1]]}
        for tokens in rules.own_child_phrases:
            # "my daughter": read where no name follows it as "her" is (request_mentions).
            rules.group_words[tokens] = "third"
        rules.asked_calls |= fold(data.get("asked_calls", ()))
        rules.conjunctions |= fold(data.get("conjunctions", ()))
        rules.clause_conjunctions |= fold(data.get("clause_conjunctions", ()))
        rules.descriptor_starts |= fold(data.get("descriptor_starts", ()))
        rules.elided_articles += tuple(sorted(fold(data.get("elided_articles", ()))))
        rules.contracted_articles |= fold(data.get("contracted_articles", ()))
        rules.descriptor_possessives |= fold(data.get("descriptor_possessives", ()))
        rules.noun_determiners |= fold(data.get("noun_determiners", ()))
        rules.name_articles |= fold(data.get("name_articles", ()))
        rules.attributive_articles |= {
            (lead, article)
            for lead, article in (
                entry.split() for entry in fold(data.get("attributive_articles", ()))
            )
        }
        rules.appositive_determiners |= fold(data.get("appositive_determiners", ()))
        rules.title_articles |= fold(data.get("title_articles", ()))
        for words in fold(data.get("naming_phrases", ())):
            tokens = tuple(t.lower for t in spacy_tokens(words) if not t.text.isspace())
            rules.naming_phrases.add(tokens)
            rules.naming_heads.add(tokens[0])
        rules.pronoun_verbs |= fold(data.get("pronoun_verbs", ()))
        rules.place_words |= fold(data.get("place_words", ()))
        rules.description_places |= fold(data.get("description_places", ()))
        rules.possessor_preps |= fold(data.get("possessor_preps", ()))
        rules.presented_possessives |= fold(data.get("presented_possessives", ()))
        rules.organisation_places |= fold(data.get("organisation_places", ()))
        for role in fold(data.get("placeless_roles", ())):
            place, _, word = role.partition(" ")
            rules.placeless_roles.add((place, word))
        rules.appositive_articles |= fold(data.get("appositive_articles", ()))
        rules.name_demonstratives |= fold(data.get("name_demonstratives", ()))
        rules.name_particles |= fold(data.get("name_particles", ()))
        rules.capital_particles |= set(data.get("capital_particles", ()))
        rules.organisation_leads |= fold(data.get("organisation_leads", ()))
        rules.organisation_links |= fold(data.get("organisation_links", ()))
        rules.belonging_words |= fold(data.get("belonging_words", ()))
        rules.organisation_words |= fold(data.get("organisation_words", ()))
        rules.workplace_nouns |= fold(data.get("workplace_nouns", ()))
        rules.organisation_articles |= fold(data.get("organisation_articles", ()))
        rules.organisation_word_ends += tuple(sorted(fold(data.get("organisation_word_ends", ()))))
        rules.organisation_closers |= fold(data.get("organisation_closers", ()))
        rules.place_abbreviations |= fold(data.get("place_abbreviations", ()))
        rules.firm_name_ends |= fold(data.get("firm_name_ends", ()))
        rules.street_words |= fold(data.get("street_words", ()))
        rules.role_words |= fold(data.get("role_words", ()))
        rules.held_roles += tuple(sorted(fold(data.get("held_roles", ()))))
        rules.people_groups |= fold(data.get("people_groups", ()))
        rules.stop_names |= fold(data.get("stop_names", ()))
        rules.elided_openings |= {w.casefold() for w in data.get("elided_openings", ())}
        rules.mailbox_words |= fold(data.get("mailbox_words", ()))
        rules.desk_words |= fold(data.get("desk_words", ()))
        rules.signed_for_leads |= fold(data.get("signed_for_leads", ()))
        rules.signer_prefixes |= {w.casefold() for w in data.get("signer_prefixes", ())}
        rules.list_mailboxes |= fold(data.get("list_mailboxes", ()))
        rules.word_names |= fold(data.get("word_names", ()))
        rules.epithet_articles |= fold(data.get("epithet_articles", ()))
        rules.thing_articles |= fold(data.get("thing_articles", ()))
        rules.your_words |= fold(data.get("your_words", ()))
        rules.your_after_words |= fold(data.get("your_after_words", ()))
        rules.contact_roles |= fold(data.get("contact_roles", ()))
        rules.assistant_words |= fold(data.get("assistant_words", ()))
        rules.address_copulas |= fold(data.get("address_copulas", ()))
        rules.proxy_cues |= fold(data.get("proxy_cues", ()))
        rules.errand_cues |= fold(data.get("errand_cues", ()))
        rules.favour_preps |= fold(data.get("favour_preps", ()))
        rules.proxy_owners |= fold(data.get("proxy_owners", ()))
        rules.proxy_roles |= fold(data.get("proxy_roles", ()))
        rules.possessed_nouns |= fold(data.get("possessed_nouns", ()))
        rules.proxy_wishes |= fold(data.get("proxy_wishes", ()))
        rules.proxy_principals |= fold(data.get("proxy_principals", ()))
        rules.stand_in_principals |= fold(data.get("stand_in_principals", ()))
        rules.proxy_pronouns |= fold(data.get("proxy_pronouns", ()))
        rules.familiar_verbs |= fold(data.get("familiar_verbs", ()))
        rules.pronoun_infinitives |= fold(data.get("pronoun_infinitives", ()))
        rules.familiar_clitics |= fold(data.get("familiar_clitics", ()))
        rules.shared_mail_domains |= fold(data.get("shared_mail_domains", ()))
        rules.appointment_verbs |= fold(data.get("appointment_verbs", ()))
        rules.appointment_leads |= fold(data.get("appointment_leads", ()))
        rules.appointment_preps |= fold(data.get("appointment_preps", ()))
        rules.appointment_heads |= fold(data.get("appointment_heads", ()))
        rules.appointment_places |= fold(data.get("appointment_places", ()))
        rules.other_party_preps |= fold(data.get("other_party_preps", ()))
        rules.other_party_heads |= fold(data.get("other_party_heads", ()))
        rules.pair_modals |= fold(data.get("pair_modals", ()))
        rules.pair_verbs |= fold(data.get("pair_verbs", ()))
        rules.mutual_words |= fold(data.get("mutual_words", ()))
        rules.doubt_cues |= fold(data.get("doubt_cues", ()))
        rules.doubt_cues |= fold(data.get("judgement_cues", ()))
        rules.judgement_cues |= fold(data.get("judgement_cues", ()))
        rules.refused_asks |= fold(data.get("refused_asks", ()))
        # "Tafadhali mkumbushe Omar Haddad (...) kuhusu utambulisho kwa Jenny Park (...)":
        # a reminder of an intro under way, no new one to make without asking.
        rules.doubt_cues |= fold(data.get("reminder_cues", ()))
        # "if you think she'd be receptive": patterns spelled out into judgement cues.
        receptive = fold(
            run for phrase in data.get("receptive_judgements", ()) for run in _spelled_out(phrase)
        )
        rules.doubt_cues |= receptive
        rules.judgement_cues |= receptive
        rules.retraction_cues |= fold(data.get("retraction_cues", ()))
        rules.reported_asks |= fold(data.get("reported_asks", ()))
        rules.reported_ask_manners |= fold(data.get("reported_ask_manners", ()))
        for phrase in data.get("alternative_words", ()):
            opening, _, closing = phrase.casefold().partition(" ... ")
            opened = tuple(opening.split())
            closings = rules.alternative_words.get(opened, frozenset())
            rules.alternative_words[opened] = closings | {closing}
        rules.lacked_address_cues |= fold(data.get("lacked_address_cues", ()))
        # "I'm afraid I don't have a name", "je n'ai pas de nom": no one named for whom
        # the ask is, as a lacked address leaves the one to meet unknown.
        rules.lacked_address_cues |= fold(data.get("lacked_name_cues", ()))
        rules.address_doubts |= fold(data.get("address_doubts", ()))
        rules.unconfirmed_cues |= fold(data.get("unconfirmed_cues", ()))
        rules.uninvolved_cues |= fold(data.get("uninvolved_cues", ()))
        rules.shared_address_cues |= fold(data.get("shared_address_cues", ()))
        rules.own_mailbox_cues |= fold(data.get("own_mailbox_cues", ()))
        rules.kin_cues |= fold(data.get("kin_cues", ()))
        # "someone like Tom Hale" means someone other than Tom, as a relative does; kept
        # apart too, as said to the one named it may praise her ("with someone like
        # Thandi" to Thandi).
        rules.likeness_cues |= fold(data.get("likeness_cues", ()))
        rules.kin_cues |= rules.likeness_cues
        # "Or ask Peter Mwangi (...)": someone to consult is no more a party than a
        # relative is, so the one search covers both.
        rules.kin_cues |= fold(data.get("consult_cues", ()))
        rules.referrer_cues |= fold(data.get("referrer_cues", ()))
        suggestion_doubts |= fold(data.get("suggestion_doubts", ()))
        rules.suggestion_links |= fold(data.get("suggestion_links", ()))
        firm_someone_cues |= fold(data.get("firm_someone_cues", ()))
        someone_at_preps |= fold(data.get("someone_at_preps", ()))
        # Matched as written, case and all: these open no sentence.
        workplace_preps.update(data.get("workplace_preps", ()))
        workplace_joiners.update(data.get("workplace_joiners", ()))
        genitive_kin_nouns |= fold(data.get("genitive_kin_nouns", ()))
        rules.address_ats |= fold(data.get("address_ats", ()))
        rules.address_dots |= fold(data.get("address_dots", ()))
        rules.address_non_domains |= fold(data.get("address_non_domains", ()))
        rules.address_top_levels |= fold(data.get("address_top_levels", ()))
        # Written as they are: "ät" without its accent is the preposition "at".
        rules.address_signs |= {sign.casefold() for sign in data.get("address_signs", ())}
        rules.dictated_mark_guards |= fold(data.get("dictated_mark_guards", ()))
        rules.dictated_mark_follows |= fold(data.get("dictated_mark_follows", ()))
        for spoken_mark, mark in data.get("dictated_marks", {}).items():
            for spelling in fold([spoken_mark]):
                rules.dictated_marks[spelling] = mark
        slip_real_words |= fold(data.get("slip_real_words", ()))
        unmarked_possessive_words |= fold(data.get("unmarked_possessive_words", ()))
        if data.get("slip_verbs") and data.get("slip_frames"):
            frames = fold(data["slip_frames"])
            slip_asks.append((frozenset(fold(data["slip_verbs"])), _slip_frame_regex(frames)))
            slip_frame_needs.append(needed_words(frames, plain=True))
            split_asks.append((fold(data["slip_verbs"]), frames))
        item_withdrawals |= fold(data.get("item_withdrawals", ()))
        address_leads |= fold(data.get("address_leads", ()))
        continuations |= fold(data.get("address_lead_continuations", ()))
        places |= fold(data.get("address_lead_places", ()))
        # "i have checked" and "*'s email id": a lead saying where the writer found
        # someone's address, before "it is" and the address.
        finds |= fold(
            f"{verb} {noun}"
            for verb in data.get("address_find_verbs", ())
            for noun in data.get("address_find_nouns", ())
        )
        restatements |= fold(data.get("address_restatements", ()))
        address_labels |= fold(data.get("address_labels", ()))
        rules.pleas |= fold(data.get("pleas", ()))
        rules.both_words |= fold(data.get("both_words", ()))
        rules.self_pair_phrases |= fold(data.get("self_pair_phrases", ()))
        rules.copy_cues |= fold(data.get("copy_cues", ()))
        rules.pointer_marks |= fold(data.get("pointer_marks", ()))
        rules.event_times |= fold(data.get("event_times", ()))
        rules.each_words |= fold(data.get("each_words", ()))
        rules.agent_names |= fold(data.get("agent_names", ()))
        rules.handover_cues |= fold(data.get("handover_cues", ()))
        rules.own_address_leads |= fold(data.get("own_address_leads", ()))
        rules.handover_links |= fold(data.get("handover_links", ()))
        rules.informed_cues |= fold(data.get("informed_cues", ()))
        rules.note_handovers |= fold(data.get("note_handovers", ()))
        rules.contact_leads |= fold(data.get("contact_leads", ()))
        rules.someone_cues |= fold(data.get("someone_cues", ()))
        rules.them_words |= fold(data.get("them_words", ()))
        # A command to introduce two others is an intro phrase too, where its verb is
        # split ("stell sie einander vor") or carries its object ("preséntales").
        commands = fold(data.get("them_commands", ()))
        rules.them_commands |= commands
        rules.intent_words |= commands
        for words in fold(data.get("they_modals", ())):
            tokens = tuple(t.lower for t in spacy_tokens(words) if not t.text.isspace())
            rules.they_modals.add(tokens)
        for words in fold(data.get("pair_wishes", ())):
            tokens = tuple(t.lower for t in spacy_tokens(words) if not t.text.isspace())
            rules.pair_wishes.add(tokens)
        for words in fold(data.get("pair_wish_clauses", ())):
            tokens = tuple(t.lower for t in spacy_tokens(words) if not t.text.isspace())
            rules.pair_wish_clauses.add(tokens)
        rules.wish_adverbs |= fold(data.get("wish_adverbs", ()))
        rules.wished_verbs |= fold(data.get("wished_verbs", ()))
        rules.negations |= fold(data.get("negations", ()))
        for words in fold(data.get("proclitic_asks", ())):
            pronoun, _, verb = words.partition(" ")
            rules.proclitic_asks.add((pronoun, verb))
        for words in fold(data.get("proclitic_openers", ())):
            rules.proclitic_openers.update(words.split())
        rules.proclitic_conditions |= fold(data.get("proclitic_conditions", ()))
        rules.withdrawal_conditions |= fold(data.get("withdrawal_conditions", ()))
        rules.ask_conditions |= fold(data.get("ask_conditions", ()))
        rules.inline_conditions |= fold(data.get("inline_conditions", ()))
        rules.condition_blinds |= fold(data.get("condition_blinds", ()))
        rules.condition_manners |= fold(data.get("condition_manners", ()))
        rules.opening_conditions |= fold(data.get("opening_conditions", ()))
        rules.settled_conditions |= fold(
            run for phrase in data.get("settled_conditions", ()) for run in _spelled_out(phrase)
        )
        rules.other_subjects |= fold(data.get("other_subjects", ()))
        rules.other_subject_questions |= fold(data.get("other_subject_questions", ()))
        rules.other_subject_stops |= fold(data.get("other_subject_stops", ()))
        rules.other_subject_wants |= fold(data.get("other_subject_wants", ()))
        rules.other_subject_verbs |= fold(data.get("other_subject_verbs", ()))
        rules.other_reflexives |= fold(data.get("other_reflexives", ()))
        rules.belief_leads |= fold(data.get("belief_leads", ()))
        rules.advice_leads |= fold(data.get("advice_leads", ()))
        rules.advice_joiners |= fold(data.get("advice_joiners", ()))
        rules.other_subject_offers |= fold(data.get("other_subject_offers", ()))
        # Per language: French "nos" is "our", a writer word, where Spanish "nos" is "us".
        selves = fold(data.get("self_words", ())) | fold(data.get("plural_self_words", ()))
        rules.object_self_words |= selves - fold(data.get("writer_words", ()))
        rules.object_self_words |= fold(data.get("self_pair_phrases", ()))
        rules.intent_words |= fold(data.get("intent_words", ()))
        rules.plural_self_verbs |= fold(data.get("plural_self_verbs", ()))
        rules.self_verbs |= fold(data.get("self_verbs", ())) | rules.plural_self_verbs
        rules.self_marked_verbs |= fold(data.get("self_marked_verbs", ()))
        rules.later_cues |= fold(data.get("later_cues", ()))
        rules.handover_words |= fold(data.get("handover_words", ()))
        rules.below_refs |= fold(data.get("below_refs", ()))
        rules.offers |= fold(data.get("offers", ()))
        rules.contact_words |= fold(data.get("contact_words", ()))
        rules.proposal_words |= fold(data.get("proposal_words", ()))
        rules.met_cues |= fold(data.get("met_cues", ()))
        rules.announcement_words |= fold(data.get("announcement_words", ()))
        rules.wishes |= fold(data.get("wishes", ()))
        rules.closings |= fold(data.get("closings", ()))
        rules.forward_markers |= fold(data.get("forward_markers", ()))
        rules.quote_markers |= fold(data.get("quote_markers", ()))
        labels = data.get("forward_labels", {})
        rules.forward_labels.update({k.casefold(): v for k, v in labels.items()})
        negatives = _read_json("not_requests", language)
        rules.sentence_cues |= fold(negatives.get("sentence_cues", ()))
        # "Tunapenda kumtambulisha kwenu", "stellen wir Ihnen ... vor": someone presented
        # to the readers, no two people to introduce.
        rules.sentence_cues |= fold(negatives.get("audience_cues", ()))
        rules.reply_cues |= fold(negatives.get("reply_cues", ()))
        rules.unnamed_others |= fold(negatives.get("unnamed_others", ()))
        rules.alike_others |= fold(negatives.get("alike_others", ()))
        rules.past_cues |= fold(negatives.get("past_cues", ()))
        rules.thanks_leads |= fold(negatives.get("thanks_leads", ()))
        rules.thanked_offers |= fold(negatives.get("thanked_offers", ()))
        rules.past_times |= fold(negatives.get("past_times", ()))
        rules.told_intros |= fold(negatives.get("told_intros", ()))
        rules.told_outcomes |= fold(negatives.get("told_outcomes", ()))
        rules.told_fillers |= fold(negatives.get("told_fillers", ()))
        for key in ("intros", "asks", "marks", "thanks", "advance"):
            known: set[str] = getattr(rules, f"told_past_{key}")
            known |= fold(negatives.get(f"told_past_{key}", ()))
        endings = fold(negatives.get("thanked_past_endings", ()))
        rules.thanked_past_endings = tuple(sorted({*rules.thanked_past_endings, *endings}))
        rules.same_words |= fold(negatives.get("same_words", ()))
        rules.clause_openers |= fold(negatives.get("clause_openers", ()))
        rules.willing_leads |= fold(negatives.get("willing_leads", ()))
        rules.weighed_asks |= fold(negatives.get("weighed_asks", ()))
        rules.sentence_cues |= fold(negatives.get("weighed_asks", ()))
        rules.status_cues |= fold(negatives.get("status_cues", ()))
        rules.sentence_cues |= fold(negatives.get("status_cues", ()))
        rules.cue_compounds |= fold(negatives.get("cue_compounds", ()))
        rules.doer_links |= fold(negatives.get("doer_links", ()))
        rules.doer_articles |= fold(negatives.get("doer_articles", ()))
        rules.action_labels |= fold(negatives.get("action_labels", ()))
        rules.message_cues |= fold(negatives.get("message_cues", ()))
        rules.message_cue_limits |= fold(negatives.get("message_cue_limits", ()))
        rules.message_cue_movers |= fold(negatives.get("message_cue_movers", ()))
        rules.withdrawal_cues |= fold(negatives.get("withdrawal_cues", ()))
        rules.self_introductions |= fold(negatives.get("self_introductions", ()))
        rules.newcomer_calls |= fold(negatives.get("newcomer_calls", ()))
        rules.sentence_cues |= fold(negatives.get("self_introductions", ()))
        rules.dismissal_cues |= fold(negatives.get("dismissal_cues", ()))
        rules.dismissal_words |= fold(negatives.get("dismissal_words", ()))
        rules.no_action_cues |= fold(negatives.get("no_action_cues", ()))
        rules.hold_cues |= fold(negatives.get("hold_cues", ()))
        rules.needless_leads |= fold(negatives.get("needless_leads", ()))
        rules.negation_leads |= fold(negatives.get("negation_leads", ()))
        rules.verb_negations |= fold(negatives.get("verb_negations", ()))
        rules.negation_fillers |= fold(negatives.get("negation_fillers", ()))
        rules.negated_wishes |= fold(negatives.get("negated_wishes", ()))
        rules.negation_prefixes.update(negatives.get("negation_prefixes", {}))
        for phrase in negatives.get("negated_asks", ()):
            lead, _, ending = phrase.partition(" ... ")
            for folded in fold((lead,)):
                rules.negated_asks.setdefault(folded, set()).update(fold((ending,)) - {""})
        rules.contrast_words |= fold(negatives.get("contrast_words", ()))
        rules.consequence_words |= fold(negatives.get("consequence_words", ()))
        rules.purpose_leads |= fold(negatives.get("purpose_leads", ()))
        rules.task_cues |= fold(negatives.get("task_cues", ()))
        rules.task_cues |= fold(
            f"{prep} {head}"
            for prep in negatives.get("deadline_preps", ())
            for head in negatives.get("deadline_heads", ())
        )
        rules.unmet_cues |= fold(negatives.get("unmet_cues", ()))
        rules.subject_topic_cues |= fold(negatives.get("subject_topic_cues", ()))
        rules.subject_cues |= fold(negatives.get("subject_cues", ())) | rules.subject_topic_cues
        rules.subject_ask_cues |= fold(negatives.get("subject_ask_cues", ()))
    rules.pair_patterns.append(compile_pattern("{A}"))
    # The list patterns' words ("and", "con") are left out: they are no phrasing of
    # their own, and "Al" or "Con" may well be a name.
    for pattern in rules.pair_patterns + rules.subject_patterns + rules.weak_patterns:
        for element in pattern.elements:
            rules.literals |= element.words - {SENTENCE_START}
    rules.closing_starts = tuple(sorted(rules.closings))
    by_initial: dict[str, list[str]] = {}
    for closing in rules.closing_starts:
        by_initial.setdefault(closing[:1], []).append(closing)
    rules.closings_by_initial = {initial: tuple(c) for initial, c in by_initial.items()}
    rules.max_group_words = max((len(g) for g in rules.group_words), default=1)
    rules.group_heads = {g[0] for g in rules.group_words}
    rules.group_prefixes = {g[:2] for g in rules.group_words if len(g) > 1}
    rules.pronoun_words = (
        rules.self_words
        | rules.plural_self_words
        | rules.you_words
        | rules.third_words
        | rules.plural_third_words
    )
    rules.special_words = rules.group_heads | rules.pronoun_words | set(rules.clitic_forms)
    rules.trigger_re = phrase_regex(rules.triggers)
    rules.sentence_cue_re = phrase_regex(rules.sentence_cues)
    if group_phrases:
        alternatives = "|".join(
            r"\s+".join(map(re.escape, phrase.split()))
            for phrase in sorted(group_phrases, key=len, reverse=True)
        )
        rules.group_close_re = re.compile(rf"\s+(?:{alternatives})\s*(?:[.!:]|$)")
    rules.unnamed_other_re = phrase_regex(rules.unnamed_others)
    rules.alike_other_re = phrase_regex(rules.alike_others)
    rules.doer_re = phrase_regex(rules.doer_links)
    rules.action_label_re = phrase_regex(rules.action_labels)
    rules.reply_cue_re = phrase_regex(rules.sentence_cues | rules.reply_cues)
    rules.past_cue_re = phrase_regex(rules.past_cues)
    rules.thanks_lead_re = phrase_regex(rules.thanks_leads)
    rules.thanked_offer_re = phrase_regex(rules.thanked_offers)
    rules.past_time_re = phrase_regex(rules.past_times)
    rules.told_intro_re = phrase_regex(rules.told_intros)
    rules.told_outcome_re = phrase_regex(rules.told_outcomes)
    rules.told_past_intro_re = phrase_regex(rules.told_past_intros)
    rules.told_past_ask_re = phrase_regex(rules.told_past_asks)
    rules.told_past_mark_re = phrase_regex(rules.told_past_marks | rules.past_times)
    rules.told_past_thanks_re = phrase_regex(rules.told_past_thanks)
    rules.told_past_advance_re = phrase_regex(rules.told_past_advance)
    openers = phrase_regex(rules.clause_openers).pattern
    rules.clause_break_re = re.compile(rf"\s(?:--?|\u2013|\u2014)\s|;|,?\s*(?:{openers})")
    rules.message_cue_re = phrase_regex(rules.message_cues)
    if rules.message_cue_limits:
        # One of the limits within the next four words after a cue.
        limits = phrase_regex(rules.message_cue_limits).pattern
        rules.message_cue_limit_re = re.compile(rf"\W*(?:[\w'-]+\W+){{0,4}}?{limits}")
    rules.withdrawal_cue_re = phrase_regex(rules.withdrawal_cues)
    rules.self_introduction_re = phrase_regex(rules.self_introductions)
    rules.newcomer_call_re = phrase_regex(rules.newcomer_calls)
    rules.intro_part_re = phrase_regex(intro_parts)
    rules.delivery_lead_re = phrase_regex(delivery_leads)
    rules.delivery_noun_re = phrase_regex(delivery_nouns)
    rules.delivery_lead_needs = needed_words(delivery_leads)
    heads = {phrase.split()[0].partition("-")[0] for phrase in intro_parts}
    rules.intro_part_head_re = re.compile("|".join(map(re.escape, sorted(heads))) or "(?!x)x")
    rules.turning_preps = rules.thing_preps | rules.other_party_preps
    rules.thing_endings = tuple(sorted(n for n in rules.thing_nouns if len(n) >= _COMPOUND_HEAD))
    rules.dismissal_re = phrase_regex(rules.dismissal_cues)
    rules.no_action_cue_re = phrase_regex(rules.no_action_cues)
    rules.hold_cue_re = phrase_regex(rules.hold_cues)
    rules.task_re = phrase_regex(rules.task_cues)
    rules.unmet_re = phrase_regex(rules.unmet_cues)
    # Either way the agent asks rather than acts, so one search covers both.
    rules.doubt_cue_re = phrase_regex(rules.doubt_cues | rules.later_cues)
    rules.judgement_cue_re = phrase_regex(rules.judgement_cues)
    rules.refused_ask_re = phrase_regex(rules.refused_asks)
    rules.lacked_address_re = _near_gap_regex(rules.lacked_address_cues)
    rules.lacked_address_needs = needed_words(rules.lacked_address_cues)
    rules.address_doubt_re = phrase_regex(rules.address_doubts)
    rules.address_doubt_needs = needed_words(rules.address_doubts)
    rules.unconfirmed_re = phrase_regex(rules.unconfirmed_cues)
    rules.unconfirmed_needs = needed_words(rules.unconfirmed_cues)
    rules.uninvolved_re = phrase_regex(rules.uninvolved_cues)
    rules.uninvolved_needs = needed_words(rules.uninvolved_cues)
    rules.shared_address_re = phrase_regex(rules.shared_address_cues)
    rules.shared_address_needs = needed_words(rules.shared_address_cues)
    rules.own_mailbox_re = phrase_regex(rules.own_mailbox_cues)
    rules.unaddressed_re = phrase_regex(unaddressed_marks)
    rules.unaddressed_needs = needed_words(unaddressed_marks)
    rules.kin_re = _kin_regex(rules.kin_cues)
    rules.referrer_re = _referrer_regex(rules.referrer_cues)
    rules.suggestion_doubts_re = _opening_regex(suggestion_doubts)
    rules.suggestion_doubt_word_re = _words_regex(suggestion_doubts)
    rules.firm_someone_re = _firm_someone_regex(firm_someone_cues)
    rules.someone_at_re = phrase_regex(
        {f"{prep} {cue}" for prep in someone_at_preps for cue in firm_someone_cues}
    )
    rules.kin_needs = needed_words(rules.kin_cues)
    rules.genitive_kin_re = _genitive_kin_regex(genitive_kin_nouns)
    rules.genitive_kin_needs = frozenset(genitive_kin_nouns) if genitive_kin_nouns else None
    rules.slip_asks = tuple(slip_asks)
    if unmarked_possessive_words:
        owned = "|".join(
            re.escape(w).replace("\\ ", r"\s+")
            for w in sorted(unmarked_possessive_words, key=len, reverse=True)
        )
        # The name's capital is looked at where it is found: the words after it are
        # matched in any case ("Tylers Email is").
        rules.unmarked_possessive_re = re.compile(
            rf"(?<![\w'])(?P<name>[^\W\d_]{{2,}})s(?=\s+(?i:{owned})(?!\w))"
        )
    rules.slip_frame_needs = tuple(slip_frame_needs)
    rules.slip_real_words = frozenset(slip_real_words)
    rules.split_ask_re = _split_ask_regex(split_asks)
    split_heads: dict[str, set[str]] = {}
    for verbs, _ in split_asks:
        for verb in verbs:
            for i in range(MIN_SPLIT_LETTERS, len(verb) - MIN_SPLIT_LETTERS + 1):
                split_heads.setdefault(verb[i:], set()).add(verb[:i])
    rules.split_ask_heads = {tail: frozenset(heads) for tail, heads in split_heads.items()}
    rules.item_withdrawal_re = _item_withdrawal_regex(item_withdrawals)
    rules.item_withdrawal_words = frozenset(
        re.findall(r"\w+", phrase[:-1])[-1] for phrase in item_withdrawals if phrase.endswith("#")
    )
    rules.spelled_address_re = _spelled_address_regex(
        rules.address_ats, rules.address_dots, rules.address_non_domains, rules.address_top_levels
    )
    rules.spoken_address_re = _spoken_address_regex(rules.address_ats, rules.address_dots)
    rules.dictated_mark_re = _words_regex(rules.dictated_marks)
    rules.dictated_mark_needs = needed_words(rules.dictated_marks, plain=True)
    rules.plea_re = phrase_regex(rules.pleas)
    rules.ask_condition_re = phrase_regex(rules.ask_conditions)
    rules.ask_condition_needs = needed_words(rules.ask_conditions)
    rules.settled_condition_re = _settled_regex(rules.settled_conditions)
    rules.author_phrase_re = phrase_regex(rules.author_phrases)
    rules.referent_lead_re = phrase_regex(rules.referent_leads)
    rules.referent_gate = frozenset(
        max(re.findall(r"\w+", lead), key=len) for lead in rules.referent_leads
    )
    rules.both_re = phrase_regex(rules.both_words)
    rules.self_pair_re = phrase_regex(rules.self_pair_phrases)
    rules.them_re = phrase_regex(rules.them_words)
    rules.them_command_re = phrase_regex(rules.them_commands)
    rules.them_ends = {
        ending[-1]
        for words in rules.both_words | rules.them_words
        if (ending := [t.lower for t in spacy_tokens(words) if not t.text.isspace()])
    }
    rules.they_modal_re = phrase_regex(" ".join(m) for m in rules.they_modals)
    rules.pair_wish_heads = frozenset(wish[0] for wish in rules.pair_wishes if wish)
    rules.pair_wishes_by_head = _by_head(rules.pair_wishes)
    rules.pair_wish_clause_heads = frozenset(w[0] for w in rules.pair_wish_clauses if w)
    rules.pair_wish_clauses_by_head = _by_head(rules.pair_wish_clauses)
    rules.pair_counts_by_head = _by_head(rules.pair_counts)
    rules.they_modal_heads = frozenset(modal[0] for modal in rules.they_modals if modal)
    rules.copy_cue_re = phrase_regex(rules.copy_cues)
    rules.pointer_re = _pointer_regex(rules.pointer_marks)
    rules.pointer_words_by_head = _by_head(
        tuple(_POINTER_TOKEN.findall(mark)) for mark in sorted(rules.pointer_marks, key=len)[::-1]
    )
    rules.event_times_by_head = _by_head(
        tuple(_POINTER_TOKEN.findall(time)) for time in sorted(rules.event_times, key=len)[::-1]
    )
    rules.each_re = phrase_regex(rules.each_words)
    rules.agent_name_re = phrase_regex(rules.agent_names)
    rules.handover_re = phrase_regex(rules.handover_cues | rules.copy_cues)
    rules.own_address_lead_re = phrase_regex(rules.own_address_leads)
    rules.handover_link_re = phrase_regex(rules.handover_links)
    rules.informed_re = phrase_regex(rules.informed_cues)
    rules.note_handover_re = phrase_regex(rules.note_handovers)
    rules.contact_lead_re = _contact_lead_regex(rules.contact_leads)
    rules.someone_re = phrase_regex(rules.someone_cues)
    rules.intent_re = phrase_regex(rules.intent_words)
    rules.needless_re = _needless_regex(rules)
    rules.negated_wish_re = _negated_wish_regex(rules.negated_wishes)
    rules.other_subject_offer_re = phrase_regex(rules.other_subject_offers)
    if rules.negation_leads:
        leads = "|".join(map(re.escape, sorted(rules.negation_leads, key=len, reverse=True)))
        rules.negated_opening_re = re.compile(rf"(?<![\w'])(?:{leads})\s+$")
    rules.contrast_re = phrase_regex(rules.contrast_words)
    if rules.consequence_words:
        words = "|".join(map(re.escape, sorted(rules.consequence_words, key=len, reverse=True)))
        rules.consequence_re = re.compile(rf",\s*(?:{words})(?![\w'])")
    rules.purpose_lead_re = phrase_regex(rules.purpose_leads)
    rules.intent_start_re = re.compile(rules.intent_re.pattern.removesuffix(r"(?!\w)"))
    rules.intent_ends = {words.split()[-1] for words in rules.intent_words if words.split()}
    rules.contact_re = phrase_regex(rules.contact_words | rules.intent_words)
    proposing = rules.contact_words | rules.intent_words | rules.proposal_words
    rules.proposal_re = phrase_regex(proposing)
    rules.met_re = phrase_regex(rules.met_cues)
    rules.wish_re = phrase_regex(rules.wishes | rules.pleas)
    rules.subject_cue_re = phrase_regex(rules.subject_cues)
    rules.subject_ask_re = phrase_regex(rules.subject_ask_cues)
    rules.proxy_cue_re = phrase_regex(rules.proxy_cues)
    sources = rules.address_lead_sources
    rules.address_lead_re = _lead_regex(
        (p for p in address_leads if "*" not in p),
        sources,
        (p for p in places if "*" not in p),
        (p for p in finds if "*" not in p),
        restatements,
    )
    rules.named_address_lead_re = _lead_regex(
        (p for p in address_leads if "*" in p),
        sources,
        (p for p in places if "*" in p),
        (p for p in finds if "*" in p),
        restatements,
    )
    rules.address_lead_gate = phrase_gate(
        p for p in (*address_leads, *places, *finds) if "*" not in p
    )
    rules.named_address_lead_gate = phrase_gate(
        p for p in (*address_leads, *places, *finds) if "*" in p
    )
    rules.address_lead_continuation_re = _lead_regex(continuations)
    rules.address_place_re = _lead_regex((), sources, places)
    rules.address_label_re = _label_regex(address_labels)
    # "Email yake ... ni ...", "not sure the email is right": an address named, no colon.
    rules.address_nouns_re = phrase_regex(address_labels)
    rules.proxy_wish_re = _wish_regex(rules.proxy_owners, rules.proxy_roles, rules.proxy_wishes)
    rules.proxy_for_re, rules.proxy_by_re = _principal_regexes(rules)
    rules.stand_in_re, rules.stand_in_owned_re = _stand_in_regexes(rules)
    rules.list_cue_re = phrase_regex(rules.list_cues)
    rules.passive_self_ask_re = phrase_regex(rules.passive_self_asks)
    rules.self_list_lead_re = phrase_regex(rules.self_list_leads)
    rules.exclusion_re = _exclusion_regex(rules.exclusions)
    rules.exclusion_lead_re = phrase_regex(rules.exclusions)
    rules.trailing_exclusion_re = _trailing_exclusion_regex(
        rules.trailing_exclusions, rules.instead_words
    )
    rules.consent_re = _consent_regex(fold(rules.consent_conditions))
    rules.consent_lead_re = phrase_regex(
        fold(p.split("*")[0].strip() for p in rules.consent_conditions)
    )
    rules.below_ref_re = _star_regex(rules.below_refs)
    rules.offer_re = _gap_regex(rules.offers)
    # Pointing to a signature for an address gives no reason either.
    rules.context_skip_re = phrase_regex(
        rules.context_skips | rules.signature_refs | rules.thread_refs
    )
    rules.signature_ref_re = phrase_regex(rules.signature_refs)
    rules.thread_ref_re = phrase_regex(rules.thread_refs)
    rules.quoted_details_re = _gap_regex(rules.quoted_details)
    for lead in sorted(list_item_leads, key=lambda lead: (-len(lead.split(" ")), lead)):
        spelled = tuple(lead.split(" "))
        rules.list_item_leads.setdefault(spelled[0], []).append(spelled)
    for ordinal in sorted(rules.list_ordinals):
        if " " in ordinal:
            spelled = tuple(ordinal.split(" "))
            rules.list_ordinal_phrases.setdefault(spelled[0], []).append(spelled)
    rules.message_cue_needs = needed_words(rules.message_cues)
    rules.withdrawal_cue_needs = needed_words(rules.withdrawal_cues)
    rules.retraction_re = phrase_regex(rules.retraction_cues | rules.withdrawal_cues)
    rules.retraction_needs = needed_words(rules.retraction_cues | rules.withdrawal_cues)
    rules.reported_ask_re = phrase_regex(rules.reported_asks)
    rules.reported_ask_needs = needed_words(rules.reported_asks)
    rules.no_action_cue_needs = needed_words(rules.no_action_cues)
    rules.hold_cue_needs = needed_words(rules.hold_cues)
    rules.newcomer_call_needs = needed_words(rules.newcomer_calls)
    rules.dismissal_needs = needed_words(rules.dismissal_cues)
    rules.signature_ref_needs = needed_words(rules.signature_refs)
    rules.thread_ref_needs = needed_words(rules.thread_refs)
    rules.proxy_cue_needs = needed_words(rules.proxy_cues)
    # A proxy's wish holds one of the roles, between white space.
    rules.proxy_wish_needs = needed_words(rules.proxy_roles)
    rules.doubt_cue_needs = needed_words(rules.doubt_cues | rules.later_cues)
    rules.thanks_lead_needs = needed_words(rules.thanks_leads)
    rules.told_outcome_needs = needed_words(rules.told_outcomes)
    rules.doer_needs = needed_words(rules.doer_links)
    rules.action_label_needs = needed_words(rules.action_labels)
    rules.unnamed_other_needs = needed_words(rules.unnamed_others)
    rules.alike_other_needs = needed_words(rules.alike_others)
    rules.list_cue_needs = needed_words(rules.list_cues)
    rules.intro_part_needs = needed_words(intro_parts)
    rules.negated_wish_needs = needed_words(rules.negated_wishes)
    rules.other_subject_offer_needs = needed_words(rules.other_subject_offers)
    rules.exclusion_needs = needed_words(rules.exclusions)
    rules.context_skip_needs = needed_words(
        rules.context_skips | rules.signature_refs | rules.thread_refs
    )
    rules.trailing_exclusion_needs = needed_words(
        rules.trailing_exclusions | rules.instead_words, plain=True
    )
    rules.cue_gates = {
        "message_cue_re": phrase_gate(rules.message_cues),
        "withdrawal_cue_re": phrase_gate(rules.withdrawal_cues),
        "no_action_cue_re": phrase_gate(rules.no_action_cues),
        "hold_cue_re": phrase_gate(rules.hold_cues),
        "dismissal_re": phrase_gate(rules.dismissal_cues),
        "doubt_cue_re": phrase_gate(rules.doubt_cues | rules.later_cues),
        "lacked_address_re": phrase_gate(rules.lacked_address_cues),
        "address_doubt_re": phrase_gate(rules.address_doubts),
        "unconfirmed_re": phrase_gate(rules.unconfirmed_cues),
        "shared_address_re": phrase_gate(rules.shared_address_cues),
        "kin_re": phrase_gate(rules.kin_cues),
        "copy_cue_re": phrase_gate(rules.copy_cues),
        "subject_cue_re": phrase_gate(rules.subject_cues),
        "proxy_cue_re": phrase_gate(rules.proxy_cues),
    }
    rules.trailing_exclusion_gate = phrase_gate(
        rules.trailing_exclusions | rules.instead_words, plain=True
    )

    rules.sentence_cue_gate = phrase_gate(rules.sentence_cues)
    rules.reply_cue_gate = phrase_gate(rules.sentence_cues | rules.reply_cues)
    rules.trigger_gate = phrase_gate(rules.triggers)
    # ``_needless_regex``'s leads, and the prefixes of a negated verb.
    rules.needless_gate = phrase_gate(
        [
            *rules.needless_leads,
            *rules.negation_leads,
            *rules.negated_asks,
            *rules.verb_negations,
        ],
        rules.negation_prefixes,
    )
    rules.thanks_lead_gate = phrase_gate(rules.thanks_leads)
    rules.doer_gate = phrase_gate(rules.doer_links)
    rules.action_label_gate = phrase_gate(rules.action_labels)
    rules.negated_wish_gate = phrase_gate(p for p in rules.negated_wishes if p.strip())
    rules.list_cue_gate = phrase_gate(rules.list_cues)
    rules.group_noun_gate = phrase_gate(rules.group_nouns)
    rules.told_outcome_gate = phrase_gate(rules.told_outcomes)
    rules.contrast_gate = phrase_gate(rules.contrast_words)
    rules.told_past_intro_gate = phrase_gate(rules.told_past_intros)
    rules.someone_at_gate = phrase_gate(
        f"{prep} {cue}" for prep in someone_at_preps for cue in firm_someone_cues
    )
    rules.workplace_address_re = _workplace_address_regex(workplace_preps, workplace_joiners)
    rules.workplace_preps = frozenset(workplace_preps)
    rules.own_mailbox_gate = phrase_gate(rules.own_mailbox_cues)
    rules.referrer_gate = phrase_gate(rules.referrer_cues)
    rules.suggestion_doubts_gate = phrase_gate(suggestion_doubts)
    rules.quoted_details_gate = phrase_gate(rules.quoted_details)
    rules.stand_in_gate = phrase_gate(
        p.removeprefix("*").strip() for p in rules.stand_in_principals
    )
    rules.firm_someone_gate = phrase_gate(
        p.split(maxsplit=1)[0] for p in firm_someone_cues if len(p.split()) > 1
    )
    rules.intent_gate = phrase_gate(rules.intent_words)
    # A title listed as both ("D." is Don in Spanish, Dona in Portuguese) says neither.
    rules.title_genders = {t: "f" for t in female_titles - male_titles}
    rules.title_genders.update({t: "m" for t in male_titles - female_titles})
    rules.pronoun_genders = {w: "f" for w in female_pronouns - male_pronouns}
    rules.pronoun_genders.update({w: "m" for w in male_pronouns - female_pronouns})
    return rules
