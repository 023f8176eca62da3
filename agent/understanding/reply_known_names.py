"""Someone known only by name, which the introduction does not make needless.

"Sí, a Marta la conozco de nombre. Adelante.": knowing someone (knowing, a
hedge: the introduction may be needless) only by name or by hearsay is not having met
them; the knowing doubts nothing.
"""

from __future__ import annotations

from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading
from agent.understanding.reply_words import _clause_bounds, _holds


def _knows_by_name(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether knowing someone ("I know her", "la conozco", "ich kenne", "namjua") is
    knowing them only by name: one of the name_knowings ("by name", "de nom", "de
    nombre", "de oídas", "vom Namen", "de nome", "kwa jina") after it in its clause,
    with nothing negated and no question: "Yes, I know her by name", "je la connais de
    nom", "la conozco de nombre", "ich kenne sie nur vom Namen her", "conheço ela de
    nome", "namjua kwa jina", a yes standing after its clause ("Go ahead."). "I know her
    well", "I know her. By name, sadly, we never met" (another clause), "No la conozco de
    nombre", "¿La conoces de nombre?" and "Oui, je la connais de nom." (no yes after it)
    still doubt or read as before."""
    if phrase.text not in book.knowing or not book.name_knowings:
        return False
    first, last = _clause_bounds(reading, phrase.start, phrase.end)
    tokens = reading.tokens
    if last < len(tokens) and tokens[last] == "?":
        return False
    if any(book.negates_at(reading, i) for i in range(first, last)):
        return False
    if not any(p.label == "yes" and p.start >= last for p in reading.phrases):
        # "Yes, I know her by name.": the yes may answer whether they know her, not the
        # introduction; only a yes said after the knowing ("Go ahead.") agrees to it.
        return False
    after = tuple(t for t in tokens[phrase.end : last] if t.strip())
    return any(_holds(after, words) for words in book.name_knowings)
