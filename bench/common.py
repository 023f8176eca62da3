"""Helpers the benchmarks share: the benchmark mail stack, request mails, mailbox watchers.

The benchmarks that talk to Dovecot and Postfix use their own instance of the loopback
stack (ports 11xxx, state in ``/tmp/intro-agent-bench-stack``) so that they neither
disturb nor are disturbed by test runs on the default instance. ``ensure_stack`` starts
it when it is not running.
"""

from __future__ import annotations

import email.policy
import os
import signal
import smtplib
import statistics
import subprocess
import threading
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from types import FrameType
from typing import Any

from imapclient import IMAPClient

from agent.engine.sending import MailSink
from tests.mailstack import START_SCRIPT, MailStack, port_open, read_env

REPO = Path(__file__).resolve().parent.parent
DEFAULT_STACK_DIR = Path("/tmp/intro-agent-bench-stack")
# Apart from the default instance's 10xxx ports, which the tests use.
BENCH_PORTS = {
    "MAILSTACK_IMAP_PORT": "11143",
    "MAILSTACK_IMAPS_PORT": "11993",
    "MAILSTACK_LMTP_PORT": "11024",
    "MAILSTACK_SMTP_PORT": "11025",
    "MAILSTACK_SUBMISSION_PORT": "11587",
    "MAILSTACK_SMTPS_PORT": "11465",
}
AGENT_USER = "intros"
REQUESTER = "carol"
# Party addresses use the stack's "+" delimiter: every pair is distinct, yet all
# opt-ins land in two inboxes that the watchers follow.
PARTY_A_USER = "alice"
PARTY_B_USER = "bob"


def exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit, so a stopped benchmark still stops what it started."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)


def default_env_file() -> Path:
    return DEFAULT_STACK_DIR / "mailstack.env"


def ensure_stack(env_file: Path) -> MailStack:
    """The stack described by ``env_file``, started first (as root) if it is not up."""
    if env_file.exists():
        stack = read_env(env_file)
        if stack.is_up():
            return stack
    environment = {**os.environ, **BENCH_PORTS}
    done = subprocess.run(
        ["bash", str(START_SCRIPT), str(env_file.parent)],
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{START_SCRIPT} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return read_env(env_file)


def write_config(stack: MailStack, folder: Path, *, user: str = AGENT_USER) -> Path:
    """A config file for the agent on ``stack``: IMAPS in, submission with STARTTLS out.

    The daily cap is lifted: a benchmark asks the same requester thousands of times.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_text(
        f"""
[agent]
address = "{stack.address(user)}"
name = "Intro Agent"

[imap]
host = "{stack.host}"
port = {stack.imaps_port}
security = "tls"
username = "{stack.address(user)}"
password = "{stack.password}"
ca_file = "{stack.ca_file}"
timeout_seconds = 30

[smtp]
host = "{stack.host}"
port = {stack.submission_port}
security = "starttls"
username = "{stack.address(user)}"
password = "{stack.password}"
ca_file = "{stack.ca_file}"
timeout_seconds = 30

[store]
path = "store.json"

[policy]
allowed_requesters = ["*@{stack.domain}"]
max_mails_per_address_per_day = 1000000

[digest]
enabled = false
"""
    )
    return path


def party_addresses(stack: MailStack, number: int, tag: str = "r") -> tuple[str, str]:
    """The two parties of request ``number``: distinct for every number and tag."""
    return (
        f"{PARTY_A_USER}+{tag}{number}@{stack.domain}",
        f"{PARTY_B_USER}+{tag}{number}@{stack.domain}",
    )


def request_mail(stack: MailStack, number: int, *, to_user: str, tag: str = "r") -> bytes:
    """A request as a person writes it: "please introduce A <a> to B <b>"."""
    a, b = party_addresses(stack, number, tag)
    requester = stack.address(REQUESTER)
    text = (
        "Hi,\r\n\r\n"
        f"please introduce Alice Rivera <{a}> to Bob Stone <{b}>. "
        "They both work on crash-safe storage and should talk.\r\n\r\n"
        "Thanks,\r\nCarol\r\n"
    )
    headers = (
        f"From: Carol Example <{requester}>\r\n"
        f"To: Intro Agent <{stack.address(to_user)}>\r\n"
        f"Subject: Introduction {tag}{number}\r\n"
        f"Date: {format_datetime(datetime.now(UTC))}\r\n"
        f"Message-ID: <{tag}{number}.{time.time_ns()}@bench.{stack.domain}>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: 7bit\r\n"
    )
    return (headers + "\r\n" + text).encode()


def submit(stack: MailStack, raw: bytes, to_user: str) -> float:
    """Hand ``raw`` to Postfix; the ``perf_counter`` time at which it was accepted."""
    with smtplib.SMTP(stack.host, stack.smtp_port, timeout=30) as smtp:
        smtp.sendmail(stack.address(REQUESTER), [stack.address(to_user)], raw)
        accepted = time.perf_counter()
    return accepted


def empty_mailboxes(stack: MailStack, users: Sequence[str]) -> None:
    """Empty the given users' folders (only on the benchmark's own stack)."""
    stack.reset(list(users))


def append_backlog(stack: MailStack, messages: Sequence[bytes], user: str = AGENT_USER) -> None:
    """Put ``messages`` in ``user``'s INBOX directly, as if delivered while nobody read."""
    client = stack.login(user)
    try:
        for raw in messages:
            delivered = (
                f"Return-Path: <{stack.address(REQUESTER)}>\r\n"
                f"Delivered-To: {stack.address(user)}\r\n".encode()
            )
            client.append("INBOX", delivered + raw)
    finally:
        client.logout()


def inbox_count(stack: MailStack, user: str) -> int:
    client = stack.login(user)
    try:
        info = client.select_folder("INBOX", readonly=True)
        return int(info[b"EXISTS"])
    finally:
        client.logout()


class InboxWatcher:
    """Polls one INBOX with NOOP on its own connection and notes when each message arrived.

    NOOP every ``interval`` seconds rather than IDLE: Dovecot delays IDLE notices by half
    a second, which would blur the very latencies being measured.
    """

    def __init__(self, stack: MailStack, user: str, interval: float = 0.01) -> None:
        self.stack = stack
        self.user = user
        self.interval = interval
        # arrivals[k] is when the inbox was first seen holding k + 1 + base messages.
        self.arrivals: list[float] = []
        self.base = 0
        self._stop = threading.Event()
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, name=f"watch-{user}", daemon=True)
        self._client: IMAPClient | None = None

    def __enter__(self) -> InboxWatcher:
        self._client = self.stack.login(self.user)
        info = self._client.select_folder("INBOX", readonly=True)
        self.base = int(info[b"EXISTS"])
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        if self._client is not None:
            self._client.logout()

    @property
    def count(self) -> int:
        return len(self.arrivals)

    def _run(self) -> None:
        client = self._client
        assert client is not None
        while not self._stop.is_set():
            _, responses = client.noop()
            now = time.perf_counter()
            exists = [
                int(r[0])
                for r in responses
                if isinstance(r, tuple) and len(r) >= 2 and r[1] == b"EXISTS"
            ]
            if exists:
                seen = max(exists) - self.base
                with self._changed:
                    while len(self.arrivals) < seen:
                        self.arrivals.append(now)
                    self._changed.notify_all()
            self._stop.wait(self.interval)

    def wait_for(self, count: int, timeout: float) -> float:
        """Wait until ``count`` messages arrived since the start; when the last one did."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(self.arrivals) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(
                        f"{self.user}: {len(self.arrivals)} of {count} messages after {timeout} s"
                    )
                self._changed.wait(left)
            return self.arrivals[count - 1]


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` (0..1) percentile with linear interpolation."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    if len(ordered) == 1:
        return ordered[0]
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A right-aligned plain-text table; floats with up to three decimals."""

    def cell(value: Any) -> str:
        if isinstance(value, float):
            return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
        return str(value)

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    lines = [" ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True))]
    lines += [" ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(lines)


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM) in MB, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def wait_port(host: str, port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not port_open(host, port):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{host}:{port} did not open")
        time.sleep(0.1)


@dataclass
class MemorySink:
    """Accepts every mail, as an SMTP server would, and only counts them."""

    sent: int = 0
    recipients: list[str] = field(default_factory=list)

    async def send(self, message: bytes, *, sender: str, recipients: list[str]) -> None:
        self.sent += 1
        self.recipients.extend(recipients)

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[MailSink]:
        yield self


def parsed_to(raw: bytes) -> str:
    """The To header of a raw message (for matching arrivals to requests)."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    return str(message.get("To", ""))
