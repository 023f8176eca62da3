"""``intro-agent run`` as a person runs it: a subprocess that serves mail until SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.real_world import RealWorld
from tests.mailstack import MailStack

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(clean_mailstack: MailStack, tmp_path: Path) -> RealWorld:
    return RealWorld(clean_mailstack, tmp_path)


@pytest.fixture
def daemon(world: RealWorld) -> Iterator[subprocess.Popen[str]]:
    env = {**os.environ, "INTRO_TEST_SMTP_PASSWORD": world.stack.password}
    proc = subprocess.Popen(
        [sys.executable, "-m", "agent", "run", "--config", str(world.config_path)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    yield proc
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def test_daemon_answers_new_mail_and_stops_cleanly_on_sigterm(
    world: RealWorld, daemon: subprocess.Popen[str]
) -> None:
    world.send(
        "carol",
        "Intro: Alice and Bob",
        "Please introduce Alice <alice@example.test> to Bob <bob@example.test>: "
        "Bob is hiring data engineers.",
    )
    # Nobody runs a pass by hand: the daemon sees the mail (IDLE) and asks both parties.
    world.stack.wait_for_count("alice", 1, timeout=60)
    world.stack.wait_for_count("bob", 1, timeout=60)
    assert len(world.stack.uids("intros", "Processed")) == 1
    daemon.send_signal(signal.SIGTERM)
    _, err = daemon.communicate(timeout=60)
    assert daemon.returncode == 0, err
    assert "stopped" in err
    assert "policy.authserv_id is not set" in err


def test_a_second_daemon_on_the_same_store_is_refused(
    world: RealWorld, daemon: subprocess.Popen[str]
) -> None:
    world.send("carol", "status", "status")
    world.stack.wait_for_count("carol", 1, timeout=60)
    env = {**os.environ, "INTRO_TEST_SMTP_PASSWORD": world.stack.password}
    second = subprocess.run(
        [sys.executable, "-m", "agent", "run", "--config", str(world.config_path)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert second.returncode == 1
    assert "lock" in second.stderr.lower()
    daemon.send_signal(signal.SIGINT)
    daemon.communicate(timeout=60)
    assert daemon.returncode == 0


def test_mail_arriving_during_a_pass_is_not_left_waiting(
    world: RealWorld, daemon: subprocess.Popen[str]
) -> None:
    # A burst: most of these arrive while the daemon is busy with the first ones, when
    # the server's announcement reaches no one listening; the daemon must look anyway.
    count = 12
    for n in range(count):
        world.send(
            "carol",
            f"Intro {n}",
            f"Please introduce Alice <alice+{n}@example.test> to Bob <bob+{n}@example.test>: "
            "they both work on data pipelines.",
        )
    # A hang guard well under the daemon's 25-minute IDLE slice.
    world.stack.wait_for_count("alice", count, timeout=120)
    world.stack.wait_for_count("bob", count, timeout=120)
    assert world.stack.uids("intros") == []
    daemon.send_signal(signal.SIGTERM)
    daemon.communicate(timeout=60)
    assert daemon.returncode == 0
