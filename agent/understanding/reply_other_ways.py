"""A refusal of one channel of contact beside another way to meet offered.

"email meu eu não passo pra ninguém não, já tive problema com isso. Mas se a moça quiser
vir aqui na fazenda provar o queijo e conversar, a porteira tá aberta": the writer
refuses to hand over an address, not to meet, and invites the other to come by. That
is no plain no, and no yes either: unclear. The same shape in every language ("I don't
give my email to anyone. But if she wants to come by the farm, the gate is open", "mon
mail je ne le donne pas ... mais si elle veut passer à la ferme", "mi correo no lo doy
... pero si quiere venir a la finca", "meine E-Mail gebe ich nicht raus ... aber wenn
sie vorbeikommen will", "barua pepe yangu simpi mtu ... lakini kama anataka kuja
shambani").

A plain refusal of the channel ("No, I don't give my email to anyone.") still refuses,
and so does any refusal that names no channel ("No thanks. If she wants to come to the
open day, it's public"): only the channel was refused when the refusal names it.
"""

from __future__ import annotations

from collections.abc import Sequence

from agent.understanding.reply_phrases import PhraseBook, Reading
from agent.understanding.reply_words import _is_word, _sentences

__all__ = ["other_way_offered"]

# The wish stands at most this many words after the "if" ("se a moça quiser", German
# "wenn sie auf den Hof kommen will" putting it last), and the
# coming by at most this many after the wish ("quiser vir", "wants to come by").
_WISH_REACH = 6
_VISIT_REACH = 3


def _names_channel(reading: Reading, start: int, end: int, book: PhraseBook) -> bool:
    """Whether the sentence from ``start`` to ``end`` names a channel of contact: one of
    the address_nouns ("email", "número", "Adresse") or of the handover_things ("email
    yangu", "namba yangu"), which also name the Swahili ones."""
    tokens = reading.tokens
    words = tuple(tokens[i] for i in range(start, end) if _is_word(reading, i) and tokens[i] != "-")
    if not book.address_nouns.isdisjoint(words):
        return True
    return any(
        words[k : k + len(thing)] == thing
        for thing in book.handover_things
        for k in range(len(words) - len(thing) + 1)
    )


def _offers_visit(reading: Reading, start: int, end: int, book: PhraseBook) -> str | None:
    """The "if" of a sentence from ``start`` to ``end`` that invites the other to come
    by on their own wish ("if she wants to come by", "se a moça quiser vir", "si elle
    veut passer", "wenn sie vorbeikommen will", "kama anataka kuja"), or None: one of the
    conditionals, one of the wish_words at most a few words after it and one of the
    invitation_visits or invitation_comings at most a few words from the wish, either
    side of it (German puts the verb first: "kommen will"). Nothing in the sentence is
    negated or asked, and it holds no yes and no refusal: "if she wants to come, she
    can't before May" and "if she wants to come by, why not?" offer nothing plain."""
    tokens = reading.tokens
    if any(book.negates_at(reading, i) or tokens[i] == "?" for i in range(start, end)):
        return None
    inside = [p for p in reading.phrases if start <= p.start < end]
    if any(p.label in ("yes", "no", "question") for p in inside):
        return None
    words = [i for i in range(start, end) if _is_word(reading, i)]
    said = tuple(tokens[i] for i in words)
    visits = (*book.invitation_visits, *book.invitation_comings)
    for condition in inside:
        if condition.label != "hedge" or condition.text not in book.conditionals:
            continue
        after = [k for k, i in enumerate(words) if i >= condition.end]
        if not after:
            continue
        first = after[0]
        for w in range(first, min(len(said), first + _WISH_REACH)):
            if said[w] not in book.wish_words:
                continue
            low, high = max(first, w - _VISIT_REACH), min(len(said), w + _VISIT_REACH + 1)
            if any(
                said[k : k + len(visit)] == visit
                for visit in visits
                for k in range(low, high)
                if k != w
            ):
                return condition.text
    return None


def other_way_offered(
    reading: Reading, refusals: Sequence[int], yeses: Sequence[int], book: PhraseBook
) -> str | None:
    """Why refusals (at ``refusals``) that each name a channel of contact in their
    sentence, with no yes beside them, leave the reply unclear: a later sentence invites
    the other to come by ("Mas se a moça quiser vir aqui na fazenda ..."); None
    otherwise, the refusal standing."""
    if yeses or not refusals or book.wish_word_set.isdisjoint(reading.tokens):
        # With no word of wishing, no visit is offered on the other's wish.
        return None
    sentences = _sentences(reading)
    own = [next((s for s in sentences if s[0] <= at < s[1] + 1), None) for at in refusals]
    if any(s is None or not _names_channel(reading, s[0], s[1], book) for s in own):
        return None
    last = max(s[1] for s in own if s is not None)
    for start, end in sentences:
        if start <= last:
            continue
        condition = _offers_visit(reading, start, end, book)
        if condition is not None:
            return f"other-way:{condition}"
    return None
