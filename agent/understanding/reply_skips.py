"""The phrases a reply's reading passes over, and what each leaves in the evidence.

Before it reads a reply's phrases as answers, doubts and questions, the reader
(``replies._read_answer``) sets aside the ones that are something else: a "never" in a
story told ("We have never met"), a "no" that is part of a word ("a non-compete"), an
"if" offering a channel ("If it's easier, my WhatsApp is ..."). Its skip rules are tried
in one fixed order, and the first that covers a phrase decides what the phrase leaves
in the evidence ("past-story:never") and whether it still counts as a doubt or a
refusal where it stands.

``Skips`` is that ordered table. The reader claims phrases rule by rule, in the rules'
order; a phrase once claimed stays with the rule that claimed it first, so a later rule
never overrides an earlier one. A rule that runs a test on a phrase runs it only on the
phrases still free, so every test runs on the same phrases as in a chain of
``if ...: continue`` tried phrase by phrase, and no more often.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Final

from agent.understanding.reply_phrases import Phrase

__all__ = ["COUNTED_HEDGE", "COUNTED_REFUSAL", "NOTED", "Skips"]

# What a phrase set aside still counts, beside its evidence: nothing,
NOTED: Final = 0
# a doubt where it stands ("Yes, if I'm slow to reply, ask someone else"),
COUNTED_HEDGE: Final = 1
# a refusal where it stands ("thank you for your understanding", with no yes beside it).
COUNTED_REFUSAL: Final = 2


class Skips:
    """The phrases of one reading claimed so far, each by its index among the reading's
    phrases: the evidence label it leaves ("" for none) and what it still counts."""

    def __init__(self, phrases: tuple[Phrase, ...]) -> None:
        self.phrases = phrases
        self.claimed: dict[int, tuple[str, int]] = {}

    def free(self, *labels: str) -> list[tuple[int, Phrase]]:
        """The phrases no rule has claimed yet, in order, with their indices: those of
        one of ``labels``, or of any label when none is given."""
        return [
            (i, phrase)
            for i, phrase in enumerate(self.phrases)
            if i not in self.claimed and (not labels or phrase.label in labels)
        ]

    def claim(self, indices: Iterable[int], label: str, effect: int = NOTED) -> None:
        """Give the phrases at ``indices`` to one rule: ``label`` is what each leaves in
        the evidence ("" for nothing), ``effect`` what it still counts. A phrase claimed
        before keeps its first rule."""
        for i in indices:
            self.claimed.setdefault(i, (label, effect))

    def starts(
        self, starts: Collection[int], label: str, *labels: str, effect: int = NOTED
    ) -> None:
        """Claim, for ``label`` and ``effect``, the free phrases that start at one of
        ``starts``: those of one of ``labels``, or of any label when none is given."""
        if starts:
            self.claim(
                [i for i, phrase in self.free(*labels) if phrase.start in starts], label, effect
            )
