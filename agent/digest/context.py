"""Turn a digest into the variables its templates read: words and dates, already written.

The wording lives here rather than in the templates so the text and HTML parts say the
same thing, and an overriding template can rearrange it without re-deriving it. Dates
are written in the digest's time zone, in English, without the platform's locale.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from agent.core.intro import Status
from agent.digest.chart import bars
from agent.digest.content import ClosedItem, Digest, OpenItem, Section, Waiting

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day(moment: datetime, tz: ZoneInfo, *, year_of: datetime | None = None) -> str:
    """``Mon 2 Nov``; with the year when it is not the year of ``year_of``."""
    local = moment.astimezone(tz)
    text = f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]}"
    if year_of is not None and year_of.astimezone(tz).year != local.year:
        text += f" {local.year}"
    return text


def short_day(moment: datetime, tz: ZoneInfo) -> str:
    """``2 Nov``, for chart labels."""
    local = moment.astimezone(tz)
    return f"{local.day} {_MONTHS[local.month - 1]}"


def closed_note(item: ClosedItem, tz: ZoneInfo, as_of: datetime) -> str:
    """How the introduction closed, in the words its notice used."""
    on = day(item.closed_at, tz, year_of=as_of)
    who = item.party_name
    match item.status:
        case Status.COMPLETED:
            return f"introduced on {on}"
        case Status.DECLINED:
            return f"{who} declined on {on}" if who else f"declined on {on}"
        case Status.EXPIRED:
            if who:
                return f"{who} did not answer; closed on {on}"
            if item.parties_asked:
                return f"nobody answered; closed on {on}"
            return f"not confirmed in time; closed on {on}"
        case Status.CANCELLED:
            return f"cancelled on {on}"
        case Status.FAILED:
            return f"could not reach {who or 'a party'}; closed on {on}"
    return f"closed on {on}"  # pragma: no cover - open introductions are never closed items


def waiting_note(waiting: Waiting, tz: ZoneInfo, as_of: datetime) -> str:
    """E.g. ``waiting for Bob Jones since Mon 2 Nov (9 days, 2 reminders sent)``."""
    days = max(0, (as_of - waiting.since).days)
    extra = [f"{days} day{'s' if days != 1 else ''}"]
    if waiting.reminders:
        extra.append(f"{waiting.reminders} reminder{'s' if waiting.reminders != 1 else ''} sent")
    since = day(waiting.since, tz, year_of=as_of)
    who = "you to confirm" if waiting.is_requester else waiting.name
    return f"waiting for {who} since {since} ({', '.join(extra)})"


def open_notes(item: OpenItem, tz: ZoneInfo, as_of: datetime) -> list[str]:
    if not item.waiting:
        return ["in progress"]
    return [waiting_note(w, tz, as_of) for w in item.waiting]


def _closed_section(section: Section[ClosedItem], tz: ZoneInfo, as_of: datetime) -> dict[str, Any]:
    items = [
        {
            "id": c.intro_id,
            "a_name": c.a_name,
            "b_name": c.b_name,
            "note": closed_note(c, tz, as_of),
        }
        for c in section.items
    ]
    return {"items": items, "total": section.total, "more": section.more}


def _open_section(section: Section[OpenItem], tz: ZoneInfo, as_of: datetime) -> dict[str, Any]:
    items = [
        {
            "id": o.intro_id,
            "a_name": o.a_name,
            "b_name": o.b_name,
            "since": day(o.created_at, tz, year_of=as_of),
            "notes": open_notes(o, tz, as_of),
        }
        for o in section.items
    ]
    return {"items": items, "total": section.total, "more": section.more}


def chart_context(digest: Digest, tz: ZoneInfo) -> list[dict[str, Any]]:
    """The chart's rows, oldest week first: label, count, text bar, width in percent."""
    drawn = bars([(short_day(w.start, tz), w.made) for w in digest.chart])
    return [
        {"label": b.label, "count": b.count, "bar": b.text, "percent": b.percent} for b in drawn
    ]


def digest_context(
    digest: Digest,
    tz: ZoneInfo,
    *,
    agent_name: str,
    agent_address: str,
    requester_name: str,
) -> dict[str, Any]:
    """Everything ``digest.txt`` and ``digest.html`` may use."""
    s = digest.summary
    return {
        "agent_name": agent_name,
        "agent_address": agent_address,
        "requester_name": requester_name,
        "period": {
            "start": day(digest.start, tz, year_of=digest.end),
            "end": day(digest.end, tz),
        },
        "summary": {
            "line": s.line,
            "made": s.made,
            "declined": s.declined,
            "expired": s.expired,
            "other_closed": s.other_closed,
            "waiting": s.waiting,
            "accepted": s.accepted,
            "answered": s.answered,
            "acceptance": s.acceptance,
            "weeks": s.weeks,
        },
        "made": _closed_section(digest.made, tz, digest.as_of),
        "declined": _closed_section(digest.declined, tz, digest.as_of),
        "expired": _closed_section(digest.expired, tz, digest.as_of),
        "other_closed": _closed_section(digest.other_closed, tz, digest.as_of),
        "open": _open_section(digest.open, tz, digest.as_of),
        "chart": chart_context(digest, tz),
        "empty": digest.is_empty,
    }
