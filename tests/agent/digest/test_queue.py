"""Queueing digests against a real store: once per week, atomically, with stable Message-IDs."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from agent.config import DigestSection
from agent.core import Intro, Status
from agent.digest.queue import (
    DIGESTS,
    queue_digest_now,
    queue_due_digests,
    render_digest,
    render_owner_digest,
)
from agent.digest.schedule import Schedule
from agent.engine import outbox
from agent.engine.mails import MailSettings
from agent.engine.tables import INDEXES, INTROS, save_intro
from agent.render import Renderer
from agent.store import open_store
from agent.store.base import Document, IndexValue, StateStore, Tables
from tests.agent.digest import builders as b
from tests.agent.engine.harness import TOKEN_KEY

AGENT = "intros@example.test"
SLOT = datetime(2026, 11, 9, 8, tzinfo=UTC)  # Monday of 2026-W46
ANN = "ann@example.test"
CARL = "carl@example.test"


@dataclass(frozen=True)
class Env:
    mails: MailSettings


def env(templates: Path | None = None) -> Env:
    return Env(MailSettings(AGENT, "Intro Agent", "secret", Renderer(templates), TOKEN_KEY))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[StateStore]:
    s = open_store(tmp_path / "store.json", indexes=INDEXES)
    yield s
    s.close()


def put(store: StateStore, *intros: Intro) -> None:
    with store.transaction() as tx:
        for intro in intros:
            save_intro(tx, intro)


def at(days: float) -> datetime:
    return SLOT - timedelta(days=7) + timedelta(days=days)


def fill(store: StateStore) -> None:
    put(
        store,
        b.completed("a1", at(1), at(2)),
        b.declined("a2", at(1), at(3)),
        b.requested("a3", at(4)),
        b.completed("c1", at(2), at(3), requester=b.CARL),
        # Dora's only introduction closed long ago: nothing to tell her.
        b.completed("d1", at(-40), at(-39), requester=b.DORA),
    )


def parsed(store: StateStore, key: str) -> EmailMessage:
    row = store.get(outbox.TABLE, key)
    assert row is not None, key
    msg = email.message_from_bytes(str(row["raw"]).encode(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def text_of(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def digest_rows(store: StateStore) -> dict[str, Document]:
    return {k: v for k, v in store.all(outbox.TABLE).items() if k.startswith("digest")}


def test_nothing_before_the_slot_then_each_requester_once(store: StateStore) -> None:
    cfg = DigestSection()
    # The pass at the previous week's slot found nobody to write to.
    assert queue_due_digests(store, env(), SLOT - timedelta(days=7), cfg, "UTC") == []
    assert store.get(DIGESTS, "week|2026-W45") is not None
    fill(store)
    assert queue_due_digests(store, env(), SLOT - timedelta(minutes=1), cfg, "UTC") == []
    assert digest_rows(store) == {}
    keys = queue_due_digests(store, env(), SLOT + timedelta(minutes=1), cfg, "UTC")
    assert keys == ["digest:ann@example.test:2026-W46", "digest:carl@example.test:2026-W46"]
    for address, key in zip((ANN, CARL), keys, strict=True):
        row = store.get(outbox.TABLE, key)
        record = store.get(DIGESTS, f"{address}|2026-W46")
        assert row is not None and record is not None
        assert record["message_id"] == row["message_id"] == env().mails.message_id(key)
        assert record["queued_at"] == (SLOT + timedelta(minutes=1)).isoformat()
        assert list(row["recipients"]) == [address]
        msg = parsed(store, key)
        assert str(msg["Auto-Submitted"]) == "auto-generated"
        assert msg.get_body(("html",)) is not None
    assert "Hello Ann Lee," in text_of(parsed(store, keys[0]))
    # Later passes of the same week queue nothing, whatever the time.
    for later in (timedelta(minutes=2), timedelta(days=3), timedelta(days=6, hours=23)):
        assert queue_due_digests(store, env(), SLOT + later, cfg, "UTC") == []
    assert len(digest_rows(store)) == 2
    # The next week: Carl and Dora had nothing; Ann still has one open.
    next_keys = queue_due_digests(store, env(), SLOT + timedelta(days=7), cfg, "UTC")
    assert next_keys == ["digest:ann@example.test:2026-W47"]


def test_summary_numbers_match_the_store(store: StateStore) -> None:
    fill(store)
    now = SLOT + timedelta(minutes=1)
    (key, _) = queue_due_digests(store, env(), now, DigestSection(), "UTC")
    docs = store.find(INTROS, "requester", ANN).values()
    start = SLOT - timedelta(days=7)

    def closed_in_week(status: str) -> int:
        return sum(
            1
            for d in docs
            if d["status"] == status and start <= datetime.fromisoformat(d["closed_at"]) < SLOT
        )

    made, declined = closed_in_week("completed"), closed_in_week("declined")
    waiting = sum(1 for d in docs if d["status"] in ("awaiting_parties", "awaiting_requester"))
    rate = round(100 * made / (made + declined))
    expected = f"{made} made, {declined} declined, {waiting} waiting, acceptance {rate}%"
    assert (made, declined, waiting) == (1, 1, 1)
    assert expected in text_of(parsed(store, key))
    assert str(parsed(store, key)["Subject"]) == (
        f"Your week of introductions: {made} made, {waiting} waiting"
    )


def test_send_when_empty_writes_to_every_requester(store: StateStore) -> None:
    fill(store)
    keys = queue_due_digests(store, env(), SLOT, DigestSection(send_when_empty=True), "UTC")
    assert "digest:dora@example.test:2026-W46" in keys and len(keys) == 3
    text = text_of(parsed(store, "digest:dora@example.test:2026-W46"))
    assert "Nothing happened this week and nothing is open." in text


def test_the_schedule_follows_the_configured_zone(store: StateStore) -> None:
    cfg = DigestSection(weekday=0, hour=8, timezone="America/New_York")
    assert queue_due_digests(store, env(), datetime(2026, 11, 2, 13, tzinfo=UTC), cfg, "UTC") == []
    fill(store)
    # 08:00 in New York is 13:00 UTC in November.
    assert (
        queue_due_digests(store, env(), datetime(2026, 11, 9, 12, 59, tzinfo=UTC), cfg, "UTC") == []
    )
    assert (
        len(queue_due_digests(store, env(), datetime(2026, 11, 9, 13, tzinfo=UTC), cfg, "UTC")) == 2
    )


class Crash(Exception):
    """The process dying in the middle of a transaction."""


class CrashingTables:
    """A transaction's tables that die at the first write to one table."""

    def __init__(self, inner: Tables, table: str) -> None:
        self.inner, self.table = inner, table

    def get(self, table: str, key: str) -> Document | None:
        return self.inner.get(table, key)

    def put(self, table: str, key: str, document: Document) -> None:
        if table == self.table:
            raise Crash(f"died writing {table}/{key}")
        self.inner.put(table, key, document)

    def delete(self, table: str, key: str) -> bool:
        return self.inner.delete(table, key)

    def find(self, table: str, index: str, value: IndexValue) -> dict[str, Document]:
        return self.inner.find(table, index, value)

    def all(self, table: str) -> dict[str, Document]:
        return self.inner.all(table)

    def keys(self, table: str) -> list[str]:
        return self.inner.keys(table)

    def count(self, table: str) -> int:
        return self.inner.count(table)


class CrashingStore(CrashingTables):
    def __init__(self, inner: StateStore, table: str) -> None:
        super().__init__(inner, table)
        self.store = inner

    @contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[Tables]:
        with self.store.transaction(durable=durable) as tx:
            yield CrashingTables(tx, self.table)

    def sync(self) -> None:
        self.store.sync()

    def sync_job(self) -> Callable[[], None] | None:
        return self.store.sync_job()

    def close(self) -> None:
        self.store.close()


def test_a_crash_before_the_record_leaves_nothing_queued(store: StateStore) -> None:
    fill(store)
    with pytest.raises(Crash):
        queue_due_digests(CrashingStore(store, DIGESTS), env(), SLOT, DigestSection(), "UTC")
    # The outbox row written before the crash went with the rest of the transaction.
    assert digest_rows(store) == {} and store.all(DIGESTS) == {}
    keys = queue_due_digests(store, env(), SLOT, DigestSection(), "UTC")
    assert len(keys) == 2 and len(digest_rows(store)) == 2


def test_a_lost_record_does_not_queue_a_second_mail(store: StateStore) -> None:
    fill(store)
    keys = queue_due_digests(store, env(), SLOT, DigestSection(), "UTC")
    before = store.get(outbox.TABLE, keys[0])
    # Records removed by hand: the outbox key still holds, the same mail is not queued again.
    for key in store.keys(DIGESTS):
        store.delete(DIGESTS, key)
    assert queue_due_digests(store, env(), SLOT + timedelta(hours=1), DigestSection(), "UTC") == []
    assert store.get(outbox.TABLE, keys[0]) == before
    record = store.get(DIGESTS, "ann@example.test|2026-W46")
    assert record is not None and record["message_id"] == before["message_id"]  # type: ignore[index]


def test_a_broken_template_is_retried_without_resending_the_others(
    store: StateStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fill(store)
    overrides = tmp_path / "templates"
    overrides.mkdir()
    (overrides / "digest.txt").write_text("Subject: {{ no_such_thing }}\n\nx\n")
    cfg = DigestSection(owner="owner@example.test")
    keys = queue_due_digests(store, env(overrides), SLOT, cfg, "UTC")
    assert keys == ["digest-owner:2026-W46"]
    assert "not queued, will be tried again" in caplog.text
    assert store.get(DIGESTS, "week|2026-W46") is None
    (overrides / "digest.txt").unlink()
    keys = queue_due_digests(store, env(overrides), SLOT + timedelta(minutes=1), cfg, "UTC")
    assert keys == ["digest:ann@example.test:2026-W46", "digest:carl@example.test:2026-W46"]
    assert store.get(DIGESTS, "week|2026-W46") is not None


def test_template_override_is_used(store: StateStore, tmp_path: Path) -> None:
    fill(store)
    (tmp_path / "digest.txt").write_text(
        "Subject: Week {{ summary.made }}\n\n{{ summary.line }} for {{ requester_name }}\n"
    )
    item = render_digest(store, env(tmp_path), ANN, SLOT)
    assert item.mail.subject == "Week 1"
    assert item.mail.text.startswith("1 made, 1 declined, 1 waiting, acceptance 50%")


def test_owner_digest_totals_every_requester(store: StateStore) -> None:
    fill(store)
    cfg = DigestSection(owner=ANN)
    keys = queue_due_digests(store, env(), SLOT, cfg, "UTC")
    # The owner is also a requester here and gets both digests.
    assert keys[-1] == "digest-owner:2026-W46" and len(keys) == 3
    assert store.get(DIGESTS, "digest-owner|2026-W46") is not None
    text = text_of(parsed(store, keys[-1]))
    assert "2 made, 1 declined, 1 waiting, acceptance 75% over the last 12 weeks." in text
    assert "ann@example.test: 1 / 1 / 0 / 1 / 50%" in text
    assert "carl@example.test: 1 / 0 / 0 / 0 / 100%" in text
    # Dora had nothing this week: no line, though her older introduction counts in the
    # twelve-week rate (3 made of 4 answered). Parties are never named to the owner.
    assert "dora@" not in text and "Alice" not in text and "Bob" not in text
    assert "for 3 requesters" in text
    assert queue_due_digests(store, env(), SLOT + timedelta(hours=2), cfg, "UTC") == []


def test_owner_digest_renders_on_demand_without_queueing(store: StateStore) -> None:
    fill(store)
    item = render_owner_digest(store, env(), "boss@example.test", SLOT, schedule=Schedule())
    assert item.key == "digest-owner:2026-W46" and item.role == "owner"
    assert "No requester" not in item.mail.text
    assert digest_rows(store) == {}


def test_render_digest_previews_without_writing(store: StateStore) -> None:
    fill(store)
    before = {t: store.all(t) for t in (outbox.TABLE, DIGESTS, INTROS)}
    item = render_digest(store, env(), " ANN@example.test ", SLOT)
    assert item.key == "digest:ann@example.test:2026-W46"
    assert item.mail.message_id == env().mails.message_id(item.key)
    assert [a.email for a in item.mail.to] == [ANN]
    assert {t: store.all(t) for t in before} == before
    # Nobody's intros: an empty digest still renders.
    nobody = render_digest(store, env(), "nobody@example.test", SLOT)
    assert "Nothing happened this week" in nobody.mail.text


def test_a_digest_on_demand_does_not_take_the_weekly_slot(store: StateStore) -> None:
    fill(store)
    now = SLOT - timedelta(days=2)
    key, queued = queue_digest_now(store, env(), ANN, now, Schedule())
    assert queued and key == "digest:ann@example.test:2026-W45:now-20261107T080000Z"
    assert store.all(DIGESTS) == {}
    assert queue_digest_now(store, env(), ANN, now, Schedule()) == (key, False)
    keys = queue_due_digests(store, env(), SLOT, DigestSection(), "UTC")
    assert "digest:ann@example.test:2026-W46" in keys


def test_a_damaged_record_is_left_out(store: StateStore, caplog: pytest.LogCaptureFixture) -> None:
    fill(store)
    broken: dict[str, Any] = dict(store.get(INTROS, "a3") or {})
    broken["status"] = "lost"
    store.put(INTROS, "a3", broken)
    keys = queue_due_digests(store, env(), SLOT, DigestSection(), "UTC")
    assert len(keys) == 2
    assert "a3 left out of the digests" in caplog.text
    text = text_of(parsed(store, keys[0]))
    assert "0 waiting" in text and Status.AWAITING_PARTIES.value not in text
