"""Answers that name what they answer, and refusals added below a yes.

A refusal addressed to the introduction itself ("it has to be a no to the
introduction", "Pour la présentation avec Madame Camille je dis non", "para a
apresentação não, obrigada") decides, whatever the rest of the reply agrees to on other
matters ("yes, please keep sending me the fixtures", "conta comigo para arbitrar o
torneio"). A yes taken back in an addendum below it ("Nachtrag, 21:40: ... Also bitte
doch nicht") is a no.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from agent.understanding.reply_phrases import PhraseBook

# Reads a text: its answer and the phrases that decided it.
Reader = Callable[[str], tuple[str, tuple[str, ...]]]

# Where a sentence ends, for the refusal addressed to the introduction.
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
# What in a reading leaves a refusal short of a plain one.
_DOUBTS = ("hedge:", "question:", "alternative:", "yes:")


def _sentences(text: str) -> list[str]:
    return [found.group() for found in _SENTENCE.finditer(text) if found.group().strip()]


def _holds(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


@lru_cache(maxsize=8)
def _any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` as whole words: the quick look whether a
    reply names the introduction at all, which most replies do not."""
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def addressed_refusal(
    normalised: str, book: PhraseBook, read: Reader, asked: str = ""
) -> tuple[str, ...] | None:
    """The evidence of a refusal addressed to the introduction, or None.

    A sentence that names the introduction as what it answers (intro_scopes: "to the
    introduction", "pour la présentation", "para la presentación", "zur Vorstellung",
    "para a apresentação", "kuhusu utambulisho") and reads as a plain refusal on its
    own, with no doubt, question or yes in it and no question mark closing it, decides:
    the yeses elsewhere answer other matters. Not when a yes elsewhere names the
    introduction or a meeting (intro_stems) or the one asked about ("No to the intro,
    sorry. But happy to chat with him." stays unclear), nor when the sentence is asked.
    """
    if not book.intro_scopes or not _any_of(tuple(book.intro_scopes)).search(normalised):
        return None
    sentences = _sentences(normalised)
    if len(sentences) < 2:
        # A sentence alone is read as it stands: nothing else to set aside.
        return None
    asked_words = [w for w in re.findall(r"\w+", asked.lower()) if len(w) > 2]
    for k, sentence in enumerate(sentences):
        scope = next((s for s in book.intro_scopes if _holds(sentence, s)), None)
        if scope is None or "?" in sentence:
            continue
        answer, evidence = read(sentence)
        if answer != "no" or any(e.startswith(_DOUBTS) for e in evidence):
            continue
        for j, other in enumerate(sentences):
            if j == k:
                continue
            heard = read(other)[1]
            if not any(e.startswith("yes:") for e in heard):
                continue
            if any(stem in other for stem in book.intro_stems) or any(
                _holds(other, w) for w in asked_words
            ):
                return None
        return (f"addressed:{scope}", *evidence)
    return None


def addendum_retraction(
    normalised: str,
    book: PhraseBook,
    read: Reader,
    reasoned: Callable[[str], tuple[str, ...] | None],
) -> tuple[str, ...] | None:
    """The evidence of a yes taken back in an addendum below it, or None.

    A line opening with an addendum's label up to its colon (addendum_leads: "Nachtrag,
    21:40:", "P.S.:", "Update:"), below a text that reads yes, whose text refuses, plainly
    or after sentences telling why (``reasoned``), with one of the take_backs in it
    ("doch nicht", "not after all", "finalement non", "al final no", "afinal não"): the
    writer went back on the yes, and the answer is no. A refusal in an addendum that
    takes nothing back ("P.S.: I can't do Tuesdays, sorry") is read with the rest.
    """
    if book.addendum_label_pattern is None or not book.take_backs:
        return None
    for found in book.addendum_label_pattern.finditer(normalised):
        before, rest = normalised[: found.start()], normalised[found.end() :]
        if read(before)[0] != "yes":
            continue
        if not any(_holds(rest, t) for t in book.take_backs):
            continue
        answer, evidence = read(rest)
        if answer == "no" and not any(e.startswith(_DOUBTS) for e in evidence):
            return (f"addendum:{found.group('lead')}", *evidence)
        told = reasoned(rest)
        if told is not None:
            return (f"addendum:{found.group('lead')}", *told)
    return None
