"""The weekly bar chart as data both templates can draw: a text bar and a width in percent.

The text part draws each bar with block characters; the HTML part gives a table cell
that width and a background colour, which every mail client shows without images,
scripts or style sheets. Bars are scaled to the busiest week; a week with any count
gets at least a sliver, so one introduction is never drawn as none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

TEXT_WIDTH = 24
BLOCK = "\u2588"
MIN_PERCENT = 2


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its count, the text bar and the HTML width in percent."""

    label: str
    count: int
    text: str
    percent: int


def bars(counts: Sequence[tuple[str, int]], width: int = TEXT_WIDTH) -> list[Bar]:
    """A bar per (label, count), scaled so the largest count fills ``width`` characters."""
    if width < 1:
        raise ValueError("width must be at least 1")
    if any(n < 0 for _, n in counts):
        raise ValueError("counts must not be negative")
    top = max((n for _, n in counts), default=0)
    out: list[Bar] = []
    for label, n in counts:
        if n == 0 or top == 0:
            out.append(Bar(label, n, "", 0))
            continue
        # Round up, so any week with something shows at least one block.
        chars = -(-n * width // top)
        percent = max(MIN_PERCENT, (100 * n + top // 2) // top)
        out.append(Bar(label, n, BLOCK * chars, percent))
    return out
