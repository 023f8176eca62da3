"""Understanding an incoming mail: an intro request, a mail command, or neither.

The phrasings live in ``rules/requests/{lang}.json`` (who is to meet whom),
``rules/commands/{lang}.json`` and ``rules/not_requests/{lang}.json`` and are compiled
once per process. A pattern such as ``introduce {A} to {B+}`` is a run of literal words
(``a|b`` for alternatives, a trailing ``?`` for an optional word) and slots; a slot takes
one mention of a person: a name, an address, ``me``, ``you``, ``you two``. A pattern with
only a ``{B}`` slot has the requester as its other party.

The rule is never to guess: a request is ``confident`` only when both people of every
pair and both their addresses are certain (given next to the name, named in the
headers, or known to the address book under exactly one address). Anything less and the
agent asks the requester to confirm.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from spacy.attrs import IDX, LENGTH, SPACY

from agent.message import Address, ParsedMessage
from agent.understanding.address_book import AddressBook, name_key
from agent.understanding.commands import detect_command, strip_subject_prefixes
from agent.understanding.forwards import Forward, find_forward
from agent.understanding.nlp import get_nlp
from agent.understanding.quotes import extract_new_text
from agent.understanding.request_model import Pair, Party, RequestResult

LANGUAGES = ("en", "fr", "es", "de", "pt", "sw")
MAX_CONTEXT_CHARS = 200
# How a whole-request phrase ("les presento") shows among the words of a text.
CALL = "\x00call"
# A request is made in the first lines of a mail; the rest of a huge mail is not read.
MAX_TEXT_CHARS = 20_000
MAX_NAME_TOKENS = 4
# Descriptions between a determiner and a name ("my old friend and colleague Ann").
MAX_DESCRIPTOR_WORDS = 4
# An aside after a name ("Ann (our new CTO, ex-Stripe) to Bob").
MAX_APPOSITIVE_ITEMS = 16

MENTION_KINDS = frozenset({"name", "email", "self", "us", "you", "third", "they", "group", "call"})
_SENTENCE_END = frozenset({".", "?", "!", "\u3002", ";"})
_OPENERS = {"(": ")", "[": "]", ",": ",", "-": "-", "\u2013": "\u2013", "\u2014": "\u2014"}
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
_EMAIL = re.compile(r"^[\w.+'-]+@[\w-]+(\.[\w-]+)+$")
_LOCAL_SPLIT = re.compile(r"[._+\-\d]+")
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})
_NEVER = re.compile(r"(?!x)x")
# What may open a slot before the name: quotes, emphasis, a colon ("intro to: Ann").
_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u00ab", "\u00bb", "*", "_", ":", "<"})


# -- Rules -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Element:
    """One step of a pattern: a set of literal words, or a slot for a person."""

    words: frozenset[str] = frozenset()
    optional: bool = False
    slot: str | None = None
    many: bool = False


@dataclass(frozen=True, eq=False)
class Pattern:
    """A compiled phrasing and the text it came from (kept for debugging and tests)."""

    source: str
    elements: tuple[Element, ...]
    # Who the other party is when the pattern has no {A}: "self" (the writer), "you"
    # (the one person written to) or "third" (the one person written about).
    implied: str = "self"

    @cached_property
    def required(self) -> tuple[frozenset[str], ...]:
        """The word sets of which the text must hold one each for the pattern to match."""
        if len(self.elements) == 1 and self.elements[0].slot is not None:
            return (frozenset({CALL}),)
        return tuple(e.words for e in self.elements if e.slot is None and not e.optional)

    @property
    def slots(self) -> frozenset[str]:
        """The slot names the pattern binds."""
        return frozenset(element.slot for element in self.elements if element.slot)


def compile_pattern(source: str, implied: str = "self") -> Pattern:
    """Compile ``introduce|intro {A} to {B+}`` into elements."""
    elements = []
    for word in source.split():
        if word.startswith("{") and word.endswith("}"):
            slot = word[1:-1]
            elements.append(Element(slot=slot.rstrip("+"), many=slot.endswith("+")))
            continue
        optional = len(word) > 1 and word.endswith("?")
        word = word[:-1] if optional else word
        elements.append(Element(words=frozenset(word.casefold().split("|")), optional=optional))
    return Pattern(source, tuple(elements), implied)


@dataclass
class Rules:
    """Every language's phrasings merged, compiled once per process."""

    pair_patterns: list[Pattern] = field(default_factory=list)
    subject_patterns: list[Pattern] = field(default_factory=list)
    weak_patterns: list[Pattern] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    greetings: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    self_words: set[str] = field(default_factory=set)
    plural_self_words: set[str] = field(default_factory=set)
    you_words: set[str] = field(default_factory=set)
    third_words: set[str] = field(default_factory=set)
    plural_third_words: set[str] = field(default_factory=set)
    group_words: dict[tuple[str, ...], str] = field(default_factory=dict)
    conjunctions: set[str] = field(default_factory=set)
    descriptor_starts: set[str] = field(default_factory=set)
    name_particles: set[str] = field(default_factory=set)
    stop_names: set[str] = field(default_factory=set)
    literals: set[str] = field(default_factory=set)
    closings: set[str] = field(default_factory=set)
    forward_markers: set[str] = field(default_factory=set)
    quote_markers: set[str] = field(default_factory=set)
    forward_labels: dict[str, str] = field(default_factory=dict)
    sentence_cues: set[str] = field(default_factory=set)
    reply_cues: set[str] = field(default_factory=set)
    message_cues: set[str] = field(default_factory=set)
    subject_cues: set[str] = field(default_factory=set)
    max_group_words: int = 1
    group_heads: set[str] = field(default_factory=set)
    # Every lower-case word that is more than a word to the tokenizer.
    special_words: set[str] = field(default_factory=set)
    trigger_re: re.Pattern[str] = _NEVER
    sentence_cue_re: re.Pattern[str] = _NEVER
    reply_cue_re: re.Pattern[str] = _NEVER
    message_cue_re: re.Pattern[str] = _NEVER
    subject_cue_re: re.Pattern[str] = _NEVER


def phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` as whole words (they are already case-folded)."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ordered:
        return _NEVER
    # Any run of white space between words, since a phrase may wrap across lines.
    body = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _read_json(folder: str, language: str) -> dict[str, Any]:
    path = resources.files("rules") / folder / f"{language}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _fold(items: Iterable[str]) -> set[str]:
    return {item.casefold().replace("\u2019", "'") for item in items}


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Load and compile every language's rules (once per process)."""
    rules = Rules()
    for language in LANGUAGES:
        data = _read_json("requests", language)
        rules.pair_patterns += [compile_pattern(p) for p in data.get("pair_patterns", ())]
        rules.subject_patterns += [compile_pattern(p) for p in data.get("subject_patterns", ())]
        rules.pair_patterns += [compile_pattern(p, "you") for p in data.get("you_patterns", ())]
        third = data.get("third_patterns", ())
        rules.pair_patterns += [compile_pattern(p, "third") for p in third]
        rules.weak_patterns += [compile_pattern(p) for p in data.get("weak_patterns", ())]
        rules.titles |= _fold(data.get("titles", ()))
        rules.greetings |= _fold(data.get("greetings", ()))
        rules.triggers |= _fold(data.get("triggers", ()))
        rules.self_words |= _fold(data.get("self_words", ()))
        rules.plural_self_words |= _fold(data.get("plural_self_words", ()))
        rules.you_words |= _fold(data.get("you_words", ()))
        rules.third_words |= _fold(data.get("third_words", ()))
        rules.plural_third_words |= _fold(data.get("plural_third_words", ()))
        for kind, key in (("group", "group_words"), ("call", "group_calls")):
            for words in _fold(data.get(key, ())):
                tokens = tuple(t.lower for t in spacy_tokens(words) if not t.text.isspace())
                rules.group_words[tokens] = kind
        rules.conjunctions |= _fold(data.get("conjunctions", ()))
        rules.descriptor_starts |= _fold(data.get("descriptor_starts", ()))
        rules.name_particles |= _fold(data.get("name_particles", ()))
        rules.stop_names |= _fold(data.get("stop_names", ()))
        rules.closings |= _fold(data.get("closings", ()))
        rules.forward_markers |= _fold(data.get("forward_markers", ()))
        rules.quote_markers |= _fold(data.get("quote_markers", ()))
        labels = data.get("forward_labels", {})
        rules.forward_labels.update({k.casefold(): v for k, v in labels.items()})
        negatives = _read_json("not_requests", language)
        rules.sentence_cues |= _fold(negatives.get("sentence_cues", ()))
        rules.reply_cues |= _fold(negatives.get("reply_cues", ()))
        rules.message_cues |= _fold(negatives.get("message_cues", ()))
        rules.subject_cues |= _fold(negatives.get("subject_cues", ()))
    rules.pair_patterns.append(compile_pattern("{A}"))
    for pattern in rules.pair_patterns + rules.subject_patterns + rules.weak_patterns:
        for element in pattern.elements:
            rules.literals |= element.words
    rules.max_group_words = max((len(g) for g in rules.group_words), default=1)
    rules.group_heads = {g[0] for g in rules.group_words}
    rules.special_words = (
        rules.group_heads
        | rules.self_words
        | rules.plural_self_words
        | rules.you_words
        | rules.third_words
        | rules.plural_third_words
    )
    rules.trigger_re = phrase_regex(rules.triggers)
    rules.sentence_cue_re = phrase_regex(rules.sentence_cues)
    rules.reply_cue_re = phrase_regex(rules.sentence_cues | rules.reply_cues)
    rules.message_cue_re = phrase_regex(rules.message_cues)
    rules.subject_cue_re = phrase_regex(rules.subject_cues)
    return rules


# -- Mentions --------------------------------------------------------------------------


@dataclass(slots=True)
class Item:
    """A token, or a whole mention of a person, as the patterns see the text."""

    kind: str
    lower: str
    start: int
    end: int
    name: str | None = None
    email: str | None = None


def _is_name_token(text: str, rules: Rules) -> bool:
    if len(text) < 2 or not text[0].isupper():
        return False
    if not all(char.isalpha() or char in "'\u2019" for char in text):
        return False
    if not any(char.islower() for char in text[1:]):
        return False
    lowered = text.casefold().replace("\u2019", "'")
    return lowered not in rules.stop_names and lowered not in rules.literals


def _is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


class Token(NamedTuple):
    """A token of spaCy's tokenizer, as plain values (much cheaper than ``spacy.Token``)."""

    text: str
    lower: str
    idx: int
    space: bool


def spacy_tokens(text: str) -> list[Token]:
    """The shared tokenizer's tokens for ``text``."""
    doc = get_nlp().make_doc(text)
    tokens = []
    for start, length, space in doc.to_array([IDX, LENGTH, SPACY]).tolist():
        raw = text[start : start + length]
        tokens.append(Token(raw, raw.casefold().replace("\u2019", "'"), start, bool(space)))
    return tokens


def tokenize(text: str, rules: Rules) -> list[Item]:
    """Turn text into items, collapsing each mention of a person into one item."""
    tokens = spacy_tokens(text)
    items: list[Item] = []
    index = 0
    count = len(tokens)
    while index < count:
        token = tokens[index]
        raw = token.text
        lower = token.lower
        start = token.idx
        if raw.isspace():
            if raw.count("\n") >= 2:
                items.append(Item("end", "\n", start, start + len(raw)))
            index += 1
            continue
        if raw in _SENTENCE_END or raw == "...":
            items.append(Item("end", raw, start, start + len(raw)))
            index += 1
            continue
        if raw[0].islower() and lower not in rules.special_words and "@" not in raw:
            # Most tokens are plain lower-case words: settle them first.
            items.append(Item("word", lower, start, start + len(raw)))
            index += 1
            continue
        group, group_kind = _group_at(tokens, index, rules)
        if group:
            end_token = tokens[index + group - 1]
            label = CALL if group_kind == "call" else ""
            items.append(Item(group_kind, label, start, end_token.idx + len(end_token.text)))
            index += group
            continue
        email = raw.removeprefix("mailto:")
        if "@" in email and _is_email(email):
            items.append(Item("email", email.casefold(), start, start + len(raw), email=email))
            index += 1
            continue
        if lower in rules.plural_self_words and not raw.isupper():
            items.append(Item("us", lower, start, start + len(raw)))
            index += 1
            continue
        if lower in rules.self_words and not (raw.isupper() and len(raw) > 1):
            items.append(Item("self", lower, start, start + len(raw)))
            index += 1
            continue
        if lower in rules.you_words:
            items.append(Item("you", lower, start, start + len(raw)))
            index += 1
            continue
        if lower in rules.third_words:
            items.append(Item("third", lower, start, start + len(raw)))
            index += 1
            continue
        if lower in rules.plural_third_words:
            items.append(Item("they", lower, start, start + len(raw)))
            index += 1
            continue
        if lower.rstrip(".") in rules.titles and raw[0].isupper():
            # "Dr. Karen Whitfield": the title is neither part of the name nor a full stop.
            index += 1
            if index < count and tokens[index].text == "." and not token.space:
                index += 1
            continue
        if _is_name_token(raw, rules):
            item, index = _read_name(tokens, index, rules)
            items.append(item)
            continue
        kind = "word" if raw[0].isalnum() or any(c.isalnum() for c in raw) else "punct"
        items.append(Item(kind, lower, start, start + len(raw)))
        index += 1
    return items


def _group_at(tokens: Sequence[Token], index: int, rules: Rules) -> tuple[int, str]:
    """How many tokens from ``index`` name the recipients together, and how: ``group``
    ("you two") or ``call`` ("je vous présente", a whole request in itself)."""
    if tokens[index].lower not in rules.group_heads:
        return 0, ""
    for size in range(rules.max_group_words, 0, -1):
        words = tuple(t.lower for t in tokens[index : index + size] if not t.text.isspace())
        kind = rules.group_words.get(words) if len(words) == size else None
        if kind:
            return size, kind
    return 0, ""


def _read_name(tokens: Sequence[Token], index: int, rules: Rules) -> tuple[Item, int]:
    """Read a run of capitalised words (with joined hyphens and particles) and any address."""
    parts = [tokens[index].text]
    start = tokens[index].idx
    end = start + len(tokens[index].text)
    last = index
    cursor = index + 1
    while cursor < len(tokens) and len(parts) < MAX_NAME_TOKENS:
        previous, token = tokens[cursor - 1], tokens[cursor]
        if token.text == "-" and not previous.space and cursor + 1 < len(tokens):
            following = tokens[cursor + 1]
            if not token.space and _is_name_token(following.text, rules):
                parts[-1] += "-" + following.text
                last = cursor + 1
                cursor += 2
                continue
            break
        if _is_name_token(token.text, rules):
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
        if token.lower in rules.name_particles:
            # "van der Berg": particles count only when a capitalised word follows them.
            ahead = cursor
            while ahead < len(tokens) and tokens[ahead].lower in rules.name_particles:
                ahead += 1
            near = ahead < len(tokens) and ahead - cursor <= 3
            if near and _is_name_token(tokens[ahead].text, rules):
                parts.extend(t.text for t in tokens[cursor:ahead])
                cursor = ahead
                continue
        break
    end = tokens[last].idx + len(tokens[last].text)
    cursor = last + 1
    # An address right after the name: "Ann Lee <ann@x.com>", "Ann (ann@x.com)", "Ann: ann@x.com".
    email: str | None = None
    probe = cursor
    skipped = 0
    while probe < len(tokens) and skipped <= 3:
        text = tokens[probe].text
        candidate = text.removeprefix("mailto:")
        if "@" in candidate and _is_email(candidate):
            email = candidate
            break
        if tokens[probe].lower in _ATTACH_PUNCT or (text.isspace() and "\n\n" not in text):
            probe += 1
            skipped += 1
            continue
        break
    if email is not None:
        cursor = probe + 1
        if cursor < len(tokens) and tokens[cursor].text in (">", ")", "]"):
            cursor += 1
        end = tokens[cursor - 1].idx + len(tokens[cursor - 1].text)
    name = " ".join(parts)
    return Item("name", name.casefold(), start, end, name=name, email=email), cursor


# -- Matching --------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """One pattern found in the text, with the mentions each slot took."""

    pattern: Pattern
    start: int
    end: int
    slots: dict[str, tuple[Item, ...]]


def _slot(items: Sequence[Item], index: int, element: Element, rules: Rules) -> Iterator[int]:
    """Positions where a mention may start for a slot at ``index`` (after any descriptor)."""
    if index >= len(items):
        return
    if items[index].lower in _QUOTES and index + 1 < len(items):
        index += 1
    if items[index].kind in MENTION_KINDS:
        yield index
    if items[index].lower in rules.descriptor_starts:
        cursor = index + 1
        for _ in range(MAX_DESCRIPTOR_WORDS):
            if cursor >= len(items):
                return
            item = items[cursor]
            if item.kind in ("name", "email"):
                after = cursor + 2
                if (
                    item.email is None
                    and after < len(items)
                    and items[cursor + 1].lower == ","
                    and items[after].kind == "name"
                    and items[after].email
                ):
                    # "the founder of Loomwork, Hannah Reid (hannah@...)": the named person.
                    yield after
                yield cursor
                return
            if item.lower in (",", "-"):
                cursor += 1
                continue
            if item.kind != "word" or item.lower in rules.conjunctions:
                return
            cursor += 1


def _mentions(
    items: Sequence[Item], index: int, element: Element, rules: Rules
) -> Iterator[tuple[int, tuple[Item, ...]]]:
    """Every way a slot can be filled at ``index``: the end position and its mentions."""
    for first in _slot(items, index, element, rules):
        found = [items[first]]
        end = first + 1
        if element.many:
            while end + 1 < len(items) and items[end].lower in rules.conjunctions:
                step = end + 1
                if items[step].lower in rules.conjunctions:
                    step += 1
                if step < len(items) and items[step].kind in ("name", "email", "self"):
                    found.append(items[step])
                    end = step + 1
                    continue
                break
        yield end, tuple(found)
        if end < len(items) and items[end].lower == ",":
            yield end + 1, tuple(found)
        closer = _OPENERS.get(items[end].lower) if end < len(items) else None
        if closer is None:
            continue
        for cursor in range(end + 1, min(len(items), end + MAX_APPOSITIVE_ITEMS)):
            if items[cursor].kind == "end":
                break
            if items[cursor].lower == closer:
                yield cursor + 1, tuple(found)
                break


def _match_at(
    pattern: Pattern,
    position: int,
    items: Sequence[Item],
    index: int,
    bound: dict[str, tuple[Item, ...]],
    rules: Rules,
) -> Iterator[tuple[int, dict[str, tuple[Item, ...]]]]:
    if position == len(pattern.elements):
        yield index, bound
        return
    element = pattern.elements[position]
    if element.slot is None:
        if (
            index < len(items)
            and items[index].kind != "end"
            and items[index].lower in element.words
        ):
            yield from _match_at(pattern, position + 1, items, index + 1, bound, rules)
        if element.optional:
            yield from _match_at(pattern, position + 1, items, index, bound, rules)
        return
    for end, found in _mentions(items, index, element, rules):
        yield from _match_at(
            pattern, position + 1, items, end, {**bound, element.slot: found}, rules
        )


def _acceptable(pattern: Pattern, slots: dict[str, tuple[Item, ...]]) -> bool:
    """Reject bindings that make no pair: a lone slot must be ``you two``, and only there."""
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
        return len(slots["A"]) == 1 and slots["A"][0].kind in ("group", "call", "us", "they")
    return not groups


class PatternIndex:
    """Patterns grouped by what their first step accepts, so each position tries only a few."""

    def __init__(self, patterns: Sequence[Pattern], rules: Rules) -> None:
        self.rules = rules
        self.patterns = tuple(patterns)
        # Each pattern filed under the words of its first required step.
        self.keyed: dict[str, list[Pattern]] = {}
        self.unconditional: list[Pattern] = []
        for pattern in patterns:
            if not pattern.required:
                self.unconditional.append(pattern)
            for word in pattern.required[0] if pattern.required else ():
                self.keyed.setdefault(word, []).append(pattern)
        self._by_word: dict[str, list[tuple[int, Pattern]]] = {}
        self._by_mention: list[tuple[int, Pattern]] = []
        self._anywhere: list[tuple[int, Pattern]] = []
        for order, pattern in enumerate(patterns):
            head = pattern.elements[0]
            if head.slot is not None:
                self._by_mention.append((order, pattern))
            elif head.optional:
                self._anywhere.append((order, pattern))
            else:
                for word in head.words:
                    self._by_word.setdefault(word, []).append((order, pattern))
        self._cache: dict[tuple[str, bool], tuple[Pattern, ...]] = {}

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
    """The compiled index of one family of patterns: ``pair``, ``subject`` or ``weak``."""
    rules = load_rules()
    families = {
        "pair": rules.pair_patterns,
        "subject": rules.subject_patterns + rules.pair_patterns,
        "weak": rules.weak_patterns,
    }
    return PatternIndex(families[kind], rules)


def find_matches(items: Sequence[Item], index_of: PatternIndex) -> list[Match]:
    """Leftmost, non-overlapping matches; at one position the first pattern listed wins."""
    rules = index_of.rules
    present = {item.lower for item in items}
    # Most patterns need a word this text lacks; dropping them first is most of the speed.
    possible = set(index_of.unconditional)
    for word in present & index_of.keyed.keys():
        for pattern in index_of.keyed[word]:
            if all(not words.isdisjoint(present) for words in pattern.required):
                possible.add(pattern)
    found: list[Match] = []
    if not possible:
        return found
    index = 0
    while index < len(items):
        candidates = [p for p in index_of.candidates(items[index]) if p in possible]
        match = _first_match(items, index, candidates, rules) if candidates else None
        if match is None:
            index += 1
            continue
        found.append(match)
        index = max(match.end, index + 1)
    return found


def _first_match(
    items: Sequence[Item], index: int, patterns: Sequence[Pattern], rules: Rules
) -> Match | None:
    for pattern in patterns:
        for end, slots in _match_at(pattern, 0, items, index, {}, rules):
            if end > index and _acceptable(pattern, slots):
                return Match(pattern, index, end, slots)
    return None


# -- Who is who ------------------------------------------------------------------------


@dataclass(frozen=True)
class Resolved:
    """A party and whether both its name and its address are certain."""

    party: Party
    certain: bool


@dataclass
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
    they: tuple[Resolved, Resolved] | None = None


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s.,]+", name.casefold().replace("\u2019", "'")) if w]


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


def _plain(word: str) -> str:
    """A word without accents, as addresses spell names ("tomás" -> "tomas")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _local_matches(mention: Sequence[str], email: str) -> bool:
    mention = [_plain(word) for word in mention]
    local = email.split("@", 1)[0].casefold()
    parts = [part for part in _LOCAL_SPLIT.split(local) if part]
    first = mention[0]
    if len(first) >= 3 and first in parts:
        return True
    joined = "".join(mention)
    return len(mention) > 1 and local in (joined, mention[0][0] + mention[-1])


def is_agent(email: str, agent: str) -> bool:
    """True for the agent's own address and its plus-addresses (``intro+token@...``)."""
    user, _, domain = email.strip().casefold().rpartition("@")
    agent_user, _, agent_domain = agent.rpartition("@")
    return domain == agent_domain and user.partition("+")[0] == agent_user


def _unique(addresses: Iterable[Address], agent: str) -> list[Address]:
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


def resolve_name(name: str, email: str | None, scene: Scene) -> Resolved:
    """Who a written name is: certain only when exactly one address answers to it."""
    mention = _words(name)
    if email:
        known = [a for a in scene.gazetteer if a.key == email.casefold()]
        display = _display(name, known[0]) if known else name
        return Resolved(Party(display, email), not is_agent(email, scene.agent))
    if len(mention) == 1:
        # "Hannah" after "Dr. Hannah Price" earlier in the mail: the fuller name, if only one.
        fuller = {n for n in scene.text_names if len(_words(n)) > 1 and _words(n)[0] == mention[0]}
        if len(fuller) == 1:
            name = fuller.pop()
            mention = _words(name)
    tiers: list[list[Address]] = [
        [a for a in scene.body_names if _name_matches(mention, a.name)],
        [Address(name, e) for e in scene.body_emails if _local_matches(mention, e)],
        [a for a in scene.gazetteer if a.name and _name_matches(mention, a.name)],
        [a for a in scene.gazetteer if not a.name and _local_matches(mention, a.email)],
    ]
    if scene.book is not None:
        tiers.append(list(scene.book.lookup(name)))
    for tier in tiers:
        found = _unique(tier, scene.agent)
        if len(found) == 1:
            return Resolved(Party(_display(name, found[0]), found[0].email), True)
        if len(found) > 1:
            return Resolved(Party(name, None), False)
    return Resolved(Party(name, None), False)


def _first_word(address: Address) -> str:
    words = _words(address.name) if address.name else []
    if "," in address.name and len(words) > 1:
        return words[-1]
    return words[0] if words else ""


def _party_of(address: Address) -> Resolved:
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
        return [resolve_name(item.name, item.email, scene)]
    if item.kind == "you":
        if len(scene.recipients) == 1:
            return [_party_of(scene.recipients[0])]
        if len(scene.greeting) == 1:
            return resolve_mention(scene.greeting[0], scene)
        return [unknown]
    if item.kind in ("group", "call"):
        if len(scene.recipients) == 2:
            # Certain only if the mail names both: a copied assistant is no party.
            named = {_words(n)[0] for n in scene.text_names if _words(n)}
            return [Resolved(_party_of(r).party, _first_word(r) in named) for r in scene.recipients]
        if len(scene.greeting) == 2:
            return [resolve_mention(g, scene)[0] for g in scene.greeting]
        return [unknown, unknown]
    return [unknown]


def _pairs_of(match: Match, scene: Scene) -> list[tuple[Resolved, Resolved]]:
    if not match.slots:
        both = resolve_mention(Item("group", "", match.start, match.start), scene)
        return [(both[0], both[1])]
    if "B" not in match.slots:
        item = match.slots["A"][0]
        if item.kind == "us":
            # "Can you connect us?": the writer and the one other person on the mail.
            if len(scene.recipients) != 1 or scene.me is None:
                return []
            return [(scene.me, _party_of(scene.recipients[0]))]
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
    return [(a, b) for a in firsts for b in seconds]


def _same(a: Party, b: Party) -> bool:
    if a.email and b.email:
        return a.email.casefold() == b.email.casefold()
    return bool(a.name and b.name and name_key(a.name) == name_key(b.name))


# -- Text pieces -----------------------------------------------------------------------


def _sentences(items: Sequence[Item]) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for index, item in enumerate(items):
        if item.kind == "end":
            if index > start:
                bounds.append((start, index))
            start = index + 1
    if start < len(items):
        bounds.append((start, len(items)))
    return bounds


def _normal(text: str) -> str:
    return " ".join(text.casefold().replace("\u2019", "'").split())


_GREETING_GLUE = frozenset({"and", "et", "y", "und", "e", "na", "&"})


def _greeting(
    items: Sequence[Item], bounds: Sequence[tuple[int, int]], greetings: set[str]
) -> tuple[Item, ...]:
    """The people a mail opens on ("Hi Ann and Bob,"): names in its first few items."""
    if not bounds:
        return ()
    start, end = bounds[0]
    names: list[Item] = []
    for item in items[start : min(end, start + 8)]:
        if item.kind == "name":
            names.append(item)
        elif (
            item.kind == "word" and item.lower not in _GREETING_GLUE and item.lower not in greetings
        ):
            break
    return tuple(names)


def _clean_context(text: str) -> str | None:
    text = " ".join(text.split()).strip(" ,;:-\u2013\u2014")
    if len(text.split()) < 3:
        return None
    if len(text) > MAX_CONTEXT_CHARS:
        text = text[:MAX_CONTEXT_CHARS].rsplit(" ", 1)[0] + "..."
    return text


def _context(
    text: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    match: Match,
    rules: Rules,
) -> str | None:
    """Why they should meet: the rest of the request's sentence, else a neighbouring one."""
    here = next((n for n, (s, e) in enumerate(bounds) if s <= match.start < e), None)
    if here is None:
        return None
    sentence_end = bounds[here][1]
    tail = items[match.end : sentence_end]
    if sum(1 for item in tail if item.kind in ("word", "name")) >= 3:
        piece = text[tail[0].start : tail[-1].end]
        cleaned = _clean_context(piece)
        if cleaned:
            return cleaned
    for other in (here + 1, here - 1):
        if not 0 <= other < len(bounds):
            continue
        start, end = bounds[other]
        words = [item for item in items[start:end] if item.kind in ("word", "name")]
        if len(words) < 4 or any(item.kind == "email" for item in items[start:end]):
            continue
        piece = text[items[start].start : items[end - 1].end]
        lowered = _normal(piece)
        if any(lowered.startswith(closing) for closing in rules.closings):
            continue
        if other < here and _greeting(items, bounds[other:], rules.greetings):
            continue
        cleaned = _clean_context(piece)
        if cleaned:
            return cleaned
    return None


# -- The whole message -----------------------------------------------------------------


@dataclass
class Reading:
    """What one piece of text (subject, note, body, forwarded mail) yielded."""

    pairs: list[tuple[Resolved, Resolved]] = field(default_factory=list)
    # Pairs from phrasings that ask only alongside a request ("do you know Ann?").
    weak_pairs: list[tuple[Resolved, Resolved]] = field(default_factory=list)
    context: str | None = None
    triggered: bool = False
    vetoed: bool = False
    # Names in sentences that ask for an intro ("an intro to someone at Stripe").
    asked_names: set[str] = field(default_factory=set)


def read_text(
    text: str,
    items: Sequence[Item],
    scene: Scene,
    family: str,
    rules: Rules,
    reply: bool = False,
) -> Reading:
    """Find the pairs a piece of text (already tokenized) asks to introduce, skipping
    sentences that only thank for an intro, introduce the writer, or the like (and, in a
    reply, sentences that only agree to meet)."""
    cues = rules.reply_cue_re if reply else rules.sentence_cue_re
    bounds = _sentences(items)
    if scene.greeting == () and bounds:
        scene.greeting = _greeting(items, bounds, rules.greetings)
    reading = Reading()
    vetoed = _sentences_with(cues, text, items, bounds)
    asking = _sentences_with(rules.trigger_re, text, items, bounds) - vetoed
    for number in asking:
        start, end = bounds[number]
        reading.triggered = True
        reading.asked_names |= {
            item.name.casefold() for item in items[start:end] if item.kind == "name" and item.name
        }
    reading.vetoed = bool(vetoed)
    for weak, index_of in ((False, pattern_index(family)), (True, pattern_index("weak"))):
        for match in find_matches(items, index_of):
            number = next((n for n, (s, e) in enumerate(bounds) if s <= match.start < e), -1)
            if number in vetoed:
                continue
            mentions = [item for found in match.slots.values() for item in found]
            if not scene.recipients and (
                not match.slots or any(item.kind == "you" for item in mentions)
            ):
                # In a mail to the agent alone, "you" is the agent: "can you meet me at 3?"
                continue
            here = scene
            needs_third = match.pattern.implied == "third" and "A" not in match.slots
            if scene.third is None and (needs_third or any(m.kind == "third" for m in mentions)):
                named = _antecedents(items[: match.start], scene)
                here = replace(scene, third=named[0] if len(named) == 1 else None)
            if any(item.kind == "they" for item in mentions):
                named = _antecedents(items[: match.start], scene)
                here = replace(scene, they=(named[0], named[1]) if len(named) == 2 else None)
            pairs = _pairs_of(match, here)
            if match.pattern.implied == "you" and "A" not in match.slots:
                # "Meet Raj": spoken to a recipient about another one; else an announcement.
                keys = {r.key for r in scene.recipients}
                pairs = [
                    (a, b) for a, b in pairs if b.party.email and b.party.email.casefold() in keys
                ]
            if weak:
                reading.weak_pairs += pairs
            elif pairs:
                reading.triggered = True
                reading.pairs += pairs
            if reading.context is None and pairs:
                reading.context = _context(text, items, bounds, match, rules)
    return reading


def _antecedents(before: Sequence[Item], scene: Scene) -> list[Resolved]:
    """Who "him", "her" or "them" can be: the people named earlier whose address is
    certain, the writer aside; the caller takes them only if there are exactly as many
    as the pronoun needs."""
    sender = scene.me.party.email if scene.me else None
    found: dict[str, Resolved] = {}
    for item in before:
        if item.kind not in ("name", "email"):
            continue
        resolved = resolve_mention(item, scene)[0]
        email = resolved.party.email
        if resolved.certain and email and email.casefold() != (sender or "").casefold():
            found[email.casefold()] = resolved
    return list(found.values())


def _sentences_with(
    regex: re.Pattern[str],
    text: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
) -> set[int]:
    """The numbers of the sentences in which ``regex`` finds a phrase."""
    if not bounds:
        return set()
    folded = text.casefold().replace("\u2019", "'")
    if len(folded) != len(text):
        # Case folding changed offsets (rare letters such as "ß"): look sentence by sentence.
        return {
            n
            for n, (s, e) in enumerate(bounds)
            if regex.search(_normal(text[items[s].start : items[e - 1].end]))
        }
    starts = [items[s].start for s, _ in bounds]
    ends = [items[e - 1].end for _, e in bounds]
    found: set[int] = set()
    for hit in regex.finditer(folded):
        number = bisect_right(starts, hit.start()) - 1
        if number >= 0 and hit.start() < ends[number]:
            found.add(number)
    return found


def _body_names(items: Iterable[Item]) -> tuple[tuple[Address, ...], tuple[str, ...]]:
    """Names written with an address anywhere in the text, and addresses written alone."""
    named: list[Address] = []
    alone: list[str] = []
    for item in items:
        if item.kind == "name" and item.email and item.name:
            named.append(Address(item.name, item.email))
        if item.email:
            # Every address counts for matching a name to an address's local part.
            alone.append(item.email)
    return tuple(named), tuple(alone)


_FORWARD_SUBJECT = re.compile(
    r"^\s*((re|aw|sv|antw|res|r)\s*(\[\d+\])?\s*:\s*)*"
    r"(fwd?|tr|wg|rv|enc|i|vs|doorst)\s*(\[\d+\])?\s*:",
    re.IGNORECASE,
)


def _is_forward(forward: Forward, subject: str, agent: str) -> bool:
    """Whether a quoted header block is a forward to read, not a reply's quote.

    Outlook quotes the mail it answers under "From:/Sent:" exactly as it forwards one,
    so without a forward marker only a forward's subject ("FW:", "WG:") tells them apart.
    The agent's own mail quoted back is never a forward.
    """
    if forward.author is not None and is_agent(forward.author.email, agent):
        return False
    return forward.marked or bool(_FORWARD_SUBJECT.match(subject))


def _is_bulk(message: ParsedMessage, rules: Rules) -> bool:
    headers = message.headers
    auto = (message.header("auto-submitted") or "no").strip().casefold()
    if auto != "no":
        return True
    if (message.header("precedence") or "").strip().casefold() in _BULK_PRECEDENCE:
        return True
    if any(name in headers for name in ("list-unsubscribe", "list-id", "x-autoreply")):
        return True
    if message.content_type.casefold() in ("multipart/report", "text/calendar"):
        return True
    if any(a.casefold().endswith(".ics") for a in message.attachments):
        return True
    sender = message.sender.email.casefold() if message.sender else ""
    if sender.startswith(("mailer-daemon@", "postmaster@")):
        return True
    return bool(rules.subject_cue_re.search(_normal(message.subject)))


def understand_request(
    message: ParsedMessage, agent_address: str, address_book: AddressBook | None = None
) -> RequestResult:
    """Decide whether ``message`` asks for an introduction, is a command, or neither."""
    rules = load_rules()
    agent = agent_address.strip().casefold()
    sender = message.sender
    requester = Party(sender.name or None, sender.email) if sender else None
    if _is_bulk(message, rules):
        return RequestResult("not_a_request")
    text = _encodable((message.text or "")[:MAX_TEXT_CHARS])
    forward = find_forward(text, rules.forward_markers, rules.forward_labels, rules.quote_markers)
    if forward is not None and not _is_forward(forward, message.subject, agent):
        forward = None
    own = extract_new_text(forward.note) if forward else extract_new_text(text)
    if forward is None:
        command = detect_command(message.subject, own, bool(message.in_reply_to))
        if command is not None:
            return RequestResult(
                "command", requester=requester, context=command.target, command=command.command
            )
    whole = _normal(own + "\n" + (forward.body if forward else ""))
    if rules.message_cue_re.search(whole):
        return RequestResult("not_a_request")
    pairs, context, triggered = _read_all(message, agent, own, forward, address_book, rules)
    if not pairs:
        if triggered:
            return RequestResult("intro_request", requester=requester, context=context)
        return RequestResult("not_a_request")
    confident = all(_certain(a, b, agent) for a, b in pairs)
    first, *rest = pairs
    return RequestResult(
        "intro_request",
        requester=requester,
        a=first[0].party,
        b=first[1].party,
        context=context,
        confident=confident,
        more=tuple(Pair(a.party, b.party) for a, b in rest),
    )


def _encodable(text: str) -> str:
    """``text`` without lone surrogates, which the tokenizer cannot encode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def _certain(a: Resolved, b: Resolved, agent: str) -> bool:
    if not (a.certain and b.certain and a.party.email and b.party.email):
        return False
    emails = {a.party.email.casefold(), b.party.email.casefold()}
    return len(emails) == 2 and not any(is_agent(email, agent) for email in emails)


def _read_all(
    message: ParsedMessage,
    agent: str,
    own: str,
    forward: Forward | None,
    book: AddressBook | None,
    rules: Rules,
) -> tuple[list[tuple[Resolved, Resolved]], str | None, bool]:
    sender = message.sender
    me = _party_of(sender) if sender else None
    headers = _unique((*message.to, *message.cc, *message.from_, *message.reply_to), agent)
    sender_key = sender.key if sender else ""
    recipients = tuple(a for a in _unique((*message.to, *message.cc), agent) if a.key != sender_key)
    author = forward.author if forward else None
    third = _party_of(author) if author and author.email else None
    inner = forward.to + forward.cc + ((author,) if author else ()) if forward else ()
    gazetteer = tuple(_unique((*headers, *inner), agent))
    own_items = tokenize(own, rules)
    forward_items = tokenize(forward.body, rules) if forward else []
    body_names, body_emails = _body_names([*own_items, *forward_items])
    subject = _encodable(strip_subject_prefixes(message.subject))
    subject_items = tokenize(subject, rules)
    text_names = tuple(
        {
            i.name
            for i in (*own_items, *forward_items, *subject_items)
            if i.kind == "name" and i.name
        }
    )

    def scene(me: Resolved | None, recipients: tuple[Address, ...]) -> Scene:
        return Scene(
            agent, me, third, recipients, gazetteer, body_names, body_emails, (), book, text_names
        )

    reply = bool(message.in_reply_to) or message.subject.strip().casefold().startswith("re")
    readings = [read_text(own, own_items, scene(me, recipients), "pair", rules, reply)]
    if forward is not None:
        forwarded_to = tuple(
            a for a in _unique(forward.to + forward.cc, agent) if not author or a.key != author.key
        )
        readings.append(
            read_text(forward.body, forward_items, scene(third, forwarded_to), "pair", rules)
        )
    # A reply's or a forward's subject names an earlier mail's business, not this one's.
    if subject == message.subject.strip() and not any(r.vetoed for r in readings):
        titled = read_text(subject, subject_items, scene(me, recipients), "subject", rules)
        # "Planning / Budget" is no pair: a subject counts only for people known for sure.
        titled.pairs = [(a, b) for a, b in titled.pairs if a.certain and b.certain]
        readings.append(titled)
    triggered = any(r.triggered for r in readings)
    context = next((r.context for r in readings if r.context), None)
    for reading in readings:
        pairs = _distinct(reading.pairs)
        if pairs:
            return pairs, context, triggered
    if triggered:
        asked = set().union(*(r.asked_names for r in readings))
        for reading in readings:
            pairs = _distinct(reading.weak_pairs)
            if pairs:
                # "Do you know Lucia? ... an intro, please" holds only if the ask names no one else.
                known = {p.party.name.casefold() for pair in pairs for p in pair if p.party.name}
                if not asked <= known:
                    pairs = [(_doubt(a), _doubt(b)) for a, b in pairs]
                return pairs, context, triggered
    return [], context, triggered


def _doubt(resolved: Resolved) -> Resolved:
    return Resolved(resolved.party, False)


def _distinct(pairs: Iterable[tuple[Resolved, Resolved]]) -> list[tuple[Resolved, Resolved]]:
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
