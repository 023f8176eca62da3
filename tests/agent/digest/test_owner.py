"""The owner's digest: requesters' numbers summed, busiest first, long lists cut short."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from agent.core import Intro, Person
from agent.digest.owner import build_owner_digest, owner_context
from agent.render import Renderer
from tests.agent.digest import builders as b

UTC_ZONE = ZoneInfo("UTC")
START = datetime(2026, 11, 2, 8, tzinfo=UTC)
END = START + timedelta(days=7)


def at(days: float) -> datetime:
    return START + timedelta(days=days)


def requester(n: int) -> Person:
    return Person(f"Requester {n}", f"r{n:02d}@example.test")


def test_totals_are_the_sum_of_the_requesters() -> None:
    ann = [
        b.completed("a1", at(1), at(2)),
        b.declined("a2", at(1), at(2)),
        b.requested("a3", at(3)),
    ]
    carl = [b.completed(f"c{n}", at(1), at(2), requester=b.CARL) for n in range(3)]
    dora = [b.completed("d1", at(-100), at(-99), requester=b.DORA)]
    digest = build_owner_digest(
        {
            "ann@example.test": ("Ann", ann),
            "carl@example.test": ("Carl", carl),
            "dora@example.test": ("Dora", dora),
        },
        end=END,
        as_of=END,
        tz=UTC_ZONE,
    )
    t = digest.totals
    assert (t.made, t.declined, t.waiting, t.accepted, t.answered) == (4, 1, 1, 4, 5)
    assert [r.email for r in digest.rows.items] == ["carl@example.test", "ann@example.test"]
    assert digest.requesters == 3 and not digest.is_empty
    assert [w.made for w in digest.chart][-1] == 4 and sum(w.made for w in digest.chart) == 4
    assert (digest.start, digest.end) == (END - timedelta(weeks=1), END)


def test_many_requesters_are_cut_to_the_limit() -> None:
    by: dict[str, tuple[str, list[Intro]]] = {}
    for n in range(60):
        person = requester(n)
        by[person.email] = (person.name, [b.completed(f"x{n}", at(1), at(2), requester=person)])
    digest = build_owner_digest(by, end=END, as_of=END, tz=UTC_ZONE, limit=50)
    assert digest.rows.total == 60 and len(digest.rows.items) == 50 and digest.rows.more == 10
    context = owner_context(digest, UTC_ZONE, agent_name="Intro Agent", agent_address="a@x.test")
    mail = Renderer().render("digest_owner", context)
    assert mail.subject == "Introductions this week: 60 made, 0 waiting"
    assert "...and 10 more requesters" in mail.text
    assert mail.text.count("@example.test:") == 50


def test_nobody_at_all() -> None:
    digest = build_owner_digest({}, end=END, as_of=END, tz=UTC_ZONE)
    assert digest.is_empty and len(digest.chart) == 12
    context = owner_context(digest, UTC_ZONE, agent_name="Intro Agent", agent_address="a@x.test")
    text = Renderer().render("digest_owner", context).text
    assert "No requester had anything happen this week, and nothing is open." in text
    assert "for 0 requesters" in text
