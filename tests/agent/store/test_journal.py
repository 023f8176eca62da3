"""The journal: checksummed commit lines, torn tails dropped, damage refused."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from agent.errors import StoreCorrupt, StoreError
from agent.store.journal import (
    JournalWriter,
    Record,
    encode_record,
    read_journal,
    replace_journal,
)

ONE = encode_record(1, [("intros", "a", {"status": "asked", "note": "line\nbreak"})])
TWO = encode_record(2, [("intros", "a", None), ("outbox", "m", {"state": "pending"})])


def test_lines_round_trip(tmp_path: Path) -> None:
    journal = tmp_path / "s.journal"
    journal.write_bytes(ONE + TWO)
    contents = read_journal(journal)
    assert contents.records == [
        Record(1, [("intros", "a", {"status": "asked", "note": "line\nbreak"})]),
        Record(2, [("intros", "a", None), ("outbox", "m", {"state": "pending"})]),
    ]
    assert contents.good_length == len(ONE + TWO)
    assert contents.torn_bytes == 0
    assert ONE.count(b"\n") == 1, "a newline inside a document is escaped"


def test_missing_journal_is_empty(tmp_path: Path) -> None:
    contents = read_journal(tmp_path / "none")
    assert (contents.records, contents.good_length, contents.torn_bytes) == ([], 0, 0)


@pytest.mark.parametrize(
    "tail",
    [
        TWO[: len(TWO) // 2],  # killed mid-write: no newline yet
        TWO[:-1],  # everything but the newline
        TWO.replace(b"pending", b"pendinG"),  # last line fails its checksum
        b"\x00" * 300,  # a power cut can leave zeros where the end was
    ],
)
def test_torn_last_line_is_dropped(tmp_path: Path, tail: bytes) -> None:
    journal = tmp_path / "s.journal"
    journal.write_bytes(ONE + tail)
    contents = read_journal(journal)
    assert [record.seq for record in contents.records] == [1]
    assert contents.good_length == len(ONE)
    assert contents.torn_bytes == len(tail)
    assert journal.read_bytes() == ONE + tail, "reading never writes"


@pytest.mark.parametrize(
    "bad",
    [
        TWO.replace(b"pending", b"pendinG"),
        b"not a record\n",
        b"00000000 {}\n",
        encode_record(2, [])[:9] + b'{"seq":2,"ops":[["t"]]}\n',
    ],
)
def test_bad_line_with_more_after_it_is_damage(tmp_path: Path, bad: bytes) -> None:
    journal = tmp_path / "s.journal"
    third = encode_record(3, [("intros", "b", {})])
    journal.write_bytes(ONE + bad + third)
    with pytest.raises(StoreCorrupt) as refused:
        read_journal(journal)
    message = str(refused.value)
    assert str(journal) in message
    assert f"at byte {len(ONE)}" in message
    assert "1 commits before that point are intact" in message
    assert f"truncate -s {len(ONE)} {journal}" in message


def test_writer_cuts_a_torn_tail_before_appending(tmp_path: Path) -> None:
    journal = tmp_path / "s.journal"
    journal.write_bytes(ONE + TWO[:20])
    contents = read_journal(journal)
    writer = JournalWriter(journal, contents.good_length)
    try:
        writer.append(TWO)
    finally:
        writer.close()
    assert journal.read_bytes() == ONE + TWO
    assert writer.length == len(ONE + TWO)
    assert [record.seq for record in read_journal(journal).records] == [1, 2]


def test_failed_append_is_cut_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = tmp_path / "s.journal"
    writer = JournalWriter(journal, 0)
    writer.append(ONE)
    real_write = os.write

    def half_then_full(fd: int, data: Any) -> int:
        if len(data) > 10:
            return real_write(fd, bytes(data[:10]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(StoreError, match="No space left"):
        writer.append(TWO)
    monkeypatch.undo()
    assert journal.read_bytes() == ONE
    writer.append(TWO)
    writer.close()
    assert [record.seq for record in read_journal(journal).records] == [1, 2]


def test_replace_journal_rewrites_atomically(tmp_path: Path) -> None:
    journal = tmp_path / "s.journal"
    journal.write_bytes(ONE)
    records = [*read_journal(journal).records, Record(2, [("t", "k", {"v": 1})])]
    length = replace_journal(journal, records)
    assert journal.stat().st_size == length
    assert read_journal(journal).records == records
    assert sorted(path.name for path in tmp_path.iterdir()) == ["s.journal"]
