"""The weekly bar chart's scaling, for the text and the HTML part alike."""

from __future__ import annotations

import pytest

from agent.digest.chart import BLOCK, MIN_PERCENT, bars


def test_bars_scale_to_the_busiest_week() -> None:
    drawn = bars([("a", 0), ("b", 1), ("c", 4), ("d", 2)], width=24)
    assert [b.count for b in drawn] == [0, 1, 4, 2]
    assert [b.text for b in drawn] == ["", BLOCK * 6, BLOCK * 24, BLOCK * 12]
    assert [b.percent for b in drawn] == [0, 25, 100, 50]
    assert [b.label for b in drawn] == ["a", "b", "c", "d"]


def test_one_introduction_is_never_drawn_as_none() -> None:
    small, big = bars([("x", 1), ("y", 200)], width=24)
    assert small.text == BLOCK and small.percent == MIN_PERCENT
    assert big.text == BLOCK * 24 and big.percent == 100


def test_all_zero_and_empty() -> None:
    assert [(b.text, b.percent) for b in bars([("x", 0), ("y", 0)])] == [("", 0), ("", 0)]
    assert bars([]) == []


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        bars([("x", -1)])
    with pytest.raises(ValueError):
        bars([("x", 1)], width=0)
