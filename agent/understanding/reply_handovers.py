"""The writer's own contact handed to the other, read as a yes.

"Give her my address", "pass on my email", "donne-lui mon adresse", "mándale mi email
al Daniel", "Geben Sie ihm meine Adresse", "passa o meu email pra ele", "mpe anwani
yangu aniandikie": asking that the other be given the writer's address is the consent
itself, in whatever words it is said. The phrase lists hold a few such requests whole
("give her my number"); this reads the rest of their shapes from their parts
(handover_verbs, handover_leads, handover_recipients, handover_things in
``rules/replies/*.json``).

Only a request that opens its clause is read: at most a few handover_leads before it
("please", "you can", "tu peux", "puedes", "pode", "Sie können", "tafadhali"), none of
them a negator, so "please don't give her my email", "I never pass on my number" and
"before you give him my number" hand nothing over; in a sentence asked ("Can you give
her my email?") it asks. What the rest of the reply says still decides: "Give her my
email if she's legit" keeps its "if", "Give her my email, but not yet" its turn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.understanding.reply_phrases import Phrase, PhraseBook

# At most this many handover_leads open the clause before the request ("you can just").
_LEADS = 4
# At most this many handover_recipients stand between the verb and the contact ("him
# please"), or before the contact when the verb closes the clause ("ihm gerne").
_RECIPIENTS = 3
# A verb closing the clause after the contact ("meine Adresse weitergeben") stands at
# most this many words after it ("meine E-Mail-Adresse gerne weitergeben").
_VERB_TAIL = 3


def handover_yeses(
    phrases: tuple[Phrase, ...],
    tokens: tuple[str, ...],
    breaks: tuple[bool, ...],
    book: PhraseBook,
) -> tuple[Phrase, ...]:
    """The phrases with a yes added over each request that the writer's contact be
    handed to the other (see the module's docstring) that no phrase already covers."""
    if book.handover_verbs.isdisjoint(tokens):
        return phrases
    from agent.understanding.reply_phrases import Phrase

    added: list[Phrase] = []
    for start, end in _clauses(tokens, breaks):
        span = _request(list(range(start, end)), tokens, book)
        if span is None or _asked(tokens, breaks, end):
            continue
        first, last = span
        if any(p.start < last and first < p.end for p in (*phrases, *added)):
            continue
        # The leads before it free of any phrase are the request's own: "tu peux lui
        # donner mon e-mail" is the writer's, its "tu" and "lui" no subject of a yes
        # said for someone else.
        while (
            first > start
            and (not tokens[first - 1].strip() or _lead(tokens[first - 1], book))
            and not any(p.start < first and first - 1 < p.end for p in phrases)
        ):
            first -= 1
        while not tokens[first].strip():
            first += 1
        added.append(Phrase("yes", first, last, " ".join(tokens[first:last])))
    if not added:
        return phrases
    return tuple(sorted((*phrases, *added), key=lambda p: (p.start, p.end)))


def _clauses(tokens: tuple[str, ...], breaks: tuple[bool, ...]) -> list[tuple[int, int]]:
    """Each clause's start and end: the stretches between breaks, a hyphen inside a word
    ("donne-lui", "E-Mail") breaking none."""
    out: list[tuple[int, int]] = []
    start = 0
    for i, token in enumerate(tokens):
        if breaks[i] and token != "-":
            if start < i:
                out.append((start, i))
            start = i + 1
    if start < len(tokens):
        out.append((start, len(tokens)))
    return out


def _request(
    indexes: list[int], tokens: tuple[str, ...], book: PhraseBook
) -> tuple[int, int] | None:
    """Where the request stands in a clause (the indexes of its tokens), from its verb
    or contact to the end of the other, or None when the clause is no such request."""
    words = [i for i in indexes if tokens[i].strip() and tokens[i] != "-"]
    k = 0
    while k < len(words) and k < _LEADS and _lead(tokens[words[k]], book):
        k += 1
    if k >= len(words):
        return None
    if tokens[words[k]] in book.handover_verbs:
        # "give her my address", "mándale mi email", "mpe anwani yangu".
        verb = words[k]
        k += 1
        k = _past_recipients(words, k, tokens, book)
        size = _thing_at(words, k, tokens, book)
        if size is None or any(book.is_negator(tokens[i]) for i in words[k + size :]):
            # "Geben Sie meine Adresse bitte nicht weiter" keeps it back.
            return None
        return verb, words[k + size - 1] + 1
    # "Sie können ihm gern meine E-Mail-Adresse weitergeben": the verb closes the clause.
    k = _past_recipients(words, k, tokens, book)
    size = _thing_at(words, k, tokens, book)
    if size is None:
        return None
    tail = words[k + size :]
    if not tail or len(tail) > _VERB_TAIL or tokens[tail[-1]] not in book.handover_verbs:
        return None
    if any(book.is_negator(tokens[i]) for i in tail):
        return None
    return words[k], tail[-1] + 1


def _past_recipients(words: list[int], k: int, tokens: tuple[str, ...], book: PhraseBook) -> int:
    """The word after the few handover_recipients starting at the ``k``-th ("him",
    "ihm gerne", "pra")."""
    end = k
    while (
        end < len(words)
        and end - k < _RECIPIENTS
        and tokens[words[end]] in book.handover_recipients
    ):
        end += 1
    return end


def _lead(token: str, book: PhraseBook) -> bool:
    """Whether a word may open the clause before the request: a lead that negates
    nothing ("please", "pode", "tu peux"; never "don't", "pas")."""
    return token in book.handover_leads and not book.is_negator(token)


def _thing_at(words: list[int], k: int, tokens: tuple[str, ...], book: PhraseBook) -> int | None:
    """How many words of the writer's contact (handover_things: "my email", "mon
    adresse", "anwani yangu") start at the ``k``-th word, or None."""
    said = tuple(tokens[i] for i in words[k:])
    for thing in book.handover_things:
        if said[: len(thing)] == thing:
            return len(thing)
    return None


def _asked(tokens: tuple[str, ...], breaks: tuple[bool, ...], end: int) -> bool:
    """Whether the sentence a clause ending at ``end`` belongs to closes on a question
    mark ("Can you give her my email?")."""
    i = end
    while i < len(tokens):
        if tokens[i] == "?":
            return True
        if tokens[i] in (".", "!") or "\n" in tokens[i]:
            return False
        i += 1
    return False
