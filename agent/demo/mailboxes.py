"""Per-person mailboxes in memory, filled by the sandbox's SMTP server.

Each address has an inbox with IMAP-like UIDs (ascending, never reused) and the folders
the agent moves mail to. Plus-addressing is honoured as real providers do it:
``intros+token@host`` lands in ``intros@host``'s inbox. Every delivery is also appended
to a log, in order, so the demo can print a transcript of all the mail that went by.
Deliveries come from the server's thread and reads from the demo's, hence the lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Delivery:
    """One message as the server accepted it: envelope and bytes."""

    sender: str
    recipients: tuple[str, ...]
    raw: bytes


@dataclass
class Mailbox:
    """One person's folders: name -> {uid: raw}."""

    folders: dict[str, dict[int, bytes]] = field(default_factory=lambda: {"INBOX": {}})
    next_uid: int = 1


def mailbox_address(address: str) -> str:
    """The mailbox an address delivers to: lower case, with any ``+tag`` dropped."""
    local, _, domain = address.strip().strip("<>").rpartition("@")
    base = local.split("+", 1)[0]
    return f"{base}@{domain}".lower()


class Mailboxes:
    """Every person's mailbox, and the log of deliveries; safe across threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._boxes: dict[str, Mailbox] = {}
        self._log: list[Delivery] = []

    def deliver(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        """Put ``raw`` in the inbox of each recipient's mailbox (once per mailbox)."""
        with self._lock:
            self._log.append(Delivery(sender, tuple(recipients), raw))
            for owner in dict.fromkeys(mailbox_address(r) for r in recipients):
                box = self._boxes.setdefault(owner, Mailbox())
                box.folders["INBOX"][box.next_uid] = raw
                box.next_uid += 1

    def deliveries(self, since: int = 0) -> list[Delivery]:
        """The deliveries from index ``since`` on, oldest first."""
        with self._lock:
            return self._log[since:]

    def folder(self, address: str, folder: str = "INBOX") -> dict[int, bytes]:
        """A copy of one folder of ``address``'s mailbox: uid -> raw."""
        with self._lock:
            box = self._boxes.get(mailbox_address(address))
            return dict(box.folders.get(folder, {})) if box else {}

    def move(self, address: str, uids: list[int], folder: str) -> None:
        """Move messages of ``address``'s inbox to ``folder`` (created if missing)."""
        with self._lock:
            box = self._boxes.setdefault(mailbox_address(address), Mailbox())
            target = box.folders.setdefault(folder, {})
            inbox = box.folders["INBOX"]
            for uid in uids:
                if uid in inbox:
                    target[uid] = inbox.pop(uid)
