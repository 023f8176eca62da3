"""When weekly digests are due, and the keys that make each one happen exactly once.

A digest belongs to an ISO week of the digest's time zone. Its *slot* is the configured
weekday and hour of that week, as local wall time; the digest is due once ``now`` has
passed the slot. Only the latest slot that has passed is ever due: after an outage of
more than a week the missed week is not sent late (its numbers still show in the next
digest's twelve-week chart), so a restart never floods an inbox with stale digests.

Each digest covers the week before its slot: from the previous week's slot (same
weekday and hour, local time) up to this one. Consecutive digests therefore cover
consecutive periods with no gap and no overlap; a period is 167 or 169 hours when a
daylight-saving change falls inside it.

Every datetime this module returns is in UTC, and comparisons are made in UTC: Python
compares two datetimes sharing one tzinfo by wall time, which is wrong across a change.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from agent.config import DigestSection

WEEK = timedelta(days=7)
UTC_ZONE = ZoneInfo("UTC")


@dataclass(frozen=True, order=True)
class IsoWeek:
    """One ISO 8601 week: its ISO year (not always the calendar year) and number."""

    year: int
    week: int

    def __post_init__(self) -> None:
        # fromisocalendar refuses week 53 of a 52-week year, and any other bad week.
        date.fromisocalendar(self.year, self.week, 1)

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @property
    def label(self) -> str:
        """``YYYY-Www``, as ISO 8601 writes a week."""
        return f"{self.year:04d}-W{self.week:02d}"

    def day(self, weekday: int) -> date:
        """The date of ``weekday`` (0 = Monday) in this week."""
        return date.fromisocalendar(self.year, self.week, weekday + 1)

    def shifted(self, weeks: int) -> IsoWeek:
        return IsoWeek.of(self.day(0) + timedelta(weeks=weeks))


@dataclass(frozen=True)
class Schedule:
    """When digests go: a weekday (0 = Monday), an hour and the time zone they are read in."""

    weekday: int = 0
    hour: int = 8
    tz: ZoneInfo = UTC_ZONE

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), not {self.weekday}")
        if not 0 <= self.hour <= 23:
            raise ValueError(f"hour must be 0 to 23, not {self.hour}")

    @classmethod
    def from_config(cls, section: DigestSection, agent_timezone: str) -> Schedule:
        """The schedule of ``[digest]``; its time zone defaults to the agent's."""
        return cls(section.weekday, section.hour, ZoneInfo(section.timezone or agent_timezone))

    def slot(self, week: IsoWeek) -> datetime:
        """The moment (UTC) the digest of ``week`` becomes due.

        An hour that a spring-forward change skips is read with the offset before the
        change, so it lands one hour later in the new offset; an hour that a fall-back
        change repeats means its first occurrence.
        """
        local = datetime.combine(week.day(self.weekday), time(self.hour), tzinfo=self.tz)
        return local.astimezone(UTC)

    def local_week(self, now: datetime) -> IsoWeek:
        """The ISO week ``now`` falls in, in the digest's time zone."""
        return IsoWeek.of(_aware(now).astimezone(self.tz).date())

    def latest_due_week(self, now: datetime) -> IsoWeek:
        """The latest week whose slot is at or before ``now``."""
        week = self.local_week(now)
        return week if self.slot(week) <= _aware(now) else week.shifted(-1)

    def period(self, week: IsoWeek) -> tuple[datetime, datetime]:
        """What the digest of ``week`` reports on: [previous week's slot, this slot), UTC."""
        return self.slot(week.shifted(-1)), self.slot(week)


def weeks_back(end: datetime, tz: ZoneInfo, count: int) -> list[tuple[datetime, datetime]]:
    """``count`` consecutive weeks ending at ``end``, oldest first, each [start, end) in UTC.

    The boundaries are ``end`` moved back by whole weeks of local wall time, so every
    boundary keeps the same local weekday and hour across daylight-saving changes.
    """
    wall = _aware(end).astimezone(tz).replace(tzinfo=None)
    edges = [(wall - WEEK * k).replace(tzinfo=tz).astimezone(UTC) for k in range(count, -1, -1)]
    return list(pairwise(edges))


def digest_key(email: str, week: IsoWeek) -> str:
    """The outbox key (and so the Message-ID seed) of a requester's weekly digest."""
    return f"digest:{normal(email)}:{week.label}"


def record_key(email: str, week: IsoWeek) -> str:
    """The key in the ``digests`` table recording that this digest was queued."""
    return f"{normal(email)}|{week.label}"


def owner_digest_key(week: IsoWeek) -> str:
    """The outbox key of the owner's weekly digest."""
    return f"digest-owner:{week.label}"


def owner_record_key(week: IsoWeek) -> str:
    # Distinct from every address key (no "@" can come before "|" here), even when the
    # owner is also a requester and receives both digests.
    return f"digest-owner|{week.label}"


def week_done_key(week: IsoWeek) -> str:
    """The ``digests`` key saying every recipient of ``week`` was decided on."""
    return f"week|{week.label}"


def now_key(email: str, week: IsoWeek, now: datetime) -> str:
    """The outbox key of a digest sent on demand: the weekly key plus a time suffix.

    The suffix keeps it apart from the weekly key, so an on-demand digest never takes
    the place of the scheduled one; two asked for in the same second are one mail.
    """
    stamp = _aware(now).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{digest_key(email, week)}:now-{stamp}"


def normal(email: str) -> str:
    """An address as compared: lower-cased, surrounding space removed."""
    return email.strip().lower()


@dataclass(frozen=True)
class Due:
    """One digest that should be queued now."""

    email: str
    week: IsoWeek

    @property
    def key(self) -> str:
        return digest_key(self.email, self.week)

    @property
    def record(self) -> str:
        return record_key(self.email, self.week)


def due_digests(
    now: datetime,
    schedule: Schedule,
    recipients: Iterable[str],
    recorded: Container[str],
    has_news: Callable[[str, IsoWeek], bool],
    *,
    send_when_empty: bool = False,
) -> list[Due]:
    """The digests due at ``now``, one per recipient at most, in address order.

    ``recorded`` holds the ``digests`` keys already written; ``has_news`` says whether a
    recipient had activity in the week's period or has anything open.
    """
    week = schedule.latest_due_week(now)
    due: list[Due] = []
    for email in sorted({normal(r) for r in recipients if r.strip()}):
        if record_key(email, week) in recorded:
            continue
        if send_when_empty or has_news(email, week):
            due.append(Due(email, week))
    return due


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("times must be timezone-aware")
    return moment
