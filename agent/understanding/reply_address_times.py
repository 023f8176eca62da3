"""A time word after a yes that waits only for the writer to have the other's address.

"Ich schreibe Herrn Fonseca morgen selbst, sobald ich seine Adresse habe", "Yo le
escribo primero en cuanto tenga su correo", "I'll write to him as soon as I have his
address": the address is what the introduction sends, so such a time word waits for the
introduction agreed to and sets no condition on the yes. Its words are data in
``rules/replies/*.json``: address_haves, address_nouns, address_fillers, with the
other_possessives and own_subjects.
"""

from __future__ import annotations

from agent.understanding.reply_negation import _standing_yes_before
from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading

__all__ = ["waits_for_address"]

# The writer having the other's address after a time word takes at most this many
# words ("as soon as I have got his email address").
_ADDRESS_WORDS = 7


def waits_for_address(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a time word after a yes waits only for the writer to have the other's
    address: its clause, to its end, holds one of the address_haves ("have", "get",
    "tenga", "habe", "tiver"), one of the address_nouns ("address", "email", "correo",
    "Adresse", "contato") and one of the other_possessives ("his", "su", "seine",
    "dela"), and nothing but those, the writer (own_subjects) and the address_fillers
    (articles: "o contato dela"): "Ich schreibe Herrn Fonseca morgen selbst, sobald ich
    seine Adresse habe", "Yo le escribo primero en cuanto tenga su correo", "I'll write
    to him as soon as I have his address". The address is what the introduction sends,
    so the time word waits for the introduction agreed to, not a condition on the yes.
    A hyphen inside a compound ("E-Mail-Adresse") ends no clause. "once I have his
    CV", "once I have my boss's go-ahead", "once I don't have his address" and anything
    phrased in the clause still doubt."""
    if not _standing_yes_before(reading, phrase.start, book):
        return False
    tokens = reading.tokens
    words: list[str] = []
    i = phrase.end
    while i < len(tokens) and not (reading.breaks[i] and tokens[i] != "-"):
        if tokens[i].strip() and tokens[i] != "-":
            words.append(tokens[i])
        i += 1
    if not 0 < len(words) <= _ADDRESS_WORDS:
        return False
    allowed = (
        book.address_haves
        | book.address_nouns
        | book.other_possessives
        | book.own_subjects
        | book.address_fillers
    )
    if not (
        set(words) <= allowed
        and not book.address_haves.isdisjoint(words)
        and not book.address_nouns.isdisjoint(words)
        and not book.other_possessives.isdisjoint(words)
    ):
        return False
    return not any(
        p is not phrase and phrase.end <= p.start < i and p.label != "neutral"
        for p in reading.phrases
    ) and not any(book.negates_at(reading, k) for k in range(phrase.end, i))
