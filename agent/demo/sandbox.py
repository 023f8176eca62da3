"""The sandbox: a loopback SMTP server, mailboxes, a config, a store, and the real engine.

``Sandbox`` starts the server, writes and loads a config for it, opens the store and
builds the engine's environment exactly as ``intro-agent once`` does; ``run_pass`` then
runs the engine's ``run_pass`` with the sandbox's ``MailSource`` and the real
``SmtpSink``. People send their mail over SMTP to the same server, so everything in the
transcript crossed a real TCP connection. The only addition to the environment is a
window on the agent's reading of replies, so the demo can show it (``readings``).
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from types import TracebackType
from typing import Self

from agent.config import Config, load_config
from agent.demo.config_file import sandbox_config
from agent.demo.mailboxes import Delivery, Mailboxes
from agent.demo.people import Person, parse
from agent.demo.smtp_server import HOST, SandboxSmtpServer
from agent.demo.source import SandboxSource
from agent.engine.environment import build_environment
from agent.engine.inbound import AddressLookup, Environment, ReplyReading, Understanding
from agent.engine.once import PassReport, run_pass
from agent.engine.tables import INDEXES
from agent.mail.smtp_sink import SmtpSink
from agent.message import ParsedMessage
from agent.store import open_store
from agent.store.base import StateStore
from agent.understanding.request_model import RequestResult

DOMAIN = "example.org"
SEND_TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class Reading:
    """How the agent read one reply: yes, no, unclear or auto_reply, from which new text."""

    sender: str
    answer: str
    text: str


class WatchedUnderstanding:
    """The engine's own understanding, unchanged, with each reply reading kept for display."""

    def __init__(self, inner: Understanding) -> None:
        self.inner = inner
        self.readings: list[Reading] = []

    def robot_reason(self, message: ParsedMessage) -> str | None:
        return self.inner.robot_reason(message)

    def is_delivery_report(self, message: ParsedMessage) -> bool:
        return self.inner.is_delivery_report(message)

    def read_reply(self, message: ParsedMessage) -> ReplyReading:
        reading = self.inner.read_reply(message)
        sender = message.from_[0].email if message.from_ else ""
        self.readings.append(Reading(sender, reading.answer, reading.text))
        return reading

    def read_request(
        self, message: ParsedMessage, agent_address: str, address_book: AddressLookup
    ) -> RequestResult:
        return self.inner.read_request(message, agent_address, address_book)


class Sandbox:
    """Use as ``with Sandbox(folder) as box:``; everything lives under ``folder``."""

    def __init__(self, folder: Path, domain: str = DOMAIN) -> None:
        self.folder = folder
        self.domain = domain
        self.agent = Person("Intro Agent", f"intros@{domain}")
        self.boxes = Mailboxes()
        self.server = SandboxSmtpServer(self.boxes)
        self.config_path = folder / "config.toml"
        self._config: Config | None = None
        self._store: StateStore | None = None
        self._env: Environment | None = None
        self._watch: WatchedUnderstanding | None = None
        self._printed = 0
        self._seen: dict[str, int] = {}

    def __enter__(self) -> Self:
        self.server.start()
        try:
            self.config_path.write_text(
                sandbox_config(
                    agent=self.agent.address,
                    domain=self.domain,
                    smtp_port=self.server.port,
                    store=self.folder / "store.json",
                )
            )
            self._config = load_config(self.config_path)
            self._store = open_store(self._config.store.path, indexes=INDEXES)
            env = build_environment(self._config, self._store)
            self._watch = WatchedUnderstanding(env.understanding)
            self._env = replace(env, understanding=self._watch)
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        self.server.stop()

    @property
    def config(self) -> Config:
        assert self._config is not None, "use the sandbox inside 'with'"
        return self._config

    @property
    def store(self) -> StateStore:
        assert self._store is not None, "use the sandbox inside 'with'"
        return self._store

    @property
    def readings(self) -> list[Reading]:
        """Every reply the agent has read so far, in order."""
        return list(self._watch.readings) if self._watch else []

    def person(self, name: str) -> Person:
        return Person(f"{name} Example", f"{name.lower()}@{self.domain}")

    def now(self) -> datetime:
        return datetime.now(UTC)

    def send(self, message: EmailMessage) -> None:
        """Hand ``message`` to the sandbox's server as its sender's client would."""
        sender = message["From"].addresses[0].addr_spec
        recipients = [
            a.addr_spec for h in ("To", "Cc") for a in getattr(message.get(h), "addresses", ())
        ]
        # The server delivers before it answers 250, so the mail is in place on return.
        with smtplib.SMTP(HOST, self.server.port, timeout=SEND_TIMEOUT_SECONDS) as smtp:
            smtp.send_message(message, from_addr=sender, to_addrs=recipients)

    def run_pass(self) -> PassReport:
        """One pass of the agent, as ``intro-agent once`` runs it, on the sandbox's edges."""
        config = self.config
        assert self._env is not None
        source = SandboxSource(
            self.boxes,
            config.agent.address,
            folder=config.imap.folder,
            processed_folder=config.imap.processed_folder,
            quarantine_folder=config.imap.quarantine_folder,
            max_message_bytes=config.imap.max_message_bytes,
        )
        return run_pass(
            self.store,
            self._env,
            self.now(),
            source=source,
            folder=config.imap.folder,
            uidvalidity=source.uidvalidity,
            connect_sink=lambda: SmtpSink(config.smtp, local_hostname="agent.localhost"),
            daily_cap=config.policy.max_mails_per_address_per_day,
            digest=None,
            timezone=config.agent.timezone,
        )

    def new_deliveries(self) -> list[tuple[int, Delivery]]:
        """The deliveries not yet returned by this method, numbered from 1."""
        found = self.boxes.deliveries(self._printed)
        start = self._printed
        self._printed += len(found)
        return [(start + i + 1, d) for i, d in enumerate(found)]

    def new_mail(self, person: Person) -> list[EmailMessage]:
        """What arrived in ``person``'s inbox since last asked, oldest first."""
        inbox = self.boxes.folder(person.address)
        seen = self._seen.get(person.address, 0)
        fresh = [parse(inbox[uid]) for uid in sorted(inbox) if uid > seen]
        if inbox:
            self._seen[person.address] = max(inbox)
        return fresh
