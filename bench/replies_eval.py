"""Evaluate reading answers on the hand-labelled replies in tests/data/replies/.

Each NAME.eml has a NAME.expected.json with the right answer. Printed: accuracy,
precision and recall per answer, consent errors (a "no", "unclear" or
"auto_reply" read as "yes", the one mistake that must never happen) counted
separately, every miss, and the speed in replies per second on one core,
quote stripping included.

Run: .venv/bin/python bench/replies_eval.py [--quiet] [DIR]
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from agent.message import ParsedMessage, parse_message  # noqa: E402
from agent.understanding.replies import ReplyVerdict, classify_reply  # noqa: E402

DATA = REPO / "tests" / "data" / "replies"
ANSWERS = ("yes", "no", "unclear", "auto_reply")


@dataclass(frozen=True)
class Outcome:
    """One labelled reply and what was read from it."""

    name: str
    expected: str
    verdict: ReplyVerdict

    @property
    def right(self) -> bool:
        return self.verdict.answer == self.expected

    @property
    def consent_error(self) -> bool:
        return self.verdict.answer == "yes" and self.expected != "yes"


def load(folder: Path = DATA) -> list[tuple[str, ParsedMessage, str]]:
    """Every (name, parsed message, expected answer) in the folder."""
    cases = []
    for eml in sorted(folder.glob("*.eml")):
        expected = json.loads(eml.with_suffix(".expected.json").read_text(encoding="utf-8"))
        cases.append((eml.stem, parse_message(eml.read_bytes()), str(expected["answer"])))
    return cases


def evaluate(folder: Path = DATA) -> list[Outcome]:
    """Classify every labelled reply."""
    return [Outcome(name, expected, classify_reply(msg)) for name, msg, expected in load(folder)]


def accuracy(outcomes: list[Outcome]) -> float:
    return 100.0 * sum(o.right for o in outcomes) / len(outcomes) if outcomes else 0.0


def per_class(outcomes: list[Outcome]) -> dict[str, tuple[float, float, int]]:
    """answer -> (precision %, recall %, support)."""
    table = {}
    for answer in ANSWERS:
        said = [o for o in outcomes if o.verdict.answer == answer]
        truth = [o for o in outcomes if o.expected == answer]
        precision = 100.0 * sum(o.right for o in said) / len(said) if said else 100.0
        recall = 100.0 * sum(o.right for o in truth) / len(truth) if truth else 100.0
        table[answer] = (precision, recall, len(truth))
    return table


def speed(messages: list[ParsedMessage], seconds: float = 2.0) -> float:
    """Replies classified per second, quote stripping included, on this one process."""
    classify_reply(messages[0])
    done = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for message in messages:
            classify_reply(message)
        done += len(messages)
    return done / (time.perf_counter() - started)


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")]
    folder = folders[0] if folders else DATA
    outcomes = evaluate(folder)
    errors = [o for o in outcomes if o.consent_error]
    print(f"replies: {len(outcomes)}  accuracy: {accuracy(outcomes):.1f}%")
    print(f"consent errors (no/unclear/auto_reply read as yes): {len(errors)}")
    for kind, count in sorted(Counter(o.expected for o in errors).items()):
        print(f"  {kind} read as yes: {count}")
    for answer, (precision, recall, support) in per_class(outcomes).items():
        print(f"  {answer:10} precision {precision:5.1f}%  recall {recall:5.1f}%  n={support}")
    if not quiet:
        for o in outcomes:
            if not o.right:
                print(f"MISS {o.name}: expected {o.expected}, read {o.verdict.answer}")
                print(f"     text={o.verdict.text[:120]!r} evidence={o.verdict.evidence}")
    rate = speed([msg for _, msg, _ in load(folder)])
    print(f"speed: {rate:,.0f} replies/s (one core, quote stripping included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
