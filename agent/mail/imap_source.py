"""The IMAP source: where the agent's mail comes from.

A thin synchronous facade over IMAPClient; the daemon calls it through
``asyncio.to_thread``. Messages are named by (folder, UIDVALIDITY, UID) everywhere,
never by sequence number. A message larger than ``max_message_bytes`` is never fetched
whole: its size is read first and only its header is fetched, so one huge mail cannot
exhaust memory. Every failure is raised as an ``agent.errors.MailError`` that says what
is wrong, never as an imaplib or socket exception. After a ``MailConnectError`` (the
connection broke, or the server ended the session, as Dovecot does when the inbox's
UIDVALIDITY changes) the source is closed; ``open`` reconnects and reports the
UIDVALIDITY afresh. One source serves one thread at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

from imapclient import IMAPClient

from agent.config import ImapSection
from agent.errors import InsecureAuthError, MailAuthError, MailboxError, MailError, MailTLSError
from agent.mail.credentials import resolve_secret, run_secret_command
from agent.mail.imap_errors import imap_error
from agent.mail.net_errors import Endpoint, secret_key
from agent.mail.tls import client_context

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 50
# The most of an oversize message's header that is fetched.
MAX_HEADER_BYTES = 64 * 1024
# RFC 2177: clients should re-issue IDLE at least every 29 minutes.
MAX_IDLE_SECONDS = 29 * 60
_DELETED = b"\\Deleted"


@dataclass(frozen=True)
class FetchedMessage:
    """One message as fetched: whole, or only its header when it is over the size limit.

    ``size`` is the server's RFC822.SIZE; for an oversize message ``raw`` holds at most
    the first ``MAX_HEADER_BYTES`` of its header.
    """

    folder: str
    uidvalidity: int
    uid: int
    size: int
    raw: bytes
    oversize: bool


@dataclass(frozen=True)
class FolderInfo:
    """A folder as the server lists it."""

    name: str
    flags: tuple[str, ...]


class ImapSource:
    """A connection to the agent's mailbox; use as a context manager or call ``open``.

    ``open`` connects, logs in, creates the processed and quarantine folders if missing
    and selects the inbox. ``connect`` alone stops after logging in (``intro-agent check``
    uses it, to look without changing anything).
    """

    def __init__(self, cfg: ImapSection, *, prefer_move: bool = True) -> None:
        self.cfg = cfg
        self.endpoint = Endpoint.of("IMAP", cfg)
        # False forces COPY + \Deleted + UID EXPUNGE even where MOVE is offered.
        self._prefer_move = prefer_move
        self._client: IMAPClient | None = None
        self._capabilities: frozenset[bytes] = frozenset()
        self._uidvalidity: int | None = None

    # -- connection ----------------------------------------------------------------

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def open(self) -> int:
        """Connect, log in, ensure the folders exist, select the inbox; return its UIDVALIDITY."""
        self.connect()
        try:
            self.ensure_folders()
            return self.select()
        except BaseException:
            self.close()
            raise

    def connect(self) -> None:
        """Open the connection with the configured security and log in."""
        if self._client is not None:
            return
        self._check_not_cleartext()
        cfg = self.cfg
        context = client_context(cfg) if cfg.security != "none" else None
        with self._translated("connecting"):
            client = IMAPClient(
                cfg.host,
                port=cfg.port,
                ssl=cfg.security == "tls",
                ssl_context=context,
                timeout=cfg.timeout_seconds,
            )
        self._client = client
        try:
            if cfg.security == "starttls":
                with self._translated("starting TLS"):
                    if not client.has_capability("STARTTLS"):
                        raise MailTLSError(
                            f"{self.endpoint.address} does not offer STARTTLS; use "
                            'security = "tls" with its TLS port (the password is not sent '
                            "over an unencrypted connection)"
                        )
                    client.starttls(context)
            self._login(client)
            with self._translated("reading capabilities"):
                self._capabilities = frozenset(client.capabilities())
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Log out and close; never raises (the connection may already be gone)."""
        client, self._client = self._client, None
        self._uidvalidity = None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            try:
                client.shutdown()
            except Exception as exc:  # already closed: nothing left to release
                log.debug("closing the IMAP connection: %s", exc)

    @property
    def connected(self) -> bool:
        return self._client is not None

    @property
    def has_idle(self) -> bool:
        return b"IDLE" in self._capabilities

    @property
    def has_move(self) -> bool:
        return b"MOVE" in self._capabilities

    @property
    def capabilities(self) -> frozenset[bytes]:
        return self._capabilities

    # -- folders -------------------------------------------------------------------

    def list_folders(self) -> list[FolderInfo]:
        """Every folder the server lists, with its flags."""
        client = self._require()
        with self._translated("listing folders"):
            listed = client.list_folders()
        return [
            FolderInfo(name=str(name), flags=tuple(_text(f) for f in flags))
            for flags, _delimiter, name in listed
        ]

    def ensure_folders(self) -> list[str]:
        """Create the processed and quarantine folders if missing; return those created."""
        client = self._require()
        created: list[str] = []
        for folder in (self.cfg.processed_folder, self.cfg.quarantine_folder):
            with self._translated(f"looking for folder {folder}"):
                exists = client.folder_exists(folder)
            if not exists:
                with self._translated(f"creating folder {folder}"):
                    client.create_folder(folder)
                created.append(folder)
        return created

    def select(self) -> int:
        """Select the inbox (again) and return its UIDVALIDITY."""
        client = self._require()
        folder = self.cfg.folder
        with self._translated(f"selecting folder {folder}"):
            if not client.folder_exists(folder):
                raise MailboxError(
                    f"folder {folder!r} does not exist at {self.endpoint.address} "
                    "(check imap.folder)"
                )
            info = client.select_folder(folder)
        self._uidvalidity = int(info[b"UIDVALIDITY"])
        return self._uidvalidity

    @property
    def uidvalidity(self) -> int:
        """The inbox's UIDVALIDITY as of the last ``select``."""
        if self._uidvalidity is None:
            raise MailboxError("no folder selected: call open() or select() first")
        return self._uidvalidity

    # -- messages ------------------------------------------------------------------

    def uids_after(self, uid: int) -> list[int]:
        """The UIDs in the inbox greater than ``uid``, ascending."""
        client = self._require()
        with self._translated(f"searching {self.cfg.folder}"):
            found = client.search(["UID", f"{uid + 1}:*"])
        # "N:*" always matches the highest UID, even when it is below N (RFC 3501 6.4.8).
        return sorted(u for u in (int(x) for x in found) if u > uid)

    def fetch_after(self, uid: int, limit: int = DEFAULT_BATCH_SIZE) -> list[FetchedMessage]:
        """Up to ``limit`` messages with UID greater than ``uid``, lowest UIDs first.

        Call again with the last UID returned until the list is empty.
        """
        return self.fetch_uids(self.uids_after(uid)[:limit])

    def fetch_uids(self, uids: Sequence[int]) -> list[FetchedMessage]:
        """The given messages of the inbox (missing ones are left out), in UID order."""
        if not uids:
            return []
        client = self._require()
        uidvalidity = self.uidvalidity
        limit = self.cfg.max_message_bytes
        with self._translated("reading message sizes"):
            sized = client.fetch(list(uids), ["RFC822.SIZE"])
        sizes = {int(u): int(data[b"RFC822.SIZE"]) for u, data in sized.items()}
        whole = [u for u, size in sizes.items() if size <= limit]
        oversize = [u for u, size in sizes.items() if size > limit]
        raws: dict[int, bytes] = {}
        if whole:
            with self._translated("fetching messages"):
                fetched = client.fetch(whole, ["BODY.PEEK[]"])
            raws.update(_bodies(fetched, b"BODY[]"))
        if oversize:
            # Even the header is capped: a message can be oversize by its header alone.
            part = f"BODY.PEEK[HEADER]<0.{MAX_HEADER_BYTES}>"
            with self._translated("fetching headers of oversize messages"):
                fetched = client.fetch(oversize, [part])
            raws.update(_bodies(fetched, b"BODY[HEADER]<0>"))
        return [
            FetchedMessage(
                folder=self.cfg.folder,
                uidvalidity=uidvalidity,
                uid=u,
                size=sizes[u],
                raw=raws[u],
                oversize=sizes[u] > limit,
            )
            for u in sorted(sizes)
            # Expunged by another client between the two fetches: nothing to return.
            if u in raws
        ]

    def move(self, uids: Iterable[int], folder: str) -> None:
        """Move messages of the inbox to ``folder`` (MOVE, else COPY + \\Deleted + EXPUNGE)."""
        wanted = sorted(set(uids))
        if not wanted:
            return
        client = self._require()
        with self._translated(f"moving {len(wanted)} message(s) to {folder}"):
            if self._prefer_move and self.has_move:
                client.move(wanted, folder)
                return
            client.copy(wanted, folder)
            client.add_flags(wanted, [_DELETED], silent=True)
            if b"UIDPLUS" in self._capabilities:
                client.uid_expunge(wanted)
            else:
                # Without UIDPLUS this also expunges other \Deleted messages of the inbox;
                # the agent's inbox holds none it has not moved itself.
                client.expunge()

    def delete(self, uids: Iterable[int]) -> None:
        """Delete messages of the inbox for good (only ``check``'s own probe needs this)."""
        wanted = sorted(set(uids))
        if not wanted:
            return
        client = self._require()
        with self._translated(f"deleting {len(wanted)} message(s)"):
            client.add_flags(wanted, [_DELETED], silent=True)
            if b"UIDPLUS" in self._capabilities:
                client.uid_expunge(wanted)
            else:
                client.expunge()

    def move_to_processed(self, uids: Iterable[int]) -> None:
        self.move(uids, self.cfg.processed_folder)

    def move_to_quarantine(self, uids: Iterable[int]) -> None:
        self.move(uids, self.cfg.quarantine_folder)

    # -- waiting -------------------------------------------------------------------

    def idle_wait(self, timeout: float) -> bool:
        """Wait in IDLE up to ``timeout`` seconds; True when the server signals new mail.

        Without IDLE this sends NOOP and reports whether it announced new messages, so
        the caller can poll with the same code.
        """
        client = self._require()
        timeout = min(max(timeout, 0.0), MAX_IDLE_SECONDS)
        if not self.has_idle:
            return self.noop()
        with self._translated("waiting in IDLE"):
            client.idle()
            try:
                responses = client.idle_check(timeout=timeout)
            finally:
                _done_text, more = client.idle_done()
        return _announces_mail(list(responses) + list(more))

    def noop(self) -> bool:
        """Send NOOP (keeps the connection alive); True when it announced new mail."""
        client = self._require()
        with self._translated("sending NOOP"):
            _, responses = client.noop()
        return _announces_mail(responses)

    # -- internals -----------------------------------------------------------------

    def _require(self) -> IMAPClient:
        if self._client is None:
            raise MailboxError(f"not connected to {self.endpoint.address}: call open() first")
        return self._client

    def _check_not_cleartext(self) -> None:
        cfg = self.cfg
        sends_secret = cfg.secret is not None or cfg.oauth2_token_command is not None
        if sends_secret and cfg.security == "none" and not cfg.is_loopback:
            raise InsecureAuthError(
                f"refusing to send the IMAP password in clear text to {self.endpoint.address}: "
                'use security = "tls" or "starttls" (plain connections are allowed only to a '
                "loopback address)"
            )

    def _login(self, client: IMAPClient) -> None:
        cfg = self.cfg
        if cfg.oauth2_token_command is not None:
            with self._translated("reading capabilities"):
                offered = client.has_capability("AUTH=XOAUTH2")
            if not offered:
                raise MailAuthError(
                    f"{self.endpoint.address} does not offer XOAUTH2 login; "
                    "use a password instead of imap.oauth2_token_command"
                )
            token = run_secret_command(cfg.oauth2_token_command, "imap.oauth2_token_command")
            try:
                with self._translated("logging in (XOAUTH2)"):
                    client.oauth2_login(cfg.username, token)
            except MailAuthError as exc:
                raise MailAuthError(
                    f"the OAuth2 token for {cfg.username} was refused by "
                    f"{self.endpoint.address} ({exc})"
                ) from exc
            return
        if cfg.secret is None:
            raise MailError(
                "imap: no password, password_env, password_command or oauth2_token_command "
                "is configured, so the agent cannot log in"
            )
        password = resolve_secret(cfg.secret, secret_key("imap", cfg.secret))
        with self._translated("logging in"):
            client.login(cfg.username, password)

    @contextmanager
    def _translated(self, doing: str) -> Iterator[None]:
        try:
            yield
        except MailError:
            raise
        except Exception as exc:
            translated = imap_error(exc, self.endpoint, doing)
            if translated is None:
                raise
            # A broken connection cannot be used again; the caller reconnects.
            if not isinstance(translated, MailboxError):
                self._drop()
            raise translated from exc

    def _drop(self) -> None:
        client, self._client = self._client, None
        self._uidvalidity = None
        if client is not None:
            try:
                client.shutdown()
            except Exception as exc:  # already gone
                log.debug("dropping the IMAP connection: %s", exc)


def _bodies(fetched: dict[int, dict[bytes, Any]], key: bytes) -> Iterator[tuple[int, bytes]]:
    for uid, data in fetched.items():
        body = data.get(key)
        if isinstance(body, bytes):
            yield int(uid), body


def _announces_mail(responses: Iterable[Any]) -> bool:
    """True if an untagged EXISTS is among ``responses``: the message count changed."""
    return any(
        isinstance(r, tuple) and len(r) >= 2 and isinstance(r[0], int) and r[1] == b"EXISTS"
        for r in responses
    )


def _text(value: bytes | str) -> str:
    return value.decode("ascii", "replace") if isinstance(value, bytes) else value
