"""An in-memory mail world for engine tests: an inbox the engine reads and a sink it sends to.

The engine's own code runs unchanged; only the two edges are replaced, by objects that
keep mail in lists. The integration tests run the same flows through Dovecot and Postfix.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

from agent.config import LifecycleSection
from agent.core.policy import Policy
from agent.engine.environment import DefaultUnderstanding
from agent.engine.inbound import Environment
from agent.engine.mails import MailSettings
from agent.engine.memory_source import MemorySource
from agent.engine.once import PassReport, run_pass
from agent.engine.sending import MailSink
from agent.engine.tables import INDEXES, id_secret
from agent.engine.token_key import TokenKey
from agent.errors import MailConnectError
from agent.render import Renderer
from agent.store import open_store
from agent.store.base import StateStore
from rules.allowed_requester import AllowedRequester

AGENT = "intros@example.test"
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
TOKEN_KEY = TokenKey(b"engine tests' token key, 32 b!!")


@dataclass
class Sent:
    """One mail the engine sent."""

    sender: str
    recipients: list[str]
    message: EmailMessage

    @property
    def text(self) -> str:
        part = self.message.get_body(("plain",))
        assert part is not None
        return str(part.get_content())


@dataclass
class MemorySink:
    """Collects what the engine sends, as the SMTP server would accept it."""

    sent: list[Sent] = field(default_factory=list)

    async def send(self, message: bytes, *, sender: str, recipients: list[str]) -> None:
        parsed = email.message_from_bytes(message, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.sent.append(Sent(sender, recipients, parsed))

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[MailSink]:
        yield self


def mail(
    sender: str,
    to: str,
    subject: str,
    body: str,
    *,
    cc: str | None = None,
    reply_to: EmailMessage | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    """A mail as a person's client would send it; ``reply_to`` threads and quotes it."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="client.example")
    msg["Date"] = "Mon, 02 Nov 2026 10:00:00 +0000"
    if reply_to is not None:
        msg["In-Reply-To"] = str(reply_to["Message-ID"])
        msg["References"] = str(reply_to["Message-ID"])
        part = reply_to.get_body(("plain",))
        quoted = "\n".join(
            "> " + line for line in str(part.get_content() if part else "").splitlines()
        )
        body = f"{body}\n\nOn Mon, Nov 2, 2026 at 9:00 AM Intro Agent <{AGENT}> wrote:\n{quoted}\n"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


class World:
    """A store, an inbox and a sink, and a clock the test moves."""

    def __init__(self, tmp: Path, **policy: object) -> None:
        self.store: StateStore = open_store(tmp / "store.json", indexes=INDEXES)
        self.source = MemorySource()
        self.sink = MemorySink()
        self.now = START
        self.env = Environment(
            agent_address=AGENT,
            allowed=AllowedRequester(("*@example.test",)),
            authenticated=None,
            policy=Policy.from_lifecycle(LifecycleSection(**policy)),  # type: ignore[arg-type]
            mails=MailSettings(AGENT, "Intro Agent", id_secret(self.store), Renderer(), TOKEN_KEY),
            understanding=DefaultUnderstanding(),
            draw_tokens=TOKEN_KEY.source,
            new_intro_id=_counter(),
        )

    def run(
        self,
        after: timedelta = timedelta(minutes=1),
        *,
        refused: bool = False,
        connect: Callable[[], AbstractAsyncContextManager[MailSink]] | None = None,
        connections: int = 1,
        daily_cap: int = 20,
    ) -> PassReport:
        """A pass ``after`` from the last, sending to this world's sink (or ``connect``);
        with ``refused``, every SMTP connection fails."""
        self.now += after
        return run_pass(
            self.store,
            self.env,
            self.now,
            source=self.source,
            folder="INBOX",
            uidvalidity=1,
            connect_sink=_refuse if refused else connect or self.sink.connect,
            daily_cap=daily_cap,
            connections=connections,
        )

    def inbox_of(self, address: str) -> list[Sent]:
        return [s for s in self.sink.sent if address in s.recipients]

    def last_to(self, address: str) -> Sent:
        found = self.inbox_of(address)
        assert found, f"nothing was sent to {address}"
        return found[-1]

    def answer(self, sender: str, to_mail: Sent, body: str) -> int:
        """``sender`` replies to a mail they received, to its Reply-To as clients do."""
        target = str(to_mail.message.get("Reply-To") or to_mail.message["From"])
        return self.source.deliver(
            mail(
                sender,
                target,
                "Re: " + str(to_mail.message["Subject"]),
                body,
                reply_to=to_mail.message,
            )
        )


@asynccontextmanager
async def _refuse() -> AsyncIterator[MailSink]:
    raise MailConnectError("connection refused")
    yield  # pragma: no cover - makes this a generator


def _counter() -> Callable[[], str]:
    n = iter(range(1, 10**6))
    return lambda: f"i{next(n):05d}"
