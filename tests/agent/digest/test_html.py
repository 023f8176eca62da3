"""The digest's HTML in a real browser: every introduction shown, fits 600 px, loads nothing.

Headless Chromium (Debian package ``chromium``) renders the page. Without it the test
is skipped, saying why, except under ``CI=true``, where a missing browser is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.core import Intro
from agent.digest.content import build_digest
from agent.digest.context import digest_context
from agent.digest.owner import build_owner_digest, owner_context
from agent.render import Renderer
from tests.agent.digest import builders as b

UTC_ZONE = ZoneInfo("UTC")
START = datetime(2026, 11, 2, 8, tzinfo=UTC)
END = START + timedelta(days=7)
LONG = "Maximiliana" + "x" * 140 + "Unbreakable"
WIDTH = 600


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        reason = "headless Chromium is not installed (Debian package: chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and {reason}", pytrace=False)
        pytest.skip(reason)
    return found


def browse(chromium: str, tmp: Path, page: Path, *args: str, height: int = 800) -> str:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    result = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--window-size={WIDTH},{height}",
            *args,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def at(days: float) -> datetime:
    return START + timedelta(days=days)


def mixed_week() -> list[Intro]:
    return [
        b.completed("i01", at(1), at(2), a="Zoë O'Brien & Co", b="Bob Jones"),
        b.completed("i02", at(1), at(3), a=LONG, b="Li Wei"),
        b.declined("i03", at(1), at(3)),
        b.expired("i04", at(-13), silent="a", a="Sam Silent"),
        b.reminded("i05", at(-2), times=1, b=LONG + "Second"),
        b.requested("i06", at(5), confident=False, a="Unsure Person"),
        b.cancelled("i07", at(1), at(4), a="Cancelled Person"),
        b.failed("i08", at(2), at(2.5), a="Bouncing Person"),
    ]


def digest_page(intros: list[Intro]) -> str:
    digest = build_digest(intros, end=END, as_of=END, tz=UTC_ZONE)
    context = digest_context(
        digest, UTC_ZONE, agent_name="Intro Agent", agent_address="i@x.test", requester_name=LONG
    )
    html = Renderer().render("digest", context).html
    assert html is not None
    return html


def owner_page() -> str:
    requesters = {
        f"{'r' * 90}{n}@example.test": (f"R {n}", [b.completed(f"o{n}", at(1), at(2))])
        for n in range(3)
    }
    digest = build_owner_digest(requesters, end=END, as_of=END, tz=UTC_ZONE)
    html = (
        Renderer()
        .render(
            "digest_owner", owner_context(digest, UTC_ZONE, agent_name="A", agent_address="a@x.t")
        )
        .html
    )
    assert html is not None
    return html


class Page(HTMLParser):
    """The text, tags and attributes of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.style_blocks: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_style = tag == "style"
        self.attrs += [(k, v or "") for k, v in attrs]

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.style_blocks if self._in_style else self.text).append(data)

    @property
    def words(self) -> str:
        return " ".join(" ".join(self.text).split())


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def assert_self_contained(html: str) -> None:
    page = parse(html)
    for tag in ("script", "img", "link", "iframe", "object", "embed", "video", "audio", "form"):
        assert tag not in page.tags, tag
    remote = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
    for name, value in page.attrs:
        if name in ("src", "href", "background", "action", "srcset", "poster"):
            assert not remote.match(value), (name, value)
        assert not name.startswith("on"), name
    styles = [v for k, v in page.attrs if k == "style"] + page.style_blocks
    assert not [s for s in styles if "url(" in s.lower() or "@import" in s.lower()]


def width_of(chromium: str, tmp: Path, html: str, name: str) -> int:
    """The page's scroll width in a 600 px window, measured by the browser itself."""
    probe = (
        "<script>document.body.setAttribute('data-scroll-width',"
        " String(document.documentElement.scrollWidth));</script></body>"
    )
    page = tmp / f"{name}-measure.html"
    page.write_text(html.replace("</body>", probe), encoding="utf-8")
    dom = browse(chromium, tmp, page, "--dump-dom")
    found = re.search(r'data-scroll-width="(\d+)"', dom)
    assert found, dom[:500]
    return int(found.group(1))


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_introduction_shows_and_nothing_overflows(chromium: str, tmp_path: Path) -> None:
    intros = mixed_week()
    html = digest_page(intros)
    assert_self_contained(html)
    page = tmp_path / "digest.html"
    page.write_text(html, encoding="utf-8")

    shown = parse(browse(chromium, tmp_path, page, "--dump-dom")).words
    for intro in intros:
        assert f"#{intro.id}" in shown
        assert intro.a.person.label in shown and intro.b.person.label in shown
    assert "Zoë O'Brien & Co" in shown
    assert "1 reminder sent" in shown and "Sam Silent did not answer" in shown
    for intro in intros:
        assert intro.a.person.email not in shown and intro.b.person.email not in shown

    assert width_of(chromium, tmp_path, html, "digest") <= WIDTH

    shot = tmp_path / "digest.png"
    browse(chromium, tmp_path, page, f"--screenshot={shot}", height=1600)
    data = shot.read_bytes()
    width, height = png_size(data)
    assert (width, height) == (WIDTH, 1600)
    assert len(data) > 10_000  # a drawn page, not a blank one


def test_large_and_empty_weeks_fit_too(chromium: str, tmp_path: Path) -> None:
    many = [b.completed(f"m{n:03d}", at(1), at(1 + n / 1000), a=LONG) for n in range(200)]
    large = digest_page(many)
    assert_self_contained(large)
    assert width_of(chromium, tmp_path, large, "large") <= WIDTH
    page = tmp_path / "large.html"
    page.write_text(large, encoding="utf-8")
    shown = parse(browse(chromium, tmp_path, page, "--dump-dom")).words
    assert "Introduced (200)" in shown and "and 190 more" in shown
    empty = digest_page([])
    assert_self_contained(empty)
    assert width_of(chromium, tmp_path, empty, "empty") <= WIDTH


def test_owner_digest_fits(chromium: str, tmp_path: Path) -> None:
    html = owner_page()
    assert_self_contained(html)
    assert width_of(chromium, tmp_path, html, "owner") <= WIDTH


def test_the_checks_catch_what_they_look_for() -> None:
    # The static checks are only worth something if they fail on a bad page.
    for bad in (
        "<html><body><script>x()</script></body></html>",
        '<html><body><img src="https://tracker.example/p.gif"></body></html>',
        '<html><body><a href="//cdn.example/x">x</a></body></html>',
        '<html><body><div style="background:url(x.png)">x</div></body></html>',
        "<html><head><style>@import 'x.css';</style></head><body></body></html>",
        '<html><body onload="x()"></body></html>',
    ):
        with pytest.raises(AssertionError):
            assert_self_contained(bad)
    assert_self_contained('<html><body><a href="mailto:a@x.test">a</a></body></html>')


def test_the_width_probe_sees_an_overflow(chromium: str, tmp_path: Path) -> None:
    wide = '<html><body style="margin:0"><div style="width:900px">wide</div></body></html>'
    assert width_of(chromium, tmp_path, wide, "wide") == 900
