"""``tokenize`` settles plain words in lower case and single marks at once, ``_group_at``
looks a head up alone when no longer group opens on it, ``_named`` strips "mailto:" only
from a token holding an "@", ``_described_noun`` looks its determiners up without a
generator: each gives what the code before it gave, for every labelled mail's text and
subject and for random text made of the words and marks those steps read; and
``_described_names`` works out what an address spells only for a name closing a
description; ``_is_name_token`` reads each word once for the rules."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_mentions import (
    _ATTACH_PUNCT,
    _CLOSERS,
    _CONTRACTIONS,
    _ELIDED_CAPITAL,
    _INITIALS,
    _SENTENCE_END,
    LIST_ITEM,
    Item,
    _address_form,
    _address_spellings,
    _after_a_colon,
    _after_initials,
    _after_own_me,
    _attributive_word,
    _beside_familiar_verb,
    _between_addressed_names,
    _bracketed_abbreviation_period,
    _bracketed_addresses,
    _called_by_nickname,
    _called_then_named,
    _capital_title,
    _cased_title,
    _clitic_at,
    _clitic_items,
    _company_form_period,
    _contracted_before_person,
    _contracted_thirds,
    _described_at,
    _described_noun,
    _group_at,
    _hyphened_surname,
    _initial_after_title,
    _initial_title,
    _initialled_name,
    _is_email,
    _is_name_token,
    _joined_organisations,
    _list_marker,
    _lone_noun,
    _lower_case_name,
    _lower_title,
    _named,
    _opens_better,
    _opens_on_a_verb,
    _particle_after_title,
    _place_abbreviation_period,
    _place_of_address,
    _plain_group_head,
    _read_name,
    _role_before_title,
    _slot_first_name,
    _special_at,
    _spelled_first_name,
    _split_elisions,
    _split_email_word,
    _surname_first_names,
    _title_before_name,
    _title_gender,
    _title_word,
    spelled_words,
    tokenize,
)
from agent.understanding.request_rules import Rules, load_rules
from agent.understanding.request_tokens import Token, spacy_tokens
from tests.agent.understanding.shared_inputs import labelled_messages


def _reference_tokenize(text: str, rules: Rules, tokens: list[Token] | None = None) -> list[Item]:
    """``tokenize`` as it was: every token taken through each step in turn, plain words
    and marks too."""
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
    while index < count:
        token_index = index
        token = tokens[index]
        raw, lower, start, _ = token
        if lower in _contracted_thirds(rules):
            # "He'd like ...": "he" and "'d".
            pronoun = lower[:-2]
            kind = "they" if pronoun in rules.plural_third_words else "third"
            cut = start + len(pronoun)
            items += [Item(kind, pronoun, start, cut), Item("word", "'d", cut, start + len(raw))]
            index += 1
            continue
        if lower in rules.cluster_thirds and _after_own_me(tokens, index, items, rules):
            # "Tu me le présentes ?", "¿Me la presentas?": "him", "her".
            items.append(Item("third", lower, start, start + len(raw)))
            index += 1
            continue
        if (
            lower in rules.name_honorifics
            and raw == lower
            and items
            and items[-1].kind == "name"
            and text[items[-1].end : start] == " "
        ):
            # "introduce Gurpreet ji to ...": the honorific is left out.
            index += 1
            continue
        if (
            titled_at == token_index
            and lower in rules.title_degrees
            and index + 1 < count
            and tokens[index + 1].text == "."
            and not token.space
        ):
            # "Frau Dr. med. dent. Sophie Marchand": a degree after the title.
            index += 2
            titled_at = index
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
            # "GmbH & Co. KG": the period of "Co." ends no sentence.
            index += 1
            continue
        if raw == "." and _bracketed_abbreviation_period(tokens, index):
            # "(cf. ci-dessous)": the period of an abbreviation opening a bracket.
            index += 1
            continue
        if raw == "." and _place_abbreviation_period(tokens, index, rules):
            # "at St. Anthony": the period of an abbreviation inside a place's name.
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
            # "M. Le Floc'h": the particle after a title opens the surname.
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
                items.append(Item("word", lower, start, start + len(raw)))
                index += 1
                continue
            if titled_at != token_index and _role_before_title(tokens, index, rules):
                items.append(Item("word", lower, start, start + len(raw)))
                index += 1
                continue
            if titled_at != token_index and _attributive_word(tokens, index, rules, spelled):
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
        kind = "word" if raw[0].isalnum() or any(c.isalnum() for c in raw) else "punct"
        items.append(Item(kind, lower, start, start + len(raw)))
        index += 1
    _joined_organisations(items, text, rules)
    if "@" in text:
        items = _reference_described_names(items, rules)
        _bracketed_addresses(items, rules)
        _surname_first_names(items, text)
        _called_then_named(items)
    return items


def _reference_group_at(tokens: Sequence[Token], index: int, rules: Rules) -> tuple[int, str]:
    """``_group_at`` as it was: every run of words looked up, longest first."""
    if tokens[index].lower not in rules.group_heads:
        return 0, ""
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


def _reference_named(tokens: Sequence[Token], start: int, last: int, name: str) -> tuple[Item, int]:
    """``_named`` as it was: each token after the name stripped of "mailto:" first."""
    end = tokens[last].idx + len(tokens[last].text)
    cursor = last + 1
    # An address right after the name: "Ann Lee <ann@x.com>", "Ann (ann@x.com)", "Ann: ann@x.com".
    email: str | None = None
    probe = cursor
    skipped = 0
    labelled = False
    while probe < len(tokens) and skipped <= 3:
        text = tokens[probe].text
        candidate = text.removeprefix("mailto:")
        if "@" in candidate and _is_email(candidate):
            email = candidate
            break
        if _split_email_word(tokens, probe) or tokens[probe].lower == "mail":
            # "E-Mail:", "Mail:": a label, given to the name only where the address spells it.
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


def _reference_described_names(items: list[Item], rules: Rules) -> list[Item]:
    """``_described_names`` as it was: what each address spells of its name worked out
    before looking for a description."""
    index = 0
    while index < len(items):
        item = items[index]
        index += 1
        if item.kind != "name" or item.email is None or item.name is None:
            continue
        local = item.email.partition("@")[0].casefold()
        spelled = spelled_words(item.name, local, opening=True)
        back = _described_at(items, index - 1, local, rules)
        if back < 0:
            continue
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


def _reference_is_name_token(text: str, rules: Rules) -> bool:
    """``_is_name_token`` as it was: each word read again each time."""
    if len(text) < 2 or not text[0].isupper():
        return False
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


def _texts() -> list[str]:
    texts: list[str] = []
    for message in labelled_messages():
        texts += [message.text or "", message.subject or ""]
    return texts


def test_labelled_texts_are_read_the_same() -> None:
    rules = load_rules()
    items = 0
    for text in _texts():
        tokens = spacy_tokens(text)
        expected = _reference_tokenize(text, rules, tokens)
        assert tokenize(text, rules, tokens) == expected, text
        items += len(expected)
    assert items > 50_000


def test_groups_and_names_are_read_the_same_at_every_token() -> None:
    rules = load_rules()
    groups = named = 0
    for text in _texts()[::2]:
        tokens = spacy_tokens(text)
        for index in range(len(tokens)):
            expected = _reference_group_at(tokens, index, rules)
            assert _group_at(tokens, index, rules) == expected
            groups += expected[0] > 0
            for last in range(index, min(index + 2, len(tokens))):
                name = " ".join(token.text for token in tokens[index : last + 1])
                found = _reference_named(tokens, tokens[index].idx, last, name)
                assert _named(tokens, tokens[index].idx, last, name) == found
                named += found[0].email is not None
    assert groups > 100
    assert named > 100


def _vocabulary() -> list[str]:
    """The words and marks the steps of ``tokenize`` read, and plain ones beside them."""
    rules = load_rules()
    listed = sorted(
        rules.special_words
        | rules.familiar_clitics
        | rules.lower_titles
        | rules.titles
        | set(rules.contracted_forms)
        | set(rules.asked_clitic_forms)
        | set(rules.clitic_forms)
        | {word for group in rules.group_words for word in group}
    )
    plain = ["meet", "intro", "please", "would", "you", "two", "of", "us", "the", "de", "la"]
    names = ["Ann", "Lee", "Bob", "Ray", "O'Neil", "Frau", "Dr", "Sra", "Mr", "Priya", "Shah"]
    marks = [",", ";", ".", ":", "(", ")", "<", ">", "-", "\u2022", "*", "?", "!", "...", "'"]
    marks += ["\u2019", "\u00aa", "\u00ba", "@", "1", "2)", "\n", "\n\n", "  ", "\t", "&"]
    odd = ["dr.", "sra.", "eng.\u00ba", "dr\u00aa", "priya", "shah", "a@b", "ann.lee@x.com"]
    odd += ["mailto:bob@ray.org", "p.shah@acme.in", "<ann@lee.io>", "ANN", "US", "Me", "ß"]
    return listed[::7] + plain + names + marks + odd


_WORDS = _vocabulary()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from(["", " ", " ", " ", "\n", "  "])),
        max_size=30,
    )
)
def test_random_text_near_the_steps_is_read_the_same(pieces: list[tuple[str, str]]) -> None:
    rules = load_rules()
    text = "".join(word + gap for word, gap in pieces)
    tokens = spacy_tokens(text)
    assert tokenize(text, rules, tokens) == _reference_tokenize(text, rules, tokens)
    for index in range(len(tokens)):
        assert _group_at(tokens, index, rules) == _reference_group_at(tokens, index, rules)
        found = _reference_named(tokens, tokens[index].idx, index, tokens[index].text)
        assert _named(tokens, tokens[index].idx, index, tokens[index].text) == found


def test_name_tokens_are_read_the_same_each_time() -> None:
    rules = load_rules()
    names = 0
    for text in _texts()[::3]:
        for token in spacy_tokens(text):
            expected = _reference_is_name_token(token.text, rules)
            assert _is_name_token(token.text, rules) == expected, token.text
            # Again, now that it is kept.
            assert _is_name_token(token.text, rules) == expected, token.text
            names += expected
    assert names > 1000


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="AaLlDdO'\u2019\u00e9\u00c9ns-", max_size=8))
def test_random_words_are_read_as_names_the_same(word: str) -> None:
    rules = load_rules()
    expected = _reference_is_name_token(word, rules)
    assert _is_name_token(word, rules) == expected
    assert _is_name_token(word, rules) == expected
