"""ImapSource against the loopback Dovecot: security modes, fetching, moving, IDLE, errors."""

from __future__ import annotations

import threading
import time
from email import message_from_bytes

import pytest

from agent.config import Secret
from agent.errors import (
    InsecureAuthError,
    MailAuthError,
    MailboxError,
    MailConnectError,
    MailTLSError,
)
from agent.mail.imap_source import MAX_HEADER_BYTES, FetchedMessage, ImapSource
from tests.mailstack import MailStack, make_message


def deliver(stack: MailStack, count: int, to: str = "intros", size: int = 0) -> list[bytes]:
    """Send ``count`` messages to ``to`` and wait until they are in its INBOX."""
    before = len(stack.uids(to))
    sent = []
    for i in range(count):
        body = f"message {i}\n" + ("x" * 76 + "\n") * (size // 77)
        raw = make_message(stack.address("dave"), stack.address(to), f"test {i}", body)
        stack.send(raw, sender=stack.address("dave"), recipients=[to])
        sent.append(raw)
    stack.wait_for_count(to, before + count)
    return sent


def message_id(raw: bytes) -> str:
    return str(message_from_bytes(raw)["Message-ID"]).strip()


@pytest.mark.integration
@pytest.mark.parametrize("security", ["tls", "starttls", "none"])
def test_each_security_mode_logs_in_and_selects(mailstack: MailStack, security: str) -> None:
    cfg = mailstack.imap_config(security=security)  # type: ignore[arg-type]
    with ImapSource(cfg) as source:
        assert source.connected
        assert source.uidvalidity > 0
        assert source.has_idle and source.has_move
        names = {f.name for f in source.list_folders()}
    assert {"INBOX", "Processed", "Quarantine"} <= names
    assert not source.connected


@pytest.mark.integration
def test_open_creates_missing_folders_once(mailstack: MailStack) -> None:
    cfg = mailstack.imap_config(processed_folder="Done/Intros", quarantine_folder="Held")
    source = ImapSource(cfg)
    source.connect()
    try:
        assert source.ensure_folders() == ["Done/Intros", "Held"]
        assert source.ensure_folders() == []
    finally:
        source.close()


@pytest.mark.integration
def test_fetch_after_returns_new_messages_in_uid_order_in_batches(mailstack: MailStack) -> None:
    sent = deliver(mailstack, 5)
    with ImapSource(mailstack.imap_config()) as source:
        first = source.fetch_after(0, limit=3)
        rest = source.fetch_after(first[-1].uid, limit=3)
        none = source.fetch_after(rest[-1].uid)
    got = first + rest
    assert [len(first), len(rest), len(none)] == [3, 2, 0]
    assert [m.uid for m in got] == sorted(m.uid for m in got)
    # Postfix may deliver concurrently sent mail in any order; each arrives exactly once.
    assert sorted(message_id(m.raw) for m in got) == sorted(message_id(r) for r in sent)
    for m in got:
        assert isinstance(m, FetchedMessage)
        assert not m.oversize and m.folder == "INBOX"
        assert m.size == len(m.raw)
        assert m.uidvalidity == source_uidvalidity(mailstack)


def source_uidvalidity(stack: MailStack) -> int:
    client = stack.login("intros")
    try:
        return int(client.select_folder("INBOX", readonly=True)[b"UIDVALIDITY"])
    finally:
        client.logout()


@pytest.mark.integration
def test_fetch_after_the_highest_uid_returns_nothing(mailstack: MailStack) -> None:
    # "UID N:*" matches the highest UID even when it is below N; it must be filtered out.
    deliver(mailstack, 1)
    with ImapSource(mailstack.imap_config()) as source:
        (only,) = source.fetch_after(0)
        assert source.fetch_after(only.uid) == []
        assert source.fetch_after(only.uid + 100) == []


@pytest.mark.integration
def test_fetching_leaves_messages_unseen(mailstack: MailStack) -> None:
    deliver(mailstack, 1)
    with ImapSource(mailstack.imap_config()) as source:
        source.fetch_after(0)
    client = mailstack.login("intros")
    try:
        client.select_folder("INBOX", readonly=True)
        assert len(client.search("UNSEEN")) == 1
    finally:
        client.logout()


@pytest.mark.integration
def test_oversize_message_is_flagged_and_its_body_never_sent(mailstack: MailStack) -> None:
    small = deliver(mailstack, 1, to="carol")[0]
    large = deliver(mailstack, 1, to="carol", size=200_000)[0]
    cfg = mailstack.imap_config("carol", max_message_bytes=50_000)
    sessions_before = len(logged_out_lines(mailstack, "carol"))
    with ImapSource(cfg) as source:
        got = source.fetch_after(0)
    assert [m.oversize for m in got] == [False, True]
    # Delivery prepends Return-Path and Received; the sent message follows unchanged.
    assert got[0].raw.endswith(small)
    big = got[1]
    assert big.size >= 200_000
    _header, _, body = big.raw.partition(b"\r\n\r\n")
    assert body == b"" and len(big.raw) < 2_000
    assert message_id(big.raw) == message_id(large)
    # Dovecot's own count of what it sent in our session: the 200 kB body never travelled.
    stats = wait_for_session_stats(mailstack, "carol", sessions_before)
    assert stats["out"] < 20_000
    assert stats["body_bytes"] < 2_000


def logged_out_lines(stack: MailStack, user: str) -> list[str]:
    marker = f"imap({stack.address(user)})"
    log = (stack.dir / "log" / "dovecot.log").read_text(errors="replace")
    return [line for line in log.splitlines() if marker in line and "Logged out" in line]


def wait_for_session_stats(stack: MailStack, user: str, before: int) -> dict[str, int]:
    """The counters Dovecot logs at the end of the first session after the ``before``-th
    that fetched a header (the helpers' sessions only search, so this one is ours)."""
    deadline = time.monotonic() + 5
    while True:
        for line in logged_out_lines(stack, user)[before:]:
            fields = line.split("Logged out", 1)[1].split()
            stats = {k: int(v) for k, _, v in (f.partition("=") for f in fields) if v.isdigit()}
            if stats.get("hdr_count", 0) > 0:
                return stats
        assert time.monotonic() < deadline, "Dovecot logged no end of our session"
        time.sleep(0.05)


@pytest.mark.integration
def test_move_to_processed_with_move(mailstack: MailStack) -> None:
    deliver(mailstack, 3)
    with ImapSource(mailstack.imap_config()) as source:
        got = source.fetch_after(0)
        source.move_to_processed([got[0].uid, got[2].uid])
        assert [m.uid for m in source.fetch_after(0)] == [got[1].uid]
    assert len(mailstack.uids("intros", "Processed")) == 2
    assert len(mailstack.uids("intros", "INBOX")) == 1


@pytest.mark.integration
def test_move_without_move_uses_copy_and_uid_expunge(mailstack: MailStack) -> None:
    deliver(mailstack, 2)
    # Another message marked \Deleted by someone else must survive our UID EXPUNGE.
    with ImapSource(mailstack.imap_config(), prefer_move=False) as source:
        first, second = source.fetch_after(0)
        client = mailstack.login("intros")
        client.select_folder("INBOX")
        client.add_flags([second.uid], [b"\\Deleted"])
        client.logout()
        source.move_to_quarantine([first.uid])
    assert len(mailstack.uids("intros", "Quarantine")) == 1
    assert mailstack.uids("intros", "INBOX") == [second.uid]


@pytest.mark.integration
def test_moving_nothing_is_a_no_op(mailstack: MailStack) -> None:
    with ImapSource(mailstack.imap_config()) as source:
        source.move([], "Processed")
        assert source.fetch_after(0) == []


@pytest.mark.integration
def test_idle_wait_returns_true_on_new_mail_and_false_on_timeout(mailstack: MailStack) -> None:
    with ImapSource(mailstack.imap_config()) as source:
        assert source.idle_wait(0.3) is False

        def send_later() -> None:
            time.sleep(0.2)
            raw = make_message(mailstack.address("dave"), mailstack.address("intros"))
            mailstack.send(raw, sender=mailstack.address("dave"), recipients=["intros"])

        sender = threading.Thread(target=send_later)
        sender.start()
        # Woken by the new mail: a timeout would have returned False.
        woke = source.idle_wait(20)
        sender.join()
        assert woke is True
        assert len(source.fetch_after(0)) == 1


@pytest.mark.integration
def test_plus_addressed_mail_lands_in_the_inbox(mailstack: MailStack) -> None:
    raw = make_message(mailstack.address("bob"), "intros+ab12cd@example.test")
    mailstack.send(raw, sender=mailstack.address("bob"), recipients=["intros+ab12cd@example.test"])
    mailstack.wait_for_count("intros", 1)
    with ImapSource(mailstack.imap_config()) as source:
        (got,) = source.fetch_after(0)
    assert message_id(got.raw) == message_id(raw)


@pytest.mark.integration
def test_wrong_password_raises_auth_error(mailstack: MailStack) -> None:
    cfg = mailstack.imap_config(secret=Secret("password", "wrong"))
    with pytest.raises(MailAuthError, match="wrong user name or password"):
        ImapSource(cfg).open()


@pytest.mark.integration
def test_closed_port_raises_connect_error(mailstack: MailStack) -> None:
    cfg = mailstack.imap_config(port=1)
    with pytest.raises(MailConnectError, match="refused"):
        ImapSource(cfg).open()


@pytest.mark.integration
def test_tls_against_plain_port_raises_tls_mismatch(mailstack: MailStack) -> None:
    cfg = mailstack.imap_config(security="tls", port=mailstack.imap_port)
    with pytest.raises(MailTLSError, match="TLS mismatch"):
        ImapSource(cfg).open()


@pytest.mark.integration
def test_plain_against_tls_port_times_out_with_a_hint(mailstack: MailStack) -> None:
    cfg = mailstack.imap_config(security="none", port=mailstack.imaps_port, timeout_seconds=1.0)
    with pytest.raises(MailConnectError, match='use security = "tls"'):
        ImapSource(cfg).open()


@pytest.mark.integration
def test_untrusted_certificate_raises_tls_error(mailstack: MailStack) -> None:
    cfg = mailstack.imap_config(ca_file=None)
    with pytest.raises(MailTLSError, match="not trusted"):
        ImapSource(cfg).open()


@pytest.mark.integration
def test_missing_inbox_folder_raises_mailbox_error(mailstack: MailStack) -> None:
    cfg = mailstack.imap_config(folder="NoSuchFolder")
    with pytest.raises(MailboxError, match="'NoSuchFolder' does not exist"):
        ImapSource(cfg).open()


def test_password_to_a_remote_host_without_tls_is_refused() -> None:
    # Refused before any connection is attempted, so no server is needed.
    from agent.config import ImapSection

    cfg = ImapSection(
        host="mail.example.org",
        port=143,
        security="none",
        username="intros@example.org",
        secret=Secret("password", "secret"),
    )
    with pytest.raises(InsecureAuthError, match="clear text"):
        ImapSource(cfg).open()


@pytest.mark.integration
def test_using_a_closed_source_raises_mailbox_error(mailstack: MailStack) -> None:
    source = ImapSource(mailstack.imap_config())
    with pytest.raises(MailboxError, match="not connected"):
        source.fetch_after(0)


@pytest.mark.integration
def test_xoauth2_against_a_server_without_it_is_explained(mailstack: MailStack) -> None:
    cfg = mailstack.imap_config(secret=None, oauth2_token_command="echo token")
    with pytest.raises(MailAuthError, match="does not offer XOAUTH2"):
        ImapSource(cfg).open()


@pytest.mark.integration
def test_uidvalidity_change_under_an_open_session(mailstack: MailStack) -> None:
    deliver(mailstack, 1, to="dave")
    source = ImapSource(mailstack.imap_config("dave"))
    old = source.open()
    try:
        mailstack.set_uidvalidity("dave", old + 7)
        # Dovecot ends a session whose selected folder changed UIDVALIDITY.
        with pytest.raises(MailConnectError, match="broke while"):
            source.noop()
        assert not source.connected
        assert source.open() == old + 7
        assert [m.uidvalidity for m in source.fetch_after(0)] == [old + 7]
    finally:
        source.close()


@pytest.mark.integration
def test_an_oversize_header_is_cut_short(mailstack: MailStack) -> None:
    msg = make_message(mailstack.address("dave"), mailstack.address("intros"), "huge header")
    padding = b"".join(b"X-Padding-%d: %s\r\n" % (i, b"p" * 900) for i in range(100))
    mailstack.send(padding + msg, sender=mailstack.address("dave"), recipients=["intros"])
    mailstack.wait_for_count("intros", 1)
    with ImapSource(mailstack.imap_config(max_message_bytes=20_000)) as source:
        (got,) = source.fetch_after(0)
    assert got.oversize and got.size > 90_000
    assert len(got.raw) == MAX_HEADER_BYTES
