"""Footprint: the daemon's peak memory over a backlog, and how fast the CLI starts.

The daemon (``python -m agent run``) is started on an empty inbox; once its first pass
is logged its peak resident set (``VmHWM`` in ``/proc/PID/status``) is read and it is
stopped. Then ``--count`` requests are put in its inbox, it is started again on the same
store and, once every opt-in and an acknowledgement have been delivered, its peak
resident set is read before it is stopped. The CLI's start is the
wall time of ``intro-agent --help``, the median of ``--runs`` runs.

    .venv/bin/python -m bench.footprint [--count 1000] [--runs 20] [--env FILE]

Goals: peak RSS under 200 MB; ``intro-agent --help`` under 0.2 s.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.common import (
    AGENT_USER,
    PARTY_A_USER,
    PARTY_B_USER,
    REPO,
    REQUESTER,
    append_backlog,
    default_env_file,
    ensure_stack,
    exit_on_sigterm,
    inbox_count,
    median,
    peak_rss_mb,
    request_mail,
    table,
    write_config,
)
from tests.mailstack import MailStack, exclusive

RSS_GOAL_MB = 200.0
HELP_GOAL_S = 0.2
TIMEOUT = 900.0


@dataclass
class Footprint:
    """What was measured."""

    count: int
    idle_mb: float
    peak_mb: float
    backlog_seconds: float
    help_seconds: list[float]

    def rows(self) -> list[list[object]]:
        return [
            ["daemon peak RSS, idle (MB)", self.idle_mb, "-"],
            [f"daemon peak RSS after {self.count} requests (MB)", self.peak_mb, RSS_GOAL_MB],
            ["intro-agent --help, median (s)", median(self.help_seconds), HELP_GOAL_S],
            ["intro-agent --help, max (s)", max(self.help_seconds), "-"],
        ]

    def summary(self) -> str:
        rss = "met" if self.peak_mb < RSS_GOAL_MB else "MISSED"
        start = median(self.help_seconds)
        cli = "met" if start < HELP_GOAL_S else "MISSED"
        return (
            f"footprint: peak RSS {self.peak_mb:.0f} MB after {self.count} requests "
            f"(goal < {RSS_GOAL_MB:.0f}: {rss}); intro-agent --help {start:.3f} s "
            f"(goal < {HELP_GOAL_S}: {cli})"
        )


def cli_command() -> list[str]:
    """The installed ``intro-agent`` beside this interpreter, else ``python -m agent``."""
    beside = Path(sys.executable).with_name("intro-agent")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("intro-agent")
    return [found] if found else [sys.executable, "-m", "agent"]


def help_times(runs: int) -> list[float]:
    command = [*cli_command(), "--help"]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=REPO, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return times


def _wait(
    condition: str, done: Callable[[], bool], process: subprocess.Popen[bytes], log: Path
) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not done():
        if process.poll() is not None:
            raise RuntimeError(f"the daemon exited: {log.read_text()[-2000:]}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {condition} after {TIMEOUT} s")
        time.sleep(0.2)


def _start(config: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "agent", "run", "--config", str(config)],
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def _stop(daemon: subprocess.Popen[bytes]) -> None:
    daemon.terminate()
    try:
        daemon.wait(timeout=30)
    except subprocess.TimeoutExpired:
        daemon.kill()
        daemon.wait()


def daemon_peak(stack: MailStack, count: int, folder: Path) -> tuple[float, float, float]:
    """Peak RSS (MB) at idle and after ``count`` requests, and the seconds they took.

    The backlog is in the inbox before the daemon starts, as after a downtime. (Appended
    while it runs, the part that arrives during its first pass would wait: that mail is
    announced before the daemon's next IDLE, which then reports nothing new.)
    """
    stack.reset([AGENT_USER, PARTY_A_USER, PARTY_B_USER, REQUESTER])
    config = write_config(stack, folder / "agent")
    log = folder / "daemon.log"
    daemon = _start(config, log)
    try:
        _wait("first pass", lambda: "pass:" in log.read_text(), daemon, log)
        idle = peak_rss_mb(daemon.pid)
    finally:
        _stop(daemon)
    append_backlog(
        stack, [request_mail(stack, n, to_user=AGENT_USER, tag="fp") for n in range(count)]
    )
    started = time.monotonic()
    daemon = _start(config, log)
    try:

        def delivered() -> bool:
            # The requester's acknowledgements are folded, one per pass.
            return inbox_count(stack, REQUESTER) >= 1 and all(
                inbox_count(stack, user) >= count for user in (PARTY_A_USER, PARTY_B_USER)
            )

        _wait("delivery of every opt-in", delivered, daemon, log)
        seconds = time.monotonic() - started
        peak = peak_rss_mb(daemon.pid)
    finally:
        _stop(daemon)
    return idle, peak, seconds


def measure(stack: MailStack, count: int, runs: int, folder: Path) -> Footprint:
    idle, peak, seconds = daemon_peak(stack, count, folder)
    return Footprint(count, idle, peak, seconds, help_times(runs))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="requests in the backlog")
    parser.add_argument("--runs", type=int, default=20, help="runs of intro-agent --help")
    parser.add_argument("--env", type=Path, default=default_env_file(), help="mailstack.env")
    args = parser.parse_args(argv[1:])
    exit_on_sigterm()
    stack = ensure_stack(args.env)
    with exclusive(stack), tempfile.TemporaryDirectory(prefix="bench-footprint-") as tmp:
        result = measure(stack, args.count, args.runs, Path(tmp))
    print(table(["measure", "value", "goal"], result.rows()))
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
