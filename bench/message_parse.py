"""How fast agent.message parses: messages per second, typical mail and the corpora.

Run from the repository root: ``python bench/message_parse.py``. It prints figures for
the hand-written fixtures (small typical replies), for the public corpora when
``../shared/corpora`` exists, and for the standard library's parser and mail-parser on
the same typical messages, which is what the message model is measured against.
"""

from __future__ import annotations

import email
import email.policy
import logging
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from agent.message import parse_message  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "messages"
CORPORA = (REPO / ".." / "shared" / "corpora").resolve()


def rate(messages: Sequence[bytes], parse: Callable[[bytes], object], seconds: float) -> float:
    """Messages per second over repeated passes lasting about ``seconds``."""
    count = 0
    started = time.perf_counter()
    while True:
        for raw in messages:
            parse(raw)
        count += len(messages)
        elapsed = time.perf_counter() - started
        if elapsed >= seconds:
            return count / elapsed


def main() -> None:
    typical = [path.read_bytes() for path in sorted(FIXTURES.glob("*.eml"))]
    size = sum(map(len, typical)) / len(typical)
    gmail = (FIXTURES / "gmail_reply.eml").read_bytes()
    print(f"typical fixtures ({len(typical)} messages, {size:.0f} bytes on average):")
    print(f"  parse_message          {rate(typical, parse_message, 2.0):9.0f} msg/s")
    per_gmail = 1e6 / rate([gmail], parse_message, 1.0)
    print(f"  gmail_reply.eml ({len(gmail)} bytes): {per_gmail:.0f} us per message")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.getLogger("mailparser").setLevel(logging.CRITICAL)
        compat32 = email.policy.compat32
        default = email.policy.default
        print("  for comparison, on the same messages:")
        print(
            "  stdlib compat32 parse  "
            f"{rate(typical, lambda r: email.message_from_bytes(r, policy=compat32), 1.0):9.0f}"
            " msg/s (structure only, nothing decoded)"
        )
        print(
            "  stdlib default parse   "
            f"{rate(typical, lambda r: email.message_from_bytes(r, policy=default), 1.0):9.0f}"
            " msg/s (structure only, nothing decoded)"
        )
        try:
            import mailparser

            print(
                "  mailparser.parse_from_bytes "
                f"{rate(typical, mailparser.parse_from_bytes, 1.0):6.0f} msg/s"
            )
        except ImportError:
            print("  mail-parser not installed")

    if not CORPORA.is_dir():
        print(f"corpora not found at {CORPORA}; skipped")
        return
    corpus = [path.read_bytes() for path in sorted(CORPORA.rglob("*")) if path.is_file()]
    total = sum(map(len, corpus))
    started = time.perf_counter()
    for raw in corpus:
        parse_message(raw)
    elapsed = time.perf_counter() - started
    print(
        f"corpora ({len(corpus)} files, {total / 1e6:.1f} MB, up to 3 MB each): "
        f"{len(corpus) / elapsed:.0f} msg/s, {total / elapsed / 1e6:.1f} MB/s"
    )
    small = [raw for raw in corpus if len(raw) <= 8192]
    print(
        f"corpora files up to 8 KB ({len(small)} files): "
        f"{rate(small, parse_message, 2.0):.0f} msg/s"
    )


if __name__ == "__main__":
    main()
