"""The quick looks in front of the command checks (whether a mail holds every word of some
phrase, not just one word of it; whether its first sentence and subject may open with a
command phrase at all) say "nothing here" only where the checks they spare find nothing:
``detect_command`` and each gated check give what they gave behind the looser looks, in
every labelled mail, in its paragraphs and lines read as short mails, and in random texts
made of the words of the phrases."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import parse_message
from agent.understanding import commands as c
from agent.understanding.commands import (
    MAX_COMMAND_WORDS,
    MAX_OPENING_COMMAND_WORDS,
    CommandMatch,
    LetterIndex,
)
from agent.understanding.request_model import Command

_DATA = Path(__file__).resolve().parents[2] / "data"

# The looks as they were: the longest word of each phrase, one of which a mail holds.


def _old_may_hold(index: LetterIndex | None, text: str) -> bool:
    if index is None:
        return True
    present = c._text_words(text)
    filed = index.filed
    return any(needed <= present for run in present if run in filed for needed in filed[run])


@cache
def _old_bare_anchors() -> frozenset[str]:
    phrases = (
        c._bare_phrases("news_questions")
        | c._bare_phrases("bare_cancels")
        | {p.replace("*", " ") for p in c._named_news_phrases()}
        | set(c._indirect_leads())
    )
    return frozenset(max(c._WORD.findall(phrase), key=len) for phrase in phrases)


@cache
def _old_told_status_anchors() -> frozenset[str]:
    phrases = (" ".join(p) for ps in c._told_status_asks().values() for p in ps)
    return frozenset(max(c._WORD.findall(phrase), key=len) for phrase in phrases)


@cache
def _old_ask_verb_anchors() -> frozenset[str]:
    return frozenset(
        c._WORD.findall(phrase[0])[0]
        for phrases in c.ask_verbs().values()
        for phrase in phrases
        if c._WORD.findall(phrase[0])
    )


@cache
def _old_progress_anchors() -> frozenset[str]:
    phrases = {p for command, found in c.command_phrases() if command == "status" for p in found}
    phrases |= c._bare_phrases("news_questions") | set(c.progress_questions())
    phrases |= {" ".join(p) for ps in c.waiting_cues().values() for p in ps}
    return frozenset(
        max(words, key=len) for phrase in phrases if (words := c._WORD.findall(phrase))
    )


@cache
def _old_thread_cancel_anchors() -> frozenset[str]:
    return frozenset(
        max(c._WORD.findall(" ".join(phrase)), key=len)
        for index in c._thread_cancels()
        for phrases in index.values()
        for phrase in phrases
    )


@cache
def _old_pronoun_anchors() -> frozenset[str]:
    return frozenset(max(c._WORD.findall(phrase), key=len) for phrase in c._pronoun_cancels())


def _old_bare_command(text: str, in_reply_to: bool, subject: str = "") -> Command | None:
    if len(text.split()) > MAX_COMMAND_WORDS:
        return None
    if _old_bare_anchors().isdisjoint(c._text_words(text)):
        return None
    return c._bare_command(text, in_reply_to, subject)


def _old_told_in_status_question(text: str) -> Command | None:
    count = len(text.split())
    if count > MAX_OPENING_COMMAND_WORDS:
        return None
    present = c._text_words(text)
    if _old_told_status_anchors().isdisjoint(present) or _old_ask_verb_anchors().isdisjoint(
        present
    ):
        return None
    return c._told_in_status_question(text, count)


def _old_told_ask_status(text: str) -> Command | None:
    count = len(text.split())
    if count > MAX_OPENING_COMMAND_WORDS:
        return None
    present = c._text_words(text)
    if c._earlier_anchors().isdisjoint(present) or _old_progress_anchors().isdisjoint(present):
        return None
    return c._told_ask_status(text, count)


def _old_command_in_sentences(text: str) -> Command | None:
    if len(text.split()) > MAX_COMMAND_WORDS:
        return None
    things = c._thing_anchors()
    present = c._text_words(text)
    if not c._names_an_intro(present, text) and (
        things.isdisjoint(present) or c._cancel_words().isdisjoint(present)
    ):
        return None
    if not _old_may_hold(c._anchor_index(), text) or c._anchors().isdisjoint(c.words_of(text)):
        return None
    return c._command_in_sentences(text)


def _old_thread_cancel(text: str) -> Command | None:
    if len(text.split()) > MAX_COMMAND_WORDS:
        return None
    if _old_thread_cancel_anchors().isdisjoint(c._text_words(text)):
        return None
    sentences = c._sentence_words(text)
    for clause in c._all_sentences(text):
        words = c.words_of(clause)
        span = c._thread_cancel_span(words)
        if span is None:
            continue
        others = [other for other in sentences if other != words]
        if c._asks_for_an_intro(others, words, span):
            return None
        return "cancel"
    return None


def _old_pronoun_cancel(subject: str, text: str) -> Command | None:
    if len(text.split()) > MAX_COMMAND_WORDS:
        return None
    if _old_pronoun_anchors().isdisjoint(c._text_words(text)):
        return None
    phrases = c._pronoun_cancels()
    sentences = list(c._all_sentences(text))
    others = [c.words_of(s) for s in sentences if c._softened(s) not in phrases]
    if len(others) == len(sentences):
        return None
    nouns = c._noun_words()
    if nouns.isdisjoint(c.words_of(subject)) and all(nouns.isdisjoint(w) for w in others):
        return None
    if any(c._asks_anew(words) for words in others):
        return None
    return "cancel"


def _old_status_in_agents_thread(text: str) -> Command | None:
    if len(text.split()) > MAX_OPENING_COMMAND_WORDS or c._WRITTEN_ADDRESS.search(text):
        return None
    sentences = c._sentence_words(text)
    told = c.earlier_asks()
    if any(not c._contains(w, told) and c._asks_anew(w) for w in sentences):
        return None
    # A question wrapped over lines is read joined as well.
    unwrapped = c._WRAPPED_LINE.sub(" ", text)
    clauses = c._all_sentences(text)
    if unwrapped != text:
        clauses += c._all_sentences(unwrapped)
    for clause in clauses:
        if c._asks_progress(clause) or c._command_at(c._softened(clause)) == "status":
            return "status"
    return None


def _old_detect_command(subject: str, text: str, in_reply_to: bool) -> CommandMatch | None:
    """``detect_command`` as it was: every mail's first sentence and subject read, and the
    checks behind their looser looks; a status question's addresses left out as there."""
    if c._writes_address(text):
        unaddressed = _old_without_status_addresses(text)
        if unaddressed != text:
            found = _old_detected_command(subject, unaddressed, in_reply_to)
            if found is not None and found.command == "status":
                return CommandMatch("status", c._target("status", subject, text, in_reply_to))
    return _old_detected_command(subject, text, in_reply_to)


def _old_without_status_addresses(text: str) -> str:
    """``c._without_status_addresses``, each sentence read behind the looser looks."""
    cut = text
    for line in text.splitlines():
        for sentence in c._SENTENCE_END.split(c._without_title_stops(line)):
            if c._WRITTEN_ADDRESS.search(sentence) is None:
                continue
            asked = c._without_addresses(sentence)
            if len(asked.split()) > MAX_COMMAND_WORDS:
                continue
            found = _old_detected_command("", asked, in_reply_to=False)
            if found is not None and found.command == "status":
                for address in c._WRITTEN_ADDRESS.findall(sentence):
                    cut = c._without_addresses(cut, address)
    return cut


def _old_detected_command(subject: str, text: str, in_reply_to: bool) -> CommandMatch | None:
    """``_old_detect_command`` of ``text`` as written."""
    count = len(text.split())
    if count > MAX_COMMAND_WORDS:
        said = (
            (
                c.opening_command(text, in_reply_to)
                or c.named_cancel_later(text)
                or _old_told_ask_status(text)
                or _old_told_in_status_question(text)
                or c.followed_up_status(text)
                or c._unwrapped_opening_command(text, in_reply_to)
                or c.owned_status_question(text)
                or c.named_news_of_an_ask_sent(text)
                or c.waited_named_news(text)
                or c.opening_thing_cancel(text)
                or c.status_of_a_thing(text)
            )
            if count <= MAX_OPENING_COMMAND_WORDS
            else None
        )
        if said is None:
            return None
        in_thread = in_reply_to and c._names_thread_intro(text)
        return CommandMatch(said, c._target(said, subject, text, in_thread))
    sentences = c._sentences(text)
    subject_line = c.normalise(c.strip_subject_prefixes(subject))
    first = next(sentences, "")
    for line, written in ((first, text), (subject_line, subject)):
        command = c._command_at(line)
        if command == "cancel" and c._cancels_something_else(line, written):
            continue
        if command is not None:
            if (
                command == "help"
                and written is subject
                and any(c._asks_anew(words) for words in c._sentence_words(text))
            ):
                continue
            if command != "help" and c._later_asks_for_an_intro(text):
                if command == "status" and (
                    _old_told_ask_status(text) is not None
                    or _old_told_in_status_question(text) is not None
                ):
                    return CommandMatch(command, c._target(command, subject, text, in_reply_to))
                if command == "cancel" and _old_command_in_sentences(text) == "cancel":
                    return CommandMatch(command, c._target(command, subject, text, in_reply_to))
                return None
            if (
                command == "status"
                and not in_reply_to
                and c._bare(line) in c._bare_phrases("news_questions")
                and not c._news_about_an_intro(subject_line, text)
            ):
                return None
            return CommandMatch(command, c._target(command, subject, text, in_reply_to))
    if c._ends_with_cancel(first):
        return CommandMatch("cancel", c._target("cancel", subject, text, in_reply_to))
    said = (
        _old_command_in_sentences(text)
        or _old_bare_command(text, in_reply_to, subject)
        or _old_pronoun_cancel(subject, text)
        or _old_told_ask_status(text)
        or _old_told_in_status_question(text)
        or c.followed_up_status(text)
        or c.status_of_a_thing(text)
        or c.named_news_of_an_ask_sent(text)
    )
    if said is not None:
        return CommandMatch(said, c._target(said, subject, text, in_reply_to))
    if in_reply_to and _old_thread_cancel(text) is not None:
        return CommandMatch("cancel", c._target("cancel", subject, text, True))
    if in_reply_to:
        objects = c.cancel_objects()
        for line in sentences:
            for phrase in c._phrases_at(line, "cancel"):
                tail = line[len(phrase) :].split()
                if all(word in objects or c._INTRO_ID.fullmatch(word) for word in tail):
                    return CommandMatch("cancel", c._target("cancel", subject, text, True))
    return None


@cache
def _labelled() -> list[tuple[str, str]]:
    """The subject and text of every labelled mail, and each of its paragraphs and lines
    read as a short mail of its own under the same subject."""
    found: list[tuple[str, str]] = []
    for eml in sorted(_DATA.glob("*/*.eml")):
        message = parse_message(eml.read_bytes())
        text = message.text or ""
        found.append((message.subject, text))
        pieces = {p.strip() for p in text.split("\n\n")} | {
            line.strip() for line in text.split("\n")
        }
        found += [(message.subject, piece) for piece in sorted(pieces) if piece]
    return found


def _same(subject: str, text: str) -> None:
    for in_reply_to in (False, True):
        assert c.detect_command(subject, text, in_reply_to) == _old_detect_command(
            subject, text, in_reply_to
        ), (subject, text[:200], in_reply_to)
    assert c.bare_command(text, False, subject) == _old_bare_command(text, False, subject)
    assert c.bare_command(text, True) == _old_bare_command(text, True)
    assert c.told_in_status_question(text) == _old_told_in_status_question(text)
    assert c.told_ask_status(text) == _old_told_ask_status(text)
    assert c.command_in_sentences(text) == _old_command_in_sentences(text)
    assert c.thread_cancel(text) == _old_thread_cancel(text)
    assert c.pronoun_cancel(subject, text) == _old_pronoun_cancel(subject, text)
    assert c.status_in_agents_thread(text) == _old_status_in_agents_thread(text)
    for index in (
        c._line_command_index(),
        c._bare_index(),
        c._structure_index(),
        c._thread_cancel_index(),
        c._pronoun_index(),
        *c._told_status_indexes(),
        *c._told_ask_indexes(),
    ):
        assert c._may_hold(index, text) == _old_may_hold(index, text)


def test_commands_in_labelled_mail_are_those_found_behind_the_looser_looks() -> None:
    labelled = _labelled()
    assert len(labelled) > 5000
    found = 0
    for subject, text in labelled:
        _same(subject, text)
        found += c.detect_command(subject, text, True) is not None
    # The mails and pieces cover every kind of command, not only mail saying none.
    assert found > 100


def _phrase_words() -> list[str]:
    words: set[str] = set()
    for _, phrases in c.command_phrases():
        words.update(w for phrase in phrases for w in phrase.split() if w != "*")
    for key in ("news_questions", "bare_cancels", "pronoun_cancels", "progress_questions"):
        words.update(w for phrase in c._entries(key) for w in phrase.split())
    for index in (c.earlier_asks(), c.waiting_cues(), c._told_status_asks(), c.ask_verbs()):
        words.update(w for phrases in index.values() for p in phrases for w in p)
    for grammar in c.grammars():
        for found in (*grammar.cancel_verbs.values(), *grammar.negated_cancels.values()):
            words.update(w for head, particle in found for w in head + particle)
        words.update(w for asks in grammar.status_asks.values() for p in asks for w in p)
        words.update(w for p in (*grammar.status_endings, *grammar.cancel_verbs_last) for w in p)
        words.update(grammar.intro_nouns)
        words.update(grammar.determiners)
    for by_length in c._thread_cancels():
        words.update(w for phrases in by_length.values() for p in phrases for w in p)
    return sorted(words)


_WORDS = _phrase_words()
_SHOWN = st.sampled_from(_WORDS).flatmap(
    lambda word: st.sampled_from([word, word.title(), word.upper(), word + "s"])
) | st.sampled_from(["Bob", "Ann Lee", "#a1b2c3", "Mr.", "bob@x.org", "Hi", "please", "?"])
_GAPS = st.sampled_from([" ", " ", " ", "\n", ", ", ". ", "? ", "! ", " - ", "\n\n", "'", ""])


@settings(max_examples=3000, deadline=None)
@given(
    words=st.lists(_SHOWN, min_size=1, max_size=24),
    gaps=st.lists(_GAPS, min_size=24, max_size=24),
    subject=st.sampled_from(["", "Re: status", "Fwd: Intro", "Re: my request", "help", "Hi"]),
)
def test_commands_in_random_text_of_phrase_words_are_those_found_behind_the_looser_looks(
    words: list[str], gaps: list[str], subject: str
) -> None:
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    _same(subject, text)


_WHY_ASKED = (
    " Un collègue du bureau des projets européens m'a parlé de vous, il paraît que vous"
    " faites des mises en relation à double accord. Je vous pose la question parce que dans"
    " notre cas il s'agit souvent de chercheurs seniors qui n'aiment pas trop être sollicités"
    " à l'improviste, et que nous avons plusieurs projets européens en préparation pour"
    " lesquels il faudra contacter des partenaires que nous connaissons peu ou pas du tout,"
    " en Belgique comme ailleurs, souvent dans des délais très courts et sans savoir à qui"
    " nous adresser en premier."
)


def test_a_help_question_proper_asks_in_a_mail_longer_than_90_words() -> None:
    """The question "Est-ce que je dois mettre les deux personnes en copie ?" asks how to
    use the agent in a mail telling at length who sent the writer and why they ask."""
    from agent.understanding.commands import asks_how_to_use

    text = (
        f"Bonjour,{_WHY_ASKED}\n\nEst-ce que je dois mettre les deux personnes en copie ?"
        "\n\nMerci d'avance,\nSophie"
    )
    assert 90 < len(text.split()) <= 160
    assert asks_how_to_use(text)


def test_a_help_phrase_alone_asks_nothing_in_a_mail_longer_than_90_words() -> None:
    """The phrase "Comment ça marche ?" alone may be asked of anything a long mail tells of."""
    from agent.understanding.commands import asks_how_to_use

    text = f"Bonjour,{_WHY_ASKED}\n\nComment ça marche ?\n\nMerci d'avance,\nSophie"
    assert len(text.split()) > 90
    assert not asks_how_to_use(text)
