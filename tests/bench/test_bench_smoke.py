"""Each benchmark runs end to end in a tiny size and prints its table and summary.

These check the benchmarks still work against the code, never how fast anything is:
no figure is compared with a goal here. The three that need the mail stack use the
benchmarks' own instance (``bench.common.ensure_stack``), not the tests' one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.compiled import in_use
from bench import backlog, common, floor, footprint, latency, pass_scaling, understanding_speed
from tests.mailstack import MailStack


@pytest.fixture
def same_cpus() -> Iterator[None]:
    """Give the process back its CPUs: the understanding benchmark pins it to one."""
    if not hasattr(os, "sched_getaffinity"):
        yield
        return
    cpus = os.sched_getaffinity(0)
    try:
        yield
    finally:
        os.sched_setaffinity(0, cpus)


@pytest.fixture(scope="module")
def bench_stack() -> MailStack:
    """The benchmarks' mail stack, started if this user may; else the test is skipped."""
    try:
        return common.ensure_stack(common.default_env_file())
    except (RuntimeError, OSError) as exc:
        pytest.skip(f"the benchmark mail stack is not available: {exc}")


def test_percentile_interpolates() -> None:
    assert common.percentile([1.0, 2.0, 3.0, 4.0, 5.0], 0.5) == 3.0
    assert common.percentile([0.0, 10.0], 0.9) == pytest.approx(9.0)


def test_table_has_a_line_per_row() -> None:
    text = common.table(["a", "b"], [[1, 2.5], [30, 0.25]])
    assert len(text.splitlines()) == 3


def test_the_floor_finds_the_two_parties() -> None:
    raw = b"From: C <c@x.test>\r\n\r\nplease introduce A <a@x.test> to B <b+1@x.test>.\r\n"
    assert floor.parties(raw) == [b"a@x.test", b"b+1@x.test"]


def test_understanding_speed_tiny(same_cpus: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert understanding_speed.main(["understanding_speed", "--rounds", "1", "--limit", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].startswith("understanding on one core: requests ")
    assert lines[1].startswith("read by: ")
    assert lines[2] == f"python: {sys.version.split()[0]} at {os.path.realpath(sys.executable)}"
    assert [line.split()[0] for line in lines[4:6]] == ["requests", "replies"]
    if in_use() is not None:
        # With the compiled build in use, the sources are timed beside it.
        assert lines[6].split()[:2] == ["kind", "sources"]
        assert [line.split()[0] for line in lines[7:9]] == ["requests", "replies"]
        assert all(line.split()[-1].endswith("x") for line in lines[7:9])


def test_pass_scaling_tiny(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["pass_scaling", "0", "20", "--messages", "2", "--passes", "1"]
    assert pass_scaling.main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[0] == "intros"
    assert [line.split()[0] for line in lines[1:3]] == ["0", "20"]
    assert lines[-1].startswith("pass scaling: 2 requests take ")


def test_pass_scaling_stores_what_the_core_makes(tmp_path: Path) -> None:
    result = pass_scaling.measure(10, tmp_path, 2, 1)
    assert result.size == 10
    assert len(result.seconds) == 1
    # An opt-in to each party of each request, and one acknowledgement listing both.
    assert result.sent == 5


@pytest.mark.integration
def test_latency_tiny(bench_stack: MailStack, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["latency", "--count", "1", "--env", str(common.default_env_file())]
    assert latency.main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in lines[1:3]] == [["agent", "1"], ["floor", "1"]]
    assert lines[-1].startswith("latency: p50 agent ")


@pytest.mark.integration
def test_backlog_tiny(bench_stack: MailStack, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["backlog", "--count", "3", "--rounds", "2", "--env", str(common.default_env_file())]
    assert backlog.main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    # Two opt-ins per request, and one acknowledgement listing the three requests.
    assert [line.split()[:3] for line in lines[1:3]] == [["floor", "3", "6"], ["agent", "3", "7"]]
    assert lines[3].split()[:5] == ["agent,", "1", "conn", "3", "7"]
    # The median, the rate, then each side's seconds in each of the two rounds.
    for line in lines[1:4]:
        median, rate, first, second = (float(x) for x in line.split()[-4:])
        assert abs(median - (first + second) / 2) <= 0.1
        assert rate == pytest.approx(3 / median, rel=0.05)
    assert lines[-1].startswith("backlog: agent ")


@pytest.mark.integration
def test_footprint_tiny(bench_stack: MailStack, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["footprint", "--count", "2", "--runs", "2", "--env", str(common.default_env_file())]
    assert footprint.main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6
    assert lines[-1].startswith("footprint: peak RSS ")
