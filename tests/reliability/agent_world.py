"""The agent as a separate process against the real mail stack, and what the mailboxes hold.

Reliability tests run ``python -m agent once`` (or ``run``) exactly as a user would, so a
crash point can kill the process with SIGKILL and the next run has to recover from
whatever the store and the mailboxes hold. The people and their mail come from the
integration tests' ``RealWorld``; this module adds a config with chosen policy and
digest settings, the subprocess runs, and counts of what each person received.
"""

from __future__ import annotations

import email
import email.policy
import os
import signal
import subprocess
import sys
from collections import Counter
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

from agent.engine.tables import INDEXES
from agent.store import open_store
from agent.store.base import StateStore
from tests.integration.real_world import RealWorld

REPO = Path(__file__).resolve().parents[2]
KILLED = -signal.SIGKILL
# A hang guard, not a speed requirement: a pass loads spaCy and talks to two servers.
RUN_TIMEOUT = 300.0

DIGEST_SUBJECT = "Your week of introductions"
REQUEST = (
    "Hi,\n\nCould you please introduce Alice <alice@example.test> to Bob <bob@example.test>? "
    "Bob is hiring data engineers and Alice is looking for her next role.\n\nThanks!\nCarol\n"
)


class AgentWorld(RealWorld):
    """``RealWorld`` whose agent runs as a subprocess, with a config the test chooses."""

    @property
    def store_path(self) -> Path:
        return self.config.store.path

    def env(self, crash_at: str | None = None) -> dict[str, str]:
        env = {**os.environ, "INTRO_TEST_SMTP_PASSWORD": self.stack.password}
        env.pop("INTRO_AGENT_CRASH_AT", None)
        if crash_at is not None:
            env["INTRO_AGENT_CRASH_AT"] = crash_at
        return env

    def run_once(
        self, crash_at: str | None = None, after: timedelta = timedelta(minutes=1)
    ) -> subprocess.CompletedProcess[str]:
        """``python -m agent once`` at the world's clock, moved by ``after`` first."""
        self.now += after
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "agent",
                "once",
                "--config",
                str(self.config_path),
                "--now",
                self.now.isoformat(),
            ],
            cwd=REPO,
            env=self.env(crash_at),
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
            check=False,
        )

    def ok_once(self, after: timedelta = timedelta(minutes=1)) -> str:
        """A pass that must succeed; its summary line."""
        done = self.run_once(after=after)
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    def crashed_once(self, point: str, after: timedelta = timedelta(minutes=1)) -> None:
        """A pass that must die at ``point``."""
        done = self.run_once(crash_at=point, after=after)
        assert done.returncode == KILLED, (done.returncode, done.stderr[-3000:])

    def daemon(self, crash_at: str | None = None) -> subprocess.Popen[str]:
        """``python -m agent run`` in the background (the caller stops it)."""
        return subprocess.Popen(
            [sys.executable, "-m", "agent", "run", "--config", str(self.config_path)],
            cwd=REPO,
            env=self.env(crash_at),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

    def open_store(self) -> StateStore:
        """The agent's store, for reading between runs (the agent must not be running)."""
        return open_store(self.store_path, indexes=INDEXES)

    def raw_mailbox(self, person: str, folder: str = "INBOX") -> list[bytes]:
        """The exact bytes of every message in ``person``'s ``folder``, oldest first."""
        client = self.stack.login(person)
        try:
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search("ALL"))
            fetched = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
        finally:
            client.logout()
        return [bytes(fetched[uid][b"BODY[]"]) for uid in uids]

    def messages(
        self, person: str, folder: str = "INBOX", *, digests: bool = False
    ) -> list[EmailMessage]:
        """``person``'s mail, parsed; weekly digests only when asked for (they have their
        own test, and a requester gets one whenever a pass runs after the weekly slot)."""
        out = []
        for raw in self.raw_mailbox(person, folder):
            parsed = email.message_from_bytes(raw, policy=email.policy.default)
            assert isinstance(parsed, EmailMessage)
            if digests or not str(parsed["Subject"]).startswith(DIGEST_SUBJECT):
                out.append(parsed)
        return out


def message_ids(messages: list[EmailMessage]) -> Counter[str]:
    """How many copies of each Message-ID a mailbox holds."""
    return Counter(str(m["Message-ID"]) for m in messages)


def subjects(messages: list[EmailMessage], prefix: str) -> list[EmailMessage]:
    return [m for m in messages if str(m["Subject"]).startswith(prefix)]
