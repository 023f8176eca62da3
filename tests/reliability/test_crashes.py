"""SIGKILL at each crash point, then a normal run: nothing lost, nothing done twice.

Each test runs ``python -m agent once`` with ``INTRO_AGENT_CRASH_AT`` naming a point in
the engine (``agent/engine/crashpoints.py``), checks the process died there, runs again
without it, and reads the people's mailboxes and the agent's folders on the real stack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from agent.engine.tables import INTROS, PROCESSED
from agent.errors import StoreError
from agent.store import open_store
from tests.mailstack import MailStack
from tests.reliability.agent_world import DIGEST_SUBJECT, REQUEST, AgentWorld, message_ids, subjects

pytestmark = pytest.mark.integration


@pytest.fixture
def world(clean_mailstack: MailStack, tmp_path: Path) -> Iterator[AgentWorld]:
    yield AgentWorld(clean_mailstack, tmp_path)


def test_crash_after_smtp_accept_resends_with_the_same_message_id(world: AgentWorld) -> None:
    # The design (agent/engine/outbox.py): a crash between the server's accept and the
    # "sent" mark means one resend carrying the same bytes and Message-ID, never a loss.
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    world.crashed_once("after-smtp-accept")
    world.ok_once()
    world.ok_once()
    world.stack.wait_for_count("alice", 1)
    world.stack.wait_for_count("bob", 1)
    world.stack.wait_for_count("carol", 1)
    boxes = {p: world.messages(p) for p in ("alice", "bob", "carol")}
    # Exactly one mail per person was meant: one Message-ID each. The mail accepted
    # just before the kill arrives a second time under the same id, and so may any
    # other accepted on another connection at that moment (the three mails go out on
    # up to three connections), but none more than twice.
    counts = {p: message_ids(m) for p, m in boxes.items()}
    assert all(len(c) == 1 for c in counts.values()), counts
    copies = sorted(n for c in counts.values() for n in c.values())
    assert copies[-1] == 2 and all(n in (1, 2) for n in copies), counts
    for person, c in counts.items():
        for twice_id in (i for i, n in c.items() if n == 2):
            first, second = [r for r in world.raw_mailbox(person) if twice_id.encode() in r]
            # The same mail, byte for byte, apart from the trace fields the servers add.
            assert _as_sent(first) == _as_sent(second)
            assert b"Message-ID:" in _as_sent(first)
    store = world.open_store()
    try:
        states = {str(d["state"]) for d in store.all("outbox").values()}
    finally:
        store.close()
    assert states == {"sent"}


def _as_sent(raw: bytes) -> bytes:
    """``raw`` without the trace fields the servers put on top (Received and the like)."""
    trace = (b"return-path:", b"delivered-to:", b"received:")
    lines = raw.replace(b"\r\n", b"\n").split(b"\n")
    kept: list[bytes] = []
    dropping = False
    for i, line in enumerate(lines):
        if line == b"":
            return b"\n".join(kept + lines[i:])
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = line.lower().startswith(trace)
        if not dropping:
            kept.append(line)
    return b"\n".join(kept)


def test_crash_after_commit_before_move_does_nothing_twice(world: AgentWorld) -> None:
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    world.crashed_once("after-commit-before-move")
    # Committed, not moved. (Its mails may already be out: sending starts as soon as
    # the commit is durable, before the batch is moved.)
    assert len(world.stack.uids("intros")) == 1
    world.ok_once()
    world.ok_once()
    assert world.stack.uids("intros") == []
    assert len(world.stack.uids("intros", "Processed")) == 1
    world.stack.wait_for_count("alice", 1)
    world.stack.wait_for_count("bob", 1)
    for person in ("alice", "bob", "carol"):
        assert len(world.messages(person)) == 1, person
    store = world.open_store()
    try:
        assert len(store.all(INTROS)) == 1
        assert len(store.all(PROCESSED)) == 1
    finally:
        store.close()


def test_crash_before_commit_processes_the_message_once_on_the_next_run(
    world: AgentWorld,
) -> None:
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    world.crashed_once("before-commit")
    store = world.open_store()
    try:
        assert store.all(INTROS) == {} and store.all(PROCESSED) == {}
    finally:
        store.close()
    assert len(world.stack.uids("intros")) == 1
    world.ok_once()
    world.ok_once()
    assert world.stack.uids("intros") == []
    assert len(world.stack.uids("intros", "Processed")) == 1
    world.stack.wait_for_count("alice", 1)
    for person in ("alice", "bob", "carol"):
        assert len(world.messages(person)) == 1, person
    opt_in = world.messages("alice")[0]
    assert str(opt_in["Subject"]).startswith("Would you like an introduction to Bob")


def test_digest_exactly_once_per_week_across_a_crash(
    clean_mailstack: MailStack, tmp_path: Path
) -> None:
    world = AgentWorld(clean_mailstack, tmp_path, digest={"enabled": "true"})
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    summary = world.ok_once()
    # The acknowledgement, and this week's digest when the first pass is past its slot;
    # they go out on separate connections, so wait for both before counting.
    queued = re.search(r"digests (\d+)", summary)
    assert queued is not None, summary
    world.stack.wait_for_count("carol", 1 + int(queued[1]))
    before = world.messages("carol", digests=True)
    digests_before = len(subjects(before, DIGEST_SUBJECT))
    # Next Monday 09:00 is past the default slot (Monday 08:00 UTC): the week's digest is
    # queued and committed, and the process dies before sending anything.
    world.crashed_once("before-send", after=timedelta(days=7))
    world.ok_once()
    for hours in (1, 30, 60):
        world.ok_once(after=timedelta(hours=hours))
    world.stack.wait_for_count("carol", len(before) + 1)
    digests = subjects(world.messages("carol", digests=True), DIGEST_SUBJECT)
    assert len(digests) == digests_before + 1
    # The week after brings the next one, once.
    world.ok_once(after=timedelta(days=7))
    world.ok_once()
    world.stack.wait_for_count("carol", len(before) + 2)
    digests = subjects(world.messages("carol", digests=True), DIGEST_SUBJECT)
    assert len(digests) == digests_before + 2
    assert len(message_ids(digests)) == len(digests)


def test_torn_store_is_refused_and_never_replaced_by_an_empty_one(world: AgentWorld) -> None:
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    world.ok_once()
    data = world.store_path.read_bytes()
    torn = data[: len(data) // 2]
    world.store_path.write_bytes(torn)
    with pytest.raises(StoreError):
        open_store(world.store_path)
    done = world.run_once()
    assert done.returncode == 1
    assert "store" in done.stderr.lower() and "Traceback" not in done.stderr
    daemon = world.daemon()
    try:
        _, err = daemon.communicate(timeout=120)
    finally:
        if daemon.poll() is None:
            daemon.kill()
            daemon.wait()
    assert daemon.returncode == 1, err
    assert "store" in err.lower() and "Traceback" not in err
    # The damaged file is left as it was for a person to look at: never emptied.
    assert world.store_path.read_bytes() == torn
