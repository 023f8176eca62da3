"""The floor: the least any agent must do per request, with no understanding and no store.

It reads a mailbox the way the agent does (IMAP over TLS, IDLE between batches), fetches
each message, sends two fixed mails to the two addresses written in its body (SMTP
submission with STARTTLS and login, one connection per batch) and moves
it out of the inbox after sending. What the agent takes beyond this is its own cost.

    .venv/bin/python bench/floor.py serve [--env FILE] [--user USER]   # IDLE until SIGTERM
    .venv/bin/python bench/floor.py drain [--env FILE] [--user USER]   # empty the inbox once

The latency and backlog benchmarks start it themselves.
"""

from __future__ import annotations

import argparse
import re
import signal
import smtplib
import sys
import threading
import time
from pathlib import Path
from types import FrameType

from imapclient import IMAPClient

from bench.common import AGENT_USER, default_env_file, ensure_stack
from tests.mailstack import MailStack

BATCH = 50
PROCESSED = "Processed"
IDLE_SLICE = 5.0
# Addresses in angle brackets, as the benchmark's requests write them.
_ADDRESS = re.compile(rb"<([^<>@\s]+@[^<>\s]+)>")


def parties(raw: bytes) -> list[bytes]:
    """The first two bracketed addresses of the body: the people to ask."""
    end = raw.find(b"\r\n\r\n")
    return _ADDRESS.findall(raw, end if end >= 0 else 0)[:2]


class Floor:
    """One connection to a mailbox and the means to answer what arrives in it."""

    def __init__(self, stack: MailStack, user: str = AGENT_USER) -> None:
        self.stack = stack
        self.address = stack.address(user)
        self.imap = IMAPClient(
            stack.host,
            port=stack.imaps_port,
            ssl=True,
            ssl_context=stack.tls_context(),
            timeout=30,
        )
        self.imap.login(self.address, stack.password)
        if not self.imap.folder_exists(PROCESSED):
            self.imap.create_folder(PROCESSED)
        self.imap.select_folder("INBOX")
        self.handled = 0

    def close(self) -> None:
        self.imap.logout()

    def drain(self) -> int:
        """Answer everything in the inbox; how many messages were handled."""
        done = 0
        while True:
            uids = sorted(int(u) for u in self.imap.search("ALL"))
            if not uids:
                return done
            for start in range(0, len(uids), BATCH):
                batch = uids[start : start + BATCH]
                fetched = self.imap.fetch(batch, ["BODY.PEEK[]"])
                self._send([fetched[u][b"BODY[]"] for u in batch if u in fetched])
                self.imap.move(batch, PROCESSED)
                done += len(batch)
                self.handled += len(batch)

    def _send(self, messages: list[bytes]) -> None:
        with smtplib.SMTP(self.stack.host, self.stack.submission_port, timeout=30) as smtp:
            smtp.starttls(context=self.stack.tls_context())
            smtp.login(self.address, self.stack.password)
            for raw in messages:
                for to in (to.decode() for to in parties(raw)):
                    smtp.sendmail(self.address, [to], _mail(self.address, to))

    def serve(self, stop: threading.Event) -> None:
        """Drain, then wait in IDLE for more, until ``stop`` is set."""
        while not stop.is_set():
            self.drain()
            self.imap.idle()
            try:
                self.imap.idle_check(timeout=IDLE_SLICE)
            finally:
                self.imap.idle_done()


def _mail(sender: str, to: str) -> bytes:
    return (
        f"From: Intro Agent <{sender}>\r\nTo: <{to}>\r\n"
        f"Subject: Would you like an introduction?\r\n"
        f"Message-ID: <floor.{time.time_ns()}@{sender.split('@')[-1]}>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Someone would like to introduce you. Reply yes or no.\r\n"
    ).encode()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("serve", "drain"))
    parser.add_argument("--env", type=Path, default=default_env_file(), help="mailstack.env")
    parser.add_argument("--user", default=AGENT_USER, help="whose inbox to read")
    args = parser.parse_args(argv[1:])
    stack = ensure_stack(args.env)
    floor = Floor(stack, args.user)
    try:
        if args.mode == "drain":
            started = time.perf_counter()
            count = floor.drain()
            elapsed = time.perf_counter() - started
            print(f"floor: {count} messages in {elapsed:.2f} s", flush=True)
            return 0
        stop = threading.Event()

        def on_signal(signum: int, frame: FrameType | None) -> None:
            stop.set()

        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        print("floor: ready", flush=True)
        floor.serve(stop)
        print(f"floor: {floor.handled} messages", flush=True)
        return 0
    finally:
        floor.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
