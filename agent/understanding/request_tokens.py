"""The shared tokenizer's tokens as plain values, and text folded for phrase search."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple, cast

from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokenizer import Tokenizer

from agent.understanding.nlp import get_nlp

# Folded text and its words, found here by the modules that read tokens too.
from agent.understanding.word_sets import normal_text as normal_text
from agent.understanding.word_sets import words_in as words_in


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
    """``spacy_tokens`` of two texts, a mail's text and its subject."""
    return spacy_tokens(first), spacy_tokens(second)


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
    if _glued_in(text):
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


def _glued_in(text: str) -> bool:
    """Whether ``_GLUED_IN_TEXT`` finds a name glued to an address in ``text``, searched
    for only in the run of text without a space or line break before each "@": what it
    finds holds neither and ends at an "@", and trying it at each letter of every word
    costs far more than finding the few "@"."""
    sign = text.find("@")
    while sign >= 0:
        start = max(text.rfind(" ", 0, sign), text.rfind("\n", 0, sign)) + 1
        if _GLUED_IN_TEXT.search(text, start, sign + 1) is not None:
            return True
        sign = text.find("@", sign + 1)
    return False


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


# A piece of text without a blank as the tokenizer parts it: each token's text, its
# folded text, where it starts in the piece, and whether a space follows it there.
Piece = tuple[tuple[str, str, int, bool], ...]
# The pieces read so far, and how many are kept: mail repeats its words, and looking a
# piece up costs a fraction of the tokenizer's own reading of a whole text.
_PIECES: dict[str, Piece] = {}
MAX_PIECES = 50_000


def _tokens_of_piece(piece: str) -> Piece:
    """The tokenizer's tokens of ``piece`` alone, kept for the next time it is written."""
    if len(_PIECES) >= MAX_PIECES:
        _PIECES.clear()
    doc = get_nlp().make_doc(piece)
    spans = cast(list[int], doc.to_array([IDX, LENGTH, SPACY]).ravel().tolist())
    parts: list[tuple[str, str, int, bool]] = []
    for n in range(0, len(spans), 3):
        start = spans[n]
        raw = piece[start : start + spans[n + 1]]
        parts.append((raw, raw.casefold().replace("\u2019", "'"), start, spans[n + 2] != 0))
    found = tuple(parts)
    _PIECES[piece] = found
    return found


@lru_cache(maxsize=1)
def _special_pairs() -> frozenset[tuple[str, str]]:
    """Each two tokens that follow one another in a special case the tokenizer matches
    across tokens (":)" read as ":" and ")", "a." as "a" and "."): written on either side
    of one space, such tokens are matched in the whole text as they are not in either
    piece alone, so a text holding them is read whole."""
    shared = cast(Tokenizer, get_nlp().tokenizer)
    bare = Tokenizer(
        shared.vocab,
        rules={},
        prefix_search=shared.prefix_search,
        suffix_search=shared.suffix_search,
        infix_finditer=shared.infix_finditer,
        token_match=shared.token_match,
        url_match=shared.url_match,
    )
    pairs: set[tuple[str, str]] = set()
    for special in shared.rules or {}:
        texts = [token.text for token in bare(special)]
        pairs.update(pairwise(texts))
    return frozenset(pairs)


@lru_cache(maxsize=1)
def _special_edges() -> dict[str, frozenset[str]]:
    """Under the last character of the first token of each of ``_special_pairs``, the
    first characters of the second: two words, one space apart, that do not meet on such
    characters hold no special case across the space."""
    edges: dict[str, set[str]] = {}
    for first, second in _special_pairs():
        edges.setdefault(first[-1], set()).add(second[0])
    return {last: frozenset(following) for last, following in edges.items()}


def _special_across(before: str, after: str) -> bool:
    """Whether a special case may be read across the space between two words: the
    tokenizer's last token of ``before`` and first of ``after`` may follow one another
    in one. The tokens before special cases are applied are affixes cut from the word's
    ends, so a word that does not end (start) on the first (second) of a pair holds none."""
    return any(
        before.endswith(first) and after.startswith(second) for first, second in _special_pairs()
    )


def _blank_tokens(tokens: list[Token], blank: str, at: int) -> None:
    """Add to ``tokens`` those of a run of blanks that starts at ``at``."""
    make = tuple.__new__
    for raw, lower, start, space in _PIECES.get(blank) or _tokens_of_piece(blank):
        tokens.append(make(Token, (raw, lower, at + start, space)))


def _spacy_tokens(text: str) -> list[Token]:
    """spaCy's tokens for ``text`` as plain values.

    The tokenizer parts a text at every change between blank and not and reads each
    part alone (a single space after a word is no token, only that word's ``space``), so
    the tokens of each part are read once and kept: a text's tokens are then those of its
    parts, moved to where each stands. The one thing read across parts, a special case
    of several tokens on both sides of a space, sends the text to the tokenizer whole."""
    tokens: list[Token] = []
    append = tokens.append
    # ``tuple.__new__`` from a plain tuple, all in C, costs a fraction of ``Token(...)``.
    make = tuple.__new__
    pieces = _PIECES
    edges = _special_edges()
    size = len(text)
    end = 0
    last = ""
    for word in text.split():
        start = text.find(word, end)
        if start != end:
            # The blanks before the word: a single space after a word is no token.
            if end == 0:
                _blank_tokens(tokens, text[:start], 0)
                last = ""
            elif text[end] != " ":
                _blank_tokens(tokens, text[end:start], end)
                last = ""
            elif start > end + 1:
                _blank_tokens(tokens, text[end + 1 : start], end + 1)
                last = ""
        parts = pieces.get(word)
        if parts is None:
            parts = _tokens_of_piece(word)
        if last:
            # The characters after the last word's end that a special case may go on
            # with: most words end on none.
            following = edges.get(last[-1])
            if following is not None and word[0] in following and _special_across(last, word):
                return _doc_tokens(text)
        end = start + len(word)
        # A look at one character, not ``startswith`` from a position (a method call).
        space = end < size and text[end] == " "
        if len(parts) == 1:
            # Most words are one token: the word itself.
            append(make(Token, (word, parts[0][1], start, space)))
            last = word if space else ""
            continue
        for raw, lower, at, spaced in parts[:-1]:
            append(make(Token, (raw, lower, start + at, spaced)))
        raw, lower, at, _ = parts[-1]
        append(make(Token, (raw, lower, start + at, space)))
        last = word if space else ""
    if end < len(text):
        # The blanks after the last word (or a text of blanks only).
        if end == 0:
            _blank_tokens(tokens, text, 0)
        elif text[end] != " ":
            _blank_tokens(tokens, text[end:], end)
        elif end + 1 < len(text):
            _blank_tokens(tokens, text[end + 1 :], end + 1)
    return tokens


def _doc_tokens(text: str) -> list[Token]:
    """spaCy's tokens for ``text`` as plain values, the tokenizer reading it whole."""
    doc = get_nlp().make_doc(text)
    # Each token's start, length and whether a space follows, three numbers after three:
    # one flat list of whole numbers, read by index, costs far less than a list per token.
    spans = cast(list[int], doc.to_array([IDX, LENGTH, SPACY]).ravel().tolist())
    make = tuple.__new__
    tokens: list[Token] = []
    for n in range(0, len(spans), 3):
        start = spans[n]
        raw = text[start : start + spans[n + 1]]
        # Folded token by token: folding goes a character at a time, so this is the
        # whole text's folding cut at the token, also where it changed a length ("ß").
        lower = raw.casefold().replace("\u2019", "'")
        tokens.append(make(Token, (raw, lower, start, spans[n + 2] != 0)))
    return tokens


def may_hold(needs: frozenset[str] | None, folded: str) -> bool:
    """Whether a regex of phrases each holding one of ``needs`` as a word of its own
    (``needed_words``) may find one in ``folded``: a text holding none needs no search."""
    return needs is None or not needs.isdisjoint(words_in(folded))


# German letters as addresses spell them out ("jörg.müller@" as "joerg.mueller@",
# "strauß" as "strauss").
UMLAUTS_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def without_accents(text: str) -> str:
    """``text`` without its accents, as addresses spell names ("inês" -> "ines")."""
    if text.isascii():
        # Nothing to decompose: most words and names.
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
