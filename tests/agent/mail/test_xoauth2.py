"""XOAUTH2 on the wire: what the IMAP source and the SMTP sink send for an OAuth2 token.

Each test runs a small loopback server over real TCP: an aiosmtpd server with an AUTH
XOAUTH2 mechanism for SMTP, and a scripted asyncio IMAP responder. Both record what the
client sent, which is checked byte for byte against the SASL XOAUTH2 format:
base64("user=" + user + "\\x01auth=Bearer " + token + "\\x01\\x01").
"""

from __future__ import annotations

import asyncio
import base64
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, Session

from agent.config import ImapSection, SmtpSection
from agent.errors import MailAuthError
from agent.mail.imap_source import ImapSource
from agent.mail.smtp_sink import SmtpSink

HOST = "127.0.0.1"
USER = "intros@example.test"
TOKEN = "ya29.a0-token_value.42"


def xoauth2(user: str, token: str) -> bytes:
    """The SASL XOAUTH2 initial response, written out from the format, not from a library."""
    return base64.b64encode(
        b"user=" + user.encode() + b"\x01auth=Bearer " + token.encode() + b"\x01\x01"
    )


# -- SMTP: aiosmtpd with an XOAUTH2 mechanism ---------------------------------------------


@dataclass
class XOAuth2Handler:
    """Records every AUTH XOAUTH2 argument and accepts only the expected token."""

    accept: bytes
    received: list[list[str]] = field(default_factory=list)
    delivered: list[tuple[str | None, list[str]]] = field(default_factory=list)

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        self.received.append(list(args))
        return AuthResult(success=len(args) == 2 and args[1].encode() == self.accept, handled=False)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.delivered.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"


class NoXOAuth2Handler:
    """Offers AUTH PLAIN and LOGIN only (aiosmtpd's built-ins)."""


def smtp_cfg(port: int, command: str) -> SmtpSection:
    return SmtpSection(
        host=HOST,
        port=port,
        security="none",
        username=USER,
        secret=None,
        oauth2_token_command=command,
        timeout_seconds=10,
    )


async def send_through(handler: object, command: str) -> None:
    """Start aiosmtpd on an ephemeral port and send one mail through SmtpSink with XOAUTH2."""
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        # AUTH on a plain connection is offered only because this is loopback, as the sink
        # allows; the sink itself refuses to send a secret in clear text anywhere else.
        lambda: SMTP(handler, hostname="xoauth2.test", auth_require_tls=False, loop=loop),
        HOST,
        0,
    )
    port = int(server.sockets[0].getsockname()[1])
    try:
        async with SmtpSink(smtp_cfg(port, command)) as sink:
            await sink.send(b"Subject: hi\r\n\r\nhi\r\n", sender=USER, recipients=["a@x.test"])
    finally:
        server.close()
        await server.wait_closed()


def test_smtp_sends_the_xoauth2_initial_response_from_the_token_command() -> None:
    handler = XOAuth2Handler(accept=xoauth2(USER, TOKEN))
    # Only the first line the command prints is the token, as for password_command.
    asyncio.run(send_through(handler, f"printf '{TOKEN}\\nignored\\n'"))
    assert handler.received == [["XOAUTH2", xoauth2(USER, TOKEN).decode()]]
    decoded = base64.b64decode(handler.received[0][1])
    assert decoded == b"user=intros@example.test\x01auth=Bearer ya29.a0-token_value.42\x01\x01"
    assert handler.delivered == [(USER, ["a@x.test"])]


def test_smtp_names_a_refused_token() -> None:
    handler = XOAuth2Handler(accept=xoauth2(USER, "another-token"))
    with pytest.raises(MailAuthError):
        asyncio.run(send_through(handler, f"printf {TOKEN}"))
    assert handler.received == [["XOAUTH2", xoauth2(USER, TOKEN).decode()]]
    assert handler.delivered == []


def test_smtp_without_xoauth2_never_runs_the_token_command(tmp_path: Path) -> None:
    marker = tmp_path / "token-command-ran"
    with pytest.raises(MailAuthError, match="does not offer XOAUTH2 login"):
        asyncio.run(send_through(NoXOAuth2Handler(), f"touch {marker}; printf {TOKEN}"))
    assert not marker.exists()


# -- IMAP: a scripted asyncio responder ---------------------------------------------------


@dataclass
class ImapScript:
    """What the responder offers and accepts, and every line it received."""

    capabilities: str
    accept: bytes
    lines: list[bytes] = field(default_factory=list)


async def imap_session(
    script: ImapScript, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    caps = script.capabilities

    async def say(text: str) -> None:
        writer.write(text.encode() + b"\r\n")
        await writer.drain()

    await say(f"* OK [CAPABILITY {caps}] scripted IMAP ready")
    while line := await reader.readline():
        script.lines.append(line)
        tag, _, rest = line.decode().rstrip("\r\n").partition(" ")
        command = rest.split(" ")[0].upper()
        if command == "CAPABILITY":
            await say(f"* CAPABILITY {caps}")
            await say(f"{tag} OK CAPABILITY completed")
        elif command == "AUTHENTICATE":
            await say("+ ")
            response = await reader.readline()
            script.lines.append(response)
            if response.rstrip(b"\r\n") == script.accept:
                await say(f"{tag} OK [CAPABILITY {caps}] authenticated")
            else:
                await say(f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)")
        elif command == "LOGOUT":
            await say("* BYE logging out")
            await say(f"{tag} OK LOGOUT completed")
            break
        else:
            await say(f"{tag} BAD not in this script")
    writer.close()


@contextmanager
def imap_responder(script: ImapScript) -> Iterator[int]:
    """Serve ``script`` on an ephemeral loopback port from a thread; yield the port."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    holder: dict[str, asyncio.Server] = {}

    def run() -> None:
        asyncio.set_event_loop(loop)

        async def start() -> None:
            holder["server"] = await asyncio.start_server(
                lambda r, w: imap_session(script, r, w), HOST, 0
            )

        loop.run_until_complete(start())
        ready.set()
        loop.run_forever()
        holder["server"].close()
        loop.run_until_complete(holder["server"].wait_closed())
        pending = asyncio.all_tasks(loop)
        for task in pending:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(10)
    try:
        yield int(holder["server"].sockets[0].getsockname()[1])
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


def imap_cfg(port: int, command: str) -> ImapSection:
    return ImapSection(
        host=HOST,
        port=port,
        security="none",
        username=USER,
        secret=None,
        oauth2_token_command=command,
        timeout_seconds=10,
    )


def test_imap_authenticates_with_the_exact_xoauth2_bytes() -> None:
    script = ImapScript("IMAP4rev1 AUTH=XOAUTH2 IDLE", accept=xoauth2(USER, TOKEN))
    with imap_responder(script) as port:
        source = ImapSource(imap_cfg(port, f"printf '{TOKEN}\\n'"))
        source.connect()
        try:
            assert source.connected and source.has_idle
        finally:
            source.close()
    (auth_index,) = [i for i, x in enumerate(script.lines) if b" AUTHENTICATE " in x]
    assert script.lines[auth_index].split(b" ", 1)[1] == b"AUTHENTICATE XOAUTH2\r\n"
    # The response to the "+" continuation: exactly the base64 of the format, one line.
    assert script.lines[auth_index + 1] == xoauth2(USER, TOKEN) + b"\r\n"
    assert base64.b64decode(script.lines[auth_index + 1]) == (
        b"user=intros@example.test\x01auth=Bearer ya29.a0-token_value.42\x01\x01"
    )


def test_imap_names_a_refused_token() -> None:
    script = ImapScript("IMAP4rev1 AUTH=XOAUTH2", accept=xoauth2(USER, "another"))
    with imap_responder(script) as port:
        source = ImapSource(imap_cfg(port, f"printf {TOKEN}"))
        with pytest.raises(MailAuthError, match=f"the OAuth2 token for {USER} was refused"):
            source.connect()
        assert not source.connected
    assert xoauth2(USER, TOKEN) + b"\r\n" in script.lines


def test_imap_without_xoauth2_never_runs_the_token_command(tmp_path: Path) -> None:
    marker = tmp_path / "token-command-ran"
    script = ImapScript("IMAP4rev1 AUTH=PLAIN", accept=b"")
    with imap_responder(script) as port:
        source = ImapSource(imap_cfg(port, f"touch {marker}; printf {TOKEN}"))
        with pytest.raises(MailAuthError, match="does not offer XOAUTH2 login"):
            source.connect()
    assert not marker.exists()
    assert not any(b"AUTHENTICATE" in line for line in script.lines)
