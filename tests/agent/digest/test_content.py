"""What a digest says (sections, summary, chart, privacy); empty, small and large weeks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent.core import Intro, Status
from agent.digest.content import Summary, build_digest
from agent.digest.context import day, digest_context
from agent.render import RenderedMail, Renderer
from tests.agent.digest import builders as b

UTC_ZONE = ZoneInfo("UTC")
BERLIN = ZoneInfo("Europe/Berlin")
# The digest of 2026-W46 (Monday 08:00 UTC) covers [Mon 2 Nov 08:00, Mon 9 Nov 08:00).
START = datetime(2026, 11, 2, 8, tzinfo=UTC)
END = datetime(2026, 11, 9, 8, tzinfo=UTC)
AS_OF = END + timedelta(minutes=1)


def at(days: float) -> datetime:
    """``days`` after the period's start."""
    return START + timedelta(days=days)


def week_of_everything() -> list[Intro]:
    return [
        b.completed("i01", at(1), at(2)),
        b.completed("i02", at(-7), at(-5)),  # the week before: chart only
        b.declined("i03", at(1), at(3), side="b"),
        b.expired("i04", at(-13), silent="a"),  # asked 13 days before: expires this week
        b.expired("i05", at(-12), silent="both"),
        b.reminded("i06", at(-1), times=1),  # reminded in this week, still open
        b.requested("i07", at(5), confident=False),  # waits on the requester
        b.cancelled("i08", at(1), at(4)),
        b.failed("i09", at(2), at(2.5), side="a"),
        b.completed("i10", at(6), END),  # closes at the end: next week
        b.completed("i11", at(-1), START),  # closes at the start: this week
        b.completed("i12", at(-7 * 13), at(-7 * 13 + 1)),  # 13 weeks ago: outside everything
    ]


def render(intros: list[Intro], tz: ZoneInfo = UTC_ZONE, limit: int = 10) -> RenderedMail:
    digest = build_digest(intros, end=END, as_of=AS_OF, tz=tz, limit=limit)
    context = digest_context(
        digest, tz, agent_name="Intro Agent", agent_address="intros@x.test", requester_name="Ann"
    )
    return Renderer().render("digest", context)


def test_sections_hold_what_closed_in_the_period_and_what_is_open() -> None:
    d = build_digest(week_of_everything(), end=END, as_of=AS_OF, tz=UTC_ZONE)
    assert [c.intro_id for c in d.made.items] == ["i11", "i01"]
    assert [c.intro_id for c in d.declined.items] == ["i03"]
    assert [c.intro_id for c in d.expired.items] == ["i04", "i05"]
    assert [c.intro_id for c in d.other_closed.items] == ["i09", "i08"]
    assert [o.intro_id for o in d.open.items] == ["i06", "i07"]
    assert (d.start, d.end) == (START, END)
    assert d.active and not d.is_empty
    # Who the close concerned, as the requester's notices named them.
    assert d.declined.items[0].party_name == "Bob Jones"
    assert [c.party_name for c in d.expired.items] == ["Alice Smith", ""]
    assert d.other_closed.items[0].party_name == "Alice Smith"
    waiting = d.open.items[0].waiting
    assert [(w.name, w.since, w.reminders) for w in waiting] == [
        ("Alice Smith", at(-1), 1),
        ("Bob Jones", at(-1), 1),
    ]
    assert d.open.items[1].waiting[0].is_requester


def test_summary_and_acceptance_over_twelve_weeks() -> None:
    s = build_digest(week_of_everything(), end=END, as_of=AS_OF, tz=UTC_ZONE).summary
    assert (s.made, s.declined, s.expired, s.other_closed, s.waiting) == (2, 1, 2, 2, 2)
    # Completed i01, i02, i11 against declined i03 and expired i04, i05; i10 and i12 are
    # outside the twelve weeks, cancelled and failed ones count on neither side.
    assert (s.accepted, s.answered, s.acceptance) == (3, 6, 50)
    assert s.line == (
        "2 made, 1 declined, 2 expired, 2 otherwise closed, 2 waiting, "
        "acceptance 50% over the last 12 weeks"
    )


def test_acceptance_rounds_half_up_and_is_absent_without_answers() -> None:
    assert Summary(0, 0, 0, 0, 0, accepted=2, answered=3).acceptance == 67
    assert Summary(0, 0, 0, 0, 0, accepted=1, answered=8).acceptance == 13
    assert Summary(0, 0, 0, 0, 0, accepted=3, answered=4).line == (
        "0 made, 0 waiting, acceptance 75% over the last 12 weeks"
    )
    none = Summary(0, 0, 0, 0, 1, accepted=0, answered=0)
    assert none.acceptance is None
    assert none.line == "0 made, 1 waiting, no answers in the last 12 weeks"


def test_chart_counts_introductions_made_per_week() -> None:
    d = build_digest(week_of_everything(), end=END, as_of=AS_OF, tz=UTC_ZONE)
    assert len(d.chart) == 12
    assert [w.made for w in d.chart] == [0] * 10 + [1, 2]
    assert d.chart[-1].end == END and d.chart[0].start == END - timedelta(weeks=12)
    assert all(x.end == y.start for x, y in zip(d.chart, d.chart[1:], strict=False))


def test_period_follows_local_time_across_the_autumn_change() -> None:
    # 2026-W44 in Berlin: [Mon 19 Oct 08:00 CEST, Mon 26 Oct 08:00 CET) = [06:00, 07:00) UTC.
    end = datetime(2026, 10, 26, 7, tzinfo=UTC)
    inside = b.completed(
        "in", datetime(2026, 10, 18, tzinfo=UTC), datetime(2026, 10, 19, 6, 30, tzinfo=UTC)
    )
    before = b.completed(
        "out", datetime(2026, 10, 18, tzinfo=UTC), datetime(2026, 10, 19, 5, 59, tzinfo=UTC)
    )
    late = b.completed(
        "late", datetime(2026, 10, 25, tzinfo=UTC), datetime(2026, 10, 26, 6, 30, tzinfo=UTC)
    )
    d = build_digest([inside, before, late], end=end, as_of=end, tz=BERLIN)
    assert [c.intro_id for c in d.made.items] == ["in", "late"]
    assert d.start == datetime(2026, 10, 19, 6, tzinfo=UTC)
    assert d.chart[-2].made == 1  # "out" belongs to the week before


def test_empty_week_renders_and_says_so() -> None:
    d = build_digest([], end=END, as_of=AS_OF, tz=UTC_ZONE)
    assert d.is_empty and d.summary.line == "0 made, 0 waiting, no answers in the last 12 weeks"
    # An introduction that closed long ago does not make a week active.
    old = build_digest([b.completed("old", at(-30), at(-29))], end=END, as_of=AS_OF, tz=UTC_ZONE)
    assert old.is_empty
    mail = render([])
    assert mail.subject == "Your week of introductions: 0 made, 0 waiting"
    assert "Nothing happened this week and nothing is open." in mail.text
    assert mail.html is not None and "Nothing happened this week" in mail.html


def test_a_reminder_alone_makes_a_week_active() -> None:
    intro = b.reminded("r1", at(-2), times=1)  # reminded at(1)
    d = build_digest([intro], end=END, as_of=AS_OF, tz=UTC_ZONE)
    assert d.active and d.open.total == 1


def test_one_introduction_renders_in_both_parts() -> None:
    mail = render([b.completed("one", at(1), at(2))])
    assert mail.subject == "Your week of introductions: 1 made, 0 waiting"
    assert "1 made, 0 waiting, acceptance 100% over the last 12 weeks." in mail.text
    assert "#one  Alice Smith and Bob Jones: introduced on Wed 4 Nov" in mail.text
    assert mail.html is not None
    assert "Alice Smith" in mail.html and "introduced on Wed 4 Nov" in mail.html
    chart = mail.text.split("last 12 weeks:\n")[1].split("\n\n")[0].splitlines()
    assert len(chart) == 12
    assert chart[-1].startswith("  2 Nov    1 ") and chart[-1].endswith("\u2588" * 24)
    assert chart[0] == "  17 Aug   0"


def test_everything_renders_with_the_notices_words() -> None:
    text = render(week_of_everything()).text
    for line in (
        "Introduced (2):",
        "#i03  Alice Smith and Bob Jones: Bob Jones declined on Thu 5 Nov",
        "No answer (2):",
        "Alice Smith did not answer; closed on",
        "nobody answered; closed on",
        "Also closed (2):",
        "could not reach Alice Smith; closed on Wed 4 Nov",
        "cancelled on Fri 6 Nov",
        "Still open (2):",
        "waiting for Alice Smith since Sun 1 Nov (8 days, 1 reminder sent)",
        "waiting for you to confirm since Sat 7 Nov (2 days)",
    ):
        assert line in text, line


def test_large_week_is_summarised() -> None:
    made = [b.completed(f"m{n:03d}", at(1), at(1 + n / 1000)) for n in range(200)]
    waiting = [b.requested(f"w{n:03d}", at(2)) for n in range(200)]
    mail = render(made + waiting)
    assert mail.subject == "Your week of introductions: 200 made, 200 waiting"
    assert "Introduced (200):" in mail.text and "Still open (200):" in mail.text
    assert "...and 190 more\n" in mail.text
    assert '...and 190 more (reply "status" for the full list)' in mail.text
    assert mail.text.count("#m") == 10 and mail.text.count("#w") == 10
    assert "#m009" in mail.text and "#m010" not in mail.text
    assert len(mail.text) < 5000
    assert mail.html is not None and "and 190 more" in mail.html
    assert len(mail.html) < 40000


def test_no_addresses_of_parties_and_no_words_of_theirs() -> None:
    intros = week_of_everything()
    mail = render(intros)
    assert mail.html is not None
    for intro in intros:
        for party in (intro.a, intro.b):
            assert party.person.email not in mail.text
            assert party.person.email not in mail.html
    assert "secret words" not in mail.text and "secret words" not in mail.html
    assert "@" not in mail.text


def test_dates_carry_the_year_only_when_it_differs() -> None:
    assert day(datetime(2026, 12, 31, 23, tzinfo=UTC), UTC_ZONE) == "Thu 31 Dec"
    assert (
        day(
            datetime(2026, 12, 31, 23, tzinfo=UTC),
            BERLIN,
            year_of=datetime(2026, 12, 1, tzinfo=UTC),
        )
        == "Fri 1 Jan 2027"
    )


def test_bad_limits_are_refused() -> None:
    with pytest.raises(ValueError):
        build_digest([], end=END, as_of=END, tz=UTC_ZONE, limit=-1)
    with pytest.raises(ValueError):
        build_digest([], end=END, as_of=END, tz=UTC_ZONE, chart_weeks=0)


def test_statuses_cover_every_final_state() -> None:
    d = build_digest(week_of_everything(), end=END, as_of=AS_OF, tz=UTC_ZONE)
    closed = [*d.made.items, *d.declined.items, *d.expired.items, *d.other_closed.items]
    assert {c.status for c in closed} == {s for s in Status if s.is_final}
