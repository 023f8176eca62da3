"""The sandbox source answers the engine as the IMAP source does."""

from __future__ import annotations

from agent.demo.mailboxes import Mailboxes
from agent.demo.source import SandboxSource
from agent.engine.ingest import MailSource

AGENT = "intros@x.test"


def source_with(*raws: bytes, limit: int = 1000) -> tuple[Mailboxes, SandboxSource]:
    boxes = Mailboxes()
    for raw in raws:
        boxes.deliver(raw, "c@x.test", ["intros+t@x.test"])
    return boxes, SandboxSource(boxes, AGENT, max_message_bytes=limit)


def test_is_a_mail_source() -> None:
    _, source = source_with()
    typed: MailSource = source
    assert typed.uids_after(0) == []


def test_uids_fetch_and_moves() -> None:
    boxes, source = source_with(b"a", b"b", b"c")
    assert source.uids_after(0) == [1, 2, 3]
    assert source.uids_after(2) == [3]
    fetched = source.fetch_uids([3, 1, 9])
    assert [(f.uid, f.raw, f.oversize, f.uidvalidity) for f in fetched] == [
        (1, b"a", False, 1),
        (3, b"c", False, 1),
    ]
    source.move_to_processed([1])
    source.move_to_quarantine([3])
    assert source.uids_after(0) == [2]
    assert boxes.folder(AGENT, "Processed") == {1: b"a"}
    assert boxes.folder(AGENT, "Quarantine") == {3: b"c"}


def test_an_oversize_message_is_read_by_its_header_only() -> None:
    raw = b"Subject: big\r\nFrom: c@x.test\r\n\r\n" + b"x" * 5000
    _, source = source_with(raw, limit=100)
    (fetched,) = source.fetch_uids([1])
    assert fetched.oversize and fetched.size == len(raw)
    assert fetched.raw == b"Subject: big\r\nFrom: c@x.test"
