"""A group's agreement relayed by the writer: its yes is not the writer's.

The one asked must agree themselves. "The committee agrees: yes.", "Le comité est
d'accord, donc c'est oui", "Der Vorstand ist einverstanden, also ja", "A direção concorda:
sim", "Kamati imekubali, kwa hiyo ndiyo" tell what a committee, a board, a family or a
boss decided: the yes after it in its sentence is theirs, relayed, and no consent of the
writer's own. A yes there that names the writer ("The committee agrees, and I'd be glad
to meet Owen", "the committee agrees: we would like to be introduced", "e eu também")
and a yes said apart from it ("Yes, happy to. The committee agrees too.") stay the
writer's.
"""

from __future__ import annotations

from dataclasses import replace

from agent.understanding.reply_phrases import SENTENCE_ENDS, PhraseBook, Reading
from agent.understanding.reply_words import _is_word, _sentence_end, _sentence_start

# How many words may stand between the people and their agreement ("the committee has
# unanimously agreed", "mume wangu amekubali"), and inside the agreement's own words
# ("der Vorstand hat dem Vorhaben zugestimmt").
_SUBJECT_GAP = 2
_INNER_GAP = 3


def group_verdicts(reading: Reading, book: PhraseBook) -> tuple[Reading, tuple[str, ...]]:
    """The reading with each yes that a group's agreement relays read as nothing, and
    the agreements found.

    An agreement is one of the group_agreements ("agrees", "has approved", "est
    d'accord", "está de acuerdo", "ist einverstanden", "concorda", "imekubali") whose
    subject, at most a few words back in its clause with no writer among them, is people
    (people_nouns, agreeing_groups: "the committee", "our board", "my husband", "a
    direção", "kamati"). Its own yes words ("d'accord", "einverstanden") are theirs, and
    so is each yes after it to its sentence's end (past a colon: "The committee agrees:
    yes.") that names no writer (own_subjects, own_possessives, own_yes_words between
    the agreement and the yes's end: "and I'd be glad", "we would like", "pass on my
    email", "aceito"; a writer permitted, "happy for me to go ahead", after one of the
    group_permission_fors, is no writer agreeing), a yes that is all of the sentence
    right after ("The board approved it. Yes!") and a bare yes that is all of the
    sentence right before ("Yes. The committee agrees.", as "Yes! He'd love to" answers
    for him). A fuller yes before it is the writer's ("Yes, happy to. The committee
    agrees too."), and a bare yes opening the agreement's own sentence is left to the
    rules for people answered for ("Yes, the committee agrees" stays a doubt)."""
    tokens = reading.tokens
    theirs: set[int] = set()
    found: list[str] = []
    for start, end in _agreements(reading, book):
        found.append(" ".join(t for t in tokens[start:end] if t.strip()))
        last = _sentence_end(reading, end)
        while last < len(tokens) and tokens[last] == ":":
            last = _sentence_end(reading, last + 1)
        for n, phrase in enumerate(reading.phrases):
            if phrase.label != "yes":
                continue
            inside = start <= phrase.start < end
            after = end <= phrase.start < last
            if inside or (after and not _names_writer(reading, end, phrase.end, book)):
                theirs.add(n)
        theirs.update(_alone_after(reading, last, book))
        theirs.update(_bare_before(reading, start, book))
    if not found:
        return reading, ()
    phrases = tuple(
        replace(p, label="neutral") if n in theirs else p for n, p in enumerate(reading.phrases)
    )
    return replace(reading, phrases=phrases), tuple(found)


def _agreements(reading: Reading, book: PhraseBook) -> list[tuple[int, int]]:
    """The token spans of the group agreements whose subject is people."""
    words = [i for i in range(len(reading.tokens)) if _is_word(reading, i)]
    spans: list[tuple[int, int]] = []
    for k, index in enumerate(words):
        if spans and index < spans[-1][1]:
            # "has approved": its "approved" is the same agreement.
            continue
        for wanted in book.group_agreements:
            if reading.tokens[index] != wanted[0]:
                continue
            end = _matched_end(reading, words, k, wanted)
            if end is not None and _people_before(reading, index, book):
                spans.append((index, end))
                break
    return spans


def _matched_end(reading: Reading, words: list[int], k: int, wanted: tuple[str, ...]) -> int | None:
    """The end of ``wanted`` said from the ``k``-th word on, in its clause, at most a few
    other words inside it, or None."""
    at, skipped = k, 0
    for word in wanted[1:]:
        at += 1
        while at < len(words) and reading.tokens[words[at]] != word:
            if skipped == _INNER_GAP or _broken(reading, words[at - 1], words[at]):
                return None
            skipped += 1
            at += 1
        if at >= len(words) or _broken(reading, words[at - 1], words[at]):
            return None
    return words[at] + 1


def _broken(reading: Reading, first: int, second: int) -> bool:
    """Whether a pause stands between two words."""
    return any(reading.breaks[j] for j in range(first + 1, second + 1))


def _people_before(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether people are the subject of the agreement at ``index``: one of the
    people_nouns or agreeing_groups at most a few words back in its clause, with none of
    the writer's words (own_subjects: "my wife and I agree") in the clause before it."""
    tokens = reading.tokens
    i, seen = index - 1, 0
    people = False
    while i >= 0 and not reading.breaks[i]:
        token = tokens[i]
        if token in book.own_subjects:
            return False
        if token.strip():
            if seen < _SUBJECT_GAP + 1 and (
                token in book.people_nouns or token in book.agreeing_groups
            ):
                people = True
            seen += 1
        i -= 1
    return people


def _names_writer(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the writer is named between ``start`` and ``end``, but for a writer
    permitted right after one of the group_permission_fors ("happy for me to")."""
    tokens = reading.tokens
    before = ""
    for i in range(start, end):
        token = tokens[i]
        if not token.strip():
            continue
        if (
            token in book.own_subjects
            or token in book.own_possessives
            or token in book.own_yes_words
        ) and before not in book.group_permission_fors:
            return True
        before = token
    return False


def _alone_after(reading: Reading, end: int, book: PhraseBook) -> set[int]:
    """The indexes of the yes phrases that make up the whole sentence right after the
    one that ends at ``end`` ("The board approved it. Yes!"), none when anything else is
    said there or the writer is named ("The board approved it. I'd love to.")."""
    tokens = reading.tokens
    start = end + 1
    while start < len(tokens) and (not tokens[start].strip() or tokens[start] in SENTENCE_ENDS):
        start += 1
    if start >= len(tokens) or _sentence_start(reading, start) != start:
        return set()
    last = _sentence_end(reading, start)
    inside = {
        n: p
        for n, p in enumerate(reading.phrases)
        if p.label == "yes" and start <= p.start and p.end <= last
    }
    covered = {j for p in inside.values() for j in range(p.start, p.end)}
    if (
        not inside
        or any(_is_word(reading, j) and j not in covered for j in range(start, last))
        or _names_writer(reading, start, last, book)
    ):
        return set()
    return set(inside)


def _bare_before(reading: Reading, index: int, book: PhraseBook) -> set[int]:
    """The indexes of the bare yeses (one word, or one of the confirmations) that make up
    the whole sentence right before the one ``index`` is in, when the people agreeing
    open that sentence ("Yes. The committee agrees."); none when anything else is said
    there ("Yes, happy to. The committee agrees too.")."""
    tokens = reading.tokens
    start = _sentence_start(reading, index)
    if any(_is_word(reading, j) for j in range(start, index)) and not _people_open(
        reading, start, index, book
    ):
        return set()
    last = start - 1
    while last >= 0 and (not tokens[last].strip() or tokens[last] in SENTENCE_ENDS):
        last -= 1
    if last < 0:
        return set()
    first = _sentence_start(reading, last)
    inside = {
        n: p
        for n, p in enumerate(reading.phrases)
        if p.label == "yes" and first <= p.start and p.end <= last + 1
    }
    covered = {j for p in inside.values() for j in range(p.start, p.end)}
    if (
        not inside
        or any(p.end - p.start > 1 and p.text not in book.confirmations for p in inside.values())
        or any(_is_word(reading, j) and j not in covered for j in range(first, last + 1))
    ):
        return set()
    return set(inside)


def _people_open(reading: Reading, start: int, index: int, book: PhraseBook) -> bool:
    """Whether only the people agreeing and the words naming them stand between
    ``start`` and ``index`` ("The committee", "Our board", "A direção")."""
    marks = (
        book.people_nouns
        | book.agreeing_groups
        | book.people_determiners
        | book.own_possessives
        | book.other_possessives
    )
    return all(reading.tokens[j] in marks for j in range(start, index) if _is_word(reading, j))
