"""Robots on the real stack: auto-replies, lists and bounces are never answered, a bounce
or a refusal fails the party it is about (the requester is told once), and a robot that
answers every mail meets the daily cap per address.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from agent.core.intro import Intro
from agent.engine.tables import INTROS, load_intro
from tests.integration.real_world import Received
from tests.mailstack import MailStack
from tests.reliability.agent_world import REQUEST, AgentWorld, subjects

pytestmark = pytest.mark.integration

FAILED_SUBJECT = "Could not reach"


@pytest.fixture
def world(clean_mailstack: MailStack, tmp_path: Path) -> Iterator[AgentWorld]:
    yield AgentWorld(clean_mailstack, tmp_path, policy={"max_mails_per_address_per_day": "6"})


def only_intro(world: AgentWorld) -> Intro:
    store = world.open_store()
    try:
        (intro_id,) = store.all(INTROS)
        intro = load_intro(store, intro_id)
    finally:
        store.close()
    assert intro is not None
    return intro


def asked_both(world: AgentWorld) -> tuple[Received, Received]:
    world.send("carol", "Intro: Alice and Bob", REQUEST)
    world.ok_once()
    (opt_a,) = world.new_mail("alice", 1)
    (opt_b,) = world.new_mail("bob", 1)
    world.seen["carol"] = len(world.messages("carol", digests=True))
    return opt_a, opt_b


def auto_reply(world: AgentWorld, person: str, to: Received, headers: dict[str, str]) -> None:
    msg = EmailMessage()
    msg["From"] = f"{person.capitalize()} Example <{world.stack.address(person)}>"
    msg["To"] = to.reply_address
    msg["Subject"] = "Automatic reply: " + to.subject
    msg["Date"] = format_datetime(world.now)
    msg["Message-ID"] = make_msgid(domain="mail.example.test")
    msg["In-Reply-To"] = str(to.message["Message-ID"])
    for name, value in headers.items():
        msg[name] = value
    msg.set_content(
        "Yes, I am out of the office until Monday with limited access to email. "
        "I will reply when I am back.\n"
    )
    world.deliver(msg.as_bytes(), person, [to.reply_address])


def test_auto_submitted_request_is_not_acted_on(world: AgentWorld) -> None:
    world.send(
        "carol", "Intro: Alice and Bob", REQUEST, headers={"Auto-Submitted": "auto-generated"}
    )
    world.ok_once()
    world.ok_once()
    assert world.stack.uids("intros") == []
    assert len(world.stack.uids("intros", "Processed")) == 1
    for person in ("alice", "bob", "carol"):
        assert world.messages(person) == [], person


def test_out_of_office_replies_never_count_and_are_never_answered(world: AgentWorld) -> None:
    opt_a, opt_b = asked_both(world)
    # One marked as RFC 3834 says, one marked only by its words and subject.
    auto_reply(world, "alice", opt_a, {"Auto-Submitted": "auto-replied"})
    auto_reply(world, "bob", opt_b, {})
    world.ok_once()
    world.ok_once()
    assert only_intro(world).status == "awaiting_parties"
    assert world.new_mail("alice", 0) == [] and world.new_mail("bob", 0) == []
    assert world.messages("carol")[1:] == []


def test_list_mail_is_not_acted_on(world: AgentWorld) -> None:
    world.send(
        "carol",
        "Intro: Alice and Bob",
        REQUEST,
        headers={"List-Id": "<friends.lists.example.test>", "Precedence": "list"},
    )
    world.ok_once()
    assert len(world.stack.uids("intros", "Processed")) == 1
    for person in ("alice", "bob", "carol"):
        assert world.messages(person) == [], person


def dsn(world: AgentWorld, about: Received, recipient: str) -> bytes:
    """A delivery status notification as Postfix writes one (RFC 3464), about ``about``."""
    domain = world.stack.domain
    original = "".join(
        f"{name}: {about.message[name]}\r\n"
        for name in ("From", "To", "Subject", "Date", "Message-ID")
    )
    text = (
        f"From: MAILER-DAEMON@{domain} (Mail Delivery System)\r\n"
        f"To: {world.stack.address('intros')}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(world.now)}\r\n"
        f"Message-ID: {make_msgid(domain='bounce.example.test')}\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b0"\r\n'
        "\r\n--b0\r\nContent-Type: text/plain\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        f"be delivered to {recipient}.\r\n"
        "\r\n--b0\r\nContent-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; mx.{domain}\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 <{recipient}>: Recipient address rejected\r\n"
        "\r\n--b0\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"{original}\r\n--b0--\r\n"
    )
    return text.encode()


def test_delivery_report_fails_the_party_and_tells_the_requester_once(
    world: AgentWorld,
) -> None:
    opt_a, _ = asked_both(world)
    # The mailbox was there to receive the opt-in, but a later relay bounced it.
    for _ in range(2):  # a second, separate bounce of the same mail changes nothing
        world.deliver(dsn(world, opt_a, "alice@example.test"), "MAILER-DAEMON", ["intros"])
        world.ok_once()
        world.ok_once()
    intro = only_intro(world)
    assert intro.status == "failed" and intro.a.delivery_failed
    world.stack.wait_for_count("carol", world.seen["carol"] + 1)
    told = subjects(world.messages("carol"), FAILED_SUBJECT)
    assert len(told) == 1 and "Alice" in str(told[0]["Subject"])
    # The bounce itself is never answered, and nothing goes to MAILER-DAEMON.
    assert world.stack.uids("intros") == []
    (closing,) = world.new_mail("bob", 1)
    assert "will not go ahead" in closing.text


def test_refused_at_send_time_fails_the_party_and_tells_the_requester_once(
    world: AgentWorld,
) -> None:
    world.send(
        "carol",
        "Intro: Alice and Nobody",
        "Hi,\n\nCould you please introduce Alice <alice@example.test> to Nemo "
        "<nemo@example.test>? Nemo is hiring data engineers.\n\nThanks!\nCarol\n",
    )
    world.ok_once()
    world.ok_once()
    world.ok_once()
    intro = only_intro(world)
    assert intro.status == "failed" and intro.b.delivery_failed
    assert not intro.a.delivery_failed
    told = subjects(world.messages("carol"), FAILED_SUBJECT)
    assert len(told) == 1 and "Nemo" in str(told[0]["Subject"])
    store = world.open_store()
    try:
        rows = store.all("outbox")
    finally:
        store.close()
    refused = [r for r in rows.values() if r["state"] == "failed"]
    assert len(refused) == 1 and refused[0]["recipients"] == ["nemo@example.test"]
    assert "550" in str(refused[0]["last_error"]) or "5." in str(refused[0]["last_error"])
    # Alice was asked, and is told it will not go ahead.
    opt_a, closing = world.messages("alice")
    assert "will not go ahead" in str(closing.get_body(("plain",)).get_content())  # type: ignore[union-attr]
    assert opt_a["Subject"] != closing["Subject"]


def test_a_robot_answering_every_mail_meets_the_daily_cap(world: AgentWorld) -> None:
    # Carol's mailbox is run by a program that writes "status" back to every mail it
    # gets, with no Auto-Submitted header: each answer is a fresh command to the agent.
    world.send("carol", "status", "status")
    cap = world.config.policy.max_mails_per_address_per_day
    for _ in range(cap + 4):
        world.ok_once()
        for received in world.new_mail("carol", 0):
            world.send("carol", "Re: " + received.subject, "status")
    got = world.messages("carol", digests=True)
    assert len(got) == cap
    store = world.open_store()
    try:
        held = [r for r in store.all("outbox").values() if r["state"] == "pending"]
    finally:
        store.close()
    assert held and all("daily cap" in str(r["last_error"]) for r in held)
    # The next day the count starts over, and the cap holds again.
    world.ok_once(after=timedelta(days=1))
    world.stack.wait_for_count("carol", cap + 1)
    assert cap < len(world.messages("carol", digests=True)) <= 2 * cap
