"""A hold asked for while someone else's answer is awaited.

"I'll put this to him tonight and get back to you with his answer. Please don't connect
anyone in the meantime.", "Se lo comento a mi socia y te digo algo. Por ahora no hagas
nada": the one who writes passes the question on, and asks that nothing be done until
the answer comes. The "don't" holds the introduction back for the
time being; it is no refusal of it, and no answer yet.
"""

from __future__ import annotations

from agent.understanding.reply_phrases import PhraseBook, Reading
from agent.understanding.reply_words import _holds, _sentence_end, _sentence_start


def _held_for_answer(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where each refusal stands that holds the introduction back until an answer comes:
    a "no" phrase whose sentence holds one of the hold_words ("in the meantime", "for
    now", "yet", "de momento", "en attendant", "vorerst", "por enquanto", "kwa sasa"),
    after a promise to pass the question on to someone or to come back with their
    answer: a hedge of the approvals ("check with", "lo hablo con") or one of the
    answer_relays ("get back to you with his answer", "os digo algo", "je lui en parle",
    "ich frage sie", "falo com ela", "nitamuuliza") before the refusal's sentence; and
    no yes anywhere; the approval not told in the past. "Please don't connect anyone in
    the meantime." alone, "I had to check with my wife. Sorry, not for now.", "I'll let
    you know. Not for now, thanks." (the writer's own answer to come), "I asked her: not for
    now, sorry." (nothing passed on before it) and "Let me ask her. Actually, no." (no
    hold) still refuse."""
    if not book.hold_words or any(p.label == "yes" for p in reading.phrases):
        return frozenset()
    tokens = reading.tokens
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "no":
            continue
        start = _sentence_start(reading, phrase.start)
        sentence = tuple(
            t for t in tokens[start : _sentence_end(reading, phrase.start)] if t.strip()
        )
        if not any(_holds(sentence, words) for words in book.hold_words):
            continue
        before = tuple(t for t in tokens[:start] if t.strip())
        if any(
            p.label == "hedge"
            and p.end <= start
            and p.text in book.approvals
            and not _told_in_past(reading, p.start, book)
            for p in reading.phrases
        ) or any(_holds(before, words) for words in book.answer_relays):
            out.add(phrase.start)
    return frozenset(out)


def _told_in_past(reading: Reading, index: int, book: PhraseBook) -> bool:
    """Whether the sentence at ``index`` tells of the past ("I had to check with my wife"):
    the question was put already, and what follows is the answer."""
    start, end = _sentence_start(reading, index), _sentence_end(reading, index)
    return any(book.is_past(t) for t in reading.tokens[start:end])
