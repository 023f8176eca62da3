"""``intro-agent check``: try the configured IMAP and SMTP servers and say what is wrong.

One line per finding, ``WHAT  STATUS  words``, where STATUS is ``ok``, ``note`` (works,
with a limitation) or ``FAIL``; any FAIL makes the check fail. IMAP lines: the login,
the folders the agent will use, IDLE and MOVE. SMTP: the login. MAIL lines: whether
plus-addressing reaches the inbox, and the Authentication-Results header the receiving
server adds, compared with ``policy.authserv_id``.

Without ``--send-probe`` the check only looks: missing folders are reported as "will be
created", not created, and the Authentication-Results header is read (with
``BODY.PEEK``, leaving it unread) from the newest message in the inbox. With
``--send-probe`` it sends the agent's own address a probe at
``local+probe-TOKEN@domain`` (the agent's replies ask people to answer such
plus-addresses), waits for it to arrive in the inbox, reads its header and deletes it.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from agent.config import Config, ImapSection, PolicySection, SmtpSection
from agent.errors import AgentError, MailError
from agent.mail.imap_source import ImapSource
from agent.mail.smtp_sink import SmtpSink
from agent.mail.tls import security_label
from agent.message import parse_message
from rules.authenticated_sender import parse_auth_results

Echo = Callable[[str], None]

PROBE_TIMEOUT_SECONDS = 60.0
PROBE_POLL_SECONDS = 0.5
# A header value longer than this is cut in the output (the rest is seldom useful).
MAX_SHOWN = 240


@dataclass(frozen=True)
class Finding:
    """One line of the report."""

    what: str
    status: str
    text: str


# -- pure: what the findings say ------------------------------------------------------


def probe_address(agent_address: str, token: str) -> str:
    """``intros@x`` -> ``intros+probe-TOKEN@x`` (a tag already on the address is replaced)."""
    local, _, domain = agent_address.rpartition("@")
    return f"{local.split('+', 1)[0]}+probe-{token}@{domain}"


def probe_message(
    agent_address: str, name: str, to: str, token: str, now: datetime
) -> EmailMessage:
    """The probe: from the agent to its own plus-address, marked as sent by a machine."""
    msg = EmailMessage()
    msg["From"] = f"{name} <{agent_address}>"
    msg["To"] = to
    msg["Subject"] = f"intro-agent check probe {token}"
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(idstring=f"probe-{token}", domain="intro-agent.check")
    # Never taken for a request, even by an agent that reads the inbox meanwhile.
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(
        "intro-agent check --send-probe sent this to see whether mail to the agent's\n"
        "plus-addresses reaches its inbox. It deletes it once it has arrived.\n"
    )
    return msg


def auth_results_findings(values: list[str], where: str, policy: PolicySection) -> list[Finding]:
    """What the Authentication-Results headers of one message say about the config.

    The receiving server adds its header on top, so the first value is the one to use.
    """
    configured = policy.authserv_id
    if not values:
        if configured:
            # A note, not a failure: mail submitted from inside is often left unstamped
            # while mail from outside, which is what counts, is stamped.
            return [
                Finding(
                    "MAIL",
                    "note",
                    f"no Authentication-Results header in {where}, but policy.authserv_id is "
                    f"{configured!r}: if mail from outside arrives like this, no requester's "
                    "mail will be believed",
                )
            ]
        return [
            Finding(
                "MAIL",
                "note",
                f"no Authentication-Results header in {where}: the server does not vouch for "
                "senders, so a forged From cannot be told from a real one",
            )
        ]
    top = " ".join(values[0].split())
    shown = top if len(top) <= MAX_SHOWN else top[: MAX_SHOWN - 3] + "..."
    parsed = parse_auth_results(top)
    found = [Finding("MAIL", "ok", f"Authentication-Results in {where}: {shown}")]
    if parsed is None:
        found.append(Finding("MAIL", "note", "the header names no authserv-id"))
        return found
    ids = [p.authserv_id for p in (parse_auth_results(v) for v in values) if p is not None]
    if configured is None:
        found.append(
            Finding(
                "MAIL",
                "note",
                f"policy.authserv_id is not set: set it to {parsed.authserv_id!r} so a "
                "forged From is not believed",
            )
        )
    elif configured.lower() in (i.lower() for i in ids):
        found.append(Finding("MAIL", "ok", f"policy.authserv_id {configured!r} is the server's id"))
    else:
        found.append(
            Finding(
                "MAIL",
                "FAIL",
                f"policy.authserv_id is {configured!r} but the server's header says "
                f"{parsed.authserv_id!r}: no requester's mail will be believed",
            )
        )
    return found


# -- I/O: talking to the servers -------------------------------------------------------


def run_checks(
    config: Config,
    echo: Echo,
    *,
    send_probe: bool = False,
    probe_timeout: float = PROBE_TIMEOUT_SECONDS,
) -> bool:
    """Check IMAP, then SMTP (even when IMAP failed), then the mail; True when nothing failed."""
    source = ImapSource(config.imap)
    imap_ok = check_imap(source, config.imap, echo)
    try:
        smtp_ok = asyncio.run(check_smtp(config.smtp, echo))
        mail_ok = True
        if imap_ok:
            mail_ok = check_mail(source, config, echo, send_probe, smtp_ok, probe_timeout)
    finally:
        source.close()
    return imap_ok and smtp_ok and mail_ok


def check_imap(source: ImapSource, cfg: ImapSection, echo: Echo) -> bool:
    """Log in, look for the folders the agent uses, report IDLE and MOVE.

    The source stays connected when this returns True, for the mail checks.
    """
    try:
        source.connect()
    except AgentError as exc:
        _line(echo, "IMAP", "FAIL", str(exc))
        return False
    try:
        _line(
            echo,
            "IMAP",
            "ok",
            f"logged in to {source.endpoint.address} as {cfg.username} "
            f"({security_label(cfg.security)})",
        )
        ok = _check_folders(source, cfg, echo)
        if source.has_idle:
            _line(echo, "IMAP", "ok", "IDLE available: new mail is noticed as it arrives")
        else:
            _line(
                echo, "IMAP", "note", f"no IDLE: the inbox is polled every {cfg.poll_seconds:g} s"
            )
        if source.has_move:
            _line(echo, "IMAP", "ok", "MOVE available")
        else:
            _line(echo, "IMAP", "note", "no MOVE: handled mail is copied, then deleted")
        return ok
    except AgentError as exc:
        _line(echo, "IMAP", "FAIL", str(exc))
        source.close()
        return False


def _check_folders(source: ImapSource, cfg: ImapSection, echo: Echo) -> bool:
    # A \Noselect or \NonExistent name is only a parent of other folders: it cannot hold mail.
    unusable = {"\\noselect", "\\nonexistent"}
    present = {_folder_key(f.name) for f in source.list_folders() if not unusable & _lower(f.flags)}

    def exists(name: str) -> bool:
        return _folder_key(name) in present

    ok = True
    if exists(cfg.folder):
        _line(echo, "IMAP", "ok", f"inbox folder {cfg.folder!r} present")
    else:
        _line(
            echo,
            "IMAP",
            "FAIL",
            f"folder missing: the inbox folder {cfg.folder!r} (imap.folder) does not exist at "
            f"{source.endpoint.address}",
        )
        ok = False
    for role, name in (("processed", cfg.processed_folder), ("quarantine", cfg.quarantine_folder)):
        if exists(name):
            _line(echo, "IMAP", "ok", f"{role} folder {name!r} present")
        else:
            _line(echo, "IMAP", "ok", f"{role} folder {name!r} missing: will be created")
    return ok


async def check_smtp(cfg: SmtpSection, echo: Echo) -> bool:
    """Connect with the configured security and log in (when a secret is configured)."""
    sink = SmtpSink(cfg)
    try:
        await sink.connect()
    except AgentError as exc:
        _line(echo, "SMTP", "FAIL", str(exc))
        return False
    try:
        label = security_label(cfg.security)
        if cfg.secret is not None or cfg.oauth2_token_command is not None:
            done = f"logged in to {sink.endpoint.address} as {cfg.username} ({label})"
        else:
            done = f"connected to {sink.endpoint.address} ({label}, no login configured)"
        _line(echo, "SMTP", "ok", done)
        return True
    finally:
        await sink.close()


def check_mail(
    source: ImapSource,
    config: Config,
    echo: Echo,
    send_probe: bool,
    smtp_ok: bool,
    probe_timeout: float,
) -> bool:
    """Plus-addressing (with a probe) and the Authentication-Results header."""
    token = secrets.token_hex(4)
    address = probe_address(config.agent.address, token)
    try:
        source.select()
        if not send_probe:
            _line(
                echo,
                "MAIL",
                "note",
                "plus-addressing not tested: 'intro-agent check --send-probe' sends a probe "
                f"to {probe_address(config.agent.address, 'TOKEN')} and waits for it",
            )
            return _report_newest(source, config, echo)
        if not smtp_ok:
            _line(echo, "MAIL", "FAIL", "no probe sent: SMTP does not work (see above)")
            return False
        return _probe(source, config, echo, token, address, probe_timeout)
    except AgentError as exc:
        _line(echo, "MAIL", "FAIL", str(exc))
        return False


def _report_newest(source: ImapSource, config: Config, echo: Echo) -> bool:
    uids = source.uids_after(0)
    if not uids:
        _line(
            echo,
            "MAIL",
            "note",
            "the inbox is empty: no Authentication-Results header to show "
            "(--send-probe reads it from a probe)",
        )
        return True
    (newest,) = source.fetch_uids(uids[-1:])
    values = list(parse_message(newest.raw).header_all("authentication-results"))
    return _emit(echo, auth_results_findings(values, "the newest message", config.policy))


def _probe(
    source: ImapSource, config: Config, echo: Echo, token: str, address: str, timeout: float
) -> bool:
    before = max(source.uids_after(0), default=0)
    message = probe_message(
        config.agent.address, config.agent.name, address, token, datetime.now(UTC)
    )
    started = time.monotonic()
    try:
        asyncio.run(_send(config.smtp, message, config.agent.address, address))
    except AgentError as exc:
        _line(echo, "MAIL", "FAIL", f"plus-addressing: the probe to {address} was not sent: {exc}")
        return False
    found = _wait_for(source, before, token, started + timeout)
    if found is None:
        _line(
            echo,
            "MAIL",
            "FAIL",
            f"plus-addressing: the probe to {address} did not arrive in "
            f"{config.imap.folder!r} within {timeout:g} s; replies to the agent's "
            "plus-addresses would be lost (turn on plus-addressing, also called subaddressing "
            "or recipient delimiter '+'; if the agent is running, it may have moved the probe)",
        )
        return False
    uid, raw = found
    waited = time.monotonic() - started
    deleted = _delete(source, uid)
    _line(
        echo,
        "MAIL",
        "ok",
        f"plus-addressing: a probe to {address} arrived in {config.imap.folder!r} after "
        f"{waited:.1f} s ({deleted})",
    )
    values = list(parse_message(raw).header_all("authentication-results"))
    if values or not source.uids_after(0):
        return _emit(echo, auth_results_findings(values, "the probe", config.policy))
    # Mail sent from inside is often not stamped; mail that came from outside may be.
    _line(echo, "MAIL", "note", "the probe has no Authentication-Results header")
    return _report_newest(source, config, echo)


async def _send(cfg: SmtpSection, message: EmailMessage, sender: str, to: str) -> None:
    async with SmtpSink(cfg) as sink:
        await sink.send(message, sender=sender, recipients=[to])


def _wait_for(
    source: ImapSource, before: int, token: str, deadline: float
) -> tuple[int, bytes] | None:
    marker = f"intro-agent check probe {token}".encode()
    looked = before
    while True:
        source.noop()  # lets the server report what arrived since the last command
        for fetched in source.fetch_uids(source.uids_after(looked)):
            looked = max(looked, fetched.uid)
            if marker in fetched.raw:
                return fetched.uid, fetched.raw
        if time.monotonic() > deadline:
            return None
        time.sleep(PROBE_POLL_SECONDS)


def _delete(source: ImapSource, uid: int) -> str:
    """Delete the probe; say how that went (a probe left behind is harmless)."""
    try:
        source.delete([uid])
    except MailError as exc:
        return f"could not delete it: {exc}"
    return "deleted"


def _emit(echo: Echo, findings: list[Finding]) -> bool:
    for finding in findings:
        _line(echo, finding.what, finding.status, finding.text)
    return all(f.status != "FAIL" for f in findings)


def _line(echo: Echo, protocol: str, status: str, text: str) -> None:
    echo(f"{protocol}  {status}  {text}")


def _folder_key(name: str) -> str:
    # RFC 3501: INBOX is case-insensitive; other names are compared as the server lists them.
    return "INBOX" if name.upper() == "INBOX" else name


def _lower(flags: tuple[str, ...]) -> set[str]:
    return {f.lower() for f in flags}
