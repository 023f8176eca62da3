"""A mail source held in memory: the ``MailSource`` the engine reads, without a server.

Tests and benchmarks use it to run the real engine on mail they deliver by hand, and to
see where each message ended (moved to processed or to quarantine).
"""

from __future__ import annotations

from agent.mail.imap_source import FetchedMessage


class MemorySource:
    """An inbox with UIDs, and the two folders the engine moves mail to."""

    def __init__(self, folder: str = "INBOX", uidvalidity: int = 1) -> None:
        self.folder = folder
        self.uidvalidity = uidvalidity
        self.inbox: dict[int, bytes] = {}
        self.processed: list[bytes] = []
        self.quarantine: list[bytes] = []
        self.next_uid = 1

    def deliver(self, raw: bytes) -> int:
        """Put a message in the inbox; its UID."""
        uid = self.next_uid
        self.next_uid += 1
        self.inbox[uid] = raw
        return uid

    def uids_after(self, uid: int) -> list[int]:
        return sorted(u for u in self.inbox if u > uid)

    def fetch_uids(self, uids: list[int]) -> list[FetchedMessage]:
        return [
            FetchedMessage(self.folder, self.uidvalidity, u, len(raw), raw, False)
            for u in uids
            if (raw := self.inbox.get(u)) is not None
        ]

    def move_to_processed(self, uids: list[int]) -> None:
        self.processed.extend(self.inbox.pop(u) for u in uids if u in self.inbox)

    def move_to_quarantine(self, uids: list[int]) -> None:
        self.quarantine.extend(self.inbox.pop(u) for u in uids if u in self.inbox)
