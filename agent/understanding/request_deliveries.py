"""Where the writer says an introduction is to be sent ("Kindly send the introduction to
the Principal's own email, principal@...", "Merci d'envoyer la mise en relation à
l'adresse du Directeur", "envía la presentación al correo del Rector", "schicken Sie die
Vorstellung an die E-Mail-Adresse des Direktors", "envie a apresentação para o e-mail do
Diretor", "tuma utambulisho kwa barua pepe ya Mkuu wa Shule").

Such a clause says where mail goes, not who is introduced: a lead of ``delivery_leads``
(a verb of sending, the intro or "it", and the word "to") followed, within a few words and
before any mark, by a word of an address (``delivery_nouns``: "email", "address",
"adresse", "correo", "E-Mail", "endereço", "barua pepe"). No phrasing opening in it reads
a party ("introduction to the Principal's ..."), and the address it gives, when it is no
party's, leaves the request to be asked about: the agent writes to the parties' own
addresses, not where the writer asked. "Please send an introduction to Ngozi Eze
(ngozi@...)" names a person, no address word, and is read as ever; so is "to Ngozi Eze at
her work email", where a place word ("at") comes first.
"""

from __future__ import annotations

import re

from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import ADDRESS, may_hold

# What the words after a lead run up to: a mark that ends the phrase naming where to
# send ("the Principal's own email, principal@..."), a bracket, or a line's end.
_RUN_END = re.compile(r"[,;:()<>\[\]!?\n]|\.\s")
# How far the run after a lead is looked at: a phrase naming an address is short.
_RUN_REACH = 80
# How many words may come before the address word ("the Principal's own email" is three,
# "die E-Mail-Adresse" one): more, and the words name someone rather than an address.
_NOUN_REACH = 4
# Where the sentence of a delivery ends, for the address it gives.
_SENTENCE_END = re.compile(r"\n|[.!?](?=\s)")
_WORD = re.compile(r"[\w'-]+")


def delivery_spans(folded: str, rules: Rules) -> list[tuple[int, int]]:
    """The spans of ``folded`` (normal text) that say where an intro is sent, from the
    lead's first word to the address word ("send the introduction to the principal's own
    email")."""
    if not may_hold(rules.delivery_lead_needs, folded):
        # Most mail holds none of the leads' words: no search is needed.
        return []
    spans: list[tuple[int, int]] = []
    for lead in rules.delivery_lead_re.finditer(folded):
        stop = _run_end(folded, lead.end(), rules)
        noun = rules.delivery_noun_re.search(folded, lead.end(), stop)
        if noun is None:
            continue
        before = _WORD.findall(folded, lead.end(), noun.start())
        if len(before) > _NOUN_REACH or not rules.place_words.isdisjoint(before):
            # "to Ngozi Eze at her work email": a person, then where to reach her.
            continue
        spans.append((lead.start(), noun.end()))
    return spans


def _run_end(folded: str, at: int, rules: Rules) -> int:
    """Where the words after a lead at ``at`` end: at a mark, or a full stop that ends no
    title ("to Mr. Bakare's own email" runs on past "Mr.")."""
    stop = min(len(folded), at + _RUN_REACH)
    for end in _RUN_END.finditer(folded, at, stop):
        words = _WORD.findall(folded, at, end.start())
        if end.group(0)[0] == "." and words and words[-1] in rules.titles:
            continue
        return end.start()
    return stop


def delivery_addresses(folded: str, rules: Rules) -> frozenset[str]:
    """The addresses the sentences of ``folded`` (normal text) say an intro is sent to,
    each written after the phrase naming it in its sentence ("..., principal@...")."""
    found: set[str] = set()
    for _, end in delivery_spans(folded, rules):
        close = _SENTENCE_END.search(folded, end)
        stop = close.start() if close is not None else len(folded)
        found.update(a.group(0).rstrip(".") for a in ADDRESS.finditer(folded, end, stop))
    return frozenset(found)
