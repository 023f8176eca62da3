"""Whom a reply's words are about meeting (rules/meeting_names).

"Oh yes, I'd love to meet Anna!", written back to "Would you like an introduction to
Daniel Kessler?", says yes to meeting someone else: the answer to the question asked is
not given. This module finds the people a sentence names to meet ("meet Anna",
"rencontrer M. Benali", "conocer a la Sra. López", "Anna gerne kennenlernen",
"conhecer o Daniel", "kukutana na Amina") who are not the one the introduction is
about; the reply's reading decides whether such a sentence says yes. The one asked
about is named by a first name or surname of theirs, spelled as one may hear it
("Marta" for "Martha"), or by a common short form of their first name (rules/first_names
short_forms: "Kate" for Katherine Obi, "Pepe" for José Ortega); "Katie" is no
short form of Kate, and "Anna" no one's of Daniel.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from agent.understanding.first_names import called_alike
from agent.understanding.reply_phrases import normalise, phrase_book

__all__ = ["asked_about", "named_others", "names_asked_about"]

_RULES = Path(str(resources.files("rules")))
# How many words a name holds ("Anna", "Anna Maria Weber"), titles aside.
_MAX_NAME_WORDS = 3
# How many links or fillers may stand between a verb and the name ("meet up with").
_MAX_BETWEEN = 3
# Words, and any other character alone; an apostrophe or a hyphen inside a word
# ("d'Anna", "Jean-Marc") is read as a space first.
_TOKEN = re.compile(r"\w+|[^\w\s]")
_INNER = re.compile(r"(?<=\w)['\u2019-](?=\w)")
_SENTENCE_END = re.compile(r"[.!?\n]")
# The agent's question: "Would you like an introduction to Daniel Kessler? [#f6c3]",
# "Re: an introduction to Daniel Kessler: yes or no?", and in the quoted mail
# "... would like to introduce you to Daniel Kessler."
# The agent's question in the other languages names the one asked about as well ("Mise en
# relation avec Camille Roux ?", "Presentación a Ana López", "Vorstellung: Jana Weber",
# "Möchten Sie Sven Albrecht kennenlernen?", "Apresentação a Rui Costa", "Utambulisho kwa
# Amina Juma").
_SUBJECT_NAME = re.compile(
    r"(?i)(?:\bintroduction to|\bmise en relation avec|\bprésentation à|\bprésenté\(e\) à"
    r"|\bpresentación a|\bpresentemos a|\bvorstellung:|\bvorstellung bei|\bapresentação a"
    r"|\bapresentado\(a\) a|\butambulisho kwa|\bkutambulishwa kwa)\s+(?P<name>[^?:\[\]\n]+)"
    r"|(?i:\bmöchten sie) (?P<known>[^?:\[\]\n]+?) kennenlernen"
)
_QUOTED_NAME = re.compile(r"(?i)\bintroduce you to (?P<name>[^.?!\n]+)")


@dataclass(frozen=True)
class _Book:
    before: tuple[tuple[str, ...], ...]
    after: tuple[tuple[str, ...], ...]
    links: frozenset[str]
    fillers: frozenset[str]
    titles: frozenset[str]
    not_names: frozenset[str]
    articles: frozenset[str]
    # A quick look: the words the verbs hold.
    verbs: re.Pattern[str]


def _words(books: list[dict[str, list[str]]], key: str) -> frozenset[str]:
    return frozenset(normalise(w) for book in books for w in book.get(key, ()))


def _phrases(books: list[dict[str, list[str]]], key: str) -> tuple[tuple[str, ...], ...]:
    found = {tuple(normalise(w).split()) for book in books for w in book.get(key, ())}
    # The longest first: "meet up with" before "meet".
    return tuple(sorted(found, key=lambda words: (-len(words), words)))


@lru_cache(maxsize=1)
def _book() -> _Book:
    books = [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((_RULES / "meeting_names").glob("*.json"))
    ]
    titles = [
        json.loads(path.read_text(encoding="utf-8")).get("titles", ())
        for path in sorted((_RULES / "requests").glob("*.json"))
    ]
    before = _phrases(books, "before_name")
    after = _phrases(books, "after_name")
    firsts = sorted({words[0] for words in (*before, *after)}, key=lambda w: (-len(w), w))
    return _Book(
        before=before,
        after=after,
        links=_words(books, "links"),
        fillers=_words(books, "fillers"),
        titles=frozenset(normalise(t) for group in titles for t in group),
        not_names=_words(books, "not_names"),
        articles=_words(books, "articles"),
        verbs=re.compile(r"\b(?:" + "|".join(re.escape(w) for w in firsts) + r")\b"),
    )


def asked_about(subject: str, text: str) -> str:
    """The one the introduction is about, as the agent's subject or its quoted question
    names them; "" when neither does."""
    found = _SUBJECT_NAME.search(subject)
    if found is not None:
        return (found.group("name") or found.group("known")).strip()
    quoted = _QUOTED_NAME.search(text)
    return quoted.group("name").strip() if quoted else ""


def _parts(name: str, book: _Book) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[^\W\d_]+", normalise(name)) if w not in book.titles)


def _called_alike(name: str, book: _Book) -> frozenset[str]:
    """The names the first name of ``name`` (its first word past any title) is also
    commonly called by: "Katherine Obi" is "Kate" and "Kathy" too, "Bob Lee" "Robert"."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if normalise(w) not in book.titles]
    return frozenset(normalise(n) for n in called_alike(words[0])) if words else frozenset()


def named_others(text: str, other: str) -> list[tuple[str, str]]:
    """Each person a sentence of ``text`` names to meet who is not ``other`` (no first
    name or surname in common), with that sentence up to the name: ("Anna", "Oh yes,
    I'd love to meet Anna") for "Oh yes, I'd love to meet Anna! We've been ..."."""
    return [(name, sentence) for name, sentence, same in _named(text, other) if not same]


def names_asked_about(text: str, other: str) -> bool:
    """Whether ``text`` names ``other`` as someone to meet ("I'd imagine she'd be open to
    meeting Mr Lindqvist" asked about Erik Lindqvist): only a person who read the
    question writes so, never a robot's notice."""
    return any(same for _, _, same in _named(text, other))


def _named(text: str, other: str) -> list[tuple[str, str, bool]]:
    """Each person a sentence of ``text`` names to meet, the sentence up to the name,
    and whether the name is ``other``'s."""
    book = _book()
    wanted = _parts(other, book)
    if not wanted or book.verbs.search(normalise(text)) is None:
        return []
    # "happy to meet Kate", asked about Katherine Obi: her first name as she is called.
    alike = _called_alike(other, book)
    spaced = _INNER.sub(" ", text)
    matches = list(_TOKEN.finditer(spaced))
    raw = [m.group() for m in matches]
    folded = [normalise(t) for t in raw]
    found: list[tuple[str, str, bool]] = []
    for i in range(len(folded)):
        name: list[int] = []
        end = i
        for verb in book.before:
            if tuple(folded[i : i + len(verb)]) == verb:
                name = _name_after(raw, folded, i + len(verb), book)
                break
        else:
            for verb in book.after:
                if tuple(folded[i : i + len(verb)]) == verb:
                    name = _name_before(raw, folded, i - 1, book)
                    end = i + len(verb) - 1
                    break
        if not name:
            continue
        start = matches[min(i, *name)].start()
        opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
        close = matches[max(end, *name)].end()
        named = frozenset(folded[k] for k in name)
        found.append(
            (
                " ".join(raw[k] for k in name),
                text[opening:close].strip(),
                bool(_spellings(wanted) & _spellings(named)) or not alike.isdisjoint(named),
            )
        )
    return found


# An "h" after a consonant or closing a name, and a letter doubled: "Martha" is "Marta"
# as a dictating phone writes her, "Sarah" "Sara", "Anna" "Ana", "John" "Jon".
_SILENT_H = re.compile(r"(?<=[^aeiouy\W])h|h$")
_DOUBLED = re.compile(r"(\w)\1+")
# A name shorter than this is compared only as written.
_MIN_SPELLED = 3


def _spellings(names: frozenset[str]) -> frozenset[str]:
    """The names as written and, for those of at least three letters, as spoken: the
    spellings of one name ("Martha" and "Marta", "Theresa" and "Teresa", "Phillip" and
    "Philip") are one person's, while "Maria" and "Mario" stay two."""
    spoken = {
        "~" + _DOUBLED.sub(r"\1", _SILENT_H.sub("", n)) for n in names if len(n) >= _MIN_SPELLED
    }
    return names | frozenset(spoken)


def _is_name(raw: str, folded: str, book: _Book) -> bool:
    return (
        raw[:1].isupper()
        and raw.isalpha()
        and folded not in book.not_names
        and folded not in book.titles
        and folded not in phrase_book().date_words
    )


def _title_at(raw: list[str], folded: list[str], k: int, book: _Book) -> int:
    """How many tokens a title at ``k`` takes ("Mr", "Dr.", "M."), 0 if none is there."""
    if k >= len(raw):
        return 0
    dot = 1 if k + 1 < len(raw) and raw[k + 1] == "." else 0
    if folded[k] in book.titles:
        return 1 + dot
    # An initial or a one-letter title: "M. Benali", "D. Kessler".
    if len(raw[k]) == 1 and raw[k].isupper() and dot:
        return 2
    return 0


def _name_after(raw: list[str], folded: list[str], k: int, book: _Book) -> list[int]:
    """The name's token positions after a verb ending before ``k``."""
    between = 0
    while k < len(raw) and folded[k] in book.links and between < _MAX_BETWEEN:
        k += 1
        between += 1
    if k < len(raw) and folded[k] in book.articles:
        # "meet the Board", "rencontrer la Présidente": a thing or a role, not a name.
        return []
    name: list[int] = []
    while k < len(raw) and len(name) < _MAX_NAME_WORDS:
        title = _title_at(raw, folded, k, book)
        if title:
            k += title
            continue
        if not _is_name(raw[k], folded[k], book):
            break
        name.append(k)
        k += 1
    return name


def _name_before(raw: list[str], folded: list[str], k: int, book: _Book) -> list[int]:
    """The name's token positions before a verb starting after ``k``: "Anna gerne
    kennenlernen", "Herrn Demir treffen"; not after an article ("die Kollegin")."""
    between = 0
    while k >= 0 and folded[k] in book.fillers and between < _MAX_BETWEEN:
        k -= 1
        between += 1
    name: list[int] = []
    while k >= 0 and len(name) < _MAX_NAME_WORDS and _is_name(raw[k], folded[k], book):
        name.insert(0, k)
        k -= 1
    while k >= 0 and (folded[k] in book.titles or raw[k] == "."):
        k -= 1
    if k >= 0 and folded[k] in book.articles:
        return []
    return name
