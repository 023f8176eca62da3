"""The sandbox's mailboxes: plus-addressing, UIDs that never repeat, moves, the delivery log."""

from __future__ import annotations

import threading

from agent.demo.mailboxes import Mailboxes, mailbox_address


def test_plus_addresses_and_case_reach_the_base_mailbox() -> None:
    assert mailbox_address("Intros+abc123@Example.org") == "intros@example.org"
    assert mailbox_address("<bob@example.org>") == "bob@example.org"
    assert mailbox_address("a+b+c@x.test") == "a@x.test"


def test_one_delivery_to_two_tags_of_one_mailbox_lands_once() -> None:
    boxes = Mailboxes()
    boxes.deliver(b"one", "carol@x.test", ["intros+a@x.test", "intros+b@x.test", "bob@x.test"])
    assert boxes.folder("intros@x.test") == {1: b"one"}
    assert boxes.folder("bob@x.test") == {1: b"one"}
    (logged,) = boxes.deliveries()
    assert logged.recipients == ("intros+a@x.test", "intros+b@x.test", "bob@x.test")


def test_moved_uids_are_not_reused() -> None:
    boxes = Mailboxes()
    boxes.deliver(b"one", "c@x.test", ["a@x.test"])
    boxes.deliver(b"two", "c@x.test", ["a@x.test"])
    boxes.move("a@x.test", [1, 2], "Processed")
    boxes.deliver(b"three", "c@x.test", ["a@x.test"])
    assert boxes.folder("a@x.test") == {3: b"three"}
    assert boxes.folder("a@x.test", "Processed") == {1: b"one", 2: b"two"}
    assert boxes.folder("nobody@x.test") == {}


def test_deliveries_from_another_thread_are_seen() -> None:
    boxes = Mailboxes()
    thread = threading.Thread(target=boxes.deliver, args=(b"m", "c@x.test", ["a@x.test"]))
    thread.start()
    thread.join()
    assert [d.raw for d in boxes.deliveries(0)] == [b"m"]
    assert boxes.deliveries(1) == []
