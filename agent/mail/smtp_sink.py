"""The SMTP sink: how the agent's mail leaves.

A connection serves a run of mails: ``async with SmtpSink(cfg) as sink`` connects,
negotiates TLS and logs in once, and every ``send`` inside reuses the connection
(reconnecting once if the server dropped it between messages). The envelope sender is
always given explicitly, so bounces go where the caller decides, not to whatever the
From header says.

Recipients are all-or-nothing, because an outbox row is one mail to a set of people and
must either be sent to all of them or stay unsent: if the server refuses any recipient
at RCPT, the transaction is abandoned with RSET before DATA and the send raises. The
error is ``SmtpPermanentError`` when any refusal was 5xx (retrying the row can never
succeed as a whole) and ``SmtpTransientError`` when every refusal was 4xx; ``refused``
names each refused recipient with its code and text.
"""

from __future__ import annotations

import asyncio
import email.policy
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from email.message import EmailMessage
from types import TracebackType
from typing import Self

import aiosmtplib

from agent.config import SmtpSection
from agent.errors import (
    InsecureAuthError,
    MailAuthError,
    MailError,
    SmtpPermanentError,
    SmtpReplyError,
    SmtpTransientError,
)
from agent.mail.credentials import resolve_secret, run_secret_command
from agent.mail.net_errors import Endpoint, secret_key
from agent.mail.smtp_errors import smtp_error
from agent.mail.tls import client_context

log = logging.getLogger(__name__)

# CRLF line ends, and non-ASCII headers encoded (RFC 2047) rather than sent raw.
_WIRE_POLICY = email.policy.SMTP


class SmtpSink:
    """A connection to the outgoing mail server, for one batch of messages."""

    def __init__(self, cfg: SmtpSection, *, local_hostname: str | None = None) -> None:
        self.cfg = cfg
        self.endpoint = Endpoint.of("SMTP", cfg)
        self._local_hostname = local_hostname
        self._smtp: aiosmtplib.SMTP | None = None

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def connected(self) -> bool:
        return self._smtp is not None and self._smtp.is_connected

    async def connect(self) -> None:
        """Connect with the configured security and log in if a secret is configured."""
        if self.connected:
            return
        self._check_not_cleartext()
        cfg = self.cfg
        smtp = aiosmtplib.SMTP(
            hostname=cfg.host,
            port=cfg.port,
            local_hostname=self._local_hostname,
            timeout=cfg.timeout_seconds,
            use_tls=cfg.security == "tls",
            # True: STARTTLS is required, never skipped; False: never attempted.
            start_tls=cfg.security == "starttls",
            tls_context=client_context(cfg) if cfg.security != "none" else None,
        )
        self._smtp = smtp
        try:
            with self._translated("connecting"):
                await smtp.connect()
            await self._login(smtp)
        except BaseException:
            self._drop()
            raise

    async def close(self) -> None:
        """Say QUIT and close; never raises (the connection may already be gone)."""
        smtp, self._smtp = self._smtp, None
        if smtp is None or not smtp.is_connected:
            return
        transport = smtp.transport
        try:
            await smtp.quit()
        except (aiosmtplib.SMTPException, OSError) as exc:
            log.debug("closing the SMTP connection: %s", exc)
        if transport is not None:
            await _closed(transport)

    async def send(
        self,
        message: bytes | EmailMessage,
        *,
        sender: str,
        recipients: Sequence[str],
    ) -> None:
        """Send ``message`` to every one of ``recipients`` or to none; see the module doc.

        ``sender`` is the envelope sender (MAIL FROM); "" sends with a null sender.
        """
        if not recipients:
            raise SmtpPermanentError("cannot send a message without recipients")
        data = _wire_bytes(message)
        if not self.connected:
            await self.connect()
        smtp = self._smtp
        assert smtp is not None
        utf8 = not sender.isascii() or any(not r.isascii() for r in recipients)
        options: list[str] = []
        if utf8:
            if not smtp.supports_extension("smtputf8"):
                raise SmtpPermanentError(
                    f"{self.endpoint.address} does not support SMTPUTF8, needed for the "
                    "non-ASCII addresses of this message"
                )
            options.append("SMTPUTF8")
        if not data.isascii() and smtp.supports_extension("8bitmime"):
            options.append("BODY=8BITMIME")
        encoding = "utf-8" if utf8 else "ascii"
        refused: dict[str, tuple[int, str]] = {}
        try:
            with self._translated(f"sending MAIL FROM:<{sender}>"):
                await smtp.mail(sender, options=options, encoding=encoding)
            for recipient in recipients:
                try:
                    with self._translated(f"sending RCPT TO:<{recipient}>"):
                        await smtp.rcpt(recipient, encoding=encoding)
                except SmtpReplyError as exc:
                    if exc.code is None:
                        raise
                    refused[recipient] = (exc.code, exc.text)
            if not refused:
                with self._translated("sending the message (DATA)"):
                    await smtp.data(data)
        except MailError:
            await self._abandon()
            raise
        if refused:
            await self._abandon()
            raise _refusal(refused, len(recipients))

    # -- internals -----------------------------------------------------------------

    def _check_not_cleartext(self) -> None:
        cfg = self.cfg
        sends_secret = cfg.secret is not None or cfg.oauth2_token_command is not None
        if sends_secret and cfg.security == "none" and not cfg.is_loopback:
            raise InsecureAuthError(
                f"refusing to send the SMTP password in clear text to {self.endpoint.address}: "
                'use security = "tls" or "starttls" (plain connections are allowed only to a '
                "loopback address)"
            )

    async def _login(self, smtp: aiosmtplib.SMTP) -> None:
        cfg = self.cfg
        if cfg.oauth2_token_command is not None:
            if smtp.is_ehlo_or_helo_needed:
                with self._translated("greeting (EHLO)"):
                    await smtp.ehlo()
            if "xoauth2" not in smtp.server_auth_methods:
                raise MailAuthError(
                    f"{self.endpoint.address} does not offer XOAUTH2 login; "
                    "use a password instead of smtp.oauth2_token_command"
                )
            token = run_secret_command(cfg.oauth2_token_command, "smtp.oauth2_token_command")
            with self._translated("logging in (XOAUTH2)"):
                await smtp.auth_xoauth2(cfg.username, token)
        elif cfg.secret is not None:
            password = resolve_secret(cfg.secret, secret_key("smtp", cfg.secret))
            with self._translated("logging in"):
                await smtp.login(cfg.username, password)

    async def _abandon(self) -> None:
        """End a half-made transaction so the connection can carry the next message."""
        smtp = self._smtp
        if smtp is None or not smtp.is_connected:
            return
        try:
            await smtp.rset()
        except (aiosmtplib.SMTPException, OSError) as exc:
            log.debug("RSET failed, dropping the connection: %s", exc)
            self._drop()

    @contextmanager
    def _translated(self, doing: str) -> Iterator[None]:
        try:
            yield
        except MailError:
            raise
        except Exception as exc:
            translated = smtp_error(exc, self.endpoint, doing)
            if translated is None:
                raise
            if not isinstance(exc, aiosmtplib.SMTPResponseException):
                self._drop()
            raise translated from exc

    def _drop(self) -> None:
        """Close at once: after a failure there is nothing left to say to the server."""
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        if isinstance(smtp.transport, asyncio.WriteTransport):
            # abort(), not close(): a TLS close would wait for the peer's close_notify,
            # and a loop that ends first leaves the socket open.
            smtp.transport.abort()
        smtp.close()


async def _closed(transport: asyncio.BaseTransport, wait: float = 1.0) -> None:
    """Wait until ``transport``'s socket is closed (a TLS shutdown takes a round trip)."""
    sock = transport.get_extra_info("socket")
    deadline = asyncio.get_running_loop().time() + wait
    while sock is not None and sock.fileno() != -1:
        if asyncio.get_running_loop().time() > deadline:
            if isinstance(transport, asyncio.WriteTransport):
                transport.abort()
            return
        await asyncio.sleep(0.005)


def _refusal(refused: dict[str, tuple[int, str]], total: int) -> SmtpReplyError:
    permanent = [reply for reply in refused.values() if 500 <= reply[0] < 600]
    code, text = permanent[0] if permanent else next(iter(refused.values()))
    listed = "; ".join(f"<{r}> {c} {t}" for r, (c, t) in refused.items())
    scope = "every recipient" if len(refused) == total else f"{len(refused)} of {total} recipients"
    message = f"the server refused {scope}, so nothing was sent: {listed}"
    cls = SmtpPermanentError if permanent else SmtpTransientError
    return cls(message, code=code, text=text, refused=refused)


def _wire_bytes(message: bytes | EmailMessage) -> bytes:
    if isinstance(message, bytes):
        return message
    return message.as_bytes(policy=_WIRE_POLICY)
