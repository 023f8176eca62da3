"""The phrase books for reading answers: what counts as yes, no, doubt or a robot.

Phrasings live in ``rules/replies/*.json`` (one file per language, plus emoji in
``common.json``) and ``rules/autoreply/*.json``; here they become spaCy phrase
matchers over the shared tokenizer, built once per process. Text and phrases go
through the same normalisation (lower case, no accents, straight apostrophes), so
"Sí", "si" and "SI" read alike, as do "não" and "nao". Each language's shorthands ("u",
"w", "lemme", "rn", "jsp", "vllt") are read in its refusals, hedges, contrasts and
questions, never in a yes: "can u", "lemme check w my cofounder", "not rn".
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from agent.understanding.nlp import get_nlp
from agent.understanding.reply_handovers import handover_yeses

if TYPE_CHECKING:
    from spacy.language import Language as Pipeline
    from spacy.tokens import Doc

__all__ = [
    "SENTENCE_ENDS",
    "AutoReplyBook",
    "Gatherings",
    "Language",
    "Phrase",
    "PhraseBook",
    "Reading",
    "autoreply_book",
    "normalise",
    "phrase_book",
]

# The rules package, wherever this module runs from (its compiled build lives elsewhere).
_RULES = Path(str(resources.files("rules")))

Label = Literal[
    "yes",
    "weak_yes",
    "no",
    "hedge",
    "contrast",
    "question",
    "neutral",
    "other",
    "aside",
    "deferral",
    "relayed",
]

# JSON list name -> the label its phrases carry.
_LISTS: dict[str, Label] = {
    "yes": "yes",
    "weak_yes": "weak_yes",
    "no": "no",
    "hedges": "hedge",
    # The other branch of a condition ("otherwise"): a hedge, listed apart so that a
    # refusal after it can be told from a refusal of the introduction.
    "alternatives": "hedge",
    "contrasts": "contrast",
    "questions": "question",
    "neutral": "neutral",
    # Another matter answered ("that's my new address", "c'est bien moi"): a bare "yes"
    # beside one confirms that, not the introduction.
    "other_matters": "other",
    # A practical preference ("mornings are better") or a caveat about the outcome ("I
    # can't promise anything") after a "but": the yes before it still stands.
    "asides": "aside",
    # "pas de rendez-vous avant la mi-mai", "no meeting before May": when the meeting may
    # be, an aside after a "but" only with a date after it in its sentence.
    "meeting_limits": "aside",
    # "no calls", "sin llamadas": a channel ruled out, a hedge, but how to meet after a
    # go-ahead ("please do connect us. ... no room for calls").
    "channel_limits": "hedge",
    # Words that put a yes off to a date ("after", "à partir de") when one follows.
    "deferral_leads": "deferral",
    # "if I can", "si je peux": a hedge, but modesty when it closes an offer of help.
    "modest_conditions": "hedge",
    # "If nothing works, reply-all": a hedge, but the fallback of a booking page handed
    # over before it (see reply_bookings).
    "booking_fallbacks": "hedge",
    # "if he doesn't mind", "si no le importa": the other's not minding, a hedge, but
    # modesty when it names only the writer's own modest ways (see reply_modesty).
    "mind_ifs": "hedge",
    # "if you don't mind", "si ça ne vous dérange pas": a courtesy to the reader, closing
    # its clause; a hedge when it goes on ("if you don't mind waiting until March").
    "courtesy_ifs": "hedge",
    # "even though", "auch wenn": a contrast, which may concede a mere complaint.
    "concessives": "contrast",
    # "I'm swamped", "je suis débordé": a refusal, but a complaint once conceded.
    "busy_complaints": "no",
    # "me da lo mismo", "tanto faz": indifference, a hedge, but about a detail when a yes
    # said again follows it ("me da lo mismo ...: sigue siendo sí").
    "indifferences": "hedge",
    # "sigue siendo sí", "it's still a yes": a yes said again.
    "reaffirmations": "yes",
    # "il accepte d'être mis en relation": the one asked accepting, in another's words; a
    # yes only where the writer relays it ("asked me to confirm"), else nothing.
    "relayed_acceptances": "relayed",
    # "il serait ravi", "er würde sich freuen", "angefurahi": a yes whose verb form names
    # someone else as its subject, read as the relayed acceptances are.
    "third_person_yes": "relayed",
    # "if it's still on the table": a condition on the offer standing, which the
    # introduction meets by being made; a hedge only while another condition joins it.
    "standing_offers": "hedge",
    # "when I'm back", "I may be slow to respond": the writer's own time, a hedge, but a
    # note beside a go-ahead now.
    "own_timings": "hedge",
    # "leaning yes", "plutôt oui", "eher ja": a yes only leaned to, read whole, a hedge.
    "leanings": "hedge",
    # "I believe so", "creo que sí", "ich glaube schon": a yes only guessed at, a hedge
    # that still leans to yes, so that a refusal beside it leaves the reply unclear.
    "guessed_yes": "hedge",
    # "Yes, I think.", "Ja, glaube ich.", "Ndiyo, nadhani.": a guess standing as a clause
    # of its own, a hedge; before the words it leads ("Nadhani itakuwa vizuri") or after
    # other words of its clause ("No creo.", "ya lo creo") it is none (see _bare_guesses).
    "closing_guesses": "hedge",
    # "said no one ever", "sagte niemand jemals": a tag mocking the yes before it, a
    # hedge that small talk told in the past never claims.
    "mock_tags": "hedge",
    # "I need her ok first", "son feu vert", "su visto bueno": someone else's approval
    # still to come, a hedge; the noun "ok" after "her", "the", "'s" is no yes.
    "approvals": "hedge",
    # "before I can say yes", "bevor ich zusagen kann": the yes named as still to come,
    # waiting on something the writer must do first, a hedge that leaves the reply no
    # answer yet, whatever answer stands beside it (see replies._read_answer).
    "awaited_answers": "hedge",
    # "tardaré en responder", "vou demorar a responder": the same, the writer named by
    # the verb itself.
    "own_verb_timings": "hedge",
    # "my English isn't very good", "mi inglés no es muy bueno": the writer modest about a
    # language, read whole, its negation no refusal.
    "own_skills": "neutral",
    # "if that's useful", "por si sirve": a hedge, but modesty closing a note of its own
    # after a yes (see reply_modesty._useful_note).
    "useful_ifs": "hedge",
    # "my colleague", "ma collègue", "mwenzangu": someone else the writer may answer for, a
    # hedge only where a yes is theirs (see reply_others._third_parties), else nothing.
    "third_parties": "hedge",
    # "keep me in mind", "n'hésitez pas à me recontacter": a wish to be asked another
    # time, read whole, whose "n'hésitez pas" or "gerne" says no yes (see
    # replies._kept_in_mind).
    "refusal_keeps": "neutral",
}
# When a span could be read two ways, the more cautious reading wins a tie.
_PRIORITY: dict[str, int] = {
    "neutral": 0,
    "question": 1,
    "hedge": 2,
    "other": 2,
    "deferral": 2,
    "no": 3,
    "aside": 4,
    "contrast": 5,
    "weak_yes": 6,
    "relayed": 7,
    "yes": 7,
}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
# Emoji skin tones and presentation selectors change nothing about the answer.
_IGNORED = frozenset({"\ufe0f", "\ufe0e", "\u200d", *map(chr, range(0x1F3FB, 0x1F400))})


def normalise(text: str) -> str:
    """Lower case, accents removed, apostrophes straightened, emoji modifiers dropped."""
    lowered = text.lower()
    # Nearly all mail is plain ASCII, or ASCII once each accented letter is read on its
    # own: neither needs the decomposition of the whole text, which costs a fifth of
    # reading a reply. Only text that stays beyond ASCII (emoji, other scripts) takes it.
    if lowered.isascii():
        return lowered.replace("`", "'") if "`" in lowered else lowered
    plain = lowered.translate(_TO_ASCII)
    return plain if plain.isascii() else _decomposed(lowered)


def _decomposed(text: str) -> str:
    """``normalise`` done in full: compatibility decomposition, marks and modifiers
    dropped, then composition again."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).lower())
    kept = "".join(
        ch for ch in decomposed if ch not in _IGNORED and unicodedata.category(ch) != "Mn"
    )
    return unicodedata.normalize("NFC", kept)


def _to_ascii_table() -> dict[int, str]:
    """The backtick, and each character below U+3000 (and the ligatures, variation
    selectors and skin tones) whose full normalisation alone is ASCII, to that ASCII.
    Text made only of ASCII and these reads the same character by character as
    decomposed whole: every mark dropped is a combining mark that only reorders among
    its own kind, and ASCII composes with nothing."""
    table = {ord("`"): "'"}
    for low, high in ((0x80, 0x3000), (0xFB00, 0xFB07), (0xFE00, 0xFE10), (0x1F3FB, 0x1F400)):
        for code in range(low, high):
            plain = _decomposed(chr(code))
            if plain.isascii():
                table[code] = plain
    return table


_TO_ASCII = _to_ascii_table()


@dataclass(frozen=True)
class Phrase:
    """One matched phrase: its label, token range and text."""

    label: Label
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Gatherings:
    """One language's meals and gatherings ("dinner", "the party", "la cena", "kikao")
    and the words that lead to them ("at", "zum", "kwa"), kept by language so that a
    lead of one ("a", Portuguese "to the") never leads to another's noun ("a match")."""

    # Counted after a lead with no article between ("see you at dinner").
    bare: frozenset[str]
    # Counted only with an article or possessive between ("at the party").
    determined: frozenset[str]
    leads: frozenset[str]
    determiners: frozenset[str]
    links: frozenset[str]

    @property
    def nouns(self) -> frozenset[str]:
        return self.bare | self.determined


@dataclass(frozen=True)
class Reading:
    """A normalised text cut into tokens, with the phrases found in it."""

    tokens: tuple[str, ...]
    # True for tokens that end a sentence or clause: punctuation and line breaks.
    breaks: tuple[bool, ...]
    phrases: tuple[Phrase, ...]
    # Summing-ups ("long story short", "bref"), found apart: "so yes" holds a yes.
    conclusions: tuple[Phrase, ...] = ()
    # Where each token starts in the text read.
    offsets: tuple[int, ...] = ()
    # The tokens that are a copula, not the negator of another language they spell:
    # the Swahili "ni" of "Ni sawa", "Ndiyo, ni vizuri", "Ni wazo zuri"; so is a
    # Swahili verb prefix joined by a hyphen ("Ni-connect na Otieno").
    copulas: frozenset[int] = frozenset()


def _escaped(words: Iterable[str]) -> str:
    """The alternation of ``words`` as written, each escaped, in the order given."""
    return "|".join(re.escape(w) for w in words)


def _load(folder: Path) -> list[dict[str, Any]]:
    return [
        _spelled_alike(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(folder.glob("*.json"))
    ]


# The lists whose entries are pairs or single clitics, never phrases a reply says, and
# the refusals: a refusal spelled out keeps its negator ("I will not be able to discuss
# the tender"), which a reply's reading weighs on its own after a yes, while its
# contraction read as a refusal ("I won't") would outweigh a limit the writer goes ahead
# with; the refusals spelled out that refuse alone are listed as such.
_UNSPELLED_KEYS = frozenset(
    {
        "spelled_forms",
        "shorthands",
        "phrase_slips",
        "digit_letters",
        "contractions",
        "perfect_contractions",
        "no",
    }
)


def _spelled_alike(book: dict[str, Any]) -> dict[str, Any]:
    """A language's book with every phrase also written in the other form of each of its
    spelled_forms ("i'm i am", "don't do not"): contracted where it is spelled out and
    spelled out where it is contracted, so that "when I am back" reads as "when I'm
    back" does, and "I do not think so" as "I don't think so", in every list at once."""
    pairs: list[tuple[re.Pattern[str], str, re.Pattern[str], str]] = []
    for entry in book.get("spelled_forms", ()):
        short, words = normalise(entry).split(" ", 1)
        pairs.append((_whole(short), words, _whole(words), short))
    if not pairs:
        return book
    out = dict(book)
    for key, entries in book.items():
        if key in _UNSPELLED_KEYS or not isinstance(entries, list):
            continue
        seen = {normalise(str(e)) for e in entries}
        added: list[str] = []
        for entry in entries:
            variants = {normalise(str(entry))}
            for short_at, words, words_at, short in pairs:
                variants |= {short_at.sub(words, v) for v in variants if short_at.search(v)}
                variants |= {words_at.sub(short, v) for v in variants if words_at.search(v)}
            for variant in sorted(variants - seen):
                seen.add(variant)
                added.append(variant)
        if added:
            out[key] = [*entries, *added]
    return out


def _whole(words: str) -> re.Pattern[str]:
    """Where words stand whole in a phrase, no letter or apostrophe on either side."""
    return re.compile(r"(?<![\w'])" + re.escape(words) + r"(?![\w'])")


def _words(books: Iterable[dict[str, Any]], key: str) -> frozenset[str]:
    return frozenset(normalise(w) for book in books for w in book.get(key, ()))


def _split_stems(words: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Whole words, and the starts of words (the entries ending in "*", without it)."""
    return (
        frozenset(w for w in words if not w.endswith("*")),
        tuple(sorted(w[:-1] for w in words if w.endswith("*"))),
    )


# Lists of common words shared across languages' shapes ("mail", "email", "sms"), added
# after the languages were told apart by their lists: kept out of that telling, which
# they would only blur.
_UNTOLD_KEYS = frozenset(
    {
        # Common words ("best", "am", "on") beside a time of the week ruled out in a note.
        "avoid_time_leads",
        "point_preps",
        "reach_words",
        "reach_points",
        "reach_selves",
        "reach_ifs",
        "reach_notices",
        "reach_asks",
        "reach_stops",
        "reach_purposes",
        "reach_vias",
        "channel_relatives",
        "channel_guesses",
        "reach_shares",
        "reach_lacks",
        "reach_tills",
        "reach_ranges",
        "reach_pickups",
        "availability_fillers",
        "week_spans",
        "own_needs",
        "reach_leaves",
        "reach_capacities",
        "person_asks",
        "reach_visits",
        "asked_selves",
        # Hours said in words and the articles, units and words around them ("neun",
        # "las", "Uhr"): numerals of every language, added after the telling.
        "hour_words",
        "hour_articles",
        "hour_units",
        "hour_tails",
        "hour_backs",
        "person_ask_links",
        "channel_ones",
        # The other coming by ("in town", "de paso"): words of every language.
        "visit_words",
        # Leave given and coming by ("he can", "pode", "venir"): common words of many
        # languages, added after the telling.
        "invitation_leads",
        "invitation_visits",
        "invitation_comings",
        "invitation_fillers",
        # A time of day preferred and the words beside it ("daytime please", "de dia"):
        # common words, added after the telling.
        "reason_consequences",
        "time_preferences",
        "preference_fillers",
        # Apologies before a pause ("sorry" in English and German): added after the telling.
        "pause_apologies",
        # Marks dictated as words ("punto" in Spanish and Italian): they tell no language.
        "dictated_commas",
        "dictated_stops",
        # Framing words ("que", "dass", "that") common to too many languages to tell any.
        "own_confirmations",
        "confirmation_fillers",
        # Labels of an addendum ("Edit", "PS", "Update") written alike in many languages.
        "addendum_leads",
        # Interjections before a pause ("ah", "oh") written alike in many languages.
        "pause_interjections",
        # The writer's modest ways ("pensioner", "old", "slow"): common words that tell
        # no language.
        "modest_selves",
        # A time offered not fitting ("clashes", "não der"): added after the telling.
        "slot_clashes",
        # Who the other is, asked by an "if" ("legit", "serio"): added after the telling.
        "character_conditions",
        # Requests to refrain ("please don't"): refusals already listed, added after the
        # telling.
        "refrain_asks",
        # Questions after how the reader's things go ("como está" in Spanish and
        # Portuguese alike): common words, added after the telling.
        "life_asks",
        # "until then", "bis dahin": a request to refrain already listed waits on them,
        # added after the telling.
        "till_thens",
        # "as long as", "tant que": hedges already listed, added after the telling.
        "refusal_whiles",
        # Channels limited to ("par écrit", "per E-Mail") and the "only" words before or
        # after them: words shared across languages, added after the telling.
        "channel_onlys",
        "channel_ways",
        # The writer's contact handed over ("give her my address"): common words ("you",
        # "can", "lui") added after the telling.
        "handover_verbs",
        "handover_leads",
        "handover_recipients",
        "handover_things",
        # A refusal waiting on an approval it names ("without", "sans") and the promise to
        # report back ("I'll let you know"): added after the telling.
        "pending_withouts",
        "pending_reports",
        # The phone number kept back after a yes ("please don't give him my mobile"):
        # common words ("him", "lui", "le") added after the telling.
        "phone_things",
        "withhold_verbs",
        "withhold_negatives",
        "withhold_words",
        "withhold_tails",
        "habit_negators",
        "habit_verbs",
        # A near later time preferred after being busy ("next week", "better"): added
        # after the telling.
        "near_laters",
        "later_betters",
        "busy_suffixes",
        "busy_suffix_leads",
        # A near time and a contrast in a heads-up of being busy after a yes ("this week",
        # "though", "aber"): common words, added after the telling.
        "near_nows",
        "heads_up_contrasts",
        # Pronouns and links around the introduction misread ("to", "him"): common words,
        # added after the telling.
        "misread_links",
        "misread_objects",
        # The writer's own time in a dated clause ("back", "zurück"): added after the
        # telling.
        "news_date_stops",
        # The other able to come by and the talk after ("can", "on discute"): common
        # words, added after the telling.
        "visit_abilities",
        "visit_talks",
        # The writer asking to be copied in ("me", "mich"): common words, added after the
        # telling.
        "copy_writers",
        # A lack and the meeting refused for it ("no", "sin", "meeting"): common words,
        # added after the telling.
        "lack_leads",
        "lack_outcomes",
        # Family words ("mama", "familia") of many languages, added after the telling.
        "kin_words",
        # English praise Sheng borrows after the copula ("ni legend"): English words,
        # which would tell Swahili in an English reply.
        "copula_loans",
    }
)


def _book_words(book: dict[str, Any]) -> set[str]:
    """Every word of one language's lists (the _UNTOLD_KEYS left out)."""
    return {
        word
        for key, values in book.items()
        if not key.startswith("_") and key not in _UNTOLD_KEYS and isinstance(values, list)
        for value in values
        if isinstance(value, str)
        for word in re.findall(r"[^\W\d_]+", normalise(value))
    }


def _copulas(books: list[dict[str, Any]]) -> dict[str, frozenset[str]]:
    """Each copula spelt as another language's negator ("ni": French and Spanish "nor",
    the Swahili "is"), with the words after which it is the copula: those of its
    language's lists that no other language's lists hold, its copula_words, and the
    words it borrows there (copula_loans: "ni legend")."""
    out: dict[str, frozenset[str]] = {}
    for book in books:
        if not book.get("copulas"):
            continue
        others = set().union(*(_book_words(b) for b in books if b is not book))
        listed = {
            normalise(w) for key in ("copula_words", "copula_loans") for w in book.get(key, ())
        }
        words = frozenset((_book_words(book) - others) | listed)
        for copula in book["copulas"]:
            out[normalise(copula)] = out.get(normalise(copula), frozenset()) | words
    return out


def _hyphen_prefixed(doc: Doc, prefixes: frozenset[str]) -> frozenset[int]:
    """The tokens that are a verb prefix (hyphen_prefixes) joined by a hyphen, no space
    on either side, to the word after it: the Swahili "me" of "Ni-connect na Otieno",
    "ni-text on WhatsApp", never the French or Spanish "ni" ("nor"), which stands
    apart."""
    return frozenset(
        t.i
        for t in doc[:-2]
        if t.text in prefixes
        and not t.whitespace_
        and doc[t.i + 1].text == "-"
        and not doc[t.i + 1].whitespace_
        and doc[t.i + 2].is_alpha
    )


def _negated_words(books: list[dict[str, Any]], negators: frozenset[str]) -> frozenset[str]:
    """The words that follow a negator in any list's phrase ("não posso", "no puedo",
    "no thanks"): what a negator takes. A book's own contractions are no negators in
    its phrases: the "no" of Portuguese "estou no consultório" is "em" + "o", and takes
    nothing."""
    out: set[str] = set()
    for book in books:
        own = frozenset(normalise(w) for w in book.get("contractions", ()))
        for key, values in book.items():
            if key.startswith("_") or not isinstance(values, list):
                continue
            for value in values:
                if not isinstance(value, str):
                    continue
                tokens = re.findall(r"[^\W\d_]+", normalise(value))
                out.update(b for a, b in pairwise(tokens) if a in negators and a not in own)
    return frozenset(out)


@dataclass(frozen=True)
class Language:
    """One language of the phrase books, as the words of a reply tell it."""

    # Its own words: those of its lists that no other language's lists hold, false
    # friends left out. A reply written in the language holds several of them.
    words: frozenset[str]
    # Its words that spell a yes of another language (false_friends: Portuguese "já",
    # Spanish "haya"), plain words in a reply written in it.
    false_friends: frozenset[str]
    # Its words that spell a negator of another language (contractions: Portuguese "no",
    # "na", "em" and an article), plain words inside a clause of a reply written in it.
    contractions: frozenset[str]
    # Its one-word yeses (yes, alone_yes: Portuguese "bora") and its words that are "if"
    # or "better" before a word (hedge_before_word: Swahili "bora"): another language's
    # hedge that is its own yes says yes in a reply written in it.
    yes_words: frozenset[str] = frozenset()
    word_hedges: frozenset[str] = frozenset()


def _languages(books: list[dict[str, Any]]) -> tuple[Language, ...]:
    """Each language of the books, built once: a book of any language (``_any_language``:
    emoji, courtesies, greetings) is none, and its words are no language's own."""
    books = [book for book in books if not book.get("_any_language")]
    friends = [frozenset(normalise(w) for w in book.get("false_friends", ())) for book in books]
    every = frozenset().union(*friends)
    words = [_book_words(book) - every for book in books]
    return tuple(
        Language(
            words=frozenset(own - set().union(*(w for j, w in enumerate(words) if j != k))),
            false_friends=friends[k],
            contractions=frozenset(normalise(w) for w in book.get("contractions", ())),
            yes_words=frozenset(
                normalise(w)
                for key in ("yes", "alone_yes")
                for w in book.get(key, ())
                if " " not in w.strip()
            ),
            word_hedges=frozenset(normalise(w) for w in book.get("hedge_before_word", ())),
        )
        for k, (book, own) in enumerate(zip(books, words, strict=True))
    )


def _bare_phrases(books: Iterable[dict[str, Any]], keys: str | tuple[str, ...]) -> tuple[str, ...]:
    """Lists' phrases as bare words (normalised, punctuation as spaces), longest first."""
    found = {
        " ".join(_BARE_PUNCTUATION.sub(" ", normalise(phrase)).split())
        for key in ((keys,) if isinstance(keys, str) else keys)
        for book in books
        for phrase in book.get(key, ())
    }
    return tuple(sorted((p for p in found if p), key=lambda p: (-len(p), p)))


# A reply is written in a language when it holds at least this many of its own words
# (and twice as many as of any other language): see PhraseBook.written_in.
_PLAIN_LANGUAGE_WORDS = 3
# How long an addendum's label may run before its colon ("Nachtrag, 10 Minuten später:").
_ADDENDUM_LABEL_CHARS = 40
# A question about who the other is, after a pause, is read up to this many characters
# to its question mark ("is this the Ngozi from Perfect Day Events, Allen Avenue?").
_IDENTITY_QUESTION_CHARS = 160
# A Portuguese "no" is read as "em" and an article only inside a clause, after a word
# and before one that no negator takes, so two words of the language do there ("Sim,
# estou no carro."); a false friend is read plain wherever it stands, on the language
# alone ("Já tenho ..."), so it asks _PLAIN_LANGUAGE_WORDS.
_CONTRACTION_LANGUAGE_WORDS = 2

# Punctuation, as replies read bare ("back-to-back" is "back to back").
_BARE_PUNCTUATION = re.compile(r"[\s.,;:!?¡¿()\[\]\"'*_~-]+")


def _words_raw(books: Iterable[dict[str, Any]], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for book in books for w in book.get(key, ()))


class PhraseBook:
    """Every language's answer phrases in one matcher."""

    def __init__(self, books: list[dict[str, Any]]) -> None:
        from spacy.matcher import PhraseMatcher

        self._nlp = get_nlp()
        self._matcher = PhraseMatcher(self._nlp.vocab, attr="ORTH")
        for key, label in _LISTS.items():
            phrases = {normalise(p) for book in books for p in book.get(key, ())}
            if label in _SHORTHAND_LABELS:
                phrases |= {v for book in books for v in _shorthand_variants(book, key)}
            if label == "neutral":
                # "Hola, que tal?", "como andan por ahi???": a greeting asked without
                # its opening mark, as mail often is, is the same greeting.
                phrases |= {p[1:].lstrip() for p in phrases if p.startswith("¿")}
            self._matcher.add(label, [self._phrase_doc(p) for p in sorted(phrases)])
        self._conclusions = PhraseMatcher(self._nlp.vocab, attr="ORTH")
        markers = {
            normalise(p)
            for book in books
            for key in ("conclusions", "resolutions")
            for p in book.get(key, ())
        }
        self._conclusions.add("conclusion", [self._nlp.make_doc(p) for p in sorted(markers)])
        self.conclusion_leads = _words(books, "conclusion_leads")
        # "having thought it over", "après mûre réflexion": the writer's doubts resolved,
        # a summing-up that decides only when a yes follows it (see replies._concluded).
        self.resolutions = frozenset(self._token_phrases(books, "resolutions"))
        # "to answer your question", "I've gone on long enough": a turn back to the
        # question, which a long mail may also make before a late answer.
        self.question_returns = frozenset(
            " ".join(t.text for t in self._nlp.make_doc(normalise(p)))
            for book in books
            for p in book.get("question_returns", ())
        )
        # "lo de Marta:", "as for Marta:": a lead that, with the name of the one asked
        # about and a pause, turns to the question as a summing-up does; under their firsts.
        self.matter_leads = self._firsts(books, "matter_leads")
        self.eager_requests = _words(books, "eager_requests")
        # "please do", "go ahead and connect us", "introduce us": a go-ahead now, beside
        # which the writer's own time ("I may be slow to respond", "I've got room from
        # December", own_timings or a dated deferral) is a note, not a condition.
        self.go_aheads = self.eager_requests | _words(books, "go_aheads")
        # "to avoid any misunderstanding later": a later time in such a clause puts
        # nothing off (see reply_deferrals.avoided_laters).
        self.avoid_words = _words(books, "avoid_words")
        # "I certainly haven't.": a past auxiliary negated, closing the clause right after
        # a one-word yes, is a remark on small talk (see replies._elliptic_remarks).
        self.elliptic_negations = _words(books, "elliptic_negations")
        self.own_verb_timings = _words(books, "own_verb_timings")
        self.own_timings = _words(books, "own_timings") | self.own_verb_timings
        # "können Sie" with a word put before it and one of the permission_verbs in its
        # clause, no question mark closing it: permission, a go-ahead ("den Kontakt können
        # Sie gleich herstellen").
        self.permission_leads = _words(books, "permission_leads")
        self.permission_verbs = _words(books, "permission_verbs")
        self.permission_words = _words(books, "permission_words")
        self.eager_more = _words(books, "eager_more")
        self.before_words = _words(books, "before_words")
        self.negators = _words(books, "negators")
        # "I wouldn't say", "je ne pense pas", "nicht, dass": a saying or thinking verb
        # negated, which negates a yes in the clause it governs; under their last tokens,
        # looked for back from a yes only when a text holds one of these.
        reports: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(
            self._token_phrases(books, "negated_reports"), key=lambda w: (-len(w), w)
        ):
            reports.setdefault(words[-1], []).append(words)
        self.negated_reports = {last: tuple(found) for last, found in reports.items()}
        # "that", "que", "dass": what may follow a pause inside such a clause; "how",
        # "combien", "wie": what ends it ("I can't say how glad I'd be").
        self.report_links = _words(books, "report_links")
        self.report_stops = _words(books, "report_stops")
        # "nichts", "nothing", "rien": a word of nothing that heads the relative clause
        # after it ("Nichts, was mich interessiert"), under their last words; the
        # relative_links that open that clause ("was", "qui", "que j'": a word ending in an
        # apostrophe opens a token, "qu'on"); comparisons ("mehr", "lieber", "more") that
        # make it praise ("Nichts, was ich lieber täte").
        heads: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(_words(books, "nothing_heads"), key=lambda w: (-len(w), w)):
            heads.setdefault(phrase.split()[-1], []).append(tuple(phrase.split()))
        self.nothing_heads = {last: tuple(found) for last, found in heads.items()}
        self.relative_links = tuple(
            tuple(phrase.split()) for phrase in sorted(_words(books, "relative_links"))
        )
        self.comparisons = _words(books, "comparisons")
        self.copulas = _copulas(books)
        # "Ni-connect na Otieno": a Swahili verb prefix joined to a borrowed verb.
        self.hyphen_prefixes = _words(books, "hyphen_prefixes")
        # Each language's own words, false friends and contractions: the language a reply
        # is written in (written_in) reads its false friends ("Já tenho demasiados
        # projetos": "ja" a yes elsewhere) and contractions as the plain words they are.
        self.languages = _languages(books)
        self.false_friends = frozenset().union(*(lang.false_friends for lang in self.languages))
        # "já" written with its accent is never German "ja".
        self.accented_friends = {
            normalise(w): w
            for w in _words_raw(books, "false_friends")
            if normalise(w) != w and normalise(w) in self.false_friends
        }
        self.alternatives = _words(books, "alternatives")
        self.concessives = _words(books, "concessives")
        self.indifferences = _words(books, "indifferences")
        # "*nein natürlich": a correction said to be obvious (see reply_refusals).
        self.correction_obvious = _words(books, "correction_obvious")
        self.reaffirmations = _words(books, "reaffirmations")
        self.guessed_yes = _words(books, "guessed_yes")
        # "until I'd": an approval right after one was sought already (see
        # replies._consulted).
        self.approvals = _words(books, "approvals")
        self.awaited_answers = _words(books, "awaited_answers")
        self.consulted_leads = self._token_phrases(books, "consulted_leads")
        # "In principle yes - and having checked, I see no objection": a reservation
        # lifted in its sentence, and the checks said done on the way (see
        # reply_principles).
        self.principle_hedges = _words(books, "principle_hedges")
        self.objection_clearings = _words(books, "objection_clearings")
        self.principle_checks = _words(books, "principle_checks")
        self.principle_links = _words(books, "principle_links")
        # "I am content to be introduced, on the following understanding: / 1. ...":
        # terms listed below a yes (see reply_listed_terms).
        self.term_leads = _words(books, "term_leads")
        self.term_hedges = _words(books, "term_hedges")
        self.term_intro_words = tuple(sorted(_words(books, "term_intro_words")))
        self.mock_tags = _words(books, "mock_tags")
        # "but", "mais", "aber": contrasts that need a clause after them; one closing its
        # sentence leaves a thought unfinished ("yes but", "Oui mais...").
        self.open_contrasts = _words(books, "open_contrasts")
        # "Unrelated, but ...", "Ganz anderes Thema: ...": a marker opening a sentence,
        # a pause after it; what follows in its paragraph is another matter.
        shifts = sorted(_words(books, "topic_shifts"), key=lambda w: (-len(w), w))
        self.topic_shifts = (
            re.compile(
                r"(?:^|(?<=[\n.!?;:]))[ \t]*(?P<marker>"
                + _escaped(shifts)
                + r")[ \t]*[,:;.!\-\u2013\u2014]"
            )
            if shifts
            else None
        )
        self.intro_stems = tuple(sorted(_words(books, "intro_stems")))
        # "a no to the introduction", "pour la présentation ... non": what an answer
        # names as answered (see reply_addressed), longest first.
        self.intro_scopes = tuple(sorted(_words(books, "intro_scopes"), key=lambda w: (-len(w), w)))
        # "doch nicht", "not after all": a refusal that takes an earlier yes back.
        self.take_backs = tuple(sorted(_words(books, "take_backs"), key=lambda w: (-len(w), w)))
        # Small talk beside a clear yes ("We finally got the roof fixed ... we've been
        # twice already"): words that make a sentence bear on the answer all the same
        # (bearing_words: the question, knowing or meeting someone, the one asked
        # about), and notes on the writer's own replying ("my replies", "entre líneas").
        self.bearing_words = self._token_phrases(books, "bearing_words")
        # "she", "il", "er": bearing_words that refer back; in a later sentence of a
        # paragraph about another matter, to what that paragraph talks of.
        self.bearing_pronouns = _words(books, "bearing_pronouns")
        # "mentioned", "told me", "me comentó", "erzählte", "aliniambia": what someone
        # said, before the answer, whose "might" is theirs (see reply_reported).
        self.report_verbs = self._token_phrases(books, "report_verbs")
        # "I", "je", "ich": the writer as the subject of what follows a hedge ("Dave
        # said maybe I'd like it"), which makes the doubt the writer's.
        self.own_nominatives = _words(books, "own_nominatives")
        # "the", "eurem", "lako": a thing of its own named in a question after a
        # refusal ("How is the garden?"), which "Is it paid?" does not name.
        self.thing_determiners = _words(books, "thing_determiners")
        # "the other thing I wanted to ask you", "jambo jingine": a turn to another
        # matter inside a sentence, the topic_shifts among them.
        self.matter_turns = self._word_phrases(books, "matter_turns") + self._word_phrases(
            books, "topic_shifts"
        )
        # "I also wanted to ask you", "pia nilitaka kukuuliza": a turn that asks, an
        # indirect question after it ("... kama bado mnaandaa semina").
        self.matter_asks = self._word_phrases(books, "matter_asks")
        # "how's", "comment va", "wie geht's": a question after how the reader's own
        # things go ("How's the new puppy?"), small talk when a thing is named after it.
        self.life_asks = self._word_phrases(books, "life_asks")
        # "the walking group", "la conférence", "semina": what such a turn asks about,
        # besides the meals and gatherings.
        self.group_events = _words(books, "group_events")
        # "sort of", "genre de", "aina ya": a kind of thing named, which a clause after
        # it may describe with a yes ("the sort of thing I'd like to see more of").
        self.type_leads = self._word_phrases(books, "type_leads")
        # "is this one of those robot things?": the mail itself asked about.
        self.robot_words = _words(books, "robot_words")
        # "I've illustrated two gardening titles already": "already" in the writer's past
        # work told with a count (tallies), not of something the writer has (held_verbs:
        # "I've already got two accountants").
        self.already_words = _words(books, "already_words")
        self.attended_events = _words(books, "attended_events")
        # "at the party", "au dîner", "zum Abendessen", "kwa kikao": meals and gatherings
        # that are events only after a word of going there; all their nouns, looked for
        # first.
        self.gatherings = tuple(
            Gatherings(
                _words((b,), "gatherings"),
                _words((b,), "determined_gatherings"),
                _words((b,), "gathering_leads"),
                _words((b,), "gathering_determiners"),
                _words((b,), "gathering_links"),
            )
            for b in books
            if b.get("gatherings") or b.get("determined_gatherings")
        )
        self.gathering_words = frozenset(w for g in self.gatherings for w in g.nouns)
        self.event_words = self.attended_events | self.gathering_words
        # "Yes!! Thursday works for me. 7:30 at Casa Lucia.": the words of a time and a
        # place agreed for an appointment (see ``_arranged_appointments``).
        self.venue_leads = _words(books, "venue_leads")
        self.clock_words = _words(books, "clock_words")
        self.slot_words = _words(books, "slot_words")
        self.tallies = _words(books, "tallies")
        self.held_verbs = _words(books, "held_verbs")
        # "We already host a good number of groups", "we no longer run the boat trips
        # ourselves": news of the writer's own business (agent.understanding.
        # reply_business), its plural subject, its "no longer" and what the writer has,
        # needs or does with others (held_presents), which may make the introduction
        # needless and so stays a doubt.
        self.news_subjects = _words(books, "news_subjects")
        self.news_plural_endings = tuple(sorted(_words(books, "news_plural_endings")))
        self.no_longer_words = _words(books, "no_longer_words")
        self.no_longer_tails = _words(books, "no_longer_tails")
        self.held_presents = _words(books, "held_presents")
        self.reply_notes = self._token_phrases(books, "reply_notes")
        # "Out of curiosity, how did Priyanka come across my stuff?": idle curiosity
        # about how the introduction came about, after a yes; the leads' first words,
        # looked for first.
        self.curiosity_leads = self._token_phrases(books, "curiosity_leads")
        self.origin_questions = self._token_phrases(books, "origin_questions")
        self.curiosity_firsts = frozenset(words[0] for words in self.curiosity_leads)
        self.reply_form_asks = self._token_phrases(books, "reply_form_asks")
        # "But I can't. Maybe ask Luc on 7 South?": someone else suggested after a refusal.
        # Their words only ("peut-être" is read "peut", "-", "etre"), as a sentence's
        # words are compared.
        self.referral_asks = tuple(
            tuple(t for t in ask if any(ch.isalnum() for ch in t))
            for ask in self._token_phrases(books, "referral_asks")
        )
        # "... oder soll ich ihm schreiben? Ist mir beides recht.": a choice asked after a
        # yes (choice_words: "or", "oder") and answered at once with either.
        self.choice_words = _words(books, "choice_words")
        self.either_answers = self._word_phrases(books, "either_answers")
        # "Will James get my mobile number or only my email?": the words of a channel or
        # of making contact, one on each side of a choice asked after a yes.
        self.contact_choice_words = _words(books, "contact_choice_words")
        # "Does she need a tasting box as well? We do those for €25.": the other needing
        # or wanting (trade_needs: "need", "il lui faut", "anataka") asked beside a price
        # (price_marks: "€", "$", "Tsh" by a number).
        self.trade_needs = self._word_phrases(books, "trade_needs")
        self.price_marks = _words(books, "price_marks")
        # "Tsh 850,000 bila godoro": an item left out of a price (price_withouts).
        self.price_withouts = _words(books, "price_withouts")
        self.copy_notes = tuple(sorted(_words(books, "copy_notes")))
        # "Could you copy my EA when you make the intro?": an assistant (delegates) copied
        # in on the introduction, "{}" standing for the assistant in each of the copy_asks,
        # and what may close the request (copy_tails: "on the intro", "quand vous ferez la
        # présentation").
        self.copy_asks = tuple(
            self._ask_parts(ask) for ask in sorted(_words(books, "copy_asks")) if "{}" in ask
        )
        self.copy_tails = frozenset(self._word_phrases(books, "copy_tails"))
        # "Could you please copy me when the introduction goes out?": the writer, an
        # assistant writing for the one asked, standing for "{}" in the copy_asks.
        self.copy_writers = _words(books, "copy_writers")
        # "No deck, no meeting": a lack leading a clause and the meeting refused for it
        # (agent.understanding.reply_lacks).
        self.lack_leads = _words(books, "lack_leads")
        self.lack_outcomes = _words(books, "lack_outcomes")
        # "Easiest is if Marcus grabs a slot straight in my calendar: https://calendly...":
        # how the meeting agreed to is booked, a lead of convenience closed by an "if"
        # (booking_leads), a word of booking and the link of a booking page.
        self.booking_links = tuple(sorted(_words(books, "booking_links")))
        # Each lead with the words of its own language that add a condition or the
        # writer's own doing after the "if" ("and", "I"): "na" joins in Swahili, not in
        # Portuguese ("na minha agenda").
        self.booking_leads = tuple(
            (words, _words([book], "condition_joiners") | _words([book], "own_subjects"))
            for book in books
            for words in self._word_phrases([book], "booking_leads")
        )
        self.booking_words = _words(books, "booking_words")
        # "Que agende directo acá: <link>", "Anaweza kuchagua muda hapa: <link>": the
        # other as the one who books, said inside the verb; "whatever slot suits him":
        # the choice left to the other, no doubt (see reply_bookings).
        self.booking_hands = self._word_phrases(books, "booking_hands")
        self.booking_fillers = _words(books, "booking_fillers")
        # "If nothing works, reply-all and we'll find something": what to do when the
        # booking page handed over has no slot that suits (see reply_bookings).
        self.booking_fallbacks = _words(books, "booking_fallbacks")
        # "If she ever pivots, happy to take a look then": the later point a yes after a
        # refusal waits for (see reply_refusals._later_contact_allowed).
        self.later_thens = self._word_phrases(books, "later_thens")
        # "Kate, please get this on my calendar": the meeting handed to someone copied in.
        asks = sorted(_words(books, "calendar_asks"), key=lambda w: (-len(w), w))
        self.calendar_asks = (
            re.compile(r"(?<!\w)(?:" + _escaped(asks) + r")(?!\w)") if asks else None
        )
        # "Janet - please find David 30 minutes", "Claire, pouvez-vous proposer deux ou
        # trois créneaux ?": the meeting handed to someone copied in, words in order with
        # a few others between ("find ... minutes", "proposer ... créneaux").
        self.schedule_asks = self._token_phrases(books, "schedule_asks")
        self.busy_complaints = _words(books, "busy_complaints")
        # "No puedo ahora", "can't right now": the writer unable at this moment, which
        # waits on a promise to look later as being busy does (see reply_refusals).
        self.now_refusals = _words(books, "now_refusals")
        # "I'm swamped this week though, next week is better": a near later time
        # (near_laters) said to suit better (later_betters) after a complaint of being
        # busy, the meeting's timing, not a refusal (see reply_busy_laters).
        self.near_laters = self._word_phrases(books, "near_laters")
        self.later_betters = self._word_phrases(books, "later_betters")
        # "im Lesestress", "im Erntestress": a busy state said as a compound, its last
        # part (busy_suffixes) after a lead word (busy_suffix_leads).
        self.busy_suffixes = _words(books, "busy_suffixes")
        self.busy_suffix_leads = _words(books, "busy_suffix_leads")
        # "Sure, go ahead. I'm swamped this week though.": a near time (near_nows) and a
        # contrast (heads_up_contrasts) in a sentence of being busy after a yes, a
        # heads-up, not a refusal (see reply_busy_heads_ups).
        self.near_nows = self._word_phrases(books, "near_nows")
        # "Yes, for now", "Ja, vorerst": a limit in time closing a yes (see
        # reply_time_limits); the first words let a reading without them pass by.
        self.yes_time_limits = self._word_phrases(books, "yes_time_limits")
        self.yes_time_limit_firsts = frozenset(w[0] for w in self.yes_time_limits)
        self.heads_up_contrasts = _words(books, "heads_up_contrasts")
        # "Also Hannah, we still on for Thursday's dinner?": a sentence addressed by name
        # to someone else on other business; the words that may lead the name ("also",
        # "au fait"), the business named (other_business: "dinner", "le devis") and words
        # of receipt, hedges alone, that may ask of it ("tu as bien reçu le devis ?").
        self.address_leads = _words(books, "address_leads")
        self.other_business = self._token_phrases(books, "other_business")
        self.receipts = _words(books, "receipts")
        # "daquele marceneiro que você comentou": someone known by their trade (trades),
        # pointed to as spoken of before (mention_pointers), is other business too when
        # the question's reason names no such trade.
        self.trades = _words(books, "trades")
        self.mention_pointers = self._token_phrases(books, "mention_pointers")
        # "Y - sorry, back to back calls today.": the writer busy at the moment beside a
        # one-word yes, as bare words, longest first; their first words, looked for first.
        self.busy_notes = _bare_phrases(books, "busy_notes")
        self.brevity_words = _bare_phrases(books, ("brevity_words", "apologies"))
        self.busy_firsts = frozenset(p.split()[0] for p in self.busy_notes)
        # "on leave", "en congé", "Elternzeit" with "sorry", "désolée", "tut mir leid": the
        # writer's own absence after a yes and a contrast, with an apology, refuses; the
        # absences' first words are looked for first.
        self.own_absences = self._token_phrases(books, "own_absences")
        # "to this address", "à cette adresse", "kwa anwani hii": the mailbox the reply
        # comes from, named as where to write; their last words, looked for first.
        self.mailbox_refs = self._token_phrases(books, "mailbox_refs")
        self.mailbox_lasts = frozenset(words[-1] for words in self.mailbox_refs)
        self.absence_firsts = frozenset(words[0] for words in self.own_absences)
        self.apologies = self._token_phrases(books, "apologies")
        # "I'm on site till 6 but will reply tonight": the writer's whereabouts and own
        # replying, under their first words, read as inabilities are; what may stand
        # after the replying (reply_fillers: "tonight", "jioni", "vorher").
        self.own_whereabouts = self._firsts(books, "own_whereabouts")
        # "I'm in Arusha this week", "Ich bin diese Woche in Köln": the writer somewhere
        # named (place_leads, a written name right after), whereabouts too.
        self.place_leads = self._firsts(books, "place_leads")
        # "dale recuerdos a", "grüß", "passe le bonjour", "msalimie": regards passed on to
        # someone, under their first words (see reply_others._regards).
        self.regards = self._firsts(books, "regards")
        # "miradi kama hiyo": Swahili "kama" ("if") also says "like"; a likeness
        # ("kama hiyo") after a word of its clause, closing it or before one of the
        # likeness_followers ("huko"), compares and sets no condition.
        self.likenesses = self._firsts(books, "likenesses")
        # "nipigie kama saa mbili usiku": Swahili "kama" ("if") before an hour says
        # "about"; the hour and only times or approximation_tails ("hivi") after it close
        # the clause (see reply_conditions._approximate_hours).
        self.approximations = self._firsts(books, "approximations")
        self.approximation_tails = _words(books, "approximation_tails")
        # "if I'm slow to get back to him that's why": an "if" about the writer's own slow
        # reply, a neutral phrase, whose sentence goes on with only these words after it.
        self.slow_reply_ifs = _words(books, "slow_reply_ifs")
        self.slow_reply_tails = _words(books, "slow_reply_tails")
        # "until I've got sign-off", "hasta que", "bis ich": a refusal waiting on something
        # to happen (see reply_conditions._pending); the pending_preps ("until", "bis") only with
        # a subject after them, for they also put off to a date.
        self.pending_leads = self._token_phrases(books, "pending_leads")
        self.pending_preps = self._token_phrases(books, "pending_preps")
        # "I cannot agree without the board's approval; I'll let you know": the
        # pending_withouts ("without", "sans", "bila") wait only with one of the
        # pending_reports after them, the writer promising to tell the outcome.
        self.pending_withouts = self._token_phrases(books, "pending_withouts")
        self.pending_reports = self._token_phrases(books, "pending_reports")
        # "in the meantime", "de momento"; "get back to you with his answer", "os digo
        # algo": see reply_held_answers._held_for_answer.
        self.hold_words = self._token_phrases(books, "hold_words")
        self.answer_relays = self._token_phrases(books, "answer_relays")
        # "cold", "baridi": see reply_weather_talk._weather_turns.
        self.weather_words = self._token_phrases(books, "weather_words")
        self.likeness_followers = _words(books, "likeness_followers")
        # "kinaweza kutumika kama maabara": "kama" after a verb of being used, serving or
        # known (role_uses, ends of such verbs) says "as", no condition.
        self.role_uses = tuple(sorted(_words(books, "role_uses")))
        # Words that go on as a verb after that "kama" ("kutumika kama unataka"): a
        # condition still ("if you want").
        self.role_use_verbs, self.role_use_verb_stems = _split_stems(
            _words(books, "role_use_verbs")
        )
        self.place_links = _words(books, "place_links")
        # "Niko Arusha na wageni", "I'm in Leeds with clients": who the writer is with there.
        self.companions = _words(books, "companions")
        # German writes every noun with a capital: "Ich bin in Sorge" names no place.
        self.place_states = _words(books, "place_states")
        self.whereabouts_firsts = frozenset(self.own_whereabouts) | frozenset(self.place_leads)
        self.own_replies = self._firsts(books, "own_replies")
        # "le contesto cuando lo haya pensado": the writer's replying timed by an event.
        self.reply_whens, self.reply_when_stems = _split_stems(_words(books, "reply_whens"))
        # "I won't be answering much during the day", "je ne pourrai pas répondre avant
        # lundi": the writer out of reach of mail for a time, under their first words.
        self.reply_gaps = self._firsts(books, "reply_gaps")
        # "Oui, bien sûr, et pendant qu'on y est ...": mockery after a yes in its sentence.
        self.mock_leads = self._firsts(books, "mock_leads")
        # "Trop d'honneur.", "Proposta irrecusável 🙃": a verdict that mocks the paragraph
        # it closes, under its first words.
        self.mock_verdicts = self._firsts(books, "mock_verdicts")
        # "a colleague who's on long-term sick": a question's words as a relative pronoun,
        # unless a word of asking stands before it ("let me know who's involved").
        self.relative_questions = _words(books, "relative_questions")
        # "I'm not sure why Karen thought of me": wondering why the writer was chosen.
        self.chosen_doubts = self._firsts(books, "chosen_doubts")
        self.relative_askers = _words(books, "relative_askers")
        # "I won't be answering her mails": the other named after the gap.
        self.reply_gap_others = _words(books, "reply_gap_others")
        # "ao", "pro", "o": what stands for the preposition before the other's name when
        # the name takes the pronoun's place ("responder ao Diego", "responder o Diego").
        self.reply_name_links = _words(books, "reply_name_links")
        # "... mais je peux faire un appel vendredi matin": a call offered in place of the
        # replying, read as it is.
        self.own_offers = self._firsts(books, "own_offers")
        # "... mais disponible ensuite", "lakini simu inafanya kazi": the writer to be
        # reached, or free, after the whereabouts, read as the replying is; "elle peut
        # m'appeler directement": the other invited to call after it.
        self.own_reaches = self._firsts(books, "own_reaches")
        self.call_invites = self._firsts(books, "call_invites")
        # "I'll reply to him when I'm back", "je lui répondrai à mon retour", "nitamjibu
        # nikirudi": the writer replying to the other, under their first words; the
        # hedges of likelihood that may time it ("I might take a couple of days",
        # "eventuell") and the words of a delay one needs beside it ("days", "Tage").
        self.other_replies = self._firsts(books, "other_replies")
        self.reply_modals = _words(books, "reply_modals")
        self.reply_delays = _words(books, "reply_delays")
        # "definitely", "sans faute": certainty of the reply after a turn from its delay.
        self.reply_certainties = _words(books, "reply_certainties")
        # "a call, not coffee": the formats a meeting may take, between which a negator
        # only chooses.
        self.meeting_formats = self._token_phrases(books, "meeting_formats")
        self.reply_fillers = _words(books, "reply_fillers")
        # "later", "más adelante": a refusal that only puts off, which puts a yes off to
        # a date when one follows it ("Sí, pero más adelante, quizá en enero").
        self.put_offs = _words(books, "put_offs")
        # "please don't": a request to refrain, which only waits when a word of "until"
        # and a date follow it ("please don't send anything until December").
        self.refrain_asks = _words(books, "refrain_asks")
        # "as long as", "tant que", "solange": how long a refusal holds when one follows
        # it, no doubt of the refusal taken back to ("c'est non ... tant que le dossier
        # est ouvert").
        self.refusal_whiles = _words(books, "refusal_whiles")
        self.meeting_limits = _words(books, "meeting_limits")
        # "maybe", "peut-être", "labda": the doubt that makes a later time a tentative
        # put-off, whose question mark asks nothing back ("Maybe next year?").
        self.put_off_doubts = self._token_phrases(books, "put_off_doubts")
        # "Ich war ... als Schweißer und später als Meister": a put-off between two roles
        # (role_links: "als", "as") in a story told in the past (story_pasts: "war").
        self.role_links = _words(books, "role_links")
        self.story_pasts = _words(books, "story_pasts")
        # "était", "tulipaka", "couldn't": the words of a story told in the past besides
        # simple pasts and story_pasts, and the participles a perfect's auxiliary may
        # take in one ("est tombée"): the news a long reply tells before its answer.
        self._news_pasts = _shapes(_words(books, "news_pasts"))
        self._news_participles = _shapes(_words(books, "news_participles"))
        # "él" whose unaccented form is the article "el": where it bears on someone.
        self.accent_bearers = {normalise(w): w for w in _words_raw(books, "accent_bearers")}
        # "kabisa", "absolutely": a yes word that, after a refusal in its clause, says
        # "at all" ("sina nafasi kabisa").
        self.refusal_intensifiers = _words(books, "refusal_intensifiers")
        # "nimejaa", "booked": being busy or full, which such a word may intensify
        # ("Desemba nimejaa kabisa", "totally booked").
        self.busy_states = _words(books, "busy_states")
        # "ont", "a": a busy complaint that is a participle after one of these tells what
        # overran ("les négociations ont, comme souvent, débordé"), not the writer's state
        # (see reply_refusals.overran).
        self.event_auxiliaries = _words(books, "event_auxiliaries")
        # "aktuell leider gar", "vraiment": words that may stand between a yes and the
        # negation after it ("das passt aktuell leider gar nicht"), under their first.
        gaps: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(
            self._token_phrases(books, "negation_gaps"), key=lambda w: (-len(w), w)
        ):
            gaps.setdefault(words[0], []).append(words)
        self.negation_gaps = {first: tuple(found) for first, found in gaps.items()}
        # The one-word refusals that are also negators ("no", "não", "hapana"): after a
        # yes they answer on their own, and negate nothing.
        self.refusal_words_alone = frozenset(
            w for w in _words(books, "no") if " " not in w
        ) | _words(books, "alone_no")
        # "n0 thx", "n3in danke": the letters a digit typed for one stands for, and the
        # refusal words such a digit may spell (see reply_digits): the one-word refusals
        # and the negators of a word, long enough that a code ("N1", "L4") spells none.
        letters: dict[str, list[str]] = {}
        for pair in sorted(_words_raw(books, "digit_letters")):
            digit, letter = pair.split()
            letters.setdefault(digit, []).append(letter)
        self.digit_letters = {digit: tuple(found) for digit, found in letters.items()}
        self.digit_refusals = self.refusal_words_alone | frozenset(
            n for n in self.negators if " " not in n and len(n) >= _MIN_DIGIT_NEGATOR
        )
        # "não sou, contudo, a pessoa indicada": a connective set between commas right
        # after a one-word refusal that is a negator and the verb it negates.
        self.parenthetic_negations = _parenthetic_negations(
            self.refusal_words_alone & self.negators, _words(books, "contrasts")
        )
        self._typo_targets = _typo_index(books)
        # "SIMMMM", "noooo": the one-word answers a writer may draw out (see ``undrawn``).
        # The yeses are listed, not every one-word yes: a drawn-out "suuure" or "okaaay"
        # may mock or hesitate.
        self._drawn_yes = frozenset(w for w in _words(books, "stretched_words") if w.isalpha())
        self._drawn_no = frozenset(w for w in _words(books, "no") if w.isalpha())
        # "too to": "too" typed for "to", read so only where it completes a phrase.
        slips: dict[str, list[str]] = {}
        for pair in sorted(_words(books, "phrase_slips")):
            slip, correction = pair.split()
            slips.setdefault(slip, []).append(correction)
        self._slips = {slip: tuple(corrections) for slip, corrections in slips.items()}
        self.real_words = _words(books, "real_words")
        # "ok, nit interested": a key-slip of a negator before a yes leaves it unclear.
        self.negator_slips = _negator_slips(books, _words(books, "negators"))
        self.negator_prefixes = tuple(_words(books, "negator_prefixes"))
        self.negator_suffixes = tuple(_words(books, "negator_suffixes"))
        self.alone_yes = _words(books, "alone_yes")
        # Praise that may mock after a question in jest ("Are you kidding me? Great, ...").
        self.mock_praise = _words(books, "mock_praise")
        self.alone_no = _words(books, "alone_no")
        # "with no phone until Sunday": a bare "no" inside a clause, before a word that
        # no refusing "no" takes, is a determiner (see reply_refusals._determiner_inside).
        self.no_determiners = _words(books, "no_determiners")
        self.answer_no_followers = _words(books, "answer_no_followers")
        self.yes_before_punct = _words(books, "yes_before_punct")
        # "Please do tell Anna I said hi": a do-support yes run into another verb.
        self.do_supports = _words(books, "do_supports")
        self.do_support_followers = _words(books, "do_support_followers")
        # "wikendi ndiyo muda pekee": a yes that is also a copula, between two words.
        self.copula_yes = _words(books, "copula_yes")
        # "dat blifft ok so": "ok" inside a clause, between a verb and more words, is
        # Low German or Dutch "also", no yes; after one of the ok_leads (a copula, a
        # degree word, an interjection: "that's ok", "es ist ok so", "oh ok then") it
        # still answers.
        self.mid_clause_yes = _words(books, "mid_clause_yes")
        self.ok_leads = _words(books, "ok_leads")
        # "Ich vergesse gern mal Termine": a yes word that also tells a habit (habit_yes)
        # before one of the habit_marks, after another word of its clause, is no answer
        # unless its clause speaks of the introduction (see _habit_yeses).
        self.habit_yes = _words(books, "habit_yes")
        self.habit_marks = _words(books, "habit_marks")
        self.habit_escapes = tuple(sorted(_words(books, "habit_escapes")))
        self.hedge_before_word = _words(books, "hedge_before_word")
        self.closing_guesses = _words(books, "closing_guesses")
        # "mradi ana nia njema", "mradi tu": Swahili "provided", a hedge only before a verb
        # with its subject prefix (condition_verbs) or "tu"; before any other word it is
        # the noun "project" ("mradi wetu", "mradi wa maji").
        self.verb_conditions = _words(books, "verb_conditions")
        self.verb_condition_followers = _words(books, "verb_condition_followers")
        self._condition_verbs = _shapes(_words(books, "condition_verbs"))
        self.yes_clauses_after_hedge = _words(books, "yes_clauses_after_hedge")
        self.disclaimers = tuple(_words(books, "disclaimers"))
        self.disclaimer_exceptions = _words(books, "disclaimer_exceptions")
        self.greetings = tuple(_words(books, "greetings"))
        # "Fwd:", "TR:", "WG:", "RV:", "ENC:": a subject that forwards the agent's mail
        # (see reply_greeted.passed_on).
        self.forward_prefixes = _words(books, "forward_prefixes")
        self.joiners = frozenset(_words(books, "joiners"))
        self.confirmations = _words(books, "confirmations")
        # "Let me have a think", "déjame pensarlo": the writer taking time to decide, and
        # "on her behalf", "à sa place": the writer unable to answer for someone else.
        self.think_overs = _words(books, "think_overs")
        self.behalf_limits = _words(books, "behalf_limits")
        # "I can't introduce you to him": the question read as a request that the writer
        # make an introduction.
        self.misread_acts = _words(books, "misread_acts")
        # "introduce you to him": the link an act may end on (misread_links), and the
        # other as its object after it (misread_objects; see reply_misread_yes).
        self.misread_links = _words(books, "misread_links")
        # "wir schreiben die Linie im Juni aus" is news; "we are back in June" is the
        # writer's own time (see reply_business._business_dates).
        self.news_date_stops = _words(books, "news_date_stops")
        # "Si Mme Diallo peut passer ... on discute": the other able to come by
        # (visit_abilities) and the talk that follows (visit_talks; see
        # reply_offers._visit_talk).
        self.visit_abilities = self._word_phrases(books, "visit_abilities")
        self.visit_talks = self._word_phrases(books, "visit_talks")
        self.misread_objects = _words(books, "misread_objects")
        # "early December is likely": a guess at when, in a clause naming a date.
        self.time_guesses = _words(books, "time_guesses")
        # "yes the load made it to Laredo", "ja, die Lieferung ist angekommen": a report of
        # something done or delivered, after a bare confirmation, answers that matter.
        self.done_reports = self._in_order(books, "done_reports")
        self.done_things = _words(books, "done_things")
        # "No te olvides de decirle ...", "ich habe ihn nicht vergessen": a negated
        # forgetting says the writer remembers, no refusal.
        self.forget_words, self.forget_stems = _split_stems(_words(books, "forget_words"))
        # The question mail's own lines and the words that open a question inside the
        # requester's reason ("whether", "si", "ob"): see reply_reasons.
        self.opt_in_questions = tuple(sorted(_words(books, "opt_in_questions")))
        self.reason_labels = tuple(sorted(_words(books, "reason_labels")))
        self.reason_questions = _words(books, "reason_questions")
        # "Please disregard the yes I sent this morning": a correction of an earlier
        # answer (see replies._retracted).
        self.retraction_leads = tuple(sorted(_words(books, "retraction_leads")))
        self.retracted_things = _words(books, "retracted_things")
        self.retraction_pattern = re.compile(
            r"(?<!\w)(?:"
            + _escaped(sorted(self.retraction_leads, key=len, reverse=True))
            + r")(?!\w)"
        )
        # "Yes!! See you Thursday. Sorry - that was meant for my sister, wrong window": a
        # note that what came before went astray (misdirections, anywhere in a clause;
        # misdirected_pointers, "ignore that", only closing theirs): see
        # replies._misdirected.
        notes = sorted(_words(books, "misdirections"), key=len, reverse=True)
        pointers = sorted(_words(books, "misdirected_pointers"), key=len, reverse=True)
        alternatives = [
            *([r"(?:" + _escaped(notes) + r")(?!\w)"] if notes else []),
            *(
                [r"(?P<pointer>" + _escaped(pointers) + r")(?=\s*(?:[^\w\s']|\Z))"]
                if pointers
                else []
            ),
        ]
        self.misdirection_pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")") if alternatives else None
        )
        corrections = sorted(_words(books, "self_corrections"), key=len, reverse=True)
        answers = sorted(_words(books, "corrected_answers"), key=len, reverse=True)
        # "Yes! Sounds great. ...actually, hang on.": the writer stopping short in a
        # sentence of its own, a correction marker before it at most (see
        # replies._second_thought).
        pauses = sorted(_words(books, "second_thought_pauses"), key=len, reverse=True)
        self.second_thought_pauses = frozenset(pauses)
        # "Nachtrag, 10 Minuten später: Moment - ...", "Edit: hang on, ...": a label
        # opening a line of an addendum, up to its colon, opens a sentence after it; what
        # it says ("später", "later") is no answer before the pause.
        addenda = sorted(_words(books, "addendum_leads"), key=len, reverse=True)
        # "PD: que no me llame al móvil": the lead alone, opening a postscript.
        self.addendum_leads = frozenset(addenda)
        # The same as a first word is written bare, without stops or hyphens ("p.s" is
        # "ps"): the label of a postscript (see replies._in_named_postscript).
        self.postscript_leads = frozenset(re.sub(r"[.\s-]", "", a) for a in addenda)
        labels = (
            r"|(?:^|\n)[ \t]*(?:"
            + _escaped(addenda)
            + rf")(?!\w)[^\n.!?:]{{0,{_ADDENDUM_LABEL_CHARS}}}:"
            if addenda
            else ""
        )
        # "Nachtrag, 21:40:": the label alone, for an addendum that takes a yes back
        # (see reply_addressed).
        self.addendum_label_pattern = (
            re.compile(
                r"(?:^|\n)[ \t]*(?P<lead>"
                + _escaped(addenda)
                + rf")(?!\w)[^\n.!?:]{{0,{_ADDENDUM_LABEL_CHARS}}}:"
            )
            if addenda
            else None
        )
        # "Então vou ter que voltar atrás:", "So I'll have to take that back:": a link
        # that draws a conclusion may open the sentence of a pause, before a correction.
        links = sorted(_words(books, "second_thought_links"), key=len, reverse=True)
        # "Aaah ngoja...", "Ah, attends": an interjection may come before the pause, its
        # letters drawn out as writers draw them ("aaah", "ohhh").
        interjections = sorted(_words(books, "pause_interjections"), key=len, reverse=True)
        interjected = (
            r"(?:(?:"
            + "|".join("".join(re.escape(c) + "+" for c in w) for w in interjections)
            + r")(?!\w)[\s,!.\u2026]*)?"
            if interjections
            else ""
        )
        # "Ay no, espera", "Ah non, attends", "Oh no, wait": a refusal word cried out
        # before the pause, an interjection before it at most, stops short as the pause
        # does; what follows the pause still has to refuse for the yes to be taken back.
        cried = r"(?:(?:" + _escaped(answers) + r")(?!\w)[\s,!.\u2026]*)?" if answers else ""
        # "Yes - actually no, sorry": a correction marker after a pause, right before an
        # answer word a pause follows (see replies._self_corrected). "...ok wait actually
        # no.", "Attends, en fait non": the writer stopping short may come before the
        # marker (second_thought_pauses, an interjection before it at most).
        self.self_correction_pattern = (
            re.compile(
                r"(?:^|[.,;:!?\n]|\s[-\u2013\u2014])\s*"
                + (
                    r"(?:[.\u2026]*" + interjected + r"(?:" + _escaped(pauses) + r")"
                    r"(?!\w)[\s,:.!\u2026]*)?"
                    if pauses
                    else ""
                )
                + r"(?P<marker>"
                + _escaped(corrections)
                + r")\s*[,:]?\s*(?P<answer>"
                + _escaped(answers)
                + r")(?=\s*(?:[.,;:!?\n]|[-\u2013\u2014]|\Z))"
            )
            if corrections and answers
            else None
        )
        # "I'm sorry, I spoke too soon": an apology may come before the pause too.
        apologies = sorted(_words(books, "pause_apologies"), key=len, reverse=True)
        # "oh no sorry, it got buried ... yes pls!": the same words read as dismay at a
        # late reply (see reply_refusals._dismayed).
        self.pause_interjections = frozenset(interjections)
        self.pause_apologies = frozenset(apologies)
        self.corrected_answers = frozenset(answers)
        apologised = (
            r"(?:(?:" + _escaped(apologies) + r")(?!\w)[\s,!.\u2026]*)?" if apologies else ""
        )
        stop_opening = (
            r"(?:^|[.!?\n\u2026]|\s[-\u2013\u2014]"
            + labels
            + r")[\s.\u2026]*"
            + interjected
            + cried
            + apologised
            + r"(?:(?:"
            + _escaped(links)
            + r")\s*,?\s+)?(?:(?:"
            + _escaped(corrections)
            + r")\s*[,:]?\s*)?(?P<pause>"
            + _escaped(pauses)
            + r")"
        )
        self.second_thought_pattern = (
            re.compile(stop_opening + r"\s*(?:[.,;:!?\n\u2026]|[-\u2013\u2014]|\Z)")
            if corrections and pauses
            else None
        )
        # "No thanks. / Wait, I just reread it properly. ... yes, I'm happy to", "J'en ai
        # parlé à mon mari et, réflexion faite, je préfère ne pas": a pause or a
        # rereading (reconsiderations) opening a sentence or a clause, an interjection or
        # a link before it at most, and closing its clause: the writer answering anew
        # (see replies._reconsidered).
        rereads = sorted(_words(books, "reconsiderations"), key=len, reverse=True)
        turns = sorted({*rereads, *pauses}, key=len, reverse=True)
        self.reconsideration_pattern = (
            re.compile(
                r"(?:(?:^|[.!?\n\u2026]|\s[-\u2013\u2014])[\s.\u2026]*"
                + interjected
                + r"(?:(?:"
                + _escaped(links)
                + r")\s*,?\s+)?(?P<pause>"
                + _escaped(turns)
                # "Oh no, wait": a pause after a comma is a cry; a rereading is not.
                + r")|[,;]\s*(?P<reread>"
                + _escaped(rereads)
                + r"))\s*(?:[.,;:!?\n\u2026]|[-\u2013\u2014]|\Z)"
            )
            if rereads and links
            else None
        )
        # "....wait is this the Ryan from the Doha layover??", "Hold on - is this the
        # Ngozi from Perfect Day Events?": the pause opening a question about who the
        # other is (identity_questions), up to the question mark that closes it on its
        # line (see replies._identity_check).
        identities = sorted(_words(books, "identity_questions"), key=len, reverse=True)
        self.identity_check_pattern = (
            re.compile(
                stop_opening
                + r"\s*[,:]?\s*(?:[-\u2013\u2014]\s*)?\u00bf?\s*(?P<question>(?:"
                + _escaped(identities)
                + rf")(?!\w)[^!?\n]{{0,{_IDENTITY_QUESTION_CHARS}}})\?+"
            )
            if corrections and pauses and identities
            else None
        )
        # "Wait. I have just seen the name properly. Is this the same Peter who ...?": a
        # question about who the other is opening a sentence of its own, or the stretch
        # after a dash ("wait, just googled — is this Chidinma from TradePay?"), a
        # sentence or more after the pause (see replies._second_thought).
        self.identity_question_pattern = (
            re.compile(
                r"(?:^|(?<=[.!?\n\u2026\u2013\u2014]))[ \t]*\u00bf?(?P<question>(?:"
                + _escaped(identities)
                + rf")(?!\w)[^!?\n.]{{0,{_IDENTITY_QUESTION_CHARS}}})\?+"
            )
            if identities
            else None
        )
        # "if so", "si c'est le cas", "wenn ja": a condition that points back at that
        # question; "if", "from", "wa": what ties the question to a person.
        conditions = sorted(_words(books, "identity_conditions"), key=len, reverse=True)
        self.identity_condition_pattern = (
            re.compile(
                r"\A[\s.]*(?:" + _escaped(conditions) + r")(?!\w)\s*[,:]?\s*(?:[-\u2013\u2014]\s*)?"
            )
            if conditions
            else None
        )
        self.identity_links, self.identity_link_stems = _split_stems(
            _words(books, "identity_links")
        )
        # "Donc finalement c'est non", "so in the end it's a no": a verdict opening its
        # sentence after at most three conclusion_leads and closing its clause (see
        # reply_verdicts.final_verdict).
        verdicts = sorted(_words(books, "final_verdicts"), key=len, reverse=True)
        verdict_leads = sorted(_words(books, "conclusion_leads"), key=len, reverse=True)
        self.final_verdict_pattern = (
            re.compile(
                r"(?:^|(?<=[.!?\n\u2026:]))[ \t]*(?:(?:"
                + "|".join(map(re.escape, verdict_leads))
                + r")(?!\w)[ \t,]*){0,3}(?P<verdict>"
                + "|".join(map(re.escape, verdicts))
                + r")(?=\s*(?:[.,;!\n\u2026]|\Z))"
            )
            if verdicts
            else None
        )
        # "yeah, it is", "oui, c'est lui", "ndiyo ni yeye": the writer answering their own
        # question about who the other is, closing its clause (see
        # replies._without_identity_questions); a comma may stand between its words.
        # A bare confirmation may lead it ("Sí, es él", "Ja, ist er").
        confirmations = sorted(_words(books, "identity_confirmations"), key=len, reverse=True)
        yeses = sorted(_words(books, "confirmations"), key=len, reverse=True)
        self.identity_confirmation_pattern = (
            re.compile(
                r"(?<!\w)(?:(?:"
                + "|".join(map(re.escape, yeses))
                + r")[\s,]+)?(?:"
                + "|".join(r"[\s,]+".join(map(re.escape, w.split())) for w in confirmations)
                + r")(?=\s*(?:[.,;!\n\u2026]|\Z))"
            )
            if confirmations
            else None
        )
        # "je ne consulte ma messagerie qu'une fois par semaine": "ne ... que" says "only".
        self.restrictive_negators = _words(books, "restrictive_negators")
        self.restrictive_links = _words(books, "restrictive_links")
        self.restrictive_time_leads = _words(books, "restrictive_time_leads")
        self.restrictive_clause_subjects = _words(books, "restrictive_clause_subjects")
        # "someone who's hiring": a question lead after one is a relative pronoun.
        self.relative_heads = _words(books, "relative_heads")
        self.closing_only = _words(books, "closing_only")
        # Swahili "wakati mwingine" is "another time" and "sometimes": before a verb of
        # habit or the present ("barua zinapotea") it tells how things go, no put-off.
        self.frequency_words = _words(books, "frequency_words")
        # "Não passa meu contato não": the Brazilian negation said again at the clause's
        # end (see reply_negation._echoed_negation).
        self.negation_echoes = _words(books, "negation_echoes")
        self._habitual_shapes = _shapes(_words(books, "habitual_shapes"))
        self.refusal_closings = _words(books, "refusal_closings")
        self.date_words = _words(books, "date_words")
        # "a few", "ein paar", "unas": the count of a span of time ("in a few weeks").
        self.span_counts = frozenset(
            w for p in self._token_phrases(books, "span_counts") for w in p
        )
        self.conditionals = _words(books, "conditionals")
        # Swahili "asipokubali" ("if he does not agree"), "akisaini" ("if he signs"):
        # a condition said inside the verb, by its shape. The "-ki-" forms also say
        # "while" ("akitaka kupiga simu"); the negated ones only set a condition.
        self._negated_conditional_shapes = _shapes(_words(books, "negated_conditional_shapes"))
        self._conditional_shapes = _shapes(
            _words(books, "conditional_shapes") | _words(books, "negated_conditional_shapes")
        )
        # "for", "pour", "für" opening each branch of an answer split by purpose, the
        # bare answers that may close the agreeing one ("for consulting yes"), and the
        # hedges of what an answer depends on ("it depends", "kommt drauf an").
        self.split_leads = _words(books, "split_leads")
        self.split_answers = _words(books, "split_answers")
        self.depends = _words(books, "depends")
        # "tell him to", "dites-lui de": a message for the other to do something, under
        # its first word; an "if" inside it is looked for only when a text holds one.
        leads: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(self._token_phrases(books, "relay_leads"), key=lambda w: (-len(w), w)):
            leads.setdefault(words[0], []).append(words)
        self.relay_leads = {first: tuple(found) for first, found in leads.items()}
        self.relay_firsts = frozenset(leads)
        # "if you speak to Claire", "tell her": a greeting for someone else, passed on.
        self.greeting_conditions = self._token_phrases(books, "greeting_conditions")
        self.greeting_tells = self._token_phrases(books, "greeting_tells")
        self.modest_conditions = _words(books, "modest_conditions")
        # "if he doesn't mind talking to a pensioner": the writer's modest ways (modest_selves)
        # named after the other's not minding (mind_ifs, courtesy_ifs): no condition.
        self.mind_ifs = _words(books, "mind_ifs")
        self.courtesy_ifs = _words(books, "courtesy_ifs")
        self.modest_selves = _words(books, "modest_selves")
        self.standing_offers = _words(books, "standing_offers")
        self.condition_joiners = _words(books, "condition_joiners")
        self.help_words = _words(books, "help_words")
        # "pra ela", "for her": whom an offer of a channel is easier for, after its lead.
        self.easier_for = self._word_phrases(books, "easier_for")
        # "en copie", "copied in": someone copied in, a hedge; beside an assistant who
        # arranges the meeting, the assistant copied in (see reply_offers._logistics).
        self.copied_words = _words(books, "copied_words")
        # "I hope I may be of some use", "Vielleicht kann ich ja helfen": a doubt of being
        # of use, in a sentence of its own after a yes, is modesty (see reply_modesty._modest).
        self.modest_doubts = _words(books, "modest_doubts")
        self.use_words = _words(books, "use_words")
        # "my written English isn't very good": the writer modest about a language, read
        # whole; a "but" after it in its sentence turns against the modesty, not against
        # a yes said before it (see reply_modesty._skill_turns).
        self.own_skills = _words(books, "own_skills")
        # "if that's useful", "si ça peut servir": see reply_modesty._useful_note.
        self.useful_ifs = _words(books, "useful_ifs")
        self.modest_verbs = _words(books, "modest_verbs")
        self.knowing = _words(books, "knowing")
        self.work_words = _words(books, "work_words")
        # "by name", "de nombre": see reply_known_names._knows_by_name.
        self.name_knowings = self._token_phrases(books, "name_knowings")
        # "heard of", "entendu parler": hedges (listed there too) of having heard of
        # someone, a yes to the quoted reason rather than to the introduction (see
        # replies._refused_under_question).
        self.hearsay_hedges = _words(books, "hearsay_hedges")
        # "lost touch", "aus den Augen verloren": see reply_modesty._knows_lost_touch.
        self.lost_touch = self._token_phrases(books, "lost_touch")
        # "happy to reconnect", "bora reconectar": the same, a wish to have the contact back.
        self.reconnects = self._token_phrases(books, "reconnects")
        # "o sector", "die Branche": a field known, and the words before it as its object.
        self.field_words = _words(books, "field_words")
        self.field_fillers = _words(books, "field_fillers")
        # "o pessoal", "the folks": a circle of people known, read as a field known is.
        self.circle_words = _words(books, "circle_words")
        # "das Festival", "a galeria": a place or an event known, not the one asked about.
        self.venue_words = _words(books, "venue_words")
        self.meeting_words = tuple(_words(books, "meeting_words"))
        # "look at the drawings", "mir das anschauen": the writer looking over what the
        # other sends ("if he sends them through", "wenn er mir ... schickt"), an offer
        # after a yes and no condition on it (see reply_offers._review_offer).
        self.review_words = self._token_phrases(books, "review_words")
        self.send_words = _words(books, "send_words")
        # "if she has a deck she can attach it": see reply_offers._material_offer.
        self.holding_words = _words(books, "holding_words")
        self.holding_stops = _words(books, "holding_stops")
        self.attach_words = _words(books, "attach_words")
        self.review_stops = self._token_phrases(books, "review_stops")
        self.wish_words = tuple(_words(books, "wish_words"))
        # The same, to tell at once whether a reply holds any.
        self.wish_word_set = frozenset(self.wish_words)
        # "to", "it", "bien": what may close the other's bare wish ("if she wants to", "si
        # elle veut bien"; see reply_offers._bare_wish).
        self.wish_closers = _words(books, "wish_closers")
        # "prefers", "préfère": a wish that compares, never bare ("if she prefers").
        self.compared_wishes = _words(books, "compared_wishes")
        # "vírgula", "ponto": marks voice dictation wrote out as words (see
        # replies._dictated).
        self.dictated_commas = _words(books, "dictated_commas")
        self.dictated_stops = _words(books, "dictated_stops")
        # One of them between two words, or a stop closing its line ("... Richtung
        # Kassel Punkt\n"); the longest first, so "full stop" is read whole.
        dictated = sorted(self.dictated_commas | self.dictated_stops, key=lambda w: (-len(w), w))
        self.dictated_marks = re.compile(
            r"(?<=[^\W_]) (" + _escaped(dictated) + r")(?= [^\W_]|[ \t]*(?:\n|\Z))"
        )
        # "oh nvm", "ah je vois", "ach so": the writer answering what they asked before
        # (see reply_questions._self_answered).
        self.self_answers = self._firsts(books, "self_answers")
        # "if he's ever over": the other coming by, after an offer of the writer's time.
        self.visit_words = tuple(sorted(_words(books, "visit_words")))
        self.visit_phrases = tuple(tuple(v.split()) for v in self.visit_words)
        # "welcome", "karibu", "willkommen": the other welcomed on a visit.
        self.welcome_words = _words(books, "welcome_words")
        # "give her my address", "mándale mi email", "mpe anwani yangu": the writer's
        # contact handed to the other, a yes (see reply_handovers): the verbs, the words
        # that may open the clause before them and stand between verb and contact, and
        # the contact itself, read without the hyphens of its words ("e-mail").
        self.handover_verbs = _words(books, "handover_verbs")
        self.handover_leads = _words(books, "handover_leads")
        self.handover_recipients = _words(books, "handover_recipients")
        self.handover_things = self._unhyphened_phrases(books, "handover_things")
        # "please don't give him my mobile", "Meine Handynummer bitte nicht weitergeben",
        # "usimpe namba yangu ya simu": the writer's phone number kept back after a yes,
        # a note on privacy (see reply_phone_privacy): the number, read without the
        # hyphens of its words ("Handy-Nummer"), the verbs, those that negate in their
        # own form, and the words that may stand beside them.
        self.phone_things = self._unhyphened_phrases(books, "phone_things")
        self.withhold_verbs = _words(books, "withhold_verbs")
        self.withhold_negatives = _words(books, "withhold_negatives")
        self.withhold_words = _words(books, "withhold_words")
        # "don't", "ne ... pas", "nicht": the negators of a habit ("I don't give out my
        # number"), never of an inability ("I cannot share my phone number").
        self.habit_negators = _words(books, "habit_negators")
        # "passo", "doy", "gebe", "sitoi": the withhold_verbs and withhold_negatives said
        # of the writer's own habit ("não passo meu telefone"), no request.
        self.habit_verbs = _words(books, "habit_verbs")
        # "to people I don't know", "e não uso whatsapp": who the number is kept from,
        # and a channel the writer does not use, told after it (see reply_phone_privacy).
        self.withhold_tails = self._unhyphened_phrases(books, "withhold_tails")
        # "he can", "kann er": leave given to the other, and the coming by it leads to
        # ("turn up", "vorbeikommen"): "if he wants to see a drill night he can just turn
        # up", an invitation beside a yes (see reply_offers._open_invitation).
        self.invitation_leads = self._token_phrases(books, "invitation_leads")
        self.invitation_visits = self._token_phrases(books, "invitation_visits")
        # "aparece", "elle passe", "kommt": the coming said as it will happen, which
        # invites by itself, and the words that may stand before it ("já", "einfach").
        self.invitation_comings = self._token_phrases(books, "invitation_comings")
        self.invitation_fillers = _words(books, "invitation_fillers")
        # "so", "donc", "also": what opens the time preferred after a negated reason, the
        # times ("daytime", "tagsüber") and the words that may stand with them ("please",
        # "lieber"): "I don't drive after dark so daytime please" (see
        # reply_timed_reasons).
        self.reason_consequences = self._token_phrases(books, "reason_consequences")
        self.time_preferences = self._token_phrases(books, "time_preferences")
        self.preference_fillers = frozenset(
            t for words in self._token_phrases(books, "preference_fillers") for t in words
        )
        # "if he wants to know about the elevator, I'm the man to ask": the other's wish
        # to learn something (learning_words) and the writer offering what they know.
        self.learning_words = self._token_phrases(books, "learning_words")
        self.knowledge_offers = self._token_phrases(books, "knowledge_offers")
        # "i'm around": words said in order, others may stand between ("i'm around most days").
        self.availability = tuple(tuple(w.split()) for w in sorted(_words(books, "availability")))
        # "pretty", "pas mal", "meistens": words that may stand inside the writer's
        # availability ("I'm pretty free", "je suis pas mal dispo", "bin ich meistens
        # erreichbar"), the "pas" of "pas mal" no negator there.
        self.availability_fillers = tuple(
            tuple(w.split()) for w in sorted(_words(books, "availability_fillers"), key=len)
        )
        # The first words of those that hold a negator ("pas mal"), looked for before
        # they are read as neutral inside an availability (see
        # reply_reach._filled_availability).
        self.negated_filler_heads = frozenset(
            f[0] for f in self.availability_fillers if any(self.is_negator(w) for w in f)
        )
        # "we need", "a gente tá precisando": the writer's need, whose negated clause
        # after it tells why ("the phone ones aren't selling"), no refusal.
        self.own_needs = tuple(tuple(w.split()) for w in sorted(_words(books, "own_needs")))
        # "during the week", "en semaine": the writer's working week, a time of the week
        # the writer is free in, no date the yes waits for.
        self.week_spans = tuple(tuple(w.split()) for w in sorted(_words(books, "week_spans")))
        self.delegates = _words(books, "delegates")
        self.third_parties = _words(books, "third_parties")
        self.intro_times = _words(books, "intro_times")
        self.scheduling = self._token_phrases(books, "scheduling")
        # "suggest a time", "proposer un créneau": the other proposing a time, and the
        # praise alone that may close a condition on it ("if Marta could suggest a time
        # either side of that, perfect"): a wish about the meeting, not the consent.
        self.time_proposals = self._token_phrases(books, "time_proposals")
        self.wish_approvals = frozenset(self._token_phrases(books, "wish_approvals"))
        # "even better", "tant mieux", "umso besser": praise that a condition met would only
        # add to what was agreed ("if he tries Portuguese, even better").
        self.bonus_approvals = frozenset(self._token_phrases(books, "bonus_approvals"))
        # "Termine koordiniert meine Assistentin": the arranging before the assistant.
        self.fronted_scheduling = self._token_phrases(books, "fronted_scheduling")
        # "if that suits him", "si le viene bien": whether a time offered fits the other.
        self.slot_fits = _words(books, "slot_fits")
        # "clashes", "ne lui va pas", "não der": the time offered not fitting, said in an
        # "if" that offers another (see reply_offers.clash_offers).
        self.slot_clashes = self._token_phrases(books, "slot_clashes")
        # "legit", "sérieux", "de fiar": who the other is, which an "if" may ask.
        self.character_conditions = self._token_phrases(books, "character_conditions")
        self.character_words = frozenset(w for c in self.character_conditions for w in c)
        self.intro_events = frozenset(self._token_phrases(books, "intro_events"))
        # "once Mr. Rao reaches out", "une fois qu'elle aura un moment": the other's
        # contact, which the time word waits for; titles whose dot ends no clause.
        self.contact_events = self._token_phrases(books, "contact_events")
        # "as soon as I have his address", "sobald ich seine Adresse habe": the writer
        # having the other's address, which the time word waits for (see
        # reply_offers._address_time).
        self.address_haves = _words(books, "address_haves")
        self.address_nouns = _words(books, "address_nouns")
        self.address_fillers = _words(books, "address_fillers")
        # The words that link a day agreed to with another matter ("for", "für").
        self.matter_links = _words(books, "matter_links")
        self.name_titles = _words(books, "name_titles")
        # "Dr", "Frau", "Mme": a title naming someone else pointed to after a refusal
        # (see reply_others._titled_referrals); none that is also a common word ("me").
        self.referral_titles = _words(books, "referral_titles")
        self.name_articles = _words(books, "name_articles")
        self.own_possessives = _words(books, "own_possessives")
        # "ich erinnere mich gut an meinen eigenen Wechsel": the writer's own past.
        self.own_memories = _words(books, "own_memories")
        # "ich schaffe es nicht": words said in order, a few others between ("ich
        # schaffe es im Moment einfach nicht"), longest first.
        self.inabilities = tuple(
            sorted(self._token_phrases(books, "inabilities"), key=lambda w: (-len(w), w))
        )
        # "lieber kein Treffen", "afadhali tusi-": a preference against meeting, read as
        # inabilities are; a word ending in "-" is the start of a word ("tusikutane").
        self.meeting_refusals = tuple(
            sorted(self._token_phrases(books, "meeting_refusals"), key=lambda w: (-len(w), w))
        )
        # Both, longest first, under their first words (never the start of a word), so
        # that a text is searched only for those whose first word it holds.
        refusals: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(
            {*self.inabilities, *self.meeting_refusals}, key=lambda w: (-len(w), w)
        ):
            refusals.setdefault(words[0], []).append(words)
        self.refusal_words = {first: tuple(found) for first, found in refusals.items()}
        # "circle back" ... "in the spring": an invitation to ask again at a later time,
        # its words in order as inabilities are, under their first words; the later
        # times are looked for only when a text holds the last word of one.
        come_backs: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(self._token_phrases(books, "come_backs"), key=lambda w: (-len(w), w)):
            come_backs.setdefault(words[0], []).append(words)
        self.come_backs = {first: tuple(found) for first, found in come_backs.items()}
        self.later_times = self._token_phrases(books, "later_times")
        # "asked me to confirm", "m'a demandé de vous confirmer": the writer passing on
        # another's answer, its words in order as inabilities are, under their first words;
        # a hyphen is no word ("pediu-me que" is "pediu", "me", "que").
        self.relays = self._in_order(books, "relays")
        # "The Dean regrets that", "bedauert, dass": a refusal relayed, never a yes.
        self.regret_relays = self._in_order(books, "regret_relays")
        # "anyone else", "quelqu'un d'autre": someone other than the one asked, whom a yes
        # after a refusal may be offered to.
        self.anyone_elses = self._in_order(books, "anyone_elses")
        # "I showed her this and": a report of the question put to the one asked, which
        # relays only their own yes so reported ("she says yes").
        self.shown_reports = self._in_order(books, "shown_reports")
        self.reported_yes = _words(books, "reported_yes")
        # "says yes": a relayed acceptance holding one ("she says yes") doubts as before
        # where no relay stands before it ("if she says yes").
        self.hedge_texts = _words(books, "hedges")
        # "on behalf of", "en nombre de": speaking for someone, a hedge unless it opens
        # a relayed acceptance.
        self.behalf_leads = _words(books, "behalf_leads")
        # "The matter was placed before His Worship": the request put before the one
        # asked, between the behalf lead and the relay of their decision.
        self.put_befores = self._in_order(books, "put_befores")
        # "je vous confirme", "le confirmo": the writer confirming, a hedge when it promises
        # ("le confirmo mañana"), a frame when the writer's own yes follows it with only
        # confirmation_fillers ("que", "bien", "dass") between.
        self.own_confirmations = _words(books, "own_confirmations")
        self.confirmation_fillers = frozenset(
            token.text
            for phrase in _words(books, "confirmation_fillers")
            for token in self._nlp.make_doc(phrase)
        )
        # Whose yes it is: another person as its subject ("he", "elle", "er"; "sie" and
        # Spanish "el", also "you", "her" and "the", only before their verb or after a
        # subordinator: "sie ist", "él estaría", "dass sie"), the writer or the thing
        # offered ("I", "ce", "es"), and the guesses that may open it ("I'm sure", "creo
        # que"), their words without punctuation, longest first; a text is looked at for
        # this only when it holds one of these others or a guess's last word.
        self.other_subjects = _words(books, "other_subjects")
        # Another's people as the subject ("his team", "sa société", "a equipa dele"), and
        # the writer's own ("my team", "notre PDG") when one opens the clause.
        self.other_possessives = _words(books, "other_possessives")
        # People as the subject whatever their verb: one of the people_nouns with an
        # article or a possessive ("the team", "ihr Team", "o chefe dele", "bosi wangu").
        self.people_nouns = _words(books, "people_nouns")
        # The family of the other known ("I know Derek's wife"): see
        # reply_modesty._knows_theirs.
        self.kin_words = _words(books, "kin_words")
        self.people_determiners = _words(books, "people_determiners")
        # A group's (or another's) agreement relayed ("the committee agrees", "la junta
        # está de acuerdo", "kamati imekubali"), the people who may give it besides the
        # people_nouns ("the trustees", "a direção"), the words that name the writer in a
        # yes said beside it ("we", "my", "aceito") and the words before a pronoun that
        # make the writer the one permitted, not the one agreeing ("happy for me to"):
        # see reply_group_verdicts.
        self.group_agreements = self._word_phrases(books, "group_agreements")
        self.group_agreement_firsts = frozenset(w[0] for w in self.group_agreements)
        self.agreeing_groups = _words(books, "agreeing_groups")
        self.own_yes_words = _words(books, "own_yes_words")
        self.group_permission_fors = _words(books, "group_permission_fors")
        self.linked_subjects = _words(books, "linked_subjects")
        self.subject_links = _words(books, "subject_links")
        self.subordinators = _words(books, "subordinators")
        self.own_subjects = _words(books, "own_subjects")
        # "haziniruhusu" ("they do not allow me"): a verb that holds the writer as its
        # object, so that a refusal it opens is the writer's (see
        # reply_others._others_refusals).
        self.own_objects = _words(books, "own_objects")
        # "Not free weekends tho": the hours the writer is not free (see
        # reply_negation._unfree_hours).
        self.free_words = _words(books, "free_words")
        self.recurring_times = _words(books, "recurring_times")
        self.hour_fillers = _words(books, "hour_fillers")
        # "I can't take it on. Happy to suggest a couple of other names": something else
        # offered after a refusal (see reply_refusals._consolations).
        self.consolations = _words(books, "consolations")
        self.consolation_links = _words(books, "consolation_links")
        # "... steht Herrn Aebischer selbstverständlich das Sekretariat zur Verfügung":
        # someone else at the other's disposal (see reply_refusals._stands_available).
        self.consolation_stands = _words(books, "consolation_stands")
        # "Happy to send her a few names": other people's names offered in the refusal's
        # place (see reply_refusals._names_offered).
        self.consolation_things = _words(books, "consolation_things")
        # Any word of the three, which a reply must hold for any to be looked for.
        self.consolation_words = (
            self.consolations | self.consolation_stands | self.consolation_things
        )
        self.thing_subjects = _words(books, "thing_subjects")
        self.guess_leads = self._word_phrases(books, "guess_leads")
        self.guess_lead_texts = _words(books, "guess_leads")
        self.subject_words = frozenset(
            {
                *self.other_subjects,
                *self.linked_subjects,
                *self.other_possessives,
                *self.own_possessives,
                *self.people_nouns,
                *(words[-1] for words in self.guess_leads),
            }
        )
        self.later_words = frozenset(words[-1] for words in self.later_times)
        # "next month", "next week", "at some point": a later time, or one near or vague
        # (deferring_times), that puts a yes off when it stands alone beside it ("Sure,
        # next month."), the words that may stand around it in its clause (time_fillers:
        # "the", "early", "après"), and the last words of those times, looked for first.
        self.deferred_times = tuple(
            sorted(
                {*self.later_times, *self._token_phrases(books, "deferring_times")},
                key=lambda w: (-len(w), w),
            )
        )
        self.deferred_words = frozenset(words[-1] for words in self.deferred_times)
        self.time_words = frozenset(
            {
                *(w for words in self.deferred_times for w in words),
                *(w for p in self._token_phrases(books, "time_fillers") for w in p),
            }
        )
        # "why not" and the words that may stand in, before or after it in its
        # sentence ("wieso eigentlich nicht?", "¿y por qué no?", "why not, actually?").
        self.why_nots = frozenset(self._token_phrases(books, "why_nots"))
        self.why_not_firsts = frozenset(words[0] for words in self.why_nots)
        self.why_not_particles = tuple(
            sorted(self._token_phrases(books, "why_not_particles"), key=lambda w: (-len(w), w))
        )
        # "because what my life is missing is", "comme si je n'avais que ça à faire": a
        # reason that mocks the yes before it, its parts with a few words between each
        # ("..."), longest first, under their first words.
        self.mock_reasons = self._firsts(books, "mock_reasons")
        # "exactly what my Monday inbox was missing": mockery of the mail itself, a
        # mock reason that also mocks the yes of the sentence before it.
        self.mock_mail_reasons = frozenset(self._token_phrases(books, "mock_mail_reasons"))
        for words in sorted(self.mock_mail_reasons, key=lambda w: (-len(w), w)):
            self.mock_reasons[words[0]] = (*self.mock_reasons.get(words[0], ()), words)
        # "exactly what I need ... another agent": a need that mocks when more of the same
        # follows it in its sentence; the first words of every mockery, for the gate.
        self.mock_needs = self._firsts(books, "mock_needs")
        self.mock_others = _words(books, "mock_others")
        self.mock_firsts = frozenset(self.mock_reasons) | frozenset(self.mock_needs)
        # "I can hardly say no", "comment refuser": the writer cannot refuse, said as a
        # question, and the tags that close such a question ("can I?", "hein ?"), longest
        # first, their words without punctuation.
        self.cannot_refuse = self._word_phrases(books, "cannot_refuse")
        self.cannot_refuse_firsts = frozenset(words[0] for words in self.cannot_refuse)
        self.rhetorical_tags = self._word_phrases(books, "rhetorical_tags")
        # "so", "donc", "así que": the link after which a cannot-refuse question follows
        # its reason ("Ana never sends me anyone dull, so how could I say no?").
        self.reason_links = self._word_phrases(books, "reason_links")
        # "never", "jamais", "nunca", "nie": a restriction beside a yes ("Never on
        # Fridays"), unless its clause tells of the past ("we never actually managed a
        # proper chat"): a perfect's auxiliary and participle, or a simple past.
        self.never_words = _words(books, "never_words")
        # A note on when or how to reach the writer after a yes (see reply_reach._reach_notes):
        # the channels and replying it names ("text", "courriel", "kunipigia": a word, or a
        # word's start where the list's entry ends in "*"), the points in time it may name
        # besides a number or a clock (weekdays, parts of the day), the writer as its
        # subject, the "if" whose clause must itself name a channel, the words no such note
        # holds (the introduction, a doubt, a topic, who or why, waiting), and the verbs of
        # passing details on that a negation in it must not take.
        self.reach_words, self.reach_stems = _split_stems(_words(books, "reach_words"))
        self.reach_points = _words(books, "reach_points")
        # "come in", "come by": the other coming to the writer's door, a way of reaching
        # the writer said in more than one word, whose first alone names none ("come").
        self.reach_visits = tuple(sorted(_words(books, "reach_visits")))
        # The same split into words, to find one closing an "if" clause.
        self.reach_visit_phrases = tuple(tuple(v.split()) for v in self.reach_visits)
        # "ask for me, not the lad on the till": the writer as the one to ask for.
        self.asked_selves = _words(books, "asked_selves")
        # "ten": an hour said in a word, which closing the clause after "not before"
        # tells when to reach the writer.
        self.hour_words = _words(books, "hour_words")
        # "las", "das", "saa": the article before an hour said in figures ("no antes de
        # las 9"); "Uhr", "heures", "o'clock": the unit after one ("nicht vor neun Uhr");
        # "in", "the", "de", "la": the words between it and a part of the day ("nine in
        # the morning").
        self.hour_articles = _words(books, "hour_articles")
        self.hour_units = _words(books, "hour_units")
        self.hour_tails = _words(books, "hour_tails")
        # "before that", "antes de eso": a hedge pointing back to an hour told before it
        # in its sentence, when to call ("call after 10am, I don't hear the phone before
        # that").
        self.hour_backs = frozenset(_bare_phrases(books, "hour_backs"))
        self.reach_selves, self.reach_self_stems = _split_stems(_words(books, "reach_selves"))
        self.reach_ifs = _words(books, "reach_ifs")
        self.reach_notices = _words(books, "reach_notices")
        self.reach_asks = _words(books, "reach_asks")
        # "ask for Raj not my brother": whom to ask for at the writer's door, chosen over
        # one of the writer's own; the words that open such a clause, and those that may
        # follow the negator before the possessive ("no por mi hermana").
        self.person_asks = self._in_order(books, "person_asks")
        # "this one not so much": a pronoun for a channel named before it in a note.
        self.channel_ones = self._in_order(books, "channel_ones")
        self.person_ask_links = _words(books, "person_ask_links")
        # "..., was Herrn Keller aber bekannt sein dürfte": a contrast inside a clause that
        # tells what the other knows already (agent.understanding.reply_known).
        self.known_contrasts = _words(books, "known_contrasts")
        self.known_leads = self._in_order(books, "known_leads")
        self.known_words = _words(books, "known_words")
        self.reach_stops, self.reach_stop_stems = _split_stems(_words(books, "reach_stops"))
        self.reach_purposes = self._token_phrases(books, "reach_purposes")
        # "über die Freisprechanlage": a word of the way before a channel, no topic
        # (reply_reach._without_vias).
        self.reach_vias = _words(books, "reach_vias")
        self.timing_fits = self._token_phrases(books, "timing_fits")
        self.tool_skills = _words(books, "tool_skills")
        self.tool_words = _words(books, "tool_words")
        self.tool_consequences = _words(books, "tool_consequences")
        self.data_limits = _words(books, "data_limits")
        # "über", "erzähl", "solange": a limit on what the talk may cover (see
        # reply_modesty._talk_limits).
        self.topic_leads = _words(books, "topic_leads")
        self.talk_stems = tuple(sorted(_words(books, "talk_stems")))
        self.talk_pronouns = _words(books, "talk_pronouns")
        self.talk_tills = _words(books, "talk_tills")
        self.talk_partners = _words(books, "talk_partners")
        self.data_exceptions = _words(books, "data_exceptions")
        self.data_stems = tuple(sorted(_words(books, "data_stems")))
        self.share_stems = tuple(sorted(_words(books, "share_stems")))
        self.timing_fit_firsts = frozenset(words[0] for words in self.timing_fits)
        # "the timing is great, we're planning next year's programme": a later time
        # naming what the writer is busy with now, in a sentence praising the timing
        # (see reply_deferrals._praised_timings); the words that make it modify a noun.
        self.timing_praises = self._token_phrases(books, "timing_praises")
        self.timing_praise_firsts = frozenset(words[0] for words in self.timing_praises)
        self.time_possessives = _words(books, "time_possessives")
        self.time_genitives = _words(books, "time_genitives")
        self.bare_time_genitives = _words(books, "bare_time_genitives")
        self.timing_praise_stops, self.timing_praise_stop_stems = _split_stems(
            _words(books, "timing_praise_stops")
        )
        self.channel_relatives = _words(books, "channel_relatives")
        self.channel_guesses = _words(books, "channel_guesses")
        self.reach_shares, self.reach_share_stems = _split_stems(_words(books, "reach_shares"))
        # "signal", "réseau", "rede": the writer's means of being reached, whose lack in
        # a negated clause of the note is no refusal ("a rede lá fora não apanha").
        self.reach_lacks = _words(books, "reach_lacks")
        # "until", "hasta", "avant": a negated clause of a note that names a channel and
        # then one of them before a time of the writer's week tells when the writer
        # reads mail ("no veo el correo hasta medianoche"), no refusal.
        self.reach_tills = _words(books, "reach_tills")
        # "until then", "till such time", "bis dahin": a time still to come, named by
        # pointing back to what the writer waits for; a request to refrain in its
        # sentence waits for it ("I shall revert once the clearance is received. Till
        # such time, please do not share my contact details").
        self.till_thens = self._token_phrases(books, "till_thens")
        # "between", "zwischen", "entre": a negator right before one, with a span of the
        # writer's hours after it, rules out those hours ("nicht zwischen 11 und 15 Uhr
        # anrufen"), as "not before 2" does.
        self.reach_ranges = _words(books, "reach_ranges")
        # "pick", "ran", "décroche", "atendo": the writer taking a call, which a negated
        # clause of a note naming the writer's hours tells the reason for ("da ist Lunch
        # Service und ich geh nicht ran").
        self.reach_pickups = _words(books, "reach_pickups")
        # "I'll let you sort that out", "je vous laisse voir": the choice of channel left
        # to the others, after a contrast in a note, restricts nothing.
        self.reach_leaves = _words(books, "reach_leaves")
        # "time", "disponibilités", "semana": the writer's time, which a negated clause of
        # the note tells of when a later clause turns to a time the writer is free.
        self.reach_capacities = _words(books, "reach_capacities")
        self.perfect_auxiliaries = _words(books, "perfect_auxiliaries")
        self.habit_leads = _words(books, "habit_leads")
        # "'s", "'d": a contracted "has", "had" as well as "is", "would" ("she's never
        # sent", "I'd never met" beside "she's never late", "I'd never do that").
        self.perfect_contractions = _words(books, "perfect_contractions")
        self.past_forms = _words(books, "past_forms")
        self.participles = _words(books, "participles")
        self.past_exceptions = _words(books, "past_exceptions")
        # "I've never had time for calls": a lack of time, told of the past, still restricts.
        self.never_times = _words(books, "never_times")
        # "haven't spoken in years": a span of the past after a negated perfect, no deferral;
        # "I'll have finished in two weeks" (future_markers) still defers.
        self.past_spans = _words(books, "past_spans")
        self.channel_limits = _words(books, "channel_limits")
        # "only by email", "kwa barua pepe tu": a yes limited to a channel of contact
        # (see reply_channel_only).
        self.channel_onlys = _words(books, "channel_onlys")
        self.channel_ways = self._token_phrases(books, "channel_ways")
        # "meet", "rencontr": meeting in person, which keeps the sentences between a
        # channel ruled out and one offered from telling only why.
        self.swap_stops = _words(books, "swap_stops")
        # "email", "écrire", "besuch*": a written channel or a visit, which may take the
        # place of a call ruled out.
        self.swap_offers, self.swap_offer_stems = _split_stems(_words(books, "swap_offers"))
        # "phone", "appeler", "llam*": a call, which may take the place of a video meeting
        # ruled out (video_words: "zoom", "visio", "videollamadas").
        self.voice_offers, self.voice_offer_stems = _split_stems(_words(books, "voice_offers"))
        self.video_words = _words(books, "video_words")
        self.future_markers = _words(books, "future_markers")
        # "neue Mandanten", "new clients": what the writer's business takes on; a date in
        # a clause that names one is a note on the business, and the words that make
        # such a note a limit ("only", "erst"), which keep it a deferral.
        self.business_words = _words(books, "business_words")
        self.only_words = _words(books, "only_words")
        self.only_leads = _words(books, "only_leads")
        # "where we want to be", "nos plans pour": the writer's business plans; a later
        # time in a clause that names one ("where we want to be next year") dates the
        # plans, not the yes, and the articles a later time may take ("el año que viene").
        self.plan_words = self._token_phrases(books, "plan_words")
        self.time_articles = _words(books, "time_articles")
        # "except", "sauf", "außer": a time of the week excepted in a reach note; "on" and
        # "a gente": a subject of the writer's own beside the own_subjects.
        self.time_exceptions = _words(books, "time_exceptions")
        # "would be grateful if ... copied to me": the writer asking, as a courtesy, to be
        # copied in (see reply_offers._copied_writer).
        self.grateful_ifs = self._token_phrases(books, "grateful_ifs")
        # "é porque", "that's good enough for me": a consequence that grants the condition
        # before it, a fact and no doubt (see reply_conditions._granted_condition).
        self.granted_consequences = self._token_phrases(books, "granted_consequences")
        self.grateful_firsts = frozenset(g[0] for g in self.grateful_ifs if g)
        # The same frames as words, commas dropped ("ware dankbar wenn"), matched against
        # the end of what a sentence says up to its "if"; and what the "if" may ask for
        # that is the introduction itself, "I'd be grateful if you could introduce us"
        # (see reply_offers._grateful_intro).
        self.grateful_leads = frozenset(
            " ".join(g.replace(",", " ").split()) for g in _words(books, "grateful_ifs")
        )
        verbs = _words(books, "grateful_intro_verbs")
        self.grateful_intro_verbs, self.grateful_intro_stems = _split_stems(
            frozenset(v for v in verbs if " " not in v)
        )
        self.grateful_intro_phrases = frozenset(v for v in verbs if " " in v)
        self.grateful_intro_fillers = _words(books, "grateful_intro_fillers")
        # "if she wants a look", "si elle veut jeter un œil", "akitaka kuangalia": the
        # other's wish to look at what the writer offers, with the look_offer_tails that
        # may close it ("first") and the look_offer_marks that make the thing the writer's
        # own ("my", "attached") (see reply_offers._look_offers).
        self.look_offer_ifs = _words(books, "look_offer_ifs")
        self.look_offer_firsts = frozenset(w.split()[0] for w in self.look_offer_ifs)
        self.look_offer_tails = _words(books, "look_offer_tails")
        self.look_offer_marks = _words(books, "look_offer_marks")
        self.copy_selves = self._token_phrases(books, "copy_selves")
        # "keep me in mind", "tenme en cuenta": a refusal's closing wish to be asked
        # another time, no turn against the refusal (see replies._kept_in_mind).
        self.refusal_keeps = self._token_phrases(books, "refusal_keeps")
        # "can you" + "ask me again", with a later time: a put-off asked as a question
        # (see reply_deferrals._asked_again).
        self.again_leads = self._token_phrases(books, "again_leads")
        self.again_keeps = self._token_phrases(books, "again_keeps")
        self.again_lead_firsts = frozenset(words[0] for words in self.again_leads if words)
        # "see you", "on se voit": a question that only asks when the writer and the
        # reader see each other, after a refusal, asks nothing of the introduction (see
        # reply_questions._see_you).
        self.see_you_asks = self._token_phrases(books, "see_you_asks")
        self.see_you_firsts = frozenset(words[0] for words in self.see_you_asks if words)
        # "am besten", "ideally": a time of the week ruled out after one in a reach note
        # is avoided ("am besten nicht am Mittwoch"), with the point_preps ("am", "on")
        # that may stand before the time.
        self.avoid_time_leads = self._token_phrases(books, "avoid_time_leads")
        # "before", "antes de": a call kept to the writer's hours after a negator ("Best
        # not to ring the main line before 11", see reply_reach._call_hours_avoided).
        self.call_bounds = self._token_phrases(books, "call_bounds")
        self.point_preps = _words(books, "point_preps")
        self.exception_subjects = _words(books, "exception_subjects")
        # "kind of", "sort of" after a determiner ("built this kind of team"): a type, when
        # the word after it may be a noun (not a function word, nor of a verb's or an
        # adverb's shape: "that kind of works", "that kind of really helps").
        self.type_words = _words(books, "type_words")
        self.type_determiners = _words(books, "type_determiners")
        self.type_stops = _words(books, "type_stops")
        self._type_verb_shapes = _shapes(_words(books, "type_verb_shapes"))
        self._type_noun_shapes = _shapes(_words(books, "type_noun_shapes"))
        self._past_shapes = _shapes(_words(books, "past_shapes"))
        self._participle_shapes = _shapes(_words(books, "participle_shapes"))
        # "desde que saí da consultoria": a lead that is a condition ("provided that") or
        # a time ("since"), a time before a past told (see reply_conditions._since_past).
        self.since_leads = _words(books, "since_leads")
        self.since_fillers = _words(books, "since_fillers")
        self._since_pasts = _shapes(_words(books, "since_pasts"))
        # Swahili "nitakapopata" ("when I get"): the writer's own time, said inside a verb.
        self.own_time_forms = _shapes(_words(books, "own_time_shapes"), anchored=False)
        # Portuguese "no", "na" ("em" + article) before a date: "no ano que vem"; inside
        # a clause of a reply written in Portuguese, before a word no negator takes in
        # any list ("estou no carro", not "no posso"), too.
        self.contractions = _words(books, "contractions")
        self.negated_words = _negated_words(books, self.negators)
        # "if it's easier" opening a sentence that gives "my WhatsApp": a way to reach
        # the writer, looked for only when a channel's last word is in the text.
        self.easier_leads = self._token_phrases(books, "easier_leads")
        self.contact_channels = self._token_phrases(books, "contact_channels")
        # "que me escriba ... por WhatsApp": asking the other to write, a medium later in
        # the sentence; a channel as "mi WhatsApp" is.
        self.contact_requests = self._token_phrases(books, "contact_requests")
        self.contact_media = _words(books, "contact_media")
        self.contact_words = (
            frozenset(words[-1] for words in self.contact_channels) | self.contact_media
        )
        # "más" (Spanish "more"), folded to Portuguese "mas" (but): accented, no contrast.
        self.accented_words = {normalise(w): w for w in _words_raw(books, "accented_words")}
        # "sí" (Spanish yes) folded to "si" (if): accented and right after "que" ("claro
        # q sí miss"), no condition; alone, an accent a phone may have put on "if".
        self.accented_yes = {normalise(w): w for w in _words_raw(books, "accented_yes")}
        self.accented_yes_leads = _words(books, "accented_yes_leads")
        self.contact_links = frozenset(
            w for p in self._token_phrases(books, "contact_links") for w in p
        )
        self.number_abbreviations = _words(books, "number_abbreviations")
        self.number_nouns = _words(books, "number_nouns")
        self.number_links = _words(books, "number_links")
        # Longest first, so "thank you" goes before "thanks" could split it.
        self.alone_fillers = tuple(
            sorted(_words(books, "alone_fillers"), key=lambda w: (-len(w), w))
        )

    def _in_order(
        self, books: list[dict[str, Any]], key: str
    ) -> dict[str, tuple[tuple[str, ...], ...]]:
        """A list's phrases as words said in order, under their first words, longest
        first; a hyphen is no word ("pediu-me que" is "pediu", "me", "que")."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self._token_phrases(books, key):
            words = tuple(w for w in phrase if any(ch.isalnum() for ch in w))
            out.setdefault(words[0], []).append(words)
        for found in out.values():
            found.sort(key=lambda w: (-len(w), w))
        return {first: tuple(found) for first, found in out.items()}

    def _firsts(
        self, books: list[dict[str, Any]], key: str
    ) -> dict[str, tuple[tuple[str, ...], ...]]:
        """A list's phrases cut into tokens, longest first, under their first words."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(self._token_phrases(books, key), key=lambda w: (-len(w), w)):
            out.setdefault(words[0], []).append(words)
        return {first: tuple(found) for first, found in out.items()}

    def _token_phrases(self, books: list[dict[str, Any]], key: str) -> tuple[tuple[str, ...], ...]:
        """A list's phrases cut into tokens as a text is ("you've" is "you", "'ve"); a
        word ending in "-" stays whole, the start of a word ("afadhali tusi-")."""
        return tuple(
            tuple(
                token
                for word in phrase.split()
                for token in (
                    (word,)
                    if len(word) > 1 and word.endswith("-")
                    else (t.text for t in self._nlp.make_doc(word))
                )
            )
            for phrase in sorted(_words(books, key))
        )

    def _ask_parts(self, ask: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The words before and after the "{}" of a pattern ("mettre {} en copie")."""
        before, after = ask.split("{}", 1)

        def words(part: str) -> tuple[str, ...]:
            return tuple(
                t.text for t in self._nlp.make_doc(part) if any(ch.isalnum() for ch in t.text)
            )

        return words(before), words(after)

    def _unhyphened_phrases(
        self, books: list[dict[str, Any]], key: str
    ) -> tuple[tuple[str, ...], ...]:
        """A list's phrases cut into tokens as a text is, read without the hyphens of
        their words ("e-mail", "Handy-Nummer"), longest first."""
        return tuple(
            sorted(
                {
                    tuple(t for t in phrase if t != "-")
                    for phrase in self._token_phrases(books, key)
                },
                key=len,
                reverse=True,
            )
        )

    def _word_phrases(self, books: list[dict[str, Any]], key: str) -> tuple[tuple[str, ...], ...]:
        """A list's phrases as their words, as a text's words are cut ("pourrais-je" is
        "pourrais", "je"), longest first."""
        phrases = {
            tuple(t for t in words if any(ch.isalnum() for ch in t))
            for words in self._token_phrases(books, key)
        }
        return tuple(sorted((w for w in phrases if w), key=lambda w: (-len(w), w)))

    def is_past(self, word: str) -> bool:
        """Whether a word is a simple past ("met", "managed", "conseguimos")."""
        return word not in self.past_exceptions and (
            word in self.past_forms or self._past_shapes.match(word) is not None
        )

    def is_conditional_form(self, word: str) -> bool:
        """Whether a word is a verb whose form sets a condition (conditional_shapes:
        Swahili "asipokubali", "if he does not agree"; "akisaini", "if he signs")."""
        return self._conditional_shapes.match(word) is not None

    def is_negated_conditional_form(self, word: str) -> bool:
        """Whether a word is a verb whose form sets a negated condition, which says
        nothing else (negated_conditional_shapes: Swahili "asipokubali")."""
        return self._negated_conditional_shapes.match(word) is not None

    def is_habitual(self, word: str) -> bool:
        """Whether a word has the shape of a verb of habit or the present (habitual_shapes:
        Swahili "zinapotea", "huwa")."""
        return self._habitual_shapes.match(word) is not None

    def is_story_past(self, word: str) -> bool:
        """Whether a word tells a story in the past on its own ("broke", "était",
        "tulipaka"): a simple past, one of the story_pasts or of the news_pasts."""
        return self.is_past(word) or (
            word not in self.past_exceptions
            and (word in self.story_pasts or self._news_pasts.match(word) is not None)
        )

    def is_story_participle(self, word: str) -> bool:
        """Whether a word is a participle a perfect's auxiliary may take in a story
        ("tombée" of "est tombée", "hablado"): participles and news_participles."""
        return self.is_participle(word) or self._news_participles.match(word) is not None

    def is_since_past(self, word: str) -> bool:
        """Whether a word after a lead of since_leads tells the past ("saí", "voltou",
        "comecei"), as no condition's verb ("pague", "for", "possa") does."""
        return self.is_past(word) or self._since_pasts.match(word) is not None

    def is_participle(self, word: str) -> bool:
        """Whether a word is a past participle or a simple past ("spoken", "eu",
        "hablado", "getroffen")."""
        return self.is_past(word) or (
            word not in self.past_exceptions
            and (word in self.participles or self._participle_shapes.match(word) is not None)
        )

    def may_be_noun(self, word: str) -> bool:
        """Whether a word after "this kind of" may be a noun: a word of letters, none of
        the type_stops, not a simple past, and not of a verb's or an adverb's shape
        ("works", "really") unless of a noun's ("business", "status")."""
        return (
            word.isalpha()
            and word not in self.type_stops
            and not self.is_past(word)
            and (
                self._type_verb_shapes.match(word) is None
                or self._type_noun_shapes.match(word) is not None
            )
        )

    def is_auxiliary(self, token: str) -> bool:
        """Whether a token is an auxiliary of the perfect ("have", "we've", "n'avons")."""
        return any(form in self.perfect_auxiliaries for form in _elided(token))

    def is_perfect_contraction(self, token: str) -> bool:
        """Whether a token is a contraction that may be a perfect's auxiliary as well as a
        habit lead ("she's", "I'd")."""
        return any(form in self.perfect_contractions for form in _elided(token))

    def is_habit_lead(self, token: str) -> bool:
        """Whether a token makes what follows a habit or a state ("I'm", "will")."""
        return any(form in self.habit_leads for form in _elided(token))

    def bare_word(self, text: str) -> str:
        """A short reply without courtesies ("k thx" -> "k"), words joined by spaces."""
        words = f" {' '.join(text.split())} "
        for filler in self.alone_fillers:
            words = words.replace(f" {filler} ", " ")
        return words.strip()

    def undrawn(self, word: str) -> str | None:
        """The one-word answer ``word`` draws out, shouting or delighted ("simmmm" is
        "sim", "ouiiii" "oui", "noooo" "no"): each run of three or more of one letter cut
        to one letter, or else to two ("pleeease" is "please"), is a word of the
        stretched_words ("YESSSS", "jaaaa", "ndiyooo"; a drawn-out "suuure" may mock, and
        is none of them) or of the no list. None when ``word`` is itself a word of the lists,
        draws out no letter, is one letter over and over ("kkkk", laughter), or when
        neither cut answers, or the two cuts answer differently. A drawn-out letter is
        no slip: the writer means the word, so it is read wherever it stands, unlike
        ``correct_typo``. The word is given and returned in lower case with its accents,
        which tell a language's word from another's ("sííííí" is Spanish "sí", not
        French "si")."""
        if normalise(word) in self._typo_targets.known or len(set(word)) < 2:
            return None
        if not _DRAWN_RUN.search(word):
            return None
        cuts = [_DRAWN_RUN.sub(r"\1", word), _DRAWN_RUN.sub(r"\1\1", word)]
        found = [c for c in cuts if normalise(c) in self._drawn_yes | self._drawn_no]
        if not found or len({normalise(c) in self._drawn_yes for c in found}) > 1:
            return None
        return found[0]

    def is_answer_word(self, word: str) -> bool:
        """Whether ``word`` is a word of some answer phrase ("intro", "happy", "will")."""
        return word in self._typo_targets.known

    def correct_typo(self, word: str) -> str | None:
        """The one answer word ``word`` is a slip of: two letters swapped ("ahaed") or
        one left out ("sur"); None when it is a known word, or a slip of none or of
        several. A real word one slip from a negator ("either", "einen", "ont") is never
        taken for a slip of it."""
        if word in self._typo_targets.known or len(word) < _MIN_TYPO_LETTERS:
            return None
        if word in self.real_words:
            return None
        swaps = {
            word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)
        } & self._typo_targets.known
        # Two letters swapped keep every letter typed, so they are the likelier slip.
        for found in (swaps, self._typo_targets.dropped.get(word, frozenset())):
            if found:
                return next(iter(found)) if len(found) == 1 else None
        return None

    def written_in(
        self, tokens: Iterable[str], *, least_words: int = _PLAIN_LANGUAGE_WORDS
    ) -> Language | None:
        """The language a reply is written in, told by its tokens, or None when no one
        language stands out.

        Each language counts the different tokens that are its own words (held by no
        other language's lists; false friends, and a book of any language, tell none).
        The language with most is the reply's when it has at least ``least_words`` of
        them and at least twice as many as any other language: "Sim, pode apresentar!
        Estou no carro." is Portuguese; "Yes, go ahead. Estou no carro." and "Ja,
        gerne." are in no language.

        The reply's language turns a word that answers in another language (a negator, a
        yes) into a plain word, so it must be plain: one or two words of a language turn
        up by chance in a reply written in another (a greeting, a name, a sign-off), so
        three are asked by default; and a reply mixing two languages ("Sawa kabisa!
        Niunganishe na Wanjiru tafadhali, we've been looking for ...") has no language
        ("more than any other" would make that one English), each word read as it is
        anywhere. A caller whose word passes tests of its own besides may ask fewer
        words (``_CONTRACTION_LANGUAGE_WORDS``)."""
        said = set(tokens)
        counts = [len(language.words & said) for language in self.languages]
        best = max(range(len(counts)), key=counts.__getitem__)
        if counts[best] < least_words or any(
            2 * count > counts[best] for k, count in enumerate(counts) if k != best
        ):
            return None
        return self.languages[best]

    def in_contraction_language(self, reading: Reading) -> bool:
        """Whether the reading is written in a language whose lists hold contractions,
        two of its own words being enough ("Sim, estou no carro.")."""
        language = self.written_in(reading.tokens, least_words=_CONTRACTION_LANGUAGE_WORDS)
        return language is not None and bool(language.contractions)

    def negates_at(self, reading: Reading, index: int) -> bool:
        """Whether the token at ``index`` negates what follows it: a negator that is no
        copula there ("ni" of "ni oui ni non", not of "Ni sawa")."""
        return self.is_negator(reading.tokens[index]) and index not in reading.copulas

    def _copulas_in(self, tokens: tuple[str, ...], breaks: tuple[bool, ...]) -> frozenset[int]:
        """The tokens that are a copula: one of the copulas before a word of its
        language, in its clause ("Ni sawa", "ni wazo zuri"), or before a number right
        after one of the writer's contact_channels ("namba yangu ni +255 754 ..."), or
        before a number in a text that quoted a price before it ("Kitanda ni Tsh 850,000,
        mvule ni 650,000")."""
        out = set()
        for i, token in enumerate(tokens):
            words = self.copulas.get(token)
            if words is None:
                continue
            nxt = i + 1
            while nxt < len(tokens) and not tokens[nxt].strip():
                nxt += 1
            if nxt < len(tokens) and not breaks[nxt] and tokens[nxt] in words:
                out.add(i)
            elif nxt < len(tokens) and tokens[nxt][:1] in _NUMBER_STARTS:
                said = tuple(t for t in tokens[:i] if t.strip())
                if any(said[-len(c) :] == c for c in self.contact_channels):
                    out.add(i)
                elif self._priced(said):
                    # "Kitanda ni Tsh 850,000 ..., mvule ni 650,000": a price list.
                    out.add(i)
        return frozenset(out)

    def _priced(self, said: tuple[str, ...]) -> bool:
        """Whether ``said`` (the words before a copula) quotes a price: one of the
        price_marks right beside a number ("Tsh 850,000")."""
        return any(
            word in self.price_marks
            and any(0 <= k < len(said) and said[k][:1].isdigit() for k in (n - 1, n + 1))
            for n, word in enumerate(said)
        )

    def plain_words(self, tokens: Iterable[str]) -> frozenset[str]:
        """The false friends that are plain words among ``tokens``: those of the language
        the text is written in ("Agradeço imenso, mas desta vez vou passar. Já tenho
        ..."), none when it is written in none."""
        language = self.written_in(tokens)
        return language.false_friends if language is not None else frozenset()

    def is_negator(self, token: str) -> bool:
        """Whether a token negates what follows it ("not", "n'", "don't")."""
        return (
            token in self.negators
            or any(token.startswith(p) for p in self.negator_prefixes)
            or any(token.endswith(s) for s in self.negator_suffixes)
        )

    def is_forget_word(self, token: str) -> bool:
        """Whether a token, or what follows its elision ("n'oubliez"), forgets."""
        word = token.rpartition("'")[2] or token
        return word in self.forget_words or word.startswith(self.forget_stems)

    def unforgets_at(self, reading: Reading, index: int) -> bool:
        """Whether the negator at ``index`` negates a forgetting: one of the forget_words
        is the negator's own elided word ("n'oubliez"), stands at most three words on in
        its clause ("don't forget", "no te olvides", "no me he olvidado") or right
        before it ("vergiss nicht", "oubliez pas")."""
        tokens = reading.tokens
        if self.is_forget_word(tokens[index]):
            return True
        i, words = index + 1, 0
        while i < len(tokens) and words < _FORGET_REACH and not reading.breaks[i]:
            if tokens[i].strip():
                if self.is_forget_word(tokens[i]):
                    return True
                words += 1
            i += 1
        i = index - 1
        while i >= 0 and not tokens[i].strip():
            i -= 1
        return i >= 0 and not reading.breaks[i] and self.is_forget_word(tokens[i])

    def _phrase_doc(self, phrase: str) -> Doc:
        """A phrase as the tokenizer cuts it inside a text: one that opens with a clitic
        ("'s ok", as in "my boss's ok") is cut after a word, which is then dropped."""
        if not phrase.startswith("'"):
            return self._nlp.make_doc(phrase)
        return self._nlp.make_doc("x" + phrase)[1:].as_doc()

    def read(self, normalised: str) -> Reading:
        """Tokens and phrases of a text already passed through ``normalise``."""
        doc = _text_doc(self._nlp, normalised)
        tokens = tuple(t.text for t in doc)
        breaks = tuple(t.is_punct or "\n" in t.text for t in doc)
        found: list[Phrase] = []
        for match_id, start, end in self._matcher(doc):
            label = self._nlp.vocab.strings[match_id]
            found.append(Phrase(label, start, end, doc[start:end].text))  # type: ignore[arg-type]
        if not self._slips.keys().isdisjoint(tokens):
            found.extend(self._slipped(doc))
        found.extend(self._ambiguous(tokens, breaks, found))
        found = _bare_guesses(found, tokens, breaks, self.closing_guesses)
        if not self.verb_conditions.isdisjoint(tokens):
            found.extend(self._verb_conditions(tokens, breaks))
        if "?" in tokens:
            found = _repeated_marks(found, tokens)
        conclusions = tuple(
            Phrase("neutral", start, end, doc[start:end].text)
            for _, start, end in self._conclusions(doc)
        )
        return Reading(
            tokens,
            breaks,
            _habit_yeses(
                _inner_yeses(
                    handover_yeses(
                        _inner_yeses(
                            tuple(_weak(_longest(found), tokens, breaks, self.joiners)),
                            tokens,
                            breaks,
                            self.copula_yes,
                        ),
                        tokens,
                        breaks,
                        self,
                    ),
                    tokens,
                    breaks,
                    self.mid_clause_yes,
                    self.ok_leads,
                ),
                tokens,
                breaks,
                self,
            ),
            conclusions,
            tuple(t.idx for t in doc),
            (
                self._copulas_in(tokens, breaks)
                if not self.copulas.keys().isdisjoint(tokens)
                else frozenset()
            )
            | (
                _hyphen_prefixed(doc, self.hyphen_prefixes)
                if "-" in tokens and not self.hyphen_prefixes.isdisjoint(tokens)
                else frozenset()
            ),
        )

    def _slipped(self, doc: Doc) -> list[Phrase]:
        """The phrases a slip completes once corrected: "no reason not too" is "no
        reason not to", "go fo it" is "go for it".

        A corrected phrase counts only when it answers, doubts or asks and holds the
        corrected word. A slip that is itself a word of the phrase books ("too") is a
        real word, and is corrected only into a phrase of at least four words: "I'm
        happy too" may say "happy as well", and "not too keen" completes no phrase."""
        from spacy.tokens import Doc

        tokens = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        out: list[Phrase] = []
        for slip in sorted(self._slips.keys() & set(tokens)):
            at = [i for i, token in enumerate(tokens) if token == slip]
            real = slip in self._typo_targets.known or slip in self.real_words
            least = _MIN_REAL_SLIP_WORDS if real else _MIN_SLIP_WORDS
            for correction in self._slips[slip]:
                words = [correction if token == slip else token for token in tokens]
                fixed = Doc(self._nlp.vocab, words=words, spaces=spaces)
                for match_id, start, end in self._matcher(fixed):
                    label = self._nlp.vocab.strings[match_id]
                    text = fixed[start:end].text
                    if (
                        label in _SLIP_LABELS
                        and any(start <= i < end for i in at)
                        and len(text.split()) >= least
                    ):
                        out.append(Phrase(label, start, end, text))  # type: ignore[arg-type]
        return out

    def _ambiguous(
        self, tokens: tuple[str, ...], breaks: tuple[bool, ...], found: list[Phrase]
    ) -> list[Phrase]:
        # "si" is Spanish for yes when it stands alone ("Si, claro") and French or
        # Spanish for "if" when a clause follows ("si c'est pour ..."). Swahili "bora"
        # ("better") before a word is Portuguese "bora" (let's go) in a reply written in
        # Portuguese ("bora prof!!! sim sim simmm ... pode passar meu email"): a hedge of
        # other languages only, that the reply's language reads as a yes, is none. An
        # "if" stays one in any reply ("yes si c'est ... about hiring").
        out: list[Phrase] = []
        language: Language | None = None
        if not self.hedge_before_word.isdisjoint(tokens):
            language = self.written_in(tokens)
        for i, token in enumerate(tokens):
            nxt = i + 1
            while nxt < len(tokens) and not tokens[nxt].strip():
                nxt += 1
            # "Si 👍 claro que si": a yes sign with no letter in it after the "si"
            # closes it as punctuation would; the "si" opens no clause. So does any other
            # sign ending its sentence ("Sí 😍", "Si 😊"), unless it answers or doubts on
            # its own: a sign of doubt there ("Sí 🤔") is read as after any yes.
            signed = (
                nxt < len(tokens)
                and not any(c.isalnum() for c in tokens[nxt])
                and (
                    any(p.label == "yes" and p.start == nxt for p in found)
                    or (
                        (nxt + 1 == len(tokens) or breaks[nxt + 1])
                        and not any(p.start == nxt and p.label != "neutral" for p in found)
                    )
                )
            )
            followed_by_word = nxt < len(tokens) and not breaks[nxt] and not signed
            foreign = (
                language is not None
                and token in language.yes_words
                and token not in language.word_hedges
                and token not in self.conditionals
            )
            if token in self.hedge_before_word and followed_by_word and not foreign:
                if _yes_before(
                    i, tokens, found, self.yes_before_punct
                ) or not _unanswered_yes_clause(
                    i, tokens, breaks, [p for p in found if p.text in self.yes_clauses_after_hedge]
                ):
                    out.append(Phrase("hedge", i, i + 1, token))
            elif token in self.yes_before_punct and not followed_by_word:
                out.append(Phrase("yes", i, i + 1, token))
        return out

    def _verb_conditions(self, tokens: tuple[str, ...], breaks: tuple[bool, ...]) -> list[Phrase]:
        """The verb_conditions ("mradi") before a word of their clause that is a verb with
        its subject prefix ("ana", "anaelewa", "tutakutana": condition_verbs) or one of
        the verb_condition_followers ("tu"), as hedges: "Ndiyo, mradi ana nia njema" is
        "yes, provided he means well", "Ndiyo, mradi wetu unakwenda vizuri" speaks of a
        project."""
        out: list[Phrase] = []
        for i, token in enumerate(tokens):
            if token not in self.verb_conditions:
                continue
            nxt = _next_word(tokens, i + 1)
            if nxt < len(tokens) and not breaks[nxt]:
                follower = tokens[nxt]
                if (
                    follower in self.verb_condition_followers
                    or self._condition_verbs.match(follower) is not None
                ):
                    out.append(Phrase("hedge", i, i + 1, token))
        return out


def _next_word(tokens: tuple[str, ...], index: int) -> int:
    """The first token from ``index`` on that is no bare whitespace."""
    while index < len(tokens) and not tokens[index].strip():
        index += 1
    return index


def _word_before(tokens: tuple[str, ...], index: int) -> int:
    """The last token before ``index`` that is no bare spaces (a line break counts), or
    -1."""
    index -= 1
    while index >= 0 and not tokens[index].strip(" \t"):
        index -= 1
    return index


def _leads_on(tokens: tuple[str, ...], index: int) -> bool:
    """Whether a comma at ``index`` goes on to a word on the same line."""
    if index >= len(tokens) or tokens[index] != ",":
        return False
    index += 1
    while index < len(tokens) and not tokens[index].strip():
        if "\n" in tokens[index]:
            return False
        index += 1
    return index < len(tokens) and any(c.isalnum() for c in tokens[index])


def _bare_guesses(
    found: list[Phrase], tokens: tuple[str, ...], breaks: tuple[bool, ...], guesses: frozenset[str]
) -> list[Phrase]:
    """``found`` without the closing_guesses that are no clause of their own. A guess
    doubts only standing bare ("Yes, I think.", "Ja, glaube ich.", "Ndiyo, nadhani."):
    opening its sentence, or right after a yes ("Yes I think", "Yes, I think"), and
    closing its clause, before a mark, an emoji or a break. Before a word, or a comma and
    a word, it leads what follows ("Nadhani itakuwa vizuri kukutana naye", "Ich glaube,
    das passt"), which is read on its own; after another word of its clause it is that
    clause's verb ("No creo.", "Sí, ya lo creo.", "more than I think"); after a clause
    that is no yes it guesses at a detail ("17:00 in Vienna, I think")."""
    yes_ends = {p.end for p in found if p.label in ("yes", "weak_yes")}
    kept: list[Phrase] = []
    for phrase in found:
        if phrase.text in guesses and phrase.label == "hedge":
            before = _word_before(tokens, phrase.start)
            if before >= 0 and tokens[before] == ",":
                # "Yes, I think.", not "(17:00 in Vienna, I think)": after a comma the
                # guess is the answer's only when a yes closes the clause before it.
                before = _word_before(tokens, before)
                opens = before >= 0 and before + 1 in yes_ends
            else:
                opens = (
                    before < 0
                    or "\n" in tokens[before]
                    or tokens[before] in SENTENCE_ENDS
                    or before + 1 in yes_ends
                )
            after = phrase.end
            while (
                after < len(tokens)
                and not breaks[after]
                and not any(c.isalnum() for c in tokens[after])
            ):
                after += 1
            if not (opens and (after == len(tokens) or breaks[after])):
                continue
            if _leads_on(tokens, after):
                # "Ja, ich glaube, das passt gut": a comma sets off the clause the
                # guess leads, as German writes it; read on its own.
                continue
        kept.append(phrase)
    return kept


# A lone letter and its full stop, which the tokenizer keeps whole ("y.").
_CLITIC_STOP = re.compile(r"[^\W\d_]\.")


def _text_doc(nlp: Pipeline, normalised: str) -> Doc:
    """A text's tokens, a clitic's letter closing a sentence cut from its full stop:
    the tokenizer keeps a lone letter and its dot whole as an initial ("J."), so
    "allez-y." and "vas-y." would hide both the yes and the sentence's end. Only a
    letter after a hyphen is cut; "J. Smith" keeps its initial."""
    doc = nlp.make_doc(normalised)
    if not any(_CLITIC_STOP.fullmatch(t.text) for t in doc):
        return doc
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    for k, t in enumerate(doc):
        if _CLITIC_STOP.fullmatch(t.text) and k > 0 and doc[k - 1].text == "-":
            words += [t.text[:-1], "."]
            spaces += [False, bool(t.whitespace_)]
        else:
            words.append(t.text)
            spaces.append(bool(t.whitespace_))
    return Doc(nlp.vocab, words=words, spaces=spaces)


# Shorthand is read only where it doubts, refuses, turns or asks: a phrase written short
# never says yes on its own.
_SHORTHAND_LABELS = frozenset({"no", "hedge", "contrast", "question", "other", "deferral"})


def _shorthand_variants(book: dict[str, Any], key: str) -> set[str]:
    """The phrases of one language's list written with its shorthands ("can you" ->
    "can u", "let me check with my" -> "lemme check w my", "not right now" -> "not rn"):
    each shorthand put for its words everywhere in a phrase, alone or with the others."""
    pairs: list[tuple[str, re.Pattern[str]]] = []
    for entry in book.get("shorthands", ()):
        short, words = normalise(entry).split(" ", 1)
        pairs.append((short, re.compile(r"(?<![\w'])" + re.escape(words) + r"(?![\w'])")))
    if not pairs:
        return set()
    out: set[str] = set()
    for phrase in book.get(key, ()):
        variants = {normalise(phrase)}
        for short, pattern in pairs:
            variants |= {pattern.sub(short, v) for v in variants if pattern.search(v)}
        out |= variants
    return out


def _yes_before(
    start: int, tokens: tuple[str, ...], found: list[Phrase], bare: frozenset[str]
) -> bool:
    """Whether a yes (or a weak one: "Vale") of other words than a bare "si" (``bare``)
    stands before ``start`` in its sentence: "Sí, adelante si me interesa" and "Vale, si
    me interesa" have their main clause in that yes, so the "si" is "if" ("go ahead if
    it interests me"), not a yes typed without its accent. "Si, si me interesa" repeats
    the yes, and "Si me interesa" opens its sentence: yes, as before."""
    first = start
    while first > 0 and tokens[first - 1] not in SENTENCE_ENDS and "\n" not in tokens[first - 1]:
        first -= 1
    return any(
        p.label in ("yes", "weak_yes")
        and first <= p.start
        and p.end <= start
        and p.text not in bare
        for p in found
    )


def _unanswered_yes_clause(
    start: int, tokens: tuple[str, ...], breaks: tuple[bool, ...], found: list[Phrase]
) -> bool:
    """Whether the clause opened at ``start`` is one of ``found`` (yes clauses listed as
    readable after a bare "si") and nothing follows it in its sentence: "Si me
    interesa" is a "Sí" typed without its accent, since an "if" clause would need a
    main clause ("si me interesa, te escribo"). A line break right after the "si" is
    passed over, as it was in telling that a word follows: "SI\nCLARO QUE SI." is the
    "Sí, claro que sí." of a writer who breaks lines as they go. Such a writer's next
    line may go on with the main clause ("SI\nME INTERESA\nLO HABLAMOS"), so then only a
    stop or a blank line closes the sentence."""
    first = start + 1
    while first < len(tokens) and not tokens[first].strip():
        first += 1
    # How many line breaks close a sentence: one, or two after a broken "si".
    closing_breaks = 2 if first > start + 1 else 1
    end = next((j for j in range(first, len(tokens)) if breaks[j]), len(tokens))
    # The yes must close the clause: "si me interesa lo veo" has its main clause inside.
    closing = [p for p in found if p.label == "yes" and start < p.start and p.end <= end]
    if not any(not any(t.strip() for t in tokens[p.end : end]) for p in closing):
        return False
    for j in range(end, len(tokens)):
        token = tokens[j]
        if token in SENTENCE_ENDS or token.count("\n") >= closing_breaks:
            return True
        if token.strip() and not breaks[j]:
            return False
    return True


def _elided(token: str) -> tuple[str, ...]:
    """A token and, when it holds an apostrophe, the part after it with and without the
    apostrophe ("we've": "'ve", "ve"; "n'avons": "'avons", "avons")."""
    at = token.rfind("'")
    if at < 0:
        return (token,)
    return token, token[at:], token[at + 1 :]


# The letters a "*" of a word's shape stands for, at least ("*ed" is "managed", not "red").
_MIN_SHAPE_STEM = 3


def _parenthetic_negations(
    negators: frozenset[str], connectives: frozenset[str]
) -> re.Pattern[str]:
    """One pattern for a negator and the word after it with no pause, then one of the
    connectives set between commas ("nao sou, contudo,", "no soy, sin embargo,"): the
    negator, its word and the connective as groups; one that matches nothing when there
    are none."""
    if not negators or not connectives:
        return re.compile(r"(?!)")

    def alternatives(words: frozenset[str]) -> str:
        return _escaped(sorted(words, key=lambda w: (-len(w), w)))

    return re.compile(
        rf"(?<![\w'])({alternatives(negators)}) ([^\W\d_]+) ?, ?"
        rf"({alternatives(connectives)}) ?, ?(?=[^\W_])"
    )


def _shapes(shapes: Iterable[str], anchored: bool = True) -> re.Pattern[str]:
    """One pattern for words of the given shapes, "*" standing for a stem ("*ed",
    "ge*t"); one that matches nothing when there are none. Anchored, it matches a whole
    word; else it finds such words in a text."""
    stem = f".{{{_MIN_SHAPE_STEM},}}" if anchored else rf"\w{{{_MIN_SHAPE_STEM},}}"
    alternatives = [
        stem.join(re.escape(part) for part in shape.split("*")) for shape in sorted(shapes)
    ]
    ends = ("^", "$") if anchored else (r"\b", r"\b")
    return re.compile(
        f"{ends[0]}(?:{'|'.join(alternatives)}){ends[1]}" if alternatives else r"(?!)"
    )


# Shorter words have too many neighbours to guess which one was meant.
_MIN_TYPO_LETTERS = 3
# A letter written three or more times running, as a writer draws out a word ("simmmm").
_DRAWN_RUN = re.compile(r"([^\W\d_])\1{2,}")


@dataclass(frozen=True)
class _TypoIndex:
    """Every word of the answer phrases, and each long one under its one-letter-short
    forms."""

    known: frozenset[str]
    dropped: dict[str, frozenset[str]]


# The letter keys of a keyboard, row by row, each row set off half a key from the one
# above: a slip that hits a key next to the one meant ("nit" for "not").
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _next_keys() -> dict[str, frozenset[str]]:
    """The keys next to each letter key: beside it, and the two above and below it."""
    out: dict[str, frozenset[str]] = {}
    for r, row in enumerate(_KEY_ROWS):
        for c, key in enumerate(row):
            near = {row[j] for j in (c - 1, c + 1) if 0 <= j < len(row)}
            if r:
                above = _KEY_ROWS[r - 1]
                near.update(above[j] for j in (c, c + 1) if j < len(above))
            if r + 1 < len(_KEY_ROWS):
                below = _KEY_ROWS[r + 1]
                near.update(below[j] for j in (c - 1, c) if 0 <= j < len(below))
            out[key] = frozenset(near)
    return out


# The shortest negator whose key-slips are looked for: "no" ("bo problem").
_MIN_SLIP_NEGATOR = 2
# The fewest letters of a negator a digit typed for a letter may spell ("n0t", not "n1").
_MIN_DIGIT_NEGATOR = 3


def _negator_slips(books: list[dict[str, Any]], negators: frozenset[str]) -> dict[str, str]:
    """Each word one key-slip from a negator ("nit", "npt" for "not", "pzs" for "pas",
    "bo" for "no"), with that negator: never a word of any list, nor one of the
    real_words ("nor", "mein")."""
    known = set().union(*(_book_words(book) for book in books))
    near = _next_keys()
    out: dict[str, str] = {}
    for negator in sorted(negators):
        if len(negator) < _MIN_SLIP_NEGATOR or not negator.isascii() or not negator.isalpha():
            continue
        for i, letter in enumerate(negator):
            for key in sorted(near.get(letter, ())):
                slip = negator[:i] + key + negator[i + 1 :]
                if slip not in known:
                    out.setdefault(slip, negator)
    return out


def _typo_index(books: list[dict[str, Any]]) -> _TypoIndex:
    words: set[str] = set()
    for book in books:
        for key in (*_LISTS, "alone_yes", "alone_no", "negators"):
            for phrase in book.get(key, ()):
                words.update(normalise(phrase).replace("'", " ").split())
    dropped: dict[str, set[str]] = {}
    for word in words:
        if len(word) > _MIN_TYPO_LETTERS and word.isalpha():
            for i in range(len(word)):
                dropped.setdefault(word[:i] + word[i + 1 :], set()).add(word)
    return _TypoIndex(frozenset(words), {k: frozenset(v) for k, v in dropped.items()})


# The marks a writer repeats after a question mark ("???", "?!", "!!").
_REPEATED_MARKS = frozenset({"?", "!", "?!", "!!"})


def _repeated_marks(found: list[Phrase], tokens: tuple[str, ...]) -> list[Phrase]:
    """Each neutral phrase that closes on a question mark (a greeting: "¿cómo andan?",
    "how are you?", "tudo bem com vc?") stretched over the marks repeated right after
    it ("como andan por ahi???", "tudo bem com vc??"): a greeting asked with emphasis
    asks nothing more, and its marks are no question, nor the doubt of a bare "???",
    of their own. Its text stays the phrase's, as listed."""
    out: list[Phrase] = []
    for phrase in found:
        end = phrase.end
        if phrase.label == "neutral" and tokens[end - 1] == "?":
            while end < len(tokens) and tokens[end] in _REPEATED_MARKS:
                end += 1
        out.append(phrase if end == phrase.end else replace(phrase, end=end))
    return out


def _longest(found: list[Phrase]) -> tuple[Phrase, ...]:
    """Overlapping phrases resolved: the longest wins ("no problem" over "no")."""
    ordered = sorted(found, key=lambda p: (-(p.end - p.start), _PRIORITY[p.label], p.start))
    taken: set[int] = set()
    kept: list[Phrase] = []
    for phrase in ordered:
        span = set(range(phrase.start, phrase.end))
        if span & taken:
            continue
        taken |= span
        kept.append(phrase)
    return tuple(sorted(kept, key=lambda p: p.start))


# A slip is corrected only into a phrase this long; for a real word, the phrase holds
# three words besides it, since a shorter one is too likely a coincidence ("I'm happy
# too", "love too").
_MIN_SLIP_WORDS = 2
# A negator negates a forgetting this many words before it at most ("no me he olvidado").
_FORGET_REACH = 3
_MIN_REAL_SLIP_WORDS = 4
# The labels a corrected phrase may carry: an answer, a doubt or a question back.
_SLIP_LABELS = frozenset({"yes", "no", "hedge", "question", "contrast"})

SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":", "...", "!!", "?!"})
# "Hi Ann, great!" opens with a greeting; "der Adler, ja fast" is mid-sentence.
_MAX_LEAD_WORDS = 3


def _opens_sentence(start: int, tokens: tuple[str, ...], breaks: tuple[bool, ...]) -> bool:
    """Whether the token starts its sentence, or follows only a short greeting and
    a comma ("Hi Ann, great!")."""
    i = start - 1
    while i >= 0 and not tokens[i].strip():
        if "\n" in tokens[i]:
            return True
        i -= 1
    if i < 0 or tokens[i] in SENTENCE_ENDS:
        return True
    if not breaks[i]:
        return False
    words = 0
    i -= 1
    while i >= 0:
        token = tokens[i]
        if token in SENTENCE_ENDS or "\n" in token:
            return True
        if token.strip() and not breaks[i]:
            words += 1
            if words > _MAX_LEAD_WORDS:
                return False
        i -= 1
    return True


def _weak(
    phrases: tuple[Phrase, ...],
    tokens: tuple[str, ...],
    breaks: tuple[bool, ...],
    joiners: frozenset[str] = frozenset(),
) -> list[Phrase]:
    """Praise words answer only when they open a sentence: "Great, thanks!" says
    yes, "Bob is great" does not; nor does one joined to another subject ("Ravi and I
    have met", French "ravi" being a yes and a name)."""
    out = []
    for phrase in phrases:
        if phrase.label != "weak_yes":
            out.append(phrase)
            continue
        joined = phrase.end < len(tokens) and tokens[phrase.end] in joiners
        opens = _opens_sentence(phrase.start, tokens, breaks) and not joined
        out.append(Phrase("yes" if opens else "neutral", phrase.start, phrase.end, phrase.text))
    return out


def _line_neighbours(tokens: tuple[str, ...], phrase: Phrase) -> tuple[int, int]:
    """The nearest tokens before and after ``phrase`` on its line that are no spaces: -1
    or ``len(tokens)`` where none is, a line break where the line ends."""
    before = phrase.start - 1
    while before >= 0 and not tokens[before].strip() and "\n" not in tokens[before]:
        before -= 1
    after = phrase.end
    while after < len(tokens) and not tokens[after].strip() and "\n" not in tokens[after]:
        after += 1
    return before, after


def _inner_yeses(
    phrases: tuple[Phrase, ...],
    tokens: tuple[str, ...],
    breaks: tuple[bool, ...],
    words: frozenset[str],
    leads: frozenset[str] = frozenset(),
) -> tuple[Phrase, ...]:
    """The phrases with each one-word yes of ``words`` read as neutral where it stands
    between two words of its clause: the word before it in no phrase and none of
    ``leads``, the word after it in no yes. Opening or closing its clause it answers, and
    so it does before another yes.

    For the yeses that are also a copula (copula_yes: Swahili "ndiyo", "it is"):
    "wikendi ndiyo muda pekee" and "hiyo ndiyo sababu" agree to nothing, while "Ndiyo,
    nakubali", "Jibu langu ni ndiyo." and "ni ndiyo kabisa" answer. For those that answer
    only at the edge of their clause or as its predicate (mid_clause_yes: "ok", "okay"),
    with the ok_leads as ``leads``: Low German "dat blifft ok so" ("that stays so too")
    agrees to nothing, while "ok go ahead", "Für mich ok.", "Yeah ok then" and the
    predicate after a copula, a degree word or an interjection ("that's ok with me", "es
    ist ok so", "oh ok then") answer as before."""
    if words.isdisjoint(tokens):
        return phrases
    out = []
    for phrase in phrases:
        if phrase.label == "yes" and phrase.end - phrase.start == 1 and phrase.text in words:
            before, after = _line_neighbours(tokens, phrase)
            if (
                before >= 0
                and not breaks[before]
                and tokens[before] not in leads
                and after < len(tokens)
                and not breaks[after]
                and not any(p.start <= before < p.end for p in phrases)
                and not any(p.label == "yes" and p.start <= after < p.end for p in phrases)
            ):
                out.append(Phrase("neutral", phrase.start, phrase.end, phrase.text))
                continue
        out.append(phrase)
    return tuple(out)


def _habit_yeses(
    phrases: tuple[Phrase, ...],
    tokens: tuple[str, ...],
    breaks: tuple[bool, ...],
    book: PhraseBook,
) -> tuple[Phrase, ...]:
    """The phrases with each one-word yes that also tells a habit (habit_yes: German
    "gern", "gerne", French "volontiers") read as neutral where one of the habit_marks
    ("mal") follows it in its clause or one of the forget_words stands there, a word in
    no yes stands before it there, and no word of its clause starts with one of the
    habit_escapes, words of meeting, helping or wishing: "Ich vergesse gern mal Termine",
    "Antworten dauern bei mir gern mal eine Woche", "On oublie volontiers ces choses"
    tell what tends to happen. Opening its clause ("Gerne mal!", "Ja, gerne mal
    kennenlernen") or beside the introduction ("Ich würde ihn gern mal kennenlernen",
    "gern mal telefonieren") it answers as before."""
    if not book.habit_marks or book.habit_yes.isdisjoint(tokens):
        return phrases
    out = []
    for phrase in phrases:
        if (
            phrase.label == "yes"
            and phrase.end - phrase.start == 1
            and phrase.text in book.habit_yes
        ):
            after = phrase.end
            while after < len(tokens) and not tokens[after].strip() and "\n" not in tokens[after]:
                after += 1
            marked = after < len(tokens) and not breaks[after] and tokens[after] in book.habit_marks
            start = phrase.start
            while start > 0 and not breaks[start - 1]:
                start -= 1
            end = phrase.end
            while end < len(tokens) and not breaks[end]:
                end += 1
            clause = tokens[start:end]
            if marked or any(book.is_forget_word(w) for w in clause):
                yeses = {i for p in phrases if p.label == "yes" for i in range(p.start, p.end)}
                before = any(
                    tokens[i].strip() and i not in yeses for i in range(start, phrase.start)
                )
                if before and not any(w.startswith(book.habit_escapes) for w in clause):
                    out.append(Phrase("neutral", phrase.start, phrase.end, phrase.text))
                    continue
        out.append(phrase)
    return tuple(out)


# How many words a hand-off's gap may hold ("I passed your message to Dr. Lee on").
_HAND_OFF_GAP = 6
# How many words may stand between someone else as the subject and the absence wording
# said of them ("Der ist diese Woche auf Dienstreise").
_OTHER_SUBJECT_GAP = 3

# How many texts an AutoReplyBook keeps read: the few of the reply being classified.
_RECENT_TEXTS = 8


class AutoReplyBook:
    """Wording only automatic replies and bounces use, in every language.

    A person may mention their own absence in passing ("Heads up that I'm out of office
    20-24 Oct" under their yes): the ``personal`` phrases hold such asides, and robot
    wording inside one of them does not mark a robot. The ``hand_offs`` are a person's
    passing the mail on ("I've forwarded this to Dr. Lee"), who wrote it themselves.
    The ``other_subjects`` are someone else as the subject of wording a person might also
    use ("he is", "my boss is", "der ist", "il est", "él está", "yuko"): wording said of
    them tells of their absence, not the writer's. The ``trips`` are strong wording of the
    writer's own trip that a person also writes ("je suis en déplacement jusqu'au"), the
    ``leaves`` strong wording of the writer's own holiday and return that a person also
    writes ("je suis en congés", "estoy de vacaciones", "nach meiner Rückkehr"), the
    ``unavailable`` the writer said to be away or out of reach ("pas disponible",
    "nicht erreichbar"), which a notice opens with and no refusal of the introduction
    is."""

    def __init__(self, books: list[dict[str, Any]]) -> None:
        from spacy.matcher import PhraseMatcher

        self._nlp = get_nlp()
        # One reply is searched for several kinds of wording, in the same few texts:
        # each is tokenized once, with the personal asides in it found once.
        self._recent: dict[str, tuple[Doc, list[tuple[int, int]]]] = {}
        self._matchers = {}
        for key in (
            "subject",
            "strong",
            "absence",
            "unanswering",
            "weak",
            "personal",
            "follow_ups",
            "other_subjects",
            "trips",
            "leaves",
            "unavailable",
        ):
            matcher = PhraseMatcher(self._nlp.vocab, attr="ORTH")
            phrases = {normalise(p) for book in books for p in book.get(key, ())}
            matcher.add(key, [self._nlp.make_doc(p) for p in sorted(phrases)])
            self._matchers[key] = matcher
        # A date a notice gives: a number after a lead ("vom 10.11.", "until the 28th"),
        # a word or two between ("bis einschließlich 28.11.", "até ao dia 28").
        leads = sorted(
            {normalise(p) for book in books for p in book.get("date_leads", ())},
            key=lambda p: (-len(p), p),
        )
        self._dates = re.compile(r"(?<![\w'])(?:" + _escaped(leads) + r")\s+(?:[^\W\d]+\s+){0,2}\d")
        # A gap ("...") in a hand-off holds a few words of its sentence, a title's dot
        # among them: "ich habe Ihre Nachricht an Herrn Dr. Huber weitergeleitet".
        gap = rf"(?:\s+(?:[^\W\d]{{1,3}}\.|[^\s.!?;,]+)){{0,{_HAND_OFF_GAP}}}\s+"
        self._hand_offs = re.compile(
            "|".join(
                r"\b" + gap.join(re.escape(part.strip()) for part in phrase.split("...")) + r"\b"
                for phrase in sorted(
                    {normalise(p) for book in books for p in book.get("hand_offs", ())},
                    key=lambda p: (-len(p), p),
                )
            )
        )

    def dated(self, normalised: str) -> str | None:
        """The first date a notice's absence gives in the (normalised) text, or None: a
        number after one of the date_leads, at most two words between ("vom 10.11.",
        "bis einschließlich 28.11.", "until the 28th", "jusqu'au 28", "hasta el 28",
        "até ao dia 28", "hadi tarehe 28"); "pas avant lundi" names none."""
        found = self._dates.search(normalised)
        return found.group() if found else None

    def find(
        self,
        kind: Literal[
            "subject",
            "strong",
            "absence",
            "unanswering",
            "weak",
            "follow_ups",
            "trips",
            "leaves",
            "unavailable",
        ],
        normalised: str,
        *,
        own: bool = False,
    ) -> str | None:
        """The first phrase of that kind in the (normalised) text, or None; with ``own``,
        the first not said of someone else ("Der ist diese Woche auf Dienstreise")."""
        doc, asides = self._read(normalised)
        others = [e for _, _, e in self._matchers["other_subjects"](doc)] if own else []
        for _, start, end in self._matchers[kind](doc):
            if any(a <= start and end <= b for a, b in asides):
                continue
            if any(_said_of(doc, e, start) for e in others):
                continue
            return str(doc[start:end].text)
        return None

    def _read(self, normalised: str) -> tuple[Doc, list[tuple[int, int]]]:
        """The (normalised) text's tokens and the token ranges of the personal asides in
        it, kept for the last few texts read."""
        kept = self._recent.get(normalised)
        if kept is None:
            if len(self._recent) >= _RECENT_TEXTS:
                self._recent.clear()
            doc = _text_doc(self._nlp, normalised)
            kept = doc, [(start, end) for _, start, end in self._matchers["personal"](doc)]
            self._recent[normalised] = kept
        return kept

    def hand_off(self, normalised: str) -> str | None:
        """The first hand-off in the (normalised) text, or None: the writer passing the
        mail on to someone in their own voice ("I've forwarded this to Dr. Lee", "je
        transmets à M. Dupont", "ich habe Ihre Nachricht an Herrn Huber weitergeleitet"),
        which no robot writes."""
        found = self._hand_offs.search(normalised)
        return found.group() if found else None


# What a telephone number may open with: a digit, or a country code's plus.
_NUMBER_STARTS = frozenset("+0123456789")


def _said_of(doc: Doc, subject_end: int, start: int) -> bool:
    """Whether wording starting at ``start`` follows a subject ending at ``subject_end``
    in its clause, a few words and no comma apart at most."""
    if not subject_end <= start:
        return False
    gap = [t.text for t in doc[subject_end:start]]
    words = [t for t in gap if t.strip()]
    return len(words) <= _OTHER_SUBJECT_GAP and not any(
        t in SENTENCE_ENDS or t == "," or "\n" in t for t in gap
    )


@lru_cache(maxsize=1)
def phrase_book() -> PhraseBook:
    """The answer phrases of every language, loaded once."""
    return PhraseBook(_load(_RULES / "replies"))


@lru_cache(maxsize=1)
def autoreply_book() -> AutoReplyBook:
    """The automatic-reply wording of every language, loaded once."""
    return AutoReplyBook(_load(_RULES / "autoreply"))
