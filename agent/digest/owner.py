"""The owner's weekly digest: every requester's numbers for the week, and the totals.

It is built from the same per-requester digests as the requesters' own, so its numbers
are theirs summed. It names requesters (the owner runs the agent for them) but no
party: the owner learns how introductions go, not who is being introduced to whom.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from agent.core.intro import Intro
from agent.digest.chart import bars
from agent.digest.content import CHART_WEEKS, Section, Summary, WeekCount, build_digest
from agent.digest.context import day, short_day
from agent.digest.schedule import weeks_back

OWNER_LIST_LIMIT = 50


@dataclass(frozen=True)
class RequesterTotals:
    """One requester's line in the owner's digest."""

    email: str
    name: str
    summary: Summary


@dataclass(frozen=True)
class OwnerDigest:
    """All requesters' numbers for one period."""

    start: datetime
    end: datetime
    rows: Section[RequesterTotals]
    totals: Summary
    chart: tuple[WeekCount, ...]
    requesters: int

    @property
    def is_empty(self) -> bool:
        return self.rows.total == 0


def build_owner_digest(
    by_requester: Mapping[str, tuple[str, Sequence[Intro]]],
    *,
    end: datetime,
    as_of: datetime,
    tz: ZoneInfo,
    limit: int = OWNER_LIST_LIMIT,
    chart_weeks: int = CHART_WEEKS,
) -> OwnerDigest:
    """The owner's digest; ``by_requester`` maps an address to (display name, intros).

    A requester with nothing in the period and nothing open gets no line; the busiest
    requesters come first.
    """
    weeks = weeks_back(end, tz, chart_weeks)
    rows: list[RequesterTotals] = []
    chart = [0] * chart_weeks
    fields = ("made", "declined", "expired", "other_closed", "waiting", "accepted", "answered")
    sums = dict.fromkeys(fields, 0)
    for email, (name, intros) in by_requester.items():
        digest = build_digest(intros, end=end, as_of=as_of, tz=tz, limit=0, chart_weeks=chart_weeks)
        for i, week in enumerate(digest.chart):
            chart[i] += week.made
        for f in fields:
            sums[f] += getattr(digest.summary, f)
        if not digest.is_empty:
            rows.append(RequesterTotals(email, name, digest.summary))
    rows.sort(key=lambda r: (-r.summary.made, -r.summary.waiting, r.email))
    return OwnerDigest(
        start=weeks[-1][0],
        end=end,
        rows=Section(tuple(rows[:limit]), len(rows)),
        totals=Summary(**sums, weeks=chart_weeks),
        chart=tuple(WeekCount(s, e, n) for (s, e), n in zip(weeks, chart, strict=True)),
        requesters=len(by_requester),
    )


def _rate(summary: Summary) -> str:
    rate = summary.acceptance
    return "-" if rate is None else f"{rate}%"


def owner_context(
    digest: OwnerDigest, tz: ZoneInfo, *, agent_name: str, agent_address: str
) -> dict[str, Any]:
    """Everything ``digest_owner.txt`` and ``digest_owner.html`` may use."""
    t = digest.totals
    drawn = bars([(short_day(w.start, tz), w.made) for w in digest.chart])
    return {
        "agent_name": agent_name,
        "agent_address": agent_address,
        "period": {"start": day(digest.start, tz, year_of=digest.end), "end": day(digest.end, tz)},
        "totals": {
            "line": t.line,
            "made": t.made,
            "declined": t.declined,
            "expired": t.expired,
            "other_closed": t.other_closed,
            "waiting": t.waiting,
            "acceptance": _rate(t),
        },
        "requesters": digest.requesters,
        "rows": [
            {
                "email": r.email,
                "name": r.name,
                "made": r.summary.made,
                "declined": r.summary.declined,
                "expired": r.summary.expired,
                "waiting": r.summary.waiting,
                "acceptance": _rate(r.summary),
            }
            for r in digest.rows.items
        ],
        "active": digest.rows.total,
        "more": digest.rows.more,
        "chart": [
            {"label": b.label, "count": b.count, "bar": b.text, "percent": b.percent} for b in drawn
        ],
    }
