"""Reading one piece of text (a note, a body, a forwarded mail, a subject): the pairs it
asks to introduce, the reason given, and whether it asks at all."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from agent.message import Address
from agent.understanding.address_book import name_key
from agent.understanding.first_names import is_first_name
from agent.understanding.request_alike import asked_alike
from agent.understanding.request_deliveries import delivery_spans
from agent.understanding.request_kin import is_own_child, own_children
from agent.understanding.request_list_items import unread_list_item
from agent.understanding.request_matching import (
    Match,
    PatternIndex,
    find_matches,
    goes_on_unnamed,
    match_at,
    named_after_aside,
    pattern_index,
)
from agent.understanding.request_mentions import LIST_ITEM, MENTION_KINDS, Item
from agent.understanding.request_model import Party
from agent.understanding.request_named import them_unsure
from agent.understanding.request_people import (
    Resolved,
    Scene,
    doubted,
    is_agent,
    pairs_of,
    resolve_mention,
)
from agent.understanding.request_rules import (
    SENTENCE_END,
    Element,
    Pattern,
    Rules,
    admits,
    load_rules,
)
from agent.understanding.request_someone_at import asks_someone_at
from agent.understanding.request_tokens import (
    ADDRESS,
    may_hold,
    normal_text,
    without_accents,
    words_in,
)
from agent.understanding.request_told import row_lines
from agent.understanding.request_written_before import written_before
from agent.understanding.word_sets import text_words

MAX_CONTEXT_CHARS = 200


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


def _first(bound: tuple[int, int]) -> int:
    return bound[0]


def _sentence_of(bounds: Sequence[tuple[int, int]], position: int) -> int:
    """The number of the sentence holding the item at ``position``, or -1 (a sentence end)."""
    number = bisect_right(bounds, position, key=_first) - 1
    return number if number >= 0 and position < bounds[number][1] else -1


# The marks around an aside.
_ASIDE_MARKS = frozenset({",", "(", ")", "<", ">", "[", "]"})


def _clean_context(text: str) -> str | None:
    # ".. she needs a flour supplier": dots a texted pause opens on are no part of it;
    # nor is the bracket closing the address before it ("(ruth@...): Ruth needs").
    text = " ".join(text.split()).strip(" ,;:-\u2013\u2014").lstrip(". \u2026")
    if text.startswith((")", "]", ">")):
        text = text[1:].lstrip(" ,;:-\u2013\u2014")
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
    found: Sequence[Match],
    paired: set[int],
    rules: Rules,
) -> str | None:
    """Why they should meet: the rest of the request's sentence, else a neighbouring one
    (the next, or the one after it when the next only gives an address or is a few
    words such as "He's cc'd."; else the one before). Another request (one of
    ``found``, or a sentence in ``paired`` that asked for a pair before) is no reason,
    nor is talk of addresses and copies ("He's cc'd")."""
    here = _sentence_of(bounds, match.start)
    if here < 0:
        return None
    sentence_end = bounds[here][1]
    # "..., and could you also introduce Ben to Carla?": the reason stops at another ask.
    later = [other.start for other in found if match.end <= other.start < sentence_end]
    tail = _past_address(items[match.end : min(later, default=sentence_end)])
    if later:
        # "Amélie Roche (...), who runs their grants programme, and also to Bruno": the
        # words leading to the next one asked for are no reason.
        leading = (
            rules.conjunctions
            | rules.also_words
            | rules.pair_count_preps
            | _leads_to_last(match)
            | _ASIDE_MARKS
        )
        while tail and tail[-1].lower in leading:
            tail = tail[:-1]
    if _has_words(tail, 3) and not _described_to_address(tail):
        piece = text[tail[0].start : tail[-1].end]
        cleaned = _without_asides(_clean_context(piece), rules)
        if cleaned:
            return cleaned
    neighbours = [here + 1, here + 2, here - 1]
    if _is_list_item(items, bounds, here):
        # A list item's reason is on its own line, or in the sentences after the ask in
        # the same item ("1) Bitte bringen Sie ... in Kontakt. Sabine organisiert unser
        # Sommerturnier und sucht noch einen Arzt ..."), never in the next item.
        neighbours = []
        for other in (here + 1, here + 2):
            if other >= len(bounds):
                break
            gap = text[items[bounds[other - 1][1] - 1].end : items[bounds[other][0]].start]
            if "\n" in gap:
                # The item ends with its line.
                break
            neighbours.append(other)
        neighbours += [
            other
            for other in _after_list(items, bounds, here)
            if not _pleads(text, items, bounds[other], rules)
        ]
    asks = {_sentence_of(bounds, other.start) for other in found}
    people = [item for mentions in match.slots.values() for item in mentions]
    closed = False
    for other in neighbours:
        if not 0 <= other < len(bounds) or (other > here and (closed or other in asks)):
            # A later sentence that asks again ("And also ...") is no reason for this one.
            continue
        if other < here and other in paired:
            continue
        start = bounds[other][0]
        end = _with_list(items, bounds, other)
        # A person of the match named there with an address ("Their partnerships lead,
        # Ana Ruiz <...>.") is as good as an address.
        addresses = [
            n
            for n in range(start, end)
            if items[n].kind == "email" or (items[n].email and items[n] in people)
        ]
        if addresses:
            # "katrin@schulz.example - wir suchen Büroflächen": what follows the address.
            start = addresses[-1] + 1
            if not _has_words(items[start:end], 3):
                continue
        elif not _has_words(items[start:end], 4) and not _said_of_one(items, start, end, match):
            continue
        piece = text[items[start].start : items[end - 1].end]
        if _opens_on_closing(normal_text(piece), rules):
            # A closing ends what the writer had to say.
            closed = closed or other > here
            continue
        if other < here and _greets(items, bounds[other:], rules.greetings):
            continue
        cleaned = _without_asides(_clean_context(piece), rules)
        if cleaned:
            return cleaned
    return None


_ADDRESS_AFTER_MARKS = _ASIDE_MARKS | {"-", "--", "\u2013", "\u2014", ":", ";"}


def _past_address(tail: Sequence[Item]) -> Sequence[Item]:
    """The rest of a request's sentence past an address that opens it, the one asked
    for written after the verb that ends the ask ("stell mich bitte Stefan Braun vor
    (stefan.braun@...), er sucht gerade einen neuen CFO"): the reason is what follows."""
    at = 0
    while at < len(tail) and tail[at].lower in _ASIDE_MARKS:
        at += 1
    if at == len(tail) or tail[at].kind != "email":
        return tail
    at += 1
    while at < len(tail) and tail[at].lower in _ADDRESS_AFTER_MARKS:
        at += 1
    return tail[at:]


def _after_list(items: Sequence[Item], bounds: Sequence[tuple[int, int]], here: int) -> list[int]:
    """The sentence opening the paragraph after the list that the item ``here`` is in,
    which may say why all its pairs should meet ("* Ann (...) with Bob (...)\n* ...\n\n
    All three fellows work on ..."), past the items' own sentences; none after the last.
    One that pleads ("Please run the usual opt-in.") asks, it gives no reason."""
    for other in range(here + 1, len(bounds)):
        if _is_list_item(items, bounds, other):
            continue
        gap = items[bounds[other - 1][1] - 1 : bounds[other][0]]
        if any(item.kind == "end" and item.lower == "\n" for item in gap):
            return [other]
    return []


def _described_to_address(tail: Sequence[Item]) -> bool:
    """Whether the rest of a request's sentence only describes the last one asked for up
    to their address, which closes it: "... to Prof. Tomas Lindqvist of KTH Royal
    Institute of Technology (tomasl@kth.se).", "con el Sr. Ignacio Barrenechea, gerente
    del sector biotecnológico de ProChile (ibarrenechea@...)." say where they work, no
    reason to meet."""
    last = len(tail)
    while last and tail[last - 1].lower in _ASIDE_MARKS:
        last -= 1
    return bool(last) and tail[last - 1].email is not None


def _opens_on_closing(folded: str, rules: Rules) -> bool:
    """Whether ``folded`` opens on a closing as a whole word ("Hi all", "Best,"), not on a
    word a short closing begins ("His contact details are ..." is no "hi")."""
    # Only the closings opening on the text's first character may open it (an empty one,
    # filed under "", opens any text).
    starts = rules.closings_by_initial.get(folded[:1], ()) + rules.closings_by_initial.get("", ())
    if not starts or not folded.startswith(starts):
        return False
    return any(
        folded.startswith(closing) and not folded[len(closing) : len(closing) + 1].isalnum()
        for closing in starts
    )


def _greets(items: Sequence[Item], bounds: Sequence[tuple[int, int]], greetings: set[str]) -> bool:
    """Whether the first of ``bounds`` opens on people spoken to ("Hi Ann, Bob!"), not on
    a statement about them ("Tim invests in fintech", where a verb follows the name)."""
    names = _greeting(items, bounds, greetings)
    if not names:
        return False
    start, end = bounds[0]
    after = next((n + 1 for n in range(start, end) if items[n] is names[-1]), end)
    return after >= end or items[after].kind != "word"


def _said_of_one(items: Sequence[Item], start: int, end: int, match: Match) -> bool:
    """A short sentence opening on one of the people the ask named, or on "he", "she" or
    "they", and saying something of them ("Cy insures drones."): a reason however short,
    unlike three words of small talk ("See you soon.") or a closing ("Yours sincerely,
    Ann"), which the four-word floor keeps out."""
    opener = items[start]
    if not _has_words(items[start:end], 3):
        return False
    if opener.kind in ("third", "they"):
        return True
    if opener.kind != "name":
        return False
    first = opener.lower.split()[0]
    named = (item for slot in match.slots.values() for item in slot if item.kind == "name")
    return any(item.lower.split()[0] == first for item in named)


def reason_about(
    text: str, items: Sequence[Item], names: set[str], rules: Rules, by_one: bool = False
) -> str | None:
    """The first sentence of ``text`` that speaks of one of ``names`` (their names, case
    folded) and reads as a reason, for a pair the subject alone gave ("Ola <> Tim" over
    "Ola builds payroll software; Tim invests in fintech"): by a first name, or by a title
    and a surname ("Kontakt zwischen Frau Brandl und Herrn Novak" over "Frau Brandl
    braucht für ihre Messreihe einen Femtosekundenlaser"). Greetings, closings,
    questions, asks and talk of addresses are none. With ``by_one``, ``text`` is written
    by one of the pair, who speaks of themselves as "I" or "we" ("We're piloting soil
    testing in Ghana" in the forwarded mail of the one to introduce)."""
    bounds = _sentences(items)
    firsts = {name.split()[0] for name in names if name.split()}
    surnames = {name.split()[-1] for name in names if len(name.split()) > 1}
    for number, (start, end) in enumerate(bounds):
        spoken_of = any(
            (
                item.kind == "name"
                and (
                    item.lower.split()[0] in firsts
                    or (item.titled and item.lower.split()[-1] in surnames)
                )
            )
            or (by_one and _writer_word(item, rules))
            for item in items[start:end]
        )
        if not _has_words(items[start:end], 3):
            continue
        if not spoken_of and not _opens_on_both(text, items[start:end], rules):
            continue
        if end < len(items) and items[end].lower == "?":
            # "Raj and I talked - can you set it up?": a question asks, it gives no reason.
            continue
        # "Frau Brandl braucht ...": the title the name item leaves out opens the reason.
        opening = items[start - 1].end if items[start].titled and start else items[start].start
        piece = text[opening : items[end - 1].end]
        folded = normal_text(piece)
        if _opens_on_closing(folded, rules) or rules.trigger_re.search(folded):
            continue
        if rules.intent_re.search(folded) and rules.wish_re.search(folded):
            # "Je voudrais mettre en contact deux personnes : ...": a wish to introduce
            # asks, as a plea does.
            continue
        if number == 0 and _greets(items, bounds, rules.greetings):
            # "Hi Ola, hi Tim," opens the mail; it gives no reason.
            continue
        cleaned = _without_asides(_clean_context(piece), rules)
        if cleaned:
            return cleaned
    return None


def _opens_on_both(text: str, sentence: Sequence[Item], rules: Rules) -> bool:
    """Whether a sentence opens on one of the rules' ``both_words``, speaking of the pair
    as both ("Both are examining the fiscal consequences of ageing", "Tous deux
    travaillent sur la modélisation des crues", "Beide forschen zu")."""
    opening = normal_text(text[sentence[0].start : sentence[-1].end])
    return any(opening.startswith(word + " ") for word in rules.both_words)


def reason_after(text: str, items: Sequence[Item], name: str, rules: Rules) -> str | None:
    """The sentence right after the first one of ``text`` naming ``name``, when it says
    more of them without naming them ("Le puedo presentar a Andrés Castillo, del
    laboratorio de suelos. Trabaja en suelos volcánicos, justo el tema de su tesis."):
    no question, no ask, no address, no one else named and no closing."""
    bounds = _sentences(items)
    folded = name.casefold()
    for number, (start, end) in enumerate(bounds[:-1]):
        if not any(
            i.kind == "name" and (i.name or "").casefold() == folded for i in items[start:end]
        ):
            continue
        start, end = bounds[number + 1]
        sentence = items[start:end]
        if not _has_words(sentence, 3) or any(i.kind in ("name", "email") for i in sentence[1:]):
            return None
        if end < len(items) and items[end].lower == "?":
            return None
        piece = text[items[start].start : items[end - 1].end]
        said = normal_text(piece)
        if "@" in said or _opens_on_closing(said, rules) or rules.trigger_re.search(said):
            return None
        return _without_asides(_clean_context(piece), rules)
    return None


def _writer_word(item: Item, rules: Rules) -> bool:
    """Whether the writer speaks of themselves: "I", "me", "we're", "j'ai"."""
    if item.kind in ("self", "us"):
        return True
    word = item.lower.replace("\u2019", "'")
    return word in rules.writer_words or (
        "'" in word and word.partition("'")[0] + "'" in rules.writer_words
    )


_CLAUSE = re.compile(r"\s*(?:[,;()]|\s[-\u2013\u2014]\s)\s*")


def _without_asides(text: str | None, rules: Rules) -> str | None:
    """``text`` without its clauses about addresses and copies: "Claire runs the
    accelerator in Lyon, I don't have her address" keeps what comes before the aside,
    "(cc'd) I'm told she handles distribution" what comes after it."""
    if text is None:
        return text
    folded = normal_text(text)
    if not may_hold(rules.context_skip_needs, folded) or not rules.context_skip_re.search(folded):
        return text
    clauses = [c for c in _CLAUSE.split(text) if c.strip()]
    asides = [n for n, c in enumerate(clauses) if rules.context_skip_re.search(normal_text(c))]
    before = ", ".join(clauses[: asides[0]]) if asides else text
    after = ", ".join(clauses[asides[-1] + 1 :]) if asides else ""
    for kept in (_clean_context(before), _clean_context(after)):
        if kept and "@" not in kept:
            return kept
    return None


def _is_list_item(items: Sequence[Item], bounds: Sequence[tuple[int, int]], number: int) -> bool:
    start = bounds[number][0]
    return start > 0 and items[start - 1].lower == LIST_ITEM


def _with_list(items: Sequence[Item], bounds: Sequence[tuple[int, int]], number: int) -> int:
    """Where a sentence ends, taking in the list it opens ("Why:" and its bullets)."""
    end = bounds[number][1]
    if items[end - 1].lower != ":":
        return end
    following = number + 1
    while following < len(bounds) and _is_list_item(items, bounds, following):
        end = bounds[following][1]
        following += 1
    return end


def _has_words(items: Sequence[Item], count: int) -> bool:
    """Whether at least ``count`` of ``items`` are words or names."""
    for item in items:
        if item.kind in ("word", "name"):
            count -= 1
            if count <= 0:
                return True
    return count <= 0


# How many words after "should" may come before the verb ("should definitely go and meet").
PAIR_VERB_WINDOW = 5


def _nothing_intended() -> list[tuple[str, tuple[Item, ...]]]:
    return []


@dataclass(init=False)
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
    # The sentences that ask (folded text, tokens with the closing mark), for the pair an
    # ask implies when no phrasing names one.
    asking: list[tuple[str, tuple[Item, ...]]] = field(default_factory=list)
    # Sentences with an intro word that no ask phrase found ("¿Nos pones en contacto?"),
    # in the same form: they may imply a pair, never ask on their own. Looked for only
    # when no pair is found otherwise, which is seldom.
    intending: Callable[[], list[tuple[str, tuple[Item, ...]]]] = _nothing_intended
    # The text's tokens, for the people named before a sentence.
    items: Sequence[Item] = ()
    # A pronoun of a forward's note that may be more than one person ("Unten die Anfrage
    # von Frau Dahl, Ana Souza kennt sie. Bitte stellen Sie sie ... vor"): no pair an ask
    # implies fills it.
    unsure_third: bool = False

    # Written out, not generated: the compiled build runs a written ``__init__`` as native
    # code, the one ``dataclass`` generates as Python, several times slower for a class
    # made this often.
    def __init__(
        self,
        pairs: list[tuple[Resolved, Resolved]] | None = None,
        weak_pairs: list[tuple[Resolved, Resolved]] | None = None,
        context: str | None = None,
        triggered: bool = False,
        vetoed: bool = False,
        asked_names: set[str] | None = None,
        asking: list[tuple[str, tuple[Item, ...]]] | None = None,
        intending: Callable[[], list[tuple[str, tuple[Item, ...]]]] | None = None,
        items: Sequence[Item] = (),
        unsure_third: bool = False,
    ) -> None:
        self.pairs = [] if pairs is None else pairs
        self.weak_pairs = [] if weak_pairs is None else weak_pairs
        self.context = context
        self.triggered = triggered
        self.vetoed = vetoed
        self.asked_names = set() if asked_names is None else asked_names
        self.asking = [] if asking is None else asking
        self.intending = _nothing_intended if intending is None else intending
        self.items = items
        self.unsure_third = unsure_third


class _Intending:
    """A text's sentences with an intro word that no ask phrase found, worked out when
    asked (``Reading.intending``), skipping those read already. An object of its own, not
    a function nested in ``read_text``: the compiled build ties a nested function and the
    variables it reads in a cycle, which only the garbage collector frees, and every
    request would leave its text's tokens to it."""

    def __init__(
        self,
        text: str,
        folded: str,
        items: Sequence[Item],
        bounds: list[tuple[int, int]],
        skipped: set[int],
        statements: set[int],
        whole: bool,
        words: frozenset[str],
        rules: Rules,
    ) -> None:
        self.text = text
        self.folded = folded
        self.items = items
        self.bounds = bounds
        self.skipped = skipped
        # Filled as the text is read further: the statements found after this is made.
        self.statements = statements
        self.whole = whole
        self.words = words
        self.rules = rules

    def __call__(self) -> list[tuple[str, tuple[Item, ...]]]:
        rules, text, folded = self.rules, self.text, self.folded
        items, bounds = self.items, self.bounds
        # A text lacking every intro word's words holds none (``admits``).
        found = (
            _sentences_with(rules.intent_re, text, folded, items, bounds)
            if not self.whole or admits(rules.intent_gate, self.words, folded)
            else set()
        )
        left = found - self.skipped - self.statements
        return [_said(text, items, bounds[n]) for n in sorted(left)]


@cache
def _symbol_link(pattern: Pattern) -> bool:
    """Whether the pattern joins its two people by symbols alone ("{A} -> {B}", "{A} <>
    {B}", "{A} → {B}"), no word saying what the link is."""
    between = [e for e in pattern.elements if e.slot is None]
    return (
        pattern.slots == {"A", "B"}
        and bool(between)
        and not any(ch.isalpha() for e in between for word in e.words for ch in word)
    )


def _all_addressed(pairs: Sequence[tuple[Resolved, Resolved]]) -> bool:
    """Whether every party of ``pairs`` is someone with an address."""
    return all(party.party.email for pair in pairs for party in pair)


def read_text(
    text: str,
    items: Sequence[Item],
    scene: Scene,
    family: str,
    rules: Rules,
    reply: bool = False,
    asks_over_agreement: bool = False,
) -> Reading:
    """Find the pairs a piece of text (already tokenized) asks to introduce, skipping
    sentences that only thank for an intro, introduce the writer, or the like (and, in a
    reply, sentences that only agree to meet). With ``asks_over_agreement``, a reply's
    sentence that agrees and also asks ("Yes please, intro me to Sara ...") is read."""
    cues = rules.reply_cue_re if reply else rules.sentence_cue_re
    cue_gate = rules.reply_cue_gate if reply else rules.sentence_cue_gate
    bounds = _sentences(items)
    if scene.greeting == () and bounds:
        scene.greeting = _greeting(items, bounds, rules.greetings)
    reading = Reading(items=items)
    folded = text.casefold().replace("\u2019", "'")
    # The words of the folded text: a regex of phrases finds none in a text lacking every
    # phrase's words (``admits``), most texts, and is then not searched. Where folding
    # changed offsets, a sentence is searched on its own and the gate is not looked at.
    # (Those of the text itself, the same runs: the command checks read them already.)
    words = text_words(text)
    whole = len(folded) == len(text)
    # Most texts hold no negated ask ("no need to introduce me"): one search tells, for
    # the clauses cut at a contrast and for the sentences vetoed below.
    needless = (
        admits(rules.needless_gate, words, folded) and rules.needless_re.search(folded) is not None
    )
    if needless and admits(rules.contrast_gate, words, folded) and rules.contrast_re.search(folded):
        bounds = _negated_clauses(text, items, bounds, rules)
    # Whether a sentence asked for more people like someone met with a plea: it asks of
    # no one named, and is asked about (request_alike.py).
    pleads_alike = False
    # Most texts hold no thanks either: one search tells, for the clauses cut after one
    # and for the sentences it vetoes below.
    thanked = (
        admits(rules.thanks_lead_gate, words, folded)
        and rules.thanks_lead_re.search(folded) is not None
    )
    if thanked:
        bounds = _thanked_clauses(text, items, bounds, rules)
    vetoed = (
        _sentences_with(cues, text, folded, items, bounds)
        if not whole or admits(cue_gate, words, folded)
        else set()
    )
    # Each vetoed sentence and its cue hits, found once for the checks below that may
    # spare it.
    cue_hits = _cue_hits(vetoed, cues, text, items, bounds)
    if vetoed and rules.past_cues:
        vetoed -= _told_after_ask(vetoed, cue_hits, rules)
    if vetoed and rules.willing_leads:
        vetoed -= _every_cue_spared(
            vetoed, cue_hits, lambda sentence, hit: _asked_willing(sentence, hit, rules)
        )
    if (
        vetoed
        and rules.weighed_asks
        and _weighs_only(vetoed, cue_hits, rules)
        and _left_to_judgement(folded, rules)
    ):
        # "I'm wondering whether it would be worth introducing Becca (...) to Ian (...).
        # Only go ahead if it seems sensible": the writer weighs the intro and leaves the
        # call to the agent (``judgement_cues``, which doubt the pair), an ask to be asked
        # about; weighed alone ("Would it be worth introducing them?", itself a judgement
        # cue), it asks nothing.
        vetoed -= _every_cue_spared(vetoed, cue_hits, lambda _sentence, hit: _weighed(hit, rules))
    if vetoed and rules.status_cues:
        # "Any news on my intro to Priya, and could you also introduce me to Carol ...?":
        # an ask after the question, in its sentence, is read with it.
        vetoed -= _every_cue_spared(
            vetoed, cue_hits, lambda sentence, hit: _status_before_ask(sentence, hit, rules)
        )
    if vetoed and any(items[at].kind == "group" for n in vetoed for at in range(*bounds[n])):
        # "Me gustaría presentarles a ustedes dos.": the cue of someone presented to the
        # readers ("presentarles a") closed by the two written to presents them.
        vetoed -= _every_cue_spared(
            vetoed,
            cue_hits,
            lambda sentence, hit: rules.group_close_re.match(sentence, hit.end()) is not None,
        )
    if vetoed and rules.asked_clitic_leads:
        # "¿Podrías presentarles a Pilar Ortega?": the one written to asked to present
        # "them", no one presented to the readers.
        vetoed -= _every_cue_spared(
            vetoed, cue_hits, lambda sentence, hit: _asked_clitic(sentence, hit, rules)
        )
    if vetoed and rules.message_cue_movers:
        # "itching to get out of the office": a place left, no notice of an absence.
        vetoed -= _every_cue_spared(
            vetoed, cue_hits, lambda sentence, hit: moved_before(sentence, hit.start(), rules)
        )
    if vetoed and rules.cue_compounds:
        vetoed -= _every_cue_spared(
            vetoed, cue_hits, lambda sentence, hit: _cue_names_else(sentence, hit, rules)
        )
    # What the cues vetoed, apart from what is vetoed for anything else below (a thanks
    # for an intro made, an ask said to be needless, one assigned to another): in a
    # reply, only a sentence vetoed for agreeing alone is read again for its ask.
    barred: set[int] = set()
    if thanked and len(folded) == len(text):
        barred |= _thanked_for_past(text, folded, items, bounds, rules)
    if (
        admits(rules.told_past_intro_gate, words, folded)
        and rules.told_past_intro_re.search(folded) is not None
    ):
        barred |= _told_past_intros(folded, text, items, bounds, rules)
    if needless or len(folded) != len(text):
        # (Where folding changed offsets, each sentence is searched on its own.)
        barred |= _sentences_with(
            rules.needless_re,
            text,
            folded,
            items,
            bounds,
            lambda at, end: _needless(at, end, rules),
        )
    if (admits(rules.doer_gate, words, folded) and rules.doer_re.search(folded)) or (
        admits(rules.action_label_gate, words, folded) and rules.action_label_re.search(folded)
    ):
        barred |= _assigned(text, items, bounds, scene, rules)
    # Whether the text may hold an intro word as a talk's part, told by the words at hand
    # (where folding changed offsets, each sentence is searched on its own and tells).
    may_be_part = not whole or _may_hold_words(rules.intro_part_needs, words)
    asking = (
        _sentences_with(
            rules.trigger_re,
            text,
            folded,
            items,
            bounds,
            lambda at, end: _asks(at, end, rules, may_be_part),
        )
        if not whole or admits(rules.trigger_gate, words, folded)
        else set()
    )
    if (
        whole
        and admits(rules.someone_at_gate, words, folded)
        and rules.someone_at_re.search(folded) is not None
    ):
        # "Queria ver se vc consegue apresentar o Jorge Nakamura (...) pra alguém da
        # Desenvolve Paulista": a plea to introduce one named to someone at a firm.
        asking |= {
            n
            for n in _sentences_with(rules.someone_at_re, text, folded, items, bounds)
            if asks_someone_at(items, *bounds[n], folded, rules)
        }
    if asking and len(folded) == len(text):
        # "Kenji, no puse a Intro en copia, para ponerte en contacto con Ana Ruiz (...)":
        # what the negated clause would have done, a phrasing naming the pair or not.
        purposed = _asking_in_negated_purpose(text, folded, items, bounds, asking, rules)
        barred |= purposed
    if (
        asking
        and len(folded) == len(text)
        and may_hold(rules.unnamed_other_needs, folded)
        and rules.unnamed_other_re.search(folded)
    ):
        # "darf ich Sie mit unserem Kunden bekannt machen?": an offer to the one written to.
        barred |= asking & _offered_to_unnamed(folded, items, bounds, rules)
    if (
        family == "pair"
        and len(folded) == len(text)
        and may_hold(rules.alike_other_needs, folded)
        and rules.alike_other_re.search(folded)
    ):
        # "I would love to meet more people like this in future": no one named to meet,
        # nor "lui" of "Pourriez-vous me présenter d'autres personnes comme lui ?"; a plea
        # still asks.
        alike, pleads_alike = asked_alike(folded, items, bounds, rules)
        barred |= alike
    if asking:
        # "ich möchte Ihnen beiden Herrn Jan Becker vorstellen", "could I introduce you
        # both to my colleague John?": the writer presents someone to the two written to.
        barred |= {
            n
            for n in asking
            if presents_to_the_two(items[bounds[n][0] : bounds[n][1]], rules, scene.recipients)
        }
    if asking and admits(rules.group_noun_gate, words, folded):
        # "we should get the two field teams introduced to each other at some point": two
        # groups to meet each other, no one on the mail.
        barred |= {
            n
            for n in asking
            if rules.them_re.search(said := _said(text, items, bounds[n])[0])
            and of_two_groups(said, rules)
        }
    vetoed |= barred
    if reply and asks_over_agreement and vetoed & asking:
        # Vetoed only for agreeing ("yes please"), not for thanking or the like, nor for
        # a negated ask ("Re: catálogo - no hace falta presentarnos, solo reenvíale el
        # PDF"): an ask said to be needless stays so in a reply.
        agreeing = (
            vetoed - barred - _sentences_with(rules.sentence_cue_re, text, folded, items, bounds)
        )
        vetoed -= agreeing & asking
    asking -= vetoed
    for number in sorted(asking):
        start, end = bounds[number]
        said, sentence = _said(text, items, bounds[number])
        # "Vocês dois conseguem cumprir o prazo?": the two written to, asked nothing of
        # meeting, ask no intro by themselves.
        reading.triggered |= not only_to_the_two(said, rules) or proposes(sentence, rules)
        reading.asking.append((said, sentence))
        reading.asked_names |= {
            item.name.casefold() for item in items[start:end] if item.kind == "name" and item.name
        }
    reading.vetoed = bool(vetoed)
    # Sentences telling what someone does, found among the matches below ("O Paulo sempre
    # me apresenta à ..."): they ask nothing, nor imply a pair.
    statements: set[int] = set()
    if family == "pair":
        skipped = vetoed | asking

        reading.intending = _Intending(
            text, folded, items, bounds, skipped, statements, whole, words, rules
        )
    # The words of the text, once for each family of patterns looked for.
    present = {item.lower for item in items}
    found = find_matches(items, pattern_index(family), present)
    # "A few intros please: 1) Ann and Bob 2) me and Carol": each item is a pair. Where
    # nothing asks for intros, only items of people written with their addresses count.
    asked = reading.triggered or (
        admits(rules.list_cue_gate, words, folded) and bool(rules.list_cue_re.search(folded))
    )
    listed, leads = _list_matches(text, items, bounds, found, written=not asked)
    if listed:
        # A match inside an item's pair is read by the item's, and one in the lead of a
        # list presenting each item to one person ("our nurses" with her) by the items'.
        found = [
            match
            for match in found
            if not any(pair.start < match.start and match.end <= pair.end for pair in listed)
            and _sentence_of(bounds, match.start) not in leads
        ]
        found = sorted([*found, *listed], key=_start)
    if found:
        continued = _continued_matches(items, bounds, found, vetoed)
        if continued:
            found = sorted([*found, *continued], key=_start)
        # "introduce me to Amélie Roche (...), who runs their grants programme, and also
        # to Bruno": a further pair of the same kind.
        further = [m for m in map(lambda f: named_after_aside(items, f, rules), found) if m]
        if further:
            starts_of = {match.start for match in found}
            further = [m for m in further if m.start not in starts_of]
            found = sorted([*found, *further], key=_start)
    weak_found = find_matches(items, pattern_index("weak"), present)
    # The sentences that asked for a pair so far: no reason for a later one.
    paired: set[int] = set()
    # Where each match starts: a person another match reads is not left out by one before.
    starts = frozenset(match.start for match in (*found, *weak_found))
    # "a intro da apresentação com o Paulo": an intro word as the noun of a talk's part,
    # where a match opening inside it reads no one (looked for only in text holding one).
    parts = (
        [hit.span() for hit in rules.intro_part_re.finditer(folded)]
        if (found or weak_found)
        and len(folded) == len(text)
        and may_be_part
        and rules.intro_part_head_re.search(folded) is not None
        else []
    )
    # "Kindly send the introduction to the Principal's own email, principal@...": where
    # the intro goes, so a match opening in it ("introduction to {B}") reads no one.
    deliveries = (
        delivery_spans(folded, rules) if (found or weak_found) and len(folded) == len(text) else []
    )
    # Most texts with a match hold no negated wish ("I don't want", "no quiero"): one
    # search tells whether a match needs the look at its sentence.
    wished = (
        bool(found or weak_found)
        and admits(rules.negated_wish_gate, words, folded)
        and rules.negated_wish_re.search(folded) is not None
    )
    # Nor does most hold an offer ("Paul offered to", "hat angeboten"): one search tells.
    offered = (
        bool(found or weak_found)
        and may_hold(rules.other_subject_offer_needs, folded)
        and rules.other_subject_offer_re.search(folded) is not None
    )
    # Nor does most tell what an intro made did ("That intro to Ana landed me a contract").
    # Read where the offsets are the text's: a "ß" elsewhere folds to two letters
    # ("großen"), lowered it stays one.
    told_folded = folded if len(folded) == len(text) else text.lower()
    outcomes = (
        bool(found or weak_found)
        and len(told_folded) == len(text)
        and admits(rules.told_outcome_gate, words, folded)
        and rules.told_outcome_re.search(told_folded) is not None
    )
    # Where no phrasing matched, an intro word may still open what an intro made did.
    outcomes_anywhere = (
        family == "pair"
        and len(told_folded) == len(text)
        and admits(rules.told_outcome_gate, words, folded)
        and rules.told_outcome_re.search(told_folded) is not None
        and rules.told_intro_re.search(told_folded) is not None
    )
    # The sentences where an intro made was told of, read for the rest of their matches.
    told: set[int] = set()
    for weak, matches in ((False, found), (True, weak_found)):
        for match in matches:
            number = _sentence_of(bounds, match.start)
            if number in vetoed:
                continue
            if outcomes and _told_outcome(told_folded, items, match, rules):
                # "That intro between me and Ana (...) landed me a contract", "Cette mise
                # en relation avec Ana a porté ses fruits": an intro made, told of.
                told.add(number)
                continue
            if parts and any(s < items[match.start].start < e for s, e in parts):
                continue
            if deliveries and any(s <= items[match.start].start < e for s, e in deliveries):
                continue
            if not match.slots and _told_to_do_else(items, match, rules):
                # "Könntet ihr mir sagen ...": the ones written to told something else; a
                # request later in the sentence ("Könntet ihr mich mit ... bekannt
                # machen?") is read all the same.
                continue
            if scene.forwarded and _announces(items, bounds[number][0], match, rules):
                # "This week: meet our new cohort! Introducing Maya Chen (...) and Raj
                # Patel (...)" in a forwarded newsletter presents them to its readers.
                continue
            if rules.proclitic_asks and _proclitic_statement(items, bounds, number, match, rules):
                # "O Paulo sempre me apresenta à Fernanda Lima (...)": what Paulo does, no
                # ask; "Me apresenta à Fernanda Lima (...)?" asks.
                statements.add(number)
                vetoed.add(number)
                continue
            if rules.other_subjects and _done_by_another(
                items, bounds, number, match, scene, rules
            ):
                # "Ele me conecta com a Ana Souza (...)?", "Il me présente à Ana ?", "Can
                # Paul introduce me to Ana?": asks or tells what someone else does.
                statements.add(number)
                vetoed.add(number)
                continue
            if offered and _offered_by_another(text, items, bounds, number, match, scene, rules):
                # "Hr. Dr. Brandes hat angeboten, den Elternbeirat mit Herrn Vogt bekannt zu
                # machen", "Paul a proposé de me présenter à Ana": an intro someone else
                # offered to make, told of, asked of no one here.
                statements.add(number)
                vetoed.add(number)
                continue
            if number >= 0 and _advised_by_another(items, bounds[number], match, rules):
                # "He mentioned I should talk to Ngozi Obi": advice told, no ask; an ask
                # beside it ("... Can you connect us?") is read all the same.
                continue
            if _negated_opening(text, items, match, rules) or (
                number >= 0 and _negated_purpose(text, items, bounds[number], match.start, rules)
            ):
                # "Don't put me in touch with Bob Lee (...)": the ask itself forbidden;
                # "Ich habe Intro nicht in Kopie gesetzt, um dich mit ... bekannt zu
                # machen": what the negated clause would have done.
                vetoed.add(number)
                reading.vetoed = True
                continue
            if wished and number >= 0 and _negated_wish(text, items, bounds[number], match, rules):
                # "No quiero que Valeria Cruz (...) sea presentada a Tomás Herrera (...)",
                # "I don't want you to introduce Ann to Bob": the wish's object, not an
                # ask. A plea after a contrast in the sentence is read on its own ("...,
                # pero por favor preséntame a Carol Diaz").
                if not _pleads_after_contrast(text, items, bounds[number], match, rules):
                    vetoed.add(number)
                reading.vetoed = True
                continue
            if (
                _appointment(items, match, rules)
                or _turns_to_another(items, match, rules)
                or _told_to_do_else(items, match, rules)
                or _presents_thing_here(items, bounds, number, rules, match.end)
                or _presents_to_the_two_here(items, bounds[number], match, scene, rules)
            ):
                # "Ann, meet Bob at the entrance at 9" sets a meeting; "Ann and Bob should
                # talk to the lawyer" sends both to someone else: neither asks an intro.
                vetoed.add(number)
                reading.vetoed = True
                continue
            wisher = _other_wisher(items, bounds, number, match, rules)
            if wisher == ():
                # "Sie arbeitet im Solarbereich und würde sich gern mit dir austauschen":
                # a wish of someone the clause does not name, not the writer's.
                continue
            if wisher is not None:
                # "I'm introducing you to Marta. She works in solar and would love to chat
                # with you": Marta's wish, as "She would love to chat with you" is.
                match = Match(match.pattern, match.start, match.end, {**match.slots, "A": wisher})
            mentions = [item for slot in match.slots.values() for item in slot]
            if not scene.recipients and (
                not match.slots or any(item.kind == "you" for item in mentions)
            ):
                # In a mail to the agent alone, "you" is the agent: "can you meet me at 3?"
                continue
            here = scene
            needs_third = match.pattern.implied == "third" and "A" not in match.slots
            if needs_third and _refers_to_nothing(text, folded, items, match, rules):
                # "Could you do the same for me?" asks what an intro told of before did
                # ("you introduced my cousin to Dominic"), and nothing without one.
                continue
            consenting = (
                _consenting(text, items, bounds[number], match.start, rules)
                if number >= 0 and (needs_third or any(m.kind == "third" for m in mentions))
                else None
            )
            if consenting is not None:
                # "If Anna agrees, connect her with Tom": the intro asks her anyway, so the
                # condition stops nothing, and "her" is the one it names.
                here = replace(scene, third=resolve_mention(consenting, scene)[0])
            elif (scene.third is None or scene.forwarded) and (
                needs_third or any(m.kind == "third" for m in mentions)
            ):
                # In a forwarded mail "him" is the one person its author wrote about
                # ("you worked with Paul Henning ... introduce me to him?"), when that
                # one is certain.
                before = items[_item_start(items, match.start) : match.start]
                # "Pedro, can you introduce him to Liesbeth?": the one spoken to is never
                # "him".
                spoken = _spoken_to(items, bounds, number, scene, rules)
                named = _antecedents(before, scene, spoken)
                if len(named) > 1:
                    # "Please introduce me to Julián Restrepo (...).\n\nAnd second: don
                    # Efraín Giraldo (...) grows coffee. Could you introduce him to Camila
                    # Duque (...)?": a paragraph opening a further ask speaks of the one
                    # it names, not of those of the asks before it.
                    paragraph = before[_paragraph_start(before, len(before)) :]
                    named = _antecedents(paragraph, scene, spoken) or named
                if not named and scene.third is None:
                    # "me dicen que la Dra. Inés Albornoz ... tiene datos. ¿Sería posible
                    # que me pusieran en contacto con ella?": the one person named before
                    # without an address, asked about.
                    named = _unaddressed_antecedent(before, scene, rules)
                child = next((m for m in mentions if is_own_child(m, rules)), None)
                if child is not None:
                    # "I am Lakshmi Reddy, mother of Ananya Reddy ... Kindly introduce my
                    # daughter to ...": only the child the mail ties to the writer; the
                    # neighbour named before is no one's daughter.
                    named = own_children(child, named, items, scene, rules)
                    # Nor is the child then one the people on the mail imply.
                    reading.unsure_third |= len(named) != 1
                if len(named) == 1 or scene.third is None:
                    here = replace(scene, third=named[0] if len(named) == 1 else None)
                # Nor is "him" then the one the mail implies beside the other party.
                reading.unsure_third |= bool(spoken) and here.third is None
            elif scene.noting and (needs_third or any(m.kind == "third" for m in mentions)):
                # In a forward's note "her" is the forwarded mail's author, unless the note
                # names someone else before it ("A minha colega Ana Souza também quer
                # ajuda: você pode apresentar ela à ..."): then it is that one, and with
                # two named, or the author beside another, no one certain.
                before = items[_item_start(items, match.start) : match.start]
                if any(item.kind in ("name", "email") for item in before):
                    others, author_named = _named_in_note(before, scene, rules)
                    if others:
                        one = len(others) == 1 and not author_named
                        here = replace(scene, third=others[0] if one else None)
                        reading.unsure_third |= not one
            if any(item.kind == "they" for item in mentions):
                before = items[_item_start(items, match.start) : match.start]
                spoken = _spoken_to(items, bounds, number, scene, rules)
                named = _antecedents(before, scene, spoken)
                if len(named) == 2 and them_unsure(before, scene, rules, named):
                    # "Notre costumière Fatoumata Sissoko ... Moussa Keïta (...) ... Mme
                    # Kadiatou Dembélé (...)\n\nPourriez-vous les mettre en relation ?":
                    # any two of the three could be "them", addresses or not.
                    named = []
                here = replace(scene, they=(named[0], named[1]) if len(named) == 2 else None)
            if (
                number >= 0
                and len(scene.recipients) != 2
                and len(scene.greeting) != 2
                and any(item.kind == "group" for item in mentions)
            ):
                # "¿Me puedes presentar a los dos? Aquí van los correos:\n - Manuela:
                # ...\n - Javier: ...": "the two" are the two the list after the ask gives.
                here = replace(here, listed=_listed_two(text, items, bounds[number], here))
            if scene.forwarded and any(item.kind == "us" for item in mentions):
                named = _antecedents(items[_item_start(items, match.start) : match.start], scene)
                here = replace(here, us_with=named[0] if len(named) == 1 else None)
            elif (
                not scene.recipients
                and "B" not in match.slots
                and number >= 0
                and any(item.kind == "us" for item in mentions)
                and _pleads(text, items, bounds[number], rules)
            ):
                # In a mail to the agent alone, "us" is the writer and the one person
                # named before ("A customer told me Bridget Farrow makes hand-poured
                # candles - could you introduce us?").
                before = items[_item_start(items, match.start) : match.start]
                here = replace(here, us_with=_one_named(before, scene))
            speaks_to = match.pattern.implied == "you" and "A" not in match.slots
            if len(scene.recipients) != 1 and (
                speaks_to or any(item.kind == "you" for item in mentions)
            ):
                called = _vocative(items, bounds[number][0] if number >= 0 else 0, match.start)
                if called is not None:
                    here = replace(here, greeting=(called,))
            company = match.slots.get("B", ())
            if len(company) == 1 and company[0].kind == "name" and not company[0].email:
                # "introduce me to Helix Bio's new head of procurement, Dmitri Volkov
                # <dvolkov@helixbio.com>": the one to meet there, not the company.
                match = _company_contact(items, bounds, match, scene, rules) or match
            pairs = pairs_of(match, here)
            if pairs and not asking and _symbol_link(match.pattern) and not _all_addressed(pairs):
                # "Lisboa -> Porto", "Rotterdam -> Santos", "Basic -> Pro": an arrow between
                # two words pairs people only when both have an address (written beside
                # them, on the mail or in the address book), or the mail asks elsewhere.
                continue
            if wisher:
                # Certain only where the wisher is the one the writer speaks for ("I'm
                # writing on behalf of Richard Coleman ... He would like an introduction
                # to ..."), as the writer implied was: Spanish "he" is "I have" ("He
                # intentado ponerme en contacto con ..."), no one else for sure.
                pairs = [
                    (a, b)
                    if here.me is not None and a.party == here.me.party
                    else (doubted(a), doubted(b))
                    for a, b in pairs
                ]
            if match.pattern.implied == "you" and "A" not in match.slots:
                # "Meet Raj": spoken to a recipient about another one; else an announcement.
                keys = {r.key for r in scene.recipients}
                pairs = [
                    (a, b) for a, b in pairs if b.party.email and b.party.email.casefold() in keys
                ]
            if pairs and goes_on_unnamed(items, match, rules, starts):
                # "Introduce me to Ravi (...) and his cofounder": half of what is asked.
                pairs = [(doubted(a), doubted(b)) for a, b in pairs]
            if pairs and _call_asked_whether(text, items, match, rules):
                # "¿Les presento?", "Je vous présente ?": whether to, asked of the two.
                pairs = [(doubted(a), doubted(b)) for a, b in pairs]
            if pairs and _presents_after_colon(items, match, pairs, here, rules):
                # "Les presento: Juan Pérez, nuestro nuevo director": who or what is
                # presented to the two follows the colon.
                pairs = [(doubted(a), doubted(b)) for a, b in pairs]
            if weak:
                reading.weak_pairs += pairs
            elif pairs:
                reading.triggered = True
                reading.pairs += pairs
            if (
                reading.context is None
                and pairs
                and not (paired and number >= 0 and _is_list_item(items, bounds, number))
            ):
                # A later list item's reason is its own, none of the first pair's.
                reading.context = _context(text, items, bounds, match, found, paired, rules)
            if pairs:
                paired.add(number)
    if outcomes_anywhere:
        # "Die Vorstellung mit dem Sammler aus Basel hat was gebracht", no phrasing matched:
        # told of an intro made all the same, it implies no pair.
        told |= _told_sentences(told_folded, items, bounds, rules)
    if told - paired:
        # A sentence that only told of an intro made asks nothing, nor implies a pair.
        statements |= told - paired
        vetoed |= told - paired
        reading.vetoed = True
    if reading.pairs and unread_list_item(
        text, items, bounds, paired, paired | vetoed, _party_words(reading.pairs, scene), rules
    ):
        # "1. could you intro me to Joanna Pike (...) 2. Mei Lin (...) with Callum Reid
        # (...) 3. and me w/ Ruth Adebayo from the council (no email sorry)": a list of
        # asks read in part is asked about, never acted on as if read whole.
        reading.pairs = [(doubted(a), doubted(b)) for a, b in reading.pairs]
    if asking & vetoed:
        # "You two should talk to the lawyer": a sentence that sends them elsewhere, sets
        # a meeting or presents a thing implies no pair either.
        reading.asking = [_said(text, items, bounds[n]) for n in sorted(asking - vetoed)]
    if reading.triggered and not reading.pairs and asking <= vetoed:
        # Every sentence that asked turned out to set a meeting ("Ustedes dos deberían
        # verse en la estación a las 8").
        reading.triggered = False
    # "Please introduce me to more people like him": an ask still, of no one named.
    reading.triggered |= pleads_alike
    return reading


def _party_words(pairs: Sequence[tuple[Resolved, Resolved]], scene: Scene) -> frozenset[str]:
    """The words, folded, of the names of everyone in ``pairs`` and of the writer."""
    names = [r.party.name for pair in pairs for r in pair]
    if scene.me is not None:
        names.append(scene.me.party.name)
    return frozenset(word for name in names if name for word in name.casefold().split())


def _told_outcome(folded: str, items: Sequence[Item], match: Match, rules: Rules) -> bool:
    """Whether ``match`` is an intro told of as made: it opens on one of ``told_intros``
    (perhaps after an article of its own: "an intro to"), and right after it, past some
    of ``told_fillers``, one of ``told_outcomes`` says what it did, the intro its subject
    ("That intro between me and Ana (...) landed me a contract", "Cette mise en relation
    avec Ana a porté ses fruits", "Esa presentación a Ana salió bien", "Die Vorstellung
    bei Ana hat geklappt", "Aquela apresentação à Ana rendeu", "Utambulisho kati ya mimi
    na Ana ulizaa matunda"). "That intro to Ana would be great" and "An intro to Ana would
    help me land a contract" still ask, as does "Could you do that intro?"."""
    if match.end <= match.start or items[match.end - 1].kind == "end":
        return False
    heads = [items[match.start].start]
    if match.end - match.start > 1:
        heads.append(items[match.start + 1].start)
    if not any(rules.told_intro_re.match(folded, at) for at in heads):
        return False
    return _outcome_after(folded, items[match.end - 1].end, MAX_TOLD_GAP_WORDS, rules)


def _outcome_after(folded: str, at: int, most: int, rules: Rules) -> bool:
    """Whether one of ``told_outcomes`` follows ``at``, past some of ``told_fillers`` and
    at most ``most`` words telling where the one met is from or when the intro was ("Die
    Vorstellung mit dem Sammler aus Basel im Frühjahr hat tatsächlich was gebracht", "The
    intro to the collector from Basel in the spring paid off"): no mark stands among
    them, nor a pronoun or a relative word opening a clause of its own ("an intro to the
    guy I went to school with", "to someone who went there")."""
    stops = rules.self_words | rules.you_words | rules.third_words | rules.bare_relative_words
    for _ in range(most + 1):
        at = _told_fillers_end(folded, at, rules)
        if rules.told_outcome_re.match(folded, at) is not None:
            return True
        word = _WORD.match(folded, at)
        if word is None or word.group() in stops:
            return False
        at = word.end()
    return False


def _told_sentences(
    folded: str, items: Sequence[Item], bounds: Sequence[tuple[int, int]], rules: Rules
) -> set[int]:
    """The sentences telling of an intro made, by what it did, where no phrasing matched:
    one of ``told_intros`` opening a noun phrase of a few words ("Die Vorstellung mit dem
    Sammler aus Basel im Frühjahr hat tatsächlich was gebracht"), read as a matched one
    is (``_told_outcome``), the noun phrase's words among the gap; a question is none.
    Such a sentence asks nothing, the cue an intro word is in it ("The intro to the
    collector from Basel in the spring actually paid off") too."""
    starts = [item.start for item in items]
    found: set[int] = set()
    for hit in rules.told_intro_re.finditer(folded):
        if _outcome_after(folded, hit.end(), MAX_TOLD_NOUN_WORDS, rules):
            at = bisect_right(starts, hit.start()) - 1
            number = _sentence_of(bounds, at) if at >= 0 else -1
            if (
                number >= 0
                and not _asked(items, bounds[number])
                and _opens_clause(items, bounds[number][0], at)
            ):
                found.add(number)
    return found


def _opens_clause(items: Sequence[Item], start: int, at: int) -> bool:
    """Whether the intro word at ``at`` opens the sentence from ``start``, or what a colon
    in it leads to, at most two words (an article, "that last") before it: "ganz kurz:
    Die Vorstellung mit ... hat was gebracht" tells; "Could you make an intro to the
    buyer, the last intro to their team went great" asks before it tells."""
    for words, item in enumerate(reversed(items[start:at]), 1):
        if item.lower == ":":
            return True
        if item.kind not in ("word", "name") or words > 2:
            return False
    return True


def _asked(items: Sequence[Item], bound: tuple[int, int]) -> bool:
    """Whether the sentence within ``bound`` is a question: a question mark ends it or
    stands in it ("Could you intro me to the buyer? The last intro went well" asks)."""
    return any("?" in item.lower for item in items[bound[0] : bound[1]] if item.kind != "word")


def _told_fillers_end(folded: str, at: int, rules: Rules) -> int:
    """Where white space and ``told_fillers`` ("really", "tatsächlich") from ``at`` end."""
    while True:
        gap = _TOLD_GAP.match(folded, at)
        at = gap.end() if gap else at
        word = _WORD.match(folded, at)
        if word is None or word.group() not in rules.told_fillers:
            return at
        at = word.end()


# What may stand between two words of an intro told of and what it did: white space alone.
_TOLD_GAP = re.compile(r"[ \t\r\n]+")
# How many words may part an intro told of from what it did: after a phrasing matched,
# and after the intro word alone, its noun phrase among them.
MAX_TOLD_GAP_WORDS = 5
MAX_TOLD_NOUN_WORDS = 9


def _presents_after_colon(
    items: Sequence[Item],
    match: Match,
    pairs: Sequence[tuple[Resolved, Resolved]],
    scene: Scene,
    rules: Rules,
) -> bool:
    """Whether a phrasing of the two written to ("Les presento", "presentarles", "apresentar
    os senhores") ends on a colon, or before one, after which comes anything but one of the
    pair's own names, perhaps after an article ("o Bob"): "Me gustaría presentarles: Ana
    dirige las compras ..." tells of them, "Les presento: Juan Pérez, nuestro nuevo
    director" or "Les presento: nuestro catálogo" presents someone or something to them."""
    if any(item.kind not in ("group", "call") for found in match.slots.values() for item in found):
        return False
    if items[match.end - 1].lower == ":":
        after = match.end
    elif match.end + 1 < len(items) and items[match.end].lower == ":":
        after = match.end + 1
    else:
        return False
    if (
        after + 1 < len(items)
        and items[after].lower in rules.appositive_articles
        and items[after + 1].kind == "name"
    ):
        # "quero apresentar vocês: o Bob faz drones".
        after += 1
    if after >= len(items) or items[after].kind != "name":
        return True
    named = resolve_mention(items[after], scene)[0].party.email
    own = {party.party.email for pair in pairs for party in pair}
    return named is None or named not in own


def _call_asked_whether(text: str, items: Sequence[Item], match: Match, rules: Rules) -> bool:
    """Whether a group call of ``match`` is written as a question, which asks the two
    whether to ("¿Les presento?", "Je vous présente ?", "Vos apresento?", "Aimeriez-vous
    que je vous présente l'un à l'autre ?"); a call that asks by its own words
    (``asked_calls``: "darf ich euch einander vorstellen") still calls."""
    calls = [item for found in match.slots.values() for item in found if item.kind == "call"]
    if not calls:
        # "¿Debería presentarles?": a phrasing of the two written to, opening on its verb
        # and closed by its question mark, asks them whether to, as a call does.
        elements = match.pattern.elements
        return (
            bool(elements)
            and elements[0].slot is None
            and SENTENCE_END in elements[-1].words
            and all(item.kind == "group" for found in match.slots.values() for item in found)
            and match.end < len(items)
            and items[match.end].lower == "?"
        )
    closing = next((item for item in items[match.end :] if item.kind == "end"), None)
    if closing is None or closing.lower != "?":
        return False
    said = normal_text(text[calls[0].start : calls[0].end])
    return said not in rules.asked_calls


def _assigned(
    text: str, items: Sequence[Item], bounds: Sequence[tuple[int, int]], scene: Scene, rules: Rules
) -> set[int]:
    """The sentences giving someone named, not the agent, an intro to make: minutes'
    action items and reports of what another will do. The name opens a clause (perhaps
    after an article) and one of ``doer_links`` follows it ("ACTION: Prof. Hale to
    introduce Dr. Yusuf to ...", "Prof. Hale will introduce", "el Dr. Ruiz pondrá en
    contacto al Sr. Herrero", "o Prof. Hale vai apresentar", "Prof. Hale atamtambulisha"),
    or the sentence opens on one of ``action_labels`` and a colon before the name
    ("Action item: Prof. Hale -", "Maßnahme: Prof. Hale"). Such a sentence asks nothing of
    the agent; "Please ask Prof. Hale to introduce me" names him after other words."""
    found: set[int] = set()
    for number, (start, end) in enumerate(bounds):
        for k in range(start, end):
            item = items[k]
            if item.kind not in ("name", "email") or _is_agent_item(item, scene, rules):
                continue
            before = k - 1
            while before >= start and items[before].lower in rules.doer_articles:
                before -= 1
            if before >= start and items[before].kind != "punct":
                continue
            rest = text[item.end : items[end - 1].end].casefold().replace("\u2019", "'")
            if rules.doer_re.match(rest.lstrip()):
                found.add(number)
                break
            label = text[items[start].start : items[before].start] if before > start else ""
            if (
                before > start
                and items[before].lower == ":"
                and rules.action_label_re.fullmatch(label.casefold().strip())
            ):
                found.add(number)
                break
    return found


def _is_agent_item(item: Item, scene: Scene, rules: Rules) -> bool:
    """Whether a mention is the agent: its address, or a name calling it an agent, a bot
    or a service (one of ``cue_compounds``: "Intro Agent")."""
    if item.email and is_agent(item.email, scene.agent):
        return True
    return not rules.cue_compounds.isdisjoint((item.name or "").casefold().split())


def only_to_the_two(said: str, rules: Rules) -> bool:
    """Whether all that asks in a sentence is its words for the two written to ("you
    two", "vocês dois", "ihr zwei"): no intro word, no ask phrase of its own."""
    return all(
        tuple(found.group(0).split()) in rules.group_words
        for found in rules.trigger_re.finditer(said)
    )


# How many words may describe the groups between "the two" and their noun ("the two field
# teams", "les deux jeunes équipes").
_MAX_GROUP_WORDS = 2


def of_two_groups(said: str, rules: Rules) -> bool:
    """Whether one of ``both_words`` in the sentence is the determiner of a plural noun of
    groups (``group_nouns``), a word or two perhaps between: "we should get the two field
    teams introduced to each other", "les deux équipes", "die beiden Abteilungen", "los
    dos equipos", "as duas equipes" speak of two groups, not of the two on the mail."""
    if not rules.group_nouns:
        return False
    for found in rules.both_re.finditer(said):
        for word in said[found.end() :].split()[: _MAX_GROUP_WORDS + 1]:
            if word in rules.group_nouns:
                return True
            if not word.isalpha():
                break
    return False


def proposes(items: Sequence[Item], rules: Rules) -> bool:
    """Whether a sentence of ``items`` proposes that the two written to meet or talk, now
    or later: a group call ("you two should talk"), a word of contact or introducing, or
    a ``proposal_words`` phrase ("you two should talk", "vous devriez échanger", "seria
    ótimo vocês conversarem", "I thought you'd enjoy meeting", "je mets en copie ... pour
    vous mettre en relation"); not where the sentence tells of a meeting that happened
    (``met_cues``: "we met yesterday", "dass wir uns gestern kennengelernt haben",
    "nous nous sommes rencontrés", "nos conocimos", "nos conhecemos", "tulikutana") or
    holds a negation, other than one saying the two have not met (``unmet_cues``: "two
    founders who don't know each other yet", "que todavía no se conocen", "qui ne se
    connaissent pas encore", "que ainda não se conhecem"), which is why they should."""
    sentence: list[Item] = []
    for item in (*items, None):
        if item is not None and item.kind != "end":
            sentence.append(item)
            continue
        said = normal_text(" ".join(i.lower for i in sentence if i.kind != "call"))
        called = any(i.kind == "call" for i in sentence)
        if (
            (called or rules.proposal_re.search(said))
            and rules.met_re.search(said) is None
            and (
                all(i.lower not in rules.negations for i in sentence)
                or _negated_only_unmet(said, rules)
            )
        ):
            return True
        sentence = []
    return False


def _negated_only_unmet(said: str, rules: Rules) -> bool:
    """Whether every negation of the sentence ``said`` stands in one of ``unmet_cues``
    ("don't know each other", "no se conocen", "ne se connaissent pas"): it tells the two
    have not met, and negates no proposal. Looked at only once a negation was seen."""
    if rules.unmet_re.search(said) is None:
        return False
    return all(word not in rules.negations for word in rules.unmet_re.sub(" ", said).split())


def wanting_contact(
    text: str, items: Sequence[Item], rules: Rules
) -> list[tuple[str, tuple[Item, ...]]]:
    """The sentences of ``text`` that want contact with someone: a word of talking,
    meeting or introducing, in a question, a plea or a wish ("Any chance you could get us
    talking?", "Me encantaría hablar con él", "J'aimerais beaucoup le rencontrer")."""
    wanted: list[tuple[str, tuple[Item, ...]]] = []
    for bound in _sentences(items):
        said, sentence = _said(text, items, bound)
        if not rules.contact_re.search(said):
            continue
        if any(item.lower == "?" for item in sentence) or rules.wish_re.search(said):
            wanted.append((said, sentence))
    return wanted


def hands_over(items: Sequence[Item], rules: Rules) -> bool:
    """Whether a note above a forwarded mail only hands it to the agent: a few words, each
    of ``handover_words`` ("can you?", "fyi, can you?", "¿puedes?", "kannst du?"), and no
    one named."""
    words = [item for item in items if item.kind not in ("punct", "end")]
    # A capitalised word opening the note may read as a name ("Unaweza?").
    return 0 < len(words) <= MAX_HANDOVER_WORDS and all(
        item.kind in ("word", "you", "name") and item.lower in rules.handover_words
        for item in words
    )


MAX_HANDOVER_WORDS = 6


def _said(text: str, items: Sequence[Item], bound: tuple[int, int]) -> tuple[str, tuple[Item, ...]]:
    """A sentence as the pair an ask implies reads it: folded text, and its tokens with the
    mark that closes it ("?")."""
    start, end = bound
    return normal_text(text[items[start].start : items[end - 1].end]), tuple(items[start : end + 1])


def _start(match: Match) -> int:
    return match.start


def _negated_opening(text: str, items: Sequence[Item], match: Match, rules: Rules) -> bool:
    """Whether one of ``negation_leads`` stands right before the pattern ``match`` found
    ("don't put me in touch with", "please do not set me up with"), whatever its verb."""
    at = items[match.start].start
    before = text[max(0, at - 16) : at].casefold().replace("\u2019", "'")
    return rules.negated_opening_re.search(before) is not None


# What ends a negated wish's reach besides a contrast or a plea: a question opening
# ("No quiero molestarte, ¿me presentas a Ana?") or a clause after a colon or a semicolon.
_WISH_STOP = re.compile(r"[\u00bf\u00a1;:]")


def _folded_letters(text: str) -> str:
    """``text`` case-folded letter by letter, so that offsets stay those of the text ("ß"
    stays), with a typographic apostrophe made plain."""
    return "".join(c if len(c.casefold()) != 1 else c.casefold() for c in text).replace(
        "\u2019", "'"
    )


def _negated_wish(
    text: str, items: Sequence[Item], bound: tuple[int, int], match: Match, rules: Rules
) -> bool:
    """Whether one of ``negated_wishes`` opens before ``match`` in its sentence and
    governs it: a wish negated on its own verb or a preference for what is not done,
    whose object the match is ("No quiero que Valeria Cruz (...) sea presentada a ...",
    "Je ne veux pas que ... soit présentée à", "Ich möchte nicht, dass ... vorgestellt
    wird", "I'd rather you not introduce me to", "Sitaki umtambulishe"). A contrast, a
    plea, a question opening, a colon, a semicolon or a consequence after a comma between
    ends its reach ("I don't want to bother you, but could you introduce me to ...", "No
    quiero molestarte, ¿me presentas a ...?", "Não quero perder tempo, então me apresenta
    à ...")."""
    first = items[bound[0]].start
    opening = items[match.start].start - first
    sentence = _folded_letters(text[first : items[match.end - 1].end])
    for hit in rules.negated_wish_re.finditer(sentence):
        if hit.start() >= opening:
            break
        between = sentence[hit.end() : opening]
        if not (
            _WISH_STOP.search(between)
            or rules.contrast_re.search(between)
            or rules.plea_re.search(between)
            or rules.consequence_re.search(between)
        ):
            return True
    return False


def _pleads_after_contrast(
    text: str, items: Sequence[Item], bound: tuple[int, int], match: Match, rules: Rules
) -> bool:
    """Whether one of ``contrast_words`` after ``match`` in its sentence is followed by one
    of ``pleas``: "..., pero por favor preséntame a Carol", "..., but could you introduce
    me to Carol" ask on their own."""
    if match.end >= bound[1]:
        return False
    rest = _folded_letters(text[items[match.end - 1].end : items[bound[1] - 1].end])
    turn = rules.contrast_re.search(rest)
    return turn is not None and rules.plea_re.search(rest, turn.end()) is not None


# What closes a clause before a purpose clause ("..., um dich mit ... bekannt zu machen").
_PURPOSE_MARKS = frozenset({",", ";", ":"})


def _negated_purpose(
    text: str, items: Sequence[Item], bound: tuple[int, int], at: int, rules: Rules
) -> bool:
    """Whether the ask at item ``at`` (a pattern's match, a trigger) stands in a purpose
    clause opened after a comma
    by one of ``purpose_leads`` ("to", "um", "pour", "para", "ili") whose main clause, in
    its sentence, holds one of ``negations``: "Ich habe Intro nicht in Kopie gesetzt, um
    dich mit ... bekannt zu machen", "I did not put Intro in copy, to connect you with",
    "Je n'ai pas mis Intro en copie, pour vous mettre en relation avec" tell what is not
    done. The main clause starts after the last of ``contrast_words`` ("Ich kenne Ruth
    nicht, aber ich habe Intro in Kopie gesetzt, um ...") and a negation in another
    sentence covers nothing."""
    start = bound[0]
    if not start < at < len(items):
        return False
    mark = next((n for n in range(at - 1, start, -1) if items[n].lower in _PURPOSE_MARKS), None)
    if mark is None:
        return False
    opening = normal_text(text[items[mark].end : items[at].start])
    if rules.purpose_lead_re.match(opening) is None:
        return False
    first = items[start].start
    # Folded letter by letter, so that offsets stay those of the text ("ß" stays).
    main = "".join(
        c if len(c.casefold()) != 1 else c.casefold() for c in text[first : items[mark].start]
    ).replace("\u2019", "'")
    opens = first + max((hit.end() for hit in rules.contrast_re.finditer(main)), default=0)
    return any(item.lower in rules.negations for item in items[start:mark] if item.start >= opens)


def _asking_in_negated_purpose(
    text: str,
    folded: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    asking: AbstractSet[int],
    rules: Rules,
) -> set[int]:
    """The sentences of ``asking`` holding one of ``negations`` whose every trigger stands
    in a purpose clause a negated main clause governs (see ``_negated_purpose``): "Kenji,
    no puse a Intro en copia, para ponerte en contacto con ...", "I did not put Intro in
    copy, to connect you with ..." ask nothing, a phrasing naming the pair or not."""
    found: set[int] = set()
    starts = [item.start for item in items]
    for number in asking:
        start, end = bounds[number]
        if all(item.lower not in rules.negations for item in items[start:end]):
            continue
        first, last = items[start].start, items[end - 1].end
        hits = [
            bisect_right(starts, hit.start()) - 1
            for hit in rules.trigger_re.finditer(folded, first, last)
        ]
        if hits and all(_negated_purpose(text, items, bounds[number], at, rules) for at in hits):
            found.add(number)
    return found


# What ends the clause a thanks governs: a mark or a dash.
_THANKS_CLAUSE_END = re.compile(r"[,;:!?\n\u2013\u2014]| - ")


def _thanked_for_past(
    text: str, folded: str, items: Sequence[Item], bounds: Sequence[tuple[int, int]], rules: Rules
) -> set[int]:
    """The sentences thanking for an intro made before: one of ``thanks_leads``, then in
    its clause an intro word and one of ``past_times`` ("Agradecemos que nos presentaran a
    la Dra. Lucía Vera (...) el año pasado", "Merci de nous présenter à ... l'an dernier",
    "Agradecemos que nos apresentassem à ... no ano passado"), or an intro word with a
    verb up to it put in the past, ending on one of ``thanked_past_endings`` after a stem
    of three letters or more ("Agradecemos que nos presentaran a ...", "Te agradezco que
    me pusieras en contacto con ...", "Agradecemos que nos apresentassem à ..."). Without
    either the thanks may ask ("Agradeceríamos que nos presentaran", the lead no thanks
    for what was; "Agradezco que me presentes a ...", thanks in advance), as may a past
    time in another clause ("..., whom I met last year"). A thanks for an offer of the
    intro (one of ``thanked_offers`` before the intro word: "Thanks for offering to
    introduce me to ...", "Merci pour ta proposition de me présenter à ...") asks nothing
    either."""
    found: set[int] = set()
    if not bounds:
        return found
    starts = [items[s].start for s, _ in bounds]
    for hit in rules.thanks_lead_re.finditer(folded):
        number = bisect_right(starts, hit.start()) - 1
        if number < 0:
            continue
        end = items[bounds[number][1] - 1].end
        if hit.start() >= end:
            continue
        clause = folded[hit.end() : end]
        stop = _THANKS_CLAUSE_END.search(clause)
        clause = clause[: stop.start()] if stop else clause
        intro = rules.intent_start_re.search(clause)
        if intro is None:
            continue
        if rules.thanked_offer_re.search(clause, 0, intro.start()) is not None:
            # "Thanks for offering to introduce me to ...": an offer thanked for, made
            # by the one written to; the writer asks nothing by it.
            found.add(number)
            continue
        if rules.past_time_re.search(clause, intro.end()) is not None or _put_in_past(
            text, hit.end(), hit.end() + _word_end(clause, intro.end()), rules
        ):
            found.add(number)
    return found


def _told_past_intros(
    folded: str, text: str, items: Sequence[Item], bounds: Sequence[tuple[int, int]], rules: Rules
) -> set[int]:
    """The sentences telling of an intro made before with a verb the same in the past and
    the present ("Remember in October you put me in touch with Shauna ...?", "You put me in
    touch with Shauna last month. Thanks!", "Me pusiste en contacto con Shauna el mes
    pasado"): one of ``told_past_intros`` with none of ``told_past_asks`` before it in its
    sentence ("Could you put me in touch with ...?", "Please, you put me in touch ..."
    ask), told as done by a past time in the sentence (``told_past_marks``,
    ``past_times``) or, in a sentence asking no question, by thanks in the mail that are
    not given in advance; an ask of an intro after it in the sentence ("..., can you put
    me in touch with Pedro too?") keeps the sentence read."""
    thanked = any(
        rules.told_past_advance_re.match(folded, hit.end() + 1) is None
        for hit in rules.told_past_thanks_re.finditer(folded)
    )
    found: set[int] = set()
    for number, (start, end) in enumerate(bounds):
        sentence = normal_text(text[items[start].start : items[end - 1].end])
        hit = rules.told_past_intro_re.search(sentence)
        if hit is None or rules.told_past_ask_re.search(sentence, 0, hit.start()):
            continue
        # The sentence's own words stop before its closing mark: a "?" is looked for after.
        closing = text[items[end - 1].end : items[end - 1].end + 8].lstrip()
        asked = sentence.startswith("¿") or sentence.endswith("?") or closing.startswith("?")
        if rules.told_past_mark_re.search(sentence) is None and (asked or not thanked):
            continue
        after = sentence[hit.end() :]
        if any(_asks(after, h.end(), rules) for h in rules.trigger_re.finditer(after)):
            continue
        found.add(number)
    return found


# The fewest letters a verb holds before an ending that puts it in the past ("pases",
# "quieras" are present; "presentases", "pusieras" past).
_MIN_PAST_STEM = 3


def _word_end(text: str, at: int) -> int:
    """Where the word running at ``at`` in ``text`` ends."""
    rest = _WORD.match(text, at)
    return rest.end() if rest else at


def _put_in_past(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether a word of ``text`` between ``start`` and ``end``, written in lower case (no
    name: "Bárbara"), ends on one of ``thanked_past_endings`` after a stem of
    ``_MIN_PAST_STEM`` letters or more ("presentaran", "pusieras", "apresentassem")."""
    endings = rules.thanked_past_endings
    for found in _WORD.finditer(text, start, end):
        word = found.group().casefold()
        if not word.endswith(endings) or not found.group()[0].islower():
            continue
        if any(word.endswith(e) and len(word) - len(e) >= _MIN_PAST_STEM for e in endings):
            return True
    return False


def _proclitic_statement(
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    number: int,
    match: Match,
    rules: Rules,
) -> bool:
    """Whether the pattern ``match`` found opens on one of ``proclitic_asks`` ("me
    apresenta", "me põe", "me conecta": an ask in Brazilian speech, a statement of what
    someone does too) that neither opens its sentence, perhaps after words of
    ``proclitic_openers`` ("oi", "por favor") and a name and a comma, or after a condition
    opening on one of ``proclitic_conditions`` up to its comma ("Se puder, me apresenta a
    ela"), nor stands in a question: "O Paulo sempre me apresenta à Fernanda Lima (...)"
    tells what Paulo does; "Oi Paulo, me apresenta à Fernanda Lima (...)" and "Você me
    apresenta à ...?" ask."""
    at = match.start
    if at + 1 >= len(items) or number < 0:
        return False
    slot = match.slots.get("A", ())
    if not slot or slot[0] is not items[at]:
        return False
    if (items[at].lower, items[at + 1].lower) not in rules.proclitic_asks:
        return False
    start, end = bounds[number]
    if end < len(items) and items[end].lower == "?":
        return False
    before = items[start:at]
    # "Se puder, me apresenta a ela": a condition opening the sentence, up to its comma.
    opening = next((n for n, item in enumerate(before) if item.kind != "punct"), None)
    if opening is not None and before[opening].lower in rules.proclitic_conditions:
        comma = next((n for n, item in enumerate(before) if item.lower == ","), None)
        if comma is not None:
            before = before[comma + 1 :]
    # "Não quero perder tempo, então me apresenta à Ana": a consequence after a comma opens
    # a clause of its own.
    comma = next((n for n in range(len(before) - 1, -1, -1) if before[n].lower == ","), None)
    taken = 0 if comma is None else _consequence_opening(before[comma + 1 :], rules)
    if comma is not None and taken:
        before = before[comma + 1 + taken :]
    for position, item in enumerate(before):
        if item.kind == "punct" or item.lower in rules.proclitic_openers:
            continue
        following = before[position + 1] if position + 1 < len(before) else None
        if item.kind == "name" and following is not None and following.lower == ",":
            continue
        return True
    return False


def _consequence_opening(words: Sequence[Item], rules: Rules) -> int:
    """How many of ``words`` one of ``consequence_words`` opening them takes ("então",
    "por isso"), 0 when none opens them."""
    said = [item.lower for item in words[:4]]
    for word in rules.consequence_words:
        parts = word.split()
        if said[: len(parts)] == parts:
            return len(parts)
    return 0


def _done_by_another(
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    number: int,
    match: Match,
    scene: Scene,
    rules: Rules,
) -> bool:
    """Whether the intro ``match`` found, the writer its first party ("me", "nos",
    "mich"), has someone other than the one written to as its subject (see
    ``done_by_another``)."""
    if number < 0:
        return False
    first = match.slots.get("A", ())
    if first and first[0].kind not in ("self", "us"):
        return False
    if not first and items[match.start].lower not in rules.self_verbs:
        # "presentarme a", "apresentar-me à": the writer joined to the verb.
        return False
    # The match's words and the one after it ("mit {B} bekannt" of "bekannt machen").
    around = items[match.start : match.end + 1]
    said = " ".join(item.lower for item in around if item.kind == "word")
    if rules.intent_start_re.search(said) is None:
        # "Zweitens mich und Carol Diaz (...)": a list item, no verb to have a subject.
        return False
    start, end = bounds[number]
    asked = end < len(items) and items[end].lower == "?"
    return done_by_another(items[start : match.start], asked, scene, rules)


def _offered_by_another(
    text: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    number: int,
    match: Match,
    scene: Scene,
    rules: Rules,
) -> bool:
    """Whether the intro ``match`` found, of the writer or of anyone, is one someone other
    than the one written to offered to make: one of ``other_subject_offers`` ends right
    before it, perhaps before a comma, after a name or one of ``other_subjects`` as its
    subject ("Paul offered to introduce Ann to Bob", "Paul m'a proposé de me présenter
    à", "Pablo se ofreció a presentarme a", "Hr. Dr. Brandes hat angeboten, den
    Elternbeirat mit Herrn Vogt bekannt zu machen", "O Paulo ofereceu-se para me
    apresentar", "Juma amejitolea kumtambulisha"), the subject sought as
    ``done_by_another`` seeks it. The writer's own offer or the one written to's ("You
    offered to introduce me to Bob - could you?") is no one else's."""
    if number < 0:
        return False
    start, end = bounds[number]
    first = match.start
    if first <= start:
        return False
    written = text[items[start].start : items[first].start]
    said = written.casefold().replace("\u2019", "'")
    if len(said) != len(written):
        # ("Straße" folded to "strasse": no offsets to map back.)
        return False
    said = said.rstrip()
    if said.endswith(","):
        said = said[:-1].rstrip()
    # The last offer before the ask, which must end right before it.
    lead = max(rules.other_subject_offer_re.finditer(said), key=lambda m: m.end(), default=None)
    if lead is None or lead.end() != len(said):
        return False
    # The words before the offer, up to where it starts.
    at = items[start].start + lead.start()
    before = [item for item in items[start:first] if item.end <= at]
    asked = end < len(items) and items[end].lower == "?"
    return bool(before) and done_by_another(before, asked, scene, rules)


def done_by_another(before: Sequence[Item], asked: bool, scene: Scene, rules: Rules) -> bool:
    """Whether the words ``before`` an intro with the writer as its object ("me",
    "nos", "mich") in its sentence give it a subject other than the one written to: one
    of ``other_subjects`` ("ele", "il", "él", "he", "er", "alguém") or a name, before it
    in its clause ("Ele me conecta com a Ana Souza (...)?", "Será que o Paulo me
    apresenta à Ana?", "Il me présente à Ana ?", "¿Él me pone en contacto con Ana?",
    "Can Paul introduce me to Ana?", "Kann er mich mit Ana bekannt machen?"), or one of
    ``other_subject_questions`` opening the sentence ("Quem me apresenta à Ana?", "Who
    can introduce me to Ana?"). The one written to ("você", "tu", "vous", "usted",
    "you"), the agent named, a name called after a greeting ("Oi Paulo me apresenta"), a
    mark, or a word opening a clause of the verb's own (``other_subject_stops``: "ask
    Paul to introduce me", "quelqu'un qui", "se me apresentar") ends the search: "Você
    me conecta com a Ana?", "Can you ask Paul to introduce me to Ana?" ask. Outside a
    question (``asked``), a subject after such a word is in a clause something else
    governs, a wish or a thanks: "Agradezco que Bárbara me presente a ..." is read as
    before. A relative clause set off by commas after a named subject is passed over:
    "Paul, who knows Bob, can introduce me to Claire?", "Paul, qui connaît Bob, a
    proposé de me présenter à Claire"."""
    back = len(before)
    while back > 0:
        back -= 1
        item = before[back]
        word = item.lower
        if word == "," and item.kind == "punct":
            aside = _relative_aside(before, back, rules)
            if aside > 0:
                before = [*before[:aside], *before[back + 1 :]]
                back = aside
                continue
        opening = before[:back]
        if item.kind in ("punct", "end", "you", "self", "us", "call", "group"):
            return False
        if word in rules.other_subject_questions and all(
            b.kind in ("punct", "end") for b in opening
        ):
            return True
        if word in rules.other_subject_stops:
            return False
        if item.kind in ("name", "email") and word not in rules.other_subjects:
            if _is_agent_item(item, scene, rules):
                return False
            # A single capitalised word opening the sentence is a name only beside the
            # verb ("Paulo me conecta", "Paul can introduce me"), not further off
            # ("Agradeço desde já se me apresentar", "N'hésitez pas à me présenter"), nor
            # when a word of the rules ("Unaweza kuniunganisha", "Será possível pôr-me").
            if (
                not opening
                and " " not in word
                and (
                    len(before) - back > 2
                    or word in rules.literals
                    or word in rules.proclitic_openers
                    or rules.plea_re.fullmatch(word) is not None
                )
            ):
                return False
            # "Oi Paulo me apresenta ...": a name after greetings alone calls; "O Paulo
            # me apresenta" has an article before its subject.
            if opening and all(
                b.kind in ("punct", "end")
                or (b.lower in rules.proclitic_openers and b.lower not in rules.doer_articles)
                for b in opening
            ):
                return False
        elif word not in rules.other_subjects:
            continue
        return asked or not any(
            b.lower in rules.other_subject_stops and not _believed(opening[:k], rules)
            for k, b in enumerate(opening)
        )
    return False


def _other_wisher(
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    number: int,
    match: Match,
    rules: Rules,
) -> tuple[Item, ...] | None:
    """Who makes a wish the writer would make ("would love to chat with {B}", "gern mit
    {B} austauschen", the writer implied: no ``{A}``) when someone else is its subject
    before it in its clause, a verb of theirs perhaps between: a pronoun of one person
    among ``other_subjects`` ("she", "he", "elle") as the ask's first party, or no one,
    ``()``, for "they" or one of ``other_reflexives`` ("sich", which the writer would
    write "mich"): "She works in solar and would love to chat with you", "Sie arbeitet
    im Solarbereich und würde sich gern mit dir austauschen". None, the writer's own
    wish, when the writer, the one written to, a mark or one of ``other_subject_stops``
    comes first: "She's great and I would love to chat with her", "Marta, I'd love to
    chat with you"."""
    if (
        number < 0
        or match.pattern.implied != "self"
        or "A" in match.slots
        or items[match.start].lower in rules.self_verbs
    ):
        return None
    clause = items[bounds[number][0] : match.start]
    at = len(clause)
    while at > 0:
        at -= 1
        item = clause[at]
        if item.kind in ("punct", "end", "self", "us", "you", "call", "group"):
            return None
        if item.lower in rules.other_subject_stops:
            if not (at and clause[at - 1].lower in rules.other_subject_wants):
                return None
            # "il a besoin de rencontrer le Dr Bamba", "he needs to meet": the need is the
            # subject's, so the search goes on past it and the verb that has it ("a",
            # a stop as "à" unaccented); "ask Paul to introduce me" stops.
            at -= 1
            if (
                at
                and clause[at - 1].kind == "word"
                and clause[at - 1].lower in rules.other_subject_stops
            ):
                at -= 1
            continue
        if item.kind == "third" and item.lower in rules.other_subjects:
            return (item,)
        if item.lower in rules.other_subject_verbs:
            # "anahitaji kukutana na Dkt. Bamba": the verb carries "he" or "she".
            return (Item("third", item.lower, item.start, item.end),)
        if item.kind == "they" or item.lower in rules.other_reflexives:
            return ()
    return None


def _relative_aside(before: Sequence[Item], close: int, rules: Rules) -> int:
    """Where a relative clause closed by the comma at ``close`` opens, the comma before
    it, when it follows a named subject ("Paul, who knows Bob,", "Pablo, que conoce a
    Bob,", "Paul, der Bob kennt,", "o Paulo, que conhece o Bob,", "Paul, ambaye anamjua
    Bob,"), no mark between; else -1."""
    for at in range(close - 1, 0, -1):
        item = before[at]
        if item.kind in ("punct", "end"):
            if (
                item.lower == ","
                and at + 1 < close
                and before[at + 1].lower in rules.relative_words
                and before[at - 1].kind == "name"
            ):
                return at
            return -1
    return -1


def _believed(before: Sequence[Item], rules: Rules) -> bool:
    """Whether the word before a clause's opening word, marks aside, is one of
    ``belief_leads``: "Acho que o Paulo pode me apresentar à Ana", "I think that Paul can
    introduce me", "Ich glaube, dass Paul mich ... bekannt machen kann" tell what Paul
    can do, as "I think Paul can introduce me" does."""
    words = [item for item in before if item.kind not in ("punct", "end")]
    return bool(words) and words[-1].lower in rules.belief_leads


def _advised_by_another(
    items: Sequence[Item], sentence: tuple[int, int], match: Match, rules: Rules
) -> bool:
    """Whether ``match`` opens on the writer alone ("I should talk to Ngozi Obi") right
    after a verb of saying or thinking (``advice_leads``), ``advice_joiners`` perhaps
    between ("that", "me", "que"), in a sentence where the writer has not spoken before:
    "He also mentioned I should talk to his colleague Ngozi Obi", "Femi thinks I should
    meet ...", "My mentor told me that I should ...", "Ele disse que eu devia falar com
    ..." tell someone's advice and ask nothing. "I think I should meet ..." is the
    writer's own, read as before."""
    called = match.slots.get("A", ())
    if len(called) != 1 or called[0].kind != "self" or items[match.start] is not called[0]:
        return False
    at = match.start - 1
    while at > sentence[0] and items[at].lower in rules.advice_joiners:
        at -= 1
    if at < sentence[0] or items[at].lower not in rules.advice_leads:
        return False
    return not any(item.kind == "self" for item in items[sentence[0] : at])


def _told_to_do_else(items: Sequence[Item], match: Match, rules: Rules) -> bool:
    """Whether the people written to are told to do something other than meet or talk
    with each other: "You two should sign the contract", "Ihr zwei solltet mit der
    Buchhaltung sprechen", "Vous deux devriez parler au comptable", and, named by the
    verb alone, "Deberíais firmar el contrato". A whole call to them turns to someone
    else as the verb does: "you two should talk to the lawyer", "vous devriez vous
    parler avec le comptable", "mnapaswa kuzungumza na fundi"."""
    elements = match.pattern.elements
    end = match.end
    called = match.slots.get("A", ())
    if elements and elements[-1].slot == "A" and len(called) == 1 and called[0].kind == "call":
        return _talks_with_another(items[end : end + 2], rules)
    if (
        not elements
        or elements[-1].slot is not None
        or not set(match.slots) <= {"A"}
        or items[end - 1].lower not in rules.pair_modals
    ):
        return False
    window: list[Item] = []
    for item in items[end : end + PAIR_VERB_WINDOW]:
        if item.kind == "end":
            break
        window.append(item)
    for position, item in enumerate(window):
        if item.lower in rules.pair_verbs:
            # "solltet mit der Buchhaltung sprechen": someone else before the verb ...
            before = window[:position]
            # ... or after it: "talk to legal", but not "talk to each other".
            after = window[position + 1 : position + 3]
            return any(
                word.lower in rules.other_party_preps
                and (
                    following.kind in ("name", "email")
                    or following.lower in rules.other_party_heads
                )
                for word, following in pairwise(before)
            ) or _talks_with_another(after, rules)
    return True


def _announces(items: Sequence[Item], opening: int, match: Match, rules: Rules) -> bool:
    """Whether ``match`` opens on a heading presenting people to a mailing's readers: one
    of ``announcement_words`` opening its sentence or after a colon ("Introducing Maya
    Chen and Raj Patel", "Conheça a Ana", "Découvrez")."""
    first = items[match.start]
    if first.lower not in rules.announcement_words:
        return False
    return match.start == opening or items[match.start - 1].lower == ":"


def _talks_with_another(after: Sequence[Item], rules: Rules) -> bool:
    """Whether the two words after a verb of talking turn it to someone else: "to legal",
    "au comptable", "na fundi"; not "to each other", "to discuss", nor a sentence's end."""
    return (
        len(after) == 2
        and after[0].lower in rules.other_party_preps
        and after[1].kind != "end"
        and after[1].lower not in rules.mutual_words | rules.pair_verbs
    )


def _turns_to_another(items: Sequence[Item], match: Match, rules: Rules) -> bool:
    """Whether the two of ``match`` are to meet or talk with someone else: "Ann and Bob
    should talk to the lawyer", "should meet with Carla", "hablar con el abogado"."""
    elements = match.pattern.elements
    end = match.end
    # "introduce you both to Dr. Lee", "je vous présente à notre directeur": the two
    # written to, called together, turned to someone else.
    together = set(match.slots) == {"A"} and all(
        item.kind in ("group", "call") for item in match.slots["A"]
    )
    if (
        not elements
        or (elements[-1].slot is not None and not together)
        or ({"A", "B"} - set(match.slots) and not together)
        or end + 1 >= len(items)
        or items[end].lower not in rules.other_party_preps
    ):
        return False
    head = items[end + 1]
    return head.kind in ("name", "email") or head.lower in rules.other_party_heads


def _company_contact(
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    match: Match,
    scene: Scene,
    rules: Rules,
) -> Match | None:
    """``match`` with its last person, a company named without an address, made the
    one person there named after it to speak to: a name with an address at a domain that
    spells the company, right after a role and a comma, in the rest of the sentence or
    the next ("Ningependa kuunganishwa na kampuni ya Pwani Shipping ... Mtu wa kuongea
    naye ni afisa wao wa ushirikiano, Baraka Otieno <baraka.otieno@pwanishipping.co.ke>",
    "their partnerships lead, Ana Ruiz <...>", "son responsable des achats, Dmitri
    Volkov", "su jefa de compras", "deren Einkaufsleiter", "o responsável de compras").
    Two such people, none, the writer, or one in a sentence that says no before them,
    and None."""
    here = _sentence_of(bounds, match.start)
    if here < 0:
        return None
    stop = bounds[min(here + 1, len(bounds) - 1)][1]
    # Most names asked for are people, with no address after them to look at.
    if not any(items[at].email for at in range(match.end, stop)):
        return None
    company = match.slots["B"][0]
    key = _letters(company.name or "")
    if len(key) < 3:
        return None
    found = [
        at
        for at in range(match.end, stop)
        if items[at].kind == "name"
        and items[at].email
        and key in map(_letters, (items[at].email or "").partition("@")[2].split("."))
    ]
    if len(found) != 1:
        return None
    at = found[0]
    contact = items[at]
    role = items[at - 2]
    writer = scene.me.party.email if scene.me else None
    if (
        items[at - 1].lower != ","
        or role.kind not in ("word", "name", "they")
        or role.email
        or role.lower in rules.greetings
        or role.lower in rules.closings
        or (writer is not None and (contact.email or "").casefold() == writer.casefold())
    ):
        return None
    opens = bounds[_sentence_of(bounds, at)][0]
    if any(item.lower in rules.negations for item in items[opens:at]):
        return None
    # The reason follows the contact when the ask's sentence names them.
    end = at + 1 if at < bounds[here][1] else match.end
    return Match(match.pattern, match.start, end, {**match.slots, "B": (contact,)})


def _letters(text: str) -> str:
    """The letters and digits of ``text``, folded and without accents ("Helix Bio" and
    "helix-bio" are "helixbio")."""
    return "".join(c for c in without_accents(text.casefold()) if c.isalnum())


def _appointment(items: Sequence[Item], match: Match, rules: Rules) -> bool:
    """Whether ``match`` tells someone to meet a person at a place or a time ("Ann, meet
    Bob at the entrance at 9", "Ana, conoce a Luis en la oficina a las 10"): a meeting
    set, not an intro asked for. Only a request spoken to someone counts, the verb
    opening it ("I'd love to meet Bob at the summit" still asks)."""
    elements = match.pattern.elements
    end = match.end
    if not elements or end >= len(items):
        return False
    # "Ann and Bob should meet at the booth at 3pm", "deberían verse en la estación":
    # two who are to meet, the verb ending the request, then a place or a time.
    # "Ustedes dos deberían verse ...": the verb may follow the words matched.
    if elements[-1].slot is None and items[end].lower in rules.appointment_verbs:
        end += 1
        if end >= len(items):
            return False
    ends_on_verb = elements[-1].slot is None and items[end - 1].lower in rules.appointment_verbs
    if elements[-1].slot != "B" and not ends_on_verb:
        return False
    word = items[end].lower
    if word not in rules.appointment_places:
        if word not in rules.appointment_preps or end + 1 >= len(items):
            return False
        head = items[end + 1]
        if head.kind == "end" or not (
            head.lower[:1].isdigit() or head.lower in rules.appointment_heads
        ):
            return False
    if ends_on_verb:
        return True
    for element in elements[:-1]:
        if element.slot is not None or element.optional:
            continue
        if not element.words.isdisjoint(rules.appointment_verbs):
            return True
        if not element.words <= rules.appointment_leads:
            return False
    return False


def presents_thing(sentence: Sequence[Item], rules: Rules, verbs_before: int = -1) -> bool:
    """Whether a verb of ``rules.presenting_verbs`` in the sentence presents a thing, not
    a person: right after the verb, past the ones written to and a word turning to
    someone (``thing_preps``), a thing determiner and, within three words, a thing noun
    (``thing_nouns``, or a compound a long one ends), or the noun with the determiner
    after it ("I'd like to introduce you both to our new reporting dashboard", "Je vous
    présente la nouvelle politique", "Os presento nuestro nuevo producto",
    "kuwatambulisha kwa huduma yetu mpya"; ``group_calls`` count as such verbs); or
    such a noun right before a verb that ends the sentence ("euch beiden unsere neue
    Exportfunktion vorstellen"). "introduce two people from my network" presents
    people. With ``verbs_before``, only a verb before that position counts: one in a
    clause after the ask presents no one the ask asks for ("... en contacto con la Sra.
    Rocío Llambías, ya que el plazo para presentar la oferta vence el día 15")."""
    count = len(sentence)
    verbs = sentence if verbs_before < 0 else sentence[:verbs_before]
    for at, verb in enumerate(verbs):
        # A whole request to the ones written to ("je vous présente", "os presento") is
        # a presenting verb with them.
        if verb.kind != "call" and (
            verb.kind != "word" or verb.lower not in rules.presenting_verbs
        ):
            continue
        index = at + 1
        while index < count and (
            sentence[index].kind in ("you", "group") or sentence[index].lower in rules.thing_preps
        ):
            index += 1
        if index < count and _thing_opens(sentence, index, rules):
            return True
        if at > 1 and _thing_noun(sentence[at - 1], rules):
            before = sentence[max(0, at - 4) : at - 1]
            if any(item.lower in rules.thing_determiners for item in before):
                return True
    return False


def _thing_opens(sentence: Sequence[Item], index: int, rules: Rules) -> bool:
    """Whether a thing opens at ``index``: a thing determiner with a thing noun at most
    three words after it ("our new reporting dashboard"), or a thing noun with one
    right after it ("huduma yetu")."""
    first = sentence[index]
    if first.lower in rules.thing_determiners:
        return any(_thing_noun(item, rules) for item in sentence[index + 1 : index + 4])
    after = sentence[index + 1 : index + 2]
    return _thing_noun(first, rules) and any(i.lower in rules.thing_determiners for i in after)


def _thing_noun(item: Item, rules: Rules) -> bool:
    """Whether a word (a German noun reads as a name) is a thing noun or a compound a
    long one ends ("Exportfunktion")."""
    if item.kind not in ("word", "name"):
        return False
    return item.lower in rules.thing_nouns or item.lower.endswith(rules.thing_endings)


def _presents_thing_here(
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    number: int,
    rules: Rules,
    ask_end: int,
) -> bool:
    """Whether sentence ``number`` presents a thing (``presents_thing``) by a verb before
    ``ask_end``, where the ask read in it ends: a verb of presenting is looked for first,
    which few sentences hold."""
    if number < 0:
        return False
    start, end = bounds[number]
    sentence = items[start:end]
    if all(item.kind != "call" and item.lower not in rules.presenting_verbs for item in sentence):
        return False
    return presents_thing(sentence, rules, max(ask_end - start, 0))


def _presents_to_the_two_here(
    items: Sequence[Item], bound: tuple[int, int], match: Match, scene: Scene, rules: Rules
) -> bool:
    """Whether a match of the two written to alone (a group, a call, "you") lies in a
    sentence presenting someone else to them (``presents_to_the_two``): "je vous présente
    mon collègue Jean", "vos apresento o meu colega João", "nawatambulisha kwa mwenzangu
    John"."""
    if any(
        item.kind not in ("group", "call", "you")
        for found in match.slots.values()
        for item in found
    ):
        return False
    return presents_to_the_two(items[bound[0] : bound[1]], rules, scene.recipients)


# What ends the clause the two written to and someone presented to them share.
_CLAUSE_BREAKS = frozenset({",", ":", ";", "(", ")", "-", "--", "\u2013", "\u2014"})
# How many words may stand between the two written to and someone presented to them
# ("Ihnen beiden gern Herrn Becker"), and between that one and the verb ("meinen
# Kollegen Jan Becker vorstellen").
_GROUP_REACH = 3
_VERB_REACH = 5


def presents_to_the_two(sentence: Sequence[Item], rules: Rules, people: Sequence[Address]) -> bool:
    """Whether the sentence presents someone other than ``people`` (the two written to)
    to the two, or the two to such a one: the two (a ``group_words`` group, a group call
    or a plural or formal "you" with one of ``group_tails``: "Ihnen beiden") and a person
    (a name or an address not theirs, "him", or one of ``descriptor_starts`` opening a
    description not of one of them, a reciprocal aside) in the intro verb's clause, the
    verb one of ``presenting_verbs`` or ``intent_words``:

    - the two, then the person, then the verb closing the clause ("ich möchte Ihnen
      beiden Herrn Jan Becker vorstellen", "euch beiden meinen Kollegen Jan vorstellen",
      "euch beide mit meinem Kollegen bekannt machen");
    - the verb, the two (or a call, or a verb carrying them followed by one of
      ``thing_preps`` or ``other_party_preps``), then the person ("je vous présente mon
      collègue Jean", "introduce you both to my colleague John", "kuwatambulisha kwa
      mwenzangu John");
    - the verb, the person, then the two ("introduce my colleague John to you both",
      "kumtambulisha mwenzangu John kwenu nyote wawili").

    "Sie beide einander vorstellen", "je vous présente l'un à l'autre" and "Petra, je
    vous présente Jonas" present no one else, nor does "könnten Sie beide mich Ihrem
    Kollegen vorstellen?", the writer presented; a call counts only in a mail to two or
    more ("Bonjour Petra, je vous présente mon collègue Jean" presents him to her). The
    two, as a group, a call, one of ``group_tails`` or a verb carrying them
    (``them_words``), are looked for first, which few sentences hold."""
    if not any(
        item.kind in ("group", "call")
        or item.lower in rules.group_tails
        or item.lower in rules.them_words
        for item in sentence
    ):
        return False
    count = len(sentence)
    for at, item in enumerate(sentence):
        width = _two_at(sentence, at, rules)
        if width:
            if _presented_before_verb(sentence, at + width, rules, people):
                return True
            continue
        if item.kind == "call" and len(people) < 2:
            # "Bonjour Petra, je vous présente mon collègue Jean": one written to, the
            # call is to her alone.
            continue
        if item.kind != "call" and not _intro_verb(sentence, at, rules):
            continue
        # "vos apresento os dois ao", "gostaria de apresentar vocês dois ao": a call may
        # leave the count of the two after it.
        index = at + 1
        while index < count and sentence[index].lower in rules.turning_preps:
            index += 1
        turned = index > at + 1
        two = _two_at(sentence, index, rules)
        if two or item.kind == "call":
            index += two
            while index < count and (
                sentence[index].lower in rules.turning_preps
                or sentence[index].lower in rules.group_tails
            ):
                index += 1
        elif not (turned and item.lower in rules.them_words):
            # "introduce my colleague John to you both": the person, then the two.
            if index == at + 1 and _person_opens(sentence, index, rules, people):
                ahead = _clause(sentence, index + 1, _VERB_REACH + 1)
                if any(_two_at(sentence, index + 1 + n, rules) for n in range(len(ahead))):
                    return True
            continue
        if _person_opens(sentence, index, rules, people):
            return True
    return False


def _two_at(sentence: Sequence[Item], at: int, rules: Rules) -> int:
    """How many items at ``at`` stand for the two written to: a group ("euch beiden",
    "you both") or a plural or formal "you" with one of ``group_tails`` ("Ihnen
    beiden"); 0 where none does."""
    if at >= len(sentence):
        return 0
    item = sentence[at]
    if item.kind == "group":
        return 1
    if (
        item.kind == "you"
        and at + 1 < len(sentence)
        and sentence[at + 1].lower in rules.group_tails
    ):
        return 2
    return 0


def _intro_verb(sentence: Sequence[Item], at: int, rules: Rules) -> bool:
    """Whether the word at ``at`` is a verb of presenting or introducing, alone or as the
    last word of one ("bekannt machen")."""
    item = sentence[at]
    if item.kind != "word":
        return False
    if item.lower in rules.presenting_verbs or item.lower in rules.intent_words:
        return True
    return at > 0 and f"{sentence[at - 1].lower} {item.lower}" in rules.intent_words


def _clause(sentence: Sequence[Item], start: int, reach: int) -> Sequence[Item]:
    """Up to ``reach`` items from ``start``, ending before the clause or sentence does."""
    taken = sentence[start : start + reach]
    for n, item in enumerate(taken):
        if item.kind == "end" or item.lower in _CLAUSE_BREAKS:
            return taken[:n]
    return taken


def _presented_before_verb(
    sentence: Sequence[Item], start: int, rules: Rules, people: Sequence[Address]
) -> bool:
    """Whether, after the two written to ending before ``start``, a person opens within a
    few words and an intro verb closes the clause a few words later ("Ihnen beiden
    gern Herrn Jan Becker vorstellen.")."""
    near = _clause(sentence, start, _GROUP_REACH)
    opens = None
    for n, item in enumerate(near):
        if item.kind in ("self", "us"):
            # "könnten Sie beide mich Ihrem Kollegen Jan vorstellen?": the writer is the
            # one to present.
            return False
        if _person_opens(sentence, start + n, rules, people):
            opens = start + n
            break
    if opens is None:
        return False
    for n in range(len(_clause(sentence, opens + 1, _VERB_REACH))):
        at = opens + 1 + n
        if _intro_verb(sentence, at, rules):
            after = sentence[at + 1] if at + 1 < len(sentence) else None
            return after is None or after.kind == "end" or after.lower in _CLAUSE_BREAKS
    return False


def _person_opens(
    sentence: Sequence[Item], at: int, rules: Rules, people: Sequence[Address]
) -> bool:
    """Whether someone other than ``people`` opens at ``at``: a name not theirs, an
    address, "him" or "her", or a word opening a description (``descriptor_starts``:
    "meinen Kollegen Jan", "unseren neuen Direktor") that names none of them and is no
    reciprocal ("el uno al otro", "um ao outro")."""
    if at >= len(sentence):
        return False
    item = sentence[at]
    if item.kind == "third":
        return True
    if item.kind == "email":
        return all((item.email or "").casefold() != p.email.casefold() for p in people)
    if item.kind == "name":
        if item.email:
            return all(item.email.casefold() != p.email.casefold() for p in people)
        return not names_one_of_two(item.name or "", people)
    if item.kind != "word" or item.lower not in rules.descriptor_starts:
        return False
    described = _clause(sentence, at + 1, 3)
    said = " ".join(i.lower for i in sentence[at : at + 5])
    if any(said == r or said.startswith(f"{r} ") for r in rules.reciprocals):
        return False
    named = next((i for i in described if i.kind == "name"), None)
    return named is None or not names_one_of_two(named.name or "", people)


def names_one_of_two(name: str, people: Sequence[Address]) -> bool:
    """Whether a name written in a sentence is one of the two written to, by a first name
    or, after a title, by the surname ("Madame Roux", "Herr Yilmaz")."""
    words = name.casefold().split()
    for person in people:
        full = person.name.casefold().split() if person.name else []
        if words and (words == full[: len(words)] or words == full[-len(words) :]):
            return True
    return False


def _list_matches(
    text: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    found: Sequence[Match],
    written: bool,
) -> tuple[list[Match], frozenset[int]]:
    """The pairs written as list items ("2) Me and Amara Okoye (amara@...)"), one at the
    start of each item in which no phrasing was found; both sides must be people named,
    written as addresses, or the writer, and if ``written``, no one without an address
    unless another item of the list pairs people with addresses: then the list is one of
    pairs, and its item naming someone without one is read too ("- Kevin again and Owen
    Price"), its pair asked about. With them, the sentences leading a list whose items
    are each presented to the one they name, whose own matches the items read."""
    index_of = pattern_index("list")
    leads: frozenset[int] = frozenset()
    taken = {_sentence_of(bounds, match.start) for match in found}
    if taken:
        # "1) Sarah Kim <...> + Joel Tran <...>": a match inside an item's pair ("+ {B}")
        # reads less of it than the item does.
        taken -= _items_holding_matches(items, bounds, found, taken, index_of)
    # Ordinals open items only in a mail that asks for intros.
    ordered = {} if written else _ordinal_items(items, bounds, index_of.rules)
    # "I need two intros: 1) Ann Lee (...) 2) Bob Ray (...)": each item the writer's.
    own = {} if written else _writer_list(text, items, bounds, taken, index_of, ordered)
    if not written:
        # "Duas apresentações pra Camila Rocha (...): 1. com a Júlia Menezes (...) 2. com
        # o Marcelo ...": each item the one the intros are for with that person.
        own.update(_one_list(text, items, bounds, taken, index_of))
    # "we would like to introduce three of our nurses to Sabine Rauch (...):\n- Eva
    # Brunner, eva@...": each item that person with the one the lead names, the lead
    # asking for the intros where no other sentence does.
    grouped, leads = _group_to_one_list(text, items, bounds, index_of)
    own.update(grouped)
    listed: list[Match] = []
    # List items pairing people, one without an address, where nothing asks for intros.
    addressless: list[Match] = []
    items_of_list = (
        {n for n in range(len(bounds)) if _is_list_item(items, bounds, n)} if written else set()
    )
    for number, (start, end) in enumerate(bounds):
        if number in own:
            listed.append(own[number])
            continue
        if number in taken:
            continue
        seen: Sequence[Item] = items
        if number in ordered:
            seen, start = _past_ordinal(items, ordered[number], end, index_of.rules)
        elif not _is_list_item(items, bounds, number):
            line = _pair_line(items, start, end, index_of)
            if line is not None:
                listed.append(line)
            continue
        match = _item_match(seen, start, end, index_of)
        if match is None and not written:
            told = _item_of_two(items, bounds, number, taken)
            if told is not None:
                listed.append(told)
            continue
        if match is None or match.end > end:
            continue
        # "- myself with Kevin as well, on the budget line": a pair said once more, the
        # word saying so no more than an aside.
        after = _past_also(seen, match.end, end, index_of.rules)
        if (
            after < end
            and seen[after].kind != "punct"
            and not _reason_after(seen, after, end, index_of.rules)
            and not _placed(seen, after, end, index_of.rules)
        ):
            # "- Ann Lee (ann@...) and Bob Ray (bob@...) run sales" says something of
            # both; a pair stands alone or before a dash or colon and its reason, or
            # where the last one works ("and Mei Lin Tan at Genova Biologics (...).").
            # Where one read without an address goes on to where they work ("con el Prof.
            # Karim Bennani de la Université Mohammed V de Rabat (k.bennani@...)"), the
            # item of two people written with addresses is read as one naming no phrasing.
            unwritten = any(
                item.kind == "name" and not item.email
                for mentions in match.slots.values()
                for item in mentions
            )
            told = (
                _item_of_two(items, bounds, number, taken, True)
                if unwritten and not written
                else None
            )
            if told is not None:
                listed.append(told)
            continue
        people = [item for mentions in match.slots.values() for item in mentions]
        if not all(item.kind in ("name", "email", "self") for item in people):
            continue
        if _firm_of_two(items, match):
            # "- Sorrel & Pine: the acqui-hire talks fell apart": a firm's name, no pair.
            continue
        if not written or all(
            item.kind == "self"
            or item.email
            or _listed_before(item, listed)
            # "Lina + Paulo Meireles (...)" under "both for Lina Okafor (lina@...)".
            or written_before(item, items, start)
            for item in people
        ):
            listed.append(match)
        elif number in items_of_list:
            addressless.append(match)
    if listed and addressless:
        # "- Kevin Tran <...> and Fatima Hassan <...>\n- Kevin again and Owen Price -- I
        # don't have Owen's email": the items with addresses make the list one of pairs,
        # and an item of it naming someone without one is a pair too, to be asked about.
        listed = sorted([*listed, *addressless], key=_start)
    return listed, leads


def _firm_of_two(items: Sequence[Item], match: Match) -> bool:
    """Whether a list item's pair is two single words joined by "&" alone, neither a
    listed first name nor written with an address ("Sorrel & Pine", "Marks & Spencer"):
    the name of a firm, as people so joined are called by their first names ("Ann &
    Bob")."""
    people = [item for mentions in match.slots.values() for item in mentions]
    if len(people) != 2 or any(
        item.kind != "name" or item.email or not item.name or " " in item.name.strip()
        for item in people
    ):
        return False
    first, second = sorted(people, key=lambda item: item.start)
    between = [
        item.lower
        for item in items[match.start : match.end]
        if first.end <= item.start < second.start
    ]
    return between == ["&"] and not any(is_first_name(item.name or "") for item in people)


def _item_match(
    items: Sequence[Item], start: int, end: int, index_of: PatternIndex
) -> Match | None:
    """The pair a list item opens on at ``start``, perhaps after words carrying it on
    from the item before (``list_item_leads``: "3. and me + Ruth Adebayo (...)", "- et
    moi avec", "- y yo con", "- und ich mit", "- e eu com", "- na mimi na")."""
    match = match_at(items, start, index_of)
    if match is not None:
        return match
    for words in index_of.rules.list_item_leads.get(items[start].lower, ()):
        past = start + len(words)
        if past < end and tuple(item.lower for item in items[start:past]) == words:
            return match_at(items, past, index_of)
    return None


def _past_also(items: Sequence[Item], at: int, end: int, rules: Rules) -> int:
    """The position past one of ``also_words`` at ``at`` ("too", "as well", "aussi",
    "también", "auch", "também", "pia") when the item ends there or a mark follows it
    ("- me with Kevin as well, on ..."); else ``at``: "- me with Kevin too busy" is none."""
    for size in (2, 1):
        past = at + size
        if past > end:
            continue
        words = " ".join(item.lower for item in items[at:past])
        if words in rules.also_words and (past == end or items[past].kind in ("punct", "end")):
            return past
    return at


def _reason_after(items: Sequence[Item], at: int, end: int, rules: Rules) -> bool:
    """Whether a list item's reason opens at ``at`` on one of ``list_reasons`` ("about
    Japan", "wegen der Halle"), not followed by a word turning to someone ("about to")."""
    return (
        items[at].lower in rules.list_reasons
        and at + 1 < end
        and items[at + 1].lower not in rules.other_party_preps
    )


def _listed_before(item: Item, listed: Sequence[Match]) -> bool:
    """Whether ``item`` is one first name of exactly one person written with an address
    in the list's items before it ("- Amy again with Karen Sato (...)" under "- Amy Chen
    (amy@...) with Dev Malhotra (...)")."""
    if item.kind != "name" or not item.name or " " in item.name:
        return False
    first = item.lower
    named = {
        person.email.casefold()
        for match in listed
        for mentions in match.slots.values()
        for person in mentions
        if person.email and person.name and person.lower.split(" ", 1)[0] == first
    }
    return len(named) == 1


def _pair_line(items: Sequence[Item], start: int, end: int, index_of: PatternIndex) -> Match | None:
    """The pair a paragraph opens on, two people written with addresses joined by a mark
    alone ("Tom Okafor (tom@...) / Wei Zhang (wei@...) - warehouse robotics", "Ann Lee
    <ann@...> <> Bob Ray <bob@...>"), the whole paragraph or before a mark and the reason:
    a list item of one line. Joined by a word ("and", "x"), or going on, it is none."""
    first = items[start]
    if first.kind not in ("name", "email") or not first.email:
        return None
    if start > 0 and not (items[start - 1].kind == "end" and "\n" in items[start - 1].lower):
        return None
    match = match_at(items, start, index_of)
    if match is None or match.end > end or match.end - start < 3:
        return None
    a, b = match.slots.get("A", ()), match.slots.get("B", ())
    if not (len(a) == 1 and len(b) == 1 and a[0] is first and b[0] is items[match.end - 1]):
        return None
    if not b[0].email or b[0].kind not in ("name", "email"):
        return None
    if any(items[at].kind != "punct" for at in range(start + 1, match.end - 1)):
        return None
    if match.end < end and items[match.end].kind not in ("punct", "end"):
        return None
    return match


def _items_holding_matches(
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    found: Sequence[Match],
    taken: AbstractSet[int],
    index_of: PatternIndex,
) -> set[int]:
    """The list items (and lines of one pair) among sentences ``taken`` whose pair, read
    from the item's start, holds every match found in them: "1) Sarah Kim <...> + Joel
    Tran <...>", where "+ {B}" alone would read Joel Tran added for the one written to."""
    held: set[int] = set()
    for number in taken:
        if number < 0:
            continue
        start, end = bounds[number]
        # "Lucía Gómez (...) + Pablo Ruiz (...) - ella busca ...": a line of one pair too.
        match = (
            _item_match(items, start, end, index_of)
            if _is_list_item(items, bounds, number)
            else _pair_line(items, start, end, index_of)
        )
        if match is None or match.end > end:
            continue
        inside = [m for m in found if start <= m.start < end]
        if all(match.start < m.start and m.end <= match.end for m in inside):
            held.add(number)
    return held


# How many words may say what of a company one works in ("at Acme's research lab").
_MAX_PLACE_NOUNS = 3
# The marks closing a clause that names where someone works.
_CLAUSE_MARKS = frozenset({",", ";", ":", "-", "\u2013", "\u2014"})


def _placed(items: Sequence[Item], at: int, end: int, rules: Rules) -> bool:
    """Whether a place word and a name (a company, perhaps with the address) stand at
    ``at``, then the end of the sentence or a mark: "at Genova Biologics (...).", "bei
    Optronix,", "chez Lumen :". A word that is also a conjunction ("na") is none."""
    word = items[at].lower
    named = at + 1
    if word in rules.workplace_preps:
        # "com o Henrique Matos do restaurante Xisto —": plain words of what the place is
        # may stand between the word and its name.
        while (
            named < end
            and named - at <= _MAX_PLACE_NOUNS
            and items[named].kind == "word"
            and items[named].lower.isalpha()
            and items[named].lower not in rules.literals
        ):
            named += 1
    after = named + 1
    if after < end and items[after].lower in ("'s", "\u2019s"):
        # "at Hydro-Québec's research institute (...),": what of the company they work in.
        after += 1
        while (
            after < end
            and after - at <= _MAX_PLACE_NOUNS + 2
            and items[after].kind == "word"
            and items[after].lower.isalpha()
            and items[after].lower not in rules.literals
        ):
            after += 1
    if word not in rules.place_words:
        # "do restaurante Xisto —": after a word only leading to a workplace, the
        # clause closes there; "of Kulkarni Joshi & Co. <...>" goes on with the firm's
        # name or the address.
        return (
            word in rules.workplace_preps
            and word not in rules.conjunctions
            and after <= end
            and items[named].kind == "name"
            and (after == end or items[after].kind == "end" or items[after].lower in _CLAUSE_MARKS)
        )
    return (
        word not in rules.conjunctions
        and after <= end
        and items[named].kind == "name"
        and (after == end or items[after].kind in ("punct", "end"))
    )


# The pair a list item of two people written with addresses stands for.
_ITEM_PAIR = Pattern("{A} ... {B}", (Element(slot="A"), Element(slot="B")))
# The pair a list item of one person stands for, under the writer's ask: the writer and them.
_ITEM_ONE = Pattern("{B} ...", (Element(slot="B"),))


def _list_items(
    items: Sequence[Item], bounds: Sequence[tuple[int, int]], number: int
) -> Iterator[tuple[int, int, int, int]]:
    """The items of the list the sentence ``number`` leads: for each, the sentence it
    opens on, its last sentence (``_item_end``), and where its items start and end."""
    following = number + 1
    while following < len(bounds) and _is_list_item(items, bounds, following):
        last = _item_end(items, bounds, following)
        yield following, last, bounds[following][0], bounds[last][1]
        following = last + 1


def _ordinal_list(
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    number: int,
    ordered: Mapping[int, int],
    rules: Rules,
) -> list[tuple[int, int, int, int]]:
    """The items, as ``_list_items`` gives them, of the list the sentence ``number`` leads
    when its items open on ordinals ("First, Ana Lopes (...) ... Second, ..."): each runs
    to the next one or the end of its paragraph, and opens past its ordinal and the comma
    or colon after it. None when the next sentence opens on no ordinal, or an ordinal is
    taken into a name ("Erstens Reto Keller"), which the item's person would not be."""
    found: list[tuple[int, int, int, int]] = []
    following = number + 1
    while following in ordered:
        at = ordered[following]
        last = _item_end(items, bounds, following)
        last = next((n - 1 for n in range(following + 1, last + 1) if n in ordered), last)
        seen, opens = _past_ordinal(items, at, bounds[last][1], rules)
        if at != bounds[following][0] or seen is not items:
            return []
        found.append((following, last, opens, bounds[last][1]))
        following = last + 1
    return found if len(found) > 1 else []


def _item_end(items: Sequence[Item], bounds: Sequence[tuple[int, int]], number: int) -> int:
    """The last sentence of the list item opening at sentence ``number``: it goes on to
    the next item or paragraph."""
    last = number
    while last + 1 < len(bounds) and not any(
        item.kind == "end" and item.lower in (LIST_ITEM, "\n")
        for item in items[bounds[last][1] - 1 : bounds[last + 1][0]]
    ):
        last += 1
    return last


def _writer_list(
    text: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    taken: AbstractSet[int],
    index_of: PatternIndex,
    ordered: Mapping[int, int],
) -> dict[int, Match]:
    """The list items of the writer's own ask for intros, by the sentence each opens:
    after a sentence ending on a colon that asks intros for the writer ("I need two
    intros:", "ich bräuchte gleich zwei Intros:", "j'aurais besoin de deux mises en
    relation :", "necesito dos presentaciones:", "preciso de duas apresentações:",
    "nahitaji utambulisho mara mbili:"), two items or more, each opening on one person
    written with an address or by a first name and a surname, alone or before a dash, a
    colon or a comma and the reason ("1) Dr. Sabine Hoffmann <...> - she leads ..."),
    each the writer and that person. An ask for someone else ("for my cofounder"), of two
    others ("the two", "two people"), an item naming no one first, a second address, or
    a phrasing in any item, and no item is read so. The items may open on ordinals
    ("First, Ana Lopes (...). ... Second, Stefan Dekker (...)"), and the lead may be a
    question counting the people ("Could you connect me with two people please?")."""
    rules = index_of.rules
    own: dict[int, Match] = {}
    for number, (start, end) in enumerate(bounds[:-1]):
        # A colon is an item of its own; a question mark, ending the sentence, is none.
        closed = items[end - 1].end
        asks = text[closed : closed + 4].lstrip().startswith("?")
        if items[end - 1].lower != ":" and not asks:
            continue
        listed = (
            list(_list_items(items, bounds, number))
            if _is_list_item(items, bounds, number + 1)
            else _ordinal_list(items, bounds, number, ordered, rules)
        )
        if not listed:
            continue
        if asks and not any(_has_pair_count(items, at, rules) for at in range(start, end)):
            # A question leads the writer's list only when it counts the people asked
            # for; "Could you introduce me to someone in banking?" leads none.
            continue
        lead = normal_text(text[items[start].start : items[end - 1].end])
        wish = rules.self_list_lead_re.search(lead)
        if wish is None or not rules.list_cue_re.search(lead):
            # "I would like to be introduced to these people:": a wish with no word
            # for intros may still ask that the writer meet those listed.
            if not _asks_writer_met(items, start, end, lead, rules):
                continue
        elif (
            rules.both_re.search(lead)
            or rules.them_re.search(lead)
            or any(item.email or item.lower in rules.pair_count_preps for item in items[start:end])
            or any(
                item.lower in rules.pair_count_heads and _has_pair_count(items, at, rules)
                for at, item in enumerate(items[start:end], start)
            )
        ):
            continue
        found: dict[int, Match] = {}
        for following, last, item_start, item_end in listed:
            if items[item_start].lower in rules.list_with_words:
                # "- Con Felipe Araya, jefe de operaciones (...)", "- With Constanza
                # Rojas, ...": the one the writer is to meet, after the word joining them
                # to the writer, with the item's one address if it is theirs.
                opened = _with_person(items, item_start, item_end, rules)
                if (
                    opened is None
                    or any(n in taken for n in range(following, last + 1))
                    or match_at(items, item_start, index_of) is not None
                ):
                    found = {}
                    break
                other, after = opened
                found[following] = Match(_ITEM_ONE, item_start, after, {"B": (other,)})
                continue
            person = items[item_start]
            emails = {i.email.casefold() for i in items[item_start:item_end] if i.email}
            ends = item_start + 1
            if (
                any(n in taken for n in range(following, last + 1))
                or match_at(items, item_start, index_of) is not None
                or any(i.kind in ("you", "group", "call") for i in items[item_start:item_end])
            ):
                found = {}
                break
            if (
                person.kind not in ("name", "email")
                or not (person.email or " " in (person.name or ""))
                or len(emails - {(person.email or "").casefold()}) > 0
                or (
                    item_start + 1 < bounds[following][1]
                    and items[item_start + 1].lower not in _ITEM_BREAKS
                )
            ):
                # "- Felipe Araya, head of operations at Naviera (faraya@...)": the item's
                # one address, closing a description of its person, is theirs when it
                # is written for them.
                described = _with_person(items, item_start, item_end, rules, joined=False)
                if (
                    described is None
                    or not described[0].email
                    or " " not in (described[0].name or "")
                ):
                    found = {}
                    break
                person, ends = described
            found[following] = Match(_ITEM_ONE, item_start, ends, {"B": (person,)})
        if len(found) > 1:
            own.update(found)
    return own


def _asks_writer_met(items: Sequence[Item], start: int, end: int, lead: str, rules: Rules) -> bool:
    """Whether the sentence of ``items[start:end]`` asks that the writer be introduced to
    those listed after it, naming no one else: the writer as an object ("me", "mich",
    "moi") in a plea with a ``list_cues`` word, or beside an intro phrasing ("Could you
    introduce me to two people:", "Könntest du mich mit folgenden Personen bekannt
    machen:"), and no one else (a name, an address, "us", "both", "them", a possessive's
    "our CTO")."""
    said = items[start:end]
    if (
        any(
            item.kind in ("name", "email", "us", "third", "they")
            or item.lower in rules.presented_possessives
            for item in said
        )
        or not (
            any(item.kind == "self" and item.lower in rules.object_self_words for item in said)
            # "¿Podrías presentarme a dos personas?", "Naomba unitambulishe kwa watu
            # wawili": the writer the object inside the verb.
            or any(item.lower in rules.self_verbs - rules.plural_self_verbs for item in said)
            # "I have three people I would like to be introduced to:": the writer the
            # one introduced, as the passive's subject.
            or rules.passive_self_ask_re.search(lead) is not None
        )
        or rules.both_re.search(lead)
        or rules.them_re.search(lead)
    ):
        return False
    pleads = rules.plea_re.search(lead) is not None or rules.intent_re.search(lead) is not None
    return (pleads and rules.list_cue_re.search(lead) is not None) or (
        rules.trigger_re.search(lead) is not None
    )


def _one_list(
    text: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    taken: AbstractSet[int],
    index_of: PatternIndex,
) -> dict[int, Match]:
    """The list items of an ask for intros for one person: after a sentence ending on a
    colon that holds a ``list_cues`` word and, after one of ``list_for_words``, one
    person written with an address, the only address in it ("Duas apresentações pra
    Camila Rocha (camila@...), fundadora da Trilha:", "Two intros for Ann Lee (...):",
    "Deux mises en relation pour Ann Lee (...) :", "Dos presentaciones para ...", "Zwei
    Vorstellungen für ...", "Utambulisho mara mbili kwa ..."), two items or more, each
    opening on one or two of ``list_with_words`` ("com a", "with", "avec", "con", "mit",
    "na") and one person, written with an address or by a name, the address in the item
    theirs or none there: each that one with the person the intros are for. An item
    otherwise, a phrasing in any item, or an address in an item no one of it is written
    with, and no item is read so."""
    rules = index_of.rules
    if not rules.list_with_words:
        return {}
    found: dict[int, Match] = {}
    for number, (start, end) in enumerate(bounds[:-1]):
        # "(camila@...):" closes on one mark, the parenthesis's and the colon.
        if not items[end - 1].lower.endswith(":") or not _is_list_item(items, bounds, number + 1):
            continue
        lead = normal_text(text[items[start].start : items[end - 1].end])
        if not rules.list_cue_re.search(lead):
            continue
        written = [at for at in range(start, end) if items[at].email]
        if len(written) != 1:
            continue
        at = written[0]
        person = items[at]
        if (
            person.kind != "name"
            or " " not in (person.name or "")
            or at == start
            or items[at - 1].lower not in rules.list_for_words
        ):
            continue
        here: dict[int, Match] = {}
        for following, last, item_start, item_end in _list_items(items, bounds, number):
            opened = _with_person(items, item_start, item_end, rules)
            if (
                opened is None
                or any(n in taken for n in range(following, last + 1))
                or match_at(items, item_start, index_of) is not None
            ):
                here = {}
                break
            # The match ends after the person, so that what the item says next is why.
            other, after = opened
            here[following] = Match(_ITEM_PAIR, item_start, after, {"A": (person,), "B": (other,)})
        if len(here) > 1:
            found.update(here)
    return found


def _group_to_one_list(
    text: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    index_of: PatternIndex,
) -> tuple[dict[int, Match], frozenset[int]]:
    """The list items of an ask to introduce several of the writer's own people to one
    person: a sentence ending on a colon holding one of ``intent_words``, one of
    ``presented_possessives`` ("three of our nurses", "drei unserer Pflegekräfte", "trois
    de nos infirmières") and one person written with a first name, a surname and an
    address, the only address in it, right after one of ``other_party_preps`` (a title
    in capitals perhaps between: "mit Frau DGKP Sabine Rauch"), no one else named in full
    and neither the writer nor those written to ("you and ...") among those presented;
    then two items or more, each opening on one person written with a first name, a
    surname and the item's one address: each item that person with the one the lead
    names. The lead's own match ("our nurses" with her) is read by the items': with the
    items, the leads. Anything else, and no item is read so."""
    rules = index_of.rules
    grouped: dict[int, Match] = {}
    leads: set[int] = set()
    for number, (start, end) in enumerate(bounds[:-1]):
        if not items[end - 1].lower.endswith(":") or not _is_list_item(items, bounds, number + 1):
            continue
        if not rules.intent_re.search(normal_text(text[items[start].start : items[end - 1].end])):
            continue
        said = items[start:end]
        written = [at for at in range(start, end) if items[at].email]
        if len(written) != 1 or not any(i.lower in rules.presented_possessives for i in said):
            continue
        at = written[0]
        one = items[at]
        if one.kind != "name" or " " not in (one.name or ""):
            continue
        before = at - 1
        if before > start and items[before].kind == "word":
            # "mit Frau DGKP Sabine Rauch": an abbreviated title, written in capitals.
            word = text[items[before].start : items[before].end]
            if word.isupper() and len(word) > 1:
                before -= 1
        if before < start or items[before].lower not in rules.other_party_preps:
            continue
        if any(
            i.kind in ("self", "they", "third", "group", "call")
            or (i.kind == "name" and i is not one and " " in (i.name or ""))
            # "introduce you and three of our nurses", "Sie und drei unserer", "us and":
            # someone else presented too; "could you introduce", "we would like to"
            # only ask.
            or (
                (
                    i.kind in ("you", "us")
                    or i.lower in rules.you_words
                    or i.lower in rules.third_words
                    or i.lower in rules.object_pronouns
                )
                and k + 1 < end
                and items[k + 1].lower in rules.conjunctions
            )
            for k, i in enumerate(said, start)
        ):
            continue
        here: dict[int, Match] = {}
        for following, _last, item_start, item_end in _list_items(items, bounds, number):
            person = items[item_start]
            emails = {i.email.casefold() for i in items[item_start:item_end] if i.email}
            if (
                person.kind != "name"
                or not person.email
                or " " not in (person.name or "")
                or emails != {person.email.casefold()}
                or person.email.casefold() == (one.email or "").casefold()
                or match_at(items, item_start, index_of) is not None
                or any(
                    i.kind in ("self", "you", "group", "call") for i in items[item_start:item_end]
                )
            ):
                here = {}
                break
            here[following] = Match(
                _ITEM_PAIR, item_start, item_start + 1, {"A": (person,), "B": (one,)}
            )
        if len(here) > 1:
            grouped.update(here)
            leads.add(number)
    return grouped, frozenset(leads)


# How many of ``list_with_words`` may open a list item ("com a", "with").
_MAX_WITH_WORDS = 2


def _with_person(
    items: Sequence[Item], start: int, end: int, rules: Rules, joined: bool = True
) -> tuple[Item, int] | None:
    """The one person a list item opens on after one or two of ``list_with_words`` ("com a
    Júlia Menezes (...) - ...", "com o Rafael Teixeira, da Fundação Raízes (...)", "with
    Bob Ray"), the item's one address given to them as ``written_addresses`` reads it, or
    None: no such opening, the writer or those written to in the item, or an address in it
    that is not theirs. With the person, where their item goes on after them. Without
    ``joined``, the item may open on the person ("- Felipe Araya, head of operations at
    Naviera (faraya@...)")."""
    at = start
    while at < end and at - start < _MAX_WITH_WORDS and items[at].lower in rules.list_with_words:
        at += 1
    if (joined and at == start) or at >= end or items[at].kind != "name" or not items[at].name:
        return None
    person = items[at]
    if any(i.kind in ("self", "us", "you", "group", "call") for i in items[start:end]):
        return None
    emails = {i.email.casefold() for i in items[start:end] if i.email}
    if not emails:
        return person, at + 1
    if len(emails) > 1:
        return None
    given = {a.email.casefold(): a.name for a in written_addresses(items[start:end])[0]}
    (email,) = emails
    if given.get(email) != person.name:
        return None
    return (replace(person, email=email) if not person.email else person), at + 1


# What may follow the one person opening a list item: the reason after it.
_ITEM_BREAKS = frozenset({"-", "\u2013", "\u2014", ":", ","})


def _has_pair_count(items: Sequence[Item], at: int, rules: Rules) -> bool:
    """Whether a count of people ("two people", "deux personnes") opens at ``at``."""
    return any(
        tuple(item.lower for item in items[at : at + len(words)]) == words
        for words in rules.pair_counts
    )


def _item_of_two(
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    number: int,
    taken: set[int],
    joined: bool = False,
) -> Match | None:
    """In a mail that asks for intros, a list item that tells of exactly two people
    written with addresses, with no phrasing in any of its sentences, pairs them: "1) Our
    member Ruth Kingsley (ruth@...) is looking for a small mill ... Howard Lane at Bredon
    Mill (howard@...) does contract pressing." The match ends after the first of them,
    so that the rest of the sentence gives the reason."""
    start = bounds[number][0]
    last = _item_end(items, bounds, number)
    if any(n in taken for n in range(number, last + 1)):
        return None
    people: dict[str, int] = {}
    for at in range(start, bounds[last][1]):
        item = items[at]
        if item.kind == "group" and len(people) == 2:
            # "...: ambos preparan propuestas": after the two, "both" is the two told of.
            continue
        if item.kind in ("self", "us", "you", "group", "call"):
            # The writer or those written to: not two others told of.
            return None
        if item.email and item.kind in ("name", "email"):
            people.setdefault(item.email.casefold(), at)
    if len(people) != 2:
        return None
    # Each as the item names them: "Howard Lane at Bredon Mill (howard@...)" is Howard
    # Lane's address, as ``written_addresses`` reads it.
    named = {
        a.email.casefold(): a.name for a in written_addresses(items[start : bounds[last][1]])[0]
    }
    first, second = (
        replace(items[at], name=named.get(key, items[at].name)) for key, at in people.items()
    )
    # The match ends after the first person, so what the sentence says next is why; in an
    # item joining the two by a word ("con el Prof. Karim Bennani ... (...): ambos ..."),
    # after the second.
    end = (max if joined else min)(people.values()) + 1
    return Match(_ITEM_PAIR, start, end, {"A": (first,), "B": (second,)})


def _ordinal_items(
    items: Sequence[Item], bounds: Sequence[tuple[int, int]], rules: Rules
) -> dict[int, int]:
    """The sentences opened by ordinal words as list items are by numbers ("Erstens Reto
    Keller (...) und Simone Baumann (...). Zweitens ..."), the first perhaps after a colon
    ("Two intros: First, ..."), each with where its ordinal stands; only when two ordinals
    or more open them ("Pili ... Pili ..." is a name twice)."""
    opening = {n: _ordinal(items, start, rules) for n, (start, _) in enumerate(bounds)}
    at = {n: bounds[n][0] for n, word in opening.items() if word}
    if not at:
        return {}
    for number, (start, end) in enumerate(bounds):
        if number in at:
            continue
        for index in range(start + 1, end - 1):
            if items[index].lower == ":" and _ordinal(items, index + 1, rules):
                opening[number] = _ordinal(items, index + 1, rules)
                at[number] = index + 1
                break
    return at if len({opening[n] for n in at}) > 1 else {}


def _ordinal(items: Sequence[Item], at: int, rules: Rules) -> str | None:
    """The ordinal ``items`` open on at ``at`` ("First", "Erstens Reto Keller", where a
    name took the word in; "En primer lugar", "Em segundo lugar" in several words), or
    None."""
    item = items[at]
    if item.kind not in ("word", "name"):
        return None
    head = item.lower.split(" ", 1)[0]
    if head in rules.list_ordinals:
        return head
    return _ordinal_words(items, at, rules)


def _ordinal_words(items: Sequence[Item], at: int, rules: Rules) -> str | None:
    """The ordinal of several words opening at ``at`` ("en primer lugar", "in the first
    place"), each word a token of its own, or None."""
    for words in rules.list_ordinal_phrases.get(items[at].lower, ()):
        if tuple(item.lower for item in items[at : at + len(words)]) == words:
            return " ".join(words)
    return None


def _past_ordinal(
    items: Sequence[Item], start: int, end: int, rules: Rules
) -> tuple[Sequence[Item], int]:
    """The items and the position of a list item after the ordinal opening it at
    ``start`` and a comma or colon after that; a name that took the word in is the name
    without it ("Erstens Reto Keller" is "Reto Keller")."""
    item = items[start]
    several = _ordinal_words(items, start, rules)
    if item.lower in rules.list_ordinals or several is not None:
        start += len(several.split(" ")) if several is not None else 1
        if start < end and items[start].lower in (",", ":"):
            start += 1
        return items, start
    head, rest = (item.name or item.lower).split(" ", 1)
    name = replace(item, lower=rest.casefold(), name=rest, start=item.start + len(head) + 1)
    return [*items[:start], name, *items[start + 1 :]], start


def _continued_matches(
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    found: Sequence[Match],
    vetoed: AbstractSet[int],
) -> list[Match]:
    """Sentences that carry on a request made before them: "And also to her colleague
    Ren Ito." asks for the same person as before, "And also Karim to Dina." names both.
    Each must open its sentence, and no phrasing found in it may start before it ends
    ("Y a mí con Paula Ortega (...), quiero hablar con ella" carries on, and asks again).
    A sentence that only thanks or the like (``vetoed``) has no request to carry on."""
    # Where the first phrasing found in each sentence starts.
    taken: dict[int, int] = {}
    for phrasing in found:
        taken.setdefault(_sentence_of(bounds, phrasing.start), phrasing.start)
    index_of = pattern_index("continued")
    carried: list[Match] = []
    for number, (start, end) in enumerate(bounds):
        if taken.get(number, end) <= start:
            continue
        before = [
            match
            for match in found
            if match.start < start
            and "B" in match.slots
            and _sentence_of(bounds, match.start) not in vetoed
        ]
        if not before:
            continue
        match = match_at(items, start, index_of)
        if match is None or match.end > min(end, taken.get(number, end)):
            continue
        if match.end < end and items[match.end].lower in ("'s", "\u2019s"):
            # "And with Bob's help ...": Bob's help, not Bob.
            continue
        if match.end < end and items[match.end].lower in _leads_to_last(match):
            # "Y a mí con tiempo", "E a mim com calma": the frame goes on past the one
            # taken for a person, to no one.
            continue
        if "A" in match.slots:
            carried.append(match)
            continue
        if all(item.kind == "self" for item in match.slots["B"]) and taken.get(number, end) < end:
            # "Y a mí porfa poneme en contacto con María José de la Cruz (...)": the
            # writer put first, of the ask the sentence goes on to make.
            continue
        # The request before names the other party, or implies it (the writer).
        earlier = before[-1]
        slots = {**earlier.slots, "B": match.slots["B"]}
        carried.append(Match(earlier.pattern, match.start, match.end, slots))
    return carried


def _leads_to_last(match: Match) -> frozenset[str]:
    """The words that lead to the last person of ``match``'s pattern ("to", "con")."""
    elements = match.pattern.elements
    if len(elements) > 1 and elements[-1].slot is not None and elements[-2].slot is None:
        return elements[-2].words
    return frozenset()


def _vocative(items: Sequence[Item], start: int, position: int) -> Item | None:
    """The one person a sentence addresses before ``position`` ("Luis, you should meet
    Akira"): a name followed by a comma, opening the sentence or a clause, with no other
    person named between it and ``position``."""
    for index in range(min(position, len(items)) - 1, start, -1):
        item = items[index]
        if item.kind in ("name", "email"):
            return None
        if item.lower != "," or items[index - 1].kind != "name":
            continue
        opens = index - 1 == start or items[index - 2].kind in ("punct", "end")
        return items[index - 1] if opens else None
    return None


def _match_start(found: re.Match[str]) -> int:
    return found.start()


def _consenting(
    text: str, items: Sequence[Item], bound: tuple[int, int], at: int, rules: Rules
) -> Item | None:
    """The one named by a consent condition closed by a comma in the sentence ``bound``
    before the item ``at`` ("if Anna agrees, connect her with Tom", "Falls Jana
    einverstanden ist, bring sie bitte mit Felix zusammen", "Kama Anna atakubali,
    mtambulishe kwa Tom"), when the name there is one mention; else None."""
    start = items[bound[0]].start
    end = items[at].start
    if end <= start or not rules.consent_lead_re.search(normal_text(text[start:end])):
        return None
    # The last one before the ask is the one it speaks of.
    found = max(rules.consent_re.finditer(text, start, end), key=_match_start, default=None)
    if found is None:
        return None
    group = next(n for n in range(1, len(found.groups()) + 1) if found.group(n) is not None)
    low, high = found.span(group)
    named = [
        item
        for item in items[bound[0] : at]
        if item.kind == "name" and item.start >= low and item.end <= high
    ]
    return named[0] if len(named) == 1 else None


def _listed_two(
    text: str, items: Sequence[Item], bound: tuple[int, int], scene: Scene
) -> tuple[Resolved, Resolved] | None:
    """The two people a list right after the asking sentence ``bound`` gives an address
    each ("Could you introduce the two? Their addresses:\n- Ana: ana@...\n- Bob:
    bob@..."): the mail's only list items holding an address, two of them, one after the
    other, each one person with one address, and between the ask and the list no more
    than one line, a label ending on a colon. A third item, a line of news between, or an
    item naming two people, and "the two" stay unknown."""
    rows = [(start, end) for start, end, table in row_lines(text) if not table]
    if len(rows) != 2 or rows[0][1] != rows[1][0] or bound[1] > len(items):
        return None
    asked_end = items[bound[1] - 1].start if bound[1] > bound[0] else -1
    between = text[asked_end + 1 : rows[0][0]].strip() if asked_end >= 0 else ""
    if asked_end < 0 or rows[0][0] <= asked_end:
        return None
    lines = [line for line in between.splitlines() if line.strip()]
    if len(lines) > 1 or (lines and not lines[0].rstrip().endswith(":")):
        return None
    listed: list[Resolved] = []
    for start, end in rows:
        inside = [item for item in items if start <= item.start < end]
        people = [item for item in inside if item.kind in MENTION_KINDS]
        if len(people) != 1 or people[0].kind not in ("name", "email") or not people[0].email:
            return None
        listed.append(resolve_mention(people[0], scene)[0])
    first, second = listed
    if first.party.email == second.party.email:
        return None
    return first, second


def _item_start(items: Sequence[Item], index: int) -> int:
    """Where the list item holding ``index`` starts ("2) Young Sam Bright (...) wants to
    sell asparagus. Could you introduce him to ..."), or 0 outside a list: a pronoun in
    an item speaks of someone in that item, not in the ones before it."""
    for at in range(index - 1, -1, -1):
        if items[at].kind == "end" and items[at].lower == LIST_ITEM:
            return at + 1
    return 0


def _paragraph_start(items: Sequence[Item], index: int) -> int:
    """Where the paragraph holding ``index`` starts: after the last blank line before it,
    or 0."""
    for at in range(index - 1, -1, -1):
        if items[at].kind == "end" and items[at].lower == "\n":
            return at + 1
    return 0


def _antecedents(
    before: Sequence[Item], scene: Scene, spoken: frozenset[str] = frozenset()
) -> list[Resolved]:
    """Who "him", "her" or "them" can be: the people named earlier whose address is
    certain, the writer and the ones ``spoken`` to (their addresses, folded) aside; the
    caller takes them only if there are exactly as many as the pronoun needs."""
    sender = scene.me.party.email if scene.me else None
    # In a forwarded mail, the ones it was written to ("Hi Greg, ... introduce me to
    # him?") are asked for the intro, and none of it.
    asked = {r.key for r in scene.recipients} if scene.forwarded else set()
    asked |= spoken
    found: dict[str, Resolved] = {}
    for item in before:
        if item.kind not in ("name", "email"):
            continue
        resolved = resolve_mention(item, scene)[0]
        email = resolved.party.email
        if not resolved.certain or not email or email.casefold() in asked:
            continue
        if email.casefold() != (sender or "").casefold():
            found[email.casefold()] = resolved
    return list(found.values())


def _spoken_to(
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    number: int,
    scene: Scene,
    rules: Rules,
) -> frozenset[str]:
    """The address (folded) of the one on the mail that sentence ``number`` speaks to
    by name, who is its "you" and never its "him" or "her": a name called with a comma
    at the sentence's head, after greeting words alone ("Pedro, can you introduce him to
    Liesbeth?", "Hi Pedro, ¿lo puedes presentar a ...?"); without one, the name so called
    at the head of the mail ("Hi Pedro,\n\nTom needs a designer. Could you introduce him
    to ...").
    Empty when the name is none of the ones written to ("Tom Lee, my old friend, is
    looking for ...": the sentence's subject)."""
    if not scene.recipients or number < 0:
        return frozenset()
    called = _head_call(items, bounds[number], rules)
    if called is None and number > 0:
        called = _head_call(items, bounds[0], rules)
    if called is None:
        return frozenset()
    email = resolve_mention(called, scene)[0].party.email
    keys = {r.key for r in scene.recipients}
    return frozenset({email.casefold()}) if email and email.casefold() in keys else frozenset()


def _head_call(items: Sequence[Item], bound: tuple[int, int], rules: Rules) -> Item | None:
    """The name a sentence opens on with a comma right after it, after greeting words
    or an opening mark alone ("Pedro,", "Hi Pedro,", "¿Pedro,"), or None. A colon calls
    as a comma does: Spanish and Portuguese letters greet with one ("Hola Inês:", "Olá
    Inês:")."""
    start, end = bound
    for index in range(start, min(end - 1, start + 4)):
        item = items[index]
        if item.kind == "name":
            return item if items[index + 1].lower in (",", ":") else None
        if not (
            (item.kind == "word" and item.lower in rules.greetings)
            or (item.kind == "punct" and item.lower in ("¿", "¡"))
        ):
            return None
    return None


def _unaddressed_antecedent(before: Sequence[Item], scene: Scene, rules: Rules) -> list[Resolved]:
    """Who "him" or "her" can be where no one with a certain address is named before:
    the one person ``before`` names by a first name and a surname or a title and a name,
    without an address, besides the writer and the ones written to, never certain. Two
    such people, or anyone given an address, and no one."""
    if not any(item.kind == "name" for item in before):
        return []
    others, _ = _named_in_note(before, scene, rules)
    if len(others) != 1 or others[0].party.email or not others[0].party.name:
        return []
    return [doubted(others[0])]


def _described_before(before: Sequence[Item], index: int, rules: Rules) -> bool:
    """Whether a description opens right before the name at ``index``, one word perhaps
    between ("Sa collègue Marie", "my friend Marie")."""
    return any(
        before[at].kind == "word" and before[at].lower in rules.descriptor_starts
        for at in range(max(0, index - 2), index)
    )


def _named_in_note(
    before: Sequence[Item], scene: Scene, rules: Rules
) -> tuple[list[Resolved], bool]:
    """The people ``before`` names by a first name and a surname, a title and a name, or
    an address, besides the writer, the ones written to and ``scene.third`` (the
    forwarded mail's author a note's pronoun stands for), each once, and whether
    ``scene.third`` is named too. A name alone ("Got this on LinkedIn", "Unten die
    Anfrage") is too often a word to count here, unless it is a listed first name after a
    description ("Sa collègue Marie"), and an organisation's ("Centro de Saúde
    de Metuge", one of ``organisation_words`` first, and what goes on naming it after a
    short word: "Foundation for Rural Health") is no one."""
    third = scene.third.party if scene.third else Party(None, None)
    me = scene.me.party if scene.me else Party(None, None)
    asked = {r.key for r in scene.recipients}
    found: list[Resolved] = []
    third_named = False
    # Where the last organisation's name was read: the name right after it, one short
    # word between, goes on naming it ("the Foundation for Rural Health").
    organisation_at = -3
    for index, item in enumerate(before):
        if item.kind == "name" and item.name:
            if (
                index
                and before[index - 1].kind == "name"
                and " " in (before[index - 1].name or "")
                and not item.titled
            ):
                # "el Ing. Arturo Villalobos de Frutas Finas de Tierra Blanca", read as two
                # names one right after the other: the second goes on naming the first's
                # firm or place, no one else. A word alone before a name is often a noun
                # ("Steuerberater Herr Dieter Hofmann"), and a title opens someone.
                continue
            if _words_of(item.name, third.name):
                third_named = True
                continue
            if item.name.split()[0].casefold() in rules.organisation_words or (
                index
                and before[index - 1].kind == "word"
                and before[index - 1].lower.rpartition("'")[2] in rules.organisation_words
            ):
                # "do Centro de Saúde de Metuge", "alguien de la ONG Wawa Mikhuy", "de
                # l'ONG": where someone is from, no one named.
                organisation_at = index
                continue
            if index - organisation_at == 2 and len(before[index - 1].lower) <= 3:
                continue
            if _held_role_place(before, index, rules):
                # "Mme Awa Ndiaye, présidente du GIE des femmes Jappo de Notto Gouye Diama,
                # m'a envoyé ...": where the one named before holds a role, no one.
                continue
            if (
                not item.titled
                and " " not in item.name
                and not (is_first_name(item.name) and _described_before(before, index, rules))
            ):
                # A listed first name alone after a description is someone ("Sa collègue
                # Marie cherche aussi. Pourriez-vous la présenter à ...?"); any other word
                # alone is not.
                continue
        elif item.kind != "email":
            continue
        resolved = resolve_mention(item, scene)[0]
        party = resolved.party
        email = (party.email or "").casefold()
        if email and email == (third.email or "").casefold():
            third_named = True
            continue
        if (email and email == (me.email or "").casefold()) or _words_of(item.name or "", me.name):
            continue
        if email in asked:
            continue
        if not any(_one_person(resolved, other) for other in found):
            found.append(resolved)
    return found, third_named


# How many words a role's description may hold before the place it is held at ("présidente
# du GIE des femmes").
_MAX_ROLE_WORDS = 8


def _held_role_place(before: Sequence[Item], index: int, rules: Rules) -> bool:
    """Whether the name at ``index`` says where the one named before it holds a role:
    inside a description opened by a comma after that one's name (a first name and a
    surname, or a title and a name), on one of ``role_words``, plain words only between
    (no conjunction: "Ann Lee, chair and Bob Ray" names two), one of them one of
    ``possessor_preps`` ("Mme Awa Ndiaye, présidente du GIE des femmes Jappo de Notto",
    "Ann Lee, head of the Orange Grove Trust", "Frau Lena Berg, Leiterin von Haus
    Sonnenhof"). A name after a title or opening on a listed first name may be someone
    ("Ann Lee, assistant to Mr Chen"): it stays one."""
    item = before[index]
    words = (item.name or "").split()
    if item.titled or not words or is_first_name(words[0]):
        return False
    possessed = False
    for at in range(index - 1, max(index - _MAX_ROLE_WORDS, 0) - 1, -1):
        word = before[at]
        if word.lower == ",":
            person = before[at - 1] if at else None
            opening = before[at + 1] if at + 1 < index else None
            return (
                possessed
                and person is not None
                and person.kind == "name"
                and (person.titled or " " in (person.name or ""))
                and opening is not None
                and opening.lower in rules.role_words
            )
        if word.kind != "word" or word.lower in rules.conjunctions:
            return False
        possessed = possessed or word.lower in rules.possessor_preps
    return False


def _words_of(said: str, full: str | None) -> bool:
    """Whether a name written in a text ("Chloé", "Yilmaz", "Elif Yilmaz") is of the one
    named ``full``: each of its words one of that name's, accents aside."""
    words = set(without_accents((full or "").casefold()).split())
    named = without_accents(said.casefold()).split()
    return bool(named and words) and all(word in words for word in named)


def _one_person(one: Resolved, other: Resolved) -> bool:
    """Whether two people found may be one: the same address, or one name the other's
    start or end ("Ana Souza" and "Ana")."""
    if one.party.email and other.party.email:
        return one.party.email.casefold() == other.party.email.casefold()
    a = (one.party.name or "").casefold().split()
    b = (other.party.name or "").casefold().split()
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return long[: len(short)] == short or long[-len(short) :] == short


def _pleads(text: str, items: Sequence[Item], bound: tuple[int, int], rules: Rules) -> bool:
    """Whether the sentence within ``bound`` pleads ("could you", "please") or asks."""
    start, end = bound
    if (end < len(items) and items[end].lower == "?") or items[end - 1].lower == "?":
        return True
    return (
        rules.plea_re.search(normal_text(text[items[start].start : items[end - 1].end])) is not None
    )


def _one_named(before: Sequence[Item], scene: Scene) -> Resolved | None:
    """The one person besides the writer named in ``before``, by a first name and a
    surname, a title and a name, or an address; a first name alone is theirs, or names
    someone else when the text gives it with another surname. Two people or more, or no
    one, and None: "us" is then no one certain."""
    me = scene.me.party if scene.me else None
    mine = {name_key(me.name)} if me is not None and me.name else set()
    firsts = {n.casefold().split()[0] for n in scene.text_names if len(n.split()) > 1}
    found: dict[str, Resolved] = {}
    singles: set[str] = set()
    for item in before:
        if item.kind == "name" and item.name and not item.titled and len(item.name.split()) == 1:
            if item.name.casefold() in firsts:
                singles.add(item.name.casefold())
            continue
        if item.kind not in ("name", "email"):
            continue
        resolved = resolve_mention(item, scene)[0]
        party = resolved.party
        if me is not None and (
            (party.email and me.email and party.email.casefold() == me.email.casefold())
            or name_key(party.name or "") in mine
        ):
            continue
        key = (party.email or name_key(party.name or "")).casefold()
        if key not in found or not found[key].party.name:
            # "Jordan Ellis ..., his email is jordan@...": the address is the one named.
            found[key] = resolved
    if len(found) != 1:
        return None
    one = next(iter(found.values()))
    own = (one.party.name or "").casefold().split()
    mine_first = {name.split()[0] for name in mine}
    return one if all(s in own or s in mine_first for s in singles) else None


# What ends a clause: a mark, or a full stop not inside a word (an address).
_CLAUSE_END = re.compile(r"[,;:!?\n]|\.(?!\w)")
# The most words a lead may govern before the ask ("musst mich nicht mit Bob Ray
# (bob@ray.example) bekannt machen").
_NEEDLESS_REACH = 10
# The most of ``negation_fillers`` between a verb's negation and the verb ("nicht bitte
# miteinander vernetzen").
_FILLER_REACH = 3


def _needless(searched: str, end: int, rules: Rules) -> bool:
    """Whether the lead found in ``searched`` ending at ``end`` governs an ask: one of
    ``intent_words`` right after one of ``negation_leads`` ("don't introduce", not "don't
    hesitate to introduce"), or within a few words of the clause after one of
    ``needless_leads`` ("no need to introduce me to", "musst mich nicht mit ... bekannt
    machen"), or, after a negated verb's prefix, the word's rest is one with the letter
    its positive form opens on ("usinitambulishe")."""
    return _negated_ask_end(searched, end, rules) is not None


def _negated_ask_end(searched: str, end: int, rules: Rules) -> int | None:
    """Where, in ``searched``, the word ends that holds the ask the lead ending at ``end``
    governs (see ``_needless``), or None if it governs none."""
    kind, prefix, lead = None, "", ""
    for found in rules.needless_re.finditer(searched):
        if found.end() >= end:
            kind = found.lastgroup if found.end() == end else None
            prefix = found.groupdict().get("prefix") or ""
            lead = found.group()
            break
    rest = searched[end:]
    if kind == "prefix":
        word = re.match(r"\w+", rest)
        opening = rules.negation_prefixes.get(prefix, "")
        if word is None or rules.intent_re.fullmatch(opening + word.group()) is None:
            return None
        return end + word.end()
    # A verb split in two may end past a comma ("Stellen Sie mich nicht nur Bob Lee (...),
    # sondern auch Carol Diaz (...) vor"): its sentence, not its clause, holds the rest.
    stop = (_SENTENCE_END if kind == "asked" else _CLAUSE_END).search(rest)
    # An address beside a name is no word of its own ("mit Bob Ray (bob@ray.example)").
    said = [
        w
        for w in re.finditer(r"\S+", rest[: stop.start()] if stop else rest)
        if "@" not in w.group()
    ]
    said = said[:_NEEDLESS_REACH]
    # Each word as the phrasings read it ("presentármelo" is "presentarme a él"), and
    # where it ends in the words so joined.
    words, ends = "", []
    for word in said:
        words += (" " if words else "") + " ".join(
            rules.clitic_forms.get(word.group(), (word.group(),))
        )
        ends.append(len(words))
    if kind == "asked":
        # "Stell mich bitte nicht Bob Lee (...) vor": the lead is the ask's own verb, negated;
        # a verb split in two ends on its other part ("vor", "bekannt") in the clause.
        endings = next((e for lead_re, e in rules.negated_ask_res if lead_re.fullmatch(lead)), None)
        if endings is None:
            return None
        if not endings:
            return end
        asked = None
        for ending in sorted(endings):
            asked = re.search(rf"(?<!\w){re.escape(ending)}(?!\w)", words)
            if asked is not None:
                break
    elif kind == "verb":
        # "nicht vernetzen", "bitte nicht miteinander bekannt machen", "ne pas les
        # présenter": the ask's verb after a few of ``negation_fillers`` at most.
        skipped = 0
        while skipped < min(_FILLER_REACH, len(said) - 1):
            if said[skipped].group() not in rules.negation_fillers:
                break
            skipped += 1
        asked = rules.intent_start_re.match(words, ends[skipped - 1] + 1 if skipped else 0)
    else:
        asked = (
            rules.intent_start_re.match(words)
            if kind == "negation"
            else rules.intent_start_re.search(words)
        )
    if asked is None:
        return None
    held = next(n for n, at in enumerate(ends) if at >= asked.end())
    return end + said[held].end()


def _negated_clauses(
    text: str, items: Sequence[Item], bounds: list[tuple[int, int]], rules: Rules
) -> list[tuple[int, int]]:
    """``bounds`` with each sentence that holds a negated ask ("No need to introduce me to
    Bob Lee (...)") cut before the first of ``contrast_words`` after the ask ("but", "mais",
    "pero", "sondern", "lakini") when one of ``pleas`` follows it: the negation governs its
    clause, not the ask after it ("..., but please introduce me to Carol Diaz (...)",
    "mais pourriez-vous", "aber könntest du"), which is then read as a sentence of its
    own. Without a plea ("..., but thanks", "but to Carol") the sentence stays whole."""
    cut: list[tuple[int, int]] = []
    for start, end in bounds:
        first, last = items[start].start, items[end - 1].end
        raw = text[first:last]
        sentence = raw.casefold().replace("\u2019", "'")
        asks = [
            at
            for hit in rules.needless_re.finditer(sentence)
            if (at := _negated_ask_end(sentence, hit.end(), rules)) is not None
        ]
        turn = rules.contrast_re.search(sentence, asks[0]) if asks else None
        if turn and rules.plea_re.search(sentence, turn.end()) is None:
            # "..., but I'd love to hear how the intro to Carol went": what follows asks
            # nothing, and stays under the negation.
            turn = None
        # Folding changed offsets ("ß"): the sentence stays whole, as it was.
        at = (
            next((n for n in range(start, end) if items[n].start - first == turn.start()), None)
            if turn and len(sentence) == len(raw)
            else None
        )
        if at is None or at == start:
            cut.append((start, end))
        else:
            cut += [(start, at), (at, end)]
    return cut


# A comma, and what may open the clause after it before a plea ("¿Podrías ...?").
_PLEA_CLAUSE = re.compile(r",\s*[¿¡]?\s*")


def _thanked_clauses(
    text: str,
    items: Sequence[Item],
    bounds: list[tuple[int, int]],
    rules: Rules,
) -> list[tuple[int, int]]:
    """``bounds`` with each sentence that holds one of ``thanks_leads`` cut before a later
    clause opening on one of ``pleas`` right after a comma: the thanks governs its clause,
    not the ask after it ("Thanks for introducing us to Ann Lee (...), could you also
    connect me with Bob Ray (...)?", "Merci de m'avoir présenté ..., pourriez-vous aussi
    me présenter à ...", "Gracias por presentarme a ..., ¿podrías también ponerme en
    contacto con ...?"), which is then read as a sentence of its own. Without a plea
    there ("..., who runs sales") the sentence stays whole."""
    cut: list[tuple[int, int]] = []
    for start, end in bounds:
        first, last = items[start].start, items[end - 1].end
        raw = text[first:last]
        sentence = raw.casefold().replace("\u2019", "'")
        cue = rules.thanks_lead_re.search(sentence)
        at = None
        if cue is not None and len(sentence) == len(raw):
            for comma in _PLEA_CLAUSE.finditer(sentence, cue.end()):
                if rules.plea_re.match(sentence, comma.end()) is None:
                    continue
                at = next(
                    (n for n in range(start, end) if items[n].start - first >= comma.end()), None
                )
                break
        if at is None or at == start:
            cut.append((start, end))
        else:
            cut += [(start, at), (at, end)]
    return cut


# How many items before an unnamed other party a name may stand and be the one to meet
# them ("connect Bob Lee with one of our clients").
MAX_UNNAMED_OTHER_GAP = 2


def _offered_to_unnamed(
    folded: str, items: Sequence[Item], bounds: Sequence[tuple[int, int]], rules: Rules
) -> set[int]:
    """The sentences whose other party is someone of the writer's side left unnamed
    (``unnamed_others``: "I'd love to connect you with one of our clients", "würde Sie sehr
    gerne mit einem unserer Kunden in Kontakt bringen", "darf ich Sie mit unserem Kunden
    bekannt machen?", "j'aimerais vous mettre en relation avec l'un de nos clients"), no
    address in the sentence and no name right before it or right after it, perhaps past a
    mark: a recruiter's or a seller's offer to the one written to, no intro the agent could
    make. "... with one of our clients, Carol Diaz" and "introduce Bob Lee to one of our
    clients" stay read as written; "... clientes em São Paulo" names a place."""
    found: set[int] = set()
    starts = [items[s].start for s, _ in bounds]
    for hit in rules.unnamed_other_re.finditer(folded):
        number = bisect_right(starts, hit.start()) - 1
        if number < 0:
            continue
        start, end = bounds[number]
        if hit.start() >= items[end - 1].end:
            continue
        if any(item.email for item in items[start:end]):
            continue
        at = next((k for k in range(start, end) if items[k].start >= hit.start()), end)
        after = next((k for k in range(at, end) if items[k].start >= hit.end()), end)
        if after < end and items[after].kind == "punct":
            after += 1
        near = [*items[max(start, at - MAX_UNNAMED_OTHER_GAP) : at], *items[after : after + 1]]
        if not any(item.kind == "name" and item.name for item in near):
            found.add(number)
    return found


def _sentences_with(
    regex: re.Pattern[str],
    text: str,
    folded: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
    counts: Callable[[str, int], bool] | None = None,
) -> set[int]:
    """The numbers of the sentences in which ``regex`` finds a phrase (``folded`` is the
    text case-folded, with plain apostrophes). ``counts``, given the searched text and
    where a phrase found in it ends, says whether that phrase counts."""
    if not bounds:
        return set()
    if len(folded) != len(text):
        # Case folding changed offsets (rare letters such as "ß"): look sentence by sentence.
        found_in: set[int] = set()
        for n, (s, e) in enumerate(bounds):
            sentence = normal_text(text[items[s].start : items[e - 1].end])
            hits = regex.finditer(sentence)
            if any(counts is None or counts(sentence, hit.end()) for hit in hits):
                found_in.add(n)
        return found_in
    found: set[int] = set()
    # Most texts hold no such phrase: where the sentences start and end is only worked
    # out at the first one found.
    starts: list[int] = []
    ends: list[int] = []
    for hit in regex.finditer(folded):
        if not starts:
            starts = [items[s].start for s, _ in bounds]
            ends = [items[e - 1].end for _, e in bounds]
        number = bisect_right(starts, hit.start()) - 1
        inside = number >= 0 and hit.start() < ends[number]
        if inside and (counts is None or counts(folded, hit.end())):
            found.add(number)
    return found


def _refers_to_nothing(
    text: str, folded: str, items: Sequence[Item], match: Match, rules: Rules
) -> bool:
    """Whether a match asking for the same again ("do the same for me", the rules'
    ``same_words``) lacks the intro told of before it that it refers back to: then it
    asks nothing."""
    if not any(item.lower in rules.same_words for item in items[match.start : match.end]):
        return False
    before = normal_text(text[: items[match.start].start])
    return rules.past_cue_re.search(before) is None


def _cue_hits(
    numbers: set[int],
    cues: re.Pattern[str],
    text: str,
    items: Sequence[Item],
    bounds: Sequence[tuple[int, int]],
) -> dict[int, tuple[str, list[re.Match[str]]]]:
    """For each sentence among ``numbers``, the sentence (normalised) and every hit of the
    veto cues ``cues`` in it: what ``_told_after_ask`` and ``_every_cue_spared`` read."""
    said: dict[int, tuple[str, list[re.Match[str]]]] = {}
    for number in numbers:
        start, end = bounds[number]
        sentence = normal_text(text[items[start].start : items[end - 1].end])
        said[number] = (sentence, list(cues.finditer(sentence)))
    return said


def _told_after_ask(
    numbers: set[int],
    said: dict[int, tuple[str, list[re.Match[str]]]],
    rules: Rules,
) -> set[int]:
    """The sentences among ``numbers`` whose every veto cue tells of an intro made before
    in a clause after an ask ("Please link me up with Olusegun Bello again -- you have his
    details from when you connected him with my sister"): the ask stands. A cue in the
    ask's own clause ("Thanks for connecting me with Bob -- you're the best") vetoes.
    ``said`` holds each sentence and its cue hits (``_cue_hits``)."""
    spared: set[int] = set()
    for number in numbers:
        sentence, hits = said[number]
        if not all(" ".join(hit.group(0).split()) in rules.past_cues for hit in hits):
            continue
        first = hits[0].start()
        breaks = [b.start() for b in rules.clause_break_re.finditer(sentence, 0, first)]
        # "put him in touch with Fiona Walsh, the sports physio you introduced me to last
        # year": a comma, then a description or a relative clause of the one asked for.
        breaks += [
            comma.start()
            for comma in _APPOSITIVE.finditer(sentence, 0, first)
            if comma.group(1) in rules.descriptor_starts or comma.group(1) in rules.relative_words
        ]
        breaks.sort()
        if not breaks:
            continue
        before = sentence[: breaks[-1]]
        pleads = rules.intent_re.search(before) and rules.plea_re.search(before)
        if pleads or any(_asks(before, h.end(), rules) for h in rules.trigger_re.finditer(before)):
            spared.add(number)
    return spared


def _every_cue_spared(
    numbers: set[int],
    said: dict[int, tuple[str, list[re.Match[str]]]],
    spares: Callable[[str, re.Match[str]], bool],
) -> set[int]:
    """The sentences among ``numbers`` in which ``spares`` (given the folded sentence and
    a hit) spares every veto cue found in it (``said``, from ``_cue_hits``): such a
    sentence is vetoed by none."""
    spared: set[int] = set()
    for number in numbers:
        sentence, hits = said[number]
        if hits and all(spares(sentence, hit) for hit in hits):
            spared.add(number)
    return spared


def _weighed(hit: re.Match[str], rules: Rules) -> bool:
    """Whether a veto cue is one of ``weighed_asks`` ("worth introducing"), a line break
    inside it read as a space."""
    return " ".join(hit.group().split()) in rules.weighed_asks


def _status_before_ask(sentence: str, hit: re.Match[str], rules: Rules) -> bool:
    """Whether a veto cue is one of ``status_cues`` ("any news on my intro") and an ask
    (one of ``triggers``) follows it in its sentence."""
    if " ".join(hit.group().split()) not in rules.status_cues:
        return False
    return rules.trigger_re.search(sentence, hit.end()) is not None


def _left_to_judgement(folded: str, rules: Rules) -> bool:
    """Whether ``folded`` holds one of ``judgement_cues`` other than a question weighing
    the intro itself ("would it be worth introducing", which holds a weighed ask)."""
    return any(
        not any(weighed in hit.group() for weighed in rules.weighed_asks)
        for hit in rules.judgement_cue_re.finditer(folded)
    )


def _weighs_only(
    numbers: set[int], said: dict[int, tuple[str, list[re.Match[str]]]], rules: Rules
) -> bool:
    """Whether some sentence among ``numbers`` is vetoed only by ``weighed_asks``: a quick
    look before the text is searched for a judgement left to the agent."""
    return any(
        hits and all(_weighed(hit, rules) for hit in hits)
        for hits in (said[number][1] for number in numbers)
    )


def _asked_willing(sentence: str, hit: re.Match[str], rules: Rules) -> bool:
    """Whether a veto cue follows one of the rules' ``willing_leads`` ("Would you be up
    for introducing me?", "Are you game for"): it asks whether one is willing, and thanks
    for nothing ("Thanks for introducing me" still vetoes)."""
    return _ends_on(sentence[: hit.start()], rules.willing_leads)


def _asked_clitic(sentence: str, hit: re.Match[str], rules: Rules) -> bool:
    """Whether a veto cue opens on one of ``asked_clitic_forms`` right after one of
    ``asked_clitic_leads`` ("¿podrías presentarles a ...": "them", asked of the one
    written to); "Me gustaría presentarles a Juan" still presents Juan to the readers."""
    found = hit.group().split()
    before = sentence[: hit.start()].split()
    return (
        bool(found and before)
        and found[0] in rules.asked_clitic_forms
        and before[-1].lstrip("¿¡") in rules.asked_clitic_leads
    )


def _cue_names_else(sentence: str, hit: re.Match[str], rules: Rules) -> bool:
    """Whether a veto cue is followed by one of the rules' ``cue_compounds``, which makes
    its last word name something else: "this bit is for the intro agent I've copied in:
    please introduce Callum to ..." thanks for nothing ("Thanks for the intro, agent"
    still vetoes)."""
    return _compound_after(sentence, hit.end(), rules)


def _compound_after(sentence: str, end: int, rules: Rules) -> bool:
    after = _NEXT_WORD.match(sentence, end)
    return after is not None and after.group(1) in rules.cue_compounds


# How far before a cue a word of moving is looked for (the longest of them and a space).
_MOVER_REACH = 24


def moved_before(folded: str, at: int, rules: Rules) -> bool:
    """Whether one of ``message_cue_movers`` ends right before position ``at`` of the
    folded text, where a cue of absence opens ("get out of the office", "salir fuera de
    la oficina"): the office is a place someone leaves, and no notice says who is away."""
    return _ends_on(folded[max(0, at - _MOVER_REACH) : at], rules.message_cue_movers)


def _ends_on(text: str, phrases: AbstractSet[str]) -> bool:
    """Whether ``text`` ends on one of ``phrases``, whole words."""
    words = text.split()
    return any(
        " ".join(words[-len(p.split()) :]) == p for p in phrases if len(words) >= len(p.split())
    )


_NEXT_WORD = re.compile(r"[^\S\n]*([\w'-]+)")
# A comma and the word after it, which may open an aside about the one just named.
_APPOSITIVE = re.compile(r",\s*([\w']+)")
_WORD = re.compile(r"[\w'-]+")


def _may_hold_words(needs: frozenset[str] | None, words: frozenset[str]) -> bool:
    """``may_hold`` for a text whose words (``words_in``) are at hand."""
    return needs is None or not needs.isdisjoint(words)


def _asks(folded: str, end: int, rules: Rules, may_be_part: bool = True) -> bool:
    """Whether an ask ending at ``end`` in ``folded`` asks about someone: "would love to
    meet you" asks to meet the one written to, as a stranger introducing themselves
    does, not for an introduction ("meet you two" still is one). ``may_be_part`` False:
    the text is known to hold no intro word as a talk's part (``_in_intro_part``)."""
    if may_be_part and _in_intro_part(folded, end, rules):
        # "I'll do the intro part and hand over to you": a talk's part, no ask.
        return False
    after = _NEXT_WORD.match(folded, end)
    if after is None:
        return True
    word = after.group(1)
    # "I'd like to get to know your service better", "meet the deadline", "connect the
    # printer": a thing met or known, within the two words after the ask, is no one.
    if not rules.thing_nouns.isdisjoint(
        _WORD.findall(folded, after.start(1), after.end(1) + 30)[:2]
    ):
        return False
    if word not in rules.you_words or word in rules.descriptor_starts:
        return True
    words = tuple(_WORD.findall(folded, after.start(1), after.start(1) + 60))
    return any(words[:size] in rules.group_words for size in range(2, rules.max_group_words + 1))


def _in_intro_part(folded: str, at: int, rules: Rules) -> bool:
    """Whether ``at`` in ``folded`` falls inside an intro word used as the noun of a talk's
    part, or right at its end ("do the intro| part", "l'intro de la |présentation"):
    ``intro_part_uses``."""
    if not may_hold(rules.intro_part_needs, folded):
        # Most text holds none of the parts' words: no search around each ask is needed.
        # (A part found inside the reach, not cut short where it stops, is one of the
        # text's, so it holds one of them.)
        return False
    stop = min(len(folded), at + _INTRO_PART_REACH)
    for hit in rules.intro_part_re.finditer(folded, max(0, at - _INTRO_PART_REACH), stop):
        if hit.start() >= at:
            break
        # A phrase cut short where the search stops is no phrase of the text.
        if at <= hit.end() and (hit.end() < stop or stop == len(folded)):
            return True
    return False


# How far around a place an intro part that holds it may reach, in characters.
_INTRO_PART_REACH = 80


def written_addresses(items: Iterable[Item]) -> tuple[tuple[Address, ...], tuple[str, ...]]:
    """Names written with an address anywhere in the text, and addresses written alone.
    An address after a place or a firm that its local part does not spell is the one of
    the person named before it in the sentence whose name it spells ("M. Grégoire
    Lambert, expert-comptable à Bordeaux (g.lambert@...)" is Grégoire Lambert's, "Hernán
    Quintero, de la Cooperativa Cacaotera del Sur (hquintero@...)" Hernán Quintero's).
    An organisation's name ("Cooperativa ...", "Fundación ...", "Stiftung ...") is never
    a person's: an address after one that no one named before spells is written alone."""
    rules = load_rules()
    organisations = rules.organisation_words
    named: list[Address] = []
    alone: list[str] = []
    # The names without an address so far in the sentence.
    before: list[str] = []
    listed = list(items)
    for number, item in enumerate(listed):
        if item.kind == "end":
            before.clear()
        elif item.kind == "name" and item.name and not item.email:
            before.append(item.name)
        if item.kind == "name" and item.email and item.name:
            name = item.name
            if before and not _spells(item.email, name):
                name = next((n for n in reversed(before) if _spells(item.email, n)), name)
            elif before and _family_address(item.email, name, before[-1]):
                # "Ursula Gerber of Gerber Verkehrsplanung (u.gerber@...)": hers.
                name = before[-1]
            if (
                name == item.name
                and _workplace(listed, number, rules)
                and not (
                    listed[number - 1].lower in rules.conjunctions and _spells(item.email, name)
                )
            ):
                # "Ann Lee at Lumen (hello@lumen.example)", "Kwame Asante na Petrobras
                # (contato@...)", "Anna Lehmann bei Lumen (info@...)": where the one named
                # before works, its address spelling no one named: a mailbox of the firm,
                # or of the one before, nobody can say. It is no one's for sure ("na" is
                # Swahili "and" too: "Juma Ali na Amina Said (amina.said@...)" is hers).
                pass
            elif name.split()[0].casefold() not in organisations:
                named.append(Address(name, item.email))
            before.clear()
        elif (
            item.kind == "email"
            and before
            and _bracketed(listed, number)
            and (spelled := _spelled_before(item.email or "", before)) is not None
        ):
            # "Dr. Samuel Adu-Gyamfi, KNUST (sadugyamfi@...)": a firm in capitals is no
            # name, and the address in brackets after it is the one's it spells, the last
            # named ("Julia Neumann, Stefan Koch | j.neumann@..." ties no one); so too
            # after where they work ("Dr. Sunil Rao at Hydro-Québec's research institute
            # (rao.sunil@...)").
            named.append(Address(spelled, item.email or ""))
            before.clear()
        if item.email:
            # Every address counts for matching a name to an address's local part.
            alone.append(item.email)
    return tuple(named), tuple(alone)


def shared_addresses(items: Sequence[Item], rules: Rules) -> frozenset[str]:
    """The addresses (folded) written for two people at once: held by a name right after
    another name written without one and a joining word ("and", "et", "y", "und", "e",
    "na", "&"), its own name spelling none of it ("- Ana and Ivo: ana.ruiz@...", "Ana et
    Ivo : contact@..."): whichever of the two it is, it names two people, not one with
    that address. "Ann Lee and Bob Ray (bob@...)" is Bob's: his name spells it; a firm's
    name ("Ms Adaeze Nwosu of Nwosu & Partners (adaeze@...)", its last word one of
    ``organisation_words`` or ``organisation_closers``) names no two people."""
    shared: set[str] = set()
    firms = rules.organisation_words | rules.organisation_closers
    for at in range(2, len(items)):
        item = items[at]
        if (
            item.kind == "name"
            and item.email
            and item.name
            and items[at - 1].lower in rules.conjunctions
            and items[at - 1].lower != ","
            and items[at - 2].kind == "name"
            and not items[at - 2].email
            and not _spells(item.email, item.name)
            and item.name.casefold().split()[-1] not in firms
            and (items[at - 2].name or "").casefold().split()[-1] not in firms
        ):
            shared.add(item.email.casefold())
    return frozenset(shared)


def _spelled_before(email: str, before: Sequence[str]) -> str | None:
    """The last of the names ``before`` an address that it spells, or None; a family's
    firm yields to the one of its name named before it (``_family_address``)."""
    spelled = [name for name in before if _spells(email, name)]
    if not spelled:
        return None
    if len(spelled) > 1 and _family_address(email, spelled[-1], spelled[-2]):
        return spelled[-2]
    return spelled[-1]


def _family_address(email: str, firm: str, person: str) -> bool:
    """Whether an address after a family's firm, opening on the surname of the one named
    before it ("Ursula Gerber of Gerber Verkehrsplanung (u.gerber@...)"), is that one's:
    its local part holds the firm's words and besides only her first name or its
    initial; "gerber@..." or "info@..." alone stays the firm's, whoever reads it. A first
    name the lists do not hold must be spelled whole ("Anand Kapoor, ... at Kapoor
    Restructuring LLP (anand.kapoor@...)"), an initial being anyone's."""
    if is_first_name(firm.split()[0]):
        return False
    listed = is_first_name(person.split()[0])
    words = without_accents(person.casefold()).split()
    firms = without_accents(firm.casefold()).split()
    if len(words) < _FAMILY_NAME_WORDS or firms[0] != words[-1]:
        return False
    runs = _LETTERS.findall(without_accents(email.partition("@")[0].casefold()))
    rest = [run for run in runs if run not in firms]
    return (
        bool(rest)
        and all(run in (words[0], words[0][0]) for run in rest)
        and (listed or words[0] in rest)
    )


# A first name and a surname: the least a person sharing a family firm's name is named by.
_FAMILY_NAME_WORDS = 2


_LOCAL_PIECES = re.compile(r"[^\W\d_]{3,}")
_LETTERS = re.compile(r"[^\W\d_]+")
_BRACKETS = {"(": ")", "<": ">", "[": "]"}


def _workplace(items: Sequence[Item], number: int, rules: Rules) -> bool:
    """Whether the name at ``number`` is where the one named right before it works: after
    one of ``place_words`` ("at", "chez", "bei", "en", "na", "katika") right after a name
    without an address ("Ann Lee at Lumen", "Kwame Asante na Petrobras")."""
    return (
        number >= 2
        and items[number - 1].lower in rules.place_words
        and items[number - 2].kind == "name"
        and items[number - 2].email is None
    )


def _bracketed(items: Sequence[Item], number: int) -> bool:
    """Whether the item ``number`` is alone in brackets ("(ann@x.org)")."""
    if not 0 < number < len(items) - 1:
        return False
    closing = _BRACKETS.get(items[number - 1].lower)
    return closing is not None and items[number + 1].lower == closing


def _spells(email: str, name: str) -> bool:
    """Whether the local part of ``email`` spells a word of ``name`` ("g.lambert" and
    "Grégoire Lambert"; not "Bordeaux"), perhaps after the first name's initial
    ("hquintero" and "Hernán Quintero", "cibarra" and "Carmen Ibarra") or before the
    surname's ("tomasl" and "Tomas Lindqvist"), or a surname with its particle written
    whole ("y.legoff" and "Yannick Le Goff", "vanderberg" and "Ilse van der Berg") or
    after the initials of every word before it ("pvdmerwe" and "Pieter van der Merwe")."""
    pieces = set(_LOCAL_PIECES.findall(email.partition("@")[0].casefold()))
    words = _LOCAL_PIECES.findall(without_accents(name.casefold()))
    if any(word in pieces for word in words):
        return True
    # The surname's words after the first name, short particles too, written together.
    every = _LETTERS.findall(without_accents(name.casefold()))
    if any("".join(every[at:]) in pieces for at in range(1, len(every) - 1)):
        return True
    if len(words) < 2:
        return False
    if (
        len(every) > 2
        and len(every[-1]) >= _INITIALLED_SURNAME
        and "".join(word[0] for word in every[:-1]) + every[-1] in pieces
    ):
        # "pvdmerwe" and "Pieter van der Merwe": the initials of every word before the
        # surname's last, particles too, then that word.
        return True
    initial = words[0][0]
    if len(words[0]) >= _INITIALLED_SURNAME and words[0] + words[-1][0] in pieces:
        return True
    # "sadugyamfi" and "Samuel Adu-Gyamfi": a double surname is spelled whole.
    surnames = [*words[1:], "".join(words[1:])] if len(words) > 2 else words[1:]
    return any(len(word) >= _INITIALLED_SURNAME and initial + word in pieces for word in surnames)


# How long a surname must be to be read after an initial ("hquintero"): shorter ones
# are other words' endings too.
_INITIALLED_SURNAME = 4


_NAME_AT_START = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'-]*)*")


def without_exclusions(text: str, rules: Rules) -> tuple[str, frozenset[str]]:
    """``text`` without the sentences that name someone not to introduce, and those
    people's names and addresses, folded: "Surtout pas Paul Girard : il a quitté la
    boîte en septembre et son ancienne adresse ne répond plus.", "Please don't route it
    to Paul Brennan (paul.brennan@...) - he left in September.", "No a Pablo Ruiz, ya no
    trabaja allí.", "Nicht Paul Weber, er ist weg.", "Não o Paulo Reis, ele saiu.", "Si
    Paulo Mrema, ameondoka." What such a sentence says (an old address, a bounce) is of
    someone not asked for, so it casts no doubt on the ask, and their address is not
    someone the ask leaves out; but no pair may hold them. A sentence that also asks
    ("Not Paul, please introduce me to Sophie (...)") or gives two addresses stays, and
    only the name after the phrase is excluded."""
    # Most mail holds no exclusion phrase: a look for one in the folded text is several
    # times cheaper than the anchored search for a sentence opening on it.
    if not text:
        return text, frozenset()
    folded = normal_text(text)
    if (
        not may_hold(rules.exclusion_needs, folded)
        or rules.exclusion_lead_re.search(folded) is None
    ):
        return text, frozenset()
    found = list(rules.exclusion_re.finditer(text))
    if not found:
        return text, frozenset()
    excluded: set[str] = set()
    kept: list[str] = []
    last = 0
    for sentence in found:
        named = _NAME_AT_START.match(text, sentence.start("rest"))
        addresses = ADDRESS.findall(sentence.group(0))
        if named is not None:
            excluded.add(named.group(0).casefold())
        if len(addresses) > 1 or rules.trigger_re.search(normal_text(sentence.group(0))):
            continue
        excluded.update(address.casefold() for address in addresses)
        kept.append(text[last : sentence.start("lead")])
        last = sentence.end()
    kept.append(text[last:])
    return "".join(kept), frozenset(excluded)


# An address written right after a name, in brackets or after a dash ("Bob Lee
# (bob@lee.io)", "Bob Lee <bob@lee.io>", "Bob Lee - bob@lee.io").
_ADDRESS_BESIDE = re.compile(
    r"[ \t]*(?:[(<\[][ \t]*(?P<bracketed>[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*[)>\]]"
    r"|[-\u2013\u2014:][ \t]*(?P<dashed>[\w.+'-]+@[\w-]+(?:\.[\w-]+)+))"
)


def without_trailing_exclusions(text: str, rules: Rules) -> tuple[str, frozenset[str]]:
    """``text`` without the people an ask leaves out after a comma or with a word of
    "instead" ("Please introduce me to Carol Diaz (...), not Bob Lee (bob@lee.io).",
    "Stell mich Carol Diaz (...) vor, nicht Bob Lee (...)", "..., pas à Bob Lee", "..., no
    a Bob Lee", "..., não ao Bob Lee", "..., si kwa Bob Lee", "rather than Bob Lee",
    "statt Bob Lee", "plutôt qu'à Bob Lee", "en vez de a Bob Lee", "em vez do Bob Lee",
    "badala ya Bob Lee"; ``trailing_exclusions`` and ``instead_words``), and those people's
    names and addresses, folded: no pair may hold them, and their address is no one the
    ask leaves out. Only the one left out goes, with an address written beside them (a
    title before the name is skipped: "not Dr. Bob Lee"); the rest of the sentence is
    read as ever. A lower-case word after the phrase ("not just", "nicht nur", "rather than
    email her") leaves no one out."""
    # Most mail holds no such phrase before a name: one search tells, and in plain text a
    # look among its words first (the regex ignores case: its lower-case words).
    if (
        not text
        or (
            text.isascii()
            and not (
                may_hold(rules.trailing_exclusion_needs, normal_text(text))
                and admits(
                    rules.trailing_exclusion_gate, words_in(normal_text(text)), normal_text(text)
                )
            )
        )
        or rules.trailing_exclusion_re.search(text) is None
    ):
        return text, frozenset()
    excluded: set[str] = set()
    kept: list[str] = []
    last = 0
    for found in rules.trailing_exclusion_re.finditer(text):
        if found.start() < last:
            continue
        at = found.end()
        address = ADDRESS.match(text, at)
        if address is not None:
            excluded.add(address.group(0).casefold().rstrip("."))
            end = address.end()
        else:
            named = _untitled_name(text, at, rules)
            if named is None:
                continue
            end = named[1]
            beside = _ADDRESS_BESIDE.match(text, end)
            beside_address = beside.group("bracketed") or beside.group("dashed") if beside else ""
            if (
                beside_address
                and _place_lead(found.group("lead"), rules)
                and not _spells(beside_address, named[0])
            ):
                # "ao Dr. Ibrahima Ndour, do IRAB, no Senegal (i.ndour@irab.sn)": Portuguese
                # "no" is "in the", Spanish "no" "not"; an address that does not spell the
                # name after it is the one's named before, and the name a place.
                continue
            excluded.add(named[0].casefold())
            if beside is not None:
                excluded.add(beside_address.casefold())
                end = beside.end()
        kept.append(text[last : found.start()])
        last = end
    kept.append(text[last:])
    return "".join(kept), frozenset(excluded)


def _place_lead(lead: str, rules: Rules) -> bool:
    """Whether a trailing exclusion's phrase is one word that also says where someone is
    (Portuguese "no", "na", of ``place_words`` or ``organisation_places``), its comma or
    dash left off."""
    word = lead.strip(" \t,-\u2013\u2014").casefold()
    return word in rules.place_words or word in rules.organisation_places


def _untitled_name(text: str, at: int, rules: Rules) -> tuple[str, int] | None:
    """The name written with a capital at ``at`` in ``text``, past any title before it
    ("Dr. Bob Lee", "Frau Carol Diaz"), and where it ends; None without one."""
    while (named := _NAME_AT_START.match(text, at)) is not None:
        words = named.group(0).split()
        while words and words[0].casefold() in rules.titles:
            words.pop(0)
        if words:
            return " ".join(words), named.end()
        # "Dr. Bob Lee": the title's full stop, then the name.
        after = re.compile(r"\.?[ \t]+").match(text, named.end())
        if after is None:
            return None
        at = after.end()
    return None


# Where a sentence ends in plain text: a mark, or a full stop not inside a word (an address).
_SENTENCE_END = re.compile(r"[!?;\n]|\.(?!\w)")


def without_negated_asks(text: str, rules: Rules) -> tuple[str, frozenset[str]]:
    """``text`` without the clauses of negated asks, and the addresses written in them,
    folded: "No need to introduce me to Bob Lee (bob@lee.io), but please introduce me to
    Carol Diaz (...)", "Pas besoin de me présenter à ...", "Du musst mich nicht mit ...
    bekannt machen, aber". The clause runs from the negation to the first of
    ``contrast_words`` after the ask or the sentence's end: who it names is someone not to
    introduce, whose address is no one the ask leaves out, and no pair may hold them. So
    does the clause of a negated wish ("I don't want you to introduce me to Bob Lee (...),
    but could you ..."), up to a contrast, a plea, a question opening, a colon, a
    consequence after a comma, a call left to the agent ("only if you think", of
    ``judgement_cues``) or the sentence's end (see ``_negated_wish``)."""
    folded = text.casefold().replace("\u2019", "'")
    if len(folded) != len(text):
        return text, frozenset()
    # The words of ``folded`` are those of the text folded as the ask's other checks fold
    # it, kept: most mail holds no word a negation opens on, and needs no search.
    words = words_in(normal_text(text))
    spans: list[tuple[int, int]] = []
    if admits(rules.needless_gate, words, folded) and rules.needless_re.search(folded) is not None:
        for hit in rules.needless_re.finditer(folded):
            asked = _negated_ask_end(folded, hit.end(), rules)
            if asked is None:
                continue
            stop = _SENTENCE_END.search(folded, asked)
            end = stop.start() if stop else len(folded)
            turn = rules.contrast_re.search(folded, asked, end)
            spans.append((hit.start(), turn.start() if turn else end))
    needs = rules.negated_wish_needs
    if (needs is None or not needs.isdisjoint(words)) and rules.negated_wish_re.search(
        folded
    ) is not None:
        for hit in rules.negated_wish_re.finditer(folded):
            stop = _SENTENCE_END.search(folded, hit.end())
            end = stop.start() if stop else len(folded)
            # "I don't want to pile on - so only if you think she'd be receptive": a call
            # left to the agent (``judgement_cues``) is no part of what is not wanted, and
            # stays to doubt the ask.
            for reach in (
                rules.contrast_re,
                rules.plea_re,
                _WISH_STOP,
                rules.consequence_re,
                rules.judgement_cue_re,
            ):
                turn = reach.search(folded, hit.end(), end)
                end = turn.start() if turn else end
            spans.append((hit.start(), end))
    if not spans:
        return text, frozenset()
    excluded: set[str] = set()
    kept: list[str] = []
    last = 0
    for start, end in sorted(spans):
        if start < last:
            continue
        excluded.update(a.casefold() for a in ADDRESS.findall(text, start, end))
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    return "".join(kept), frozenset(excluded)


def holds_excluded(pairs: Iterable[tuple[Resolved, Resolved]], excluded: AbstractSet[str]) -> bool:
    """Whether a pair holds someone the writer said not to introduce, by address or by
    name ("Paul" of "Paul Girard" too)."""
    if not excluded:
        return False
    names = [set(name.split()) for name in excluded if "@" not in name]
    for pair in pairs:
        for person in pair:
            email, name = person.party.email, person.party.name
            if email and email.casefold() in excluded:
                return True
            words = set(name.casefold().split()) if name else set()
            if words and any(words <= excluded_words for excluded_words in names):
                return True
    return False
