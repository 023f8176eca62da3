"""The sandbox's SMTP server: aiosmtpd on an ephemeral loopback port, delivering in memory.

It runs its own event loop in a daemon thread, so the agent's ``SmtpSink`` (which runs
its own loop in ``asyncio.run``) and the people's ``smtplib`` clients talk to it over
real TCP. The port is chosen by the kernel (port 0), so the sandbox never collides with
another server, the test mail stack's included.
"""

from __future__ import annotations

import asyncio
import threading
from types import TracebackType
from typing import Self

from aiosmtpd.smtp import SMTP, Envelope, Session

from agent.demo.mailboxes import Mailboxes

HOST = "127.0.0.1"
# A fixed name: without one aiosmtpd asks for the machine's FQDN, which can take seconds.
SERVER_NAME = "sandbox.localhost"
START_TIMEOUT_SECONDS = 10.0


class DeliveringHandler:
    """aiosmtpd handler: every accepted message goes into the recipients' mailboxes."""

    def __init__(self, boxes: Mailboxes) -> None:
        self.boxes = boxes

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        # Delivered before the 250 goes out: a client that got its 250 finds the mail there.
        content = envelope.original_content or envelope.content
        raw = content.encode("utf-8") if isinstance(content, str) else bytes(content or b"")
        self.boxes.deliver(raw, envelope.mail_from or "", list(envelope.rcpt_tos))
        return "250 2.0.0 delivered"


class SandboxSmtpServer:
    """Start with ``with SandboxSmtpServer(boxes) as server:``; ``server.port`` is the port."""

    def __init__(self, boxes: Mailboxes) -> None:
        self.boxes = boxes
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Listen on loopback; return once the port is known."""
        self._thread = threading.Thread(target=self._run, name="sandbox-smtp", daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT_SECONDS):
            raise RuntimeError("the sandbox SMTP server did not start")
        if self._error is not None:
            raise RuntimeError(f"the sandbox SMTP server did not start: {self._error}")

    def stop(self) -> None:
        """Stop listening and end the thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(START_TIMEOUT_SECONDS)
        self._loop = self._thread = None

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        handler = DeliveringHandler(self.boxes)
        try:
            self._server = loop.run_until_complete(
                loop.create_server(lambda: SMTP(handler, hostname=SERVER_NAME, loop=loop), HOST, 0)
            )
            self.port = int(self._server.sockets[0].getsockname()[1])
        except BaseException as exc:  # reported to the starting thread, which raises
            self._error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            self._server.close()
            loop.run_until_complete(self._server.wait_closed())
            # Connections still open (a client that never said QUIT) end with the loop.
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()
