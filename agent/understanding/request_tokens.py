"""The shared tokenizer's tokens as plain values, and text folded for phrase search."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, partial
from typing import NamedTuple, cast

from spacy.attrs import IDX, LENGTH, SPACY

from agent.understanding.nlp import get_nlp


class Token(NamedTuple):
    """A token of spaCy's tokenizer, as plain values (much cheaper than ``spacy.Token``)."""

    text: str
    lower: str
    idx: int
    space: bool


def spacy_tokens(text: str) -> list[Token]:
    """The shared tokenizer's tokens for ``text``, an address always one token."""
    tokens = _spacy_tokens(text)
    return _join_addresses(text, tokens) if "@" in text else tokens


def spacy_tokens_of_two(first: str, second: str) -> tuple[list[Token], list[Token]]:
    """``spacy_tokens`` of two texts, from one call of the tokenizer where that gives the
    same: spaCy parts a text at every change between blank and not, so a line break
    between two texts that neither end nor start blank parts their tokens exactly. A
    mail's text and its subject read so spare the tokenizer's cost per call, most of what
    a short subject costs."""
    if not first or not second or first[-1].isspace() or second[0].isspace():
        return spacy_tokens(first), spacy_tokens(second)
    offset = len(first) + 1
    tokens = _spacy_tokens(first + "\n" + second)
    cut = next(n for n, token in enumerate(tokens) if token.idx >= len(first))
    head = tokens[:cut]
    # The line break between them is token ``cut``; the second text's tokens follow it.
    make = partial(tuple.__new__, Token)
    tail = [make((t.text, t.lower, t.idx - offset, t.space)) for t in tokens[cut + 1 :]]
    return (
        _join_addresses(first, head) if "@" in first else head,
        _join_addresses(second, tail) if "@" in second else tail,
    )


# An address as written in mail; the tokenizer splits some at a dot before a capital
# ("John.Smith@Contoso.COM" comes out as "John", ".", "Smith@Contoso", ".", "COM").
# A "+" before an address adds that one to a thread ("+intro@... to handle"): no part of it.
ADDRESS = re.compile(r"[\w.'-][\w.+'-]*@[\w-]+(?:\.[\w-]+)+")
_NON_SPACE = re.compile(r"\S+")
# A name glued to the address after it, as Outlook writes plain text: "Diop<mailto:m@x.sn>",
# "Berg<ann@berg.io>", "Berg(ann@berg.io)", "Berg[mailto:ann@berg.io]".
_GLUED = re.compile(r"([^\W\d_][\w'.-]*)([<(\[])((?:mailto:)?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)$")
# What any such token holds, looked for in the whole text before the tokens are rebuilt.
_GLUED_IN_TEXT = re.compile(r"[^\W\d_][<(\[](?:mailto:)?[\w.+'-]+@")


def addresses_in(text: str) -> list[re.Match[str]]:
    """What ``ADDRESS.finditer(text)`` finds, searched for only in the runs of text without
    a space that hold an "@": an address spans no space, and trying ``ADDRESS`` at each
    letter of every word costs far more than finding the few "@"."""
    found: list[re.Match[str]] = []
    end = 0
    sign = text.find("@")
    while sign >= 0:
        # From the run's start (or before it, past a tab), never back into the last run.
        start = max(end, text.rfind(" ", 0, sign) + 1, text.rfind("\n", 0, sign) + 1)
        run = _NON_SPACE.match(text, sign)
        end = run.end() if run else sign + 1
        found += ADDRESS.finditer(text, start, end)
        sign = text.find("@", end)
    return found


def _join_addresses(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with each address the tokenizer split made one token again: read in
    pieces, "John.Smith@Contoso.co.UK" would leave "Smith@Contoso.co", someone else.
    A name glued to its address ("Diop<mailto:m@x.sn>") is the name, the bracket and the
    address, as written apart."""
    if _GLUED_IN_TEXT.search(text):
        tokens = _unglue(tokens)
    at = {token.idx: token.text for token in tokens if "@" in token.text}
    split: list[re.Match[str]] = []
    # Each run of text without a space that holds an "@", once.
    sign = text.find("@")
    while sign >= 0:
        start = max(text.rfind(" ", 0, sign), text.rfind("\n", 0, sign)) + 1
        run = _NON_SPACE.match(text, sign)
        end = run.end() if run else sign + 1
        for found in ADDRESS.finditer(text, start, end):
            if at.get(found.start()) != found.group(0):
                split.append(found)
        sign = text.find("@", end)
    if not split:
        return tokens
    starts = {token.idx: n for n, token in enumerate(tokens)}
    ends = {token.idx + len(token.text): n for n, token in enumerate(tokens)}
    merged: dict[int, tuple[int, Token]] = {}
    for found in split:
        first, last = starts.get(found.start()), ends.get(found.end())
        if first is None or last is None or last <= first or first in merged:
            continue
        raw = found.group(0)
        lower = raw.casefold().replace("\u2019", "'")
        merged[first] = (last, Token(raw, lower, found.start(), tokens[last].space))
    joined: list[Token] = []
    index = 0
    while index < len(tokens):
        last, token = merged.get(index, (index, tokens[index]))
        joined.append(token)
        index = last + 1
    return joined


def _unglue(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each name glued to its address ("Diop<mailto:m@x.sn>") in three."""
    out: list[Token] = []
    for token in tokens:
        glued = _GLUED.match(token.text) if "@" in token.text else None
        if glued is None:
            out.append(token)
            continue
        start = token.idx
        for group in (1, 2, 3):
            raw = glued.group(group)
            at = start + glued.start(group)
            space = token.space if group == 3 else False
            out.append(Token(raw, raw.casefold().replace("\u2019", "'"), at, space))
    return out


def _spacy_tokens(text: str) -> list[Token]:
    """spaCy's tokens for ``text`` as plain values."""
    doc = get_nlp().make_doc(text)
    # Each token's start, length and whether a space follows, three numbers after three:
    # one flat list of whole numbers, read by index, costs far less than a list per token.
    spans = cast(list[int], doc.to_array([IDX, LENGTH, SPACY]).ravel().tolist())
    folded = text.casefold().replace("\u2019", "'")
    # ``tuple.__new__`` from a plain tuple, all in C, costs a fraction of ``Token(...)``.
    make = tuple.__new__
    tokens: list[Token] = []
    if len(folded) != len(text):
        # Folding changed the length ("ß" is "ss"): fold token by token.
        for n in range(0, len(spans), 3):
            start = spans[n]
            raw = text[start : start + spans[n + 1]]
            lower = raw.casefold().replace("\u2019", "'")
            tokens.append(make(Token, (raw, lower, start, spans[n + 2] != 0)))
        return tokens
    # Folding the whole text once is cheaper than token by token, and the same.
    for n in range(0, len(spans), 3):
        start = spans[n]
        end = start + spans[n + 1]
        tokens.append(make(Token, (text[start:end], folded[start:end], start, spans[n + 2] != 0)))
    return tokens


@lru_cache(maxsize=64)
def normal_text(text: str) -> str:
    """``text`` case-folded, with typographic apostrophes and runs of white space made plain.

    Kept for the last few texts: a mail's own text is folded by several checks."""
    return " ".join(text.casefold().replace("\u2019", "'").split())


_WORD = re.compile(r"\w+")
# Each character of one byte (Latin-1) as itself where ``\\w`` finds it, else a space.
_SPACED_BYTES = bytes(code if _WORD.match(chr(code)) else 0x20 for code in range(256))


@lru_cache(maxsize=8)
def words_in(folded: str) -> frozenset[str]:
    """The words of a folded text, runs of ``\\w``, kept for the last few texts: each look
    whether a mail may hold a cue reads the same ones.

    Most mail is written in characters of one byte: each character no word holds is made
    a space, byte by byte, and the words are what is left between spaces, several times
    cheaper than finding each run; other text is searched for its runs."""
    try:
        raw = folded.encode("latin-1")
    except UnicodeEncodeError:
        return frozenset(_WORD.findall(folded))
    return frozenset(raw.translate(_SPACED_BYTES).decode("latin-1").split())


def may_hold(needs: frozenset[str] | None, folded: str) -> bool:
    """Whether a regex of phrases each holding one of ``needs`` as a word of its own
    (``needed_words``) may find one in ``folded``: a text holding none needs no search."""
    return needs is None or not needs.isdisjoint(words_in(folded))


def without_accents(text: str) -> str:
    """``text`` without its accents, as addresses spell names ("inês" -> "ines")."""
    if text.isascii():
        # Nothing to decompose: most words and names.
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
