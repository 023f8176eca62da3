"""Per-mail time of ``message_bytes`` on a typical opt-in (text plus HTML).

Run from the repository root: ``.venv/bin/python -m bench.compose_speed [--count N]``.
Prints the median over several rounds of the time to turn one ``OutgoingMail`` into bytes.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime

from agent.mail.compose import OutgoingMail, make_message_id, message_bytes
from agent.message import Address
from agent.render import Renderer


def typical_opt_in() -> OutgoingMail:
    """An opt-in as the engine renders it: one party, Reply-To, text and HTML."""
    rendered = Renderer().render(
        "opt_in",
        {
            "party_name": "Alice Smith",
            "other_name": "Bob Jones",
            "requester_name": "Carol White",
            "agent_name": "Intro Agent",
            "intro_id": "k3x9q2",
            "context": "Bob is hiring a data engineer and Alice asked about roles like that.",
        },
    )
    return OutgoingMail(
        sender=Address("Intro Agent", "intros@example.test"),
        to=(Address("Alice Smith", "alice@example.test"),),
        reply_to=(Address("Intro Agent", "intros+k3x9q2@example.test"),),
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        message_id=make_message_id("intro1:opt-in:a:0", "example.test", "secret"),
        date=datetime(2026, 11, 28, 9, 30, tzinfo=UTC),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    mail = typical_opt_in()
    size = len(message_bytes(mail))
    per_mail = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for _ in range(args.count):
            message_bytes(mail)
        per_mail.append((time.perf_counter() - start) / args.count)
    ms = statistics.median(per_mail) * 1000
    print(f"message_bytes: {ms:.3f} ms per mail ({size} bytes, {args.count} x {args.rounds})")


if __name__ == "__main__":
    main()
