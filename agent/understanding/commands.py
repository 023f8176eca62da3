"""Mail commands: short messages asking the agent for status, to cancel, or for help.

A command is a short mail whose subject or first line begins with one of the phrases
in ``rules/commands/{lang}.json``, or whose first sentence ends with one of the
``cancel_endings`` where the verb comes last ("Die Vorstellung mit Herrn Kaya können Sie
streichen", "The intro to Bob can be cancelled"). In a reply within a thread, a cancel
may also open a later sentence ("Sorry, they met already. Please drop this intro."), as
long as nothing but words naming the intro follow it. A short mail that asks for no
intro may ask how to use the agent anywhere in it (``help_questions``). Cancel names what
to cancel: an intro id such as ``#a1b2c3`` when the mail gives one, else the thread the
mail replies to.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from agent.understanding.request_model import Command

LANGUAGES = ("en", "fr", "es", "de", "pt", "sw")
# Longer mail is a conversation, not a command; a command is a line or two.
MAX_COMMAND_WORDS = 40
MAX_GREETING_WORDS = 4
COMMANDS: tuple[Literal["status", "cancel", "help"], ...] = ("cancel", "status", "help")

_INTRO_ID = re.compile(r"#([0-9a-f]{4,12})\b", re.IGNORECASE)
_SUBJECT_PREFIX = re.compile(
    r"^\s*((re|fwd?|tr|wg|aw|rv|res|enc|sv|antw)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE
)
_NON_WORD = re.compile(r"[^\w'#]+")
# A phrase may hold ``*`` for a name ("has * replied"); a mail's line never does.
_NON_PHRASE_WORD = re.compile(r"[^\w'#*]+")
# A sentence ends at . ! ? , ; or : (French puts a space before ? ! ; :), or at a dash.
_SENTENCE_SPLIT = re.compile(r"(?<=[\w)])(?:[.!?,;:]+|\s[!?;:]+)(?:\s+|$)|\s+[-\u2013\u2014]+\s+")


@dataclass(frozen=True)
class CommandMatch:
    """A recognised command and, for cancel or status, the intro id or ``thread`` it names."""

    command: Command
    target: str | None


def normalise(line: str) -> str:
    """A line as compared with the phrases: lower-case words separated by single spaces."""
    line = line.replace("\u2019", "'")
    return " ".join(_NON_WORD.sub(" ", line.casefold()).split())


def _normalise_phrase(phrase: str) -> str:
    """A phrase as ``normalise`` writes a line, its ``*`` kept."""
    phrase = phrase.replace("\u2019", "'")
    return " ".join(_NON_PHRASE_WORD.sub(" ", phrase.casefold()).split())


@lru_cache(maxsize=1)
def _command_files() -> tuple[dict[str, list[str]], ...]:
    """Each language's ``rules/commands`` file, read once."""
    folder = resources.files("rules") / "commands"
    return tuple(
        json.loads((folder / f"{language}.json").read_text(encoding="utf-8"))
        for language in LANGUAGES
    )


def _entries(key: str) -> set[str]:
    """The entries under ``key`` in every language, normalised as lines are."""
    return {normalise(entry) for data in _command_files() for entry in data.get(key, ())}


def _longest_first(entries: set[str]) -> tuple[str, ...]:
    return tuple(sorted(filter(None, entries), key=len, reverse=True))


@lru_cache(maxsize=1)
def command_phrases() -> tuple[tuple[Command, tuple[str, ...]], ...]:
    """Every command's phrases from all languages, longest first so the most specific wins."""
    collected: dict[Command, set[str]] = {command: set() for command in COMMANDS}
    for data in _command_files():
        for command in COMMANDS:
            collected[command].update(_normalise_phrase(phrase) for phrase in data.get(command, ()))
    return tuple(
        (command, tuple(sorted(filter(None, phrases), key=len, reverse=True)))
        for command, phrases in collected.items()
    )


@lru_cache(maxsize=1)
def phrases_by_head() -> dict[str, tuple[tuple[Command, str], ...]]:
    """The phrases filed under their first word, in ``command_phrases`` order."""
    found: dict[str, list[tuple[Command, str]]] = {}
    for command, phrases in command_phrases():
        for phrase in phrases:
            found.setdefault(phrase.split(" ", 1)[0], []).append((command, phrase))
    return {head: tuple(entries) for head, entries in found.items()}


_GREETED = frozenset({"there", "all", "team", "again", "folks", "everyone", "agent", "bot"})


@lru_cache(maxsize=1)
def command_lead_ins() -> tuple[str, ...]:
    """Politeness before a command ("I'd like to cancel"), longest first."""
    return _longest_first(_entries("lead_ins"))


@lru_cache(maxsize=1)
def lead_ins_by_head() -> dict[str, tuple[str, ...]]:
    """The lead-ins filed under their first word, longest first: a line can only open
    with those sharing its first word, so only they are tried."""
    found: dict[str, list[str]] = {}
    for lead in command_lead_ins():
        found.setdefault(lead.split(" ", 1)[0], []).append(lead)
    return {head: tuple(leads) for head, leads in found.items()}


@lru_cache(maxsize=1)
def cancel_objects() -> frozenset[str]:
    """Words that may follow a cancel in a later sentence of a reply ("cancel it please")."""
    return frozenset(_entries("cancel_objects"))


@lru_cache(maxsize=1)
def cancel_endings() -> tuple[str, ...]:
    """Phrases that cancel when they end a short first sentence ("... können Sie streichen")."""
    return _longest_first(_entries("cancel_endings"))


@lru_cache(maxsize=1)
def help_questions() -> tuple[str, ...]:
    """Questions asking how to use the agent, wherever they stand in a short mail ("Sorry
    if this is a daft question, but what am I meant to write to you ...")."""
    return _longest_first(_entries("help_questions"))


def asks_how_to_use(text: str) -> bool:
    """Whether a short mail asks, anywhere in it, how to use the agent. Only for a mail
    that asks for no intro: the caller reads the request first."""
    if len(text.split()) > MAX_COMMAND_WORDS:
        return False
    line = " " + normalise(text) + " "
    return any(" " + phrase + " " in line for phrase in help_questions())


# A sentence that ends with a cancel names what to cancel in a few words before it.
MAX_CANCEL_ENDING_WORDS = 14


@lru_cache(maxsize=1)
def command_greetings() -> frozenset[str]:
    """Words that open a greeting, which a command may follow ("Hi! Status?")."""
    return frozenset(_entries("greetings"))


def strip_subject_prefixes(subject: str) -> str:
    """The subject without ``Re:``, ``Fwd:`` and their translations."""
    return _SUBJECT_PREFIX.sub("", subject).strip()


def _sentences(text: str) -> Iterator[str]:
    """The text's sentences that are more than a greeting ("Hi!", "Hello Ann,"), each
    without its greeting and its politeness ("Actually, please ..."), normalised.

    Read lazily: outside a reply only the first one is ever looked at."""
    greetings = command_greetings()
    for line in text.splitlines():
        for sentence in _SENTENCE_SPLIT.split(line):
            words = normalise(sentence).split()
            if words and words[0] in greetings:
                # "Hello Intro Agent, ...": a short opening is only a greeting.
                if len(words) <= MAX_GREETING_WORDS:
                    continue
                # "Hi there status?": the greeting and whoever it greets go first.
                words = words[1:]
                while words and words[0] in _GREETED:
                    words = words[1:]
            line_words = _without_lead_ins(" ".join(words))
            # "Actually, ..." or "Sorry -" alone is politeness before the sentence that counts.
            if line_words:
                yield line_words


def _without_lead_ins(line: str) -> str:
    """``line`` without the politeness that may open a command, however much of it."""
    by_head = lead_ins_by_head()
    stripped = True
    while stripped and line:
        stripped = False
        for lead in by_head.get(line.split(" ", 1)[0], ()):
            if line == lead:
                return ""
            if line.startswith(lead + " "):
                line = line[len(lead) + 1 :]
                stripped = True
                break
    return line


# How many words may follow a phrase on its line ("cancel the intro to Bob Lee please"):
# help takes almost none, since "help me meet Bob" is a request, not a command.
_MAX_TAIL = {"status": 8, "cancel": 10, "help": 1}


@cache
def _wildcard(phrase: str) -> re.Pattern[str]:
    """A phrase with ``*`` for a name of one to three words ("has * replied")."""
    parts = (r"\S+(?: \S+){0,2}?" if part == "*" else re.escape(part) for part in phrase.split())
    return re.compile("^" + " ".join(parts) + "(?= |$)")


def _starts_with(line: str, phrase: str, command: Command) -> bool:
    if line == phrase:
        return True
    if "*" in phrase.split():
        found = _wildcard(phrase).match(line)
        if found is None:
            return False
        rest = line[found.end() :]
    elif line.startswith(phrase + " "):
        rest = line[len(phrase) :]
    else:
        return False
    tail = [word for word in rest.split() if not _INTRO_ID.fullmatch(word)]
    limit = (
        _MAX_TAIL[command] if " " in phrase or command == "status" else min(_MAX_TAIL[command], 4)
    )
    return len(tail) <= limit


def detect_command(subject: str, text: str, in_reply_to: bool) -> CommandMatch | None:
    """The command in a mail's subject or first line, or None when it is not a command.

    ``text`` is the mail's own new text (quoted text already removed) and
    ``in_reply_to`` tells whether the mail replies to an earlier one, which is what a
    cancel without an intro id refers to.
    """
    if len(text.split()) > MAX_COMMAND_WORDS:
        return None
    sentences = _sentences(text)
    subject_line = normalise(strip_subject_prefixes(subject))
    first = next(sentences, "")
    for line in (first, subject_line):
        command = _command_at(line)
        if command is not None:
            return CommandMatch(command, _target(command, subject, text, in_reply_to))
    if _ends_with_cancel(first):
        return CommandMatch("cancel", _target("cancel", subject, text, in_reply_to))
    if in_reply_to:
        # In a thread, "Thanks, but they met already. Please cancel it." cancels; only
        # words naming the intro may follow, so "stop by our booth" stays a sentence.
        objects = cancel_objects()
        for line in sentences:
            for phrase in _phrases_at(line, "cancel"):
                tail = line[len(phrase) :].split()
                if all(word in objects or _INTRO_ID.fullmatch(word) for word in tail):
                    return CommandMatch("cancel", _target("cancel", subject, text, True))
    return None


def _ends_with_cancel(line: str) -> bool:
    """Whether a short sentence ends with a cancel whose verb comes last."""
    if not line or len(line.split()) > MAX_CANCEL_ENDING_WORDS:
        return False
    return any(line == phrase or line.endswith(" " + phrase) for phrase in cancel_endings())


def _command_at(line: str) -> Command | None:
    """The command a line opens with, if any."""
    if not line:
        return None
    for command, phrase in phrases_by_head().get(line.split(" ", 1)[0], ()):
        if _starts_with(line, phrase, command):
            return command
    return None


def _phrases_at(line: str, wanted: Command) -> list[str]:
    """The phrases of one command that ``line`` opens with, longest first."""
    if not line:
        return []
    return [
        phrase
        for command, phrase in phrases_by_head().get(line.split(" ", 1)[0], ())
        if command == wanted and (line == phrase or line.startswith(phrase + " "))
    ]


def _target(command: Command, subject: str, text: str, in_reply_to: bool) -> str | None:
    found = _INTRO_ID.search(text) or _INTRO_ID.search(subject)
    if found:
        return "#" + found.group(1).lower()
    if command == "cancel" and in_reply_to:
        return "thread"
    return None
