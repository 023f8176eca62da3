"""The shared tokenizer's tokens as plain values, and text folded for phrase search."""

from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import IDX, LENGTH, SPACY

from agent.understanding.nlp import get_nlp


class Token(NamedTuple):
    """A token of spaCy's tokenizer, as plain values (much cheaper than ``spacy.Token``)."""

    text: str
    lower: str
    idx: int
    space: bool


def spacy_tokens(text: str) -> list[Token]:
    """The shared tokenizer's tokens for ``text``."""
    doc = get_nlp().make_doc(text)
    spans = doc.to_array([IDX, LENGTH, SPACY]).tolist()
    folded = text.casefold().replace("\u2019", "'")
    # ``_make`` from a plain tuple costs half of calling ``Token(...)`` for each token.
    make = Token._make
    if len(folded) != len(text):
        # Folding changed the length ("ß" is "ss"): fold token by token.
        return list(
            map(
                make,
                [
                    (raw, raw.casefold().replace("\u2019", "'"), start, space != 0)
                    for start, length, space in spans
                    for raw in (text[start : start + length],)
                ],
            )
        )
    # Folding the whole text once is cheaper than token by token, and the same.
    return list(
        map(
            make,
            [
                (text[start : start + length], folded[start : start + length], start, space != 0)
                for start, length, space in spans
            ],
        )
    )


def normal_text(text: str) -> str:
    """``text`` case-folded, with typographic apostrophes and runs of white space made plain."""
    return " ".join(text.casefold().replace("\u2019", "'").split())
