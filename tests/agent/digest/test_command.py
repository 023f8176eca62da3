"""``intro-agent digest``: previews that write nothing, digests sent now beside the weekly one."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.config import (
    AgentSection,
    Config,
    DigestSection,
    ImapSection,
    SmtpSection,
    StoreSection,
)
from agent.core import Intro
from agent.digest.command import digest_command
from agent.digest.queue import DIGESTS, queue_due_digests
from agent.engine import outbox
from agent.engine.environment import build_environment
from agent.engine.sending import MailSink
from agent.engine.tables import INDEXES, META, save_intro
from agent.errors import TransientSendError
from agent.store import open_store
from tests.agent.digest import builders as b
from tests.agent.engine.harness import MemorySink

AGENT = "intros@example.test"
NOW = datetime(2026, 11, 7, 12, tzinfo=UTC)  # a Saturday of 2026-W45


def at(days: float) -> datetime:
    return NOW - timedelta(days=7) + timedelta(days=days)


def make_config(tmp: Path, **digest: object) -> Config:
    return Config(
        path=tmp / "config.toml",
        agent=AgentSection(address=AGENT),
        imap=ImapSection("localhost", 993, "tls", "agent", None),
        smtp=SmtpSection("localhost", 465, "tls", "agent", None),
        store=StoreSection(tmp / "state" / "store.json"),
        digest=DigestSection(**digest),  # type: ignore[arg-type]
    )


def seed(config: Config, *intros: Intro) -> None:
    store = open_store(config.store.path, indexes=INDEXES)
    try:
        with store.transaction() as tx:
            for intro in intros:
                save_intro(tx, intro)
    finally:
        store.close()


@pytest.fixture
def config(tmp_path: Path) -> Config:
    c = make_config(tmp_path)
    seed(
        c,
        b.completed("a1", at(1), at(2)),
        b.requested("a2", at(3)),
        b.completed("c1", at(1), at(4), requester=b.CARL),
        b.completed("old", at(-60), at(-59), requester=b.DORA),
    )
    return c


class Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, text: str) -> None:
        self.lines.append(text)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def run(config: Config, **kwargs: object) -> tuple[int, str]:
    out = Lines()
    options: dict[str, object] = {
        "preview": False,
        "send_now": False,
        "recipient": None,
        "now": NOW,
        "html_file": None,
    }
    options.update(kwargs)
    code = digest_command(config, echo=out, **options)  # type: ignore[arg-type]
    return code, out.text


def snapshot(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


def test_preview_prints_and_writes_the_html_without_touching_the_store(
    config: Config, tmp_path: Path
) -> None:
    before = snapshot(config.store.path)
    html = tmp_path / "digest.html"
    code, text = run(config, preview=True, recipient="Ann@Example.test", html_file=str(html))
    assert code == 0
    assert "To: ann@example.test" in text
    assert "Subject: Your week of introductions: 1 made, 1 waiting" in text
    assert "1 made, 1 waiting, acceptance 100% over the last 12 weeks." in text
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "Alice Smith" in html.read_text(encoding="utf-8")
    # Nothing recorded, queued or even the Message-ID secret created.
    after = {k: v for k, v in snapshot(config.store.path).items() if not k.endswith(".lock")}
    assert after == {k: v for k, v in before.items() if not k.endswith(".lock")}
    store = open_store(config.store.path, indexes=INDEXES)
    try:
        assert store.get(META, "secrets") is None
        assert store.count(outbox.TABLE) == 0 and store.count(DIGESTS) == 0
    finally:
        store.close()


def test_preview_of_everyone_leaves_out_empty_digests(tmp_path: Path) -> None:
    config = make_config(tmp_path, owner="boss@example.test")
    seed(
        config,
        b.completed("a1", at(1), at(2)),
        b.completed("c1", at(1), at(4), requester=b.CARL),
        b.completed("old", at(-60), at(-59), requester=b.DORA),
    )
    code, text = run(config, preview=True)
    assert code == 0
    tos = [line for line in text.splitlines() if line.startswith("To: ")]
    assert tos == ["To: ann@example.test", "To: carl@example.test", "To: boss@example.test"]
    assert "2 made, 0 waiting" in text  # the owner's totals


def test_preview_html_needs_a_single_digest(config: Config, tmp_path: Path) -> None:
    code, text = run(config, preview=True, html_file=str(tmp_path / "x.html"))
    assert code == 2 and "needs one digest" in text
    assert not (tmp_path / "x.html").exists()


def test_usage_errors(config: Config) -> None:
    assert run(config)[0] == 2
    assert run(config, preview=True, send_now=True)[0] == 2
    assert run(config, send_now=True)[0] == 2
    assert run(config, send_now=True, recipient=" ")[0] == 2
    assert run(config, send_now=True, recipient="ann@example.test", html_file="x")[0] == 2
    assert run(config, preview=True, now=datetime(2026, 11, 7))[0] == 2


def test_no_store_and_store_in_use(tmp_path: Path, config: Config) -> None:
    code, text = run(make_config(tmp_path / "elsewhere"), preview=True)
    assert code == 1 and "no store at" in text
    assert not (tmp_path / "elsewhere" / "state").exists()
    held = open_store(config.store.path, indexes=INDEXES)
    try:
        code, text = run(config, preview=True)
        assert code == 1 and text.startswith("intro-agent digest: ")
    finally:
        held.close()


def test_send_now_sends_and_leaves_the_weekly_slot(config: Config) -> None:
    sink = MemorySink()
    code, text = run(config, send_now=True, recipient="ann@example.test", connect_sink=sink.connect)
    assert code == 0, text
    key = "digest:ann@example.test:2026-W45:now-20261107T120000Z"
    assert f"Sent the digest to ann@example.test ({key})." in text
    (sent,) = sink.sent
    assert sent.recipients == ["ann@example.test"]
    assert "1 made, 1 waiting" in sent.text
    store = open_store(config.store.path, indexes=INDEXES)
    try:
        row = store.get(outbox.TABLE, key)
        assert row is not None and row["state"] == outbox.SENT
        assert store.all(DIGESTS) == {}
        env = build_environment(config, store)
        assert sent.message["Message-ID"] == env.mails.message_id(key)
        # The scheduled digest of the next slot still goes.
        keys = queue_due_digests(
            store, env, datetime(2026, 11, 9, 8, tzinfo=UTC), config.digest, "UTC"
        )
        assert "digest:ann@example.test:2026-W46" in keys
    finally:
        store.close()


def test_send_now_to_someone_without_introductions(config: Config) -> None:
    sink = MemorySink()
    code, text = run(config, send_now=True, recipient="zed@example.test", connect_sink=sink.connect)
    assert code == 1 and "nothing to send" in text and sink.sent == []


def test_send_now_when_the_server_is_down(config: Config) -> None:
    class Down:
        async def send(self, message: bytes, *, sender: str, recipients: list[str]) -> None:
            raise TransientSendError("421 try later")

    @asynccontextmanager
    async def down() -> AsyncIterator[MailSink]:
        yield Down()

    code, text = run(config, send_now=True, recipient="ann@example.test", connect_sink=down)
    assert code == 1
    assert "queued but not sent yet: 421 try later. The agent retries it." in text


def test_send_now_twice_in_one_second_is_one_mail(config: Config) -> None:
    sink = MemorySink()
    options = {"send_now": True, "recipient": "ann@example.test", "connect_sink": sink.connect}
    assert run(config, **options)[0] == 0
    code, text = run(config, **options)
    assert code == 0 and "already queued at this time" in text
    assert len(sink.sent) == 1
