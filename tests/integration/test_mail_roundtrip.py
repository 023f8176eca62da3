"""Mail end to end through the real servers: SmtpSink -> Postfix -> Dovecot -> ImapSource.

The processed-ledger here is a plain dict standing in for the store, so these tests pin
down what the mail edges guarantee on their own: a message moved to Processed is never
fetched again, and a UIDVALIDITY change neither loses nor repeats a message when the
ledger remembers Message-IDs.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from email import message_from_bytes

import pytest

from agent.config import ImapSection
from agent.mail.imap_source import FetchedMessage, ImapSource
from agent.mail.smtp_sink import SmtpSink
from tests.mailstack import MailStack, make_message

pytestmark = pytest.mark.integration


@dataclass
class Ledger:
    """What a store would remember: the folder's UIDVALIDITY, the last UID seen, and the
    Message-IDs already acted on."""

    uidvalidity: int | None = None
    last_uid: int = 0
    handled: set[str] = field(default_factory=set)


@dataclass
class Pass:
    fetched: list[str]
    acted: list[str]


def message_id(message: FetchedMessage) -> str:
    return str(message_from_bytes(message.raw)["Message-ID"])


def poll(cfg: ImapSection, ledger: Ledger, *, batch: int = 2, move: bool = True) -> Pass:
    """One pass of the agent's inbox loop."""
    result = Pass([], [])
    with ImapSource(cfg) as source:
        if source.uidvalidity != ledger.uidvalidity:
            # UIDs from before mean nothing now; Message-IDs still do.
            ledger.uidvalidity, ledger.last_uid = source.uidvalidity, 0
        while messages := source.fetch_after(ledger.last_uid, limit=batch):
            for message in messages:
                mid = message_id(message)
                result.fetched.append(mid)
                if mid not in ledger.handled:
                    ledger.handled.add(mid)
                    result.acted.append(mid)
            if move:
                source.move_to_processed(m.uid for m in messages)
            ledger.last_uid = messages[-1].uid
    return result


def send(stack: MailStack, *raws: bytes, to: str = "alice") -> None:
    async def batch() -> None:
        async with SmtpSink(stack.smtp_config("intros")) as sink:
            for raw in raws:
                await sink.send(raw, sender=stack.address("intros"), recipients=[stack.address(to)])

    asyncio.run(batch())


def test_sent_mail_is_fetched_moved_and_not_fetched_again(mailstack: MailStack) -> None:
    raw = make_message(mailstack.address("intros"), mailstack.address("alice"), "Introduction")
    send(mailstack, raw)
    mailstack.wait_for_count("alice", 1)
    cfg = mailstack.imap_config("alice")
    ledger = Ledger()

    first = poll(cfg, ledger)
    expected = str(message_from_bytes(raw)["Message-ID"])
    assert first.acted == first.fetched == [expected]
    assert len(mailstack.uids("alice", "Processed")) == 1
    assert mailstack.uids("alice", "INBOX") == []

    # A new connection, as after a restart: nothing comes back.
    assert poll(cfg, ledger) == Pass([], [])
    with ImapSource(cfg) as source:
        assert source.fetch_after(0) == []
    assert ledger.handled == {expected}

    # And the next mail is the only one fetched.
    later = make_message(mailstack.address("intros"), mailstack.address("alice"), "Reminder")
    send(mailstack, later)
    mailstack.wait_for_count("alice", 1)
    assert poll(cfg, ledger).fetched == [str(message_from_bytes(later)["Message-ID"])]
    assert len(mailstack.uids("alice", "Processed")) == 2


def test_uidvalidity_change_neither_loses_nor_repeats(mailstack: MailStack) -> None:
    sender = mailstack.address("intros")
    raws = [make_message(sender, mailstack.address("bob"), f"m{i}") for i in range(3)]
    send(mailstack, *raws[:2], to="bob")
    mailstack.wait_for_count("bob", 2)
    cfg = mailstack.imap_config("bob")
    ledger = Ledger()

    # Acted on both, then stopped before moving them (a crash between store and move).
    assert len(poll(cfg, ledger, move=False).acted) == 2
    old_validity = ledger.uidvalidity
    assert old_validity is not None

    mailstack.set_uidvalidity("bob", old_validity + 1000)
    send(mailstack, raws[2], to="bob")
    mailstack.wait_for_count("bob", 3)

    second = poll(cfg, ledger)
    assert ledger.uidvalidity == old_validity + 1000
    ids = [str(message_from_bytes(r)["Message-ID"]) for r in raws]
    # All three came back under the new UIDVALIDITY (nothing lost); the two already
    # handled were recognised by Message-ID and only moved (nothing repeated).
    assert sorted(second.fetched) == sorted(ids)
    assert second.acted == [ids[2]]
    assert ledger.handled == set(ids)
    assert mailstack.uids("bob", "INBOX") == []
    assert len(mailstack.uids("bob", "Processed")) == 3
