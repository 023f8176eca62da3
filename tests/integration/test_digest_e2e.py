"""The weekly digest through Dovecot and Postfix, with ``once`` moved across weeks."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from agent.engine.tables import INTROS
from agent.store import open_store
from tests.integration.real_world import RealWorld, Received
from tests.mailstack import MailStack

pytestmark = pytest.mark.integration
SUBJECT = "Your week of introductions"


def digests(world: RealWorld) -> list[Received]:
    return [m for m in world.mailbox("carol") if m.subject.startswith(SUBJECT)]


def iso_week(mail: Received) -> tuple[int, int]:
    sent: datetime = parsedate_to_datetime(str(mail.message["Date"]))
    year, week, _ = sent.isocalendar()
    return year, week


def test_one_digest_per_week_matching_the_store(
    clean_mailstack: MailStack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTRO_TEST_SMTP_PASSWORD", clean_mailstack.password)
    world = RealWorld(
        clean_mailstack,
        tmp_path,
        digest={"weekday": '"monday"', "hour": "8", "send_when_empty": "true"},
    )
    world.now += timedelta(days=1)  # Tuesday 3 November 2026
    world.send(
        "carol",
        "Intro: Alice and Bob",
        "Please introduce Alice <alice@example.test> to Bob <bob@example.test>, "
        "Bob is hiring data engineers.",
    )
    world.once()
    (opt_a,) = world.new_mail("alice", 1)
    (opt_b,) = world.new_mail("bob", 1)
    world.reply("alice", opt_a, "Yes please!")
    world.reply("bob", opt_b, "Sure, happy to.", style="outlook")
    world.once()
    before = {iso_week(m) for m in digests(world)}
    # Monday 9 November, after 08:00: the week's digest; a rerun that week sends none.
    world.once(datetime(2026, 11, 9, 8, 30, tzinfo=world.now.tzinfo) - world.now)
    world.once(timedelta(hours=5))
    world.once(timedelta(days=2))
    # Monday 16 November: the next week's digest.
    world.once(datetime(2026, 11, 16, 8, 30, tzinfo=world.now.tzinfo) - world.now)
    world.once(timedelta(days=1))
    mails = digests(world)
    weeks = [iso_week(m) for m in mails]
    assert sorted(set(weeks)) == sorted(before | {(2026, 46), (2026, 47)})
    assert len(weeks) == len(set(weeks)), f"more than one digest in a week: {weeks}"
    week46 = next(m for m in mails if iso_week(m) == (2026, 46))
    week47 = next(m for m in mails if iso_week(m) == (2026, 47))
    # Its numbers are the store's: one introduction made that week, nothing open.
    store = open_store(tmp_path / "store.json")
    try:
        statuses = [doc["status"] for doc in store.all(INTROS).values()]
    finally:
        store.close()
    assert statuses == ["completed"]
    assert week46.subject == f"{SUBJECT}: 1 made, 0 waiting"
    assert "Alice and Bob" in week46.text
    assert week47.subject == f"{SUBJECT}: 0 made, 0 waiting"
    html = week46.message.get_body(("html",))
    assert html is not None and "Alice" in str(html.get_content())
