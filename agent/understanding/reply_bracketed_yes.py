"""A yes in brackets after a refusal, owning up to what the writer just said of
themselves.

"Adoraria, mas não vai dar: estou de mudança em março (sim, de novo).": the "sim"
answers the writer's own aside, as "(yes, really)" does, and takes nothing of the refusal
back.
"""

from __future__ import annotations

from agent.understanding.reply_phrases import Reading
from agent.understanding.reply_words import _sentence_start

# Phrases inside the brackets, after the yes, that leave them an aside: none that
# answers, doubts, turns, puts off or asks.
_ASIDE_LABELS = frozenset({"neutral"})


def _bracketed_yeses(reading: Reading) -> frozenset[int]:
    """Where each yes stands that opens a bracket after a refusal and says nothing
    else: a yes of one word ("yes", "oui", "sí", "ja", "sim", "ndiyo") right after an
    opening bracket, the bracket closed later in the same sentence, words after the yes
    in it but no phrase other than neutral ones and no question mark, and a refusal (a
    "no" phrase) earlier in the reply: "I'd love to, but I can't: I'm away in March (yes,
    again).", "(sí, soy de esas)", "(ja, wirklich)". "I can't right now (yes, go ahead
    later)" holds more than the aside, "(yes?)" asks, "No (yes)." says nothing beside
    the yes, and "Happy to (yes, really)" holds no refusal."""
    tokens = reading.tokens
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "yes" or phrase.end - phrase.start != 1:
            continue
        if phrase.start == 0 or tokens[phrase.start - 1] != "(":
            continue
        close = next(
            (i for i in range(phrase.end, len(tokens)) if tokens[i] in "()" or "\n" in tokens[i]),
            None,
        )
        if close is None or tokens[close] != ")":
            continue
        said = [t for t in tokens[phrase.end : close] if any(ch.isalnum() for ch in t)]
        if "?" in tokens[phrase.end : close] or not said:
            # "No (yes).": the yes alone in the brackets says it again, or takes back.
            continue
        if any(
            phrase.end <= p.start < close and p.label not in _ASIDE_LABELS for p in reading.phrases
        ):
            continue
        if not any(p.label == "no" and p.end <= phrase.start for p in reading.phrases):
            continue
        # The bracket stands inside a sentence: a yes opening the reply's own first
        # sentence in brackets is no aside.
        if _sentence_start(reading, phrase.start - 1) == phrase.start - 1:
            continue
        out.add(phrase.start)
    return frozenset(out)
