"""The hand-labelled replies in tests/data/replies/: no consent errors, and a floor.

A consent error (a "no", "unclear" or automatic reply read as "yes") would
introduce someone who did not agree; there must be none. The accuracy floor is the
level reached when it was set, rounded down.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bench import replies_eval

ACCURACY_FLOOR = 99.0
DATA = Path(__file__).resolve().parents[2] / "data" / "replies"


BENCH = replies_eval


def _labels() -> list[dict[str, str]]:
    return [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(DATA.glob("*.expected.json"))
    ]


def test_the_set_is_large_and_varied() -> None:
    labels = _labels()
    assert len(labels) == len(list(DATA.glob("*.eml"))) >= 200
    answers = Counter(label["answer"] for label in labels)
    assert set(answers) == {"yes", "no", "unclear", "auto_reply"}
    other_languages = [label for label in labels if label.get("language", "en") != "en"]
    assert len(other_languages) >= 30
    assert len({label["language"] for label in other_languages}) == 5
    hard = [label for label in labels if "hard" in label["note"]]
    assert len(hard) >= 40


def test_no_consent_errors_and_accuracy_floor() -> None:
    outcomes = BENCH.evaluate(DATA)
    errors = [o.name for o in outcomes if o.consent_error]
    score = BENCH.accuracy(outcomes)
    misses = [f"{o.name}: {o.expected} read as {o.verdict.answer}" for o in outcomes if not o.right]
    print(f"{len(outcomes)} replies, accuracy {score:.1f}%, consent errors {len(errors)}")
    assert errors == []
    assert score >= ACCURACY_FLOOR, misses
