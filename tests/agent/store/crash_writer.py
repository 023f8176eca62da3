"""Commit to a store in a loop until killed; the crash test's victim.

Usage: ``python crash_writer.py STORE [MAX_COMMITS]``. Every commit is one transaction
that rewrites all ``intros`` documents (large, tagged with the generation), puts one
``outbox`` mail and deletes another, and records the generation in ``meta/gen``. After
each commit returns, the generation is printed on its own line, so the test knows a
state the store must hold at least. Compaction is due every few commits, so kills land
in journal appends and in snapshot writes alike.
"""

from __future__ import annotations

import sys

from agent.store import TinyDBStore

INTROS = 40
BODY_BYTES = 25_000
MAILS = 7
COMPACT_AT_BYTES = 3_000_000


def intro(generation: int, number: int) -> dict[str, object]:
    """The document ``intro-<number>`` holds after commit ``generation``."""
    return {
        "gen": generation,
        "status": "asked" if (generation + number) % 2 else "accepted",
        "body": f"{generation}:{number}:" + "x" * BODY_BYTES,
    }


def expected_outbox(generation: int) -> dict[str, dict[str, object]]:
    """The whole outbox table after commits 1..generation."""
    outbox: dict[str, dict[str, object]] = {}
    for n in range(1, generation + 1):
        outbox[f"mail-{n % MAILS}"] = {"gen": n, "state": "pending"}
        outbox.pop(f"mail-{(n + 3) % MAILS}", None)
    return outbox


def main(argv: list[str]) -> int:
    """Open the store, then commit generation after generation."""
    store = TinyDBStore(argv[1], compact_at_bytes=COMPACT_AT_BYTES)
    limit = int(argv[2]) if len(argv) > 2 else 10_000
    start = (store.get("meta", "gen") or {"n": 0})["n"]
    print(f"open {start}", flush=True)
    for generation in range(start + 1, start + 1 + limit):
        with store.transaction() as tx:
            for number in range(INTROS):
                tx.put("intros", f"intro-{number}", intro(generation, number))
            tx.put("outbox", f"mail-{generation % MAILS}", {"gen": generation, "state": "pending"})
            tx.delete("outbox", f"mail-{(generation + 3) % MAILS}")
            tx.put("meta", "gen", {"n": generation})
        print(generation, flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
