"""What a requester's weekly digest says, computed from their introductions alone.

The digest reports on one period, ``[start, end)`` (for the weekly digest: from the
previous digest's slot up to this one's, see ``agent.digest.schedule``):

- introductions made, declined, expired and otherwise closed (cancelled, undeliverable)
  whose ``closed_at`` falls in the period;
- introductions still open when the digest is composed, with whom the agent waits on,
  since when and how many reminders went out;
- a summary: counts for the period, and the *acceptance* over the last twelve weeks,
  defined as completed / (completed + declined + expired) among introductions that
  closed in those weeks. Cancelled and undeliverable ones are left out: nobody was
  asked and said anything. With no such introductions there is no rate;
- introductions made per week over the last twelve weeks, for the chart.

An introduction that closes after the period's end but before the digest is composed
(a late digest) appears in the next one. Long sections keep their first ``limit``
items and say how many more there are.

Privacy: the digest names people only by the name the requester used (``Person.label``),
never by address, and never quotes a party's words. It says who declined, who did not
answer and whose address bounced, as the requester's notices already did, and for an
open introduction only whom the agent still waits on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo

from agent.core.intro import SIDES, Consent, Intro, Side, Status
from agent.digest.schedule import weeks_back

LIST_LIMIT = 10
CHART_WEEKS = 12
T = TypeVar("T")


@dataclass(frozen=True)
class ClosedItem:
    """One introduction that closed in the period, and what to say about how."""

    intro_id: str
    a_name: str
    b_name: str
    closed_at: datetime
    status: Status
    # The party the close concerns (who declined, stayed silent or bounced), by name.
    party_name: str = ""
    # For an expiry with no single party to name: whether any party had been asked.
    parties_asked: bool = True


@dataclass(frozen=True)
class Waiting:
    """Someone the agent waits on: a party (by name), or the requester (``is_requester``)."""

    name: str
    since: datetime
    reminders: int = 0
    is_requester: bool = False


@dataclass(frozen=True)
class OpenItem:
    """An introduction still open, and who must act for it to move on."""

    intro_id: str
    a_name: str
    b_name: str
    created_at: datetime
    waiting: tuple[Waiting, ...]


@dataclass(frozen=True)
class Section(Generic[T]):
    """The first items of a list, and how many there are in all."""

    items: tuple[T, ...]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.items)


@dataclass(frozen=True)
class WeekCount:
    """Introductions made in one week of the chart, [start, end) in UTC."""

    start: datetime
    end: datetime
    made: int


@dataclass(frozen=True)
class Summary:
    """The numbers behind the digest's one-line summary."""

    made: int
    declined: int
    expired: int
    other_closed: int
    waiting: int
    # Over the chart's weeks: completed, and completed + declined + expired.
    accepted: int
    answered: int
    weeks: int = CHART_WEEKS

    @property
    def acceptance(self) -> int | None:
        """Acceptance in whole percent, rounded half up; None with nothing to divide by."""
        if self.answered == 0:
            return None
        return (200 * self.accepted + self.answered) // (2 * self.answered)

    @property
    def line(self) -> str:
        """E.g. ``3 made, 1 declined, 1 waiting, acceptance 75% over the last 12 weeks``."""
        parts = [f"{self.made} made"]
        if self.declined:
            parts.append(f"{self.declined} declined")
        if self.expired:
            parts.append(f"{self.expired} expired")
        if self.other_closed:
            parts.append(f"{self.other_closed} otherwise closed")
        parts.append(f"{self.waiting} waiting")
        rate = self.acceptance
        if rate is None:
            parts.append(f"no answers in the last {self.weeks} weeks")
        else:
            parts.append(f"acceptance {rate}% over the last {self.weeks} weeks")
        return ", ".join(parts)


@dataclass(frozen=True)
class Digest:
    """One requester's digest for one period."""

    start: datetime
    end: datetime
    as_of: datetime
    made: Section[ClosedItem]
    declined: Section[ClosedItem]
    expired: Section[ClosedItem]
    other_closed: Section[ClosedItem]
    open: Section[OpenItem]
    summary: Summary
    chart: tuple[WeekCount, ...]
    # Anything happened to one of the requester's introductions in the period.
    active: bool

    @property
    def is_empty(self) -> bool:
        """Nothing happened in the period and nothing is open: nothing worth a mail."""
        return not self.active and self.open.total == 0


def build_digest(
    intros: Sequence[Intro],
    *,
    end: datetime,
    as_of: datetime,
    tz: ZoneInfo,
    limit: int = LIST_LIMIT,
    chart_weeks: int = CHART_WEEKS,
) -> Digest:
    """The digest of ``intros`` (one requester's) for the week ending at ``end``.

    ``as_of`` is when the digest is composed: open introductions are as they stand then.
    """
    if limit < 0 or chart_weeks < 1:
        raise ValueError("limit must be zero or more and chart_weeks at least one")
    weeks = weeks_back(end, tz, chart_weeks)
    start = weeks[-1][0]
    closed = sorted(
        (i for i in intros if i.is_closed and _within(i.closed_at, start, end)),
        key=lambda i: (_closed(i), i.id),
    )
    by_status: dict[Status, list[ClosedItem]] = {}
    for intro in closed:
        by_status.setdefault(intro.status, []).append(closed_item(intro))
    other = by_status.get(Status.CANCELLED, []) + by_status.get(Status.FAILED, [])
    other.sort(key=lambda c: (c.closed_at, c.intro_id))
    still_open = sorted((i for i in intros if not i.is_closed), key=lambda i: (i.created_at, i.id))
    counts = [
        sum(1 for i in intros if i.status is Status.COMPLETED and _within(i.closed_at, s, e))
        for s, e in weeks
    ]
    chart_start = weeks[0][0]
    answered = [
        i
        for i in intros
        if i.status in (Status.COMPLETED, Status.DECLINED, Status.EXPIRED)
        and _within(i.closed_at, chart_start, end)
    ]
    summary = Summary(
        made=len(by_status.get(Status.COMPLETED, [])),
        declined=len(by_status.get(Status.DECLINED, [])),
        expired=len(by_status.get(Status.EXPIRED, [])),
        other_closed=len(other),
        waiting=len(still_open),
        accepted=sum(1 for i in answered if i.status is Status.COMPLETED),
        answered=len(answered),
        weeks=chart_weeks,
    )
    return Digest(
        start=start,
        end=end,
        as_of=as_of,
        made=_section(by_status.get(Status.COMPLETED, []), limit),
        declined=_section(by_status.get(Status.DECLINED, []), limit),
        expired=_section(by_status.get(Status.EXPIRED, []), limit),
        other_closed=_section(other, limit),
        open=_section([open_item(i) for i in still_open], limit),
        summary=summary,
        chart=tuple(WeekCount(s, e, n) for (s, e), n in zip(weeks, counts, strict=True)),
        active=any(_touched(i, start, end) for i in intros),
    )


def closed_item(intro: Intro) -> ClosedItem:
    """How a closed introduction is reported; the party named is the one its notice named."""
    side: Side | None = None
    kinds = {
        Status.DECLINED: "declined",
        Status.EXPIRED: "expired",
        Status.FAILED: "delivery_failed",
    }
    kind = kinds.get(intro.status)
    if kind is not None:
        for entry in reversed(intro.history):
            if entry.kind == kind:
                side = entry.role if entry.role in SIDES else None
                break
    return ClosedItem(
        intro_id=intro.id,
        a_name=intro.a.person.label,
        b_name=intro.b.person.label,
        closed_at=_closed(intro),
        status=intro.status,
        party_name="" if side is None else intro.party(side).person.label,
        parties_asked=intro.a.was_asked or intro.b.was_asked,
    )


def open_item(intro: Intro) -> OpenItem:
    """An open introduction and whom it waits on."""
    waiting: list[Waiting] = []
    if intro.status is Status.AWAITING_REQUESTER:
        waiting.append(Waiting(name="you", since=intro.created_at, is_requester=True))
    else:
        for side in SIDES:
            party = intro.party(side)
            if party.consent is Consent.ASKED:
                waiting.append(
                    Waiting(
                        name=party.person.label,
                        since=party.asked_at or intro.created_at,
                        reminders=party.reminders_sent,
                    )
                )
    return OpenItem(
        intro_id=intro.id,
        a_name=intro.a.person.label,
        b_name=intro.b.person.label,
        created_at=intro.created_at,
        waiting=tuple(waiting),
    )


def _section(items: Sequence[T], limit: int) -> Section[T]:
    return Section(items=tuple(items[:limit]), total=len(items))


def _closed(intro: Intro) -> datetime:
    return intro.closed_at or intro.updated_at


def _within(moment: datetime | None, start: datetime, end: datetime) -> bool:
    return moment is not None and start <= moment < end


def _touched(intro: Intro, start: datetime, end: datetime) -> bool:
    """Whether anything happened to ``intro`` in [start, end)."""
    return _within(intro.created_at, start, end) or any(
        _within(entry.at, start, end) for entry in intro.history
    )
