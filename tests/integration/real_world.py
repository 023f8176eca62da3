"""The introduction flow through the real Dovecot and Postfix: people, their clients, a clock.

Each person reads their own mailbox over IMAP and answers from it in the style of a real
client (Gmail, Outlook, Apple Mail, an iPhone, a bottom-poster), through Postfix, to the
address the agent's mail asked them to reply to. The agent runs ``once`` passes with the
clock moved by the test, against a config file written the way a user writes one.
"""

from __future__ import annotations

import email
import email.policy
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from agent.config import Config, load_config
from agent.engine.once import PassReport, run_once
from tests.mailstack import MailStack

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Received:
    """A mail as a person's client shows it."""

    message: EmailMessage

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])

    @property
    def text(self) -> str:
        part = self.message.get_body(("plain",))
        return str(part.get_content()) if part is not None else ""

    @property
    def reply_address(self) -> str:
        value = self.message.get("Reply-To") or self.message["From"]
        return str(value.addresses[0].addr_spec)

    @property
    def all_recipients(self) -> str:
        return ", ".join(str(self.message.get(h, "")) for h in ("To", "Cc"))


def config_text(
    stack: MailStack,
    *,
    imap: dict[str, str] | None = None,
    policy: dict[str, str] | None = None,
    digest: dict[str, str] | None = None,
    lifecycle: dict[str, str] | None = None,
) -> str:
    """A config file for the agent on ``stack``, with extra ``key = value`` lines per table.

    Values are TOML as written (``'"monday"'``, ``"8"``, ``"true"``).
    """

    def lines(extra: dict[str, str] | None) -> str:
        return "".join(f"{key} = {value}\n" for key, value in (extra or {}).items())

    return f"""
[agent]
address = "{stack.address("intros")}"
name = "Intro Agent"

[imap]
host = "{stack.host}"
port = {stack.imaps_port}
security = "tls"
username = "{stack.address("intros")}"
password = "{stack.password}"
ca_file = "{stack.ca_file}"
timeout_seconds = 10
{lines(imap)}
[smtp]
host = "{stack.host}"
port = {stack.submission_port}
security = "starttls"
username = "{stack.address("intros")}"
password_env = "INTRO_TEST_SMTP_PASSWORD"
ca_file = "{stack.ca_file}"
timeout_seconds = 10

[store]
path = "store.json"

[policy]
allowed_requesters = ["*@example.test"]
{lines(policy)}
[digest]
{lines(digest)}
[lifecycle]
{lines(lifecycle)}"""


class RealWorld:
    """The agent's config and clock, and the people's mailboxes on the real stack."""

    def __init__(
        self,
        stack: MailStack,
        folder: Path,
        *,
        imap: dict[str, str] | None = None,
        policy: dict[str, str] | None = None,
        digest: dict[str, str] | None = None,
        lifecycle: dict[str, str] | None = None,
    ) -> None:
        # The weekly digest is off unless a test is about it: it has its own tests, and
        # would otherwise add a mail to the requester's inbox in any pass after its slot.
        self.stack = stack
        self.folder = folder
        self.config_path = folder / "config.toml"
        self.config_path.write_text(
            config_text(
                stack,
                imap=imap,
                policy=policy,
                digest={"enabled": "false"} if digest is None else digest,
                lifecycle=lifecycle,
            )
        )
        self.config: Config = load_config(self.config_path)
        self.now = START
        self.seen: dict[str, int] = {}

    def once(self, after: timedelta = timedelta(minutes=1)) -> PassReport:
        self.now += after
        return run_once(self.config, self.now)

    def send(
        self,
        sender: str,
        subject: str,
        body: str,
        *,
        to: str = "intros",
        cc: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> bytes:
        msg = EmailMessage()
        msg["From"] = self._named(sender)
        msg["To"] = ", ".join(self._named(t.strip()) for t in to.split(","))
        recipients = [t.strip() for t in to.split(",")]
        if cc:
            msg["Cc"] = ", ".join(self._named(c.strip()) for c in cc.split(","))
            recipients += [c.strip() for c in cc.split(",")]
        msg["Subject"] = subject
        msg["Date"] = format_datetime(self.now)
        msg["Message-ID"] = make_msgid(domain="mail.example.test")
        for name, value in (headers or {}).items():
            msg[name] = value
        msg.set_content(body)
        raw = msg.as_bytes()
        self.deliver(raw, sender, recipients)
        return raw

    def deliver(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        before = len(self.stack.uids("intros"))
        self.stack.send(raw, sender=self.stack.address(sender), recipients=recipients)
        if any(self.stack.address(r) == self.stack.address("intros") for r in recipients):
            self.stack.wait_for_count("intros", before + 1)

    def reply(
        self,
        person: str,
        received: Received,
        body: str,
        style: str = "gmail",
        to: str | None = None,
    ) -> bytes:
        """``person`` answers ``received`` from their client, quoting it in that client's way.

        The answer goes where the client sends it (Reply-To, else From) unless ``to`` says.
        """
        original = received.message
        target = self.stack.address(to) if to else received.reply_address
        msg = EmailMessage()
        msg["From"] = self._named(person)
        msg["To"] = target
        msg["Subject"] = "Re: " + received.subject
        msg["Date"] = format_datetime(self.now)
        msg["Message-ID"] = make_msgid(domain="mail.example.test")
        msg["In-Reply-To"] = str(original["Message-ID"])
        msg["References"] = str(original["Message-ID"])
        msg.set_content(quote(style, body, received))
        raw = msg.as_bytes()
        self.deliver(raw, person, [target])
        return raw

    def mailbox(self, person: str, settle: float = 1.0) -> list[Received]:
        """Everything in ``person``'s inbox, oldest first (waits for mail still in flight)."""
        time.sleep(settle)
        client = self.stack.login(person)
        try:
            client.select_folder("INBOX", readonly=True)
            uids = sorted(client.search("ALL"))
            fetched = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
        finally:
            client.logout()
        out = []
        for uid in uids:
            parsed = email.message_from_bytes(fetched[uid][b"BODY[]"], policy=email.policy.default)
            assert isinstance(parsed, EmailMessage)
            out.append(Received(parsed))
        return out

    def new_mail(self, person: str, expected: int) -> list[Received]:
        """The mail ``person`` received since last asked, after waiting for ``expected`` of it."""
        seen = self.seen.get(person, 0)
        if expected:
            self.stack.wait_for_count(person, seen + expected)
        found = self.mailbox(person, settle=0.7)
        self.seen[person] = len(found)
        return found[seen:]

    def _named(self, who: str) -> str:
        address = self.stack.address(who)
        name = who.split("@")[0].capitalize()
        return f"{name} Example <{address}>"


def quote(style: str, body: str, received: Received) -> str:
    """``body`` followed (or preceded) by the quoted original, as the named client does it."""
    original = received.text.rstrip("\n").splitlines()
    sender = str(received.message["From"])
    when = "Mon, 2 Nov 2026 at 09:01"
    quoted = "\n".join(">" + (" " + line if line else "") for line in original)
    if style == "gmail":
        return f"{body}\n\nOn {when}, {sender} wrote:\n\n{quoted}\n"
    if style == "outlook":
        block = "\n".join(original)
        return (
            f"{body}\n\n________________________________\nFrom: {sender}\n"
            f"Sent: Monday, November 2, 2026 9:01 AM\nTo: me\nSubject: {received.subject}\n\n"
            f"{block}\n"
        )
    if style == "apple":
        return f"{body}\n\n> On 2 Nov 2026, at 09:01, {sender} wrote:\n>\n{quoted}\n"
    if style == "iphone":
        header = f"> On Nov 2, 2026, at 9:01 AM, {sender} wrote:"
        return f"{body}\n\nSent from my iPhone\n\n{header}\n{quoted}\n"
    if style == "bottom":
        return f"On {when}, {sender} wrote:\n{quoted}\n\n{body}\n"
    raise ValueError(style)
