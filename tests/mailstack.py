"""The loopback mail stack as tests see it: connection facts, logins, sending, waiting.

The stack itself (Dovecot + Postfix) is started by ``scripts/mailstack/start.sh``, which
writes ``mailstack.env``; this module only reads that file and talks to the servers.
"""

from __future__ import annotations

import fcntl
import json
import os
import shlex
import smtplib
import socket
import ssl
import subprocess
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from imapclient import IMAPClient

from agent.config import ImapSection, Secret, Security, SmtpSection

ENV_VAR = "INTRO_AGENT_MAILSTACK_ENV"
DEFAULT_DIR = Path("/tmp/intro-agent-mailstack")
DEFAULT_ENV = DEFAULT_DIR / "mailstack.env"
REPO = Path(__file__).resolve().parent.parent
START_SCRIPT = REPO / "scripts" / "mailstack" / "start.sh"
STOP_SCRIPT = REPO / "scripts" / "mailstack" / "stop.sh"
# Folders Dovecot creates for every user (auto = subscribe); anything else a test made.
STANDARD_FOLDERS = frozenset({"INBOX", "Drafts", "Sent", "Trash", "Junk", "Archive"})


@dataclass(frozen=True)
class MailStack:
    """Where the servers listen and who can log in."""

    dir: Path
    host: str
    domain: str
    users: tuple[str, ...]
    password: str
    imap_port: int
    imaps_port: int
    lmtp_port: int
    smtp_port: int
    submission_port: int
    smtps_port: int
    ca_file: Path
    dovecot_conf: Path

    def address(self, name: str) -> str:
        """``alice`` -> ``alice@example.test``; full addresses pass through."""
        return name if "@" in name else f"{name}@{self.domain}"

    def is_up(self) -> bool:
        """True when every port accepts a connection."""
        ports = (
            self.imap_port,
            self.imaps_port,
            self.smtp_port,
            self.submission_port,
            self.smtps_port,
        )
        return all(port_open(self.host, p) for p in ports)

    def imap_config(
        self, user: str = "intros", *, security: Security = "tls", **overrides: Any
    ) -> ImapSection:
        """An ``[imap]`` section for ``user`` on the port that matches ``security``."""
        values: dict[str, Any] = {
            "host": self.host,
            "port": self.imaps_port if security == "tls" else self.imap_port,
            "security": security,
            "username": self.address(user),
            "secret": Secret("password", self.password),
            "ca_file": self.ca_file,
            "timeout_seconds": 10.0,
        }
        values.update(overrides)
        return ImapSection(**values)

    def smtp_config(
        self, user: str = "intros", *, security: Security = "starttls", **overrides: Any
    ) -> SmtpSection:
        """An ``[smtp]`` section: implicit TLS, submission with STARTTLS, or plain SMTP.

        The plain port takes no AUTH, so ``none`` comes without a password.
        """
        port = {"tls": self.smtps_port, "starttls": self.submission_port}.get(
            security, self.smtp_port
        )
        values: dict[str, Any] = {
            "host": self.host,
            "port": port,
            "security": security,
            "username": self.address(user),
            "secret": Secret("password", self.password) if security != "none" else None,
            "ca_file": self.ca_file,
            "timeout_seconds": 10.0,
        }
        values.update(overrides)
        return SmtpSection(**values)

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))

    def login(self, user: str, *, tls: bool = False) -> IMAPClient:
        """An IMAPClient logged in as ``user`` (plain port, or IMAPS when ``tls``)."""
        if tls:
            client = IMAPClient(
                self.host,
                port=self.imaps_port,
                ssl=True,
                ssl_context=self.tls_context(),
                timeout=10,
            )
        else:
            client = IMAPClient(self.host, port=self.imap_port, ssl=False, timeout=10)
        try:
            client.login(self.address(user), self.password)
        except BaseException:
            client.shutdown()
            raise
        return client

    def send(self, raw: bytes, *, sender: str, recipients: Sequence[str]) -> None:
        """Hand ``raw`` to Postfix on the plain SMTP port (no AUTH, no TLS)."""
        with smtplib.SMTP(self.host, self.smtp_port, timeout=10) as smtp:
            smtp.sendmail(sender, [self.address(r) for r in recipients], raw)

    def uids(self, user: str, folder: str = "INBOX") -> list[int]:
        """The UIDs in ``user``'s ``folder``, ascending."""
        client = self.login(user)
        try:
            client.select_folder(folder, readonly=True)
            return sorted(int(u) for u in client.search("ALL"))
        finally:
            client.logout()

    def wait_for_count(
        self, user: str, count: int, folder: str = "INBOX", timeout: float = 15.0
    ) -> list[int]:
        """Wait until ``user``'s ``folder`` holds at least ``count`` messages; their UIDs."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.uids(user, folder)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"{self.address(user)} {folder}: {len(found)} message(s) after "
                    f"{timeout:g} s, expected {count} (see {self.dir}/log/postfix.log)"
                )
            time.sleep(0.05)

    def set_uidvalidity(self, user: str, value: int, folder: str = "INBOX") -> None:
        """Give ``user``'s ``folder`` a new UIDVALIDITY, as a server restore would."""
        subprocess.run(
            [
                "doveadm",
                "-c",
                str(self.dovecot_conf),
                "mailbox",
                "update",
                "-u",
                self.address(user),
                "--uid-validity",
                str(value),
                folder,
            ],
            check=True,
            capture_output=True,
            timeout=30,
        )

    def _postfix(self, command: str, *args: str) -> str:
        """Run a Postfix queue tool on this stack's configuration; its output."""
        done = subprocess.run(
            [command, "-c", str(self.dir / "postfix" / "conf"), *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        return done.stdout

    def queued(self) -> dict[str, str]:
        """The mail Postfix still holds: queue ID -> queue (``active``, ``deferred``...)."""
        lines = self._postfix("postqueue", "-j").splitlines()
        return {doc["queue_id"]: doc["queue_name"] for doc in map(json.loads, lines) if doc}

    def empty_queue(self, timeout: float = 60.0) -> None:
        """Wait until Postfix holds no mail; mail left waiting for a retry is discarded.

        Mail being delivered leaves the queue only once Dovecot has stored it, so after
        this nothing queued earlier can still arrive. Mail in the deferred or hold queue
        is not being delivered and is deleted, rather than waited for until its retry.
        """
        deadline = time.monotonic() + timeout  # a hang guard
        while queued := self.queued():
            for queue in sorted({"deferred", "hold"} & set(queued.values())):
                self._postfix("postsuper", "-d", "ALL", queue)
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"Postfix still holds {len(queued)} message(s) after {timeout:g} s: "
                    f"{queued} (see {self.dir}/log/postfix.log)"
                )
            time.sleep(0.05)

    def reset(self, users: Sequence[str] | None = None) -> None:
        """Empty every standard folder of ``users`` (default all) and delete any other.

        First wait until Postfix's queue is empty, so no mail an earlier test sent
        arrives afterwards. Only root may look into the queue of a stack with its own
        configuration folder; for anyone else the mailboxes alone are emptied.
        """
        if os.geteuid() == 0:
            self.empty_queue()
        for user in users if users is not None else self.users:
            client = self.login(user)
            try:
                for _flags, _delim, name in client.list_folders():
                    folder = str(name)
                    if folder in STANDARD_FOLDERS:
                        client.select_folder(folder)
                        uids = client.search("ALL")
                        # In slices: a benchmark's mailbox can hold more UIDs than one
                        # command line may list.
                        for start in range(0, len(uids), 1000):
                            client.delete_messages(uids[start : start + 1000])
                        if uids:
                            client.expunge()
                        client.unselect_folder()
                # Children before parents ("A/B" sorts after "A"); a parent that exists only
                # because of its children is listed \NonExistent and goes with them.
                extra = sorted(
                    (
                        str(name)
                        for flags, _d, name in client.list_folders()
                        if str(name) not in STANDARD_FOLDERS
                        and not {b"\\NonExistent", b"\\Noselect"} & set(flags)
                    ),
                    reverse=True,
                )
                for folder in extra:
                    client.delete_folder(folder)
            finally:
                client.logout()


@contextmanager
def exclusive(stack: MailStack) -> Iterator[None]:
    """Hold the stack for one test. Test sessions that share a stack (two people, or a
    full run beside a targeted one) then take turns per test instead of emptying each
    other's mailboxes mid-test."""
    fd = os.open(f"{stack.dir}.lock", os.O_RDWR | os.O_CREAT, 0o666)
    try:
        with suppress(OSError):
            os.fchmod(fd, 0o666)  # whoever comes next may be another user
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def make_message(
    sender: str,
    to: str | Sequence[str],
    subject: str = "Hello",
    body: str = "Hello there.\n",
    *,
    message_id: str | None = None,
) -> bytes:
    """A small, well-formed RFC 5322 message as bytes with CRLF line ends."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to if isinstance(to, str) else ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = message_id or make_msgid(uuid.uuid4().hex[:12], sender.split("@")[-1])
    msg.set_content(body)
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def env_path() -> Path:
    """``$INTRO_AGENT_MAILSTACK_ENV``, else the default state folder's file."""
    explicit = os.environ.get(ENV_VAR)
    return Path(explicit) if explicit else DEFAULT_ENV


def read_env(path: Path) -> MailStack:
    """Parse the shell-syntax ``mailstack.env`` that start.sh writes."""
    values: dict[str, str] = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        parts = shlex.split(value)
        values[key] = parts[0] if len(parts) == 1 else " ".join(parts)
    state = Path(values["MAILSTACK_DIR"])
    return MailStack(
        dir=state,
        host=values.get("MAILSTACK_HOST", "127.0.0.1"),
        domain=values.get("MAILSTACK_DOMAIN", "example.test"),
        users=tuple(values.get("MAILSTACK_USERS", "").split()),
        password=values.get("MAILSTACK_PASSWORD", "secret"),
        imap_port=int(values["MAILSTACK_IMAP_PORT"]),
        imaps_port=int(values["MAILSTACK_IMAPS_PORT"]),
        lmtp_port=int(values["MAILSTACK_LMTP_PORT"]),
        smtp_port=int(values["MAILSTACK_SMTP_PORT"]),
        submission_port=int(values["MAILSTACK_SUBMISSION_PORT"]),
        smtps_port=int(values["MAILSTACK_SMTPS_PORT"]),
        ca_file=Path(values.get("MAILSTACK_CA_FILE", str(state / "tls" / "cert.pem"))),
        dovecot_conf=Path(
            values.get("MAILSTACK_DOVECOT_CONF", str(state / "etc" / "dovecot.conf"))
        ),
    )


def start(state_dir: Path) -> None:
    """Run start.sh into ``state_dir``; raise with its output if it fails."""
    done = subprocess.run(
        ["bash", str(START_SCRIPT), str(state_dir)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{START_SCRIPT} failed ({done.returncode}):\n{done.stderr[-3000:]}")


def stop(state_dir: Path) -> None:
    subprocess.run(
        ["bash", str(STOP_SCRIPT), str(state_dir)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
        check=False,
    )
