"""A loopback SMTP server that answers from a script: 451 now, 250 later, 550 for good.

It speaks just enough SMTP for a client (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), runs
in a thread, and records every message it accepted with its envelope. RCPT answers come
from a per-recipient queue of codes (the last code repeats), so a test says exactly
what the server does on each attempt.
"""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

TEXT = {
    250: "2.1.5 Ok",
    451: "4.3.0 Try again later",
    550: "5.1.1 Recipient address rejected: User unknown",
}


@dataclass
class Accepted:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class Script:
    """What the server answers to RCPT, per recipient (default 250), and what it took."""

    rcpt: dict[str, list[int]] = field(default_factory=dict)
    accepted: list[Accepted] = field(default_factory=list)
    attempts: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, recipient: str) -> int:
        with self.lock:
            n = self.attempts.get(recipient, 0)
            self.attempts[recipient] = n + 1
            codes = self.rcpt.get(recipient, [250])
            return codes[min(n, len(codes) - 1)]


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def reply(self, code: int, text: str) -> None:
        self.wfile.write(f"{code} {text}\r\n".encode())
        self.wfile.flush()

    def handle(self) -> None:
        script = self.server.script
        sender = ""
        recipients: list[str] = []
        self.reply(220, "scripted.example.test ESMTP")
        while True:
            line = self.rfile.readline(4096)
            if not line:
                return
            verb = line.decode("ascii", "replace").strip()
            upper = verb.upper()
            if upper.startswith(("EHLO", "HELO")):
                self.wfile.write(b"250-scripted.example.test\r\n250 8BITMIME\r\n")
                self.wfile.flush()
            elif upper.startswith("MAIL FROM:"):
                sender, recipients = verb[10:].strip().strip("<>").split(">")[0], []
                self.reply(250, "2.1.0 Ok")
            elif upper.startswith("RCPT TO:"):
                recipient = verb[8:].strip().strip("<>").split(">")[0]
                code = script.answer(recipient)
                if code == 250:
                    recipients.append(recipient)
                self.reply(code, TEXT.get(code, "scripted"))
            elif upper == "DATA":
                self.reply(354, "End data with <CR><LF>.<CR><LF>")
                data = bytearray()
                while True:
                    chunk = self.rfile.readline(1 << 20)
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                with script.lock:
                    script.accepted.append(Accepted(sender, list(recipients), bytes(data)))
                self.reply(250, "2.0.0 Ok: queued")
            elif upper == "RSET":
                sender, recipients = "", []
                self.reply(250, "2.0.0 Ok")
            elif upper == "NOOP":
                self.reply(250, "2.0.0 Ok")
            elif upper == "QUIT":
                self.reply(221, "2.0.0 Bye")
                return
            else:
                self.reply(502, "5.5.2 Error: command not recognized")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, script: Script) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = script


@contextmanager
def scripted_smtp(script: Script) -> Iterator[int]:
    """Serve ``script`` on a free loopback port; yields the port."""
    server = _Server(script)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=30)
