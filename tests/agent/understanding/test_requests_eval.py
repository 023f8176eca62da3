"""The labelled request set (tests/data/requests): its size, and floors on the measures.

The floors are the figures reached when they were set, rounded down; wrong confident
actions must stay at zero. See bench/requests_eval.py for what each measure means.
"""

from __future__ import annotations

import pytest

from bench import requests_eval

BENCH = requests_eval
FLOOR_CONFIDENT_RIGHT = 0.85
FLOOR_CONFIDENT_RIGHT_OF_CERTAIN = 0.98
FLOOR_HANDLED_RIGHT = 0.98
# The bar, over its "requests": every mail of the set, negatives and commands in.
FLOOR_CONFIDENT_RIGHT_OF_ALL = 0.90
FLOOR_FIELD = {
    "kind": 0.99,
    "a.email": 0.97,
    "b.email": 0.96,
    "command": 0.99,
    "context": 0.96,
    "more": 0.99,
}


@pytest.fixture(scope="module")
def report() -> object:
    folder = BENCH.DEFAULT_FOLDER
    # Speed is the bench's to print, not a test's to judge.
    return BENCH.score(BENCH.load_cases(folder), BENCH.agent_address(folder), timed=False)


def test_set_is_large_and_varied() -> None:
    cases = BENCH.load_cases(BENCH.DEFAULT_FOLDER)
    kinds = [case.expected["kind"] for case in cases]
    assert len(cases) >= 200
    assert kinds.count("not_a_request") >= 40
    assert kinds.count("command") >= 15
    other_languages = [c for c in cases if c.name.split("_")[0] in {"fr", "es", "de", "pt", "sw"}]
    assert len(other_languages) >= 25


def test_no_wrong_confident_actions(report: object) -> None:
    assert report.wrong_confident == []  # type: ignore[attr-defined]


def test_confident_and_right_floor(report: object) -> None:
    assert report.confident_right_share >= FLOOR_CONFIDENT_RIGHT  # type: ignore[attr-defined]
    assert report.confident_right_of_certain >= FLOOR_CONFIDENT_RIGHT_OF_CERTAIN  # type: ignore[attr-defined]
    assert report.handled_right_share >= FLOOR_HANDLED_RIGHT  # type: ignore[attr-defined]
    assert report.confident_right_of_all >= FLOOR_CONFIDENT_RIGHT_OF_ALL  # type: ignore[attr-defined]


def test_field_floors(report: object) -> None:
    fields = report.fields  # type: ignore[attr-defined]
    for name, floor in FLOOR_FIELD.items():
        assert fields[name].precision >= floor, name
        assert fields[name].recall >= floor, name
