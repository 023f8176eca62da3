"""SmtpSink against the loopback Postfix, and against tiny loopback servers for 4xx,
silence and dropped connections (real TCP, scripted replies)."""

from __future__ import annotations

import asyncio
import base64
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from email.message import EmailMessage
from typing import Any, TypeVar

import pytest

from agent.config import Secret, SmtpSection
from agent.errors import (
    InsecureAuthError,
    MailAuthError,
    MailTLSError,
    PermanentSendError,
    SmtpPermanentError,
    SmtpTransientError,
    TransientSendError,
)
from agent.mail.smtp_sink import SmtpSink
from tests.mailstack import MailStack, make_message

T = TypeVar("T")


def run(coro: Awaitable[T]) -> T:
    async def wrapper() -> T:
        return await coro

    return asyncio.run(wrapper())


def submission_connections(stack: MailStack) -> int:
    log = (stack.dir / "log" / "postfix.log").read_text(errors="replace")
    return len(re.findall(r"/submission/smtpd\[\d+\]: connect from", log))


def wait_for_log(stack: MailStack, expected: int) -> int:
    deadline = time.monotonic() + 5
    while submission_connections(stack) < expected and time.monotonic() < deadline:
        time.sleep(0.05)
    return submission_connections(stack)


@pytest.mark.integration
def test_one_connection_carries_several_messages(mailstack: MailStack) -> None:
    agent = mailstack.address("intros")
    first = make_message(agent, [mailstack.address("alice"), mailstack.address("bob")], "one")
    second = make_message(agent, mailstack.address("carol"), "two")
    before = submission_connections(mailstack)

    async def batch() -> None:
        async with SmtpSink(mailstack.smtp_config()) as sink:
            await sink.send(
                first, sender=agent, recipients=["alice@example.test", "bob@example.test"]
            )
            await sink.send(second, sender=agent, recipients=["carol@example.test"])

    run(batch())
    for user in ("alice", "bob", "carol"):
        assert len(mailstack.wait_for_count(user, 1)) == 1
    assert wait_for_log(mailstack, before + 1) == before + 1


@pytest.mark.integration
@pytest.mark.parametrize("security", ["tls", "starttls", "none"])
def test_each_security_mode_delivers(mailstack: MailStack, security: str) -> None:
    cfg = mailstack.smtp_config(security=security)  # type: ignore[arg-type]
    msg = EmailMessage()
    msg["From"] = "Intro Agent <intros@example.test>"
    msg["To"] = "Zoë <dave@example.test>"
    msg["Subject"] = "Grüße"
    msg.set_content("Hallo Zoë,\nschön.\n")

    async def send() -> None:
        async with SmtpSink(cfg) as sink:
            await sink.send(msg, sender="bounces@example.test", recipients=["dave@example.test"])

    run(send())
    mailstack.wait_for_count("dave", 1)
    client = mailstack.login("dave")
    try:
        client.select_folder("INBOX", readonly=True)
        (data,) = client.fetch(client.search("ALL"), ["BODY.PEEK[]"]).values()
    finally:
        client.logout()
    raw: bytes = data[b"BODY[]"]
    assert raw.startswith(b"Return-Path: <bounces@example.test>")
    assert b"Subject: =?utf-8?" in raw


@pytest.mark.integration
def test_unknown_user_is_permanent_and_nothing_is_sent(mailstack: MailStack) -> None:
    agent = mailstack.address("intros")
    to_both = make_message(agent, "alice@example.test, nobody@example.test", "both")
    later = make_message(agent, mailstack.address("alice"), "later")

    async def batch() -> SmtpPermanentError:
        async with SmtpSink(mailstack.smtp_config()) as sink:
            with pytest.raises(SmtpPermanentError) as caught:
                await sink.send(
                    to_both,
                    sender=agent,
                    recipients=["alice@example.test", "nobody@example.test"],
                )
            # The refusal left the connection usable for the next message.
            await sink.send(later, sender=agent, recipients=["alice@example.test"])
            return caught.value

    error = run(batch())
    assert isinstance(error, PermanentSendError)
    assert error.code == 550
    assert "nobody@example.test" in error.refused
    assert error.refused["nobody@example.test"][0] == 550
    assert "1 of 2 recipients" in str(error)
    mailstack.wait_for_count("alice", 1)
    time.sleep(0.5)
    client = mailstack.login("alice")
    try:
        client.select_folder("INBOX", readonly=True)
        subjects = [
            d[b"BODY[HEADER.FIELDS (SUBJECT)]"].strip()
            for d in client.fetch(
                client.search("ALL"), ["BODY.PEEK[HEADER.FIELDS (SUBJECT)]"]
            ).values()
        ]
    finally:
        client.logout()
    assert subjects == [b"Subject: later"]


@pytest.mark.integration
def test_wrong_password_is_an_auth_error(mailstack: MailStack) -> None:
    cfg = mailstack.smtp_config(secret=Secret("password", "wrong"))
    with pytest.raises(MailAuthError, match="wrong user name or password"):
        run(SmtpSink(cfg).connect())


@pytest.mark.integration
def test_implicit_tls_against_the_starttls_port_is_a_tls_mismatch(mailstack: MailStack) -> None:
    cfg = mailstack.smtp_config(security="tls", port=mailstack.submission_port)
    with pytest.raises(MailTLSError, match="TLS mismatch"):
        run(SmtpSink(cfg).connect())


@pytest.mark.integration
def test_untrusted_certificate_is_a_tls_error(mailstack: MailStack) -> None:
    cfg = mailstack.smtp_config(ca_file=None)
    with pytest.raises(MailTLSError, match="not trusted"):
        run(SmtpSink(cfg).connect())


@pytest.mark.integration
def test_password_over_plain_port_without_auth_is_explained(mailstack: MailStack) -> None:
    cfg = mailstack.smtp_config(
        security="none", port=mailstack.smtp_port, secret=Secret("password", "secret")
    )
    with pytest.raises(MailAuthError, match="does not offer authentication"):
        run(SmtpSink(cfg).connect())


# -- scripted loopback servers ---------------------------------------------------------

Replies = Callable[[str], str | None]


@asynccontextmanager
async def scripted_server(reply: Replies, *, greet: bool = True) -> AsyncIterator[int]:
    """A loopback TCP server speaking just enough SMTP; ``reply`` maps a command line
    to the reply (None closes the connection). Yields the port."""

    writers: list[asyncio.StreamWriter] = []
    handlers: list[asyncio.Task[Any]] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.append(writer)
        task = asyncio.current_task()
        if task is not None:
            handlers.append(task)
        try:
            if not greet:
                await reader.read()  # silent: never says a word
                return
            writer.write(b"220 scripted ESMTP\r\n")
            in_data = False
            while line := await reader.readline():
                text = line.decode().rstrip("\r\n")
                if in_data:
                    if text == ".":
                        in_data = False
                        writer.write(b"250 queued\r\n")
                    continue
                answer = reply(text)
                if answer is None:
                    break
                writer.write(answer.encode() + b"\r\n")
                await writer.drain()
                if answer.startswith("354"):
                    in_data = True
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield port
    finally:
        server.close()
        # Handlers end on their own once their connection is closed; cancelling them
        # instead would make asyncio log the cancellation as an error.
        for writer in writers:
            writer.close()
        await asyncio.gather(*handlers, return_exceptions=True)
        await server.wait_closed()


def standard_replies(rcpt: Callable[[str], str]) -> Replies:
    def reply(line: str) -> str | None:
        verb = line.split(" ", 1)[0].upper()
        if verb == "EHLO":
            return "250-scripted\r\n250 8BITMIME"
        if verb == "RCPT":
            return rcpt(line)
        if verb == "DATA":
            return "354 go on"
        if verb == "QUIT":
            return "221 bye"
        return "250 ok"

    return reply


def plain_cfg(port: int, **overrides: Any) -> SmtpSection:
    values: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "username": "intros@example.test",
        "secret": None,
        "timeout_seconds": 2.0,
    }
    values.update(overrides)
    return SmtpSection(**values)


RAW = make_message("intros@example.test", "alice@example.test")


def test_451_at_rcpt_is_transient_with_code_and_text() -> None:
    async def scenario() -> SmtpTransientError:
        replies = standard_replies(lambda line: "451 4.3.0 try again later")
        async with scripted_server(replies) as port, SmtpSink(plain_cfg(port)) as sink:
            with pytest.raises(SmtpTransientError) as caught:
                await sink.send(RAW, sender="a@example.test", recipients=["alice@example.test"])
            return caught.value

    error = run(scenario())
    assert isinstance(error, TransientSendError)
    assert (error.code, error.text) == (451, "4.3.0 try again later")
    assert "every recipient" in str(error)


def test_mixed_4xx_and_5xx_refusals_are_permanent() -> None:
    def rcpt(line: str) -> str:
        return "550 5.1.1 no such user" if "gone" in line else "452 4.2.2 mailbox full"

    async def scenario() -> SmtpPermanentError:
        async with (
            scripted_server(standard_replies(rcpt)) as port,
            SmtpSink(plain_cfg(port)) as sink,
        ):
            with pytest.raises(SmtpPermanentError) as caught:
                await sink.send(RAW, sender="a@x.test", recipients=["full@x.test", "gone@x.test"])
            return caught.value

    error = run(scenario())
    assert error.code == 550
    assert error.refused == {
        "full@x.test": (452, "4.2.2 mailbox full"),
        "gone@x.test": (550, "5.1.1 no such user"),
    }


def test_5xx_after_data_is_permanent() -> None:
    def reply(line: str) -> str | None:
        if line.upper() == "DATA":
            return "554 5.7.1 message rejected"
        return standard_replies(lambda _: "250 ok")(line)

    async def scenario() -> None:
        async with scripted_server(reply) as port, SmtpSink(plain_cfg(port)) as sink:
            await sink.send(RAW, sender="a@x.test", recipients=["b@x.test"])

    with pytest.raises(SmtpPermanentError, match="554") as caught:
        run(scenario())
    assert caught.value.code == 554


def test_a_silent_server_times_out_as_transient() -> None:
    async def scenario() -> None:
        async with scripted_server(standard_replies(lambda _: ""), greet=False) as port:
            with pytest.raises(SmtpTransientError, match="did not answer within 1 s"):
                await SmtpSink(plain_cfg(port, timeout_seconds=1.0)).connect()

    run(scenario())


def test_a_dropped_connection_is_transient() -> None:
    def reply(line: str) -> str | None:
        if line.upper().startswith("MAIL"):
            return None
        return standard_replies(lambda _: "250 ok")(line)

    async def scenario() -> None:
        async with scripted_server(reply) as port, SmtpSink(plain_cfg(port)) as sink:
            await sink.send(RAW, sender="a@x.test", recipients=["b@x.test"])

    with pytest.raises(SmtpTransientError) as caught:
        run(scenario())
    assert caught.value.code is None


def test_a_closed_port_is_transient() -> None:
    async def scenario() -> None:
        server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        server.close()
        await server.wait_closed()
        await SmtpSink(plain_cfg(port)).connect()

    with pytest.raises(SmtpTransientError, match="connection refused"):
        run(scenario())


def test_no_recipients_is_refused_before_connecting() -> None:
    sink = SmtpSink(plain_cfg(1))
    with pytest.raises(SmtpPermanentError, match="without recipients"):
        run(sink.send(RAW, sender="a@x.test", recipients=[]))
    assert not sink.connected


def test_password_to_a_remote_host_without_tls_is_refused() -> None:
    cfg = plain_cfg(25, host="mail.example.org", secret=Secret("password", "secret"))
    with pytest.raises(InsecureAuthError, match="clear text"):
        run(SmtpSink(cfg).connect())


@pytest.mark.integration
def test_xoauth2_against_a_server_without_it_is_explained(mailstack: MailStack) -> None:
    cfg = mailstack.smtp_config(secret=None, oauth2_token_command="echo token")
    with pytest.raises(MailAuthError, match="does not offer XOAUTH2"):
        run(SmtpSink(cfg).connect())


def test_xoauth2_sends_the_token_the_command_prints() -> None:
    seen: list[str] = []

    def reply(line: str) -> str | None:
        verb = line.split(" ", 1)[0].upper()
        if verb == "EHLO":
            return "250-scripted\r\n250 AUTH XOAUTH2"
        if verb == "AUTH":
            seen.append(base64.b64decode(line.split()[2]).decode())
            return "235 2.7.0 Accepted"
        return standard_replies(lambda _: "250 ok")(line)

    async def scenario() -> None:
        cfg = plain_cfg(0, oauth2_token_command="printf 'tok-123\\nignored\\n'")
        async with scripted_server(reply) as port:
            cfg = plain_cfg(port, oauth2_token_command=cfg.oauth2_token_command)
            async with SmtpSink(cfg) as sink:
                await sink.send(RAW, sender="a@x.test", recipients=["b@x.test"])

    run(scenario())
    assert seen == ["user=intros@example.test\x01auth=Bearer tok-123\x01\x01"]


def test_starttls_never_falls_back_to_plain_text() -> None:
    heard: list[str] = []

    def reply(line: str) -> str | None:
        heard.append(line.split(" ", 1)[0].upper())
        return standard_replies(lambda _: "250 ok")(line)

    async def scenario() -> None:
        async with scripted_server(reply) as port:
            cfg = plain_cfg(port, security="starttls", secret=Secret("password", "secret"))
            await SmtpSink(cfg).connect()

    with pytest.raises(MailTLSError, match="does not offer STARTTLS"):
        run(scenario())
    assert "AUTH" not in heard
