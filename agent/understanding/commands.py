"""Mail commands: short messages asking the agent for status, to cancel, or for help.

A command is a short mail whose subject or first line begins with one of the phrases
in ``rules/commands/{lang}.json``, or whose first sentence ends with one of the
``cancel_endings`` where the verb comes last ("Die Vorstellung mit Herrn Kaya können Sie
streichen", "The intro to Bob can be cancelled"). In a reply within a thread, a cancel
may also open a later sentence ("Sorry, they met already. Please drop this intro."), as
long as nothing but words naming the intro follow it. A short mail that asks for no
intro may ask how to use the agent anywhere in it (``help_questions``: "what do I
actually need to send you", "je dois mettre * en copie"), or in a sentence that is a
``help`` phrase alone ("Comment ça marche exactement ?"), ``softeners`` left out (one of
more than one word in a mail of up to 90 words too: "Kolleg:innen haben mir diese Adresse
empfohlen ... Was genau können Sie alles? ..."), or one
opening with a question what the agent is for (``scope_questions``: "What can I ask of
this service?", "Funciona também para apresentações entre colegas?") that no person or
day follows ("Does it also work for you?" is none). A question whether the agent may be
asked to do something (``capability_questions``: "Can I ask you to introduce two people on
my team to suppliers?", "Posso pedir para vocês ...?") asks for no intro: beside such a
question, in a mail of up to 90 words writing no address whose every ask is one, the
sentence asking how it works asks for help. Any sentence of
a short mail that asks for no new intro may say a command by its structure: a cancel verb
governing an intro noun, in the order its language puts them ("please scrap the
Greg/Olivia intro", "bitte die Vorstellung mit Herrn Krüger abbrechen"), or "the thing
with" a person written with a capital ("cancela lo de Javier Morales", "the Mark Evans
thing", "das mit Frau Keller stornieren"), not negated; one governing the thing with
anything else ("Cancela lo de mañana", "Cancel the Friday thing") cancels nothing; or
a question asking how an intro stands ("où en était ma demande", "ombi langu limefikia
wapi"). The thing with someone may be the ask told by its verb ("Cancela lo de
presentarme a Rosa Delgado", which names that intro), and a status question governing
the thing with a person asks how it stands beside an ask made before or a wait told ("any
news on that thing with Kevin at the depot i asked u about last week?? not heard
nothing"). A first line's status or cancel beside a later ask for an intro ("Any news on
Maya? Could you also introduce me to Carol?") is no command. A sentence alone may say
one too: a news question ("Any news?", "Gibt es hierzu schon etwas Neues?", "On en est
où ?", "Hat schon jemand geantwortet?") in a thread or beside an intro named or asked for
before ("Mes demandes", "Last week I asked for an intro to Sam") or a matter followed up
("Je reviens vers vous au sujet de Karim Haddad : est-ce qu'il a fini par répondre ?"), a bare
"drop it" in a thread ("Mejor déjalo"), or opening a mail outside one, where it names
nothing. A news question opening a mail outside a thread is status only beside something
about an intro or nothing but a sign-off ("Any news? We launched our new product today!"
is none), and an intro asked for as a noun ("I'd love an intro to Carol") is a new ask as
an ask verb is. A longer mail (up to 90 words) may open with a status or cancel of the
writer's own request and say why ("Any news on my request to meet Paula Grant? I sent it
a week ago ..."), of one named by its id ("Solicito o cancelamento do pedido #c58e02"), or
in a reply of the thread's ("Je vous prie de bien vouloir annuler cette demande"), or
cancel one naming whom it is with ("Vous pouvez annuler la mise en relation entre le Prof.
Amstutz et Mme Ruchti : ..."), when it asks for no new intro and writes no address; a
sentence saying the intro is no longer needed ("Il n'y a donc plus lieu de les
présenter") asks none. Cancel names what
to cancel: an intro id such as ``#a1b2c3`` when the mail gives one, else the thread the
mail replies to, else the intro a cancel verb governs as written when it names someone
("forget about the Bob intro", "annuler ma demande de mise en relation avec Pierre
Vasseur") or what it is about ("drop the intro about the mural permit"), else nothing
(the writer is then told none was found). A mail telling of
an ask made before ("two weeks ago I asked you to introduce me to ...", "te pedí que me
presentaras a ...") and asking how it stands ("Has she replied yet?", "Just want to know
where things stand", "wie der Stand ist", "¿Sigue pendiente?") or telling the writer still
waits ("todavía no sé nada", "still nothing", "toujours rien", "immer noch nichts") is
status, never the ask made again; the ask may be told after the intro noun it names
("the intro I asked for last Tuesday", "la presentación que te pedí"), and the one asked
for described rather than named in a question whether they answered ("did the importer
guy in Singapore ever get back to you?"). In a
reply, a clause saying the thread's intro is no longer needed cancels it ("No need to
go ahead with this any more", "we've sorted it between us", "Plus besoin", "Das hat sich
erledigt"); in a reply to the agent's own mail, where it names the intro ("la mise en
relation ... est désormais sans objet"), beside a longer reason too. A news question put
indirectly ("Don't suppose Priya's surfaced?", "¿Sabes si Giulia ya contestó?") asks as
the question put directly does. A question whether someone named answered that opens a
mail of up to 90 words and goes on to tell the ask it is about as sent before ("Did Ruth
ever respond on the one Baraka sent you last week?") is status, beside no new ask.
A status phrase opening a mail may run on past a short tail when it tells that the writer
asked for it before ("Any joy with the Fostering Network woman I asked you about last
week?"), and "the thing with" someone may name them after a determiner or a title
("lo del capitán Soto", "das mit dem Kreisbrandrat Lechner"). An opening sentence that
refers to the writer's own earlier mail about an intro ("unter Bezugnahme auf mein
Schreiben vom 3. d. M. betreffend die Vermittlung eines Kontaktes zwischen Herrn Mag.
Florian Url und ...") and goes on to cancel "the request in question" cancels that intro,
named as the earlier mail's clause names it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Literal

from agent.understanding.request_model import Command
from agent.understanding.request_rules import load_rules
from agent.understanding.word_sets import text_words

LANGUAGES = ("en", "fr", "es", "de", "pt", "sw")
# Longer mail is a conversation, not a command; a command is a line or two.
MAX_COMMAND_WORDS = 40
# A longer mail may still open with a status or cancel of the writer's own request and go
# on to say why ("Any news on my request to meet Paula Grant? I sent it a week ago ...").
MAX_OPENING_COMMAND_WORDS = 90
MAX_GREETING_WORDS = 4
# A question proper how to use the agent ("Est-ce que je dois mettre les deux personnes en
# copie ?") asks for help in a longer mail still, one telling who sent the writer and why
# they ask: it names no pair, the caller having read the request first.
MAX_HELP_QUESTION_WORDS = 160
# A reply to the agent's own mail may ask how the intro stands amid other news of the
# writer's, when the question names someone the thread's subject names.
MAX_NAMED_THREAD_STATUS_WORDS = 200
COMMANDS: tuple[Literal["status", "cancel", "help"], ...] = ("cancel", "status", "help")

_INTRO_ID = re.compile(r"#([0-9a-f]{4,12})\b", re.IGNORECASE)
_SUBJECT_PREFIX = re.compile(
    r"^\s*((re|fwd?|tr|wg|aw|rv|res|enc|sv|antw)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE
)
_NON_WORD = re.compile(r"[^\w'#]+")
# A phrase may hold ``*`` for a name ("has * replied"); a mail's line never does.
_NON_PHRASE_WORD = re.compile(r"[^\w'#*]+")
# A sentence ends at . ! ? , ; or : (French puts a space before ? ! ; :), or at a dash.
# Each way opens with a mark or a space, written first so that the scan skips straight to
# those; the word or ")" the mark follows is checked behind it.
_SENTENCE_SPLIT = re.compile(
    r"[\s.!?,;:](?:(?<=[\w)][.!?,;:])[.!?,;:]*(?:\s+|$)"
    r"|(?<=[\w)]\s)[!?;:]+(?:\s+|$)"
    r"|(?<=\s)\s*[-\u2013\u2014]+\s+)"
)


@lru_cache(maxsize=64)
def _split_sentences(line: str) -> tuple[str, ...]:
    """``line`` cut at its sentence ends (``_SENTENCE_SPLIT``), not at the period of a
    title before a name written with a capital ("Has Mr. Pfeiffer replied?", "¿Ha
    respondido el Sr. Pfeiffer?", "Hat Hr. Pfeiffer geantwortet?"), which is left out.

    Kept for the lines of the last few mails: the checks of a mail cut the same lines."""
    if ". " in line:
        line = _without_title_stops(line)
    return tuple(_SENTENCE_SPLIT.split(line))


def _without_title_stops(line: str) -> str:
    """``line`` with the period left out after each of ``title_abbreviations`` (as
    written, with its capital: "introduce me. Thanks" ends a sentence) that stands as a
    word of its own and has, after spaces, a capital. Each period is looked at from
    where it stands, back over its word, rather than by a pattern of every title tried
    at every letter: most lines hold a period or two and no title."""
    titles = _title_abbreviations()
    cut: list[str] = []
    start = 0
    at = line.find(".")
    while at != -1:
        word = at
        while word > 0 and line[word - 1].isalpha():
            word -= 1
        after = at + 1
        while after < len(line) and line[after].isspace():
            after += 1
        if (
            line[word:at] in titles
            and (word == 0 or not _is_word_char(line[word - 1]))
            and after > at + 1
            and after < len(line)
            and line[after].isupper()
        ):
            cut.append(line[start:at])
            start = at + 1
        at = line.find(".", at + 1)
    if not cut:
        return line
    cut.append(line[start:])
    return "".join(cut)


def _is_word_char(char: str) -> bool:
    """Whether ``char`` is one a pattern's ``\\w`` matches."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=1)
def _title_abbreviations() -> frozenset[str]:
    """Every language's ``title_abbreviations``, as written."""
    return frozenset(t for data in _command_files() for t in data.get("title_abbreviations", ()))


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


def with_contractions(entries: Iterable[str], data: dict[str, list[str]]) -> list[str]:
    """``entries`` and, for each ending on a preposition, the same ending on each of its
    forms joined to an article (``contractions``: "de del", "de do da", "de du des", "von
    vom"): "se sabe algo de" asks as "¿Se sabe algo del aparejador?" does."""
    forms: dict[str, list[str]] = {}
    for line in data.get("contractions", ()):
        preposition, *joined = line.split()
        forms.setdefault(preposition, []).extend(joined)
    found: list[str] = []
    for entry in entries:
        found.append(entry)
        head, _, last = entry.rpartition(" ")
        if head:
            found.extend(f"{head} {form}" for form in forms.get(last, ()))
    return found


@lru_cache(maxsize=1)
def command_phrases() -> tuple[tuple[Command, tuple[str, ...]], ...]:
    """Every command's phrases from all languages, longest first so the most specific wins."""
    collected: dict[Command, set[str]] = {command: set() for command in COMMANDS}
    for data in _command_files():
        for command in COMMANDS:
            collected[command].update(
                _normalise_phrase(phrase)
                for phrase in with_contractions(data.get(command, ()), data)
            )
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
def greeting_tails() -> frozenset[str]:
    """The second words of greetings of two ("Guten Tag", "Buenos días", "Bom dia"),
    left out with the greeting's first."""
    return frozenset(_entries("greeting_tails"))


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
def softeners() -> frozenset[str]:
    """Words that change nothing in a question or a command standing alone ("how does it
    work exactly", "mejor déjalo", "gibt es schon etwas Neues")."""
    return frozenset(word for entry in _entries("softeners") for word in entry.split())


def _softened(line: str) -> str:
    """A normalised line without its softeners."""
    soft = softeners()
    return " ".join(word for word in line.split() if word not in soft)


@lru_cache(maxsize=4)
def _softened_text(text: str) -> str:
    """A mail's text normalised without its softeners, kept for the last few texts: the
    checks whether a mail asks how to use the agent each read it so."""
    return _softened(normalise(text))


@lru_cache(maxsize=1)
def help_questions() -> tuple[str, ...]:
    """Questions asking how to use the agent, wherever they stand in a short mail ("Sorry
    if this is a daft question, but what am I meant to write to you ..."), softeners
    left out; a ``*`` stands for one to three words ("do I have to put * in copy")."""
    # "Könnten Sie mir bitte erläutern, wie eine solche Anfrage formuliert sein muss":
    # the formal register's ``formal_help_questions`` ask as the plain ones do.
    keys = ("help_questions", "formal_help_questions")
    entries = (e for data in _command_files() for k in keys for e in data.get(k, ()))
    return _longest_first({_softened(_normalise_phrase(entry)) for entry in entries})


@lru_cache(maxsize=1)
def _help_question_re() -> re.Pattern[str]:
    """Every help question as one pattern, each standing on whole words."""
    patterns = (
        " ".join(r"\S+(?: \S+){0,2}?" if part == "*" else re.escape(part) for part in q.split())
        for q in help_questions()
    )
    return re.compile(r"(?<!\S)(?:" + "|".join(patterns) + r")(?!\S)")


@dataclass(frozen=True)
class LetterIndex:
    """Phrases filed for a quick look at a mail before it is normalised or split: the runs
    of letters of each phrase's words ("what" and "s" of "what's"), under the longest of
    them."""

    filed: dict[str, tuple[frozenset[str], ...]]
    # The runs phrases are filed under, as a set: a set's look whether a mail's words hold
    # any, or which, reads the fewer of the two, unlike a dictionary's keys.
    keys: frozenset[str]


def _letter_index(phrases: Iterable[str]) -> LetterIndex | None:
    """The runs of letters of each phrase's words, ``*`` left out, filed under the longest
    run; None when there is no phrase or a phrase has none, which any mail may hold."""
    found: dict[str, list[frozenset[str]]] = {}
    for phrase in phrases:
        runs = frozenset(_WORD.findall(phrase))
        if not runs:
            return None
        found.setdefault(max(sorted(runs), key=len), []).append(runs)
    if not found:
        return None
    return LetterIndex({run: tuple(entries) for run, entries in found.items()}, frozenset(found))


def _may_hold(index: LetterIndex | None, text: str) -> bool:
    """Whether ``text`` may hold one of the phrases of ``index`` as words of it or of a
    sentence of it normalised: each run of letters of such a word is one of the
    ``_text_words``, so a text lacking a run of every phrase holds none."""
    if index is None:
        return True
    present = _text_words(text)
    # Most mail holds no run a phrase is filed under: found without building a set.
    keys = index.keys
    if keys.isdisjoint(present):
        return False
    filed = index.filed
    return any(needed <= present for run in keys.intersection(present) for needed in filed[run])


def _softened_phrases(*keys: str) -> tuple[str, ...]:
    """The phrases under ``keys`` in every language, softeners left out, longest first."""
    return _longest_first(
        {
            _softened(_normalise_phrase(entry))
            for data in _command_files()
            for key in keys
            for entry in data.get(key, ())
        }
    )


@lru_cache(maxsize=1)
def _help_question_index() -> LetterIndex | None:
    return _letter_index(help_questions())


@lru_cache(maxsize=1)
def _how_to_use_index() -> LetterIndex | None:
    """Every phrase one of which a mail asking how to use the agent holds: a help question,
    asked or not, a capability or scope question, or a ``help`` sentence."""
    return _letter_index(
        (
            *help_questions(),
            *_softened_phrases("asked_help_questions"),
            *_softened_phrases("capability_questions"),
            *_softened_phrases("scope_questions"),
            *help_sentences(),
        )
    )


@lru_cache(maxsize=1)
def _asked_help_question_re() -> re.Pattern[str]:
    """The ``asked_help_questions`` as one pattern, as ``_help_question_re`` is."""
    entries = {
        _softened(_normalise_phrase(entry))
        for data in _command_files()
        for entry in data.get("asked_help_questions", ())
    }
    patterns = (
        " ".join(r"\S+(?: \S+){0,2}?" if part == "*" else re.escape(part) for part in q.split())
        for q in _longest_first(entries)
    )
    return re.compile(r"(?<!\S)(?:" + "|".join(patterns) + r")(?!\S)")


# A sentence as written, up to and with its closing mark, for whether it asks.
_WRITTEN_SENTENCE = re.compile(r"[^.!?;\n]*[.!?;]*")


def _asks_asked_help_question(text: str) -> bool:
    """Whether a sentence of ``text`` that is a question (a question mark in it) holds one
    of ``asked_help_questions``, not negated: a help question that, without the mark, is
    a statement too ("¿Pongo a Ana en copia?" asks; "te pongo a Ana en copia" tells what
    the writer does)."""
    if "?" not in text:
        return False
    pattern = _asked_help_question_re()
    for found in _WRITTEN_SENTENCE.finditer(text):
        sentence = found.group()
        if "?" not in sentence:
            continue
        softened = _softened(normalise(sentence))
        if any(not _negated_before(softened, hit.start()) for hit in pattern.finditer(softened)):
            return True
    return False


@lru_cache(maxsize=1)
def _negation_words() -> frozenset[str]:
    """The one-word ``negations`` of every language ("no", "não", "not", "ne", "nicht")."""
    return frozenset(
        word
        for data in _command_files()
        for entry in data.get("negations", ())
        for word in (_normalise_phrase(entry),)
        if word and " " not in word
    )


def _negated_before(softened: str, at: int) -> bool:
    """Whether the word right before ``at`` in ``softened`` is one of the ``negations``:
    a help question so negated tells what the writer does not do ("Kenji, no pongo a
    Intro en copia para ...", "não coloco o Intro em cópia"), and asks nothing."""
    before = softened[:at].rsplit(None, 1)
    return bool(before) and before[-1] in _negation_words()


def _asks_help_question(text: str, softened: str) -> bool:
    """Whether ``text`` holds one of the ``help_questions`` not negated; ``softened`` is the
    text as a help question is looked for in it. A negation ending the sentence before
    negates nothing of the next ("... verstehe ich das Prinzip noch nicht. Was muss ich
    Ihnen denn genau schicken ...?", "I'm not sure. What do I need to send you?")."""
    pattern = _help_question_re()
    hits = [hit.start() for hit in pattern.finditer(softened)]
    if any(not _negated_before(softened, at) for at in hits):
        return True
    if not hits:
        return False
    # Each hit negated when read across the sentences: read each sentence on its own.
    for sentence in full_sentences(text):
        alone = _softened(normalise(sentence))
        if any(not _negated_before(alone, hit.start()) for hit in pattern.finditer(alone)):
            return True
    return False


@lru_cache(maxsize=1)
def help_sentences() -> frozenset[str]:
    """The ``help`` phrases, softeners left out: a sentence that is one of them alone asks
    how the agent works ("Comment ça marche exactement ?")."""
    return frozenset(
        _softened(_normalise_phrase(phrase))
        for data in _command_files()
        for phrase in data.get("help", ())
        if "*" not in phrase
    )


@lru_cache(maxsize=1)
def _scope_question_re() -> re.Pattern[str]:
    """The ``scope_questions``, softeners left out, as one pattern opening a sentence."""
    entries = {
        _softened(_normalise_phrase(entry))
        for data in _command_files()
        for entry in data.get("scope_questions", ())
    }
    patterns = (
        " ".join(r"\S+(?: \S+){0,2}?" if part == "*" else re.escape(part) for part in q.split())
        for q in _longest_first(entries)
    )
    return re.compile(r"^(?:" + "|".join(patterns) + r")(?= |$)")


@lru_cache(maxsize=1)
def _scope_anchors() -> frozenset[str]:
    """The longest word of each scope question, one of which a mail asking one holds."""
    return frozenset(
        max(words, key=len)
        for data in _command_files()
        for entry in data.get("scope_questions", ())
        if (words := [w for w in _softened(_normalise_phrase(entry)).split() if w != "*"])
    )


@lru_cache(maxsize=1)
def scope_not_objects() -> frozenset[str]:
    """Words after a scope question that make it about a person or a day, not about the
    service ("Does it also work for you on Friday?", "Funciona também para mim")."""
    return frozenset(_entries("scope_not_objects") | _entries("not_names"))


def _asks_what_it_is_for(text: str, softened: str) -> bool:
    """Whether a sentence opens with a question about what the agent does or may be used
    for (``scope_questions``: "What can I ask of this service?", "Does it also work for
    intros between colleagues?", "Funciona também para ..."), not followed by a person or
    a day ("Does it also work for you?"); ``softened`` is the text as a help question is
    looked for in it."""
    if _scope_anchors().isdisjoint(softened.split()):
        return False
    pattern, others = _scope_question_re(), scope_not_objects()
    for softened in _softened_sentences(text):
        found = pattern.match(softened)
        if found is None:
            continue
        rest = softened[found.end() :].split()
        if not rest or rest[0] not in others:
            return True
    return False


def asks_how_to_use(text: str) -> bool:
    """Whether a short mail asks, anywhere in it, how to use the agent, as
    ``_asks_how_to_use`` reads it, in the text as written or with each line that goes on in
    lower case joined to the one before ("What do I\nactually need to send?", a mail
    wrapped by its client, asks as it would on one line)."""
    return _asks_how_to_use(text) or _asked_unwrapped(text, _asks_how_to_use)


def _asked_unwrapped(text: str, asks: Callable[[str], bool]) -> bool:
    """Whether ``asks`` holds of ``text`` with its wrapped lines joined, when it has any."""
    unwrapped = _WRAPPED_LINE.sub(" ", text)
    return unwrapped != text and asks(unwrapped)


def _asks_how_to_use(text: str) -> bool:
    """Whether a short mail asks, anywhere in it, how to use the agent: one of the
    ``help_questions`` ("what do I actually need to send you", "do I cc them", "je dois
    mettre les deux personnes en copie"), or, in a mail that asks for no intro in other
    words, a sentence that is a ``help`` phrase alone ("How does it work exactly?") or
    opens with a question what the agent is for (``scope_questions``: "What can I ask of
    this service?", "Est-ce que ça marche aussi pour des collègues ?"). A ``help``
    phrase of words alone asks in a longer mail too, up to 90 words ("A friend gave me
    this address ... How does it actually work? Do I just email you two names?"), the
    other checks in a short one. Only for a mail that names no pair: the caller reads
    the request first."""
    count = _word_count(text)
    if count > MAX_HELP_QUESTION_WORDS:
        return False
    # A quick look first: most mail holds no such question, and then asks none.
    if not _may_hold(_how_to_use_index(), text):
        return False
    softened = _softened_text(text)
    if _may_hold(_help_question_index(), text) and _asks_help_question(text, softened):
        # "... pero no sé qué tengo que escribir. ¿Me puede explicar cómo se usa? Tengo 71
        # años ...": a help question proper is one in a longer mail too, up to
        # ``MAX_HELP_QUESTION_WORDS`` ("Un collègue m'a parlé de vous ... Est-ce que je dois
        # mettre les deux personnes en copie ? ... Je vous pose la question parce que ...").
        return True
    if count > MAX_OPENING_COMMAND_WORDS:
        return False
    if _asks_asked_help_question(text):
        # "¿Pongo a los dos en copia?", not "te pongo a Ana en copia".
        return True
    # "Posso pedir para vocês apresentarem duas pessoas da minha equipe?": asking what the
    # agent can do, not for an intro, lets a longer mail ask how to use it as well.
    capable = _only_capability_asks(text, softened)
    # "Kolleg:innen aus dem Dezernat haben mir diese Adresse empfohlen ... Was genau können
    # Sie alles?": a help phrase of words alone asks in a longer mail as well.
    if _help_phrase_alone(text, count <= MAX_COMMAND_WORDS or capable):
        return capable or not any(_asks_for_someone(w) for w in _sentence_words(text))
    if count > MAX_COMMAND_WORDS and not capable:
        return False
    if _asks_what_it_is_for(text, softened):
        return capable or not any(_asks_anew(words) for words in _sentence_words(text))
    return False


@lru_cache(maxsize=1)
def _people_in_general() -> tuple[Words, ...]:
    """People in general as an ask verb's object (``people_in_general``: "people",
    "des gens", "a personas", "Leute", "pessoas", "watu"), longest first."""
    entries = {w for data in _command_files() for w in data.get("people_in_general", ())}
    return tuple(sorted(_phrases(sorted(entries)), key=len, reverse=True))


def _asks_for_someone(words: Words) -> bool:
    """Whether ``words`` hold an ask verb that is not said of people in general: one of
    ``people_in_general`` right after it or, the verb last, right before it ("a friend
    said I can cc this address to introduce people", "dass man hier Leute vorstellen
    kann") tells what the agent does, and asks for no one."""
    verbs, people = ask_verbs(), _people_in_general()
    for i in range(len(words)):
        verb = _first_at(words, i, verbs)
        if verb is None:
            continue
        after = any(_at(words, i + len(verb), phrase) for phrase in people)
        before = any(_at(words, i - len(phrase), phrase) for phrase in people if i >= len(phrase))
        if not (after or before):
            return True
    return False


def _help_phrase_alone(text: str, short: bool) -> bool:
    """Whether a sentence of ``text`` is a ``help`` phrase alone, softeners left out: in a
    ``short`` mail any ("Help?", "How does it work exactly?"), in a longer one (up to 90
    words) a question of words ("A friend gave me this address ... How does it actually
    work? Do I just email you two names?", "Kolleg:innen haben mir diese Adresse empfohlen
    ... Was genau können Sie alles?"), not a single word ("Help!" opening a longer mail
    about something else, "Anleitung" in a list of what the writer needs)."""
    alone = help_sentences()
    return any(
        sentence in alone and (short or " " in sentence) for sentence in _softened_sentences(text)
    )


@lru_cache(maxsize=1)
def _own_intro_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The ``own_wishes``, ``indefinite_intros`` and ``how_questions``, softeners left out,
    each as one pattern standing on whole words."""

    def pattern(key: str) -> re.Pattern[str]:
        phrases = (" ".join(map(re.escape, e.split())) for e in _softened_phrases(key))
        return re.compile(r"(?<!\S)(?:" + "|".join(phrases) + r")(?!\S)")

    return pattern("own_wishes"), pattern("indefinite_intros"), pattern("how_questions")


@lru_cache(maxsize=1)
def _own_intro_indexes() -> tuple[LetterIndex | None, LetterIndex | None]:
    """The ``indefinite_intros`` and the ``how_questions`` as ``_letter_index`` files them."""
    return (
        _letter_index(_softened_phrases("indefinite_intros")),
        _letter_index(_softened_phrases("how_questions")),
    )


def asks_how_to_introduce(text: str) -> bool:
    """Whether a mail of up to 90 words wishes to introduce someone not named, the writer's
    own wish (``own_wishes`` before one of ``indefinite_intros``: "I'd like to introduce
    someone", "würd ich selber gern mal wen vorstellen", "je voudrais présenter quelqu'un"),
    and asks how in the same sentence after it or opening the next (``how_questions``: "how
    does that work", "wie geht das", "comment ça marche", "cómo se hace", "como funciona",
    "inafanyaje kazi"): it asks how to use the agent, naming no one to introduce."""
    if _word_count(text) > MAX_OPENING_COMMAND_WORDS:
        return False
    # A quick look first: most mail holds no word of an indefinite intro or of a question
    # how, which it must to hold one.
    if not all(_may_hold(index, text) for index in _own_intro_indexes()):
        return False
    wishes, indefinites, hows = _own_intro_res()
    whole = _softened_text(text)
    if indefinites.search(whole) is None or hows.search(whole) is None:
        return False
    sentences = [_softened(normalise(sentence)) for sentence in full_sentences(text)]
    for i, sentence in enumerate(sentences):
        for found in indefinites.finditer(sentence):
            if wishes.search(sentence[: found.start()]) is None:
                continue
            following = sentences[i + 1] if i + 1 < len(sentences) else ""
            if hows.search(sentence[found.end() :]) or hows.match(following):
                return True
    return False


@lru_cache(maxsize=1)
def _usage_questions() -> tuple[frozenset[str], frozenset[str]]:
    """The ``usage_questions``, softeners left out, and the last word of each, one of which
    a mail asking one holds."""
    # "Je ne comprends pas ...": read as a sentence is, the politeness opening it left out.
    entries = frozenset(
        form
        for data in _command_files()
        for entry in data.get("usage_questions", ())
        for form in (
            _softened(_normalise_phrase(entry)),
            _softened(_without_lead_ins(_normalise_phrase(entry))),
        )
    )
    return entries, frozenset(entry.rsplit(" ", 1)[-1] for entry in entries if entry)


@lru_cache(maxsize=1)
def _usage_index() -> LetterIndex | None:
    return _letter_index(_usage_questions()[0])


def asks_how_it_works(text: str) -> bool:
    """Whether a mail of up to 90 words asks how the agent works as ``_asks_how_it_works``
    reads it, in the text as written or with its wrapped lines joined."""
    return _asks_how_it_works(text) or _asked_unwrapped(text, _asks_how_it_works)


def _asks_how_it_works(text: str) -> bool:
    """Whether a mail of up to 90 words holds a sentence that is one of the
    ``usage_questions`` alone, softeners and politeness left out ("No entiendo muy bien cómo
    funciona.", "¿Qué tengo que escribir?", "Ich verstehe nicht, wie das funktioniert"): it
    asks how to use the agent, even where it tells what the agent does ("me dijo que aquí me
    pueden presentar a personas"). Anything after it ("No entiendo cómo funciona el
    portal") makes it a question about something else. Only for a mail written to the agent
    that names no pair: the caller reads the request first."""
    if _word_count(text) > MAX_OPENING_COMMAND_WORDS or not _may_hold(_usage_index(), text):
        return False
    questions, last_words = _usage_questions()
    # No last word is a softener, so the softened text holds one when the text does.
    if last_words.isdisjoint(_softened_text(text).split()):
        return False
    # "Hola, no entiendo cómo funciona": the sentences read as commands are, greeting left
    # out; "Guten Tag, ich verstehe nicht, wie das funktioniert": the sentence as written,
    # commas kept, greeting left out as well.
    if any(sentence in questions for sentence in _softened_sentences(text)):
        return True
    greetings = command_greetings()
    return any(
        _softened(
            _without_lead_ins(" ".join(_after_greeting(normalise(sentence).split(), greetings)))
        )
        in questions
        or _usage_with_purpose(sentence, questions)
        or _purpose_with_usage(sentence, questions)
        for sentence in full_sentences(text)
    )


@lru_cache(maxsize=1)
def _purpose_re() -> re.Pattern[str]:
    """A purpose clause asking the agent for an intro: one of ``purpose_leads`` and, after
    at most four words (a pronoun, "deux personnes"), one of ``purpose_asks`` ("for you
    to connect", "para que ustedes pongan en contacto", "pour que vous mettiez * en
    contact", "damit ihr * zusammenbringt", "para vocês apresentarem", "ili
    mtuunganishe"), or a condition of the writer's own wish ("if I want to introduce",
    "si je veux présenter", "si quiero presentar", "wenn ich * bekannt machen", "se eu
    quiser apresentar", "nikitaka kuwatambulisha"); a ``*`` stands for one to three words."""

    def alternatives(key: str) -> str:
        entries = {
            _softened(_normalise_phrase(entry))
            for data in _command_files()
            for entry in data.get(key, ())
        }
        return "|".join(
            " ".join(r"\S+(?: \S+){0,2}?" if part == "*" else re.escape(part) for part in e.split())
            for e in _longest_first(entries)
            if e
        )

    leads, asks = alternatives("purpose_leads"), alternatives("purpose_asks")
    if not leads or not asks:
        return re.compile(r"(?!)")
    return re.compile(r"^(?P<lead>" + leads + r")(?: \S+){0,4}? (?:" + asks + r")(?!\S)")


def _usage_with_purpose(sentence: str, questions: frozenset[str]) -> bool:
    """Whether a sentence as written is one of the ``usage_questions`` followed by nothing
    but a purpose clause asking the agent for an intro that names no one (no word written
    with a capital but the sentence's first, "I" and the words of the clause's opening)
    and writes no address: "¿Qué tengo que escribir para que ustedes pongan en contacto a
    dos personas?", "What do I have to write for you to connect two people?" ask how to
    ask; "... para que me presenten a Ana García" names whom and is left to the request."""
    if "@" in sentence:
        return False
    words = _softened(_without_lead_ins(normalise(sentence))).split()
    greeting = words[:1] if words and words[0] in command_greetings() else []
    words = words[len(greeting) :]
    line = " ".join(words)
    for question in questions:
        if not question or not line.startswith(question + " "):
            continue
        rest = line[len(question) + 1 :]
        found = _purpose_re().match(rest)
        if found is None:
            continue
        # The lead's own words, not the words after it: "um Anna Müller vorzustellen"
        # names her right after a one-word lead.
        opening = {*greeting, *line.split()[:1], *question.split(), *found["lead"].split()}
        named = capitalised(sentence) - opening - {"i"} - not_names()
        # "wenn ich zwei Ehrenamtliche miteinander bekannt machen möchte": the noun a
        # count opens says how many, not who.
        counts = purpose_counts()
        clause = rest.split()
        named -= {after for count, after in pairwise(clause) if count in counts}
        return not named
    return False


def _unnamed(sentence: str, opening: set[str]) -> bool:
    """Whether a sentence as written names no one: no word written with a capital but
    those of ``opening``, "I" and the ``not_names``, nor the noun a count opens
    ("wenn ich zwei Ehrenamtliche miteinander bekannt machen möchte": how many, not who)."""
    named = capitalised(sentence) - opening - {"i"} - not_names()
    counts = purpose_counts()
    words = normalise(sentence).split()
    named -= {after for count, after in pairwise(words) if count in counts}
    return not named


def _purpose_with_usage(sentence: str, questions: frozenset[str]) -> bool:
    """Whether a sentence as written opens with a purpose clause asking the agent for an
    intro (``_purpose_re``) and one of the ``usage_questions`` then closes it or one of
    its clauses, naming no one and writing no address: "If I want to introduce someone
    to someone else, what exactly do I write to you, and ...?", "Nikitaka kumtambulisha
    mtu kwa mtu mwingine nikuandikie nini hasa, na je ...?" ask how to ask, the question
    after its purpose as ``_usage_with_purpose`` reads it before; "If I want to introduce
    Ana García to Bob, what should I write?" names whom and is left to the request."""
    if "@" in sentence:
        return False
    clauses = sentence.split(",")
    opening = _softened(_without_lead_ins(normalise(clauses[0])))
    if _purpose_re().match(opening) is None:
        return False
    for k in range(len(clauses)):
        line = _softened(_without_lead_ins(normalise(",".join(clauses[: k + 1]))))
        if any(line.endswith(" " + question) for question in questions if question):
            first = normalise(clauses[0]).split()[:1]
            return _unnamed(",".join(clauses[: k + 1]), set(first))
    return False


@lru_cache(maxsize=1)
def purpose_counts() -> frozenset[str]:
    """Words counting the people a purpose clause asks to meet ("two", "deux", "zwei",
    "beide"): the word after one, written with a capital as German nouns are
    ("zwei Ehrenamtliche"), names no one."""
    return _words([w for data in _command_files() for w in data.get("purpose_counts", ())])


@lru_cache(maxsize=1)
def _capability_question_re() -> re.Pattern[str]:
    """The ``capability_questions``, softeners left out, as one pattern opening a sentence."""
    entries = {
        _softened(_normalise_phrase(entry))
        for data in _command_files()
        for entry in data.get("capability_questions", ())
    }
    patterns = (" ".join(map(re.escape, q.split())) for q in _longest_first(entries))
    return re.compile(r"^(?:" + "|".join(patterns) + r")(?= |$)")


@lru_cache(maxsize=1)
def _capability_anchors() -> frozenset[str]:
    """The longest word of each capability question, one of which a mail asking one holds."""
    return frozenset(
        max(words, key=len)
        for data in _command_files()
        for entry in data.get("capability_questions", ())
        if (words := _softened(_normalise_phrase(entry)).split())
    )


def _only_capability_asks(text: str, softened: str) -> bool:
    """Whether a mail writing no address asks what the agent can do in a question opening
    with one of the ``capability_questions`` ("Can I ask you to introduce two people on my
    team to suppliers?", "Posso pedir para vocês apresentarem ...?", "Kann ich Sie bitten,
    ...?"), and every sentence of it asking for an intro is such a question: it asks for
    none. ``softened`` is the text as a help question is looked for in it."""
    if _capability_anchors().isdisjoint(softened.split()) or _writes_address(text):
        return False
    pattern, asked = _capability_question_re(), False
    for sentence in full_sentences(text):
        opening = next(_sentences(sentence), "")
        if sentence.rstrip().endswith("?") and pattern.match(_softened(opening)):
            asked = True
        elif _asks_anew(words_of(sentence)):
            return False
    return asked


# A sentence that ends with a cancel names what to cancel in a few words before it.
MAX_CANCEL_ENDING_WORDS = 14


@lru_cache(maxsize=1)
def command_greetings() -> frozenset[str]:
    """Words that open a greeting, which a command may follow ("Hi! Status?")."""
    return frozenset(_entries("greetings"))


def strip_subject_prefixes(subject: str) -> str:
    """The subject without ``Re:``, ``Fwd:`` and their translations."""
    return _SUBJECT_PREFIX.sub("", subject).strip()


@lru_cache(maxsize=4)
def _subject_line(subject: str) -> str:
    """A subject as a command is read in it: without its prefixes, normalised. Kept for
    the last few subjects: a mail's checks read the same one."""
    return normalise(strip_subject_prefixes(subject))


@lru_cache(maxsize=8)
def _word_count(text: str) -> int:
    """How many words ``text`` holds between white space. Kept for the last few texts:
    each check of a mail first looks whether it is short, counting the same text."""
    return len(text.split())


@lru_cache(maxsize=1)
def _line_command_index() -> LetterIndex | None:
    """Every command phrase (``*`` left out) and cancel ending, for a quick look whether a
    mail's first sentence or its subject may open with one or end with one."""
    phrases = (phrase.replace("*", " ") for _, found in command_phrases() for phrase in found)
    return _letter_index((*phrases, *cancel_endings()))


def _sentences(text: str) -> Iterator[str]:
    """The text's sentences that are more than a greeting ("Hi!", "Hello Ann,"), each
    without its greeting and its politeness ("Actually, please ..."), normalised.

    Read lazily: outside a reply only the first one is ever looked at."""
    greetings = command_greetings()
    for line in text.splitlines():
        for piece in _split_sentences(line):
            sentence = _sentence(piece, greetings)
            if sentence:
                yield sentence


@lru_cache(maxsize=8)
def _all_sentences(text: str) -> tuple[str, ...]:
    """Every sentence ``_sentences`` gives, kept for the last few texts: the checks of a
    mail that read all its sentences read the same ones."""
    greetings = command_greetings()
    pieces = (piece for line in text.splitlines() for piece in _split_sentences(line))
    return tuple(filter(None, (_sentence(piece, greetings) for piece in pieces)))


@lru_cache(maxsize=64)
def _sentence(piece: str, greetings: frozenset[str]) -> str:
    """A piece of a line between sentence ends as ``_sentences`` gives it, normalised, or
    empty when it is only a greeting or politeness. Kept for the last few pieces: a mail's
    sentences are read lazily and then all, the same pieces twice."""
    # The words ``normalise`` joins, split as they are read here.
    words = _NON_WORD.sub(" ", piece.replace("\u2019", "'").casefold()).split()
    if not words:
        return ""
    if words[0] in greetings:
        # "Hello Intro Agent, ...": a short opening is only a greeting.
        if len(words) <= MAX_GREETING_WORDS:
            return ""
        # "Hi there status?": the greeting and whoever it greets go first.
        words = _after_greeting(words, greetings)
        if not words:
            return ""
    line = " ".join(words)
    # "Actually, ..." or "Sorry -" alone is politeness before the sentence that counts.
    return _without_lead_ins(line) if words[0] in lead_ins_by_head() else line


def _after_greeting(words: list[str], greetings: frozenset[str]) -> list[str]:
    """``words`` without a greeting opening them and whoever or whatever it greets ("Hi
    there", "Guten Tag", "Bom dia"); all of them when no greeting opens them."""
    if not words or words[0] not in greetings:
        return words
    tails = greeting_tails()
    rest = words[1:]
    while rest and (rest[0] in _GREETED or rest[0] in tails):
        rest = rest[1:]
    return rest


@lru_cache(maxsize=4)
def _softened_sentences(text: str) -> tuple[str, ...]:
    """Every sentence ``_sentences`` gives without its softeners, kept for the last few
    texts: the checks whether a mail asks how to use the agent each read them so."""
    return tuple(map(_softened, _all_sentences(text)))


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
# A status question may say more of what it asks after when it tells that the writer
# asked for it before ("Any joy with the Fostering Network woman I asked you about last
# week?", "¿Qué pasó con la enfermera jefe del hospital que te pedí el mes pasado?").
MAX_TOLD_STATUS_TAIL = 16


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
    if len(tail) <= limit:
        return True
    if command != "status" or len(tail) > MAX_TOLD_STATUS_TAIL:
        return False
    # "the thing with" someone is left to ``status_of_a_thing``, which reads whether it
    # names a person ("that thing with tomorrow at the depot i asked u about" names none).
    words = words_of(rest)
    return not _holds_a_thing(words) and _contains(words, earlier_asks())


def _holds_a_thing(words: Words) -> bool:
    """Whether one of ``cancel_things`` stands in ``words``, whatever it names ("that
    thing with", "the * one")."""
    for grammar in grammars():
        for i, word in enumerate(words):
            for before, after in grammar.cancel_things.get(word, ()):
                if not _at(words, i, before):
                    continue
                start = i + len(before)
                if not after or any(
                    _at(words, start + count, after) for count in range(1, MAX_NOUN_NAME_WORDS + 1)
                ):
                    return True
    return False


def detect_command(subject: str, text: str, in_reply_to: bool) -> CommandMatch | None:
    """The command in a mail's subject or first line, or None when it is not a command.

    ``text`` is the mail's own new text (quoted text already removed) and
    ``in_reply_to`` tells whether the mail replies to an earlier one, which is what a
    cancel without an intro id refers to.
    """
    if _writes_address(text):
        # "Where are we with my intro to Prof. Okoye (c.okoye@...)? Haven't heard anything.":
        # the address tells whom the intro asked after is with, no one given anew, and is
        # no word of the question either. Only status is read so: what the mail says as
        # written stands otherwise.
        unaddressed = _without_status_addresses(text)
        if unaddressed != text:
            found = _detected_command(subject, unaddressed, in_reply_to)
            if found is not None and found.command == "status":
                return CommandMatch("status", _target("status", subject, text, in_reply_to))
    return _detected_command(subject, text, in_reply_to)


def _detected_command(subject: str, text: str, in_reply_to: bool) -> CommandMatch | None:
    """``detect_command`` of ``text`` as written, its addresses words of it."""
    count = _word_count(text)
    if count > MAX_COMMAND_WORDS:
        said = _longer_command(text, in_reply_to)
        if said is None:
            return None
        # "Je vous prie de bien vouloir annuler cette demande" in a reply: the thread's.
        in_thread = in_reply_to and _names_thread_intro(text)
        return CommandMatch(said, _target(said, subject, text, in_thread))
    sentences = _sentences(text)
    # A quick look first: a sentence opening with a command phrase or ending with a cancel
    # ending holds each of its words, and most mail and most subjects hold none, so their
    # first sentence is never read.
    index = _line_command_index()
    opens = _may_hold(index, text)
    first = next(sentences, "") if opens else ""
    subject_line = _subject_line(subject) if _may_hold(index, subject) else ""
    for line, written in ((first, text), (subject_line, subject)):
        command = _command_at(line)
        if command == "cancel" and _cancels_something_else(line, written):
            # "Cancela lo de mañana, nos vemos el jueves": no intro is named.
            continue
        if command is not None:
            if (
                command == "help"
                and written is subject
                and any(_asks_anew(words) for words in _sentence_words(text))
            ):
                # Subject "msaada kidogo" over "Naomba uniunganishe na Otieno": the subject
                # titles the ask the mail makes, it asks nothing of its own.
                continue
            if command != "help" and _later_asks_for_an_intro(text):
                # "Any news on my intro to Maya? Also, could you introduce me to Carol?"; but
                # "Any news?" over "I asked you to introduce me to Sam. Has he replied?"
                # tells of the ask it is about, as "What happened with connecting me with
                # Ivan?" does by its verb.
                if command == "status" and (
                    told_ask_status(text) is not None or told_in_status_question(text) is not None
                ):
                    return CommandMatch(command, _target(command, subject, text, in_reply_to))
                if command == "cancel" and command_in_sentences(text) == "cancel":
                    # "oi! pode cancelar aquele pedido de apresentar a Bia ao DJ Marcão?"
                    # under "cancelar", "Hi! Can you cancel the request to introduce Bia
                    # to ...": the ask after the greeting is the one its own sentence's
                    # cancel governs, no new one.
                    return CommandMatch(command, _target(command, subject, text, in_reply_to))
                return None
            if (
                command == "status"
                and not in_reply_to
                and _bare(line) in _bare_phrases("news_questions")
                and not _news_about_an_intro(_subject_line(subject), text)
            ):
                # "Any news? We launched our new product today!": news of something else.
                return None
            return CommandMatch(command, _target(command, subject, text, in_reply_to))
    if _ends_with_cancel(first):
        return CommandMatch("cancel", _target("cancel", subject, text, in_reply_to))
    said = (
        command_in_sentences(text)
        or bare_command(text, in_reply_to, subject)
        or pronoun_cancel(subject, text)
        or told_ask_status(text)
        or told_in_status_question(text)
        or followed_up_status(text)
        or status_of_a_thing(text)
        or named_news_of_an_ask_sent(text)
    )
    if said is not None:
        return CommandMatch(said, _target(said, subject, text, in_reply_to))
    if in_reply_to and thread_cancel(text) is not None:
        return CommandMatch("cancel", _target("cancel", subject, text, True))
    if in_reply_to and opens:
        # In a thread, "Thanks, but they met already. Please cancel it." cancels; only
        # words naming the intro may follow, so "stop by our booth" stays a sentence.
        # (A cancel phrase is one of ``_line_command_index``: a mail holding none opens
        # no sentence with one.)
        objects = cancel_objects()
        for line in sentences:
            for phrase in _phrases_at(line, "cancel"):
                tail = line[len(phrase) :].split()
                if all(word in objects or _INTRO_ID.fullmatch(word) for word in tail):
                    return CommandMatch("cancel", _target("cancel", subject, text, True))
    return None


def _longer_command(text: str, in_reply_to: bool) -> Command | None:
    """The command a mail longer than a short one says (up to 90 words), or None."""
    if _word_count(text) > MAX_OPENING_COMMAND_WORDS:
        return None
    return (
        opening_command(text, in_reply_to)
        or named_cancel_later(text)
        or told_ask_status(text)
        or told_in_status_question(text)
        or followed_up_status(text)
        or _unwrapped_opening_command(text, in_reply_to)
        or owned_status_question(text)
        or named_news_of_an_ask_sent(text)
        or waited_named_news(text)
        or opening_thing_cancel(text)
        or status_of_a_thing(text)
    )


@lru_cache(maxsize=1)
def _aside_re() -> re.Pattern[str] | None:
    """Every way a part of a mail is marked as written to the agent: one of
    ``agent_names`` and one of ``aside_marks`` either way round, up to three words
    between ("intro agent copied for this bit", "this part is for the intro agent"), as
    one pattern on the mail as written, case left aside."""
    names = {n for data in _command_files() for n in data.get("agent_names", ())}
    marks = {m for data in _command_files() for m in data.get("aside_marks", ())}
    if not names or not marks:
        return None

    def either(phrases: set[str]) -> str:
        ordered = sorted(phrases, key=len, reverse=True)
        return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) + ")"

    gap = r"\W+(?:[\w'-]+\W+){0,3}?"
    name, mark = either(names), either(marks)
    return re.compile(
        rf"(?<!\w)(?:{name}{gap}{mark}|{mark}{gap}{name})(?!\w)", re.IGNORECASE | re.UNICODE
    )


# What closes an aside before the part it marks: a bracket, a dash, a colon, a comma.
_ASIDE_CLOSE = re.compile(r"^[\s)\]\-\u2013\u2014:,.]+")


def aside_status(subject: str, text: str) -> Command | None:
    """Whether a longer mail among others, copying the agent, marks a part of it as
    written to the agent ("Oh and while I remember (intro agent copied for this bit) -
    any word yet from Tunde's side on the festival intro? ...") and that part, the rest of
    its paragraph after the mark, read as a short mail, asks how an intro stands.

    Only status: the thread such a mail replies to is the writer's talk with others, not
    an intro of the agent's, so a cancel there could name the wrong intro."""
    pattern = _aside_re()
    if pattern is None or pattern.search(text) is None:
        return None
    for paragraph in re.split(r"\n\s*\n", text):
        found = pattern.search(paragraph)
        if found is None:
            continue
        rest = _ASIDE_CLOSE.sub("", " ".join(paragraph[found.end() :].split()))
        if not rest or _word_count(rest) > MAX_COMMAND_WORDS:
            continue
        said = detect_command(subject, rest, in_reply_to=False)
        if said is not None and said.command == "status":
            return "status"
    return None


def _cancels_something_else(line: str, written: str) -> bool:
    """Whether a line opening with a cancel verb governs "the thing with" something that
    is neither a person nor an intro ("Cancela lo de mañana", "Cancel the Friday thing");
    ``written`` is the text the line was read from, which tells its capitals."""
    words = words_of(line)
    if _thing_anchors().isdisjoint(words):
        return False
    raw = next((s for _, s in _sentences_as_written(written) if normalise(s).endswith(line)), "")
    capitals = capitalised(raw)
    for grammar in grammars():
        for head, _ in grammar.cancel_verbs.get(words[0], ()):
            if _at(words, 0, head):
                start = _skip(words, len(head), grammar.fillers)
                thing = _thing_after(words, start, grammar, capitals)
                if thing is not None:
                    return thing == NAMES_SOMETHING_ELSE
    return False


def _ends_with_cancel(line: str) -> bool:
    """Whether a short sentence ends with a cancel whose verb comes last."""
    words = line.split()
    if not words or len(words) > MAX_CANCEL_ENDING_WORDS:
        return False
    # One lookup per length of ending, not one comparison per phrase: every first
    # sentence of every mail comes here.
    endings = _cancel_endings_by_length()
    return any(" ".join(words[-size:]) in endings[size] for size in endings)


@lru_cache(maxsize=1)
def _cancel_endings_by_length() -> dict[int, frozenset[str]]:
    by_length: dict[int, set[str]] = {}
    for phrase in cancel_endings():
        by_length.setdefault(len(phrase.split()), set()).add(phrase)
    return {size: frozenset(phrases) for size, phrases in by_length.items()}


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
    found = _INTRO_ID.search(text)
    if found:
        return "#" + found.group(1).lower()
    if command == "cancel" and _points_elsewhere(subject, text):
        # "Oh and the other request, the one with Bergeron, forget it" in the thread of
        # another intro: the subject's id is not the one meant, and cancelling it would
        # end an intro nobody asked to end; what the text names is taken, or nothing.
        return cancelled_intro(text)
    found = _INTRO_ID.search(subject)
    if found:
        return "#" + found.group(1).lower()
    if command == "cancel" and in_reply_to:
        # "Please scrap the Greg/Olivia intro" in a thread: the names as written, which
        # the thread's intro must hold for it to be the one cancelled.
        return cancelled_intro(text) or "thread"
    if command == "cancel":
        return cancelled_intro(text) or referred_intro(text)
    return None


# How many words after its intro noun the intro a writer's earlier mail was about may run
# to ("die Vermittlung eines Kontaktes zwischen Herrn Mag. Florian Url und Frau Prof. Dr.
# Elisabeth Reininghaus").
MAX_REFERRED_WORDS = 14


def _referred_end(words: Words, noun: int, capitals: frozenset[str]) -> int | None:
    """Where the intro noun phrase at ``noun`` ends with the last name it holds: its last
    word written with a capital, within ``MAX_REFERRED_WORDS``, that is no intro noun, no
    day or month, no "you" ("Sie" of "... Elisabeth Reininghaus ersuche ich Sie") and no
    single letter ("I"); None when it names no one."""
    skipped = _noun_words() | not_names() | _you_subjects()
    rest = words[noun + 1 : noun + 1 + MAX_REFERRED_WORDS]
    named = [
        k
        for k, word in enumerate(rest)
        if word in capitals and word not in skipped and len(word) > 1
    ]
    return noun + 2 + named[-1] if named else None


def referred_intro(text: str) -> str | None:
    """The intro the writer's own earlier mail was about, as written, when a sentence
    refers to that mail ("unter Bezugnahme auf mein Schreiben vom 3. d. M. betreffend die
    Vermittlung eines Kontaktes zwischen Herrn Mag. Florian Url, ...", "with reference to
    my email regarding the introduction between Dr Okafor and Ms Lund"): its clause from
    the intro noun to the last name after it; None when it names no one."""
    nouns = _noun_words()
    for sentence in full_sentences(text):
        if not _refers_to_own_message(words_of(sentence)):
            continue
        for written in _CLAUSE_SPLIT.split(sentence):
            words = words_of(written)
            noun = next((k for k, word in enumerate(words) if word in nouns), None)
            if noun is None:
                continue
            start = noun - 1 if noun and words[noun - 1] in _determiner_words() else noun
            end = _referred_end(words, noun, capitalised(written))
            if end is None:
                return None
            pattern = r"[^\w']*".join(re.escape(word) for word in words[start:end])
            found = re.search(r"(?<!\w)" + pattern + r"(?!\w)", written, re.IGNORECASE)
            return found.group() if found else None
    return None


@lru_cache(maxsize=1)
def _other_intros_re() -> re.Pattern[str]:
    """The ``other_intros`` of every language ("the other request", "l'autre demande",
    "ombi lingine"), as a pattern over normalised text."""
    phrases = "|".join(map(re.escape, _longest_first(_entries("other_intros"))))
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\S)(?:" + phrases + r")(?!\S)")


@lru_cache(maxsize=1)
def _determiner_words() -> frozenset[str]:
    """The ``determiners`` of every language, normalised."""
    return frozenset(_entries("determiners"))


@lru_cache(maxsize=1)
def _unnamed_words() -> frozenset[str]:
    """Words that open or close a named intro and name no one ("the", "intro")."""
    return _noun_words() | _determiner_words()


def _points_elsewhere(subject: str, text: str) -> bool:
    """Whether a cancel's text means an intro other than the one its thread is about: it
    says so ("the other request", "not this one"), or it names someone the subject, which
    names the thread's two people, does not ("Cancel my request for Bergeron" under
    "Introduction: Alice Smith and Bob Jones [#a1b2c3]")."""
    if _other_intros_re().search(normalise(text)) is not None:
        return True
    named = cancelled_intro(text)
    # "The Bob intro" opens with a capital that names no one.
    unnamed = _unnamed_words()
    if named is not None:
        names = set(capitalised(named)) - unnamed
    else:
        # "The Bergeron intro can be cancelled": a name between a determiner and an
        # intro noun.
        names = set()
        determiners = _determiner_words()
        for sentence in full_sentences(text):
            words, capitals = words_of(sentence), capitalised(sentence)
            for k, word in enumerate(words):
                if word not in _noun_words():
                    continue
                start = k
                while (
                    start > 1 and k - start < MAX_NOUN_NAME_WORDS and words[start - 1] in capitals
                ):
                    start -= 1
                if start < k and words[start - 1] in determiners:
                    names.update(words[start:k])
        names -= unnamed
    return bool(names) and names.isdisjoint(words_of(subject))


# The structure of a command said in a sentence of one's own: a cancel verb governing an
# intro noun ("please scrap the Greg/Olivia intro", "annuler ma demande de mise en
# relation", "die Vorstellung mit Herrn Krüger abbrechen"), or a question asking where an
# intro stands ("où en était ma demande", "ombi langu limefikia wapi").
_WORD = re.compile(r"\w+")
_ELISION = re.compile(r"^(l|d|n|j|m|t|s|c|qu)'(.+)$")
# A noun phrase: determiners, then a few words naming it ("the Greg/Olivia intro").
MAX_NOUN_NAME_WORDS = 3
# How far a verb or question that ends a sentence may stand after the noun it governs.
MAX_NOUN_TO_END_WORDS = 10

Words = tuple[str, ...]
# Phrases filed under their first word, longest first.
Index = dict[str, tuple[Words, ...]]
# A cancel verb and, for a verb split around what it governs, the particle ending it.
Verb = tuple[Words, Words]


@dataclass(frozen=True, eq=False)
class Grammar:
    """One language's words for reading a command's structure (``rules/commands``)."""

    cancel_verbs: dict[str, tuple[Verb, ...]]
    # Cancels said by a negated "go on with" ("please don't go ahead with my request to",
    # "usiendelee na ombi langu"), filed as ``cancel_verbs`` are, and words saying the ask
    # only waits ("yet", "for now"), beside which such a sentence cancels nothing.
    negated_cancels: dict[str, tuple[Verb, ...]]
    holds: Index
    cancel_verbs_last: tuple[Words, ...]
    intro_nouns: Index
    # Nouns naming an intro only after a determiner ("meine Bitte", "das Treffen"), since
    # alone they say something else ("bitte", "treffen").
    determined_nouns: Index
    noun_compounds: frozenset[str]
    determiners: frozenset[str]
    fillers: frozenset[str]
    negations: Index
    status_asks: Index
    status_endings: tuple[Words, ...]
    conjunctions: frozenset[str]
    # "The thing with X" a cancel may govern instead of an intro noun: the words before
    # and after where X stands ("lo de *", "the * thing"), filed under their first word.
    cancel_things: dict[str, tuple[Verb, ...]]
    # A word one of which any sentence saying a command holds.
    cues: frozenset[str]
    # Openers coming back to a matter raised before ("following up on", "je me permets de
    # revenir vers vous au sujet de"), a ``*`` where what they govern stands ("erlaube mir
    # auf * zurückzukommen"), filed as ``cancel_verbs`` are.
    follow_ups: dict[str, tuple[Verb, ...]] = field(default_factory=dict)
    # A bare "and", "what about" opening a question that asks after the writer's own intro
    # ("And my request to meet Ana?", "Vipi lile ombi langu ...?"): ``own_status_leads``.
    own_status_leads: Index = field(default_factory=dict)
    # Words joining the two a status question names as a pair ("lo de Uxía con la
    # oceanógrafa", "du nouveau pour Karim et Mme Roux"): ``pair_joins``.
    pair_joins: tuple[Words, ...] = ()


def words_of(text: str) -> Words:
    """``text`` as normalised words, an elided article or negation split off ("l'intro"
    is "l'" and "intro", "n'annulez" is "n'" and "annulez")."""
    found: list[str] = []
    for word in normalise(text).split():
        elided = _ELISION.match(word) if "'" in word else None
        found.extend((elided.group(1) + "'", elided.group(2)) if elided else (word,))
    return tuple(found)


def _phrases(entries: list[str]) -> tuple[Words, ...]:
    return tuple(sorted({w for w in map(words_of, entries) if w}, key=len, reverse=True))


def _index(phrases: tuple[Words, ...]) -> Index:
    found: dict[str, list[Words]] = {}
    for phrase in phrases:
        found.setdefault(phrase[0], []).append(phrase)
    return {head: tuple(entries) for head, entries in found.items()}


def _words(entries: list[str]) -> frozenset[str]:
    return frozenset(word for phrase in _phrases(entries) for word in phrase)


def _verbs(entries: list[str]) -> dict[str, tuple[Verb, ...]]:
    """Cancel verbs, a ``*`` parting a verb from its particle ("brechen * ab"), filed under
    their first word, longest first."""
    split = (
        (words_of(head), words_of(particle))
        for head, _, particle in (entry.partition("*") for entry in entries)
    )
    verbs: dict[str, list[Verb]] = {}
    for verb in sorted({v for v in split if v[0]}, key=lambda v: len(v[0]), reverse=True):
        verbs.setdefault(verb[0][0], []).append(verb)
    return {head: tuple(entries) for head, entries in verbs.items()}


def _grammar(data: dict[str, list[str]]) -> Grammar:
    verbs = _verbs(data.get("cancel_verbs", []))
    negated = _verbs(data.get("negated_cancels", []))
    things: dict[str, list[Verb]] = {}
    for head, _, tail in (entry.partition("*") for entry in data.get("cancel_things", ())):
        # "lo de *" is "lo del capitán Soto" too: a head ending on a preposition ends on
        # each of its forms joined to an article (``contractions``).
        heads = with_contractions([head.strip()], data) if head.strip() else [head]
        for thing in ((words_of(h), words_of(tail)) for h in heads):
            if thing[0] and thing not in things.get(thing[0][0], []):
                things.setdefault(thing[0][0], []).append(thing)
    # "enquire as to the progress of", "l'état d'avancement de", "o ponto de situação do":
    # the formal register asks how an intro stands as the plain one does.
    asks = _phrases(
        with_contractions([*data.get("status_asks", []), *data.get("formal_status_asks", [])], data)
    )
    last = _phrases(data.get("cancel_verbs_last", []))
    endings = _phrases(data.get("status_endings", []))
    cues = set(verbs) | {ask[0] for ask in asks} | {w for p in last + endings for w in p}
    cues |= _negated_anchors(negated)
    own_leads = _phrases(data.get("own_status_leads", []))
    cues |= {lead[0] for lead in own_leads}
    return Grammar(
        cancel_verbs=verbs,
        negated_cancels=negated,
        holds=_index(_phrases(data.get("holds", []))),
        cancel_verbs_last=last,
        intro_nouns=_index(_phrases(data.get("intro_nouns", []))),
        determined_nouns=_index(_phrases(data.get("determined_nouns", []))),
        noun_compounds=_words(data.get("noun_compounds", [])),
        determiners=_words(data.get("determiners", [])),
        fillers=_words(data.get("fillers", [])),
        negations=_index(_phrases(data.get("negations", []))),
        status_asks=_index(asks),
        status_endings=endings,
        conjunctions=_words(data.get("conjunctions", [])),
        cancel_things={
            head: tuple(sorted(entries, key=lambda t: len(t[0]) + len(t[1]), reverse=True))
            for head, entries in things.items()
        },
        cues=frozenset(cues),
        follow_ups=_verbs(data.get("follow_ups", [])),
        own_status_leads=_index(own_leads),
        pair_joins=_phrases(data.get("pair_joins", [])),
    )


def _negated_anchors(negated: dict[str, tuple[Verb, ...]]) -> set[str]:
    """The longest word of each negated cancel ("ahead" of "don't go ahead with"), one of
    which a sentence saying it holds: its first word is often a negation, in much mail."""
    return {
        max((*head, *particle), key=len) for verbs in negated.values() for head, particle in verbs
    }


@lru_cache(maxsize=1)
def grammars() -> tuple[Grammar, ...]:
    """Every language's grammar, read once."""
    return tuple(_grammar(data) for data in _command_files())


@lru_cache(maxsize=1)
def ask_verbs() -> Index:
    """Verbs asking for a new intro, in every language ("introduce", "présenter")."""
    return _index(_phrases([v for data in _command_files() for v in data.get("ask_verbs", ())]))


@lru_cache(maxsize=1)
def _noun_words() -> frozenset[str]:
    """Every word an intro noun opens with, in any language."""
    return frozenset(head for grammar in grammars() for head in grammar.intro_nouns)


@lru_cache(maxsize=1)
def _determined_nouns_re() -> re.Pattern[str]:
    """A noun naming an intro only after a determiner, standing after one ("meine Bitte",
    "das Treffen"), in any language."""
    determiners = {word for grammar in grammars() for word in grammar.determiners}
    nouns = {" ".join(p) for g in grammars() for ps in g.determined_nouns.values() for p in ps}
    if not nouns:
        return re.compile(r"(?!)")
    either = "|".join(map(re.escape, _longest_first(determiners)))
    named = "|".join(map(re.escape, _longest_first(nouns)))
    return re.compile(
        rf"(?<!\w)(?:{either})\s+(?:\w+\s+){{0,{MAX_NOUN_NAME_WORDS}}}(?:{named})(?!\w)"
    )


@lru_cache(maxsize=1)
def _governable_words() -> frozenset[str]:
    """Every word an intro noun opens with, in any language, with those naming an intro
    only after a determiner ("meine Bitte")."""
    determined = (head for grammar in grammars() for head in grammar.determined_nouns)
    return _noun_words() | frozenset(determined)


def _names_an_intro(present: frozenset[str], text: str) -> bool:
    """Whether a text may name an intro by a noun: one of the intro nouns, or one naming
    an intro only after a determiner standing after one ("meine Bitte")."""
    if not _noun_words().isdisjoint(present):
        return True
    if _governable_words().isdisjoint(present):
        return False
    return _determined_nouns_re().search(text.casefold()) is not None


@lru_cache(maxsize=1)
def _conjunctions() -> frozenset[str]:
    return frozenset(word for grammar in grammars() for word in grammar.conjunctions)


def _at(words: Words, i: int, phrase: Words) -> bool:
    return words[i : i + len(phrase)] == phrase


def _first_at(words: Words, i: int, index: Index) -> Words | None:
    """The longest phrase of ``index`` standing at ``i``."""
    if i >= len(words):
        return None
    return next((p for p in index.get(words[i], ()) if _at(words, i, p)), None)


def _contains(words: Words, index: Index) -> bool:
    return any(_first_at(words, i, index) for i in range(len(words)))


def _skip(words: Words, i: int, skipped: frozenset[str]) -> int:
    while i < len(words) and words[i] in skipped:
        i += 1
    return i


def _opens_noun(word: str, grammar: Grammar) -> bool:
    """Whether an intro noun phrase may open with ``word``."""
    return word in grammar.determiners or word in grammar.intro_nouns


def _noun_after(words: Words, i: int, grammar: Grammar) -> int | None:
    """Where an intro noun phrase opening at ``i`` ends: the noun right away, or after
    determiners and a few words naming it ("my intro", "the Greg/Olivia intro"); None
    when ``i`` opens no such phrase or the noun names something else ("the intro call")."""
    start = _skip(words, i, grammar.determiners)
    most = MAX_NOUN_NAME_WORDS if start > i else 0
    for j in range(start, min(start + most, len(words)) + 1):
        noun = _first_at(words, j, grammar.intro_nouns)
        if noun is None and start > i:
            noun = _first_at(words, j, grammar.determined_nouns)
        if noun is not None:
            end = j + len(noun)
            if end < len(words) and words[end] in grammar.noun_compounds:
                return None
            return end
        if j < len(words) and (words[j] in grammar.determiners or words[j] in grammar.conjunctions):
            return None
    return None


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Words written with a capital that name no person ("Friday", "Montag", "Ihnen")."""
    return _words([w for data in _command_files() for w in data.get("not_names", ())])


@lru_cache(maxsize=1)
def _thing_anchors() -> frozenset[str]:
    """The longest word of each "thing with X" phrase, one of which a sentence saying
    one holds."""
    return frozenset(
        max(before + after, key=len)
        for grammar in grammars()
        for things in grammar.cancel_things.values()
        for before, after in things
    )


@lru_cache(maxsize=1)
def _cancel_words() -> frozenset[str]:
    """Every word a cancel verb opens or ends with, in any language."""
    return frozenset(
        word
        for grammar in grammars()
        for word in (*grammar.cancel_verbs, *(verb[-1] for verb in grammar.cancel_verbs_last))
    )


_TOKEN = re.compile(r"[\w']+")


def capitalised(sentence: str) -> frozenset[str]:
    """The words of a sentence written with a capital, as ``words_of`` gives them
    ("d'Anna" gives "anna")."""
    found = set()
    for token in _TOKEN.findall(sentence.replace("\u2019", "'")):
        elided = _ELISION.match(token.casefold()) if "'" in token else None
        word = token[len(token) - len(elided.group(2)) :] if elided else token
        if word[:1].isupper():
            found.add(word.casefold())
    return frozenset(found)


def _name_length(words: Words, i: int, capitals: frozenset[str]) -> int:
    """How many words from ``i`` (at most three) write a person's name: each with a
    capital, none naming a day, a month or the one written to."""
    most = min(i + MAX_NOUN_NAME_WORDS, len(words))
    end = i
    while end < most and words[end] in capitals and words[end] not in not_names():
        end += 1
    return end - i


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    """Titles and ranks that may stand before a person's name in lower case ("capitán",
    "doctora", "señora", "dr"; the request rules' ``titles``), but for the object pronouns
    an ask told by its verb opens with ("me", which is French "Maître" too)."""
    return frozenset(load_rules().titles) - _told_ask_pronouns()


def _person_length(words: Words, i: int, grammar: Grammar, capitals: frozenset[str]) -> int:
    """How many words from ``i`` name a person: a name (``_name_length``), or one after a
    determiner or a title written in lower case ("del capitán Soto", "de la doctora
    Paredes", "dem Kreisbrandrat Lechner", "der Frau Keller"). After a determiner with no
    title, the name is of two words or more: German writes every noun with a capital, and
    "dem Termin" names none."""
    named = _name_length(words, i, capitals)
    if named:
        return named
    k = i + 1 if i < len(words) and words[i] in grammar.determiners else i
    titled = k < len(words) and words[k] in _person_titles()
    named = _name_length(words, k + titled, capitals)
    if not named or (not titled and named < 2):
        return 0
    return k + titled + named - i


# A thing a cancel governs that names no person nor intro ("lo de mañana").
NAMES_SOMETHING_ELSE = -1


def _thing_after(words: Words, i: int, grammar: Grammar, capitals: frozenset[str]) -> int | None:
    """Where "the thing with X" opening at ``i`` ends, when X is an intro noun phrase or a
    person's name ("lo de la presentación con", "lo de Javier Morales", "the Mark Evans
    thing"); ``NAMES_SOMETHING_ELSE`` when X is neither ("lo de mañana", "the Friday
    thing"); None when no such phrase opens at ``i``."""
    if i >= len(words):
        return None
    for before, after in grammar.cancel_things.get(words[i], ()):
        if not _at(words, i, before):
            continue
        start = i + len(before)
        named = _person_length(words, start, grammar, capitals)
        if not after:
            end = _noun_after(words, start, grammar)
            if end is None and not named:
                # "lo de presentarme a Rosa Delgado": the thing is the ask, told by its verb.
                end = _told_ask_end(words, start)
            if end is not None:
                return end
            return start + named if named else NAMES_SOMETHING_ELSE
        for count in range(1, MAX_NOUN_NAME_WORDS + 1):
            if _at(words, start + count, after):
                return start + count + len(after) if named >= count else NAMES_SOMETHING_ELSE
    return None


def _governed_after(words: Words, i: int, grammar: Grammar, capitals: frozenset[str]) -> int | None:
    """Where what a cancel may govern, opening at ``i``, ends: an intro noun phrase or
    "the thing with" a person."""
    end = _noun_after(words, i, grammar)
    if end is None and grammar.cancel_things:
        end = _thing_after(words, i, grammar, capitals)
    return None if end is None or end < 0 else end


def _ends_with(words: Words, start: int, phrases: tuple[Words, ...], grammar: Grammar) -> bool:
    """Whether one of ``phrases`` ends the sentence, at most a few words after ``start``,
    only politeness after it."""
    end = len(words)
    while end > start and words[end - 1] in grammar.fillers:
        end -= 1
    return any(
        0 <= end - len(phrase) - start <= MAX_NOUN_TO_END_WORDS
        and words[end - len(phrase) : end] == phrase
        for phrase in phrases
    )


def _cancel_span(
    words: Words, grammar: Grammar, capitals: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Where a cancel verb and the intro noun it governs stand in a sentence that is not
    negative ("please don't cancel the intro" is none); with the sentence's ``capitals``,
    "the thing with" a person may stand for the noun ("cancela lo de Javier Morales"). A
    negated cancel ("please don't go ahead with my request to meet Ana", "ne donnez pas
    suite à ma demande", "usiendelee na ombi langu") holds the only negation."""
    if _contains(words, grammar.negations):
        return _negated_cancel_span(words, grammar, capitals) if grammar.negated_cancels else None
    if grammar.negated_cancels and not grammar.negated_cancels.keys().isdisjoint(words):
        found = _negated_cancel_span(words, grammar, capitals)
        if found is not None:
            return found
    for i, word in enumerate(words):
        for head, particle in grammar.cancel_verbs.get(word, ()):
            if not _at(words, i, head):
                continue
            start = _skip(words, i + len(head), grammar.fillers)
            end = _governed_after(words, start, grammar, capitals)
            # "Brechen Sie die Vorstellung mit X ab": the particle ends the sentence.
            if end is not None and (not particle or _ends_with(words, end, (particle,), grammar)):
                return i, end
        # The verb last, as German puts it: "die Vorstellung mit X abbrechen".
        if grammar.cancel_verbs_last and (
            _opens_noun(word, grammar) or word in grammar.cancel_things
        ):
            end = _governed_after(words, i, grammar, capitals)
            if end is not None and _ends_with(
                words,
                _second_party(words, end, grammar, capitals),
                grammar.cancel_verbs_last,
                grammar,
            ):
                return i, len(words)
    return None


def _second_party(words: Words, end: int, grammar: Grammar, capitals: frozenset[str]) -> int:
    """Where the verb that ends a cancel is counted from, after the intro noun phrase
    ending at ``end``: the last of ``pair_joins`` before someone, within a few words
    after it, when the phrase names a pair ("die Vermittlung zwischen unserem Küchenchef
    Gruber und der Frau Kofler vom Weingut bitte stornieren"). Each of two people named
    with a role or a place takes words the verb's distance would count against it; no
    join, ``end`` itself."""
    last = end
    for k in range(end, min(len(words), end + MAX_NOUN_TO_END_WORDS)):
        if words[k] in _pair_join_words() and (
            _pair_after(words, k, grammar, capitals)
            or (k + 1 < len(words) and words[k + 1] in _person_titles())
        ):
            last = k
    return last


def _negated_cancel_span(
    words: Words, grammar: Grammar, capitals: frozenset[str]
) -> tuple[int, int] | None:
    """Where one of the ``negated_cancels`` and the intro noun it governs stand, the intro
    the writer's own ("my request", "ombi langu", "the request I sent you"), no other
    negation in the sentence ("don't go ahead with my intro, don't cancel it" is none) and
    nothing saying the ask only waits ("don't go ahead with my intro yet"). "Please don't
    act on his request" asks that someone else's ask be refused."""
    if _contains(words, grammar.holds):
        return None
    for i, word in enumerate(words):
        for head, particle in grammar.negated_cancels.get(word, ()):
            if not _at(words, i, head):
                continue
            start = _skip(words, i + len(head), grammar.fillers)
            end = _governed_after(words, start, grammar, capitals)
            if end is None or (particle and not _ends_with(words, end, (particle,), grammar)):
                continue
            # "Peço que não dê seguimento ao pedido" of someone else: not the writer's own.
            if own_determiners().isdisjoint(words[start:]) and not _sent_before(
                words[start:], _noun_words()
            ):
                continue
            rest = words[:i] + words[i + len(head) :]
            if particle:
                at = max(k for k in range(len(rest)) if _at(rest, k, particle))
                rest = rest[:at] + rest[at + len(particle) :]
            if not _contains(rest, grammar.negations):
                return i, end
    return None


def _negated_cancel_at(words: Words, i: int, grammar: Grammar) -> bool:
    """Whether one of the ``negated_cancels`` opens at ``i`` of ``words``."""
    return any(_at(words, i, head) for head, _ in grammar.negated_cancels.get(words[i], ()))


def _sentence_holds(text: str, clause: str, grammar: Grammar) -> bool:
    """Whether the whole sentence of ``text`` holding ``clause`` (as written) says the ask
    only waits, one of ``holds`` in any of its clauses ("..., just wait", "...,
    attendez", "..., espera", "..., subiri tu"), or, in another clause, that it not be
    cancelled either ("don't cancel it either", "ne l'annulez pas non plus"): a negated
    "go on with" in it cancels nothing then."""
    said = words_of(clause)
    for sentence in full_sentences(text):
        if clause not in sentence:
            continue
        clauses = [words_of(part) for part in _split_sentences(sentence)]
        if _contains(tuple(word for part in clauses for word in part), grammar.holds):
            return True
        return any(
            part != said and _contains(part, grammar.negations) and _cancel_verb_in(part, grammar)
            for part in clauses
        )
    return False


def _cancel_verb_in(words: Words, grammar: Grammar) -> bool:
    """Whether one of the ``cancel_verbs`` stands in ``words``."""
    return any(
        _at(words, i, head)
        for i, word in enumerate(words)
        for head, _ in grammar.cancel_verbs.get(word, ())
    )


def _cancel_object(
    words: Words, grammar: Grammar, capitals: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Where the intro noun phrase, or "the thing with" a person, that a cancel verb
    governs stands ("the Bob intro" of "forget about the Bob intro")."""
    found = _cancel_span(words, grammar, capitals)
    if found is None:
        return None
    i = found[0]
    for head, _ in (
        *grammar.negated_cancels.get(words[i], ()),
        *grammar.cancel_verbs.get(words[i], ()),
    ):
        if _at(words, i, head):
            start = _skip(words, i + len(head), grammar.fillers)
            end = _governed_after(words, start, grammar, capitals)
            return None if end is None else (start, end)
    end = _governed_after(words, i, grammar, capitals)
    return None if end is None else (i, end)


# A clause ends at a mark after a word or a closing bracket ("... Mme Nadia Ferhat
# (association Sons Libres), si elle n'a pas encore été effectuée": the negation of the
# condition is no part of the cancel before it).
_CLAUSE_SPLIT = re.compile(r"(?<=[\w)])[,;:]+\s+|\s+[,;:]+\s+|\s+[-\u2013\u2014]+\s+")
# How far after the intro noun a cancel governs the name of the one it is with may stand
# ("ma demande de mise en relation avec Pierre Vasseur").
MAX_NOUN_TO_NAME_WORDS = 8
# How many words the topic an intro is named by may run to ("about the mural permit"):
# a longer tail is a sentence of its own, not a name.
MAX_TOPIC_WORDS = 8


@lru_cache(maxsize=1)
def topic_leads() -> Index:
    """Words after an intro noun telling what the intro is about (``topic_leads``: "the
    intro about the mural permit", "la mise en relation au sujet de", "la presentación
    sobre", "die Anfrage wegen", "o pedido sobre", "ombi kuhusu")."""
    return _index(_phrases([w for data in _command_files() for w in data.get("topic_leads", ())]))


def _topic_end(words: Words, end: int) -> int | None:
    """Where the topic told right after an intro noun phrase ending at ``end`` ends: the
    clause's end, when one of ``topic_leads`` follows the noun and a few words follow the
    lead ("about the mural permit"); None otherwise."""
    lead = _first_at(words, end, topic_leads())
    if lead is None:
        return None
    after = len(words) - end - len(lead)
    return len(words) if 0 < after <= MAX_TOPIC_WORDS else None


def _named_end(words: Words, start: int, end: int, capitals: frozenset[str]) -> int | None:
    """Where an intro noun phrase from ``start`` to ``end`` ends with the name it holds or
    that follows it in its clause ("the Bob intro", "ma demande de mise en relation avec
    Pierre Vasseur"); None when it names nobody."""
    nouns = _noun_words()
    named = [
        k
        for k in range(start + 1, min(len(words), end + MAX_NOUN_TO_NAME_WORDS))
        if words[k] in capitals and words[k] not in nouns
    ]
    if not named:
        return None
    if named[0] >= end:
        end = named[0] + 1
        while end < len(words) and words[end] in capitals:
            end += 1
        # "na Bw." ending the clause: a title whose name the clause leaves out.
        while end > named[0] and words[end - 1] in abbreviations():
            end -= 1
        if end == named[0]:
            return None
    return end


def cancelled_intro(text: str) -> str | None:
    """The intro a cancel names, as written, when a cancel verb governs an intro noun
    phrase that names someone ("You can forget about the Bob intro I asked for" names
    "the Bob intro", "cancela lo de Javier Morales" "lo de Javier Morales") or is followed
    in its clause by a name ("annuler ma demande de mise en relation avec Pierre Vasseur",
    "die Vorstellung zwischen mir und Herrn Krüger abbrechen") or by what it is about
    (one of ``topic_leads`` right after the noun: "drop the intro about the mural permit",
    "annulez la mise en relation au sujet du permis"); one naming nobody and nothing
    ("cancel my request") names no intro (None)."""
    # Clauses of whole sentences, so that "na Bw. Juma Mwinyi" keeps its name.
    clauses = (c for s in full_sentences(text) for c in _CLAUSE_SPLIT.split(s))
    for written in clauses:
        words = words_of(written)
        if _anchors().isdisjoint(words):
            continue
        capitals = capitalised(written)
        for grammar in grammars():
            span = _cancel_object(words, grammar, capitals)
            if span is None:
                continue
            start, end = span
            topic = _topic_end(words, end)
            if topic is not None:
                # "drop the intro about the mural permit": what the intro was for names it,
                # to the clause's end, as a name would.
                end = topic
            else:
                end_named = _named_end(words, start, end, capitals)
                if end_named is None:
                    return None
                end = end_named
            pattern = r"[^\w']*".join(re.escape(word) for word in words[start:end])
            found = re.search(r"(?<!\w)" + pattern + r"(?!\w)", written, re.IGNORECASE)
            return found.group() if found else None
    return None


def _status_span(words: Words, grammar: Grammar, question: bool = False) -> tuple[int, int] | None:
    """Where a question asking how an intro stands, and its intro noun, stand. A question
    (``question``) opening on one of ``own_status_leads`` right before the writer's own
    intro noun asks after it ("And my request to meet Ana?", "¿Y mi solicitud de conocer a
    Ana?", "Vipi lile ombi langu la kunikutanisha na Ana?"); a statement ("And my request
    is simple: ...") or an intro not the writer's ("What about an intro to Ana?") none."""
    lead = _first_at(words, 0, grammar.own_status_leads) if question else None
    if lead is not None:
        start = _skip(words, len(lead), grammar.fillers)
        end = _noun_after(words, start, grammar)
        # The own determiner before the noun ("my request") or right after it ("ombi langu").
        if end is not None and not own_determiners().isdisjoint(words[start : end + 1]):
            return 0, end
    for i, word in enumerate(words):
        ask = _first_at(words, i, grammar.status_asks)
        if ask is not None:
            end = _noun_after(words, _skip(words, i + len(ask), grammar.fillers), grammar)
            if end is not None:
                return i, end
        # The question last: "ombi langu limefikia wapi", "where my request stands".
        if grammar.status_endings and _opens_noun(word, grammar):
            end = _noun_after(words, i, grammar)
            if end is not None and _ends_with(words, end, grammar.status_endings, grammar):
                return i, len(words)
    return None


def _asks_for_an_intro(others: list[Words], words: Words, span: tuple[int, int]) -> bool:
    """Whether the mail asks for a new intro outside the command's own words: in another
    sentence, before the command, or after a conjunction following it ("cancel the intro
    to Bob and introduce me to Carol"); what follows the noun up to a conjunction tells
    which intro is meant ("my request to be introduced to Bob")."""
    if any(_asks_anew(sentence) and not _no_longer_needed(sentence) for sentence in others):
        return True
    if _asks_anew(words[: span[0]]):
        return True
    after = words[span[1] :]
    joins = _conjunctions()
    cut = next((k for k, word in enumerate(after) if word in joins), len(after))
    return _asks_anew(after[cut:])


def _no_longer_needed(words: Words) -> bool:
    """Whether a sentence holding an ask verb says the intro is no longer needed, one of
    ``thread_cancels`` opening it, and asks nothing after a conjunction ("Il n'y a donc
    plus lieu de les présenter", "There is no longer any need to introduce them")."""
    span = _thread_cancel_span(words)
    if span is None:
        return False
    after = words[span[1] :]
    joins = _conjunctions()
    cut = next((k for k, word in enumerate(after) if word in joins), len(after))
    return not _asks_anew(after[cut:])


def _sentences_as_written(text: str) -> list[tuple[Words, str]]:
    """The text's sentences as ``words_of`` gives them and as written, empty ones left out;
    the period of a title before a name ends none ("ombi langu la kutambulishwa kwa Bi.
    Neema Kimaro limefikia wapi?", "ma demande pour Mme. Roux, où en est-elle ?")."""
    found = ((words_of(s), s) for line in text.splitlines() for s in _split_sentences(line))
    return [(words, written) for words, written in found if words]


def _tells_outcome(sentence: str) -> bool:
    """Whether ``sentence`` tells what an intro made did: one of ``told_intros`` and, after
    it, one of ``told_outcomes`` (``rules/not_requests``: "Die Vorstellung ... hat was
    gebracht", "The intro ... paid off")."""
    rules = load_rules()
    lowered = sentence.lower()
    intro = rules.told_intro_re.search(lowered)
    return intro is not None and rules.told_outcome_re.search(lowered, intro.end()) is not None


_QUESTION_END = re.compile(r"(?<=[.!?])\s+")


def _question_pieces(text: str) -> frozenset[str]:
    """The pieces, as ``_sentences_as_written`` gives them, of the sentences of ``text``
    that end on a question mark ("Und meine Anfrage, Frau Said kennenzulernen?" gives "Und
    meine Anfrage" and "Frau Said kennenzulernen")."""
    found: set[str] = set()
    for line in text.splitlines():
        plain = _without_title_stops(line) if ". " in line else line
        for sentence in _QUESTION_END.split(plain):
            if sentence.rstrip().endswith("?"):
                found.update(_split_sentences(sentence))
    return frozenset(found)


def _sentence_words(text: str) -> list[Words]:
    """The text's sentences as ``words_of`` gives them, empty ones left out."""
    return [words for words, _ in _sentences_as_written(text)]


def _later_asks_for_an_intro(text: str) -> bool:
    """Whether a sentence after the first asks for a new intro, by a verb or a noun ("I'd
    love an intro to Carol")."""
    return any(_asks_anew(words) for words in _sentence_words(text)[1:])


@lru_cache(maxsize=1)
def passive_asks() -> Index:
    """An intro asked for in the passive ("to be introduced", "d'être présenté"): after one
    of ``earlier_asks`` it tells of an ask made before, as an ask verb does."""
    return _index(_phrases([v for data in _command_files() for v in data.get("passive_asks", ())]))


@lru_cache(maxsize=1)
def ask_nouns() -> Index:
    """An intro asked for as a noun ("an intro to", "une mise en relation avec")."""
    return _index(_phrases([v for data in _command_files() for v in data.get("ask_nouns", ())]))


def _asks_anew(words: Words) -> bool:
    """Whether words ask for a new intro: an ask verb, or an intro asked for as a noun
    outside a sentence telling of one asked for before ("I asked for an intro to Sam"). An
    ask verb right after one of ``others_will``, no one of ``you_subjects`` before that,
    tells what someone else will do ("my supervisor will introduce me in person", "mon
    directeur va me présenter", "mi tutora me va a presentar", "o meu orientador vai me
    apresentar"), no ask; "Will you introduce me?" and "¿Me vas a presentar?" ask."""
    verbs = ask_verbs()
    if any(_first_at(words, i, verbs) and not _told_doing(words, i) for i in range(len(words))):
        return True
    return _contains(words, ask_nouns()) and not _contains(words, earlier_asks())


@lru_cache(maxsize=1)
def _others_will() -> tuple[Words, ...]:
    """What, right before an ask verb, tells someone else will do the intro (``others_will``:
    "will", "va", "va a", "vai"), longest first."""
    entries = {w for data in _command_files() for w in data.get("others_will", ())}
    return tuple(sorted(_phrases(sorted(entries)), key=len, reverse=True))


@lru_cache(maxsize=1)
def _you_subjects() -> frozenset[str]:
    """Words for "you" as a subject (``you_subjects``), before which a future is asked."""
    return _words([w for data in _command_files() for w in data.get("you_subjects", ())])


def _told_doing(words: Words, i: int) -> bool:
    """Whether the ask verb at ``i`` follows one of ``others_will``, no one of
    ``you_subjects`` right before that ("my supervisor will introduce me")."""
    for marker in _others_will():
        start = i - len(marker)
        if start >= 0 and words[start:i] == marker:
            return start == 0 or words[start - 1] not in _you_subjects()
    return False


@lru_cache(maxsize=1)
def _anchors() -> frozenset[str]:
    """Words one of which a sentence saying a cancel or a status by its structure holds:
    a cancel verb's first word, or the longest word of a status question or of a verb or
    question that comes last ("what's happening with" holds "happening")."""
    found: set[str] = set()
    for grammar in grammars():
        found |= grammar.cancel_verbs.keys() | _negated_anchors(grammar.negated_cancels)
        asks = [phrase for phrases in grammar.status_asks.values() for phrase in phrases]
        leads = [phrase for phrases in grammar.own_status_leads.values() for phrase in phrases]
        for phrase in (*asks, *leads, *grammar.cancel_verbs_last, *grammar.status_endings):
            found.add(max(phrase, key=len))
    return frozenset(found)


@lru_cache(maxsize=1)
def _anchor_index() -> LetterIndex | None:
    return _letter_index(_anchors())


# The words of a mail, lower-case, for a quick look before reading its sentences: its runs
# of ``\w``, kept for the last few texts (the reading of the writer's own text and the
# bulk cues look at the same words).
_text_words = text_words


def command_in_sentences(text: str) -> Command | None:
    """A cancel or status said in any sentence of a short mail by its structure, when the
    mail asks for no new intro; the first sentence saying one decides."""
    if _word_count(text) > MAX_COMMAND_WORDS:
        return None
    things = _thing_anchors()
    # A quick look before reading the sentences: most mail names no intro noun, nor a
    # thing with someone beside a cancel verb.
    present = _text_words(text)
    if not _names_an_intro(present, text) and (
        things.isdisjoint(present) or _cancel_words().isdisjoint(present)
    ):
        return None
    # Nor, in most mail that names an intro, a cancel verb or the telling word of a status
    # question: then no sentence of it says one.
    if not _may_hold(_anchor_index(), text) or _anchors().isdisjoint(words_of(text)):
        return None
    if not _may_hold(_structure_index(), text):
        # No sentence holds every word of a cancel verb, a verb or question that comes
        # last or a status question, as a sentence saying one by its structure does: only
        # a cancel read across its clauses may.
        return cancel_across_clauses(text)
    return _command_in_sentences(text)


@lru_cache(maxsize=1)
def _structure_index() -> LetterIndex | None:
    """Every cancel verb, negated cancel and verb that comes last (with its particle),
    status question and question that comes last, of every language: one of which a
    sentence saying a command by its structure holds whole."""
    phrases: list[Words] = []
    for grammar in grammars():
        verbs = (*grammar.cancel_verbs.values(), *grammar.negated_cancels.values())
        phrases += [head + particle for found in verbs for head, particle in found]
        phrases += [*grammar.cancel_verbs_last, *grammar.status_endings]
        phrases += [ask for asks in grammar.status_asks.values() for ask in asks]
        phrases += [lead for leads in grammar.own_status_leads.values() for lead in leads]
    return _letter_index(" ".join(phrase) for phrase in phrases)


def _command_in_sentences(text: str) -> Command | None:
    """``command_in_sentences`` of a short mail that may say a command by its structure."""
    nouns, things = _governable_words(), _thing_anchors()
    written = _sentences_as_written(text)
    sentences = [words for words, _ in written]
    questions = _question_pieces(text)
    for k, words in enumerate(sentences):
        if nouns.isdisjoint(words) and things.isdisjoint(words):
            continue
        for grammar in grammars():
            if grammar.cues.isdisjoint(words) or (
                grammar.intro_nouns.keys().isdisjoint(words)
                and grammar.determined_nouns.keys().isdisjoint(words)
                and grammar.cancel_things.keys().isdisjoint(words)
            ):
                continue
            capitals = capitalised(written[k][1])
            found: tuple[Command, tuple[int, int] | None]
            for found in (
                ("cancel", _cancel_span(words, grammar, capitals)),
                ("status", _status_span(words, grammar, written[k][1] in questions)),
            ):
                command, span = found
                if span is None:
                    continue
                if (
                    command == "status"
                    and written[k][1] not in questions
                    and _tells_outcome(written[k][1])
                ):
                    # "Die Vorstellung mit dem Sammler hat tatsächlich was gebracht.": what
                    # an intro made did, told, asks how none stands.
                    continue
                if (
                    command == "cancel"
                    and _negated_cancel_at(words, span[0], grammar)
                    and _sentence_holds(text, written[k][1], grammar)
                ):
                    # "Ne donnez pas suite à ma demande ..., ne l'annulez pas non plus,
                    # attendez": the ask waits, read across the whole sentence.
                    continue
                told = _describing_clauses(text)
                others = [w for w in sentences[:k] + sentences[k + 1 :] if w not in told]
                if _asks_for_an_intro(others, words, span):
                    return None
                return command
    return cancel_across_clauses(text)


# A cancel whose particle or verb ends a sentence several clauses after the intro noun it
# governs: "bitte ziehen Sie meine Anfrage, Frau Dr. Schubert mit Herrn Prof. Brandt
# bekannt zu machen, zurück", "meine Anfrage, ..., möchte ich zurückziehen".
_FULL_STOP = re.compile(r"[.!?;]+(?=\s|$)")
_LAST_WORD = re.compile(r"(\w+)$")
# How many words the clauses between the intro noun and the cancel's ending may hold.
MAX_CLAUSE_OBJECT_WORDS = 20


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Words whose period ends no sentence ("Dr.", "Prof.", "Mme."); a single letter's
    ends none either ("z. B.", "J. Smith")."""
    return _words([w for data in _command_files() for w in data.get("abbreviations", ())])


def full_sentences(text: str) -> list[str]:
    """The text's sentences as written, each ending at . ! ? ; or at its line's end, not
    at a comma nor at the period of an abbreviation or an initial ("Frau Dr. Schubert")."""
    short = abbreviations()
    found: list[str] = []
    for line in text.splitlines():
        start = 0
        for stop in _FULL_STOP.finditer(line):
            before = _LAST_WORD.search(line, start, stop.start())
            if stop.group() == "." and before is not None:
                word = before.group(1).casefold()
                if len(word) == 1 or word in short:
                    continue
            found.append(line[start : stop.end()])
            start = stop.end()
        found.append(line[start:])
    return [sentence for sentence in found if _WORD.search(sentence)]


@lru_cache(maxsize=1)
def _clause_endings() -> frozenset[str]:
    """The last word of every particle of a split cancel verb and of every verb that comes
    last, one of which a sentence read across its clauses ends with."""
    found: set[str] = set()
    for grammar in grammars():
        for verbs in grammar.cancel_verbs.values():
            found.update(particle[-1] for _, particle in verbs if particle)
        found.update(phrase[-1] for phrase in _clause_verbs_last(grammar))
    return frozenset(found)


@lru_cache(maxsize=1)
def _clause_ending_re() -> re.Pattern[str]:
    """One of ``_clause_endings`` ending a clause, a filler at most after it ("zurück.",
    "ab, danke", "off please")."""
    endings = "|".join(map(re.escape, _longest_first(set(_clause_endings()))))
    fillers = {word for grammar in grammars() for word in grammar.fillers}
    after = "|".join(map(re.escape, _longest_first(fillers)))
    return re.compile(rf"(?<!\w)(?:{endings})(?:\s+(?:{after}))?\s*(?:[.!?;,]|$)", re.MULTILINE)


@cache
def _clause_verbs_last(grammar: Grammar) -> tuple[Words, ...]:
    """What may stand alone as the last clause of a cancel whose verb comes last: the verb
    ("zurückziehen") or one of the ``cancel_endings`` ("möchte ich zurückziehen")."""
    if not grammar.cancel_verbs_last:
        return ()
    endings = (words_of(ending) for ending in cancel_endings())
    last = {verb[-1] for verb in grammar.cancel_verbs_last}
    own = (ending for ending in endings if ending and ending[-1] in last)
    return tuple(sorted({*grammar.cancel_verbs_last, *own}, key=len, reverse=True))


def _trimmed(words: Words, fillers: frozenset[str]) -> Words:
    """``words`` without the fillers around them ("bitte zurück danke" is "zurück")."""
    start, end = 0, len(words)
    while start < end and words[start] in fillers:
        start += 1
    while end > start and words[end - 1] in fillers:
        end -= 1
    return words[start:end]


def _clausal_cancel(
    clauses: list[Words], grammar: Grammar, capitals: frozenset[str]
) -> tuple[int, int] | None:
    """Which clause, and where in it, a cancel starts whose intro noun stands in that
    clause and whose particle or verb stands alone as the sentence's last clause, the
    words between saying what the intro is: "ziehen Sie meine Anfrage, X mit Y bekannt zu
    machen, zurück", "sagen Sie das Treffen mit Herrn X, das wir planten, ab", "ich möchte
    meine Anfrage, ..., zurückziehen"."""
    last = _trimmed(clauses[-1], grammar.fillers)
    ends_last = last in _clause_verbs_last(grammar)
    for k, clause in enumerate(clauses[:-2]):
        # The words after the noun in its clause name it too ("das Treffen mit Herrn X").
        least = len(clause) + sum(map(len, clauses[k + 1 : -1])) - MAX_CLAUSE_OBJECT_WORDS
        for i, word in enumerate(clause):
            for head, particle in grammar.cancel_verbs.get(word, ()):
                if particle == last and _at(clause, i, head):
                    start = _skip(clause, i + len(head), grammar.fillers)
                    end = _governed_after(clause, start, grammar, capitals)
                    if end is not None and end >= least:
                        return k, i
            if ends_last and (_opens_noun(word, grammar) or word in grammar.cancel_things):
                end = _governed_after(clause, i, grammar, capitals)
                if end is not None and end >= least:
                    return k, i
    return None


# A cancel read in a sentence: its words, where the cancel stands in them, and the words
# of the sentence's other clauses.
Reading = tuple[Words, tuple[int, int], list[Words]]


def _cancel_in_full_sentence(sentence: str) -> Reading | None:
    """A cancel a sentence says by its structure in one of its clauses, read past the
    periods of abbreviations ("Please call the intro with Dr. Lee off"), or across its
    clauses, from the one naming the intro to the last."""
    clauses = [words for words in map(words_of, sentence.split(",")) if words]
    capitals = capitalised(sentence)
    for grammar in grammars():
        for k, clause in enumerate(clauses):
            span = _cancel_span(clause, grammar, capitals)
            if span is not None:
                return clause, span, clauses[:k] + clauses[k + 1 :]
        if len(clauses) > 2 and not any(_contains(c, grammar.negations) for c in clauses):
            found = _clausal_cancel(clauses, grammar, capitals)
            if found is not None:
                k, i = found
                words = tuple(word for clause in clauses[k:] for word in clause)
                return words, (i, len(words)), clauses[:k]
    return None


def cancel_across_clauses(text: str) -> Command | None:
    """A cancel said by its structure in a sentence of a short mail, read to the sentence's
    end rather than to its first comma, and past the periods of abbreviations: a split
    verb's particle or a verb that comes last standing alone after the clauses saying what
    the intro is ("bitte ziehen Sie meine Anfrage, Frau Dr. Schubert mit Herrn Prof.
    Brandt bekannt zu machen, zurück"), when the mail asks for no new intro elsewhere."""
    if _clause_endings().isdisjoint(_text_words(text)):
        return None
    # Most mail holding such a word ("ein", "ab") ends no clause with it.
    if _clause_ending_re().search(text.casefold()) is None:
        return None
    sentences = full_sentences(text)
    for k, sentence in enumerate(sentences):
        found = _cancel_in_full_sentence(sentence)
        if found is None:
            continue
        words, span, clauses = found
        others = clauses + [words_of(other) for n, other in enumerate(sentences) if n != k]
        if _asks_for_an_intro(others, words, span):
            return None
        return "cancel"
    return None


# A command standing alone as a sentence: "Any news?" after "Last week I asked for an
# intro to Sam Jones", "Gibt es hierzu schon etwas Neues?" or "Mejor déjalo" in a thread.


@cache
def _bare_phrases(key: str) -> frozenset[str]:
    """The phrases under ``key``, normalised and softened as a sentence is compared."""
    return frozenset(filter(None, (_softened(entry) for entry in _entries(key))))


@lru_cache(maxsize=1)
def _named_news_phrases() -> frozenset[str]:
    """The ``named_news_questions``, their ``*`` kept; not softened, since a softener of
    one language is a word of another's question (the Québec "tu" of "a-tu répondu")."""
    return frozenset(
        _normalise_phrase(entry)
        for data in _command_files()
        for entry in data.get("named_news_questions", ())
    )


@lru_cache(maxsize=1)
def _named_news_re() -> re.Pattern[str]:
    """The ``named_news_questions`` as one pattern for a whole sentence, the name that
    opens them captured."""
    patterns = (
        " ".join(r"(\S+(?: \S+){0,2}?)" if part == "*" else re.escape(part) for part in q.split())
        for q in _longest_first(set(_named_news_phrases()))
    )
    return re.compile(r"^(?:" + "|".join(patterns) + r")$")


@lru_cache(maxsize=1)
def _named_news_last_words() -> frozenset[str] | None:
    """The last word of each of the ``named_news_questions``; None when one ends with the
    name."""
    last = [phrase.rsplit(" ", 1)[-1] for phrase in _named_news_phrases() if phrase]
    return None if "*" in last else frozenset(last)


def _named_news(bare: str, text: str) -> bool:
    """Whether a sentence asks whether someone it names answered or said yes, the name
    opening it ("Geneviève a-tu répondu?", "Ana já respondeu?") or after the verb that
    asks ("has Rob got back to you", "hat Herr Weber geantwortet", "est-ce que Karim a
    répondu"): one to three words all written with a capital in the mail, none of
    ``not_names``."""
    # A question that ends with a word ends the sentence with it.
    last = _named_news_last_words()
    if last is not None and bare.rsplit(" ", 1)[-1] not in last:
        return False
    found = _named_news_re().match(bare)
    if found is None:
        return False
    name = next(group for group in found.groups() if group is not None).split()
    return _written_name(name, capitalised(text))


@lru_cache(maxsize=1)
def _all_determiners() -> frozenset[str]:
    """Every language's ``determiners``: the article a name may follow ("le Dr Haile",
    "el Dr. Soto")."""
    return frozenset(word for grammar in grammars() for word in grammar.determiners)


def _written_name(name: list[str], capitals: frozenset[str]) -> bool:
    """Whether ``name`` names a person: words all written with a capital in the mail, none
    of ``not_names``; or, after an article ("est-ce que le Dr Haile a fini par répondre",
    "¿el Dr. Soto ya respondió?"), a title and a name or a name of two words ("la Marie"
    or "der Termin" names none)."""
    if all(word in capitals and word not in not_names() for word in name):
        return True
    if len(name) < 3 or name[0] not in _all_determiners():
        return False
    rest = name[1:]
    return all(word in capitals and word not in not_names() for word in rest[1:]) and (
        rest[0] in _person_titles() or (rest[0] in capitals and rest[0] not in not_names())
    )


@lru_cache(maxsize=1)
def _named_news_opening_re() -> re.Pattern[str]:
    """The ``named_news_questions`` as one pattern opening a sentence, the name captured,
    what follows left to be read."""
    return re.compile(_named_news_re().pattern.removesuffix("$") + r"(?= |$)")


def named_news_of_an_ask_sent(text: str) -> Command | None:
    """Status asked by a question whether someone named answered, followed by the ask it
    is about told as sent before ("Did Ruth Okafor-Hughes ever respond on the one Baraka
    sent you last week (Neema Lyimo / Ruth, the card payments issue)?"): the question
    opens the mail's first sentence, that sentence holds one of ``earlier_asks``, and the
    mail, of up to 90 words, writes no address and asks for no new intro in any sentence.
    Without the ask told ("Did Ruth respond to the wedding invitation?") the question may
    be about anything, and asks nothing of the agent."""
    if _word_count(text) > MAX_OPENING_COMMAND_WORDS or _writes_address(text):
        return None
    # "Morning," alone on its line is a greeting the greetings may not hold: the first
    # sentence of more words than a greeting is the one that opens the mail.
    first = next((s for s in _sentences(text) if s.count(" ") >= MAX_GREETING_WORDS), "")
    # The question's last word is a word of the sentence it opens: most sentences hold
    # none, and the pattern, which tries each way of reading the name, is not tried.
    last = _named_news_last_words()
    if last is not None and last.isdisjoint(first.split()):
        return None
    found = _named_news_opening_re().match(first)
    if found is None:
        return None
    name = next(group for group in found.groups() if group is not None).split()
    capitals = capitalised(text)
    if not all(word in capitals and word not in not_names() for word in name):
        return None
    # The ask told after the question: "on the one Baraka sent you", not before it.
    if not _contains(words_of(first[found.end() :]), earlier_asks()):
        return None
    if any(_asks_anew(words) for words in _sentence_words(text)):
        return None
    return "status"


def waited_named_news(text: str) -> Command | None:
    """Status asked in a mail longer than a short one (up to 90 words, no address
    written) by a question whether someone named answered, alone in its sentence or
    joined to another by one of ``question_joins`` ("Hat sich Herr Brunner schon gemeldet
    bzw. ist die Vorstellung zustande gekommen?"), after a sentence telling of waiting for
    an answer (``waiting_cues``: "seither aber nichts mehr gehört"), when no sentence
    asks for a new intro. A named question alone, without the wait told before it ("Has
    Rob replied to the wedding invitation?"), may be about anything."""
    if _word_count(text) > MAX_OPENING_COMMAND_WORDS or _writes_address(text):
        return None
    if not _may_hold(_bare_index(), text):
        return None
    waiting = waiting_cues()
    waited = False
    for sentence in _all_sentences(text):
        if waited and any(
            _named_news(part, text) or _named_news(_bare(part), text)
            for part in _question_parts(sentence)
        ):
            if any(_asks_anew(words) for words in _sentence_words(text)):
                return None
            return "status"
        waited = waited or _contains(words_of(sentence), waiting)
    return None


@lru_cache(maxsize=1)
def _indirect_leads() -> tuple[str, ...]:
    """The ``indirect_leads``, normalised, longest first: words that put the question
    after them indirectly ("I don't suppose", "do you know if", "sabes si", "savez-vous si",
    "weißt du ob", "será que", "unajua kama")."""
    return _longest_first({_normalise_phrase(entry) for entry in _entries("indirect_leads")})


@lru_cache(maxsize=1)
def _told_news_re() -> re.Pattern[str]:
    """The ``told_news`` as one pattern for a whole clause, the name a ``*`` stands for
    captured with what is joined to it ("*'s surfaced" captures "priya's")."""

    def part(word: str) -> str:
        if "*" not in word:
            return re.escape(word)
        before, _, after = word.partition("*")
        return re.escape(before) + r"(\S+(?: \S+){0,2}?" + re.escape(after) + ")"

    phrases = {
        _normalise_phrase(entry) for data in _command_files() for entry in data.get("told_news", ())
    }
    patterns = (" ".join(map(part, phrase.split())) for phrase in _longest_first(phrases))
    return re.compile(r"^(?:" + "|".join(patterns) + r")$")


def _named_in(found: re.Match[str], text: str) -> bool:
    """Whether every word a ``*`` of ``found`` captured is written with a capital in the
    mail, none of ``not_names`` ("Friday's" is no one), or it captured nothing."""
    groups = [group for group in found.groups() if group is not None]
    if not groups:
        return True
    capitals = capitalised(text)
    return all(
        word in capitals and word.removesuffix("'s") not in not_names()
        for word in groups[0].split()
    )


def _indirect_news(sentence: str, text: str) -> bool:
    """Whether a sentence asks indirectly whether someone answered: one of
    ``indirect_leads`` opening it ("Don't suppose", "¿Sabes si", "Savez-vous si", "Weißt
    du, ob", "Será que", "Unajua kama"), then what it asks told as news, one of
    ``told_news`` ("Priya's surfaced", "Karim a répondu", "Herr Weber geantwortet hat"),
    or a news question or named news question that is a statement already ("Giulia ya
    contestó", "alguien contestó"). Without the lead such news is told, never asked:
    "Priya's surfaced." asks nothing."""
    lead = next((x for x in _indirect_leads() if sentence.startswith(x + " ")), None)
    if lead is None:
        return False
    rest = sentence[len(lead) + 1 :]
    if _bare(rest) in _bare_phrases("news_questions") or _named_news(rest, text):
        return True
    found = _told_news_re().match(rest)
    return found is not None and _named_in(found, text)


@lru_cache(maxsize=1)
def thread_refs() -> tuple[str, ...]:
    """Words pointing at the intro a thread or a mail is about ("on this", "hierzu")."""
    return _longest_first(_entries("thread_refs"))


@lru_cache(maxsize=1)
def earlier_asks() -> Index:
    """Words telling that an intro was asked for before ("I asked", "niliomba"), by the
    writer's side too ("we asked", "nous sollicitions", "pedíamos", "wir baten",
    "solicitámos", "tuliomba": ``our_earlier_asks``)."""
    keys = ("earlier_asks", "our_earlier_asks")
    return _index(_phrases([w for data in _command_files() for k in keys for w in data.get(k, ())]))


@lru_cache(maxsize=1)
def _thread_ref_re() -> re.Pattern[str]:
    refs = "|".join(map(re.escape, thread_refs()))
    return re.compile(r"(?<!\S)(?:" + refs + r")(?!\S)")


# A sentence saying a command alone is short: its phrase, a pointer and softeners.
MAX_BARE_WORDS = 10


def _bare(sentence: str) -> str:
    """A sentence without the words pointing at the thread and without its softeners."""
    return _softened(_thread_ref_re().sub(" ", sentence))


# A news question names the intro by its id right after it, or after up to three words ("bei",
# "à propos de", "kuhusu").
MAX_WORDS_BEFORE_ID = 3


def _news_on_id(sentence: str, news: frozenset[str]) -> bool:
    """Whether ``sentence`` is a news question (``news_questions``) followed by an intro
    id, at most three words between them ("Any news on #3f9a2b?", "Des nouvelles à propos
    de #3f9a2b ?", "Gibt es schon was Neues bei #3f9a2b (Herr Wagner / Frau Becker)?",
    "Kuna habari yoyote kuhusu #3f9a2b?"): an id names an intro of the writer's, so the
    question asks how it stands wherever the mail stands."""
    words = sentence.split()
    at = next((i for i, word in enumerate(words) if _INTRO_ID.fullmatch(word)), None)
    if at is None:
        return False
    return any(
        _bare(" ".join(words[:cut])) in news
        for cut in range(at, max(at - MAX_WORDS_BEFORE_ID, 1) - 1, -1)
    )


def _beside_an_intro(subject: str, sentences: list[Words], earlier: list[bool]) -> bool:
    """Whether a news question outside a thread stands beside an intro: the subject or a
    sentence names one ("Mes demandes", "Re: Ihre Anfrage: Vorstellung Klaus Berger", "I
    asked for an intro to Sam Jones"), tells of waiting for an answer ("je n'ai aucune
    nouvelle") or of one asked for before by an ask verb ("I asked you to introduce me to
    Sam", "niliomba utambulisho") or comes back to a matter raised before ("Je reviens vers
    vous au sujet de Karim Haddad")."""
    nouns = _noun_words()
    if not nouns.isdisjoint(words_of(subject)):
        return True
    verbs, waiting, back = ask_verbs(), waiting_cues(), follow_ups()
    return any(
        not nouns.isdisjoint(words)
        or (e and _contains(words, verbs))
        or _contains(words, waiting)
        or _contains(words, back)
        for e, words in zip(earlier, sentences, strict=True)
    )


def _only_waits(sentence: str) -> bool:
    """Whether a sentence says the ask only waits, one of ``holds`` in it ("Please don't go
    ahead with this one yet", "Verfolgen Sie das noch nicht weiter"): no cancel."""
    words = words_of(sentence)
    return any(_contains(words, grammar.holds) for grammar in grammars())


def bare_command(text: str, in_reply_to: bool, subject: str = "") -> Command | None:
    """A status or cancel said by a sentence alone, in a short mail that asks for no new
    intro. A question asking for news alone ("Any news?", "Des nouvelles à ce sujet ?",
    "Gibt es hierzu schon etwas Neues?", "Je, kuna habari yoyote?"), where things stand
    ("On en est où ?", "¿En qué quedó?", "Imefika wapi?"), whether anyone answered ("Hat
    schon jemand geantwortet?", "Alguém respondeu?") or said yes ("Has she agreed yet?")
    is status in a thread, or beside a subject or sentence naming an intro ("Mes
    demandes", "Last week I asked for an intro to Sam Jones") or telling of waiting for an
    answer, or naming the intro by a passive ask of its own ("Je, yule fundi bomba, Bw.
    Juma Rashidi, amekubali kutambulishwa au bado?", the Swahili verb saying whom it is
    about). In a thread about one request, a bare "drop it" cancels it ("Mejor déjalo, por
    favor", "Lass es lieber", "Actually, let's not"). ``subject`` is the mail's subject as
    written."""
    if _word_count(text) > MAX_COMMAND_WORDS:
        return None
    # A quick look first: a sentence saying such a phrase holds each of its words, and most
    # mail holds every word of none.
    if not _may_hold(_bare_index(), text):
        return None
    return _bare_command(text, in_reply_to, subject)


@lru_cache(maxsize=1)
def _bare_index() -> LetterIndex | None:
    """Every phrase a sentence saying a command alone is (``news_questions``,
    ``bare_cancels``, ``named_news_questions`` with their ``*`` left out)."""
    phrases = _bare_phrases("news_questions") | _bare_phrases("bare_cancels")
    # A question put indirectly holds its lead ("do you know if", "sabes si").
    phrases |= set(_indirect_leads())
    return _letter_index((*phrases, *(p.replace("*", " ") for p in _named_news_phrases())))


def _bare_command(text: str, in_reply_to: bool, subject: str) -> Command | None:
    """``bare_command`` of a short mail that may hold one of its phrases."""
    news, cancels = _bare_phrases("news_questions"), _bare_phrases("bare_cancels")
    for k, written in enumerate(_all_sentences(text)):
        # "Hat sich Herr Brunner schon gemeldet bzw. ist die Vorstellung zustande
        # gekommen?": each of two questions joined by an "or" is read as a sentence alone.
        for sentence in _question_parts(written):
            settled, said = _bare_said(text, in_reply_to, subject, k, sentence, news, cancels)
            if settled:
                return said
    return None


def _bare_said(
    text: str,
    in_reply_to: bool,
    subject: str,
    k: int,
    sentence: str,
    news: frozenset[str],
    cancels: frozenset[str],
) -> tuple[bool, Command | None]:
    """Whether the ``k``-th sentence of a short mail settles what the mail says as a
    command alone, and the command it then says (None: no command)."""
    if "#" in sentence and _news_on_id(sentence, news):
        # "Gibt es schon was Neues bei #3f9a2b (Herr Wagner / Frau Becker)?": the id
        # names the intro asked about, whatever names follow it.
        sentences = _sentence_words(text)
        earlier = [_contains(words, earlier_asks()) for words in sentences]
        if any(not e and _asks_anew(w) for e, w in zip(earlier, sentences, strict=True)):
            return True, None
        return True, "status"
    if sentence.count(" ") >= MAX_BARE_WORDS and not _named_news(sentence, text):
        # A longer sentence is no command alone, but for a named news question whole
        # ("est-ce que la Dre Tremblay a fini par vous répondre"): its phrase and a
        # name of up to three words run past the words of a bare one.
        return False, None
    bare = _bare(sentence)
    # Outside a thread, "Drop it." opening a mail cancels, naming nothing: the writer is
    # told no intro was found to cancel and how to name one.
    # "Donc vous pouvez laisser tomber", "Anyway you can drop it": politeness after
    # a softener opening the sentence is left out as it is where it opens one.
    led = _without_lead_ins(bare) if bare.split(" ", 1)[0] in lead_ins_by_head() else bare
    if (
        (in_reply_to or k == 0)
        and (bare in cancels or led in cancels)
        and not _only_waits(sentence)
    ):
        command: Command = "cancel"
    elif (
        bare in news
        or _named_news(sentence, text)
        # "has Rob got back to you yet", "hat sich Herr Weber schon gemeldet": the
        # question softened, as a news question alone is compared.
        or (bare != sentence and _named_news(bare, text))
        # "Don't suppose Priya's surfaced?", "¿Sabes si Giulia ya contestó?": the
        # question put indirectly.
        or _indirect_news(sentence, text)
        or (bare != sentence and _indirect_news(bare, text))
    ):
        command = "status"
    else:
        return False, None
    sentences = _sentence_words(text)
    earlier = [_contains(words, earlier_asks()) for words in sentences]
    if (
        command == "status"
        and not in_reply_to
        # "Je, yule fundi bomba, Bw. Juma Rashidi, amekubali kutambulishwa au bado?":
        # the question names the intro it asks about by its passive ask.
        and not _contains(words_of(sentence), passive_asks())
        and not _beside_an_intro(_subject_line(subject), sentences, earlier)
    ):
        return True, None
    # "Any news? Also, please introduce me to Carol": a new ask is read as one; what
    # was asked before ("I asked you to introduce me to Sam") is no new ask.
    if any(not e and _asks_anew(w) for e, w in zip(earlier, sentences, strict=True)):
        return True, None
    return True, command


def _by_length(key: str) -> dict[int, frozenset[Words]]:
    """The phrases under ``key`` as words, filed by their length."""
    found: dict[int, set[Words]] = {}
    for data in _command_files():
        for entry in data.get(key, ()):
            words = words_of(entry)
            if words:
                found.setdefault(len(words), set()).add(words)
    return {size: frozenset(phrases) for size, phrases in found.items()}


@lru_cache(maxsize=1)
def _thread_cancels() -> tuple[dict[int, frozenset[Words]], dict[int, frozenset[Words]]]:
    """The ``thread_cancels``, which open a clause, and the ``thread_cancel_endings``,
    which end one, filed by their length."""
    return _by_length("thread_cancels"), _by_length("thread_cancel_endings")


@lru_cache(maxsize=1)
def _done_tails() -> dict[int, frozenset[Words]]:
    """The ``done_tails``, filed by their length."""
    return _by_length("done_tails")


def _done_tail(words: Words) -> bool:
    """Whether ``words`` open with one of the ``done_tails`` ("do anything else")."""
    return any(words[:size] in phrases for size, phrases in _done_tails().items())


@lru_cache(maxsize=1)
def _thread_cancel_index() -> LetterIndex | None:
    """Every thread cancel, opening a clause or ending one, for a quick look at a mail."""
    return _letter_index(
        " ".join(phrase)
        for index in _thread_cancels()
        for found in index.values()
        for phrase in found
    )


@lru_cache(maxsize=1)
def conditionals() -> Index:
    """Words making a clause a condition ("if", "si", "wenn", "se", "kama")."""
    return _index(_phrases([w for data in _command_files() for w in data.get("conditionals", ())]))


def _thread_cancel_span(words: Words) -> tuple[int, int] | None:
    """Where a thread cancel opens a clause, perhaps after conjunctions and softeners
    ("but no need to go ahead"), or a thread cancel ending ends it, perhaps before
    softeners and fillers ("das hat sich erledigt", "we've sorted it between us"); a
    clause holding a condition says neither ("if there's no need to go ahead")."""
    openers, endings = _thread_cancels()
    loose = _conjunctions() | softeners()
    trailing = softeners() | {w for grammar in grammars() for w in grammar.fillers}
    end = len(words)
    while end > 0 and words[end - 1] in trailing:
        end -= 1
    found: tuple[int, int] | None = None
    for start in range(_skip(words, 0, loose) + 1):
        size = next((n for n, phrases in openers.items() if words[start : start + n] in phrases), 0)
        if size:
            if _done_tail(words[start + size :]):
                # "Hakuna haja ya kufanya kitu kingine", "No need to do anything else":
                # nothing more for the agent to do, said after an intro made; no cancel.
                return None
            found = start, start + size
            break
    if found is None:
        size = next(
            (n for n, phrases in endings.items() if words[max(end - n, 0) : end] in phrases), 0
        )
        if size and end - size >= 0:
            found = end - size, end
    if found is None or _contains(words, conditionals()):
        return None
    return found


def thread_cancel(text: str) -> Command | None:
    """A cancel said in a reply without a cancel verb: a clause opening with one of the
    ``thread_cancels`` or ending with one of the ``thread_cancel_endings``, saying the
    intro the thread is about is no longer needed ("No need to go ahead with this any
    more", "we've sorted it between us", "Plus besoin, on s'est croisés", "Ya no hace
    falta", "Das hat sich erledigt", "Já não é preciso", "Hakuna haja tena"), in a short
    mail that asks for no new intro, in another sentence, before it or after a
    conjunction following it ("No need to go ahead with Morven, but please introduce me
    to Ann" asks)."""
    if _word_count(text) > MAX_COMMAND_WORDS:
        return None
    # A quick look first: such a clause holds each word of its phrase, and most mail holds
    # every word of none.
    if not _may_hold(_thread_cancel_index(), text):
        return None
    return _first_thread_cancel(text, naming=False)


def _first_thread_cancel(text: str, *, naming: bool) -> Command | None:
    """A cancel when the first clause of ``text`` that ``_thread_cancel_span`` reads as
    one (with ``naming``, one that names an intro as well) stands in a mail asking for no
    new intro beside it; None otherwise."""
    sentences = _sentence_words(text)
    nouns = _noun_words()
    for clause in _all_sentences(text):
        words = words_of(clause)
        span = _thread_cancel_span(words)
        if span is None or (naming and nouns.isdisjoint(words)):
            continue
        others = [other for other in sentences if other != words]
        if _asks_for_an_intro(others, words, span):
            return None
        return "cancel"
    return None


def cancel_in_agents_thread(text: str, below: str = "") -> Command | None:
    """A cancel of the intro a reply to the agent's own mail is about: a clause naming an
    intro (one of ``intro_nouns``) and saying it is no longer needed, as ``thread_cancel``
    reads one ("Je vous informe que la mise en relation Léa Fournier / Karim Benali est
    désormais sans objet", "the intro between Léa and Karim is now moot"), in a mail of up
    to 90 words that writes no address and asks for no new intro. The agent's own mail
    says which intro, and the clause names it, so the reason may take more words than a
    short mail has ("... Mme Fournier a finalement signé un bail avec un propriétaire
    privé"); a bare "You can drop it" naming no intro stays for a short mail alone.
    ``below`` is the writer's text below the signature: a postscript asking for a new
    intro there ("P.S. Could you introduce me to Carol Diaz instead?") makes it none. The
    caller knows the mail answers the agent."""
    if _word_count(text) > MAX_OPENING_COMMAND_WORDS or _writes_address(text):
        return None
    # A quick look first: such a clause holds every word of a thread cancel.
    if not _may_hold(_thread_cancel_index(), text):
        return None
    if below.strip() and any(_asks_anew(words) for words in _sentence_words(below)):
        return None
    return _first_thread_cancel(text, naming=True)


@lru_cache(maxsize=1)
def _earlier_anchors() -> frozenset[str]:
    """The longest word of each of the ``earlier_asks``, one of which a mail telling of an
    ask holds."""
    return frozenset(
        max(_WORD.findall(" ".join(p)), key=len) for ps in earlier_asks().values() for p in ps
    )


@lru_cache(maxsize=1)
def progress_questions() -> tuple[str, ...]:
    """Questions, anywhere in a sentence, asking how an ask told of stands or whether the
    one asked for answered ("where things stand", "en qué punto está", "wie der Stand
    ist", "em que pé está", "has she answered")."""
    return _longest_first({_softened(entry) for entry in _entries("progress_questions")})


@lru_cache(maxsize=1)
def _progress_re() -> re.Pattern[str]:
    phrases = "|".join(map(re.escape, progress_questions()))
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\S)(?:" + phrases + r")(?!\S)")


def _tells_an_earlier_ask(words: Words) -> bool:
    """Whether a sentence tells of an intro asked for before: one of ``earlier_asks``
    before an ask verb, an intro asked for as a noun or an intro noun ("two weeks ago I
    asked you to introduce me to", "je vous ai demandé de me présenter", "te pedí que me
    presentaras", "ich hatte Sie gebeten, mich ... vorzustellen", "pedi-lhe que me
    apresentasse", "nilikuomba unitambulishe")."""
    told = next((i for i in range(len(words)) if _first_at(words, i, earlier_asks())), None)
    if told is None:
        return False
    if _asked_after_noun(words, told):
        # "the intro i asked for last tuesday", "la presentación que te pedí".
        return True
    nouns = _noun_words()
    # "j'ai demandé d'être présenté au gars de la coop", "I asked to be introduced to";
    # "I asked you to put our head gardener in touch with the primary school".
    return any(
        words[i] in nouns
        or _first_at(words, i, ask_verbs())
        or _first_at(words, i, ask_nouns())
        or _first_at(words, i, passive_asks())
        or _first_at(words, i, told_ask_ends())
        for i in range(told + 1, len(words))
    )


# How many words may stand between an intro noun and the ask told after it, which says
# the intro was the writer's ask ("the intro that I asked for", "la mise en relation que je
# vous ai demandée", "die Vorstellung, um die ich Sie letzte Woche gebeten hatte").
MAX_NOUN_TO_TOLD_ASK_WORDS = 6


@lru_cache(maxsize=1)
def _intro_noun_index() -> Index:
    """The intro nouns of every language, filed under their first word ("mise en
    relation" under "mise")."""
    return _index(tuple({p for g in grammars() for ps in g.intro_nouns.values() for p in ps}))


def _asked_after_noun(words: Words, told: int) -> bool:
    """Whether an intro noun stands a few words before the one of ``earlier_asks`` at
    ``told`` in a sentence, the ask told after the noun it names ("the intro i asked for
    last tuesday", "la presentación que te pedí", "a apresentação que eu pedi", "die
    Vorstellung, um die ich gebeten hatte", "utambulisho niliouomba"): it tells of an
    intro asked for before, as "I asked for an intro" does. Only the first told ask is
    read: a sentence tells of one."""
    nouns = _intro_noun_index()
    for i in range(max(0, told - MAX_NOUN_TO_TOLD_ASK_WORDS - 3), told):
        noun = _first_at(words, i, nouns)
        if noun is not None and 0 <= told - (i + len(noun)) <= MAX_NOUN_TO_TOLD_ASK_WORDS:
            return True
    return False


@lru_cache(maxsize=1)
def told_ask_ends() -> Index:
    """What ends an ask verb split around whom it asks for ("put our head gardener in
    touch with", "mettre notre jardinier en relation avec", "poner a nuestro jardinero en
    contacto con"): after one of ``earlier_asks`` it tells of an intro asked for."""
    return _index(_phrases([w for data in _command_files() for w in data.get("told_ask_ends", ())]))


def _asks_progress(clause: str) -> bool:
    """Whether a clause asks how an intro stands: opening with a status phrase ("Has she
    replied yet?"), a news question alone ("Any news?"), or holding one of the
    ``progress_questions`` ("Just want to know where things stand")."""
    if _command_at(clause) == "status" or _bare(clause) in _bare_phrases("news_questions"):
        return True
    return _progress_re().search(_softened(clause)) is not None


# How many words a described one may take, its determiner first, in a question whether
# they answered ("did the importer guy in singapore ever get back to you").
MAX_DESCRIBED_WORDS = 8


@lru_cache(maxsize=1)
def _described_news_re() -> re.Pattern[str]:
    """The ``named_news_questions`` as one pattern for a whole clause, the ``*`` a one
    described rather than named: two to seven words, captured."""
    wildcard = rf"(\S+(?: \S+){{1,{MAX_DESCRIBED_WORDS - 1}}}?)"
    patterns = (
        " ".join(wildcard if part == "*" else re.escape(part) for part in q.split())
        for q in _longest_first(set(_named_news_phrases()))
    )
    return re.compile(r"^(?:" + "|".join(patterns) + r")$")


def _described_news(clause: str) -> bool:
    """Whether ``clause`` asks whether one described by a determiner and a few words
    answered ("did the importer guy in singapore ever get back to you", "est-ce que
    l'importateur de Singapour a répondu", "hat der Importeur aus Singapur geantwortet"):
    in a mail telling the ask it is about, the one asked for, as a name would be."""
    last = _named_news_last_words()
    if last is not None and clause.rsplit(" ", 1)[-1] not in last:
        return False
    found = _described_news_re().match(clause)
    if found is None:
        return False
    at = next(k for k, group in enumerate(found.groups(), 1) if group is not None)
    # The determiner opens the description, or the question before it ("o * já te
    # respondeu": "o importador de Singapura já te respondeu").
    before = clause[: found.start(at)].split()[-1:]
    first = found.group(at).split(" ", 1)[0]
    elided = _ELISION.match(first)
    determiners = _all_determiners()
    return (elided.group(1) + "'" if elided else first) in determiners or (
        bool(before) and before[0] in determiners
    )


def told_ask_status(text: str) -> Command | None:
    """Status asked of an intro the mail tells was asked for before: a sentence telling of
    the ask ("two weeks ago I asked you to introduce me to the buyer at Greenleaf
    Markets", "je vous ai demandé de me présenter", "te pedí que me presentaras", "ich
    hatte Sie gebeten, mich ... vorzustellen", "pedi-lhe que me apresentasse", "nilikuomba
    unitambulishe") and a question how it stands or whether the one asked for answered in
    another clause ("Has she replied yet?", "Just want to know where things stand", "wie
    ist der Stand?", "em que pé está?", "¿Sigue pendiente?"), or a cue anywhere that the
    writer still waits ("y todavía no sé nada", "Still nothing."), in a mail of up to 90
    words asking for no new intro in any other sentence, nor after a conjunction in the
    sentence telling of the ask; a longer one writes no address."""
    count = _word_count(text)
    if count > MAX_OPENING_COMMAND_WORDS:
        return None
    # A quick look first: the phrase telling of the ask and the question or waiting cue
    # each stand whole in a sentence, and most mail holds every word of no such phrase.
    told, progress = _told_ask_indexes()
    if not _may_hold(told, text) or not _may_hold(progress, text):
        return None
    return _told_ask_status(text, count)


@lru_cache(maxsize=1)
def _told_ask_indexes() -> tuple[LetterIndex | None, LetterIndex | None]:
    """The ``earlier_asks``, and every question a status may be asked by (``status``
    phrases with their ``*`` left out, ``news_questions``, ``progress_questions``) with
    the ``waiting_cues``, for a quick look at a mail."""
    told = (" ".join(p) for ps in earlier_asks().values() for p in ps)
    phrases = {p for command, found in command_phrases() if command == "status" for p in found}
    phrases |= _bare_phrases("news_questions") | set(progress_questions())
    phrases |= {" ".join(p) for ps in waiting_cues().values() for p in ps}
    # "hat der Importeur aus Singapur zurückgeschrieben?": a described one's answer.
    phrases |= _named_news_phrases()
    return _letter_index(told), _letter_index(p.replace("*", " ") for p in phrases)


def _told_ask_status(text: str, count: int) -> Command | None:
    """``told_ask_status`` of a mail of ``count`` words that may tell of an ask and ask
    how it stands."""
    if count > MAX_COMMAND_WORDS and _writes_address(text):
        return None
    sentences = full_sentences(text)
    told = [_tells_an_earlier_ask(words_of(_without_asides(sentence))) for sentence in sentences]
    if not any(told):
        return None
    if any(
        _asks_anew(words) and (not t or _asks_again(words))
        for t, words in zip(told, map(words_of, sentences), strict=True)
    ):
        return None
    for sentence in sentences:
        for clause in _sentences(sentence):
            words = words_of(clause)
            if _contains(words, waiting_cues()):
                # "te pedí que me presentaras a la doctora Paredes y todavía no sé nada".
                return "status"
            if _contains(words, earlier_asks()) or _asks_anew(words):
                continue
            if _asks_progress(clause):
                return "status"
            if _asks_indirectly(clause, text):
                # "Darf ich nachfragen, ob Herr Albrecht sich bereits zurückgemeldet hat?"
                # after the ask told: the question put indirectly, as put directly.
                return "status"
            if "?" in sentence and _described_news(clause):
                # "did the importer guy in singapore ever get back to you??" beside "the
                # intro i asked for last tuesday, to Wei Jie Tan": the one asked for.
                return "status"
    return None


# A bracketed aside in a sentence: what follows a name ("(Bürgerstiftung Klimaschutz)").
_ASIDE = re.compile(r"\s*\([^()]*\)")


def _without_asides(sentence: str) -> str:
    """``sentence`` without its bracketed asides ("um eine Vorstellung bei Herrn Jochen
    Albrecht (Bürgerstiftung Klimaschutz Wendelsburger Land) gebeten"): an aside naming
    someone's organisation or role says nothing of the ask, so it takes none of the words
    an intro noun may stand from the ask told after it."""
    return _ASIDE.sub("", sentence) if "(" in sentence else sentence


def _asks_indirectly(clause: str, text: str) -> bool:
    """Whether ``clause`` asks indirectly whether someone answered (``_indirect_news``:
    "ob Herr Albrecht sich bereits zurückgemeldet hat", "do you know if Priya has replied
    yet"), as written or with its softeners left out."""
    if _indirect_news(clause, text):
        return True
    bare = _bare(clause)
    return bare != clause and _indirect_news(bare, text)


def _asks_again(words: Words) -> bool:
    """Whether a sentence telling of an ask made before asks for a new one after a
    conjunction following it ("I asked you to introduce me to Sam and still nothing, so
    please introduce me to Carol instead"): an ask verb after the told one, a conjunction
    between."""
    told = next((i for i in range(len(words)) if _first_at(words, i, earlier_asks())), None)
    if told is None:
        return False
    verbs, joins = ask_verbs(), _conjunctions()
    asked = next((i for i in range(told + 1, len(words)) if _first_at(words, i, verbs)), None)
    if asked is None:
        return False
    cut = next((k for k in range(asked + 1, len(words)) if words[k] in joins), None)
    return cut is not None and _contains(words[cut:], verbs)


@lru_cache(maxsize=1)
def _told_status_asks() -> Index:
    """Questions of what became of an ask that may govern the ask itself, told by its verb
    (``told_status_asks``: "what happened with", "qué pasó con", "o que aconteceu com",
    "nini kilitokea na")."""
    entries = [
        e
        for data in _command_files()
        for e in with_contractions(data.get("told_status_asks", ()), data)
    ]
    return _index(_phrases(entries))


@lru_cache(maxsize=1)
def _thing_heads() -> Index:
    """The ``cancel_things`` whose thing is what follows them ("lo de", "aquilo de", "le
    truc de", "suala la"), in every language."""
    things = (thing for g in grammars() for found in g.cancel_things.values() for thing in found)
    return _index(tuple({before for before, after in things if not after}))


@lru_cache(maxsize=1)
def _told_ask_pronouns() -> frozenset[str]:
    """Object pronouns standing before an ask verb they belong to ("de me présenter")."""
    return _words([w for data in _command_files() for w in data.get("told_ask_pronouns", ())])


def _told_ask_end(words: Words, i: int) -> int | None:
    """Where an ask told by its verb, opening at ``i`` perhaps on an object pronoun, ends
    ("presentarme" of "lo de presentarme a Rosa", "me présenter" of "le truc de me
    présenter à"); None when no ask verb opens there."""
    k = _skip(words, i, _told_ask_pronouns())
    verb = _first_at(words, k, ask_verbs())
    return None if verb is None else k + len(verb)


@lru_cache(maxsize=1)
def _all_fillers() -> frozenset[str]:
    """The ``fillers`` of every language."""
    return frozenset(word for grammar in grammars() for word in grammar.fillers)


def _told_status_span(words: Words) -> tuple[int, int] | None:
    """Where a question of what became of an ask governs the ask told by its verb, perhaps
    after "the thing of" and an object pronoun ("qué pasó con lo de conectarme", "what
    happened with connecting me", "o que aconteceu com aquilo de me apresentar", "nini
    kilitokea na kuniunganisha"): from the question to the verb's end."""
    asks, heads, verbs = _told_status_asks(), _thing_heads(), ask_verbs()
    fillers = _all_fillers()
    for i in range(len(words)):
        ask = _first_at(words, i, asks)
        if ask is None:
            continue
        k = _skip(words, i + len(ask), fillers)
        head = _first_at(words, k, heads)
        k = _skip(words, k + len(head or ()), _told_ask_pronouns())
        verb = _first_at(words, k, verbs)
        if verb is not None:
            return i, k + len(verb)
    return None


def told_in_status_question(text: str) -> Command | None:
    """Status asked by a question that tells the ask it is about by its verb ("oye y qué
    pasó con lo de conectarme con Iván? no me ha llegado nada", "what happened with
    connecting me with Ivan?", "o que aconteceu com aquilo de me apresentar ao Ivan?",
    "nini kilitokea na kuniunganisha na Ivan?"), in a short mail that asks for no new
    intro in another sentence, before the question or after a conjunction following it.
    "What about introducing me to Ivan?" proposes an intro: no such question. A mail of
    up to 90 words may ask it too ("¿Sabéis algo de lo de presentarme a Reme Soler? Os lo
    pedí hace como diez días y no sé si ella ha contestado ..."), when it writes no
    address: one that does gives someone to introduce."""
    count = _word_count(text)
    if count > MAX_OPENING_COMMAND_WORDS:
        return None
    # A quick look first: such a question and the ask verb it governs stand whole in a
    # sentence, and most mail holds every word of no such question, or of no ask verb.
    asks, verbs = _told_status_indexes()
    if not _may_hold(asks, text) or not _may_hold(verbs, text):
        return None
    return _told_in_status_question(text, count)


@lru_cache(maxsize=1)
def _told_status_indexes() -> tuple[LetterIndex | None, LetterIndex | None]:
    """The ``told_status_asks`` and the ask verbs, for a quick look at a mail."""
    asks = (" ".join(p) for ps in _told_status_asks().values() for p in ps)
    verbs = (" ".join(p) for ps in ask_verbs().values() for p in ps)
    return _letter_index(asks), _letter_index(verbs)


def _told_in_status_question(text: str, count: int) -> Command | None:
    """``told_in_status_question`` of a mail of ``count`` words that may ask one."""
    if count > MAX_COMMAND_WORDS and _writes_address(text):
        return None
    sentences = _sentence_words(text)
    for k, words in enumerate(sentences):
        span = _told_status_span(words)
        if span is None:
            continue
        if _asks_for_an_intro(sentences[:k] + sentences[k + 1 :], words, span):
            return None
        return "status"
    return None


@lru_cache(maxsize=1)
def _thing_status_anchors() -> tuple[frozenset[str], frozenset[str]]:
    """The longest word of each status question, and of each phrase telling of an ask
    made before or of waiting for an answer: a mail asking how "the thing with" someone
    stands holds one of each."""
    asks = (p for g in grammars() for ps in g.status_asks.values() for p in ps)
    told = (p for index in (earlier_asks(), waiting_cues()) for ps in index.values() for p in ps)
    return (
        frozenset(max(_WORD.findall(" ".join(p)), key=len) for p in asks),
        frozenset(max(_WORD.findall(" ".join(p)), key=len) for p in told),
    )


def status_of_a_thing(text: str) -> Command | None:
    """Status asked of "the thing with" someone, a name written with a capital (one of
    ``cancel_things``: "any news on that thing with Kevin", "¿alguna novedad sobre lo de
    Kevin?", "où en est le truc avec Kevin", "was ist mit der Sache mit Kevin", "alguma
    novidade sobre aquilo do Kevin", "kuna habari kuhusu suala la Kevin"), however long
    its sentence, in a short mail that tells of an ask made before or of waiting for an
    answer ("i asked u about last week", "not heard nothing", "que te pedí", "sijapata")
    and asks for no new intro in another sentence, before the question or after a
    conjunction following it. Without such words the thing may be anything ("any news on
    that thing with Kevin at the depot he was telling me about"), and the thing with
    something else ("the thing with tomorrow") is none. A longer mail (up to 90 words,
    no address written) asks so only in its opening sentence, a greeting or a greeting's
    question after the agent before it left out ("Buenas, ¿Se sabe algo de lo de Iñaki?
    Ha pasado más de una semana y no me ha llegado nada ...", "Hola!! Cómo va? Te quería
    preguntar si hay novedades con lo de Mauro Bustos ..."): the rest says why it asks. A
    question naming a pair, the thing with someone or someone alone joined by one of
    ``pair_joins`` to someone else ("¿Hay
    alguna novedad de lo de Uxía con la oceanógrafa de Brest?", "du nouveau pour Karim et
    Mme Roux ?"), names the intro itself and asks so with no ask told."""
    count = _word_count(text)
    if count > MAX_OPENING_COMMAND_WORDS:
        return None
    longer = count > MAX_COMMAND_WORDS
    if longer and _writes_address(text):
        return None
    # A quick look first: most mail holds no "thing with", no status question, or tells
    # of no ask made before.
    present = _text_words(text)
    asked, told = _thing_status_anchors()
    if asked.isdisjoint(present):
        return None
    # Without an ask told, only a pair named asks after an intro.
    paired_only = told.isdisjoint(present)
    if paired_only and _pair_join_words().isdisjoint(present):
        return None
    if not paired_only and _thing_anchors().isdisjoint(present):
        return None
    written = _sentences_as_written(text)
    sentences = [words for words, _ in written]
    if not paired_only and not any(
        _contains(w, earlier_asks()) or _contains(w, waiting_cues()) for w in sentences
    ):
        paired_only = True
    greetings = command_greetings()
    for k, (words, sentence) in enumerate(written):
        if longer and k and not _only_greetings(sentences[:k], greetings):
            # Past the opening sentence of a longer mail: the thing may be anything.
            break
        capitals = capitalised(sentence)
        for grammar in grammars():
            if not paired_only and (
                not grammar.cancel_things or grammar.cancel_things.keys().isdisjoint(words)
            ):
                continue
            for i in range(len(words)):
                ask = _first_at(words, i, grammar.status_asks)
                if ask is None:
                    continue
                start = _skip(words, i + len(ask), grammar.fillers)
                end = (
                    _thing_after(words, start, grammar, capitals) if grammar.cancel_things else None
                )
                if paired_only:
                    # "¿Hay alguna novedad de lo de Uxía con la oceanógrafa de Brest?", "any
                    # news on Uxía and the oceanographer": the pair is the intro asked after.
                    if end is None or end < 0:
                        named = _person_length(words, start, grammar, capitals)
                        end = start + named if named else None
                    if end is None or not _pair_after(words, end, grammar, capitals):
                        continue
                elif end is None or end < 0:
                    continue
                if _asks_for_an_intro(sentences[:k] + sentences[k + 1 :], words, (i, end)):
                    return None
                return "status"
    return None


@lru_cache(maxsize=1)
def _pair_join_words() -> frozenset[str]:
    """Every word of every language's ``pair_joins``, for a quick look at a mail."""
    return frozenset(w for grammar in grammars() for join in grammar.pair_joins for w in join)


def _pair_after(words: Words, end: int, grammar: Grammar, capitals: frozenset[str]) -> bool:
    """Whether one of ``pair_joins`` follows ``end`` and then someone: a name written with
    a capital, one after a determiner or a title ("con la Dra. Prieto"), or a person told
    by a determiner and a noun ("con la oceanógrafa de Brest", "and the buyer at Tesco")."""
    for join in grammar.pair_joins:
        if not _at(words, end, join):
            continue
        k = end + len(join)
        if _person_length(words, k, grammar, capitals):
            return True
        if (
            k + 1 < len(words)
            and words[k] in grammar.determiners
            and words[k + 1].isalpha()
            and words[k + 1] not in capitals
            and words[k + 1] not in _noun_words()
        ):
            return True
    return False


def _only_greetings(sentences: list[Words], greetings: frozenset[str]) -> bool:
    """Whether each of ``sentences`` is a greeting alone ("Buenas", "Hi Ann") or a
    greeting's question after the agent ("Hola!! Cómo va?", "Hi! How are you?"), which
    opens a longer mail as a greeting does."""
    return all(
        (words[0] in greetings and len(words) <= MAX_GREETING_WORDS)
        or _is_pleasantry(" ".join(words))
        for words in sentences
    )


def status_in_agents_thread(text: str, thread: str = "") -> Command | None:
    """Status asked in a reply to the agent's own mail (its acknowledgement quoted below):
    a clause asking how the intro stands or whether the one asked for answered ("Just
    checking in on this one - has Curtis responded yet?", "Hat Herr Brandt schon
    geantwortet?", "¿Ya respondió?"), or one telling the writer still waits for an answer
    (``waiting_cues``: "I haven't seen anything from Dr. Mensah's office yet - I assume
    these things take a little while on your end?", "je n'ai toujours rien reçu",
    "todavía no sé nada", "sijapata jibu") when it names the one waited for as ``thread``
    (the subject and the mail quoted below) names them, in a mail of up to 90 words that
    writes no address and asks for no new intro (an ask told of as made before is none).
    The caller knows the mail answers the agent; a wait for someone the thread does not
    name ("bado nasubiri majibu" of another application) is of something else."""
    if _word_count(text) > MAX_OPENING_COMMAND_WORDS or _writes_address(text):
        return None
    # A quick look first: such a clause holds every word of a status phrase, a news
    # question or a question how things stand, and most mail holds those of none.
    if not _may_hold(_told_ask_indexes()[1], text):
        return None
    sentences = _sentence_words(text)
    told = earlier_asks()
    if any(not _contains(w, told) and _asks_anew(w) for w in sentences):
        return None
    # "may I ask whether there has been any\nreply from Dr Solberg?": a question wrapped
    # over lines is read joined as well.
    unwrapped = _WRAPPED_LINE.sub(" ", text)
    clauses = _all_sentences(text)
    if unwrapped != text:
        clauses += _all_sentences(unwrapped)
    for clause in clauses:
        # "est-ce que Curtis a déjà répondu": the softener left out, "est-ce que * a répondu".
        if _asks_progress(clause) or _command_at(_softened(clause)) == "status":
            return "status"
    waiting = waiting_cues()
    if not any(
        _contains(words_of(sentence), waiting) and _names_one_of(sentence, thread, text)
        for sentence in full_sentences(text)
    ):
        return None
    # "Still nothing from her, and we've sorted it between us anyway": a cancel said
    # beside the wait is what the mail asks.
    if thread_cancel(text) is not None or command_in_sentences(text) == "cancel":
        return None
    return "status"


def _names_one_of(sentence: str, thread: str, text: str) -> bool:
    """Whether ``sentence`` holds a word written with a capital, its first word, titles
    ("Dr", "Frau") and words under three letters aside, that ``thread`` holds outside
    ``text`` ("Dr. Mensah's office" where the agent's quoted mail wrote to Dr Kwame
    Mensah)."""
    titles = load_rules().titles
    named = {
        word
        for word in _WORD.findall(sentence)[1:]
        if word[:1].isupper() and len(word) > 2 and word.casefold() not in titles
    }
    if not named:
        return False
    return not named.isdisjoint(_WORD.findall(thread.replace(text, " ")))


def named_status_in_agents_thread(subject: str, text: str) -> Command | None:
    """Status asked in a longer reply to the agent's own mail, one telling other news
    around the question ("Greetings from Dessie! ... By the way, did Dr Haile ever get
    back to you about meeting me? ... Anyway, the samples are now drying ..."): a clause
    asking how the intro stands or whether someone answered, as ``status_in_agents_thread``
    reads one or as a named news question asks ("est-ce que le Dr Haile a fini par vous
    répondre"), that names someone the thread's subject names ("Re: Introduction: Hanna
    Gebremedhin and Dr Haile"), in a mail of up to ``MAX_NAMED_THREAD_STATUS_WORDS`` words
    that writes no address and asks for no new intro. The name ties the question to the
    intro the agent wrote of: a long mail's question naming no party of it ("Any news?"
    in a newsletter answering the agent) may be about anything. The caller knows the mail
    answers the agent."""
    if _word_count(text) > MAX_NAMED_THREAD_STATUS_WORDS or _writes_address(text):
        return None
    named = _subject_names(strip_subject_prefixes(subject))
    # A quick look first: such a clause holds every word of a status phrase, a news
    # question, a question how things stand or a named news question.
    if not named or not (_may_hold(_told_ask_indexes()[1], text) or _may_hold(_bare_index(), text)):
        return None
    greetings = command_greetings()
    for line in text.splitlines():
        for piece in _split_sentences(line):
            clause = _sentence(piece, greetings)
            if not clause or named.isdisjoint(capitalised(piece)):
                continue
            if (
                _asks_progress(clause)
                or _command_at(_softened(clause)) == "status"
                or _named_news(clause, text)
            ):
                told = earlier_asks()
                sentences = _sentence_words(text)
                if any(not _contains(w, told) and _asks_anew(w) for w in sentences):
                    return None
                return "status"
    return None


def _subject_names(subject: str) -> frozenset[str]:
    """The words of a subject written with a capital that may name a person: not its first
    word, nor a title, nor an intro noun, nor one of ``not_names`` ("Introduction: Hanna
    Gebremedhin and Dr Haile" gives "hanna", "gebremedhin" and "haile")."""
    first = next(iter(words_of(subject)), "")
    titles = {title.casefold() for title in _title_abbreviations()}
    skipped = not_names() | _person_titles() | _noun_words() | titles
    return frozenset(
        word
        for word in capitalised(subject)
        if word != first and len(word) > 1 and word not in skipped
    )


@lru_cache(maxsize=1)
def _pronoun_cancels() -> frozenset[str]:
    """The ``pronoun_cancels`` as a sentence is compared: lead-ins and softeners left out
    ("peux-tu l'annuler" is "l'annuler", "can you cancel it" is "cancel it")."""
    return frozenset(
        filter(None, (_softened(_without_lead_ins(e)) for e in _entries("pronoun_cancels")))
    )


@lru_cache(maxsize=1)
def _pronoun_index() -> LetterIndex | None:
    """Every pronoun cancel as a sentence is compared, for a quick look at a mail."""
    return _letter_index(_pronoun_cancels())


def pronoun_cancel(subject: str, text: str) -> Command | None:
    """A cancel of "it" asked in a sentence alone (``pronoun_cancels``: "Peux-tu l'annuler
    ?", "Can you cancel it?", "¿Puedes cancelarla?", "Kannst du sie stornieren?", "Podes
    cancelá-la?", "Unaweza kuighairi?") in a short mail whose subject or another sentence
    names an intro ("Laisse faire la présentation avec Mathieu Gagnon ..."), when the mail
    asks for no new intro. About a booking, in a mail naming no intro, it cancels nothing."""
    if _word_count(text) > MAX_COMMAND_WORDS:
        return None
    # A quick look first: a sentence saying one holds each of its words, and most mail
    # holds every word of none.
    if not _may_hold(_pronoun_index(), text):
        return None
    return _pronoun_cancel(subject, text, in_agents_thread=False)


def pronoun_cancel_in_agents_thread(text: str) -> Command | None:
    """A cancel of "it" asked in a sentence alone, as ``pronoun_cancel`` reads it, in a
    reply to the agent's own mail ("Bitte blasen Sie das ab - wir haben es anders
    gelöst", "Please call it off", "Sitisha hilo"): the intro the agent wrote about is
    what "it" is, so no intro noun need stand beside it. The caller knows the mail
    answers the agent."""
    if _word_count(text) > MAX_COMMAND_WORDS or not _may_hold(_pronoun_index(), text):
        return None
    return _pronoun_cancel("", text, in_agents_thread=True)


def _pronoun_cancel(subject: str, text: str, *, in_agents_thread: bool) -> Command | None:
    """The reading both pronoun cancels share: a sentence that is one of the phrases, no
    other sentence asking for a new intro, and, outside the agent's own thread, an intro
    noun in the subject or another sentence."""
    phrases = _pronoun_cancels()
    sentences = list(_all_sentences(text))
    others = [words_of(s) for s in sentences if _softened(s) not in phrases]
    if len(others) == len(sentences):
        return None
    nouns = _noun_words()
    if (
        not in_agents_thread
        and nouns.isdisjoint(words_of(subject))
        and all(nouns.isdisjoint(w) for w in others)
    ):
        return None
    if any(_asks_anew(words) for words in others):
        return None
    return "cancel"


@lru_cache(maxsize=1)
def waiting_cues() -> Index:
    """Words telling the writer waits for an answer ("I haven't heard back", "sijapata")."""
    return _index(_phrases([w for data in _command_files() for w in data.get("waiting_cues", ())]))


@lru_cache(maxsize=1)
def _question_join_re() -> re.Pattern[str]:
    """The ``question_joins`` of every language, as a word of a normalised sentence."""
    joins = {
        " ".join(words_of(join))
        for data in _command_files()
        for join in data.get("question_joins", ())
        if words_of(join)
    }
    if not joins:
        return re.compile(r"(?!)")
    body = "|".join(re.escape(j) for j in sorted(joins, key=len, reverse=True))
    return re.compile(rf"(?:^| )(?:{body})(?= |$)")


def _question_parts(sentence: str) -> tuple[str, ...]:
    """``sentence`` (normalised), then, where one of ``question_joins`` joins two
    questions in it ("hat sich herr brunner schon gemeldet bzw ist die vorstellung
    zustande gekommen", "... gemeldet bzw" where its full stop ended the sentence), the
    words before the first join and those after it, each a question of its own."""
    found = _question_join_re().search(sentence)
    if found is None:
        return (sentence,)
    parts = (sentence[: found.start()].strip(), sentence[found.end() :].strip())
    return (sentence, *(part for part in parts if part))


@lru_cache(maxsize=1)
def follow_ups() -> Index:
    """Words coming back to a matter raised before ("following up on", "je reviens vers
    vous au sujet de", "ich melde mich nochmal wegen", "nafuatilia kuhusu"); those split
    around what they govern ("auf * zurückzukommen") are read only with it."""
    entries = [w for data in _command_files() for w in data.get("follow_ups", ()) if "*" not in w]
    return _index(_phrases(entries))


def _news_about_an_intro(subject: str, text: str) -> bool:
    """Whether a news question opening a mail outside a thread is about an intro: the
    subject or another sentence names an intro ("Re: my intro to Bob"), asks how one
    stands ("Has Bob replied yet?"), tells of one asked for before or of waiting for an
    answer ("Je n'ai rien reçu"); or nothing but a
    sign-off follows it ("Any news?\n\nThanks,\nAnn"). "Any news? We launched our new
    product today!" asks news of something else."""
    nouns = _noun_words()
    if not nouns.isdisjoint(words_of(subject)):
        return True
    alone = True
    for k, sentence in enumerate(_sentences(text)):
        if k == 0:
            continue
        words = words_of(sentence)
        if not nouns.isdisjoint(words) or _contains(words, earlier_asks()):
            return True
        if _contains(words, waiting_cues()):
            return True
        if _command_at(sentence) == "status":
            return True
        alone = alone and len(words) <= MAX_SIGN_OFF_WORDS
    return alone


# "Thanks so much", "Ann Lee": what may follow a command as its sign-off.
MAX_SIGN_OFF_WORDS = 3


@lru_cache(maxsize=1)
def own_determiners() -> frozenset[str]:
    """Words making an intro noun the writer's own ("my request", "ombi langu")."""
    return _words([w for data in _command_files() for w in data.get("own_determiners", ())])


_WRITTEN_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")

# A sentence's end: a stop, a question or an exclamation mark before white space.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _without_status_addresses(text: str) -> str:
    """``text`` with the addresses left out that stand in a sentence asking how an intro
    stands ("Where are we with my intro to Prof. Okoye (c.okoye@...)?": a short mail of
    that sentence alone is status); ``text`` itself when there is none.

    Such an address tells whom the intro asked after is with, so it gives no one to
    introduce; an address in any other sentence still does ("Any news on my intro to Maya?
    Could you also introduce me to Carol (carol@...)?"), as does one in a status sentence
    that also asks anew ("... and could you also introduce me to Bob (bob@...)?"), which
    is no status of its own."""
    cut = text
    for line in text.splitlines():
        if "@" not in line:
            continue
        for sentence in _SENTENCE_END.split(_without_title_stops(line)):
            if _WRITTEN_ADDRESS.search(sentence) is None:
                continue
            asked = _without_addresses(sentence)
            if _word_count(asked) > MAX_COMMAND_WORDS:
                continue
            found = _detected_command("", asked, in_reply_to=False)
            if found is not None and found.command == "status":
                for address in _WRITTEN_ADDRESS.findall(sentence):
                    cut = _without_addresses(cut, address)
    return cut


def _without_addresses(text: str, address: str | None = None) -> str:
    """``text`` with ``address`` left out, or every address written in it, each with the
    brackets around it and the space before them ("Prof. Okoye (c.okoye@...)?" is "Prof.
    Okoye?")."""
    written = re.escape(address) if address else _WRITTEN_ADDRESS.pattern
    return re.sub(r"\s*[(<\[]?\s*" + written + r"\s*[)>\]]?", "", text)


def _writes_address(text: str) -> bool:
    """Whether ``text`` writes an address: looked for only in a text holding an "@",
    as most do not, where the search would try every word."""
    return "@" in text and _WRITTEN_ADDRESS.search(text) is not None


@lru_cache(maxsize=1)
def _thread_intros_re() -> re.Pattern[str]:
    """The ``thread_intros`` of every language, naming the intro a reply is about ("this
    request", "cette demande", "esta solicitud", "diese Anfrage", "este pedido", "ombi
    hili"), as a pattern over normalised text."""
    phrases = "|".join(map(re.escape, _longest_first(_entries("thread_intros"))))
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\S)(?:" + phrases + r")(?!\S)")


def _names_thread_intro(text: str) -> bool:
    """Whether ``text`` names the intro the thread is about by one of ``thread_intros``."""
    return _thread_intros_re().search(normalise(text)) is not None


def _sent_before(words: Words, nouns: frozenset[str]) -> bool:
    """Whether an intro noun is followed, in its sentence, by one of ``earlier_asks`` or
    ``made_asks`` making it the writer's own, as "my" does: "o pedido que vos enviei
    ontem", "the request I sent you yesterday", "o pedido que lhe fiz na semana passada",
    "la demande que je vous ai faite"."""
    noun = next((i for i, word in enumerate(words) if word in nouns), None)
    if noun is None:
        return False
    asks = (earlier_asks(), _made_asks())
    return any(_first_at(words, i, index) for i in range(noun + 1, len(words)) for index in asks)


@lru_cache(maxsize=1)
def _made_asks() -> Index:
    """Words telling the writer made the ask an intro noun before them names ("the request
    I made", "o pedido que lhe fiz"): read only after that noun, as "I made" alone tells
    of nothing asked."""
    return _index(_phrases([w for data in _command_files() for w in data.get("made_asks", ())]))


@lru_cache(maxsize=1)
def _describing_leads() -> frozenset[str]:
    """Words opening an infinitive clause that says what an intro noun before it asked
    for ("to" of "the request I made, to introduce me to ...", "para", "pour", "la")."""
    return _words([w for data in _command_files() for w in data.get("describing_leads", ())])


@lru_cache(maxsize=1)
def _describing_ends() -> tuple[Words, ...]:
    """Infinitives ending a clause that says what an intro noun before it asked for, the
    verb last ("meine Anfrage ..., mich Pastor Cossa vorzustellen")."""
    return _phrases([w for data in _command_files() for w in data.get("describing_ends", ())])


def _tells_what_was_asked(clause: Words) -> bool:
    """Whether ``clause``, right after the writer's own intro noun, is an infinitive saying
    what it asked for: one of ``describing_leads``, perhaps an object pronoun, then an ask
    verb ("to introduce me to", "pour me présenter au", "para me apresentar ao", "la
    kunitambulisha kwa"), or a clause ending on one of ``describing_ends`` ("mich Pastor
    Cossa vorzustellen"). "could you introduce me to Bob" asks anew."""
    if clause and clause[0] in _describing_leads():
        at = 2 if len(clause) > 1 and clause[1] in _told_ask_pronouns() else 1
        return _first_at(clause, at, ask_verbs()) is not None
    return any(clause[-len(end) :] == end for end in _describing_ends())


def names_own_request(clause: str) -> bool:
    """Whether ``clause`` opens, past a few determiners or a "you" subject, on an intro
    noun of the writer's own ("o pedido que lhe fiz na semana passada", "my earlier
    request", "Sie meine Anfrage", "ombi nililokutumia"): a request of an earlier mail."""
    words = words_of(clause)
    skipped = _determiner_words() | _you_subjects() | own_determiners()
    at = 0
    while at < min(len(words), MAX_REQUEST_LEAD_WORDS) and words[at] in skipped:
        at += 1
    nouns = _noun_words()
    if at < len(words) and words[at] not in nouns and at + 1 < len(words):
        # "my earlier request", "la demande précédente": one word telling which.
        at += 1 if words[at + 1] in nouns else 0
    return at < len(words) and words[at] in nouns and _owns_noun(words, nouns)


# How many determiners and subjects may stand before the intro noun ``names_own_request``
# reads: "Sie meine Anfrage", "all of my requests".
MAX_REQUEST_LEAD_WORDS = 3


def _owns_noun(clause: Words, nouns: frozenset[str]) -> bool:
    """Whether ``clause`` names the writer's own intro: one of ``own_determiners`` right
    before an intro noun ("meine Anfrage"), or one of ``earlier_asks`` or ``made_asks``
    after it ("the request I made last week")."""
    owners = own_determiners()
    return _sent_before(clause, nouns) or any(
        word in nouns and k > 0 and clause[k - 1] in owners for k, word in enumerate(clause)
    )


def _describing_clauses(text: str) -> frozenset[Words]:
    """The clauses that, after an intro noun, tell the ask it names was made before and so
    say which intro is meant ("our request of 4 November, in which we asked that Dr.
    Achterberg be introduced to Prof. Lindqvist", "unserer Anfrage, in der wir darum
    baten, ... vorzustellen", "o pedido, no qual solicitámos que ..."): no new ask."""
    nouns = _noun_words()
    found: set[Words] = set()
    for sentence in full_sentences(text):
        words = words_of(sentence)
        if nouns.isdisjoint(words):
            continue
        clauses = [words_of(c) for c in _split_sentences(sentence)]
        first = next(k for k, clause in enumerate(clauses) if not nouns.isdisjoint(clause))
        if (
            first + 1 < len(clauses)
            and _owns_noun(clauses[first], nouns)
            and _tells_what_was_asked(clauses[first + 1])
        ):
            # "o pedido que lhe fiz na semana passada, para me apresentar ao Pastor Cossa":
            # the infinitive right after the writer's own request says what it asked.
            found.add(clauses[first + 1])
            continue
        if not _sent_before(words, nouns):
            continue
        # Up to the ask told of: a later clause asks anew ("..., in which we asked that
        # Dr. Achterberg be introduced to Prof. Lindqvist, and could you also introduce
        # me to Bob?").
        told = False
        for clause in clauses[first + 1 :]:
            told = told or _contains(clause, earlier_asks())
            asking = _contains(clause, ask_verbs()) or _contains(clause, passive_asks())
            if asking and not told:
                break
            found.add(clause)
            if asking:
                break
    return frozenset(found)


def opening_command(text: str, in_reply_to: bool = False) -> Command | None:
    """A status or cancel opening a longer mail that goes on to say why ("Any news on my
    request to meet Paula Grant? I sent it about a week ago ...", "Merci d'annuler ma
    demande de mise en relation avec Paul Girard. Nous nous sommes croisés ..."): the
    opening sentence names the writer's own intro ("my request", "ma demande", "ombi
    langu", "o pedido que vos enviei ontem"), an intro by its id ("o cancelamento do
    pedido #c58e02") or, in a reply, the thread's ("annuler cette demande", one of
    ``thread_intros``) in a status phrase or a cancel or status structure, or a cancel
    structure governs an intro noun phrase naming whom the intro is with ("annuler la mise
    en relation entre le Prof. Amstutz et Mme Ruchti"), and the mail asks for no new intro
    nor writes any address ("I'd love to meet Carol Diaz (carol@...)")."""
    if _writes_address(text):
        return None
    present = _text_words(text)
    nouns = _noun_words()
    if nouns.isdisjoint(present):
        return None
    owned = not own_determiners().isdisjoint(present) or not _earlier_anchors().isdisjoint(present)
    # "#c58e02", or "this request" in a reply: the intro named, as "my request" does.
    by_id = "#" in text and _INTRO_ID.search(text) is not None
    in_thread = in_reply_to and _names_thread_intro(text)
    # "Vous pouvez annuler la mise en relation entre le Prof. Amstutz et Mme Ruchti : ...":
    # a cancel naming whom its intro is with says which intro, as "my request" does.
    may_name = not _cancel_words().isdisjoint(present)
    # "Wie steht es um die Vorstellung bei Prof. Okoye? ...": a status question naming whom
    # its intro is with says which intro too.
    may_ask_after = not _anchors().isdisjoint(present)
    if not (owned or by_id or in_thread or may_name or may_ask_after):
        return None
    # The clause naming the intro in the opening sentence, perhaps after an apology
    # ("Peço desculpa pelo incómodo, mas gostaria de cancelar o pedido que vos enviei").
    # A salutation on its own line ("Sehr geehrte Damen und Herren,", "Madame, Monsieur,",
    # "Estimados señores:") opens nothing, nor does a greeting asking only how the agent is
    # ("Bom dia Intro, como vai?", "Hi Intro, how are you?").
    written = full_sentences(text)
    at = next(
        (
            k
            for k, s in enumerate(written)
            if next(_sentences(s), "")
            and not (s.rstrip().endswith((",", ":")) and nouns.isdisjoint(words_of(s)))
            and not _only_pleasantries(s)
        ),
        None,
    )
    opening = written[at] if at is not None else ""
    # "Any news on the introduction between Pastor Okafor and Mrs. Whitfield? I asked you
    # about it two weeks ago": the sentence right after the question tells the intro was
    # the writer's ask, as "the intro I asked you for" would in one sentence.
    following = written[at + 1] if at is not None and at + 1 < len(written) else ""
    first = next((c for c in _sentences(opening) if not nouns.isdisjoint(words_of(c))), "")
    # "unter Bezugnahme auf mein Schreiben vom 3. d. M. betreffend die Vermittlung ...,
    # ersuche ich Sie höflich, die gegenständliche Anfrage ... zu stornieren": the intro the
    # writer's own earlier mail was about is the one the later clause cancels.
    referred = _refers_to_own_message(words_of(opening))
    if referred:
        first = next((c for c in _sentences(opening) if _commands_an_intro(words_of(c))), first)
    words = words_of(first)
    if nouns.isdisjoint(words):
        return None
    if (
        not referred
        and own_determiners().isdisjoint(words)
        and not _sent_before(words_of(opening) + words_of(following), nouns)
        and not any(_INTRO_ID.fullmatch(word) for word in words if word.startswith("#"))
        and not (in_thread and _names_thread_intro(first))
        and not (may_name and _cancels_named_intro(words, opening))
        and not (may_ask_after and _asks_after_named_intro(words, opening))
    ):
        return None
    command: Command | None = None
    span = (0, len(words))
    for grammar in grammars():
        found = _cancel_span(words, grammar)
        if found is not None:
            command, span = "cancel", found
            break
        found = _status_span(words, grammar)
        if found is not None:
            command, span = "status", found
            break
    opening_clauses: set[Words] = set()
    if command is None:
        command = _command_at(first)
        if command not in ("status", "cancel"):
            # "Sie können die Vorstellung bei Frau Garnier, die ich letzten Montag angefragt
            # hatte, vergessen": the verb last, after the clause telling of the ask.
            across = _cancel_in_full_sentence(opening) if "," in opening else None
            if across is None:
                return None
            command, (words, span, _) = "cancel", across
            opening_clauses = {words_of(clause) for clause in _split_sentences(opening)}
    told = _describing_clauses(text)
    others = [
        w
        for w in _sentence_words(text)
        if w != words and w not in told and w not in opening_clauses
    ]
    if _asks_for_an_intro(others, words, span):
        return None
    return command


@lru_cache(maxsize=1)
def _own_messages() -> frozenset[str]:
    """Nouns of a mail or letter (``own_messages``: "email", "Schreiben", "courriel",
    "correo", "mensagem", "barua"), the writer's own after one of ``own_determiners``."""
    return _words([w for data in _command_files() for w in data.get("own_messages", ())])


# How far from a mail's noun the writer's "my" may stand: "my email", "my last email",
# "meu e-mail" ("meu", "e", "mail"), Swahili after it: "barua pepe yangu".
MAX_OWNER_DISTANCE = 2


def _refers_to_own_message(words: Words) -> bool:
    """Whether ``words`` refer to the writer's own earlier mail about an intro: one of
    ``own_messages`` with one of ``own_determiners`` up to two words before it (or after
    it, as Swahili puts it), an intro noun later in the sentence ("unter Bezugnahme auf
    mein Schreiben vom 3. d. M. betreffend die Vermittlung ...", "with reference to my
    email of 3 November regarding the introduction between ...", "suite à mon courriel
    du 3 novembre concernant la mise en relation ..."). The intro is then the writer's,
    as "my request" says."""
    messages, owners, nouns = _own_messages(), own_determiners(), _noun_words()
    for k, word in enumerate(words):
        if word not in messages:
            continue
        near = words[max(0, k - MAX_OWNER_DISTANCE) : k + 1 + MAX_OWNER_DISTANCE]
        if not owners.isdisjoint(near) and not nouns.isdisjoint(words[k + 1 :]):
            return True
    return False


def _commands_an_intro(words: Words) -> bool:
    """Whether a clause holds a cancel or a status structure governing an intro noun
    phrase ("die gegenständliche Anfrage als gegenstandslos zu betrachten und zu
    stornieren", "to cancel the request")."""
    return any(
        _cancel_span(words, grammar) is not None or _status_span(words, grammar) is not None
        for grammar in grammars()
    )


@lru_cache(maxsize=1)
def _pleasantries() -> frozenset[str]:
    """Every one of ``pleasantries`` ("how are you", "como vai"), normalised."""
    return frozenset(_normalise_phrase(entry) for entry in _entries("pleasantries"))


def _only_pleasantries(sentence: str) -> bool:
    """Whether every clause of ``sentence`` past its greeting is one of ``pleasantries``,
    perhaps followed by whom it greets ("Bom dia Intro, como vai?", "Good morning Intro,
    how are you?", "Hallo Intro, wie geht es Ihnen?"): it asks after the agent, it names
    no intro."""
    clauses = list(_sentences(sentence))
    return bool(clauses) and all(_is_pleasantry(clause) for clause in clauses)


def _is_pleasantry(clause: str) -> bool:
    """Whether ``clause`` is one of ``pleasantries`` and at most ``MAX_GREETED_WORDS``
    words naming whom it greets ("how are you doing", "good morning intro"). Words naming
    an intro, a determiner before an intro noun, are no one greeted: "¿Cómo va mi
    solicitud?" asks how it stands, while "Good morning Intro" greets the agent."""
    words = clause.split()
    return any(
        " ".join(words[:end]) in _pleasantries() and not _names_an_intro_noun(words[end - 1 :])
        for end in range(max(1, len(words) - MAX_GREETED_WORDS), len(words) + 1)
    )


def _names_an_intro_noun(words: list[str]) -> bool:
    """Whether ``words`` hold an intro noun right after a determiner ("mi solicitud", "the
    intro"), an intro named rather than the agent greeted by its name."""
    nouns = _noun_words()
    determiners = _determiner_words() | own_determiners()
    return any(word in nouns and before in determiners for before, word in pairwise(words))


# How many words may follow a pleasantry, naming whom it greets: "Good morning Intro",
# "How are you, Intro Agent".
MAX_GREETED_WORDS = 2


def opening_thing_cancel(text: str) -> Command | None:
    """A cancel opening a longer mail (up to 90 words) whose verb governs "the thing with"
    someone named ("Anula lo de Paco con la gente del hotel Miramar, que al final el
    ayuntamiento nos ha metido en las fiestas ..."), the mail going on to say why: the
    name says which intro is meant, as it does in a short mail. The cancel opens its
    clause, the first after the greeting, and the mail writes no address and asks for no
    new intro in another sentence, before the cancel or after a conjunction following it;
    "lo de mañana", a thing naming no one, cancels nothing."""
    if _word_count(text) > MAX_OPENING_COMMAND_WORDS or _writes_address(text):
        return None
    # A quick look first: most mail holds no "thing with" beside a cancel verb.
    present = _text_words(text)
    if _thing_anchors().isdisjoint(present) or _cancel_words().isdisjoint(present):
        return None
    written = _sentences_as_written(text)
    greetings = command_greetings()
    # The first clause that is more than a greeting ("Buenas,", "Hola Ana,").
    k = next((i for i, (_, piece) in enumerate(written) if _sentence(piece, greetings)), None)
    if k is None:
        return None
    words = words_of(_sentence(written[k][1], greetings))
    for grammar in grammars():
        if grammar.cancel_things.keys().isdisjoint(words):
            continue
        capitals = capitalised(written[k][1])
        span = _cancel_span(words, grammar, capitals)
        # The verb opens the clause, as a plea does: "Paco dice que anula lo de ..." tells.
        if span is None or span[0] != 0:
            continue
        # What it governs is a thing with someone named, not a bare intro noun ("bitte die
        # Vorstellung abbrechen" names no one: a longer mail needs "my request" for that).
        if not any(
            (_thing_after(words, i, grammar, capitals) or NAMES_SOMETHING_ELSE) > 0
            for i in range(span[0], span[1])
        ):
            continue
        told = _describing_clauses(text)
        others = [w for j, (w, _) in enumerate(written) if j != k and w not in told]
        return None if _asks_for_an_intro(others, words, span) else "cancel"
    return None


def named_cancel_later(text: str) -> Command | None:
    """A cancel in a later sentence of a longer mail (up to 90 words) that governs an intro
    noun phrase naming whom the intro is with ("Suite à ma demande du 5 novembre, je vous
    informe que le conseil a décidé autrement. Je vous prie donc d'annuler la mise en
    relation entre M. Gallet et Mme Ferhat, si elle n'a pas encore été effectuée.", "Due
    to a change in the committee ... Please cancel the introduction between Dr Okafor and
    Ms Lund."): the names say which intro is meant wherever the sentence stands, as they
    do in the opening one (``opening_command``), when the mail writes no address and asks
    for no new intro in another sentence, before the cancel or after a conjunction
    following it. "Please cancel the intro" names none, and a negated cancel ("please
    don't cancel the introduction between ...") cancels nothing."""
    if _word_count(text) > MAX_OPENING_COMMAND_WORDS or _writes_address(text):
        return None
    # A quick look first: most mail holds no cancel verb, or no intro noun.
    present = _text_words(text)
    if _cancel_words().isdisjoint(present) or _noun_words().isdisjoint(present):
        return None
    sentences = _sentence_words(text)
    for sentence in full_sentences(text):
        for clause in _CLAUSE_SPLIT.split(sentence):
            words = words_of(clause)
            span = next(
                (found for g in grammars() if (found := _cancel_span(words, g)) is not None),
                None,
            )
            if span is None or cancelled_intro(clause) is None:
                continue
            others = [w for w in sentences if w != words_of(sentence)]
            return None if _asks_for_an_intro(others, words, span) else "cancel"
    return None


def _cancels_named_intro(words: Words, opening: str) -> bool:
    """Whether the clause ``words`` of the ``opening`` sentence cancels an intro noun
    phrase that names whom the intro is with, as written ("annuler la mise en relation
    entre le Prof. Amstutz et Mme Ruchti", "cancel the introduction between Dr Okafor and
    Ms Lund"): that says which intro is meant. "Cancel the intro" names none, and a
    status question ("any news on the intro to Sam?") may ask of someone else's."""
    if not any(_cancel_span(words, grammar) for grammar in grammars()):
        return False
    return cancelled_intro(opening) is not None


def _asks_after_named_intro(words: Words, sentence: str) -> bool:
    """Whether the clause ``words`` of the ``sentence`` as written asks how an intro
    stands by a status question whose intro noun names, within a few words after it, whom
    the intro is with, written with a capital ("wie steht es um die Vorstellung bei Prof.
    Okoye", "¿Cómo va la presentación con Lucía Herrera?", "Como está a apresentação com a
    Joana Pires?"): that says which intro is meant, as "my request" does. A day, a month or
    a single letter names no one ("How is the intro I asked for on Monday going?")."""
    capitals = capitalised(sentence)
    skipped = _noun_words() | not_names() | _you_subjects()
    for grammar in grammars():
        span = _status_span(words, grammar)
        if span is None:
            continue
        after = words[span[1] : span[1] + MAX_NOUN_TO_NAME_WORDS]
        return any(w in capitals and w not in skipped and len(w) > 1 for w in after)
    return False


def _owned_span(words: Words, span: tuple[int, int]) -> bool:
    """Whether the intro noun phrase a status question governs is the writer's own: one of
    ``own_determiners`` in it or right after its noun ("my intro to", "ombi langu la")."""
    owned = own_determiners()
    return any(word in owned for word in words[span[0] : span[1] + 1])


def owned_status_question(text: str) -> Command | None:
    """Status asked, in any sentence of a mail of up to 90 words, of the writer's own intro
    by a status question governing it ("Anyway did anything ever come of my intro to Dr
    Okoro? Haven't heard a peep." after a paragraph of small talk, "Et au fait, où en est
    ma demande de mise en relation avec Mme Roux ?"), when the mail writes no address and
    asks for no new intro in another sentence, before the question or after a conjunction
    following it. An intro that is not the writer's ("did anything come of the intro you
    made for Sam?") is news asked of someone else's and none."""
    if len(text.split()) > MAX_OPENING_COMMAND_WORDS or _writes_address(text):
        return None
    # A quick look first: most mail names no intro of the writer's own, or asks nothing.
    present = _text_words(text)
    if own_determiners().isdisjoint(present) or _noun_words().isdisjoint(present):
        return None
    if not _may_hold(_anchor_index(), text) or _anchors().isdisjoint(present):
        return None
    sentences = _sentence_words(text)
    told = _describing_clauses(text)
    for k, words in enumerate(sentences):
        if own_determiners().isdisjoint(words):
            continue
        for grammar in grammars():
            span = _status_span(words, grammar)
            if span is None or not _owned_span(words, span):
                continue
            others = [w for w in sentences[:k] + sentences[k + 1 :] if w not in told]
            if _asks_for_an_intro(others, words, span):
                return None
            return "status"
    return None


@lru_cache(maxsize=1)
def _follow_up_anchors() -> frozenset[str]:
    """The longest word of each follow-up opener, one of which a mail saying one holds."""
    return frozenset(
        max(head + particle, key=len)
        for grammar in grammars()
        for verbs in grammar.follow_ups.values()
        for head, particle in verbs
    )


def _paragraph_sentences(text: str) -> list[str]:
    """The text's sentences as ``full_sentences`` gives them, a paragraph's lines first
    joined: a sentence wrapped over two lines ("... la demande de mise en relation\\navec
    Mme Isabelle Girard que je vous ai adressée le 4 novembre dernier.") is one."""
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return full_sentences("\n".join(p for p in paragraphs if p))


def _follow_up_span(words: Words, grammar: Grammar) -> tuple[int, int] | None:
    """Where a follow-up opener and the intro noun phrase it governs stand ("following up
    on my request", "nafuatilia ombi langu"), a split one's particle at most a few words
    after the noun ("auf meine Anfrage vom 4. November zurückzukommen"); the opener may
    hold the noun itself ("nafuatilia ombi")."""
    nouns = _noun_words()
    for i, word in enumerate(words):
        for head, particle in grammar.follow_ups.get(word, ()):
            if not _at(words, i, head):
                continue
            end: int | None = i + len(head)
            if nouns.isdisjoint(head):
                end = _noun_after(words, _skip(words, i + len(head), grammar.fillers), grammar)
            if end is None:
                continue
            if not particle:
                return i, end
            last = min(len(words), end + MAX_NOUN_TO_END_WORDS + len(particle))
            tail = next((k for k in range(end, last) if _at(words, k, particle)), None)
            if tail is not None:
                return i, tail + len(particle)
    return None


def followed_up_status(text: str) -> Command | None:
    """Status asked by a follow-up opener governing an intro the writer asked for before
    ("Je me permets de revenir vers vous au sujet de la demande de mise en relation avec
    Mme Isabelle Girard que je vous ai adressée le 4 novembre", "I am writing to follow up
    on my request of 4 November", "me permito escribirle en relación con la solicitud ...
    que les dirigí", "ich erlaube mir, auf meine Anfrage vom 4. November zurückzukommen",
    "venho por este meio dar seguimento ao meu pedido", "nafuatilia ombi langu"): the
    intro noun the writer's own (one of ``own_determiners`` in the phrase, or one of
    ``earlier_asks`` after it), in a mail of up to 90 words asking for no new intro in
    another sentence, before the opener or after a conjunction following it (a mail
    longer than a short one writing no address). "I am writing to follow up on the request
    from Ms Kaur" is someone else's."""
    count = _word_count(text)
    if count > MAX_OPENING_COMMAND_WORDS:
        return None
    # A quick look first: most mail comes back to nothing raised before.
    present = _text_words(text)
    if _follow_up_anchors().isdisjoint(present) or _noun_words().isdisjoint(present):
        return None
    if count > MAX_COMMAND_WORDS and _writes_address(text):
        return None
    nouns, owners = _noun_words(), own_determiners()
    sentences = [words_of(s) for s in _paragraph_sentences(text)]
    for k, words in enumerate(sentences):
        if nouns.isdisjoint(words):
            continue
        for grammar in grammars():
            span = _follow_up_span(words, grammar) if grammar.follow_ups else None
            if span is None:
                continue
            i, end = span
            if owners.isdisjoint(words[i : end + 1]) and not _sent_before(words[i:], nouns):
                continue
            others = [w for w in sentences[:k] + sentences[k + 1 :] if not _tells_an_earlier_ask(w)]
            if _asks_for_an_intro(others, words, span):
                return None
            return "status"
    return None


# A line wrapped inside a sentence: a word or a comma ending it, the next line going on
# in lower case ("I should be\ngrateful if you would withdraw the request below").
_WRAPPED_LINE = re.compile(r"(?<=[^\W\d_]|,)[ \t]*\n[ \t]*(?=[^\W\d_A-Z\u00c0-\u00de])")


def _unwrapped_opening_command(text: str, in_reply_to: bool) -> Command | None:
    """The status or cancel opening a longer mail whose opening sentence is wrapped over
    lines ("I regret to say that circumstances have changed since I wrote, and I should
    be\ngrateful if you would withdraw the request below."): read with each line that goes
    on in lower case joined to the one before."""
    unwrapped = _WRAPPED_LINE.sub(" ", text)
    return None if unwrapped == text else opening_command(unwrapped, in_reply_to)
