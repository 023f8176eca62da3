"""Servers that go away: Postfix or Dovecot stopped between passes, during a pass at the
worst moment, and under the running daemon. Nothing is lost and nothing is sent twice.

These tests stop servers, so they run against a mail stack of their own
(``tests/reliability/own_stack.py``), never the one other tests share.
"""

from __future__ import annotations

import signal
import socket
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from agent.engine.once import run_once
from agent.engine.tables import INTROS
from agent.errors import MailError
from agent.mail.imap_source import ImapSource
from agent.mail.smtp_sink import SmtpSink
from tests.mailstack import MailStack
from tests.reliability import own_stack as servers
from tests.reliability.agent_world import REQUEST, AgentWorld


@pytest.fixture
def world(own_stack: MailStack, tmp_path: Path) -> Iterator[AgentWorld]:
    yield AgentWorld(own_stack, tmp_path)


def each_got_one(world: AgentWorld) -> None:
    for person in ("alice", "bob", "carol"):
        world.stack.wait_for_count(person, 1)
    world.mailbox("alice", settle=1.0)  # let anything extra arrive before counting
    for person in ("alice", "bob", "carol"):
        assert len(world.messages(person)) == 1, person


def test_postfix_down_between_passes_then_back(world: AgentWorld) -> None:
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    servers.stop_postfix(world.stack)
    try:
        world.ok_once()  # read and committed; nothing can be sent
        assert len(world.stack.uids("intros", "Processed")) == 1
    finally:
        servers.start_postfix(world.stack)
    world.ok_once(after=timedelta(minutes=5))
    world.ok_once(after=timedelta(minutes=5))
    each_got_one(world)


def test_dovecot_down_between_passes_then_back(world: AgentWorld) -> None:
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    servers.stop_dovecot(world.stack)
    try:
        done = world.run_once()
        assert done.returncode == 1
        assert f"cannot connect to 127.0.0.1:{world.stack.imaps_port}" in done.stderr
        assert "Traceback" not in done.stderr
    finally:
        servers.start_dovecot(world.stack)
    world.ok_once()
    world.ok_once()
    each_got_one(world)


def test_imap_drop_after_commit_before_move(
    world: AgentWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTRO_TEST_SMTP_PASSWORD", world.stack.password)
    real_move = ImapSource.move_to_processed

    def drop_then_move(self: ImapSource, uids: list[int]) -> None:
        # The worst moment: committed, not moved. The server goes, and so does the line.
        servers.stop_dovecot(world.stack)
        self._require().socket().shutdown(socket.SHUT_RDWR)
        real_move(self, uids)

    world.send("carol", "Intro: Alice and Bob", REQUEST)
    monkeypatch.setattr(ImapSource, "move_to_processed", drop_then_move)
    try:
        with pytest.raises(MailError):
            run_once(world.config, world.now + timedelta(minutes=1))
    finally:
        servers.start_dovecot(world.stack)
    monkeypatch.setattr(ImapSource, "move_to_processed", real_move)
    assert len(world.stack.uids("intros")) == 1  # still there, already committed
    world.ok_once(after=timedelta(minutes=2))
    world.ok_once()
    assert world.stack.uids("intros") == []
    assert len(world.stack.uids("intros", "Processed")) == 1
    each_got_one(world)


def test_smtp_drop_in_the_middle_of_sending(
    world: AgentWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTRO_TEST_SMTP_PASSWORD", world.stack.password)
    real_send = SmtpSink.send
    sent: list[list[str]] = []

    async def drop_after_first(
        self: SmtpSink, message: bytes, *, sender: str, recipients: list[str]
    ) -> None:
        await real_send(self, message, sender=sender, recipients=recipients)
        sent.append(recipients)
        if len(sent) == 1:
            servers.stop_postfix(world.stack)  # accepted one; the server goes away

    world.send("carol", "Intro: Alice and Bob", REQUEST)
    monkeypatch.setattr(SmtpSink, "send", drop_after_first)
    # One connection, so that the mails after the first are not already in flight on
    # other connections when the server goes away.
    config = replace(world.config, smtp=replace(world.config.smtp, connections=1))
    try:
        report = run_once(config, world.now + timedelta(minutes=1))
    finally:
        servers.start_postfix(world.stack)
    monkeypatch.setattr(SmtpSink, "send", real_send)
    assert len(report.send.sent) == 1 and report.send.retried and not report.send.failed
    world.ok_once(after=timedelta(minutes=5))
    world.ok_once(after=timedelta(minutes=5))
    each_got_one(world)


def test_the_daemon_rides_out_a_restart_of_both_servers(world: AgentWorld) -> None:
    daemon = world.daemon()
    try:
        world.send("carol", "Intro: Alice and Bob", REQUEST)
        world.stack.wait_for_count("alice", 1, timeout=120)
        world.stack.wait_for_count("bob", 1, timeout=120)
        (opt_a,) = world.new_mail("alice", 1)
        (opt_b,) = world.new_mail("bob", 1)
        servers.restart(world.stack)
        world.reply("alice", opt_a, "Yes, gladly!")
        world.reply("bob", opt_b, "Yes please.")
        # The daemon reconnects on its own (backoff) and introduces them, once.
        world.stack.wait_for_count("alice", 2, timeout=180)
        world.stack.wait_for_count("bob", 2, timeout=180)
        time.sleep(2)
        assert daemon.poll() is None
        daemon.send_signal(signal.SIGTERM)
        _, err = daemon.communicate(timeout=120)
    finally:
        if daemon.poll() is None:
            daemon.kill()
            daemon.wait()
    assert daemon.returncode == 0, err[-3000:]
    intros = [m for m in world.messages("alice") if str(m["Subject"]).startswith("Introduction")]
    assert len(intros) == 1
    assert err.count("mail server unavailable") == 1, err[-3000:]
    assert "connection restored" in err
    store = world.open_store()
    try:
        (doc,) = store.all(INTROS).values()
    finally:
        store.close()
    assert doc["status"] == "completed"
