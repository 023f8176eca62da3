"""When digests are due: slots in time zones, daylight-saving weeks, ISO week 53, the keys."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent.config import DigestSection
from agent.digest.schedule import (
    IsoWeek,
    Schedule,
    digest_key,
    due_digests,
    now_key,
    owner_digest_key,
    owner_record_key,
    record_key,
    week_done_key,
    weeks_back,
)

BERLIN = ZoneInfo("Europe/Berlin")


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def test_default_is_monday_eight_in_the_agent_timezone() -> None:
    s = Schedule.from_config(DigestSection(), "Europe/Berlin")
    assert (s.weekday, s.hour, s.tz) == (0, 8, BERLIN)
    # Given its own zone, the digest section wins over the agent's.
    own = Schedule.from_config(DigestSection(timezone="America/New_York"), "Europe/Berlin")
    assert own.tz == ZoneInfo("America/New_York")


def test_due_once_the_slot_has_passed_in_utc() -> None:
    s = Schedule()
    assert s.latest_due_week(utc(2026, 11, 9, 7, 59, 59)) == IsoWeek(2026, 45)
    assert s.latest_due_week(utc(2026, 11, 9, 8, 0)) == IsoWeek(2026, 46)
    assert s.latest_due_week(utc(2026, 11, 15, 23, 59)) == IsoWeek(2026, 46)
    assert s.slot(IsoWeek(2026, 46)) == utc(2026, 11, 9, 8)


def test_slot_is_local_wall_time() -> None:
    s = Schedule(tz=BERLIN)
    # November: CET, UTC+1.
    assert s.slot(IsoWeek(2026, 46)) == utc(2026, 11, 9, 7)
    assert s.latest_due_week(utc(2026, 11, 9, 6, 59)) == IsoWeek(2026, 45)
    assert s.latest_due_week(utc(2026, 11, 9, 7, 0)) == IsoWeek(2026, 46)
    # July: CEST, UTC+2.
    assert s.slot(IsoWeek(2026, 28)) == utc(2026, 7, 6, 6)


def test_local_week_can_start_on_another_utc_day() -> None:
    # Auckland is UTC+13 in November: Monday 08:00 there is Sunday 19:00 UTC.
    s = Schedule(tz=ZoneInfo("Pacific/Auckland"))
    assert s.slot(IsoWeek(2026, 46)) == utc(2026, 11, 8, 19)
    assert s.latest_due_week(utc(2026, 11, 8, 18, 59)) == IsoWeek(2026, 45)
    assert s.latest_due_week(utc(2026, 11, 8, 19, 0)) == IsoWeek(2026, 46)
    # West of UTC the other way: Friday 17:00 in Los Angeles is Saturday 01:00 UTC.
    la = Schedule(weekday=4, hour=17, tz=ZoneInfo("America/Los_Angeles"))
    assert la.slot(IsoWeek(2026, 46)) == utc(2026, 11, 14, 1)
    assert la.latest_due_week(utc(2026, 11, 14, 0, 59)) == IsoWeek(2026, 45)


def test_periods_across_daylight_saving_changes() -> None:
    s = Schedule(tz=BERLIN)
    # Clocks go back on Sunday 25 October 2026: that week has 169 hours.
    start, end = s.period(IsoWeek(2026, 44))
    assert (start, end) == (utc(2026, 10, 19, 6), utc(2026, 10, 26, 7))
    assert end - start == timedelta(hours=169)
    # Clocks go forward on Sunday 28 March 2027: 167 hours.
    start, end = s.period(IsoWeek(2027, 13))
    assert end - start == timedelta(hours=167)
    assert end.astimezone(BERLIN).hour == start.astimezone(BERLIN).hour == 8


def test_consecutive_periods_tile_a_year_without_gap_or_overlap() -> None:
    s = Schedule(weekday=6, hour=18, tz=BERLIN)
    week = IsoWeek(2026, 1)
    lengths = []
    for _ in range(60):
        start, end = s.period(week)
        nxt = s.period(week.shifted(1))
        assert nxt[0] == end
        lengths.append(end - start)
        week = week.shifted(1)
    assert sorted(set(lengths)) == [timedelta(hours=h) for h in (167, 168, 169)]
    assert lengths.count(timedelta(hours=167)) == lengths.count(timedelta(hours=169)) == 1


def test_an_hour_the_clocks_skip_lands_just_after_the_change() -> None:
    # Sunday 28 March 2027 02:00 does not exist in Berlin: the slot is 03:00 CEST.
    s = Schedule(weekday=6, hour=2, tz=BERLIN)
    slot = s.slot(IsoWeek(2027, 12))
    assert slot == utc(2027, 3, 28, 1)
    assert slot.astimezone(BERLIN).hour == 3
    # The repeated 02:00 of 31 October 2027 means its first occurrence (CEST).
    assert s.slot(IsoWeek(2027, 43)) == utc(2027, 10, 31, 0)


def test_iso_week_53_and_the_turn_of_the_year() -> None:
    s = Schedule()
    w53 = IsoWeek(2026, 53)
    assert w53.label == "2026-W53"
    assert w53.day(0) == date(2026, 12, 28)
    assert w53.day(6) == date(2027, 1, 3)
    assert s.latest_due_week(utc(2026, 12, 28, 8)) == w53
    # Sunday 3 January 2027 still belongs to 2026-W53.
    assert s.latest_due_week(utc(2027, 1, 3, 23, 59)) == w53
    assert s.latest_due_week(utc(2027, 1, 4, 8)) == IsoWeek(2027, 1)
    assert IsoWeek(2027, 1).shifted(-1) == w53
    assert w53.shifted(1) == IsoWeek(2027, 1)
    assert digest_key("ann@example.test", w53) == "digest:ann@example.test:2026-W53"
    # 2027 has 52 weeks; 2024-12-30 starts 2025-W01.
    with pytest.raises(ValueError):
        IsoWeek(2027, 53)
    assert IsoWeek.of(date(2024, 12, 30)) == IsoWeek(2025, 1)
    # A Sunday digest in week 53 falls in the next calendar year.
    sunday = Schedule(weekday=6, hour=8)
    assert sunday.slot(w53) == utc(2027, 1, 3, 8)
    assert sunday.latest_due_week(utc(2027, 1, 3, 7)) == IsoWeek(2026, 52)


def test_weeks_back_are_the_schedules_periods() -> None:
    s = Schedule(tz=BERLIN)
    week = IsoWeek(2026, 46)
    expected = [s.period(week.shifted(-k)) for k in range(11, -1, -1)]
    assert weeks_back(s.slot(week), BERLIN, 12) == expected


def test_keys_are_one_per_address_and_week() -> None:
    w = IsoWeek(2026, 46)
    assert digest_key(" Ann@Example.TEST ", w) == "digest:ann@example.test:2026-W46"
    assert record_key("ANN@example.test", w) == "ann@example.test|2026-W46"
    assert owner_digest_key(w) == "digest-owner:2026-W46"
    # The owner may be a requester too: their two digests have two records.
    assert owner_record_key(w) not in {record_key("owner@example.test", w), week_done_key(w)}
    on_demand = now_key("ann@example.test", w, utc(2026, 11, 10, 12, 30, 5))
    assert on_demand == "digest:ann@example.test:2026-W46:now-20261110T123005Z"
    assert on_demand != digest_key("ann@example.test", w)


def test_due_digests_skips_recorded_and_empty_and_merges_case() -> None:
    s = Schedule()
    now = utc(2026, 11, 9, 9)
    news = {"ann@example.test": True, "bob@example.test": False, "cy@example.test": True}
    recorded = {record_key("cy@example.test", IsoWeek(2026, 46))}
    due = due_digests(
        now,
        s,
        ["Ann@Example.test", "ann@example.test", "bob@example.test", "cy@example.test", " "],
        recorded,
        lambda email, week: news[email],
    )
    assert [(d.email, d.week, d.key) for d in due] == [
        ("ann@example.test", IsoWeek(2026, 46), "digest:ann@example.test:2026-W46")
    ]
    everyone = due_digests(now, s, news, recorded, lambda e, w: False, send_when_empty=True)
    assert [d.email for d in everyone] == ["ann@example.test", "bob@example.test"]


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(ValueError):
        Schedule(weekday=7)
    with pytest.raises(ValueError):
        Schedule(hour=24)
    with pytest.raises(ValueError):
        Schedule().latest_due_week(datetime(2026, 11, 9, 9))
