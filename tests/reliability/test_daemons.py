"""The daemon on the shared stack: two started at once, and the inbox's UIDVALIDITY
changed under a running daemon (Dovecot ends the session; the daemon reconnects).
"""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.mailstack import MailStack
from tests.reliability.agent_world import REQUEST, AgentWorld

pytestmark = pytest.mark.integration


@pytest.fixture
def world(clean_mailstack: MailStack, tmp_path: Path) -> Iterator[AgentWorld]:
    yield AgentWorld(clean_mailstack, tmp_path)


def stop(daemon: subprocess.Popen[str]) -> tuple[int, str]:
    """SIGTERM, then the exit code and what it logged."""
    try:
        if daemon.poll() is None:
            daemon.send_signal(signal.SIGTERM)
        _, err = daemon.communicate(timeout=120)
    finally:
        if daemon.poll() is None:
            daemon.kill()
            daemon.wait()
    return daemon.returncode, err


def test_two_daemons_started_together_one_runs_and_nothing_is_done_twice(
    world: AgentWorld,
) -> None:
    first, second = world.daemon(), world.daemon()
    try:
        # Whichever loses the race for the store's lock exits at once.
        deadline = time.monotonic() + 120  # a hang guard
        while first.poll() is None and second.poll() is None:
            assert time.monotonic() < deadline, "both daemons are still running"
            time.sleep(0.2)
        loser = first if first.poll() is not None else second
        winner = second if loser is first else first
        assert loser.returncode == 1
        _, loser_err = loser.communicate(timeout=60)
        assert "lock" in loser_err.lower()
        world.send("carol", "Intro: Alice and Bob", REQUEST)
        # An opt-in each to Alice and Bob, and Carol's acknowledgement.
        for person in ("alice", "bob", "carol"):
            world.stack.wait_for_count(person, 1, timeout=120)
        world.mailbox("alice", settle=3.0)  # let anything extra arrive before counting
        for person in ("alice", "bob", "carol"):
            assert len(world.messages(person)) == 1, person
        code, err = stop(winner)
        assert code == 0, err[-3000:]
    finally:
        for proc in (first, second):
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def test_uidvalidity_change_under_a_running_daemon(world: AgentWorld) -> None:
    daemon = world.daemon()
    try:
        request = world.send("carol", "Intro: Alice and Bob", REQUEST)
        world.stack.wait_for_count("alice", 1, timeout=120)
        world.stack.wait_for_count("bob", 1, timeout=120)
        (opt_a,) = world.new_mail("alice", 1)
        (opt_b,) = world.new_mail("bob", 1)
        client = world.stack.login("intros")
        try:
            status = client.folder_status("INBOX", [b"UIDVALIDITY"])
        finally:
            client.logout()
        # As a server restored from a backup would: new UIDVALIDITY, and the request,
        # already handled, back in the inbox under a new UID.
        world.stack.set_uidvalidity("intros", int(status[b"UIDVALIDITY"]) + 1000)
        world.deliver(request, "carol", ["intros"])
        world.reply("alice", opt_a, "Yes, gladly!")
        world.reply("bob", opt_b, "Yes please.", style="outlook")
        world.stack.wait_for_count("alice", 2, timeout=180)
        world.stack.wait_for_count("bob", 2, timeout=180)
        world.mailbox("alice", settle=3.0)
        assert daemon.poll() is None
        code, err = stop(daemon)
    finally:
        if daemon.poll() is None:
            daemon.kill()
            daemon.wait()
    assert code == 0, err[-3000:]
    for person in ("alice", "bob"):
        got = world.messages(person)
        assert len(got) == 2, person
        assert str(got[1]["Subject"]).startswith("Introduction"), person
    assert world.stack.uids("intros") == []
    assert "mail server unavailable" in err and "connection restored" in err
