"""A second mail stack of our own, for tests that stop and start the servers.

Other tests share the default stack and must never see it go down, so outage tests use
a separate Dovecot + Postfix instance: its own state folder and ports, started with the
same script. Dovecot and Postfix can be stopped and started one at a time.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from tests import mailstack as ms

STATE_DIR = Path("/tmp/intro-agent-reliability-stack")
PORTS = {
    "MAILSTACK_IMAP_PORT": "12143",
    "MAILSTACK_IMAPS_PORT": "12993",
    "MAILSTACK_LMTP_PORT": "12024",
    "MAILSTACK_SMTP_PORT": "12025",
    "MAILSTACK_SUBMISSION_PORT": "12587",
    "MAILSTACK_SMTPS_PORT": "12465",
}


def start_stack(state_dir: Path, ports: dict[str, str]) -> ms.MailStack:
    """Start (or find running) the stack in ``state_dir`` on ``ports``; its facts."""
    env = {**os.environ, **ports}
    done = subprocess.run(
        ["bash", str(ms.START_SCRIPT), str(state_dir)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{ms.START_SCRIPT} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return ms.read_env(state_dir / "mailstack.env")


def _run(args: list[str]) -> None:
    # The servers daemonize: their children must not hold our pipes open.
    subprocess.run(
        args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=120,
        check=True,
    )


def _pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _wait(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 60  # a hang guard; it takes a second or two
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.1)


def _gone(pid: int | None) -> bool:
    if pid is None:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _postfix_pid(stack: ms.MailStack) -> int | None:
    return _pid(stack.dir / "postfix" / "spool" / "pid" / "master.pid")


def _dovecot_pid(stack: ms.MailStack) -> int | None:
    return _pid(stack.dir / "run" / "dovecot" / "master.pid")


def stop_postfix(stack: ms.MailStack) -> None:
    pid = _postfix_pid(stack)
    _run(["/usr/sbin/postfix", "-c", str(stack.dir / "postfix" / "conf"), "stop"])
    _wait(lambda: _gone(pid) and not ms.port_open(stack.host, stack.smtp_port), "postfix stop")


def start_postfix(stack: ms.MailStack) -> None:
    _run(["/usr/sbin/postfix", "-c", str(stack.dir / "postfix" / "conf"), "start"])
    _wait(lambda: ms.port_open(stack.host, stack.submission_port), "postfix start")


def _children(parent: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            found.append(int(stat.parent.name))
    return found


def _started(pid: int) -> str | None:
    """When ``pid`` started (clock ticks since boot), to tell it from a later reuse."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[19]
    except (OSError, IndexError):
        return None


def imap_sessions(stack: ms.MailStack) -> list[tuple[int, str]]:
    """The processes serving this stack's IMAP clients, each with when it started."""
    master = _dovecot_pid(stack)
    if master is None:
        return []
    found = []
    for pid in _children(master):
        try:
            name = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0]
        except OSError:
            continue
        started = _started(pid)
        if name.endswith((b"/imap", b"/imap-login")) and started is not None:
            found.append((pid, started))
    return found


def end_sessions(sessions: list[tuple[int, str]]) -> None:
    """Kill the given session processes that still run, as a server crash would."""
    for pid, started in sessions:
        if _started(pid) == started:  # not a process that took a freed pid since
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def drop_imap_sessions(stack: ms.MailStack) -> None:
    """End every IMAP session of this stack, as a server crash would.

    Stopping Dovecot's master leaves the processes serving open sessions running until
    their clients leave, so a restart alone does not break a connected client's line.
    """
    end_sessions(imap_sessions(stack))


def stop_dovecot(stack: ms.MailStack) -> None:
    drop_imap_sessions(stack)
    pid = _dovecot_pid(stack)
    _run(["doveadm", "-c", str(stack.dovecot_conf), "stop"])
    _wait(lambda: _gone(pid) and not ms.port_open(stack.host, stack.imaps_port), "dovecot stop")


def start_dovecot(stack: ms.MailStack) -> None:
    _run(["/usr/sbin/dovecot", "-c", str(stack.dovecot_conf)])
    _wait(lambda: ms.port_open(stack.host, stack.imaps_port), "dovecot start")


def restart(stack: ms.MailStack) -> None:
    """Both servers down and up again (mail is kept); returns once every port answers.

    The IMAP sessions are ended only once both servers have stopped, so a client that
    loses its line finds them down when it tries again: the restart is one outage, not a
    lost line, a new login, and then a second loss when the servers stop.
    """
    # Found while the master runs: once it has stopped, they are no longer its children.
    sessions = imap_sessions(stack)
    subprocess.run(
        ["bash", str(ms.STOP_SCRIPT), str(stack.dir)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
        check=False,
    )
    end_sessions(sessions)
    start_stack(stack.dir, PORTS)
