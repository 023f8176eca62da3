"""The sandbox's SMTP server takes real SMTP on an ephemeral loopback port."""

from __future__ import annotations

import asyncio
import smtplib
import socket

import pytest

from agent.config import SmtpSection
from agent.demo.mailboxes import Mailboxes
from agent.demo.smtp_server import HOST, SandboxSmtpServer
from agent.errors import SmtpTransientError
from agent.mail.smtp_sink import SmtpSink

RAW = b"From: c@x.test\r\nTo: a@x.test\r\nSubject: hi\r\n\r\nhello\r\n"


def test_smtplib_delivers_to_each_recipient() -> None:
    boxes = Mailboxes()
    with SandboxSmtpServer(boxes) as server:
        assert server.port > 0
        with smtplib.SMTP(HOST, server.port, timeout=10) as smtp:
            refused = smtp.sendmail("c@x.test", ["a@x.test", "b+tag@x.test"], RAW)
        assert refused == {}
    (delivery,) = boxes.deliveries()
    assert delivery.sender == "c@x.test"
    assert delivery.raw.replace(b"\r\n", b"\n") == RAW.replace(b"\r\n", b"\n")
    assert list(boxes.folder("b@x.test").values()) == [delivery.raw]


def test_the_agents_smtp_sink_sends_through_it() -> None:
    boxes = Mailboxes()
    with SandboxSmtpServer(boxes) as server:
        cfg = SmtpSection(
            host=HOST, port=server.port, security="none", username="intros@x.test", secret=None
        )

        async def send() -> None:
            async with SmtpSink(cfg) as sink:
                await sink.send(RAW, sender="intros@x.test", recipients=["a@x.test"])

        asyncio.run(send())
    assert boxes.deliveries()[0].recipients == ("a@x.test",)


def test_stopped_server_refuses_connections() -> None:
    with SandboxSmtpServer(Mailboxes()) as server:
        port = server.port
    with pytest.raises(OSError), socket.create_connection((HOST, port), timeout=5):
        pass
    cfg = SmtpSection(host=HOST, port=port, security="none", username="a@x.test", secret=None)
    with pytest.raises(SmtpTransientError, match="connection refused"):
        asyncio.run(SmtpSink(cfg).connect())
