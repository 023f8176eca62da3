"""Acting for the right person only, on the real stack: tokens, thread headers, closed
introductions, forged Authentication-Results, header injection, the agent's own headers.

Users: carol asks, alice and bob are asked, dave is someone else; intros is the agent.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from agent.core.intro import Consent, Intro
from agent.engine.tables import INTROS, load_intro
from agent.store.tinydb_store import TinyDBStore
from tests.integration.real_world import Received
from tests.mailstack import MailStack
from tests.reliability.agent_world import REQUEST, AgentWorld

pytestmark = pytest.mark.integration

AUTHSERV = "mx.example.test"


@pytest.fixture
def world(clean_mailstack: MailStack, tmp_path: Path) -> Iterator[AgentWorld]:
    yield AgentWorld(clean_mailstack, tmp_path)


def intros_of(world: AgentWorld) -> list[Intro]:
    store = world.open_store()
    try:
        found = [load_intro(store, key) for key in store.all(INTROS)]
    finally:
        store.close()
    return [i for i in found if i is not None]


def asked_both(world: AgentWorld) -> tuple[Received, Received]:
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    world.ok_once()
    (opt_a,) = world.new_mail("alice", 1)
    (opt_b,) = world.new_mail("bob", 1)
    return opt_a, opt_b


def bare(world: AgentWorld, sender: str, to: str, body: str, subject: str = "Re: intro") -> None:
    """A mail with no thread headers at all, as a person typing a new message writes it."""
    msg = EmailMessage()
    msg["From"] = f"{sender.capitalize()} Example <{world.stack.address(sender)}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(world.now)
    msg["Message-ID"] = make_msgid(domain="mail.example.test")
    msg.set_content(body)
    world.deliver(msg.as_bytes(), sender, [to])


def token_of(received: Received) -> str:
    local = received.reply_address.partition("@")[0]
    assert "+" in local, received.reply_address
    return local.partition("+")[2]


def test_every_outgoing_mail_has_message_id_date_auto_submitted_and_its_parent(
    world: AgentWorld,
) -> None:
    request = world.send("carol", "Intro: Alice and Bob", REQUEST)
    world.ok_once()
    opt_a, opt_b = world.new_mail("alice", 1)[0], world.new_mail("bob", 1)[0]
    world.reply("alice", opt_a, "Yes, gladly.")
    world.reply("bob", opt_b, "Yes please.", style="outlook")
    world.ok_once()
    status = world.send("carol", "status", "status")
    world.ok_once()
    world.stack.wait_for_count("carol", 3)
    everything = [m for p in ("alice", "bob", "carol") for m in world.messages(p)]
    # Two opt-ins, the introduction to each party and the requester, the ack, the status.
    assert len(everything) == 7, [(m["To"], m["Subject"]) for m in everything]
    for m in everything:
        assert re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(m["Message-ID"])), m["Subject"]
        assert m["Date"] is not None and m["Date"].datetime is not None
        assert str(m["Auto-Submitted"]) in ("auto-generated", "auto-replied"), m["Subject"]
    # Each answer to a mail of carol's names it as its parent; the rest start threads.
    parents = sorted(str(m["In-Reply-To"]) for m in everything if m["In-Reply-To"])
    assert parents == sorted((_message_id(request), _message_id(status)))
    # Five mails: the introduction is one mail, in three mailboxes.
    assert len({str(m["Message-ID"]) for m in everything}) == 5


def _message_id(raw: bytes) -> str:
    match = re.search(rb"^Message-ID: (<[^>]+>)", raw, re.MULTILINE | re.IGNORECASE)
    assert match is not None
    return match.group(1).decode()


def test_a_yes_with_a_wrong_or_missing_token_does_not_count(world: AgentWorld) -> None:
    opt_a, _ = asked_both(world)
    token = token_of(opt_a)
    wrong = token[:-4] + ("0000" if not token.endswith("0000") else "1111")
    bare(world, "alice", world.stack.address("intros"), "Yes, happy to be introduced!")
    bare(world, "alice", f"intros+{wrong}@{world.stack.domain}", "Yes, happy to!")
    world.ok_once()
    (intro,) = intros_of(world)
    assert intro.a.consent == Consent.ASKED
    assert intro.status == "awaiting_parties"
    # The right token without thread headers does count: the token is the credential.
    bare(world, "alice", opt_a.reply_address, "Yes, happy to!")
    world.ok_once()
    (intro,) = intros_of(world)
    assert intro.a.consent == Consent.YES


def test_a_token_used_from_the_other_partys_address_does_not_count(world: AgentWorld) -> None:
    opt_a, opt_b = asked_both(world)
    # Bob answers yes with Alice's token, and in the thread of Alice's opt-in.
    bare(world, "bob", opt_a.reply_address, "Yes")
    world.reply("bob", opt_a, "Yes, definitely.")
    world.reply("dave", opt_b, "Yes")
    world.ok_once()
    world.ok_once()
    (intro,) = intros_of(world)
    assert intro.a.consent != Consent.YES and intro.b.consent != Consent.YES
    assert world.new_mail("alice", 0) == [] and world.new_mail("bob", 0) == []


def test_replies_after_close_change_nothing(world: AgentWorld) -> None:
    opt_a, opt_b = asked_both(world)
    world.reply("alice", opt_a, "No thank you, not right now.")
    world.ok_once()
    (intro,) = intros_of(world)
    assert intro.status == "declined"
    world.stack.wait_for_count("bob", 2)
    before = {p: len(world.messages(p)) for p in ("alice", "bob", "carol")}
    world.reply("bob", opt_b, "Yes!")
    world.reply("alice", opt_a, "Actually, yes, I changed my mind.")
    bare(world, "bob", opt_b.reply_address, "yes")
    world.ok_once()
    world.ok_once()
    (after,) = intros_of(world)
    assert after.status == "declined" and after.b.consent != Consent.YES
    assert {p: len(world.messages(p)) for p in before} == before


def tokens_seen(world: AgentWorld) -> tuple[set[str], set[str]]:
    """Every token the agent handed out so far, and those still live (not yet answered)."""
    opt_a, opt_b = asked_both(world)
    world.reply("alice", opt_a, "I'm not sure what this is about, who is Bob?")
    world.ok_once()
    (clarify,) = world.new_mail("alice", 1)
    every = {token_of(opt_a), token_of(opt_b), token_of(clarify)}
    assert len(every) == 3
    return every, {token_of(opt_b), token_of(clarify)}


def test_the_store_holds_token_hashes_never_tokens(world: AgentWorld) -> None:
    every, live = tokens_seen(world)
    store = world.open_store()
    try:
        assert isinstance(store, TinyDBStore)
        store.compact()  # the snapshot file then holds the whole state
    finally:
        store.close()
    snapshot = world.store_path.read_bytes()
    for token in every:
        assert token.encode() not in snapshot and token.lower().encode() not in snapshot.lower()
    # What is kept is the SHA-256 of each live token.
    for token in live:
        assert hashlib.sha256(token.encode()).hexdigest().encode() in snapshot


def test_no_store_file_ever_holds_a_token(world: AgentWorld) -> None:
    every, _ = tokens_seen(world)
    files = [p for p in world.folder.iterdir() if p.name.startswith(world.store_path.name)]
    stored = b"".join(p.read_bytes() for p in files)
    assert not [t for t in every if t.encode() in stored]


def test_forged_authentication_results_are_ignored(
    clean_mailstack: MailStack, tmp_path: Path
) -> None:
    world = AgentWorld(clean_mailstack, tmp_path, policy={"authserv_id": f'"{AUTHSERV}"'})
    passing = f"{AUTHSERV}; dmarc=pass header.from=example.test"
    failing = f"{AUTHSERV}; dmarc=fail header.from=example.test; spf=fail"
    # 1. the receiving server's header on top says fail; a pass forged lower down.
    _forged_below(world, failing, passing)
    # 2. no header from the trusted server at all; only another server's pass.
    world.send(
        "carol",
        "Intro: Alice and Bob",
        REQUEST,
        headers={"Authentication-Results": "mx.forged.test; dmarc=pass header.from=example.test"},
    )
    world.ok_once()
    world.ok_once()
    assert intros_of(world) == []
    for person in ("alice", "bob", "carol"):
        assert world.messages(person) == [], person
    # The control: the trusted header on top says pass, and the request is acted on.
    world.send(
        "carol", "Intro: Alice and Bob", REQUEST, headers={"Authentication-Results": passing}
    )
    world.ok_once()
    assert len(intros_of(world)) == 1
    world.stack.wait_for_count("alice", 1)


def _forged_below(world: AgentWorld, top: str, below: str) -> None:
    """A request whose topmost Authentication-Results is ``top``, with ``below`` under it."""
    msg = EmailMessage()
    msg["Authentication-Results"] = top
    msg["From"] = f"Carol Example <{world.stack.address('carol')}>"
    msg["To"] = world.stack.address("intros")
    msg["Subject"] = "Intro: Alice and Bob"
    msg["Date"] = format_datetime(world.now)
    msg["Message-ID"] = make_msgid(domain="mail.example.test")
    msg["Authentication-Results"] = below
    msg.set_content(REQUEST)
    world.deliver(msg.as_bytes(), "carol", ["intros"])


def test_names_subjects_and_context_from_mail_cannot_add_headers_or_recipients(
    world: AgentWorld,
) -> None:
    # Encoded words decode to CR LF; the body has bare header lines in its context.
    evil = "=?utf-8?q?{}=0D=0ABcc=3A_dave=40example=2Etest?="
    raw = (
        f"From: {evil.format('Carol')} <carol@example.test>\r\n"
        f"To: {world.stack.address('intros')}\r\n"
        f"Cc: {evil.format('Alice')} <alice@example.test>,\r\n"
        f" {evil.format('Bob')} <bob@example.test>\r\n"
        f"Subject: {evil.format('Intro')}\r\n"
        f"Date: {format_datetime(world.now)}\r\n"
        f"Message-ID: {make_msgid(domain='mail.example.test')}\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hi,\r\n\r\nPlease introduce Alice <alice@example.test> to Bob <bob@example.test>.\r\n"
        "Bob is hiring.\nBcc: dave@example.test\nTo: dave@example.test\r\n\r\nThanks\r\n"
    ).encode()
    world.deliver(raw, "carol", ["intros", "alice", "bob"])
    world.seen.update(alice=1, bob=1)  # Carol's own mail reached them directly too
    world.ok_once()
    world.ok_once()
    world.stack.wait_for_count("alice", 2)
    world.stack.wait_for_count("bob", 2)
    assert world.stack.uids("dave") == []
    allowed = {world.stack.address(p) for p in ("alice", "bob", "carol")}
    agent_local, _, domain = world.stack.address("intros").partition("@")
    for person in ("alice", "bob", "carol"):
        for raw_mail in world.raw_mailbox(person)[1 if person != "carol" else 0 :]:
            head = raw_mail.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
            fields = [
                line.split(b":", 1)[0].strip().lower()
                for line in head.split(b"\n")
                if line and line[:1] not in (b" ", b"\t")
            ]
            assert b"bcc" not in fields, person
            for single in (b"to", b"from", b"subject", b"reply-to", b"cc", b"message-id"):
                assert fields.count(single) <= 1, (person, single)
            parsed = email.message_from_bytes(raw_mail, policy=email.policy.default)
            for name in ("To", "Cc", "Reply-To", "From"):
                for addr in getattr(parsed[name], "addresses", ()):
                    spec = addr.addr_spec.lower()
                    user, _, host = spec.rpartition("@")
                    ours = user.partition("+")[0] == agent_local and host == domain
                    assert spec in allowed or ours, (person, name, spec)
