"""The lifecycle rules an introduction follows: how parties are asked, reminded and let go.

An introduction keeps a copy of the policy it was made under (``Intro.policy``), so a
change of configuration affects new introductions only and ``transition`` needs no
configuration argument to stay deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from agent.config import LifecycleSection

AskOrder = Literal["both", "sequential"]
RequesterCopy = Literal["cc", "bcc", "none"]


@dataclass(frozen=True)
class Policy:
    """How an introduction proceeds, in the core's own terms."""

    ask: AskOrder = "both"
    reminder_after_days: float = 3.0
    max_reminders: int = 2
    expire_after_days: float = 14.0
    requester_copy: RequesterCopy = "cc"

    def __post_init__(self) -> None:
        if self.ask not in ("both", "sequential"):
            raise ValueError(f"ask must be 'both' or 'sequential', not {self.ask!r}")
        if self.requester_copy not in ("cc", "bcc", "none"):
            raise ValueError(f"requester_copy must be cc, bcc or none, not {self.requester_copy!r}")
        if self.reminder_after_days <= 0 or self.expire_after_days <= 0:
            raise ValueError("reminder_after_days and expire_after_days must be positive")
        if self.max_reminders < 0:
            raise ValueError("max_reminders must be zero or more")

    @classmethod
    def from_lifecycle(cls, section: LifecycleSection) -> Policy:
        """The policy described by the ``[lifecycle]`` section of the configuration."""
        return cls(
            ask=section.ask,
            reminder_after_days=section.reminder_after_days,
            max_reminders=section.max_reminders,
            expire_after_days=section.expire_after_days,
            requester_copy=section.requester_copy,
        )

    @property
    def reminder_after(self) -> timedelta:
        return timedelta(days=self.reminder_after_days)

    @property
    def expire_after(self) -> timedelta:
        return timedelta(days=self.expire_after_days)
