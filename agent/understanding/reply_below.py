"""Prose a writer adds below their own signature.

The answer is read above the writer's signature and in any postscript marked as such
("PS: yes to the intro"). Some write on under their name without a mark ("Sure, go
ahead.\n\nHelen\n\nSorry - before I hit send I looked Gavin up. Scratch the above:
please don't introduce us."): that paragraph is the writer's again, and when it
refuses, negates or takes something back, the yes above it does not stand alone. A
paragraph holding a postscript mark was read with the answer already.

Below a device line or a "--" delimiter ("Yes / Sent from my iPhone / Don't."), the
text was cut before the reading, and even a bare negation is the writer's: a line of a
few words holding a negator ("Don't.", "Nicht.", "Usifanye.") takes back the yes above
it, though alone it answers nothing.

A signature block holds no such prose: its lines are names, titles, addresses and
numbers ("Registered in England No. 0123456"), whose few lower-case words are links
("Head of Sales and Marketing"). A paragraph is prose when it holds at least
``_PROSE_WORDS`` lower-case words; legal footers are left to the reader, which sets
them aside wherever they stand.
"""

from __future__ import annotations

import re

from agent.understanding.quotes import is_motto, postscript_start
from agent.understanding.reply_phrases import normalise, phrase_book

_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
_WORDS = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
# "Head of Sales and Marketing" holds three lower-case words; a sentence more.
_PROSE_WORDS = 4
_DIGIT = re.compile(r"\d")
# "Actually, don't." is three words; a footer line with a negator ("Please do not print
# this email unless necessary") more.
_BARE_WORDS = 4
# "« Ne jamais dire jamais, sauf au goéland qui vole ton sandwich »" is a saying; a
# quoted '"No, not now."' is short enough to be the writer's own answer.
_MOTTO_WORDS = 5


def prose_below(text: str, cut: int, min_words: int = _PROSE_WORDS, *, unread: bool = False) -> str:
    """The paragraphs of prose in ``text`` after ``cut`` (where the writer's signature
    starts), the signature's own lines left out; "" when there are none. A paragraph is
    prose when it holds at least ``min_words`` lower-case words. With ``unread`` (text
    cut before the reading, below a device line), also when it holds no digit ("No."),
    as numbered lines ("Registered in England No. 0123456", "No. 1 Main Street") are the
    signature's, and a postscript there is kept, as no one has read it yet."""
    if cut >= len(text):
        return ""
    kept = [
        paragraph.strip()
        for paragraph in _PARAGRAPHS.split(text[cut:])
        if (
            sum(word.islower() for word in _WORDS.findall(paragraph)) >= min_words
            or (unread and not _DIGIT.search(paragraph))
        )
        and (unread or postscript_start(paragraph) < 0)
        and not _saying(paragraph)
    ]
    return "\n\n".join(kept)


def _saying(paragraph: str) -> bool:
    """Whether the paragraph is a saying set under the name: one line whole in quotation
    marks, an author after it or not, of at least ``_MOTTO_WORDS`` words and with none of
    the writer's own subjects ("je", "I", "we"), so that it speaks of no one writing:
    "« Ne jamais dire jamais, sauf au goéland qui vole ton sandwich »". Someone else's
    words, they take nothing back; a quoted '"No, not now."' or '"I don't want this
    after all."' may be the writer's and is read."""
    line = paragraph.strip()
    if "\n" in line or not is_motto(line):
        return False
    words = [word.lower() for word in _WORDS.findall(normalise(line))]
    return len(words) >= _MOTTO_WORDS and phrase_book().own_subjects.isdisjoint(
        {part for word in words for part in (word, word.split("'")[0] + "'")}
    )


def bare_negation(text: str) -> bool:
    """Whether a paragraph of ``text`` is a few words (at most ``_BARE_WORDS``) holding a
    negator ("Don't.", "Actually, don't.", "Nicht.", "Usifanye."): under a device line, a
    yes taken back."""
    book = phrase_book()
    for paragraph in _PARAGRAPHS.split(text):
        if not 0 < len(paragraph.split()) <= _BARE_WORDS:
            continue
        reading = book.read(normalise(paragraph))
        if any(book.negates_at(reading, i) for i in range(len(reading.tokens))):
            return True
    return False


def without_own_mail(prose: str) -> str:
    """``prose`` (from ``prose_below``) without the agent's own opt-in question pasted
    back unquoted ("j'ai recopié votre message en bas": "Souhaitez-vous cette mise en
    relation ? ... / Rien n'est partagé tant que vous n'avez pas tous deux accepté
    ..."): the question's paragraph, and each after it that names none of the writer
    (own_subjects, own_possessives), are the agent's lines, and their negations take
    nothing back. A paragraph after it where the writer speaks ("Sorry, I looked him
    up, I'd rather not") is theirs again and kept."""
    book = phrase_book()
    if not book.opt_in_questions:
        return prose
    paragraphs = _PARAGRAPHS.split(prose)
    at = next(
        (
            k
            for k, paragraph in enumerate(paragraphs)
            if any(q in normalise(paragraph) for q in book.opt_in_questions)
        ),
        None,
    )
    if at is None:
        return prose
    kept = paragraphs[:at] + [p for p in paragraphs[at + 1 :] if _names_writer(p)]
    return "\n\n".join(kept)


def _names_writer(paragraph: str) -> bool:
    """Whether the paragraph holds one of the writer's own subjects or possessives ("I",
    "je", "j'", "mein"), an elided one by its head."""
    book = phrase_book()
    own = book.own_subjects | book.own_possessives
    words = [word.lower() for word in _WORDS.findall(normalise(paragraph))]
    return any(word in own or word.split("'")[0] + "'" in own for word in words)
