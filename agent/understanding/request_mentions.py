"""Finding people in text: names, addresses and pronouns, each collapsed into one item
among the words the patterns see."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from agent.understanding.first_names import is_first_name
from agent.understanding.nlp import stop_words
from agent.understanding.quotes import postscript_marks
from agent.understanding.request_rules import CALL, Rules
from agent.understanding.request_tokens import (
    UMLAUTS_SPELLED,
    Token,
    normal_text,
    spacy_tokens,
    without_accents,
)

MAX_NAME_TOKENS = 4
# The words of a role between a joined preposition and a name ("al director general Pedro").
MAX_ROLE_WORDS = 3

MENTION_KINDS = frozenset({"name", "email", "self", "us", "you", "third", "they", "group", "call"})
_SENTENCE_END = frozenset({".", "?", "!", "\u3002", ";"})
# What may stand between a name and its address: "Ann (ann@x.com)", "Ann is at ann@x.com".
_ATTACH_PUNCT = frozenset(
    {
        "<",
        "(",
        "[",
        ",",
        ":",
        "-",
        "\u2013",
        "\u2014",
        "at",
        "is",
        "email",
        "e-mail",
        "'s",
        '"',
        "*",
    }
)
# The line starts of a bulleted list; numbered ones are read by ``_list_marker``.
_BULLETS = frozenset({"-", "*", "\u2022", "\u2013", "\u00b7", "\u25e6", "\u25aa", "\u2023"})
# English contractions the tokenizer does not split off ("'s" it does).
_CONTRACTIONS = ("'d", "'re", "'ll", "'ve", "'m", "n't")
# How a list item's start shows among the items: a sentence end of its own.
LIST_ITEM = "\n-"
_EMAIL = re.compile(r"^[\w.+'-]+@[\w-]+(\.[\w-]+)+$")
# What separates the pieces of an address's local part ("priya.shah", "priya_shah+x").
_INFINITIVE_ENDS = ("ar", "er", "ir", "re", "ôr", "or")
_LOCAL_PIECES = re.compile(r"[._+-]+")


@dataclass(slots=True, init=False)
class Item:
    """A token, or a whole mention of a person, as the patterns see the text."""

    kind: str
    lower: str
    start: int
    end: int
    name: str | None = None
    email: str | None = None
    # Written after a title ("Frau Yilmaz", "Mr. Becker"): a surname alone then names one.
    titled: bool = False
    # The gender that title gives, "f" or "m" ("Frau", "Mr."), empty for one that gives
    # none ("Dr.", "Prof.") or no title: a surname alone is then no one of the other.
    gender: str = ""

    # Written out, not generated: the compiled build runs a written ``__init__`` as native
    # code, the one ``dataclass`` generates as Python, several times slower for a class
    # made this often.
    def __init__(
        self,
        kind: str,
        lower: str,
        start: int,
        end: int,
        name: str | None = None,
        email: str | None = None,
        titled: bool = False,
        gender: str = "",
    ) -> None:
        self.kind = kind
        self.lower = lower
        self.start = start
        self.end = end
        self.name = name
        self.email = email
        self.titled = titled
        self.gender = gender


# ``_read_name_token`` of each capitalised word looked at so far, for the rules it was
# read with (``_NAME_RULES``): mail repeats its names, and each is looked at several times
# (opening a name, inside one, after a title), while the rules never change once loaded.
_NAME_TOKENS: dict[str, bool] = {}
_NAME_RULES: list[Rules] = []
MAX_NAME_TOKENS_KEPT = 50_000


def _is_name_token(text: str, rules: Rules) -> bool:
    if len(text) < 2 or not text[0].isupper():
        return False
    if not _NAME_RULES or _NAME_RULES[0] is not rules or len(_NAME_TOKENS) >= MAX_NAME_TOKENS_KEPT:
        _NAME_TOKENS.clear()
        _NAME_RULES[:] = [rules]
    found = _NAME_TOKENS.get(text)
    if found is None:
        found = _read_name_token(text, rules)
        _NAME_TOKENS[text] = found
    return found


def _read_name_token(text: str, rules: Rules) -> bool:
    """Whether a word of two letters or more, the first a capital, may be part of a name."""
    # Letters and apostrophes only ("O'Neil"); the first letter is no apostrophe, so
    # what is left once they are taken out is never empty.
    if not text.isalpha() and not text.replace("'", "").replace("\u2019", "").isalpha():
        return False
    rest = text[1:]
    # Some lower-case letter after the first: "Ann", "McKay", not "NASA".
    if not rest.islower() and not any(char.islower() for char in rest):
        return False
    lowered = text.casefold().replace("\u2019", "'")
    if "'" in lowered and lowered.endswith(_CONTRACTIONS):
        # "He'd", "We're", "Don't": a word and its contraction, which the tokenizer
        # keeps whole, not a name like "O'Neil".
        return False
    cut = lowered.find("'")
    if (
        cut > 0
        and text[cut + 1 : cut + 2].islower()
        and lowered[: cut + 1] in rules.elided_openings
    ):
        # "L'adresse de Lucía est ...", "D'après Ana": an elided article or preposition
        # opening a sentence on a word in lower case, not a name like "D'Angelo".
        return False
    return lowered not in rules.stop_names and lowered not in rules.literals


def _is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


# Marks and stops ``tokenize`` reads one way or another: never a plain word or mark.
_READ_MARKS = frozenset({";", "@", "...", *_SENTENCE_END})
# ``_looked_at`` of the one set of rules read so far, with those rules.
_LOOKED_AT: list[tuple[Rules, frozenset[str]]] = []


def _contracted_thirds(rules: Rules) -> frozenset[str]:
    """The third person's pronouns with "'d" joined to them ("he'd", "she'd", "they'd"),
    which the tokenizer keeps whole where it parts "she's"; worked out once for the rules."""
    for known, words in _CONTRACTED_THIRDS:
        if known is rules:
            return words
    words = frozenset(w + "'d" for w in rules.third_words | rules.plural_third_words)
    _CONTRACTED_THIRDS[:] = [(rules, words)]
    return words


_CONTRACTED_THIRDS: list[tuple[Rules, frozenset[str]]] = []


def _looked_at(rules: Rules) -> frozenset[str]:
    """Every word ``tokenize`` looks at further before reading it as a plain word or
    mark: a pronoun, a clitic, a title, a degree or honorific, "he'd", a contracted
    preposition, a stop. Any other token
    in lower case (or one character neither letter, digit nor blank) is settled at once.
    Worked out once for the rules, which never change once loaded."""
    for known, words in _LOOKED_AT:
        if known is rules:
            return words
    words = frozenset(
        rules.familiar_clitics
        | rules.special_words
        | rules.lower_titles
        | rules.titles
        | rules.cased_titles
        | rules.capital_titles
        | rules.initial_titles
        | rules.address_forms
        | set(rules.clitic_forms)
        | set(rules.contracted_forms)
        | set(rules.asked_clitic_forms)
        | rules.cluster_thirds
        | rules.title_degrees
        | rules.name_honorifics
        | _contracted_thirds(rules)
        | _READ_MARKS
        | _TITLE_MARKS
    )
    _LOOKED_AT[:] = [(rules, words)]
    return words


def tokenize(text: str, rules: Rules, tokens: list[Token] | None = None) -> list[Item]:
    """Turn text into items, collapsing each mention of a person into one item.
    ``tokens``, where given, are ``spacy_tokens(text)`` read already."""
    if tokens is None:
        tokens = spacy_tokens(text)
    if rules.elided_words and _ELIDED_CAPITAL.search(text) is not None:
        tokens = _split_elisions(tokens, rules)
    items: list[Item] = []
    index = 0
    titled_at = -1
    # The gender of the titles right before ``titled_at``: "Frau Dr. Brandt" is a woman's.
    title_gender = ""
    count = len(tokens)
    # "1) Ann and Bob" on a line of its own: a list item stands apart, as a sentence.
    first = _list_marker(tokens, 0)
    if first:
        last = tokens[first - 1]
        items.append(Item("end", LIST_ITEM, 0, last.idx + len(last.text)))
        index = first
    special_words = rules.special_words
    familiar_clitics = rules.familiar_clitics
    lower_titles = rules.lower_titles
    contracted_forms = rules.contracted_forms
    asked_clitic_forms = rules.asked_clitic_forms
    # Lower-case writers name people in lower case ("priya shah"); such words are a name
    # only when an address in the same text spells them (see ``_lower_case_name``).
    # An address of an initial and a surname ("mbell@", "m.bell@") spells a surname only.
    initialled: dict[str, set[str]] = {}
    spelled = _address_spellings(tokens, initialled) if "@" in text else {}
    looked_at = _looked_at(rules)
    title_degrees = rules.title_degrees
    contracted_thirds = _contracted_thirds(rules)
    while index < count:
        token_index = index
        token = tokens[index]
        raw, lower, start, _ = token
        if lower not in looked_at and lower not in spelled and lower not in initialled:
            # Most tokens are plain words in lower case, or a comma, a bracket: settled here
            # as the steps below would, none of whose words they are.
            head = raw[0]
            if head.islower() and "@" not in raw and lower[-1] not in _TITLE_MARKS:
                items.append(Item("word", lower, start, start + len(raw)))
                index += 1
                continue
            if len(raw) == 1 and not head.isalnum() and not head.isspace():
                items.append(Item("punct", lower, start, start + 1))
                index += 1
                continue
        if lower in contracted_thirds:
            # "He'd like to be introduced to Rhodri Pugh": the tokenizer keeps "he'd"
            # whole, but it is "he" and "'d", as "He would like ..." is "he" and "would".
            pronoun = lower[:-2]
            kind = "they" if pronoun in rules.plural_third_words else "third"
            cut = start + len(pronoun)
            items += [Item(kind, pronoun, start, cut), Item("word", "'d", cut, start + len(raw))]
            index += 1
            continue
        if (
            titled_at == token_index
            and lower in title_degrees
            and index + 1 < count
            and tokens[index + 1].text == "."
            and not token.space
        ):
            # "Frau Dr. med. dent. Sophie Marchand": a degree after the title, its period
            # no full stop; the name after it is still the titled one.
            index += 2
            titled_at = index
            continue
        if (
            lower in rules.name_honorifics
            and raw == lower
            and items
            and items[-1].kind == "name"
            and text[items[-1].end : start] == " "
        ):
            # "please also introduce Gurpreet ji to Mr. Ajay Malhotra": the respect
            # written after the name is no word between it and the ask's "to".
            index += 1
            continue
        if lower in rules.cluster_thirds and _after_own_me(tokens, index, items, rules):
            # "Tu me le présentes ?", "¿Me la presentas?": "him", "her".
            items.append(Item("third", lower, start, start + len(raw)))
            index += 1
            continue
        if lower in familiar_clitics and _beside_familiar_verb(tokens, index, rules):
            # "Pedro, ¿la puedes presentar a Liesbeth?": "her", not an article.
            items.append(Item("third", lower, start, start + len(raw)))
            index += 1
            continue
        if (
            raw[0].islower()
            and (lower not in special_words or _plain_group_head(tokens, index, rules))
            and "@" not in raw
            and not (_title_word(lower) in lower_titles and _lower_title(tokens, index, rules))
        ):
            # Most tokens are plain lower-case words: settle them first (no space, stop
            # or semicolon starts with a lower-case letter).
            if lower in spelled:
                lowered = _lower_case_name(tokens, index, spelled, rules)
                if lowered is not None:
                    item, index = lowered
                    items.append(item)
                    continue
            if (
                lower in asked_clitic_forms
                and index > 0
                and tokens[index - 1].lower in rules.asked_clitic_leads
            ):
                # "¿Podrías presentarles a Pilar Ortega?": the one written to asked to
                # present "them" to her, as "les présenter à" says.
                items += [
                    Item(
                        "they" if part in rules.plural_third_words else "word",
                        part,
                        start,
                        start + len(raw),
                    )
                    for part in asked_clitic_forms[lower]
                ]
                index += 1
                continue
            if lower in contracted_forms and _contracted_before_person(
                tokens, index, rules, spelled
            ):
                # "presentarme al Sr. Brandt", "al arquitecto Julián Ortega": the personal
                # "a" and the article, as if written "a el".
                items += [
                    Item("word", part, start, start + len(raw)) for part in contracted_forms[lower]
                ]
                index += 1
                continue
            if lower in initialled and items and items[-1].start == tokens[index - 1].idx:
                initial = _initialled_name(tokens, index, initialled, rules)
                if initial is not None:
                    # "marcus bell? mbell@...": the first name read as a word is the name's.
                    items.pop()
                    item, index = initial
                    items.append(item)
                    continue
            items.append(Item("word", lower, start, start + len(raw)))
            index += 1
            continue
        if raw.isspace():
            marker = _list_marker(tokens, index + 1) if "\n" in raw or index == 0 else 0
            if marker:
                last = tokens[index + marker]
                items.append(Item("end", LIST_ITEM, start, last.idx + len(last.text)))
                index += marker + 1
                continue
            if raw.count("\n") >= 2:
                items.append(Item("end", "\n", start, start + len(raw)))
            index += 1
            continue
        if raw == ";" and _between_addressed_names(items, tokens, index, rules):
            # "Elif Kaya <elif@x>; Burak Aydin <burak@y>": a list, as an address line has it.
            items.append(Item("punct", ",", start, start + 1))
            index += 1
            continue
        if raw == "." and _company_form_period(tokens, index, rules):
            # "Wendel Logistik GmbH & Co. KG (a.wendel@...)": the period of "Co." inside a
            # firm's legal form ends no sentence; the address after it still closes the
            # description of the one named before.
            index += 1
            continue
        if raw == "." and _bracketed_abbreviation_period(tokens, index):
            # "mettre Samuel (cf. ci-dessous) en relation avec ...": the period of an
            # abbreviation opening a bracket closed on the same line ends no sentence.
            index += 1
            continue
        if raw == "." and _place_abbreviation_period(tokens, index, rules):
            # "the food pantry at St. Anthony, with ...": the period of an abbreviation
            # inside a place's name ends no sentence.
            index += 1
            continue
        if raw in _SENTENCE_END or raw == "...":
            items.append(Item("end", raw, start, start + len(raw)))
            index += 1
            continue
        if lower in rules.clitic_forms and _clitic_at(tokens, index, items, rules):
            # "presentármelo": the verb, then "a él", as if written in words.
            items += _clitic_items(lower, start, start + len(raw), rules)
            index += 1
            continue
        if titled_at == token_index and _particle_after_title(tokens, index, rules):
            # "M. Le Floc'h souhaiterait ...", "la Sra. De la Fuente": after a title, a
            # particle written with a capital opens the surname, no pronoun nor article.
            item, index = _read_name(tokens, index, rules, spelled, initialled)
            item.titled = True
            item.gender = title_gender
            items.append(item)
            continue
        special = (
            _special_at(tokens, index, rules)
            if lower in special_words and not _title_before_name(tokens, index, rules)
            else None
        )
        if special is not None:
            items.append(special[0])
            index += special[1]
            continue
        if "@" in raw:
            email = raw.removeprefix("mailto:")
            if "@" in email and _is_email(email):
                items.append(Item("email", email.casefold(), start, start + len(raw), email=email))
                index += 1
                continue
        if titled_at == token_index and raw[-1:] == "." and len(raw) == 2 and raw[0].isupper():
            initialled_surname = _initial_after_title(
                text, tokens, index, rules, spelled, initialled
            )
            if initialled_surname is not None:
                # "la Sra. M. Fernández": after a title, a letter is the first name's
                # initial, not "M." for "Monsieur".
                item, index = initialled_surname
                items.append(item)
                continue
        title = _title_word(lower)
        if (
            (title in rules.titles and raw[0].isupper())
            or (title in lower_titles and _lower_title(tokens, index, rules))
            or (lower in rules.cased_titles and _cased_title(tokens, index, rules))
            or (lower in rules.capital_titles and _capital_title(tokens, index, rules))
            or (title in rules.initial_titles and _initial_title(tokens, index, rules))
            or (lower in rules.address_forms and _address_form(tokens, index, rules))
        ):
            # "Dr. Karen Whitfield": the title is neither part of the name nor a full stop.
            gender = _title_gender(lower, rules)
            if gender or titled_at != token_index:
                title_gender = gender
            index += 1
            if index < count and tokens[index].text == "." and not token.space:
                index += 1
            titled_at = index
            continue
        if raw[-1] == "." and raw[0].isupper() and _INITIALS.fullmatch(raw):
            initialled_name = _after_initials(tokens, index, rules, spelled, initialled)
            if initialled_name is not None:
                # "J.-P. Roth", "J. P. Roth": the initials are the name's.
                item, index = initialled_name
                item.titled = titled_at == token_index
                item.gender = title_gender if item.titled else ""
                items.append(item)
                continue
        if (
            _is_name_token(raw, rules)
            or _spelled_first_name(tokens, index, spelled, rules)
            or _slot_first_name(tokens, index, rules)
            or (titled_at == token_index and _hyphened_surname(tokens, index, rules))
        ):
            if _described_noun(tokens, index, rules, spelled):
                # "mit der Physiotherapeutin Katrin Vogt": a noun of the description.
                items.append(Item("word", lower, start, start + len(raw)))
                index += 1
                continue
            if titled_at != token_index and _lone_noun(tokens, index, rules, spelled):
                # "mit einem möglichen Anwender sprechen": a noun, no one named.
                items.append(Item("word", lower, start, start + len(raw)))
                index += 1
                continue
            if titled_at != token_index and _role_before_title(tokens, index, rules):
                # "à Defensora Pública Dra. Fernanda Lacerda": capitalised words right
                # before a title heading a name say what that one is, no one's name.
                items.append(Item("word", lower, start, start + len(raw)))
                index += 1
                continue
            if titled_at != token_index and _attributive_word(tokens, index, rules, spelled):
                # "meet a Swahili translator in Nairobi": what the translator is, no one
                # named.
                items.append(Item("word", lower, start, start + len(raw)))
                index += 1
                continue
            item, index = _read_name(tokens, index, rules, spelled, initialled)
            if (
                item.email is not None
                and item.name
                and item.name.count(" ") >= 2
                and _opens_on_a_verb(tokens, token_index, item)
            ):
                # "Namfahamu Juma Mrisho (juma.mrisho@...)": the sentence's first word,
                # capitalised where it stands, is a verb; the address spells the name
                # after it.
                items.append(Item("word", lower, start, start + len(raw)))
                item, index = _read_name(tokens, token_index + 1, rules, spelled, initialled)
            item.titled = titled_at == token_index
            item.gender = title_gender if item.titled else ""
            if item.email is not None and _after_a_colon(text, item):
                place = _place_of_address(text, items, item, rules)
                if place is not None:
                    # "Seine Adresse steht auf der Vereinsseite: w.brandt@...": the page
                    # is where the address is written, no one's name.
                    items += place
                    continue
            items.append(item)
            continue
        kind = (
            "word"
            if raw[0].isalnum() or (len(raw) > 1 and any(c.isalnum() for c in raw))
            else "punct"
        )
        items.append(Item(kind, lower, start, start + len(raw)))
        index += 1
    _joined_organisations(items, text, rules)
    if "@" in text:
        items = _described_names(items, rules)
        _bracketed_addresses(items, rules)
        _surname_first_names(items, text)
        _called_then_named(items)
    return items


def _joined_organisations(items: list[Item], text: str, rules: Rules) -> None:
    """Read as one name the two halves of an organisation's name joined by a conjunction
    ("Scottish Fire and Rescue Service", "Marsh & Fielding Consulting"): a name of two
    words or more closing on one of ``organisation_words`` or ``organisation_closers``
    after a conjunction and a name, neither opening on a
    listed first name nor written after a title, the first without an address, the three
    written on one line. Two names so read would be two people, and a pair to introduce
    ("introduce the two of them" after "Scottish Fire and Rescue Service: Graeme ...").
    "Ann and Acme Partners", "Mr Lee and Park Consulting" stay two. A mention that took in
    where its one works ("Wakili Brian Otieno wa Otieno", "Dr. Brian Otieno da Otieno")
    takes in the rest of that firm's name so joined too ("& Mwangi Advocates"), no second
    person to meet."""
    at = 0
    while at + 2 < len(items):
        first, joint, last = items[at], items[at + 1], items[at + 2]
        at += 1
        if (
            last.kind != "name"
            or joint.lower not in rules.conjunctions
            or joint.lower == ","
            or first.kind != "name"
            or last.titled
        ):
            continue
        words = (last.name or "").split()
        if _workplace_goes_on(first, last, text, rules):
            items[at - 1 : at + 2] = [
                Item(
                    "name",
                    first.lower,
                    first.start,
                    last.end,
                    first.name,
                    first.email,
                    first.titled,
                    first.gender,
                )
            ]
            continue
        if first.email is not None or first.titled:
            continue
        opening = (first.name or "").split()
        if (
            len(words) < 2
            or not opening
            or words[-1].casefold() not in rules.organisation_words | rules.organisation_closers
            or is_first_name(opening[0])
            or is_first_name(words[0])
            or "\n" in text[first.start : last.start]
        ):
            continue
        name = text[first.start : first.end] + text[first.end : last.start] + (last.name or "")
        items[at - 1 : at + 2] = [
            Item("name", name.casefold(), first.start, last.end, name, last.email)
        ]


def _workplace_goes_on(first: Item, last: Item, text: str, rules: Rules) -> bool:
    """Whether ``last``, after a conjunction, ends the name of where the one ``first``
    names works, taken into ``first`` after a word leading to it ("Brian Otieno wa Otieno
    & Mwangi Advocates", "da Otieno & Mwangi Advogados"): ``last``, two words or more,
    closes on one of ``organisation_words`` or ``organisation_closers``, the three written
    on one line. A firm's partners' names may be first names too ("Mwangi"): after a word
    leading to a workplace, a name closing on a firm's word names none."""
    words = (last.name or "").split()
    said = text[first.start : first.end]
    name = first.name or ""
    if (
        len(words) < 2
        or not name
        or not said.startswith(name)
        or words[-1].casefold() not in rules.organisation_words | rules.organisation_closers
        or "\n" in text[first.start : last.start]
    ):
        return False
    # The words after the name: a word leading to a workplace, then its capitalised name.
    after = said[len(name) :].split()
    leads = rules.possessor_preps | rules.organisation_leads | rules.place_words
    return (
        len(after) >= 2
        and after[0].casefold() in leads
        and all(word[:1].isupper() for word in after[1:])
    )


# An apostrophe right before a capital: where an elided word may be written onto a name.
_ELIDED_CAPITAL = re.compile(r"[a-z]['\u2019][^\W\d_a-z]")


def _split_elisions(tokens: list[Token], rules: Rules) -> list[Token]:
    """``tokens`` with each elided word written onto a name split off it, as if written
    apart: "et d'Inès Haddad" is "et d' Inès Haddad", read as "et de Inès Haddad" (the
    rules' ``elided_forms`` stand for their whole words in every phrasing), and "pour
    qu'Inès rencontre" as "pour que Inès". The elided word is written in lower case and
    opens its token; after a capitalised word it is a particle of the name ("Valéry
    Giscard d'Estaing"), and stays whole."""
    split: list[Token] = []
    for index, token in enumerate(tokens):
        raw = token.text
        cut = raw.find("'")
        if cut < 0:
            cut = raw.find("\u2019")
        if (
            cut > 0
            and raw[0].islower()
            and token.lower[: cut + 1] in rules.elided_words
            and raw[cut + 1 : cut + 2].isupper()
            and raw[cut + 1 :].isalpha()
            and not (index and split[-1].text[:1].isupper() and tokens[index - 1].space)
        ):
            head = cut + 1
            split.append(Token(raw[:head], token.lower[:head], token.idx, False))
            split.append(Token(raw[head:], token.lower[head:], token.idx + head, token.space))
            continue
        split.append(token)
    return split


# A description between a name and an address that closes it ("Herrn Dr. Matthias Vogler
# (Leiter der Abteilung ... der Stadt Leipzig, matthias.vogler@...)"): items it may hold.
MAX_DESCRIBED_ITEMS = 24
_DESCRIPTION_OPENS = frozenset({"(", ",", "-", "\u2013", "\u2014"})
_DESCRIPTION_HALTS = frozenset({"end", "self", "us", "you", "third", "they", "group", "call"})
_LOCAL_WORD_PIECES = re.compile(r"[._+\-\d]+")


def _described_names(items: list[Item], rules: Rules) -> list[Item]:
    """``items`` with each address read with the last name of a description given to the
    one the description is of: "Herrn Dr. Matthias Vogler (Leiter der Abteilung Digitale
    Bildung der Stadt Leipzig, matthias.vogler@...)", "Mr Peter Lindholm, Director of
    Development at the University of Edinburgh (p.lindholm@...)". The address spells a
    word of their name and none of the name it was read with ("Leipzig"); the description
    opens on a bracket, a comma or a dash right after their name, and holds no other
    address, sentence end, pronoun, conjunction, relative clause after a comma ("Paul, der
    Bob kennt"), name after a title
    ("Ann Lee, assistant to Mr Chen (chen@...)", "Ann Lee, CFO, and Bob Ray (lee@...)"
    leave it to the name it was read with). The one described then spans the whole."""
    index = 0
    while index < len(items):
        item = items[index]
        index += 1
        if item.kind != "name" or item.email is None or item.name is None:
            continue
        local = item.email.partition("@")[0].casefold()
        back = _described_at(items, index - 1, local, rules)
        if back < 0 and _bracketed_description(items, index - 1, local):
            if not _spells_name_or_initials(items[index - 3].name or "", local):
                # "Thomas Berger (Schreinerei, info@...)": the address may be the firm's;
                # the word is no one's name, and whose the address is stays to be asked.
                items[index - 1 : index] = _word_then_address(item)
                index += 1
                continue
            back = index - 3
        if back < 0:
            # Most names read with an address close no description: what the address
            # spells of them is not needed.
            continue
        spelled = spelled_words(item.name, local, opening=True)
        described = items[back]
        if (
            spelled
            and not _opens_better(described.name or "", item.name, spelled, local)
            and not _called_by_nickname(items, back, index - 1, local, rules)
        ):
            continue
        end = item.end
        if items[back + 1].lower == "(" and index < len(items) and items[index].lower == ")":
            # The bracket the description opened closes after the address: the mention's.
            end = items[index].end
            index += 1
        items[back:index] = [
            Item(
                "name",
                described.lower,
                described.start,
                end,
                described.name,
                item.email,
                described.titled,
            )
        ]
        index = back + 1
    return items


def _bracketed_addresses(items: list[Item], rules: Rules) -> None:
    """Read a bare address that closes a bracket opened right after a name without one,
    the bracket describing them in words alone, as that name's when it spells it: "o Lucas
    (meu mentorado do programa de ex-alunos da UFPE, lucas.farias@...)", "Lucas (my mentee
    at UFPE, lucas.farias@...)". Written so, name and address are one mention, as "Lucas
    (lucas.farias@...)" is; an address that spells no word of the name ("Thomas Berger
    (Schreinerei, info@...)"), or a bracket naming someone else, a pronoun or a sentence's
    end, leaves them apart."""
    index = 0
    while index + 1 < len(items):
        index += 1
        item = items[index]
        if (
            item.kind != "email"
            or item.email is None
            or index + 1 >= len(items)
            or items[index + 1].lower != ")"
        ):
            continue
        opened = _description_opened(items, index, rules)
        if opened < 1:
            continue
        named = items[opened - 1]
        local = item.email.partition("@")[0].casefold()
        if not named.name or not spelled_words(named.name, local, opening=True):
            continue
        items[opened - 1 : index + 2] = [
            Item(
                "name",
                named.lower,
                named.start,
                items[index + 1].end,
                named.name,
                item.email,
                named.titled,
                named.gender,
            )
        ]
        index = opened - 1


def _description_opened(items: Sequence[Item], at: int, rules: Rules) -> int:
    """Where the bracket opens whose words describe, up to a comma and the address at
    ``at``, the one named right before it without an address, or -1: the bracket holds
    words, and names only no one's ("UFPE"): no address, pronoun, conjunction, end,
    relative clause after a comma, name after a title ("assistant to Mr Chen") or name
    opening on a first name."""
    if items[at - 1].lower not in (",", "-", "\u2013", "\u2014", ":"):
        return -1
    back = at - 2
    while back >= 1 and at - back <= MAX_DESCRIBED_ITEMS:
        before = items[back]
        if before.lower == "(":
            named = items[back - 1]
            described = items[back + 1 : at - 1]
            if (
                named.kind == "name"
                and named.email is None
                and any(item.kind == "word" and item.lower.isalpha() for item in described)
            ):
                return back
            return -1
        if (
            before.kind in _DESCRIPTION_HALTS
            or before.kind == "email"
            or before.lower in (")", "(")
            or (before.lower in rules.conjunctions and before.lower not in (",", "&"))
            or (before.lower in rules.relative_words and items[back - 1].lower == ",")
            or (
                before.kind == "name"
                and (
                    before.email is not None
                    or before.titled
                    or is_first_name((before.name or "").split()[0])
                )
            )
        ):
            return -1
        back -= 1
    return -1


def _bracketed_description(items: Sequence[Item], at: int, local: str) -> bool:
    """Whether the name at ``at``, read with an address of local part ``local``, is one
    word describing the one named right before its bracket: "Pascal Rüegg (Architekt,
    pr@...)", "Pascal Rüegg (Gärtner, pr@...)". German writes what someone does with a
    capital, so the word reads as a name, but the address spells none of it and it is no
    first name: the bracket describes the name before it, which has no address of its
    own. "Rüegg Architektur (Pascal, pr@...)": a first name names the one written to."""
    if at < 2 or at + 1 >= len(items):
        return False
    inner, outer = items[at], items[at - 2]
    word = inner.name or ""
    return (
        items[at - 1].lower == "("
        and items[at + 1].lower == ")"
        and outer.kind == "name"
        and outer.email is None
        and bool(word)
        and " " not in word
        and not is_first_name(word)
        and not spelled_words(word, local, opening=True)
    )


def _spells_name_or_initials(name: str, local: str) -> bool:
    """Whether an address's local part ``local`` spells a word of ``name`` or is its
    initials ("pr" or "p.r" for Pascal Rüegg)."""
    if spelled_words(name, local, opening=True):
        return True
    words = [without_accents(word) for word in name.casefold().replace("-", " ").split()]
    initials = "".join(word[:1] for word in words)
    joined = "".join(piece for piece in _LOCAL_WORD_PIECES.split(local) if piece)
    return len(initials) >= 2 and joined == initials


def _word_then_address(item: Item) -> list[Item]:
    """A one-word name read with an address, as the word and the bare address apart."""
    word = item.name or ""
    email = item.email or ""
    at = item.end - len(email)
    return [
        Item("word", item.lower, item.start, item.start + len(word)),
        Item("email", email.casefold(), at, item.end, None, email),
    ]


def _opens_better(outer: str, inner: str, spelled: set[str], local: str) -> bool:
    """Whether an address read with the name ``inner`` of a description, which it spells
    (``spelled``), is the one the description is of, named ``outer``: it opens on
    ``outer``'s first name or its initial and not on ``inner``'s, and spells no word of
    ``inner`` that ``outer`` lacks, as a firm named after its owner is written ("Herrn
    Thomas Berger (Schreinerei Berger, t.berger@...)", "Ann Lee (Lee & Partners,
    ann@leepartners.example)")."""
    pieces = [piece for piece in _LOCAL_WORD_PIECES.split(local) if piece]
    if not pieces or not outer.split() or not inner.split():
        return False
    folded = outer.casefold().replace("-", " ")
    words = {without_accents(word) for word in folded.split()}
    words |= set(folded.translate(UMLAUTS_SPELLED).split())

    def opens(name: str) -> bool:
        first = without_accents(name.split()[0].casefold())
        head = pieces[0]
        # "thomas.berger", "t.berger", "tberger".
        return head in (first, first[:1]) or (head[:1] == first[:1] and head[1:] in words)

    return opens(outer) and not opens(inner) and spelled <= words


# The fewest letters a first name's stem keeps for a nickname to be read as formed on it.
MIN_NICKNAME_STEM = 3


def _called_by_nickname(
    items: Sequence[Item], back: int, at: int, local: str, rules: Rules
) -> bool:
    """Whether the one-word name at ``at``, right after a comma (and perhaps an article
    of an epithet) after the full name at ``back``, is what that one is called: a
    diminutive formed on their first name's stem ("Márcia Cavalcanti, a Marcinha (...)",
    "Pedro Alves, o Pedrinho", "Juan Pérez, Juanito"), read with an address that spells
    the full name's surname too. A sister's or a friend's first name ("Márcia
    Cavalcanti, a Marcela (...)") forms on no stem of hers and stays another person."""
    outer, inner = items[back].name or "", items[at].name or ""
    words = outer.split()
    between = [item.lower for item in items[back + 1 : at]]
    if len(words) < 2 or " " in inner or between[:1] != [","]:
        return False
    if len(between) > 2 or (len(between) == 2 and between[1] not in rules.epithet_articles):
        return False
    first = without_accents(words[0].casefold())
    stem = first[:-1] if first[-1:] in "aeiou" else first
    called = without_accents(inner.casefold())
    if len(stem) < MIN_NICKNAME_STEM or called == first or not called.startswith(stem):
        return False
    return any(word != first for word in spelled_words(outer, local))


def _called_then_named(items: list[Item]) -> None:
    """Read the name one is called by, then a comma and their full name with an address,
    as one mention of them, named in full: "introduce Zé, José Aparecido Silva
    (ze.silva@...), our master joiner, to ...", "Bob, Robert Smith (bob.smith@...)". The
    address opens on the called name and spells a word of the full name after its first,
    their surname, so both are the address's one person; a called name the address does
    not open on ("Ana, Marcos Silva (marcos.silva@...)") or a surname it does not spell
    ("Zé, Marcos Lima (ze.silva@...)") leaves two people, as a list names them."""
    index = 0
    while index + 2 < len(items):
        called, comma, named = items[index], items[index + 1], items[index + 2]
        index += 1
        if (
            called.kind != "name"
            or called.email is not None
            or not called.name
            or " " in called.name
            or comma.lower != ","
            or named.kind != "name"
            or named.email is None
            or not named.name
            or " " not in named.name
        ):
            continue
        local = named.email.partition("@")[0].casefold()
        pieces = [piece for piece in _LOCAL_WORD_PIECES.split(local) if piece]
        if len(pieces) < 2 or pieces[0] != without_accents(called.name.casefold()):
            continue
        first = without_accents(named.name.split()[0].casefold())
        if not spelled_words(named.name, local) - {first}:
            continue
        items[index - 1 : index + 2] = [
            Item(
                "name",
                named.lower,
                called.start,
                named.end,
                named.name,
                named.email,
                called.titled or named.titled,
                called.gender or named.gender,
            )
        ]


def _surname_first_names(items: list[Item], text: str) -> None:
    """Name each first name written after its surname in capitals, as forms and lists
    write it, by first name and surname when their address spells both ("PÉREZ Andrés
    (andres.perez@...)" is Andrés Pérez, "DUPONT Marie (marie.dupont@...)" Marie Dupont).
    A word in capitals the address does not spell ("CEO Andrés (andres.perez@...)") is
    left out of the name."""
    index = 0
    while index + 1 < len(items):
        index += 1
        item = items[index]
        before = items[index - 1]
        if (
            item.kind != "name"
            or item.email is None
            or item.name is None
            or " " in item.name
            or before.kind != "word"
            or text[before.end : item.start] != " "
        ):
            continue
        surname = text[before.start : before.end]
        if len(surname) < 3 or not surname.isalpha() or not surname.isupper():
            continue
        local = item.email.partition("@")[0].casefold()
        name = f"{item.name} {surname.capitalize()}"
        if len(spelled_words(name, local)) < 2:
            continue
        items[index - 1 : index + 1] = [
            Item("name", name.casefold(), before.start, item.end, name, item.email, item.titled)
        ]


def _described_at(items: Sequence[Item], at: int, local: str, rules: Rules) -> int:
    """Where the one is named whose description closes on the name at ``at``, read with
    the address of local part ``local``, or -1 (see ``_described_names``)."""
    back = at - 1
    while back >= 0 and at - back <= MAX_DESCRIBED_ITEMS:
        before = items[back]
        if (
            before.kind in _DESCRIPTION_HALTS
            or before.email is not None
            or (before.lower in rules.relative_words and items[back - 1].lower == ",")
            or (
                before.lower in rules.conjunctions
                and before.lower not in (",", "&")
                and not _joins_organisation_name(items, back, rules)
            )
        ):
            return -1
        if before.kind == "name":
            spelled = spelled_words(before.name or "", local)
            opener = items[back + 1].lower if back + 1 < at else ""
            # "Prof. Kwame Asante at Edinburgh (k.asante@...)": where one works, after a
            # place word, describes them as a bracket or a comma does; so does a particle
            # after the name it did not join ("Frau Brigitte Oberländer von der Caritas,
            # E-Mail: b.oberlaender@...", "Pieter Dubois de l'étude Dubois (...)").
            if spelled and (
                opener in _DESCRIPTION_OPENS
                or opener in rules.place_words
                or opener in rules.name_particles
                or _placed_workplace(items, back, at, rules)
            ):
                return back
            if spelled or before.titled:
                return -1
        back -= 1
    return -1


def _joins_organisation_name(items: Sequence[Item], at: int, rules: Rules) -> bool:
    """Whether the conjunction at ``at`` joins the words of one organisation's name, a
    name opening on one of ``organisation_words`` before it and a name after it
    ("Fachbereich Kunst und Kultur", "Department of Arts and Culture"), so no one else."""
    # "et de la Culture": a name after the conjunction, perhaps past a word or two.
    ahead = at + 1
    while ahead < len(items) and ahead <= at + 2 and items[ahead].kind == "word":
        ahead += 1
    if at < 1 or ahead >= len(items) or items[ahead].kind != "name":
        return False
    # "Department of Arts and Culture": the name opening it may stand a few words back.
    for back in range(at - 1, max(at - MAX_ORGANISATION_ITEMS, 0) - 1, -1):
        before = items[back]
        if before.kind not in ("name", "word") or before.email is not None:
            return False
        words = (before.name or "").split() if before.kind == "name" else ()
        if words and _opens_organisation(words[0].casefold(), rules):
            return True
    return False


# How far back from a conjunction the name of the organisation it is a part of may open.
MAX_ORGANISATION_ITEMS = 5


def _placed_workplace(items: Sequence[Item], back: int, at: int, rules: Rules) -> bool:
    """Whether the name at ``at`` is where the workplace named after the one at ``back``
    is: a particle opens the workplace, before one of ``place_words`` or an
    organisation's name ("Stéphane Roy de chez Emballages Roy à Victoriaville (...)",
    "Esteban Roy de Embalajes Roy en Valencia (...)", "Stefan Roy von Roy Verpackungen
    aus Villach (...)"), and a word saying where (``place_words``,
    ``organisation_places``, ``description_places``: "à", "en", "aus") comes right before
    that name, one word with no title and no first name ("à Victor (...)" names someone
    asked for: "à" is also the ask's "to"). "de" and "von" read alone as "from" a firm,
    so the place closes the description as "at" or "chez" opening it would."""
    opened = back + 2
    if opened >= at or items[back + 1].lower not in rules.name_particles:
        return False
    workplace = items[opened]
    if workplace.kind != "name" and workplace.lower not in rules.place_words:
        return False
    placed = items[at]
    where = items[at - 1].lower
    return (
        at - 1 > back + 1
        and " " not in (placed.name or " ")
        and not placed.titled
        and not is_first_name(placed.name or "")
        and (
            where in rules.place_words
            or where in rules.organisation_places
            or where in rules.description_places
        )
    )


def spelled_words(name: str, local: str, opening: bool = False) -> set[str]:
    """The words of ``name`` an address's local part spells: a word of three letters or
    more as a piece of it ("brenner" of "m.brenner"), or after a first name's initial
    ("ibeltran" for Ignacio Beltrán, "o.adeyemi" for Olusegun Adeyemi), a surname with
    its particle written together ("legoff" for Yannick Le Goff), the halves of a
    hyphenated name written together ("shellyann" for Shelly-Ann Joseph); with
    ``opening``, one it
    opens on too ("acme" of "acmefoundation@")."""
    folded = name.casefold().replace("-", " ")
    plain = [without_accents(word) for word in folded.split()]
    words = plain + [
        word for word in folded.translate(UMLAUTS_SPELLED).split() if word not in plain
    ]
    if not words:
        return set()
    pieces = [piece for piece in _LOCAL_WORD_PIECES.split(local) if piece]
    joined = "".join(pieces)
    found = {word for word in words if len(word) >= 3 and word in pieces}
    initial = words[0][:1]
    found |= {word for word in words[1:] if len(word) >= 3 and joined == initial + word}
    # The same as one piece beside others ("mgil.fisio"), and the whole name written
    # together ("marcosgil.fisio" for Marcos Gil).
    found |= {word for word in words[1:] if len(word) >= 3 and initial + word in pieces}
    if len(plain) > 1 and "".join(plain) in pieces:
        found |= {word for word in plain if len(word) >= 3}
    # A hyphenated name written together: "shellyann" for Shelly-Ann Joseph, "jeanluc"
    # for Jean-Luc Roth; each half alone may be a common word, the two together are hers.
    for word in name.casefold().split():
        parts = [without_accents(part) for part in word.split("-") if part]
        if len(parts) > 1 and "".join(parts) in pieces:
            found |= {part for part in parts if len(part) >= 3}
    # A surname with its particle written together: "legoff" for Yannick Le Goff,
    # "vanderberg" for Ilse van der Berg.
    found |= {plain[-1] for at in range(1, len(plain) - 1) if "".join(plain[at:]) in pieces}
    if opening:
        found |= {word for word in words if len(word) >= 3 and joined.startswith(word)}
    return found


# Initials written before a surname: "J.", "J.-P.", "J.P.".
_INITIALS = re.compile(r"(?:[^\W\d_]\.-?)+")


def _after_initials(
    tokens: Sequence[Token],
    index: int,
    rules: Rules,
    spelled: dict[str, list[tuple[str, str]]],
    initialled: dict[str, set[str]],
) -> tuple[Item, int] | None:
    """The name opening on the initials at ``index`` ("J.-P. Roth", "J. P. Roth"): one
    to three tokens of initials, each before a space, then a surname alone and their
    address, which opens on the first initial ("jp.roth@..."). A postscript's mark
    ("P.S.", "N.B.") or a title ("M." is the French "Monsieur", read as one before) opens
    no name."""
    cursor = index
    while cursor < len(tokens) and cursor - index < 3:
        token = tokens[cursor]
        if not (token.space and token.text[0].isupper() and _INITIALS.fullmatch(token.text)):
            break
        if token.text in postscript_marks() or _title_word(token.lower) in rules.titles:
            return None
        cursor += 1
    if cursor == index or cursor >= len(tokens) or not _is_name_token(tokens[cursor].text, rules):
        return None
    item, after = _read_name(tokens, cursor, rules, spelled, initialled)
    if item.name is None or " " in item.name:
        # "de parte de D. Ignacio Beltrán": before a first name and a surname, a letter
        # is a title's abbreviation ("D." for "Don") as often as an initial.
        return None
    initials = " ".join(token.text for token in tokens[index:cursor])
    if item.email is None or item.email[:1].casefold() != initials[:1].casefold():
        # "J. Medina" signing a quoted offer: without their own address, opening on the
        # first initial, to bear them out, the initials are left to the signature.
        return None
    name = f"{initials} {item.name}"
    named = Item("name", name.casefold(), tokens[index].idx, item.end, name=name, email=item.email)
    return named, after


def _initial_after_title(
    text: str,
    tokens: Sequence[Token],
    index: int,
    rules: Rules,
    spelled: dict[str, list[tuple[str, str]]],
    initialled: dict[str, set[str]],
) -> tuple[Item, int] | None:
    """The name of the initial at ``index``, right after a title, and the surname alone
    after it ("la Sra. M. Fernández", "Dr. J. Medina", "Herr K. Weber"), read as written,
    titled; None before a first name and a surname or no name, and where the text names
    one of that surname by a first name of that initial ("Professor H. Ambrose" signing
    a mail about Professor Hugh Ambrose is him, read as before)."""
    after = index + 1
    if not tokens[index].space or after >= len(tokens):
        return None
    if not _is_name_token(tokens[after].text, rules):
        return None
    item, end = _read_name(tokens, after, rules, spelled, initialled)
    if item.name is None or " " in item.name:
        return None
    initial = re.escape(tokens[index].text[0])
    if re.search(rf"\b{initial}[^\W\d_]+\s+{re.escape(item.name)}\b", text):
        return None
    name = f"{tokens[index].text} {item.name}"
    start = tokens[index].idx
    return Item("name", name.casefold(), start, item.end, name, item.email, True), end


def _after_a_colon(text: str, item: Item) -> bool:
    """Whether the address of the name ``item`` follows a colon or a dash."""
    at = text.rfind(item.email or "", item.start, item.end)
    return at > item.start and text[item.start : at].rstrip()[-1:] in (":", "-", "\u2013")


def _place_of_address(
    text: str, items: Sequence[Item], item: Item, rules: Rules
) -> list[Item] | None:
    """The word and the address that ``item``, a name read with its address after a
    colon, stands for when its sentence up to the address is one of the rules'
    ``address_lead_places`` ("Seine Adresse steht auf der Vereinsseite:"), else None."""
    at = text.rfind(item.email or "", item.start, item.end)
    start = len(items)
    while start > 0 and items[start - 1].kind != "end":
        start -= 1
    opening = items[start].start if start < len(items) else item.start
    if not rules.address_place_re.fullmatch(normal_text(text[opening:at])):
        return None
    name = item.name or ""
    return [
        Item("word", name.casefold(), item.start, item.start + len(name)),
        Item("email", (item.email or "").casefold(), at, item.end, email=item.email),
    ]


def _title_gender(lower: str, rules: Rules) -> str:
    """The gender a title gives, "f", "m" or none: "Frau", "Mrs", "Sra." a woman's, and
    the Portuguese abbreviation with its feminine ordinal mark ("Sr.ª", "Dr.ª") too."""
    if lower.rstrip(".").endswith("\u00aa"):
        return "f"
    return rules.title_genders.get(_title_word(lower), "")


# What a title may end on: a period ("dr."), an ordinal mark ("eng.º", "drª").
_TITLE_MARKS = frozenset({".", "\u00ba", "\u00aa"})


def _title_word(lower: str) -> str:
    """A title as the rules list it: "dr." is "dr", and the Portuguese abbreviations
    written with an ordinal mark "eng.º", "prof.ª", "drª" are "eng", "prof", "dr"."""
    if lower[-1:] not in _TITLE_MARKS:
        # Most words end on neither mark: each token's word is looked at, once or more.
        return lower
    bare = lower.rstrip(".")
    if bare[-1:] in ("\u00ba", "\u00aa"):
        return bare[:-1].rstrip(".")
    return bare


def _lower_title(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether one of the rules' ``lower_titles`` typed in lower case is a title where it
    stands: a name written with a capital right after it, its period perhaps between
    ("mit herrn Brandt vom bauamt", "à madame Roux", "com a dona Fátima", "mr. Okafor");
    alone or before a word in lower case ("la madame du 3e") it is none."""
    after = index + 1
    if after < len(tokens) and tokens[after].text == "." and not tokens[index].space:
        after += 1
    return (
        bool(tokens[index].space or after > index + 1)
        and after < len(tokens)
        and _is_name_token(tokens[after].text, rules)
    )


def _initial_title(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether one of the rules' ``initial_titles`` is a title where it stands: a capital
    letter and its period before one name alone that is a listed first name ("à D.
    Amélia", "a D. Joaquín"), or the letter with an ordinal mark ("D.ª", "Dª");
    before a surname ("D. Cardoso") or a first name and a
    surname ("D. Ignacio Beltrán") the letter may be an initial, and is read as before."""
    text = tokens[index].text
    if text[-1:] in ("\u00aa", "\u00ba") and text[:1].isupper():
        # "D.ª Beatriz Olabarría", "Dª Lúcia": the ordinal mark writes "Doña", "Dona",
        # "Dom" out, never an initial, before any name.
        return True
    after = index + 1
    if text[-1:] != ".":
        # "D" and its period as two tokens, written together.
        if after >= len(tokens) or tokens[after].text != "." or tokens[index].space:
            return False
        after += 1
    if not text[:1].isupper() or after >= len(tokens) or not tokens[after - 1].space:
        return False
    name = tokens[after].text
    if not _is_name_token(name, rules) or not is_first_name(name):
        return False
    following = after + 1
    return not (
        tokens[after].space
        and following < len(tokens)
        and _is_name_token(tokens[following].text, rules)
    )


def _cased_title(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether one of the rules' ``cased_titles`` is a title where it stands: written with
    a capital and lower case, a capitalised name after it ("le Pr Jean-Baptiste Kouyaté"),
    never in capitals ("PR") nor alone."""
    text = tokens[index].text
    after = index + 1
    return (
        text[:1].isupper()
        and text[1:].islower()
        and tokens[index].space
        and after < len(tokens)
        and _is_name_token(tokens[after].text, rules)
    )


def _capital_title(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether one of the rules' ``capital_titles`` is a title where it stands: written
    in capitals, a capitalised name right after it ("Herrn DI Florian Gruber", "DI Dr.
    Eva Lang"), never "Di" (a particle: "Luca Di Stefano") nor a word alone."""
    text = tokens[index].text
    after = index + 1
    return (
        text.isupper()
        and tokens[index].space
        and after < len(tokens)
        and (
            _is_name_token(tokens[after].text, rules)
            or _title_word(tokens[after].lower) in rules.titles
        )
    )


def _address_form(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether one of the rules' ``address_forms`` is a title where it stands: written
    with a capital and lower case before a first name and a surname ("o Seu Valdemar
    Rezende", "Sista Agnes Massawe", "Frère Jean-Marc Dubois"); before one name alone
    ("Mama Juma", "Seu Zé") it is how that one is called, and stays in the name."""
    if not _cased_title(tokens, index, rules):
        return False
    first = index + 1
    if first + 2 < len(tokens) and tokens[first + 1].text == "-" and not tokens[first].space:
        first += 2  # "Jean-Marc"
    after = first + 1
    return (
        after < len(tokens)
        and bool(tokens[first].space)
        and (
            _is_name_token(tokens[after].text, rules) or tokens[after].lower in rules.name_particles
        )
    )


def _particle_after_title(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether the token at ``index``, right after a title, is a particle written with a
    capital that opens a surname: particles ("De la", "Van den") and then a name written
    with a capital ("M. Le Floc'h", "Mme Le Bras", "Sra. De la Fuente"); a title written
    in capitals that is a particle too ("DI") is the title."""
    text, lower = tokens[index].text, tokens[index].lower
    if not text[:1].isupper() or lower not in rules.name_particles:
        return False
    if text.isupper() and lower in rules.capital_titles:
        # "Herrn DI Florian Gruber": the Austrian degree, written in capitals, no "Di".
        return False
    after = index + 1
    while after < len(tokens) and tokens[after].lower in rules.name_particles:
        after += 1
    return after < len(tokens) and _is_name_token(tokens[after].text, rules)


def _title_before_name(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether a pronoun that is also a title, written with a capital, is the title: a
    name follows it ("avec Me Geneviève Tremblay-Lachance", the Québec notary's "Maître"),
    where the pronoun is written in lower case or before a verb ("pouvais me mettre",
    "Me gustaría")."""
    token = tokens[index]
    if token.lower not in rules.titles or not token.text[0].isupper() or token.text.isupper():
        return False
    after = index + 1
    return token.space and after < len(tokens) and _is_name_token(tokens[after].text, rules)


def _opens_on_a_verb(tokens: Sequence[Token], index: int, item: Item) -> bool:
    """Whether the name ``item`` read from ``index`` opens its sentence on a word that is
    no part of it: the address written with it spells each word of the name after the
    first, and nothing else, and not the first ("Namfahamu Juma Mrisho
    (juma.mrisho@...)", Swahili for "I know him"; "Kenne Anna Berger
    (anna.berger@...)"). Capitalised only for standing first, that word is no first
    name. Mid-sentence, or with an address that leaves out a word after the first, the
    name is read whole ("with Mary Ann Smith (ann.smith@...)", "Juma Mrisho Ali")."""
    if index:
        before = tokens[index - 1].text
        if not (before in _SENTENCE_END or before in (":", "!", "?") or before.isspace()):
            return False
    email = item.email or ""
    pieces = [piece for piece in _LOCAL_PIECES.split(email.partition("@")[0].casefold()) if piece]
    words = [without_accents(word) for word in (item.name or "").casefold().split()]
    return len(words) >= 3 and pieces == words[1:] and words[0] not in pieces


# How many capitalised words a role written before a title may run to: "Defensora
# Pública", "Public Defender", "County Safeguarding Officer".
MAX_ROLE_BEFORE_TITLE_WORDS = 3


def _role_before_title(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether the capitalised word at ``index`` opens or goes on with a role written
    right before a title and its period that head a name ("Defensora Pública Dra.
    Fernanda Lacerda", "Public Defender Dr. Ann Lee"): up to three capitalised words, the
    first at ``index`` no listed first name, then the title with its period, then a
    name. A first name before the title ("Mary St. Clair") is a name going on."""
    if is_first_name(tokens[index].text):
        return False
    k = index
    while k < len(tokens) and k - index < MAX_ROLE_BEFORE_TITLE_WORDS:
        word = _title_word(tokens[k].lower)
        if word in rules.titles or word in rules.lower_titles:
            break
        if not _is_name_token(tokens[k].text, rules):
            return False
        k += 1
    if k == index or k + 2 >= len(tokens):
        return False
    word = _title_word(tokens[k].lower)
    if word not in rules.titles and word not in rules.lower_titles:
        return False
    if not tokens[k].text[:1].isupper() or tokens[k + 1].text != ".":
        return False
    return _is_name_token(tokens[k + 2].text, rules)


def _described_noun(
    tokens: Sequence[Token],
    index: int,
    rules: Rules,
    spelled: dict[str, list[tuple[str, str]]],
) -> bool:
    """Whether the capitalised word at ``index``, before a name, is a noun of a German
    description rather than part of the name: German capitalises every noun, and a
    determiner before the word makes it one ("unsere Torhüterin Lea Hoffmann", "mit der
    Physiotherapeutin Katrin Vogt", "meiner Tochter Mia"). A determiner opening the
    sentence is a word too ("Unsere Torhüterin ...").

    After a definite article, which speech also puts before a first name ("mit der
    Katrin Vogt"), the word is a noun only when a first name and a surname follow it;
    a word an address of the text spells is a first name ("der Katrin Vogt
    (katrin.vogt@...)"). With no name after it, the word is left as it was read.
    """
    token = tokens[index]
    # Most names follow no determiner and are none: settled by set lookups first.
    previous = tokens[index - 1].lower if index else ""
    noun_determiners, name_articles = rules.noun_determiners, rules.name_articles
    if not (
        token.lower in noun_determiners
        or previous in noun_determiners
        or token.lower in name_articles
        or previous in name_articles
    ):
        return False
    after = index + 1
    if after >= len(tokens) or not token.space or not _is_name_token(tokens[after].text, rules):
        return False
    if token.lower in rules.noun_determiners or token.lower in rules.name_articles:
        return True
    before = tokens[index - 1] if index else None
    if before is None or not before.space:
        return False
    if before.lower in rules.name_articles:
        following = after + 1
        if not (
            tokens[after].space
            and following < len(tokens)
            and _is_name_token(tokens[following].text, rules)
        ):
            return False
    elif before.lower not in rules.noun_determiners:
        return False
    return without_accents(token.lower) not in spelled


def _lone_noun(
    tokens: Sequence[Token],
    index: int,
    rules: Rules,
    spelled: dict[str, list[tuple[str, str]]],
) -> bool:
    """Whether the capitalised word at ``index`` is a German noun standing alone after
    one of ``noun_determiners`` (an indefinite article, a possessive) and the words in
    lower case between them ("mit einem möglichen Anwender sprechen", "mit meinem
    Anwalt"): no name follows it, and it is no listed first name nor a word an address of
    the text spells. A capitalised noun between them leaves it a name ("meinem Kollegen
    Huber"); so does a determiner that is also a pronoun ("könnt ihr Huber ...")."""
    token = tokens[index]
    if not token.text[:1].isupper() or is_first_name(token.text):
        return False
    after = index + 1
    if after < len(tokens) and token.space and _is_name_token(tokens[after].text, rules):
        return False
    cursor = index - 1
    while cursor >= 0 and index - cursor <= MAX_NOUN_ADJECTIVES + 1:
        before = tokens[cursor]
        if not before.space:
            return False
        if before.lower in rules.noun_determiners:
            return (
                before.lower not in rules.object_pronouns
                and without_accents(token.lower) not in spelled
            )
        if not (before.text.isalpha() and before.text.islower()):
            return False
        cursor -= 1
    return False


def _attributive_word(
    tokens: Sequence[Token],
    index: int,
    rules: Rules,
    spelled: dict[str, list[tuple[str, str]]],
) -> bool:
    """Whether the capitalised word at ``index`` says what kind of one an English noun
    after it is, one of ``attributive_articles`` before it, an indefinite article and the
    English word before that ("meet a Swahili translator in Nairobi", "to an Acme
    engineer", "with a German lawyer"): a single capitalised word, no
    listed first name nor a word an address of the text spells, followed by a word in
    lower case that is no word of the rules joining or placing people ("to a Silva and
    Carol Diaz" stays a name)."""
    if index < 2 or index + 1 >= len(tokens):
        return False
    lead, before, token = tokens[index - 2], tokens[index - 1], tokens[index]
    if not (before.space and token.space):
        return False
    if (lead.lower, before.lower) not in rules.attributive_articles or not lead.space:
        return before.lower in rules.appositive_determiners and _described_apposition(
            tokens, index, rules, spelled
        )
    return _describing_word(tokens, index, rules, spelled)


def _described_apposition(
    tokens: Sequence[Token],
    index: int,
    rules: Rules,
    spelled: dict[str, list[tuple[str, str]]],
) -> bool:
    """Whether the capitalised word at ``index``, after one of ``appositive_determiners``
    ("the", "our"), describes the noun in lower case after it, a name following that noun
    ("to the Catalan translator Laia Ferrer", "our Acme account manager Tom Hall"): one or
    two words in lower case, then a name; with no name after them, the word is left as it
    was read ("to the Okafor twins")."""
    cursor = index + 1
    while (
        cursor < len(tokens)
        and cursor - index <= MAX_APPOSITION_NOUNS
        and tokens[cursor].space
        # "the Foundation for Rural Health": a word of the language's own ("for") goes on
        # with the name, and is no noun it describes.
        and tokens[cursor].lower not in _english_small_words()
        and _describing_word(tokens, index, rules, spelled, cursor)
    ):
        cursor += 1
    return (
        cursor > index + 1
        and cursor < len(tokens)
        and tokens[cursor - 1].space
        and _is_name_token(tokens[cursor].text, rules)
    )


@lru_cache(maxsize=1)
def _english_small_words() -> frozenset[str]:
    """English's common words ("for", "of"), read once: no noun a capitalised word
    describes."""
    return stop_words("en")


# The words in lower case of the noun a capitalised word describes before a name ("the
# Catalan literary translator Laia Ferrer").
MAX_APPOSITION_NOUNS = 2


def _describing_word(
    tokens: Sequence[Token],
    index: int,
    rules: Rules,
    spelled: dict[str, list[tuple[str, str]]],
    noun: int = 0,
) -> bool:
    """Whether the word in lower case at ``noun`` (by default right after ``index``) is
    what the capitalised word at ``index`` describes: a word of three letters or more
    that is no word of the rules joining or placing people, the capitalised word no
    listed first name nor a word an address of the text spells."""
    after = tokens[noun or index + 1]
    token = tokens[index]
    if not (after.text.isalpha() and after.text.islower() and len(after.text) > 2):
        return False
    if is_first_name(token.text) or without_accents(token.lower) in spelled:
        return False
    # "with a Mensah and his brother", "to a Silva who ...": the word after the name
    # joins, places or describes it, so it may be one (a Ghanaian family's, say).
    return not any(
        after.lower in words
        for words in (
            rules.conjunctions,
            rules.place_words,
            rules.description_places,
            rules.organisation_places,
            rules.other_party_preps,
            rules.relative_words,
            rules.possessor_preps,
            rules.name_particles,
            rules.noun_determiners,
            rules.object_pronouns,
        )
    )


# The adjectives in lower case a German determiner may put before its noun ("einem
# möglichen Anwender", "einer sehr erfahrenen Beraterin").
MAX_NOUN_ADJECTIVES = 3


def _address_spellings(
    tokens: Sequence[Token], initialled: dict[str, set[str]]
) -> dict[str, list[tuple[str, str]]]:
    """Each piece of an address's local part ("priya" in "priya.shah@x.in") mapped to the
    addresses' (local part, first domain label) it is part of; ``initialled`` gets each
    surname a local part of letters may be with an initial before it ("bell" of "mbell",
    "m.bell") and those initials."""
    spelled: dict[str, list[tuple[str, str]]] = {}
    for token in tokens:
        candidate = token.lower.removeprefix("mailto:")
        if "@" not in candidate or not _is_email(candidate):
            continue
        local, _, domain = candidate.partition("@")
        label = domain.partition(".")[0]
        pieces = _LOCAL_PIECES.split(local)
        for piece in pieces:
            if len(piece) >= 2:
                spelled.setdefault(piece, []).append((local, label))
        if len(pieces) == 2 and len(pieces[0]) == 1:
            pieces = [pieces[0] + pieces[1]]
        whole = pieces[0]
        if len(pieces) == 1 and len(whole) >= 4 and whole.isalpha():
            initialled.setdefault(whole[1:], set()).add(whole[0])
    return spelled


# What may stand between a name in lower case and the address that spells it: "marcus
# bell? mbell@...", "marcus bell - mbell@...".
_MAX_GAP_TO_ADDRESS = 3
# The marks that may open an address written right after a name.
_ADDRESS_OPENERS = frozenset({"(", "<", "[", ":", "-", " "})


def _initialled_name(
    tokens: Sequence[Token], index: int, initialled: dict[str, set[str]], rules: Rules
) -> tuple[Item, int] | None:
    """A first name and surname in lower case ending at ``index`` ("marcus bell") when
    the address right after them, with only punctuation between, is the first name's
    initial and the surname ("mbell@...", "m.bell@..."): that address bears out both
    words, as "priya.shah@..." does for "priya shah". An address further on, or one
    another word stands before, leaves both words as they are."""
    first, surname = tokens[index - 1], tokens[index]
    if not (first.space and first.text.isalpha() and first.text.islower()):
        return None
    words = (first.lower, surname.lower)
    if len(first.lower) < 2 or first.lower[0] not in initialled[surname.lower]:
        return None
    if not surname.text.isalpha() or any(
        word in rules.stop_names or word in rules.literals or word in rules.special_words
        for word in words
    ):
        return None
    probe = index + 1
    while probe < len(tokens) and probe - index <= _MAX_GAP_TO_ADDRESS:
        text = tokens[probe].text
        if "@" in text:
            local = text.removeprefix("mailto:").casefold().partition("@")[0]
            if "".join(_LOCAL_PIECES.split(local)) != first.lower[0] + surname.lower:
                return None
            return _named(tokens, first.idx, index, f"{first.text} {surname.text}")
        if any(char.isalnum() for char in text):
            return None
        probe += 1
    return None


def _lower_case_name(
    tokens: Sequence[Token],
    index: int,
    spelled: dict[str, list[tuple[str, str]]],
    rules: Rules,
) -> tuple[Item, int] | None:
    """A name in lower case an address in the text bears out: a first name and surname,
    else a first name alone with its own address right after it, perhaps with a surname
    between."""
    found = _lower_case_full_name(tokens, index, spelled, rules)
    return (
        found
        or _addressed_first_name(tokens, index, spelled, rules)
        or _addressed_full_name(tokens, index, spelled, rules)
    )


def _lower_case_full_name(
    tokens: Sequence[Token],
    index: int,
    spelled: dict[str, list[tuple[str, str]]],
    rules: Rules,
) -> tuple[Item, int] | None:
    """A first name and surname written in lower case ("priya shah") when one address in
    the text spells both: the first name in its local part, the surname there too or
    opening its domain ("priya@shahlabs.in", "priya.shah@x.com", "oskar@lind.se"), an
    umlaut of the surname perhaps spelled out there ("jens schröder" and
    "jens.schroeder@...").

    One word alone, or two the address does not both bear out, stay words: a lower-case
    word is read as a person only on evidence, never guessed ("sales", "team").
    """
    first = tokens[index]
    after = index + 1
    if after >= len(tokens) or not first.space:
        return None
    second = tokens[after]
    surname = second.lower
    if not (first.text.isalpha() and second.text.isalpha() and second.text.islower()):
        return None
    if len(surname) < 2 or surname in rules.special_words or surname in rules.stop_names:
        return None
    if first.lower in rules.stop_names or first.lower in rules.literals:
        return None
    # "jens schröder" and "jens.schroeder@...": an address spells an umlaut out.
    spellings = {surname, without_accents(surname), surname.translate(_UMLAUTS_SPELLED)}
    for local, label in spelled[first.lower]:
        if not spellings.isdisjoint(_LOCAL_PIECES.split(local)) or any(
            label.startswith(spelling) for spelling in spellings
        ):
            name = f"{first.text} {second.text}"
            return _named(tokens, first.idx, after, name)
    return None


_UMLAUTS_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _addressed_first_name(
    tokens: Sequence[Token],
    index: int,
    spelled: dict[str, list[tuple[str, str]]],
    rules: Rules,
) -> tuple[Item, int] | None:
    """A first name alone in lower case with its own address right after it, only an
    opening mark between ("ximena (ximena@estudiocaracol.com.ar)", "ana <ana@x.com>"):
    the address's whole local part is the word, which bears it out as a name."""
    first = tokens[index]
    word = first.lower
    if not first.text.isalpha() or len(word) < 3:
        return None
    if word in rules.stop_names or word in rules.literals or word in rules.special_words:
        return None
    if word in rules.mailbox_words:
        # "sales (sales@x.com)": a shared mailbox, no one's first name.
        return None
    if all(local != word for local, _ in spelled[word]):
        return None
    probe = index + 1
    while probe < len(tokens) and probe - index <= _MAX_GAP_TO_ADDRESS:
        text = tokens[probe].text
        if "@" in text:
            if text.removeprefix("mailto:").casefold().partition("@")[0] != word:
                return None
            return _named(tokens, first.idx, index, first.text)
        if text not in _ADDRESS_OPENERS:
            return None
        probe += 1
    return None


# The marks that may stand between a name in lower case and its address: "priya sharma -
# priya@...", "omar khan, omar@...", "ana lima (ana@...)".
_FULL_NAME_OPENERS = frozenset({"(", "<", "[", ":", "-", "\u2013", "\u2014", ",", " "})


def _addressed_full_name(
    tokens: Sequence[Token],
    index: int,
    spelled: dict[str, list[tuple[str, str]]],
    rules: Rules,
) -> tuple[Item, int] | None:
    """A first name and surname in lower case with the first name's own address right
    after them, only a mark between ("priya sharma - priya@loomcraft.io", "omar khan,
    omar@khanventures.com"): the address's whole local part is the first name, which
    bears out both words as a name. A surname that is a word of the rules ("priya
    tomorrow - priya@...", "priya and - ...") or an address further on leaves both
    words as they are."""
    first = tokens[index]
    word = first.lower
    after = index + 1
    if after >= len(tokens) or not first.space or not first.text.isalpha() or len(word) < 3:
        return None
    if all(local != word for local, _ in spelled[word]):
        return None
    second = tokens[after]
    surname = second.lower
    if not (second.text.isalpha() and second.text.islower() and len(surname) >= 2):
        return None
    if any(
        piece in rules.stop_names or piece in rules.literals or piece in rules.special_words
        for piece in (word, surname)
    ):
        return None
    if word in rules.mailbox_words or surname in rules.mailbox_words:
        # "sales team - sales@x.com": a shared mailbox, no one's name.
        return None
    probe = after + 1
    while probe < len(tokens) and probe - after <= _MAX_GAP_TO_ADDRESS:
        text = tokens[probe].text
        if "@" in text:
            if text.removeprefix("mailto:").casefold().partition("@")[0] != word:
                return None
            return _named(tokens, first.idx, after, f"{first.text} {second.text}")
        if text not in _FULL_NAME_OPENERS and not text.isspace():
            return None
        probe += 1
    return None


def _spelled_first_name(
    tokens: Sequence[Token],
    index: int,
    spelled: dict[str, list[tuple[str, str]]],
    rules: Rules,
) -> bool:
    """Whether a capitalised word that is also a common word ("Ravi", French for
    delighted; "Julio", July) opens a name: a capitalised surname follows and one address
    in the text spells both, as for a name in lower case ("Ravi Kumar (ravi@kumarbio.in)",
    "Julio Ramírez (julio.ramirez@...)", its accent left out), or mid-sentence the first
    name alone ("with Ravi Kumar ... ravi@coldline.io"); or one or two capitalised names
    follow and an address is the initials of the first names then the surname ("Julio
    César Paredes <jcparedes.matematica@...>"; one initial only before a first name)."""
    first = tokens[index]
    after = index + 1
    if after >= len(tokens) or not first.space:
        return False
    if not (first.text.isalpha() and first.text[0].isupper() and first.text[1:].islower()):
        return False
    if first.lower in rules.special_words:
        return False
    # A word the patterns read ("Sana", Swahili for very, in "nitashukuru sana
    # kutambulishwa") opens a name only on the strongest evidence: one address spelling
    # both it and the surname ("Sana Mirza (sana.mirza@...)").
    literal = first.lower in rules.literals
    second = tokens[after]
    if not _is_name_token(second.text, rules):
        return False
    # An umlaut is written plain or spelled out in an address ("Uwe Strässle
    # (uwe.straessle@...)": "Uwe" is Swahili for "be").
    surnames = {
        without_accents(second.lower),
        without_accents(second.lower.translate(UMLAUTS_SPELLED)),
    }
    if first.lower not in spelled:
        return not literal and (
            _initials_spelled(tokens, index, spelled, rules)
            or any(_short_form_spelled(first.lower, surname, spelled) for surname in surnames)
        )
    if literal:
        return any(
            not surnames.isdisjoint(_LOCAL_PIECES.split(local)) for local, _ in spelled[first.lower]
        )
    # Mid-sentence ("you worked with Ravi Kumar at Coldline ... ravi@coldline.io"), an
    # address that is the first name alone bears it out: the word is capitalised where
    # a common word would not be.
    previous = tokens[index - 1] if index else None
    mid_sentence = previous is not None and previous.text.isalpha() and previous.text.islower()
    return any(
        not surnames.isdisjoint(_LOCAL_PIECES.split(local))
        or label.startswith(tuple(surnames))
        or (mid_sentence and local == first.lower)
        for local, label in spelled[first.lower]
    )


def _slot_first_name(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether a capitalised word that is a common word and a first name both ("Ravi",
    French for delighted; "Ella", Spanish for she; "Julio", July) is the name, by where
    it stands: mid-sentence, where the common word is written in lower case, right after
    a word leading to a person ("to", "with", "and", "a", "mit", "na") and before no word
    in lower case that goes on with it ("introduce Felix to Ravi?", "with Ella and
    Tom"), or before a capitalised surname ("to Ravi Menon"). "Ravi de vous lire" at a
    sentence's start and "en Julio de 2025" stay words."""
    first = tokens[index]
    if not (first.text.isalpha() and first.text[0].isupper() and first.text[1:].islower()):
        return False
    if first.lower not in rules.stop_names or not is_first_name(first.lower):
        return False
    if first.lower in rules.literals or first.lower in rules.special_words or not index:
        return False
    previous = tokens[index - 1].text
    if not (previous.isalpha() and previous.islower()):
        return False
    leading = rules.other_party_preps | rules.conjunctions
    after = index + 1
    following = tokens[after].text if after < len(tokens) else ""
    if following and _is_name_token(following, rules):
        return True
    if previous not in leading:
        return False
    return not (following.isalpha() and following.islower()) or following in leading


def _short_form_spelled(word: str, surname: str, spelled: dict[str, list[tuple[str, str]]]) -> bool:
    """Whether one address spells the capitalised ``word`` as the short form of the first
    name its local part opens on, and ``surname`` too, in its local part or opening its
    domain ("Juli Bertolotti (julieta@bertolottiedicion.com.ar)": "Juli", July in German,
    is Julieta's). A word of three letters at least: a letter or two opens too many."""
    if len(word) < 3:
        return False
    for found in spelled.values():
        for local, label in found:
            pieces = _LOCAL_PIECES.split(local)
            if pieces[0].startswith(word) and (surname in pieces or label.startswith(surname)):
                return True
    return False


def _initials_spelled(
    tokens: Sequence[Token],
    index: int,
    spelled: dict[str, list[tuple[str, str]]],
    rules: Rules,
) -> bool:
    """Whether the word at ``index`` and the one or two capitalised names after it are
    spelled by an address as the initials of all but the last, then the last whole
    ("jcparedes" or "jc.paredes" for Julio César Paredes): so spelled, the name holds
    every word its initials stand for, the first too."""
    locals_ = {
        "".join(_LOCAL_PIECES.split(local)) for found in spelled.values() for local, _ in found
    }
    initials = without_accents(tokens[index].lower)[:1]
    cursor = index + 1
    while cursor < len(tokens) and cursor - index < MAX_NAME_TOKENS - 1:
        token = tokens[cursor]
        if not _is_name_token(token.text, rules):
            return False
        surname = without_accents(token.lower)
        # One initial alone bears out a word that is a first name ("Julio Paredes
        # <jparedes@...>"), never any capitalised word ("Con Paredes", "cparedes@").
        opened = len(initials) > 1 or is_first_name(tokens[index].text)
        if opened and any(local.startswith(initials + surname) for local in locals_):
            return True
        if not token.space:
            return False
        initials += without_accents(token.lower)[:1]
        cursor += 1
    return False


def _plain_group_head(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether a word that may open a group ("the" of "the two people on cc") opens none
    here and is no pronoun: a plain word, settled as such without looking further."""
    lower = tokens[index].lower
    if lower in rules.pronoun_words or lower in rules.clitic_forms:
        return False
    if (lower,) in rules.group_words:
        return False
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return (lower, following) not in rules.group_prefixes


def _clitic_at(tokens: Sequence[Token], index: int, items: Sequence[Item], rules: Rules) -> bool:
    """Whether a word that may be a verb with its pronouns joined ("presentármelo", "mo")
    is one here: in lower case, or capitalised only opening a sentence and before no
    name ("Preséntamelo, porfa", not "Mo Farouk"). One of the hyphen_clitics is one only
    joined by a hyphen to the word before ("apresenta-ma", not French "ma sœur")."""
    raw = tokens[index].text
    if tokens[index].lower in rules.hyphen_clitics:
        return (
            raw[0].islower()
            and index >= 2
            and tokens[index - 1].text == "-"
            and not tokens[index - 1].space
            and not tokens[index - 2].space
            and tokens[index - 2].text.isalpha()
        )
    if raw[0].islower():
        return True
    if items and items[-1].kind != "end":
        return False
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return not _is_name_token(following, rules)


def _clitic_items(lower: str, start: int, end: int, rules: Rules) -> list[Item]:
    """The words a verb with its object pronouns joined to it stands for, each an item
    over the whole word ("presentármelo": "presentarme", "a", "él")."""
    items = []
    for part in rules.clitic_forms[lower]:
        kind = "word"
        for pronoun_kind, words in (
            ("self", rules.self_words),
            ("third", rules.third_words),
        ):
            if part in words:
                kind = pronoun_kind
                break
        items.append(Item(kind, part, start, end))
    return items


def _special_at(tokens: Sequence[Token], index: int, rules: Rules) -> tuple[Item, int] | None:
    """The recipients together ("you two") or a pronoun at ``index``, and how many tokens
    it takes; None when the word is none of them here ("US" in capitals is no "us")."""
    token = tokens[index]
    raw, lower, start = token.text, token.lower, token.idx
    group, group_kind = _group_at(tokens, index, rules)
    if group and group_kind == "third" and _own_child_named(tokens, index, group, rules):
        # "my daughter Ananya (...)", "meine Tochter, Anna Weber": the words describe the
        # one named right after them, read as a description is.
        group = 0
    if group:
        end_token = tokens[index + group - 1]
        label = CALL if group_kind == "call" else ""
        if group_kind == "third" and _own_child_at(tokens, index, group, rules):
            # "Kindly introduce my daughter to Mr. Srinivas Goud": "her", told apart by
            # its words, whom only the one the mail ties to the writer as a child fills.
            label = " ".join(token.lower for token in tokens[index : index + group])
        if group_kind == "us":
            # "the two of us", "uns beide": the writer's "us", as written.
            label = " ".join(token.lower for token in tokens[index : index + group])
        return Item(group_kind, label, start, end_token.idx + len(end_token.text)), group
    if lower in rules.title_articles and raw.islower() and _title_after(tokens, index, rules):
        # "avec le Dr Benoît Lefèvre", "com o Dr. Rui Costa": an article before a title
        # and a name, no pronoun.
        return None
    end = start + len(raw)
    if lower in rules.plural_self_words and not raw.isupper():
        if lower in rules.determiners_after_verbs and _after_infinitive(tokens, index):
            # "présenter nos services", "apresentar nos eventos": "our", "in the", not "us".
            return None
        return Item("us", lower, start, end), 1
    if lower in rules.self_words and not (raw.isupper() and len(raw) > 1):
        return Item("self", lower, start, end), 1
    if lower in rules.proxy_pronouns and (
        _beside_familiar_verb(tokens, index, rules)
        or (index + 1 < len(tokens) and tokens[index + 1].lower in rules.pronoun_infinitives)
    ):
        # "¿Le puedes presentar a Liesbeth?", "Podes-lhe apresentar a Ana?": the one written
        # to is the verb's subject, so "le" is someone else; "peux-tu le présenter à
        # Liesbeth ?": "le" is never "you" there.
        return Item("third", lower, start, end), 1
    for kind, words in (
        ("you", rules.you_words),
        ("third", rules.third_words),
        ("they", rules.plural_third_words),
    ):
        if lower in words:
            return Item(kind, lower, start, end), 1
    return None


def _contracted_before_person(
    tokens: Sequence[Token],
    index: int,
    rules: Rules,
    spelled: dict[str, list[tuple[str, str]]],
) -> bool:
    """Whether a preposition joined to its article ("al") is followed by a person: a
    title written with a capital ("al Sr. Brandt", "al Dr. Ruiz"), or one to
    ``MAX_ROLE_WORDS`` lower-case words of a role right before a name ("al arquitecto
    Julián Ortega", "al señor Brandt"), a first name that is a common word too among them
    where an address bears it out ("al profesor Julio César Paredes <jcparedes@...>");
    not "al Premio Nacional", "al examen de junio" nor "al equipo de Acme" (a word of the
    role that opens no description, "de", before it)."""
    after = index + 1
    if after >= len(tokens):
        return False
    first = tokens[after]
    if first.text[:1].isupper():
        return _title_word(first.lower) in rules.titles or _name_spelled_after(tokens, after, rules)
    # "de", "y", "que", "en": the words after it say where or what, no role.
    stops = rules.name_particles | rules.conjunctions | rules.relative_words | rules.place_words
    for cursor in range(after, min(after + MAX_ROLE_WORDS, len(tokens) - 1)):
        word = tokens[cursor]
        if not word.text.isalpha() or not word.text.islower() or word.lower in stops:
            return False
        if _is_name_token(tokens[cursor + 1].text, rules) or _spelled_first_name(
            tokens, cursor + 1, spelled, rules
        ):
            return True
    return False


# How many tokens a description between a comma after a name and the bracket of its
# address may hold ("al Pato Giménez, nuestro preparador físico (pato.gimenez@...)").
_MAX_DESCRIPTION_TOKENS = 10
_CLAUSE_ENDS = frozenset(".!?;:")


def _name_spelled_after(tokens: Sequence[Token], start: int, rules: Rules) -> bool:
    """Whether the capitalised words from ``start`` are a name its address spells, the
    address right after them (in brackets or angles, or bare) or in brackets after a
    comma and a short description: "al Pato Giménez (pato.gimenez@...)", "al Pato
    Giménez, nuestro preparador físico (pato.gimenez@...)". Spoken Spanish puts the
    article before a first name or a nickname ("el Pato", "la Flor"); the address says it
    is a person, so "al Banco Nación (info@...)" or "al Premio Nacional" stay as written."""
    end = start
    while (
        end < len(tokens)
        and end - start < MAX_NAME_TOKENS
        and _is_name_token(tokens[end].text, rules)
    ):
        end += 1
    if end == start or end >= len(tokens):
        return False
    name = " ".join(token.text for token in tokens[start:end])
    cursor = end
    if tokens[cursor].text == ",":
        # A description between commas, then the bracket of the address.
        limit = min(len(tokens), cursor + _MAX_DESCRIPTION_TOKENS)
        cursor += 1
        while cursor < limit and tokens[cursor].text not in ("(", "<"):
            if tokens[cursor].text in _CLAUSE_ENDS or "\n" in tokens[cursor].text:
                return False
            cursor += 1
        if cursor >= limit:
            return False
    if tokens[cursor].text in ("(", "<"):
        cursor += 1
    if cursor >= len(tokens) or not _is_email(tokens[cursor].text):
        return False
    return bool(spelled_words(name, tokens[cursor].lower.partition("@")[0]))


def _title_after(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether a title written with a capital follows the word at ``index``, then a name
    (after the title's full stop, if any): "le Dr Benoît Lefèvre", "o Dr. Rui Costa"."""
    after = index + 1
    if not tokens[index].space or after >= len(tokens):
        return False
    title = tokens[after]
    if not title.text[:1].isupper() or _title_word(title.lower) not in rules.titles:
        return False
    after += 1
    if after < len(tokens) and tokens[after].text == "." and not title.space:
        after += 1
    return after < len(tokens) and _is_name_token(tokens[after].text, rules)


def _after_own_me(tokens: Sequence[Token], index: int, items: Sequence[Item], rules: Rules) -> bool:
    """Whether the pronoun at ``index`` (one of ``cluster_thirds``) follows the writer's
    "me", read as such, a space between, and comes before a word in lower case: "tu me le
    présentes", "¿me la presentas?", not "me, la semaine prochaine"."""
    if not items or items[-1].kind != "self" or index < 1 or index + 1 >= len(tokens):
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    return (
        tokens[index].text.islower()
        and before.lower == items[-1].lower
        and before.space
        and tokens[index].space
        and after.text[:1].islower()
        and after.text.isalpha()
    )


def _beside_familiar_verb(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether a pronoun at ``index`` that may be the one written to or a third person
    ("le", "lhe") is the object of a verb of the familiar "you" (``familiar_verbs``): the
    word right after it ("le puedes presentar", "lhe podes apresentar"), or, joined by a
    hyphen, the verb before it or the one that verb hangs from ("podes-lhe apresentar",
    "podes apresentar-lhe")."""
    if not rules.familiar_verbs:
        return False
    after = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if after in rules.familiar_verbs:
        return True
    if index < 2 or tokens[index - 1].text != "-" or tokens[index - 2].space:
        return False
    joined = [tokens[index - 2].lower]
    if index >= 3 and tokens[index - 3].space:
        joined.append(tokens[index - 3].lower)
    return any(word in rules.familiar_verbs for word in joined)


def _after_infinitive(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` follows an infinitive, a space between ("présenter
    nos"); an enclitic pronoun is joined ("apresentar-nos", "presentarnos")."""
    if index == 0:
        return False
    before = tokens[index - 1]
    return before.space and before.lower.isalpha() and before.lower.endswith(_INFINITIVE_ENDS)


def _company_form_period(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether the period at ``index`` is that of "& Co." before one of
    ``organisation_closers`` ("GmbH & Co. KG", "& Co. AG"), or before an address
    in brackets ("of Kulkarni Joshi & Co. <sneha@...>"), on the same line."""
    return (
        2 <= index < len(tokens) - 1
        and tokens[index - 1].lower == "co"
        and tokens[index - 2].text == "&"
        and not tokens[index - 1].space
        and (
            tokens[index + 1].lower in rules.organisation_closers
            or _bracketed_address_at(tokens, index + 1)
        )
        and tokens[index].space
    )


def _bracketed_address_at(tokens: Sequence[Token], index: int) -> bool:
    """Whether an address in brackets opens at ``index`` ("<sneha@...>", "(sneha@...)")."""
    return (
        index < len(tokens) - 1
        and tokens[index].text in ("<", "(")
        and "@" in tokens[index + 1].text
    )


# How many tokens a bracket opened by an abbreviation may hold after its period: "(cf.
# ci-dessous)", "(vgl. unten)", "(see e.g. below)".
_MAX_BRACKETED_AFTER = 5
# The longest abbreviation opening a bracket: "cf", "vgl", "siehe" is a word written out.
_MAX_BRACKET_ABBREVIATION = 3


def _bracketed_abbreviation_period(tokens: Sequence[Token], index: int) -> bool:
    """Whether the period at ``index`` ends a short abbreviation that opens a bracket
    ("(cf. below)", "(cf. ci-dessous)", "(vgl. unten)", "(ver abaixo)" needs none): the
    bracket closes within a few words on the same line, so the sentence goes on."""
    if index < 2 or tokens[index - 2].text != "(" or tokens[index - 1].space:
        return False
    word = tokens[index - 1].text
    if not (word.isalpha() and word.islower() and len(word) <= _MAX_BRACKET_ABBREVIATION):
        return False
    for token in tokens[index + 1 : index + 1 + _MAX_BRACKETED_AFTER]:
        if token.text == ")":
            return True
        if "\n" in token.text or token.text in _SENTENCE_END or token.text == "(":
            return False
    return False


def _place_abbreviation_period(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether the period at ``index`` is that of one of ``place_abbreviations`` written
    with its capital inside a name ("St. Anthony", "Mt. Kenya", "Sta. Cruz", "Ste. Anne"):
    right after the abbreviation, and before a space on the same line and a word written
    with a capital. Before a word in lower case, or at a line's end, it ends a sentence
    ("... on Main St.\nTomorrow", "it's on Elm St. and ...")."""
    if index < 1 or index + 2 > len(tokens) or not tokens[index].space:
        return False
    before = tokens[index - 1]
    if before.space or before.lower not in rules.place_abbreviations:
        return False
    if not before.text[:1].isupper():
        return False
    if index >= 2 and not tokens[index - 2].space and tokens[index - 2].text[-1:].isalnum():
        # "AmSt. Anthony" holds no word of its own before the period.
        return False
    after = tokens[index + 1].text
    return after[:1].isupper() and after[:1].isalpha()


def _list_marker(tokens: Sequence[Token], index: int) -> int:
    """How many tokens from ``index`` mark a list item ("-", "•", "1.", "2)", "(3)"),
    or 0 when none does."""
    if index >= len(tokens):
        return 0
    text = tokens[index].text
    if text in _BULLETS:
        # "->" opening a line carries the item before on ("1. Tom Reilly (...)\n   ->
        # Jan Hollmann (...)"): an arrow, no bullet.
        arrow = (
            index + 1 < len(tokens)
            and not tokens[index].space
            and tokens[index + 1].text in _ARROW_HEADS
        )
        return 0 if arrow else 1
    if text == "(" and index + 2 < len(tokens):
        number, close = tokens[index + 1].text, tokens[index + 2].text
        return 3 if (_is_item_number(number) or _is_item_letter(number)) and close == ")" else 0
    if _is_item_number(text) and index + 1 < len(tokens) and tokens[index + 1].text in ".)":
        return 2
    if _is_item_letter(text) and index + 1 < len(tokens) and tokens[index + 1].text == ")":
        # "a) me and Owen Pritchard": a lettered item, its bracket closing it; "A." with
        # a period is an initial ("A. Smith"), never an item.
        return 2
    return 0


# Lower-case Roman numerals that number a list's items ("(ii)", "iv)"); "i", "v", "x" are
# letters already.
_ITEM_NUMERALS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix"})


def _is_item_letter(text: str) -> bool:
    """Whether ``text`` letters a list's item: one letter ("(a)", "b)", "(C)") or a
    lower-case Roman numeral ("(ii)")."""
    return (len(text) == 1 and text.isalpha()) or text in _ITEM_NUMERALS


# What makes a dash an arrow, right after it: "->", "=>" are written so.
_ARROW_HEADS = frozenset({">"})


def _is_item_number(text: str) -> bool:
    return text.isdigit() and len(text) <= 2


def _between_addressed_names(
    items: Sequence[Item], tokens: Sequence[Token], index: int, rules: Rules
) -> bool:
    """Whether a semicolon at ``index`` follows a person written with an address and
    precedes another person's name or address."""
    before = items[-1] if items else None
    if before is None or before.email is None or before.kind not in ("name", "email"):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None:
        return False
    return _is_name_token(following.text, rules) or _is_email(following.text)


def _own_child_at(tokens: Sequence[Token], index: int, size: int, rules: Rules) -> bool:
    """Whether the ``size`` tokens from ``index`` are one of ``own_child_phrases``."""
    return tuple(token.lower for token in tokens[index : index + size]) in rules.own_child_phrases


def _own_child_named(tokens: Sequence[Token], index: int, size: int, rules: Rules) -> bool:
    """Whether one of ``own_child_phrases`` at ``index`` describes someone named right
    after it, perhaps after a comma or in brackets: a word written with a capital that is
    no title ("my daughter Ananya", "meine Tochter, Anna Weber"; "meine Tochter Herrn Dr.
    Brandt vorstellen" presents her to him) or an address ("my son (tom@...)")."""
    if not _own_child_at(tokens, index, size, rules):
        return False
    after = index + size
    while after < len(tokens) and tokens[after].text in (",", "(", "<", ":"):
        after += 1
    if after >= len(tokens):
        return False
    raw = tokens[after].text
    if "@" in raw:
        return True
    return raw[:1].isupper() and _is_name_token(raw, rules) and not _titled_word(raw, rules)


def _titled_word(raw: str, rules: Rules) -> bool:
    """Whether a word is a title, with or without its period ("Herrn", "Dr", "Mr")."""
    lower = raw.casefold()
    return lower in rules.titles or lower.rstrip(".") in rules.titles or lower + "." in rules.titles


def _group_at(tokens: Sequence[Token], index: int, rules: Rules) -> tuple[int, str]:
    """How many tokens from ``index`` name the recipients together, and how: ``group``
    ("you two") or ``call`` ("je vous présente", a whole request in itself)."""
    head = tokens[index]
    if head.lower not in rules.group_heads or head.text.isspace():
        return 0, ""
    after = index + 1
    if (
        rules.max_group_words < 2
        or after >= len(tokens)
        or tokens[after].text.isspace()
        or (head.lower, tokens[after].lower) not in rules.group_prefixes
    ):
        # Most heads open no group of two words or more (``group_prefixes`` holds the
        # first two words of each): the head alone is all there is to look up.
        kind = rules.group_words.get((head.lower,))
        return (1, kind) if kind else (0, "")
    # A group is a run of words with no line break or extra space inside.
    run: list[str] = []
    for token in tokens[index : index + rules.max_group_words]:
        if token.text.isspace():
            break
        run.append(token.lower)
    for size in range(len(run), 0, -1):
        kind = rules.group_words.get(tuple(run[:size]))
        if kind:
            return size, kind
    return 0, ""


def _read_name(
    tokens: Sequence[Token],
    index: int,
    rules: Rules,
    spelled: dict[str, list[tuple[str, str]]] | None = None,
    initialled: dict[str, set[str]] | None = None,
) -> tuple[Item, int]:
    """Read a run of capitalised words (with joined hyphens and particles) and any address.

    A surname that is also a common word ("Asante", Swahili for thanks) follows the first
    name when one address in ``spelled`` bears out both ("Kwame Asante
    (kwame@asante.build)"), as a first name that is a common word does."""
    parts = [tokens[index].text]
    start = tokens[index].idx
    last = index
    cursor = index + 1
    # A hyphen joins a word to the last part, no part more, so it is read at the limit too:
    # "Hélène de la Roche-Aymon", four parts before "-Aymon".
    while cursor < len(tokens) and (len(parts) < MAX_NAME_TOKENS or tokens[cursor].text == "-"):
        previous, token = tokens[cursor - 1], tokens[cursor]
        if token.text == "-" and not previous.space and cursor + 1 < len(tokens):
            following = tokens[cursor + 1]
            if not token.space and _is_name_token(following.text, rules):
                parts[-1] += "-" + following.text
                last = cursor + 1
                cursor += 2
                continue
            break
        if token.text == "\n" and _wrapped_name(tokens, index, cursor, rules):
            # "mit Herrn Dr. Matthias\nBrenner, Partner bei ...": a line wrapped inside
            # the name.
            cursor += 1
            continue
        if token.text in _NICKNAME_QUOTES and previous.space:
            nickname = _nickname_end(tokens, cursor, rules)
            if nickname:
                # 'Mercedes "Meche" Aguirre Larraín': the nickname is how she is called,
                # and her name goes on after it.
                cursor = nickname
                continue
            break
        if _is_name_token(token.text, rules) or (
            len(parts) == 1
            and previous.space
            and (
                _spelled_surname(token, parts[0], spelled, rules)
                or _closing_surname(tokens, cursor, parts[0], rules)
                or (_hyphened_surname(tokens, cursor, rules) and is_first_name(parts[0]))
            )
        ):
            parts.append(token.text)
            last = cursor
            cursor += 1
            continue
        if (
            token.text in rules.capital_particles
            and previous.space
            and token.space
            and cursor + 1 < len(tokens)
            and _is_name_token(tokens[cursor + 1].text, rules)
        ):
            # "Tomás Ó Murchú": an Irish surname's "Ó", one capital letter, inside the
            # name; never opening one ("Ó João, ..." calls João).
            parts.append(token.text)
            last = cursor
            cursor += 1
            continue
        if (
            len(token.text) == 1
            and token.text.isupper()
            and cursor + 2 < len(tokens)
            and tokens[cursor + 1].text == "."
            and _is_name_token(tokens[cursor + 2].text, rules)
        ):
            # A middle initial: "Miles B. Dyson".
            parts.append(token.text + ".")
            cursor += 2
            continue
        led = _led_organisation(tokens, cursor, rules)
        if led:
            # "Jonas Weidinger vom Institut für Energiesysteme": where he is from, taken in
            # as after a particle ("de la Fundación"); a capitalised word may describe the
            # organisation first ("Yuki Tanabe vom Kyoto Institute for Advanced
            # Photonics"), an article open it ("Ann Lee from the Kerhuel Mill").
            last = _organisation_end(tokens, led, rules)
            break
        if token.lower in rules.name_particles:
            # "van der Berg": particles count only when a surname follows them, and are
            # taken with it, so a name never ends on one; a word opening an
            # organisation's name starts no surname ("Andrés Molina de la Fundación").
            ahead = cursor
            while ahead < len(tokens) and tokens[ahead].lower in rules.name_particles:
                ahead += 1
            near = ahead < len(tokens) and ahead - cursor <= 3
            if near and _club_initials(tokens, ahead, rules):
                # "Karim Benali du FC Nantes", "Javier Ruiz de la UD Almería": a club's
                # initials in capitals open where they play or coach, no surname.
                last = _organisation_end(tokens, ahead, rules)
                break
            if not near or not _is_name_token(tokens[ahead].text, rules):
                break
            if _opens_organisation(tokens[ahead].lower, rules) or _described_organisation(
                tokens, ahead, rules
            ):
                # "Nathalie de la Fondation Cartier", "Tobias Ahrens von der
                # Jugendberufshilfe", "Ingrid Hallstein von der Pädagogischen Hochschule
                # Freiburg": where they are from, which the mention takes in (an address
                # after it is theirs) and their name does not.
                last = _organisation_end(tokens, ahead, rules)
                break
            if (
                len(parts) == 2
                and ahead == cursor + 1
                and _spelled_before_particle(parts, tokens[ahead].lower, spelled)
            ):
                # "à Stéphane Roy de Victoriaville (sroy@...)": an address spells the
                # first name and surname and nothing of the word after the particle,
                # where the one named lives or works ("Tiago Moura de Sá
                # (tiago@mouradesa.pt)" has it spelled).
                break
            if (
                (
                    len(parts) >= 2
                    or (
                        _titled_surname(tokens, index, parts, rules)
                        and not _spelled_particle_name(tokens, cursor, ahead, spelled)
                    )
                )
                and ahead - cursor >= 2
                and tokens[cursor + 1].lower in rules.name_articles
            ):
                # "Stefan Imhof von den Seetal-Bussen", "Anna Roth von der Seetal AG":
                # after a first name and a surname, a particle and an article lead to
                # where they work, which the mention takes in as an organisation; a
                # noble particle follows the first name ("Ursula von der Leyen"). So
                # they do after a title and a surname alone ("Frau Huber von der
                # Marien-Apotheke", "Herrn Brandt von der Sparkasse").
                last = _organisation_end(tokens, ahead, rules)
                break
            if _family_firm(tokens, parts, cursor, ahead, rules, spelled):
                # "Andreas Hofer von Hofer Seilbahntechnik", "Ann Ross of Ross
                # Engineering": the surname again after a particle opens the family's
                # firm, where they work, which the mention takes in as an organisation.
                last = _organisation_end(tokens, ahead, rules)
                break
            if (len(parts) >= 2 or _titled_surname(tokens, index, parts, rules)) and (
                _firm_run(tokens, ahead, rules)
                or (
                    _workplace_run(tokens, ahead, rules)
                    and not _particle_written_in(tokens, cursor, ahead, spelled)
                )
            ):
                # "Herrn Armando Tembe von Brunnenbau Süd", "Bw. Armando Tembe wa Visima
                # Kusini": after a first name and a surname, a particle before a run of
                # capitalised words holding a firm's word, or closing on one, leads to
                # where they work, no surname; "Ursula von der Leyen", "Ludwig van
                # Beethoven" follow a first name alone. So does a trade's premises with
                # its name ("Solène Quéré du Moulin de Kerhuel"), unless an address
                # writes it with the particle, a surname ("pgomezdelmolino@...").
                last = _organisation_end(tokens, ahead, rules)
                break
            if len(parts) >= 2 and _names_a_domain(tokens[ahead].lower, spelled):
                # "Marta Ruiz de Talento Digital, marta@talentodigital.es": after a first
                # name and surname, a particle whose next word opens a domain of the text
                # says where she works; inside a name a particle follows the first name
                # ("Ilse van der Berg (ilse@berg.nl)").
                break
            if (
                initialled
                and without_accents(parts[0].casefold()) in initialled
                and _names_a_domain(tokens[ahead].lower, spelled)
            ):
                # "Mr. Otieno wa Equity (p.otieno@equitybank.co.ke)": a surname an address
                # writes after an initial is a whole name, and the firm after the particle
                # where they are from, which the mention takes in as an organisation.
                last = _organisation_end(tokens, ahead, rules)
                break
            parts.extend(t.text for t in tokens[cursor : ahead + 1])
            last = ahead
            cursor = ahead + 1
            continue
        break
    if (
        last + 1 < len(tokens)
        and tokens[last].space
        and _ROMAN_NUMERAL.fullmatch(tokens[last + 1].text)
    ):
        # "Instituto de Salud Carlos III (vrios@...)", "Pius XII": a regnal number ends
        # the name it follows, so an address after it is still read with the name.
        last += 1
        parts.append(tokens[last].text)
    name = " ".join(parts)
    if _opens_organisation(tokens[index].lower, rules):
        # "mit jemandem aus der Traumaambulanz am Urban-Klinikum bekannt zu machen",
        # "mit der Bäckerei Koch in der Neustadt bekannt machen": an organisation named
        # for itself takes in where it is, as one after a name's lead does, so an ask
        # whose verb comes last still reads it; the place is part of its name.
        placed = _placed_end(tokens, last, rules)
        last = placed
    return _named(tokens, start, last, name)


# Tokens a title may take before a name ("Herrn Dr.", "Dña.").
MAX_TITLE_TOKENS = 4
# The characters of a paragraph's line wrapped inside a name; a signature's are fewer.
MIN_WRAPPED_LINE = 50


def _titled_surname(
    tokens: Sequence[Token], index: int, parts: Sequence[str], rules: Rules
) -> bool:
    """Whether the name begun at ``index`` is one word after a title, no listed first
    name: a surname ("Frau Huber", "Herrn Dr. Brandt"), after which a particle and an
    article lead to where that one works, not on to a noble name, which follows a first
    name ("Ursula von der Leyen")."""
    if len(parts) != 1 or is_first_name(parts[0]):
        return False
    back = index - 1
    while back >= 0 and index - back <= MAX_TITLE_TOKENS:
        text = tokens[back].text
        if text == ".":
            back -= 1
            continue
        return _title_word(tokens[back].lower) in rules.titles and (
            text[0].isupper() or _lower_title(tokens, back, rules)
        )
    return False


def _spelled_particle_name(
    tokens: Sequence[Token],
    cursor: int,
    ahead: int,
    spelled: dict[str, list[tuple[str, str]]] | None,
) -> bool:
    """Whether an address of the text writes the particles from ``cursor`` and the word
    at ``ahead`` as one piece, a surname ("Frau Dr. Annelies van der Berg
    (annelies.vanderberg@...)"), not where one works."""
    joined = "".join(without_accents(token.lower) for token in tokens[cursor : ahead + 1])
    return bool(spelled) and joined in (spelled or {})


def _particle_written_in(
    tokens: Sequence[Token],
    cursor: int,
    ahead: int,
    spelled: dict[str, list[tuple[str, str]]] | None,
) -> bool:
    """Whether an address's local part holds the particles from ``cursor`` and the word at
    ``ahead`` written together, as a surname is ("pgomezdelmolino@..." for Pilar Gómez
    del Molino), not a workplace ("molino.sanjuan@...")."""
    if not spelled:
        return False
    joined = "".join(without_accents(token.lower) for token in tokens[cursor : ahead + 1])
    return any(joined in local for found in spelled.values() for local, _ in found)


def _wrapped_name(tokens: Sequence[Token], index: int, cursor: int, rules: Rules) -> bool:
    """Whether the line break at ``cursor`` wraps a line inside the name begun at
    ``index``: the name opens mid-line after a title or a word of the phrasings ("between
    Mr Olusegun\nAdeyemi,", "ao Sr. Eduardo\nTavares,", "a Dña. Mercedes\nQuiroga Sanz,"),
    on a line long enough to be a paragraph's, wrapped; and its last words, on the next
    line, are followed there by a mark or a lower-case word. "Regards, Ann\nAcme Corp",
    "Executive Assistant to Margaret Hollis\nHollis Grant LLP" are a signature's lines."""
    after = cursor + 1
    if after >= len(tokens) or not _is_name_token(tokens[after].text, rules):
        return False
    back = index - 1
    titled = False
    while back >= 0 and index - back <= MAX_TITLE_TOKENS:
        text = tokens[back].text
        if text == "." or (_title_word(tokens[back].lower) in rules.titles and text[0].isupper()):
            titled = titled or text != "."
            back -= 1
            continue
        break
    if back < 0 or "\n" in tokens[back].text:
        return False
    if not titled and tokens[back].lower not in rules.literals:
        return False
    while after < len(tokens) and _is_name_token(tokens[after].text, rules):
        after += 1
    if after >= len(tokens):
        return False
    following = tokens[after].text
    if following.isspace() or not (following[0].islower() or not following[0].isalnum()):
        return False
    line = back
    while line > 0 and "\n" not in tokens[line - 1].text:
        line -= 1
    return tokens[cursor].idx - tokens[line].idx >= MIN_WRAPPED_LINE


# A regnal number of two letters or more ("II", "III", "XIV"), never a word ("I", "VIA").
_ROMAN_NUMERAL = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|VI{0,3}|I{0,3})")


def _opens_organisation(lower: str, rules: Rules) -> bool:
    """Whether a word opens an organisation's name: one of the rules'
    ``organisation_words``, or a compound ending on one of ``organisation_word_ends``
    ("Jugendberufshilfe", "Geschichtsverein")."""
    if lower in rules.organisation_words:
        return True
    ends = rules.organisation_word_ends
    return (
        bool(ends)
        and lower.endswith(ends)
        and any(len(lower) > len(end) + 2 for end in ends if lower.endswith(end))
    )


def _described_organisation(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether the capitalised word at ``index`` describes an organisation named by the
    word after it ("Pädagogischen Hochschule", "Nouvelle Université", "Nova Universidade")."""
    following = index + 1
    return (
        following < len(tokens)
        and tokens[index].space
        and _is_name_token(tokens[following].text, rules)
        and _opens_organisation(tokens[following].lower, rules)
    )


# The quotes a nickname is written in, each with the one closing it.
_NICKNAME_QUOTES = {
    '"': '"',
    "'": "'",
    "\u201c": "\u201d",
    "\u201e": "\u201c",
    "\u2018": "\u2019",
    "\u00ab": "\u00bb",
}


def _nickname_end(tokens: Sequence[Token], index: int, rules: Rules) -> int:
    """Where the name goes on after a nickname opening on the quote at ``index``, inside
    a name ('Mercedes "Meche" Aguirre', "José «Pepe» García", "Wolfgang „Wolle“ Maier"):
    one or two capitalised words or initials in closing quotes, then, after a space, the
    surname.
    0 when there is no such nickname: a quote after a name may close it, or open a
    word ('Ann "the boss" Lee', 'Ann Lee "Bloom"')."""
    closing = _NICKNAME_QUOTES[tokens[index].text]
    cursor = index + 1
    words = 0
    while cursor < len(tokens) and words < 2 and _is_nickname_word(tokens[cursor].text, rules):
        words += 1
        cursor += 1
    if not words or cursor + 1 >= len(tokens) or tokens[cursor].text != closing:
        return 0
    if not tokens[cursor].space:
        return 0
    after = cursor + 1
    return after if _is_name_token(tokens[after].text, rules) else 0


def _is_nickname_word(text: str, rules: Rules) -> bool:
    """A word of a nickname: a name's, or initials in capitals ("JJ")."""
    return _is_name_token(text, rules) or (len(text) >= 2 and text.isalpha() and text.isupper())


# The words of an organisation's name after the one opening it ("Agua Viva").
MAX_ORGANISATION_WORDS = 4


def _organisation_end(tokens: Sequence[Token], index: int, rules: Rules) -> int:
    """The last token of the organisation's name opening at ``index`` ("Fundación Agua
    Viva", "Universidade de São Paulo", "Institut für Energiesysteme"): the capitalised
    words after it, a particle or one of ``organisation_links`` between them too."""
    last = index
    words = 0
    cursor = index + 1
    while cursor < len(tokens) and words < MAX_ORGANISATION_WORDS:
        token = tokens[cursor]
        linked = _linking(token.lower, rules)
        if (
            token.text == "-"
            and not tokens[cursor - 1].space
            and not token.space
            and cursor + 1 < len(tokens)
            and _is_name_token(tokens[cursor + 1].text, rules)
        ):
            # "Seetal-Bussen": a compound's hyphen joins its words into one.
            cursor += 1
            token = tokens[cursor]
        elif linked and cursor + 1 < len(tokens):
            # "Garage de la Gare": a particle and an article may join the words.
            ahead = cursor + 1
            if _linking(tokens[ahead].lower, rules) and ahead + 1 < len(tokens):
                ahead += 1
            if not _is_name_token(tokens[ahead].text, rules):
                break
            cursor = ahead
            token = tokens[cursor]
        elif token.lower in rules.organisation_closers and token.text[:1].isupper():
            # "Seetal AG", "Kalala GmbH": the firm's legal form closes its name.
            last = cursor
            break
        elif not _is_name_token(token.text, rules):
            break
        last = cursor
        words += 1
        cursor += 1
    return _placed_end(tokens, last, rules)


def _linking(lower: str, rules: Rules) -> bool:
    """Whether a word joins the words of an organisation's name: a particle or one of
    ``organisation_links`` ("de", "la", "für", "cha")."""
    return lower in rules.name_particles or lower in rules.organisation_links


# The words of a place after an organisation's name ("in der Neustadt", "in Bad Homburg").
MAX_PLACE_WORDS = 2


def _placed_end(tokens: Sequence[Token], last: int, rules: Rules) -> int:
    """The last token of where the organisation ending at ``last`` is, when one of
    ``organisation_places`` follows it, perhaps an article (``name_articles``,
    ``title_articles``), then one or two capitalised words ("von der Bäckerei Yilmaz in der
    Neustadt", "vom Institut für Energiesysteme in Stuttgart"): the place says where the
    organisation is, so a phrasing whose verb comes last ("... bekannt machen") still reads
    the one named before it; else ``last``. A word of the phrasings ("in Kontakt"), a
    title ("in Frau ..."), or an address or a bracket right after the words ("... in Marc
    Weber (marc@...)"), and they are no place."""
    cursor = last + 1
    if cursor >= len(tokens) or tokens[cursor].lower not in rules.organisation_places:
        return last
    cursor += 1
    if cursor < len(tokens) and (
        tokens[cursor].lower in rules.name_articles or tokens[cursor].lower in rules.title_articles
    ):
        cursor += 1
    if (
        cursor >= len(tokens)
        or not _is_name_token(tokens[cursor].text, rules)
        or tokens[cursor].lower in rules.literals
        or _title_word(tokens[cursor].lower) in rules.titles
    ):
        return last
    end = _hyphened_end(tokens, cursor, rules)
    words = 1
    while (
        end + 1 < len(tokens)
        and words < MAX_PLACE_WORDS
        and tokens[end].space
        and _is_name_token(tokens[end + 1].text, rules)
    ):
        end = _hyphened_end(tokens, end + 1, rules)
        words += 1
    following = end + 1
    if following < len(tokens) and (
        tokens[following].text in _PLACE_STOPS or "@" in tokens[following].text
    ):
        return last
    return end


def _hyphened_end(tokens: Sequence[Token], index: int, rules: Rules) -> int:
    """The last token of the word at ``index`` with the capitalised words joined to it by
    hyphens and no space ("Urban-Klinikum", "Sankt-Gallen"): one word of a place."""
    end = index
    while (
        end + 2 < len(tokens)
        and not tokens[end].space
        and tokens[end + 1].text == "-"
        and not tokens[end + 1].space
        and _is_name_token(tokens[end + 2].text, rules)
    ):
        end += 2
    return end


# What after a place's words makes them someone's name: an address, or its bracket.
_PLACE_STOPS = frozenset({"(", "<", "["})


def _spelled_before_particle(
    parts: Sequence[str], word: str, spelled: dict[str, list[tuple[str, str]]] | None
) -> bool:
    """Whether an address of the text is the first name (or its initial) and the surname
    ``parts`` and nothing more ("sroy@", "stephane.roy@", "s.roy@"), while no address
    spells ``word``, the one after a particle following them, in its local part or its
    domain: the word is then no part of the name."""
    if not spelled or len(word) < 3:
        return False
    # A double-barrelled name is spelled without its hyphen, as the local part is read:
    # "Claudia Wendt-Haas wa Heidelberg (claudia.wendt-haas@...)".
    first = _LOCAL_PIECES.sub("", without_accents(parts[0].casefold()))
    surname = _LOCAL_PIECES.sub("", without_accents(parts[1].casefold()))
    word = without_accents(word)
    addresses = {address for found in spelled.values() for address in found}
    if any(word in local or word in label for local, label in addresses):
        return False
    wholes = {first + surname, first[:1] + surname, surname + first}
    return any("".join(_LOCAL_PIECES.split(local)) in wholes for local, _ in addresses)


def _firm_run(tokens: Sequence[Token], ahead: int, rules: Rules) -> bool:
    """Whether the capitalised words from ``ahead`` name a firm: one of them opens an
    organisation's name (``_opens_organisation``: "Brunnenbau", "Institut"), or one
    after the first closes it (``organisation_closers``: "Brunnenbau Süd", "Visima
    Kusini", "Seetal AG"). A surname alone ("von Weizsäcker") holds neither."""
    cursor = ahead
    while cursor < len(tokens) and cursor - ahead < MAX_ORGANISATION_WORDS:
        token = tokens[cursor]
        if not token.text[:1].isupper() or not token.text.replace("-", "").isalpha():
            return False
        if _opens_organisation(token.lower, rules):
            return True
        if cursor > ahead and token.lower in rules.organisation_closers:
            return True
        if not token.space:
            return False
        cursor += 1
    return False


def _club_initials(tokens: Sequence[Token], index: int, rules: Rules) -> bool:
    """Whether the word at ``index`` is initials in capitals opening an organisation's
    name, one of ``organisation_words`` ("FC", "CD", "SC", "TSV"), and a capitalised word
    follows it ("FC Nantes", "UD Almería", "SC Braga")."""
    text = tokens[index].text
    return (
        text[:1].isupper()
        and not text[1:].islower()
        and _opens_organisation(tokens[index].lower, rules)
        and tokens[index].space
        and index + 1 < len(tokens)
        and _is_name_token(tokens[index + 1].text, rules)
    )


def _led_organisation(tokens: Sequence[Token], lead: int, rules: Rules) -> int:
    """Where the organisation opens that the word at ``lead``, one of
    ``organisation_leads``, leads to from the name before it, perhaps past one of
    ``organisation_articles`` ("from the"), or 0: one of ``organisation_words`` opens it
    or follows the one capitalised word opening it ("vom Institut für Energiesysteme",
    "from the Riverside Foundation"), a firm's word closes it (``_firm_run``: "from
    Leyton Orient FC"), or it is a trade's premises with its name (``_workplace_run``:
    "from the Kerhuel Mill", "wa Kinu cha Unga"). "from the weekend", "from the bakery",
    "from Anna Berg", "from Kyoto Anna Institute" lead to none."""
    if tokens[lead].lower not in rules.organisation_leads:
        return 0
    opened = lead + 1
    articled = opened < len(tokens) and tokens[opened].lower in rules.organisation_articles
    if articled:
        opened += 1
    if opened >= len(tokens):
        return 0
    named = _is_name_token(tokens[opened].text, rules)
    # After an article only a name opens one: "from the bakery (...)" describes where
    # one works in words, as "from the tyre shop" does.
    if _opens_organisation(tokens[opened].lower, rules) and (named or not articled):
        return opened
    if not named:
        return 0
    if _described_organisation(tokens, opened, rules):
        return opened
    # "from Kyoto Anna Institute": a first name among the words may open someone's name.
    if not _first_name_in_run(tokens, opened) and (
        _firm_run(tokens, opened, rules) or _workplace_run(tokens, opened, rules)
    ):
        return opened
    return 0


def _first_name_in_run(tokens: Sequence[Token], index: int) -> bool:
    """Whether one of the capitalised words from ``index``, as many as an organisation's
    name may hold, is a listed first name ("Kyoto Anna Institute")."""
    cursor = index
    while cursor < len(tokens) and cursor - index < MAX_ORGANISATION_WORDS:
        text = tokens[cursor].text
        if not text[:1].isupper():
            return False
        if is_first_name(text):
            return True
        cursor += 1
    return False


def _workplace_run(tokens: Sequence[Token], ahead: int, rules: Rules) -> bool:
    """Whether the capitalised words from ``ahead`` name a trade's or a club's premises:
    one of ``workplace_nouns`` with more of the place's name around it, a capitalised
    word before it in the run ("Kerhuel Mill", "Riverside Boxing Club") or after it,
    directly or past a particle or one of ``organisation_links`` ("Mühle Kerhuel",
    "Moulin de Kerhuel", "Garage de la Gare", "Kinu cha Unga"). Such a noun alone is
    no workplace, being a surname too ("Pilar Gómez del Molino")."""
    cursor = ahead
    while cursor < len(tokens) and cursor - ahead < MAX_ORGANISATION_WORDS:
        token = tokens[cursor]
        if not token.text[:1].isupper() or not token.text.replace("-", "").isalpha():
            return False
        if token.lower in rules.workplace_nouns and (
            cursor > ahead or _place_name_goes_on(tokens, cursor, rules)
        ):
            return True
        if not token.space:
            return False
        cursor += 1
    return False


def _place_name_goes_on(tokens: Sequence[Token], noun: int, rules: Rules) -> bool:
    """Whether the name of a place goes on after the noun at ``noun``: a capitalised word
    after a space ("Mühle Kerhuel", "Padaria Central"), or one past a particle or one of
    ``organisation_links``, an article perhaps after it ("de Kerhuel", "cha Unga", "de la
    Gare")."""
    after = noun + 1
    if after >= len(tokens) or not tokens[noun].space:
        return False
    links = 0
    while (
        after < len(tokens) and links < MAX_WORKPLACE_LINKS and _linking(tokens[after].lower, rules)
    ):
        after += 1
        links += 1
    return after < len(tokens) and _is_name_token(tokens[after].text, rules)


# The particles and links between a workplace's noun and the rest of its name ("de la").
MAX_WORKPLACE_LINKS = 2


def _family_firm(
    tokens: Sequence[Token],
    parts: Sequence[str],
    particle: int,
    ahead: int,
    rules: Rules,
    spelled: dict[str, list[tuple[str, str]]] | None,
) -> bool:
    """Whether the particle at ``particle``, after a first name and surname ``parts``,
    opens a firm named after the family rather than a surname of its own: one particle,
    then the same surname again, and the firm's name going on after it ("Andreas Hofer
    von Hofer Seilbahntechnik", "Marta Ruiz de Ruiz Ingenieros") or an address's domain
    opening on that word ("Andreas Hofer von Hofer (a.hofer@hofer.at)"). A surname alone
    after the particle with no domain to bear it out ("María Ruiz de Ruiz") stays hers."""
    if len(parts) < 2 or ahead != particle + 1:
        return False
    word = tokens[ahead].lower
    if without_accents(word) != without_accents(parts[-1].casefold()):
        return False
    following = ahead + 1
    if (
        following < len(tokens)
        and tokens[ahead].space
        and _is_name_token(tokens[following].text, rules)
    ):
        return True
    if not spelled or len(word) < 3:
        return False
    plain = without_accents(word)
    addresses = {address for found in spelled.values() for address in found}
    return any(label.startswith(plain) for _, label in addresses)


def _names_a_domain(word: str, spelled: dict[str, list[tuple[str, str]]] | None) -> bool:
    """Whether an address of the text has a domain opening with ``word`` and no local
    part spelling it: "talento" of "marta@talentodigital.es", not of
    "paula@talento.es" nor of "ana.talento@x.com"."""
    if not spelled or len(word) < 3:
        return False
    word = without_accents(word)
    addresses = {address for found in spelled.values() for address in found}
    return any(label.startswith(word) for _, label in addresses) and not any(
        word in _LOCAL_PIECES.split(local) for local, _ in addresses
    )


def _spelled_surname(
    token: Token, first: str, spelled: dict[str, list[tuple[str, str]]] | None, rules: Rules
) -> bool:
    """Whether a capitalised common word after the first name ``first`` is its surname:
    an address spelling the first name spells it too, in its local part or opening its
    domain ("Kofi Asante (kofi@asanteaudio.ie)"), or an address is the first name's
    initial and the word ("Prof. Kwabena Asante (k.asante@...)", "kasante@...")."""
    text = token.text
    if not spelled or "\n" in text or not (text.isalpha() and text[0].isupper()):
        return False
    if not text[1:].islower() or len(text) < 3:
        return False
    surname = token.lower
    initialled = first[0].casefold() + surname
    # An address that is the first name's initial and the word spells nothing else, even
    # a word the patterns read ("Dr Jean Merci (j.merci@...)" beside "merci de ...").
    if any(
        "".join(_LOCAL_PIECES.split(local)) == initialled
        for spelling in (surname, initialled)
        for local, _ in spelled.get(spelling, ())
    ):
        return True
    if token.lower in rules.literals or token.lower in rules.special_words:
        return False
    # The domain may open with the surname and go on ("Kofi Asante (kofi@asanteaudio.ie)").
    return any(
        surname in _LOCAL_PIECES.split(local) or label.startswith(surname)
        for local, label in spelled.get(first.casefold(), ())
    )


def _closing_surname(tokens: Sequence[Token], cursor: int, first: str, rules: Rules) -> bool:
    """Whether a capitalised closing word right after the listed first name ``first`` is
    its surname, the sentence going on after it on the same line ("nitambulishe kwa
    Kwame Asante na Petrobras", "introduce me to Ann Best at Acme"): a thanks or a
    greeting ends a sentence or a line; capitalised inside a run of names and followed
    by more of the sentence it is a name. A closing phrase it opens ("Kwame Asante
    sana") is the closing, and one ending the sentence or line is read as before."""
    token = tokens[cursor]
    text = token.text
    if token.lower not in rules.closings or cursor + 1 >= len(tokens):
        return False
    if len(text) < 3 or not text.isalpha() or not text[0].isupper() or not text[1:].islower():
        return False
    following = tokens[cursor + 1]
    if following.text == "," and following.space and cursor + 2 < len(tokens):
        # "kwa Kwame Asante, anafanya kazi ...": a clause after the name's comma.
        following = tokens[cursor + 2]
    elif not token.space:
        return False
    if not following.text[:1].isalpha() or not following.text[0].islower():
        return False
    if not is_first_name(first):
        return False
    opened = token.lower + " " + following.lower
    return not any(c == opened or c.startswith(opened + " ") for c in rules.closings)


def _hyphened_surname(tokens: Sequence[Token], cursor: int, rules: Rules) -> bool:
    """Whether the capitalised word at ``cursor``, a common word no name alone ("Asante",
    Swahili for thanks; "Best"), opens a double-barrelled surname: joined by a hyphen to a
    word of a name, no space between ("Mr. Asante-Boateng", "Kofi Asante-Boateng", "Dr
    Best-Shaw"). Asked only right after a title or a listed first name, where a surname
    is awaited: "Asante-Boateng" after a title is one name, not "Boateng" after a word of
    thanks; elsewhere ("Asante-Sana", "Thanks-Giving") the word is read as before."""
    if cursor + 2 >= len(tokens):
        return False
    token, hyphen, following = tokens[cursor], tokens[cursor + 1], tokens[cursor + 2]
    text = token.text
    return (
        not token.space
        and hyphen.text == "-"
        and not hyphen.space
        and len(text) >= 2
        and text.isalpha()
        and text[0].isupper()
        and text[1:].islower()
        and _is_name_token(following.text, rules)
    )


# A closing bracket, by the one that opens it.
_CLOSERS = {">": "<", ")": "(", "]": "["}


def _split_email_word(tokens: Sequence[Token], index: int) -> bool:
    """Whether the tokens at ``index`` are "e-mail" split in three ("E", "-", "Mail"),
    written without spaces."""
    return (
        index + 2 < len(tokens)
        and tokens[index].lower == "e"
        and tokens[index + 1].text == "-"
        and tokens[index + 2].lower == "mail"
        and not tokens[index].space
        and not tokens[index + 1].space
    )


def _named(tokens: Sequence[Token], start: int, last: int, name: str) -> tuple[Item, int]:
    """The name item for ``name`` (written from ``start`` to token ``last``), with the
    address written right after it, and the index of the first token after both."""
    end = tokens[last].idx + len(tokens[last].text)
    cursor = last + 1
    # An address right after the name: "Ann Lee <ann@x.com>", "Ann (ann@x.com)", "Ann: ann@x.com".
    email: str | None = None
    probe = cursor
    skipped = 0
    # Whether a label German writes with a capital stands between ("E-Mail:", "Mail:").
    labelled = False
    while probe < len(tokens) and skipped <= 3:
        text = tokens[probe].text
        if "@" in text:
            candidate = text.removeprefix("mailto:")
            if "@" in candidate and _is_email(candidate):
                email = candidate
                break
        if _split_email_word(tokens, probe) or tokens[probe].lower == "mail":
            # "Frau Brigitte Oberländer, E-Mail: b.oberlaender@...": the label the tokenizer
            # splits ("E", "-", "Mail") is one word, as "e-mail" is.
            probe += 1 if tokens[probe].lower == "mail" else 3
            skipped += 1
            labelled = True
            continue
        if tokens[probe].lower in _ATTACH_PUNCT or (text.isspace() and "\n\n" not in text):
            probe += 1
            skipped += 1
            continue
        break
    if labelled and email is not None and not spelled_words(name, email.partition("@")[0]):
        # "bei Alpenpost Digital, Mail: jana.keller@...": a label after a firm's name gives
        # the address of someone else the mail names, not the firm's.
        email = None
    if email is not None:
        cursor = probe + 1
        closer = tokens[cursor].text if cursor < len(tokens) else ""
        if closer in _CLOSERS and (
            _CLOSERS[closer] in {token.text for token in tokens[last + 1 : probe]}
            or tokens[probe].text.startswith("mailto:")
        ):
            # "Ann (ann@x.com)": the bracket opened after the name closes with the address;
            # in "Thomas Berger (Schreinerei Holzmann, info@holzmann.de)" it closes the
            # aside about Thomas, the mention of the firm with its address inside it.
            cursor += 1
        end = tokens[cursor - 1].idx + len(tokens[cursor - 1].text)
    return Item("name", name.casefold(), start, end, name=name, email=email), cursor
