"""The agent's mailbox in the sandbox, read the way the engine reads IMAP.

``SandboxSource`` implements the engine's ``MailSource`` (``uids_after``, ``fetch_uids``,
``move_to_processed``, ``move_to_quarantine``) over ``Mailboxes``, so ``run_pass`` runs
unchanged: the same ledger, the same move-after-commit, the same size limit.
"""

from __future__ import annotations

from agent.demo.mailboxes import Mailboxes
from agent.mail.imap_source import FetchedMessage

# One sandbox lives for one demo: its inbox is never recreated, so UIDs stay valid.
UIDVALIDITY = 1


class SandboxSource:
    """The inbox of ``address`` in ``boxes``, with processed and quarantine folders."""

    def __init__(
        self,
        boxes: Mailboxes,
        address: str,
        *,
        folder: str = "INBOX",
        processed_folder: str = "Processed",
        quarantine_folder: str = "Quarantine",
        max_message_bytes: int = 10 * 1024 * 1024,
    ) -> None:
        self.boxes = boxes
        self.address = address
        self.folder = folder
        self.processed_folder = processed_folder
        self.quarantine_folder = quarantine_folder
        self.max_message_bytes = max_message_bytes
        self.uidvalidity = UIDVALIDITY

    def uids_after(self, uid: int) -> list[int]:
        return sorted(u for u in self.boxes.folder(self.address) if u > uid)

    def fetch_uids(self, uids: list[int]) -> list[FetchedMessage]:
        inbox = self.boxes.folder(self.address)
        fetched = []
        for uid in sorted(uids):
            raw = inbox.get(uid)
            if raw is None:
                continue
            oversize = len(raw) > self.max_message_bytes
            # As ImapSource does: of an oversize message only the header is read.
            kept = raw.split(b"\r\n\r\n", 1)[0] if oversize else raw
            fetched.append(
                FetchedMessage(self.folder, self.uidvalidity, uid, len(raw), kept, oversize)
            )
        return fetched

    def move_to_processed(self, uids: list[int]) -> None:
        self.boxes.move(self.address, uids, self.processed_folder)

    def move_to_quarantine(self, uids: list[int]) -> None:
        self.boxes.move(self.address, uids, self.quarantine_folder)
