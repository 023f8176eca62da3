"""Latency of one request through the daemon, against the floor, on the real mail stack.

The daemon (``python -m agent run``) waits in IDLE on the agent's inbox; the floor
(``bench/floor.py serve``) waits in IDLE on another user's inbox of the same stack.
Requests are sent one at a time, alternating between the two, so both see the same
machine load. For each, the time runs from Postfix accepting the request (the end of
SMTP DATA) to both opt-ins being in the parties' inboxes, which two watchers poll with
NOOP on their own connections. One warm-up request each is left out (the daemon loads
its language model on the first one).

    .venv/bin/python -m bench.latency [--count 50] [--env FILE]

Goal: the daemon's p50 within 100 ms of the floor's, its p99 within 1.5x the floor's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from bench.common import (
    AGENT_USER,
    PARTY_A_USER,
    PARTY_B_USER,
    REPO,
    REQUESTER,
    InboxWatcher,
    default_env_file,
    ensure_stack,
    exit_on_sigterm,
    percentile,
    request_mail,
    submit,
    table,
    write_config,
)
from tests.mailstack import MailStack, exclusive

FLOOR_USER = "dave"
WAIT_SECONDS = 60.0
# After both opt-ins arrived the daemon still sends the requester's acknowledgement and
# goes back to IDLE; the next request to the same side comes two requests later.
GAP_SECONDS = 0.3


@dataclass
class Latencies:
    """Seconds from acceptance to both opt-ins delivered, per request, for each side."""

    agent: list[float]
    floor: list[float]

    def rows(self) -> list[list[object]]:
        out: list[list[object]] = []
        for name, values in (("agent", self.agent), ("floor", self.floor)):
            out.append(
                [
                    name,
                    len(values),
                    percentile(values, 0.5) * 1000,
                    percentile(values, 0.9) * 1000,
                    percentile(values, 0.99) * 1000,
                    max(values) * 1000,
                ]
            )
        return out

    def summary(self) -> str:
        a50, f50 = percentile(self.agent, 0.5), percentile(self.floor, 0.5)
        a99, f99 = percentile(self.agent, 0.99), percentile(self.floor, 0.99)
        gap = (a50 - f50) * 1000
        ratio = a99 / f99
        return (
            f"latency: p50 agent {a50 * 1000:.0f} ms vs floor {f50 * 1000:.0f} ms "
            f"(+{gap:.0f} ms, goal <= +100: {'met' if gap <= 100 else 'MISSED'}); "
            f"p99 ratio {ratio:.2f} (goal <= 1.5: {'met' if ratio <= 1.5 else 'MISSED'}); "
            f"p50 ratio {a50 / f50:.2f}"
        )


def _start_daemon(config: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "agent", "run", "--config", str(config)],
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def _start_floor(env_file: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [
                *(sys.executable, "-m", "bench.floor", "serve"),
                *("--env", str(env_file), "--user", FLOOR_USER),
            ],
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def measure(stack: MailStack, env_file: Path, count: int, folder: Path) -> Latencies:
    """Send ``count`` requests to each side, alternating; their latencies."""
    stack.reset([AGENT_USER, FLOOR_USER, PARTY_A_USER, PARTY_B_USER, REQUESTER])
    config = write_config(stack, folder / "agent")
    result = Latencies([], [])
    with ExitStack() as running:
        daemon = _start_daemon(config, folder / "daemon.log")
        running.callback(_stop, daemon)
        floor = _start_floor(env_file, folder / "floor.log")
        running.callback(_stop, floor)
        a_box = running.enter_context(InboxWatcher(stack, PARTY_A_USER))
        b_box = running.enter_context(InboxWatcher(stack, PARTY_B_USER))
        # Two warm-up rounds, then ``count`` measured rounds of one request to each side.
        for number in range(2 * (count + 2)):
            to_agent = number % 2 == 0
            user = AGENT_USER if to_agent else FLOOR_USER
            raw = request_mail(stack, number, to_user=user, tag="lat")
            accepted = submit(stack, raw, user)
            delivered = number + 1
            for process in (daemon, floor):
                if process.poll() is not None:
                    raise RuntimeError(f"{process.args!r} exited early (logs in {folder})")
            done = max(
                a_box.wait_for(delivered, WAIT_SECONDS), b_box.wait_for(delivered, WAIT_SECONDS)
            )
            if number >= 4:
                (result.agent if to_agent else result.floor).append(done - accepted)
            time.sleep(GAP_SECONDS)
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50, help="requests to each side")
    parser.add_argument("--env", type=Path, default=default_env_file(), help="mailstack.env")
    args = parser.parse_args(argv[1:])
    exit_on_sigterm()
    stack = ensure_stack(args.env)
    with exclusive(stack), tempfile.TemporaryDirectory(prefix="bench-latency-") as tmp:
        result = measure(stack, args.env, args.count, Path(tmp))
    print(table(["side", "n", "p50 ms", "p90 ms", "p99 ms", "max ms"], result.rows()))
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
