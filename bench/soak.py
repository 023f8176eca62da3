"""Soak: N requests through the daemon while it is SIGKILLed at random and the mail servers
restart; counts what was lost and what was done twice.

A dedicated mail stack (its own state folder and ports, never the tests' stack) carries
the whole exchange. The requester sends N requests, spread over most of the chaos
period, each for a distinct pair
(``alice+sN`` and ``bob+sN``, delivered to two inboxes); a responder answers every opt-in
it sees with a yes from the very address asked; ``python -m agent run`` serves it all.
Meanwhile the daemon is killed with SIGKILL at random moments and started again, and
Dovecot and Postfix are restarted (their open sessions cut) every so often. After the
chaos budget is spent, the run settles with no more chaos until every pair is
introduced or nothing has moved for a while; then it prints:

- lost: requests for which no opt-in was ever sent;
- duplicated introductions: pairs introduced by more than one mail (a resend of the same
  mail, with the same Message-ID, is counted apart from a second, different mail);
- duplicated opt-ins: the same, for the question to each party;
- acknowledgements: requests asked about whose reference no mail to the requester
  acknowledged, and references acknowledged by two different mails (a request's own
  acknowledgement, or a mail listing the requests of one pass: ``ack_folding.py``);
- unfinished: pairs still without an introduction when the run stopped.

Goal: 0 lost, 0 duplicate introductions (different Message-IDs), every request asked
about acknowledged once; a resend with the same Message-ID is the design's answer to a
crash between the server's accept and the store's "sent" mark (``agent/engine/outbox.py``).

    .venv/bin/python -m bench.soak [--requests 2000] [--seed 1] [--kill-every 6]
        [--restart-every 40] [--chaos-seconds 240] [--settle-seconds 300]

Everything runs on loopback; every loop is bounded by a deadline.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, localtime, make_msgid
from pathlib import Path

from bench.common import REPO, exit_on_sigterm, request_mail, table, write_config
from tests.mailstack import MailStack
from tests.reliability.own_stack import drop_imap_sessions, start_stack

STATE_DIR = Path("/tmp/intro-agent-soak-stack")
SOAK_PORTS = {
    "MAILSTACK_IMAP_PORT": "13143",
    "MAILSTACK_IMAPS_PORT": "13993",
    "MAILSTACK_LMTP_PORT": "13024",
    "MAILSTACK_SMTP_PORT": "13025",
    "MAILSTACK_SUBMISSION_PORT": "13587",
    "MAILSTACK_SMTPS_PORT": "13465",
}
TAG = "s"
_PAIR = re.compile(rf"\+{TAG}(\d+)@")
_REFERENCE = re.compile(r"\[#([0-9a-f]+)\]")
# A line of a mail acknowledging several requests: "  #3f9a2c1b  Alice and Bob".
_LISTED = re.compile(r"^\s*#([0-9a-f]+)\s", re.MULTILINE)
BATCH = 25


@dataclass
class Seen:
    """What arrived in one party's inbox: opt-ins and introductions by pair number."""

    last_uid: int = 0
    # The references of the introductions asked about.
    references: set[str] = field(default_factory=set)
    opt_ins: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    intros: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    to_answer: list[EmailMessage] = field(default_factory=list)
    answered: set[str] = field(default_factory=set)


class Daemon:
    """The agent's daemon, started again whenever it is killed."""

    def __init__(self, config: Path, log: Path) -> None:
        self.config = config
        self.log = log.open("ab")
        self.proc: subprocess.Popen[bytes] | None = None
        self.kills = 0

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "agent", "run", "--config", str(self.config)],
            cwd=REPO,
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=self.log,
        )

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=60)
            self.kills += 1

    def ensure_running(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            self.start()

    def stop(self) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        return self.proc.returncode


def restart_servers(stack: MailStack) -> None:
    """Dovecot and Postfix down and up again, their open sessions cut as in a crash."""
    drop_imap_sessions(stack)
    subprocess.run(
        ["bash", str(REPO / "scripts" / "mailstack" / "stop.sh"), str(stack.dir)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
        check=False,
    )
    start_stack(stack.dir, SOAK_PORTS)


def read_new(stack: MailStack, user: str, seen: Seen) -> None:
    """Headers of the mail that arrived in ``user``'s inbox since the last look."""
    client = stack.login(user)
    try:
        client.select_folder("INBOX", readonly=True)
        uids = [int(u) for u in client.search(["UID", f"{seen.last_uid + 1}:*"])]
        uids = sorted(u for u in uids if u > seen.last_uid)
        for start in range(0, len(uids), 200):
            chunk = uids[start : start + 200]
            fetched = client.fetch(chunk, ["BODY.PEEK[HEADER]"])
            for uid in chunk:
                head = fetched[uid][b"BODY[HEADER]"]
                parsed = email.message_from_bytes(head, policy=email.policy.default)
                assert isinstance(parsed, EmailMessage)
                record(parsed, seen)
                seen.last_uid = max(seen.last_uid, uid)
    finally:
        client.logout()


def record(message: EmailMessage, seen: Seen) -> None:
    subject = str(message["Subject"] or "")
    match = _PAIR.search(str(message["To"] or ""))
    if match is None:
        return
    number = int(match.group(1))
    mid = str(message["Message-ID"])
    if subject.startswith("Would you like an introduction"):
        seen.opt_ins[number].append(mid)
        seen.references.update(_REFERENCE.findall(subject))
        if mid not in seen.answered:
            seen.answered.add(mid)
            seen.to_answer.append(message)
    elif subject.startswith("Introduction:"):
        seen.intros[number].append(mid)


def acknowledgements(stack: MailStack, user: str) -> dict[str, list[str]]:
    """The Message-IDs of the mails to ``user`` that acknowledge each reference."""
    found: dict[str, list[str]] = defaultdict(list)
    client = stack.login(user)
    try:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(int(u) for u in client.search("ALL"))
        for start in range(0, len(uids), 200):
            fetched = client.fetch(uids[start : start + 200], ["BODY.PEEK[]"])
            for data in fetched.values():
                message = email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
                assert isinstance(message, EmailMessage)
                subject = str(message["Subject"] or "")
                if subject.startswith("Introduction: "):
                    references = _REFERENCE.findall(subject)
                elif subject.startswith("Introductions: "):
                    body = message.get_body(("plain",))
                    text = str(body.get_content()) if body is not None else ""
                    references = _LISTED.findall(text)
                else:
                    continue
                for reference in references:
                    found[reference].append(str(message["Message-ID"]))
    finally:
        client.logout()
    return found


def yes_to(message: EmailMessage, stack: MailStack) -> tuple[bytes, str, str]:
    """A party's yes to an opt-in, from the address that was asked, to its Reply-To."""
    asked = message["To"].addresses[0].addr_spec
    target = (message["Reply-To"] or message["From"]).addresses[0].addr_spec
    reply = EmailMessage()
    reply["From"] = asked
    reply["To"] = target
    reply["Subject"] = "Re: " + str(message["Subject"])
    reply["Date"] = format_datetime(localtime())
    reply["Message-ID"] = make_msgid(domain=f"soak.{stack.domain}")
    reply["In-Reply-To"] = str(message["Message-ID"])
    reply["References"] = str(message["Message-ID"])
    reply.set_content("Yes, happy to be introduced.\n")
    return reply.as_bytes(), asked, target


def try_send(stack: MailStack, raw: bytes, sender: str, recipient: str) -> bool:
    try:
        stack.send(raw, sender=sender, recipients=[recipient])
    except OSError:
        return False  # Postfix is restarting: the caller tries again later
    return True


@dataclass
class Outcome:
    requests: int
    lost: int
    unfinished: int
    intro_dup_same: int
    intro_dup_other: int
    opt_in_dup_same: int
    opt_in_dup_other: int
    unacknowledged: int
    ack_dup_same: int
    ack_dup_other: int
    kills: int
    restarts: int
    seconds: float


def duplicates(mails: Iterable[list[str]]) -> tuple[int, int]:
    """Of the Message-ID lists (one per pair or request): those with a copy of one mail
    under the same Message-ID, and those with two or more different mails."""
    lists = list(mails)
    same = sum(1 for ids in lists if max(Counter(ids).values(), default=0) > 1)
    other = sum(1 for ids in lists if len(set(ids)) > 1)
    return same, other


def soak(stack: MailStack, args: argparse.Namespace, folder: Path) -> Outcome:
    rng = random.Random(args.seed)
    config = write_config(stack, folder)
    daemon = Daemon(config, folder / "daemon.log")
    seen = {"alice": Seen(), "bob": Seen()}
    pending: list[tuple[bytes, str, str]] = [
        (request_mail(stack, n, to_user="intros", tag=TAG), stack.address("carol"), "intros")
        for n in range(args.requests)
    ]
    pending.reverse()
    restarts = 0
    started = time.monotonic()
    chaos_until = started + args.chaos_seconds
    deadline = chaos_until + args.settle_seconds
    next_kill = started + rng.uniform(0.5, 2) * args.kill_every
    next_restart = started + rng.uniform(0.5, 1.5) * args.restart_every
    last_progress, progress = started, -1
    daemon.start()
    try:
        while time.monotonic() < deadline:
            now = time.monotonic()
            if now < chaos_until and now >= next_kill:
                daemon.kill()
                time.sleep(rng.uniform(0, 1))
                next_kill = now + rng.uniform(0.3, 1.7) * args.kill_every
            if now < chaos_until and now >= next_restart:
                restart_servers(stack)
                restarts += 1
                next_restart = now + rng.uniform(0.5, 1.5) * args.restart_every
            daemon.ensure_running()
            # Requests are spread over most of the chaos, so every crash meets work.
            share = min(1.0, (time.monotonic() - started) / (0.8 * args.chaos_seconds))
            due = args.requests * share - (args.requests - len(pending))
            for _ in range(max(0, min(BATCH, int(due)))):
                if not pending:
                    break
                raw, sender, to = pending[-1]
                if not try_send(stack, raw, sender, stack.address(to)):
                    break
                pending.pop()
            for user, box in seen.items():
                try:
                    read_new(stack, user, box)
                except Exception as exc:  # a restart under our feet: look again later
                    print(f"  ({user}: {type(exc).__name__}: {exc})", file=sys.stderr)
                    continue
                while box.to_answer:
                    raw, asked, target = yes_to(box.to_answer[-1], stack)
                    if not try_send(stack, raw, asked, target):
                        break
                    box.to_answer.pop()
            done = sum(1 for n in range(args.requests) if seen["alice"].intros.get(n))
            if done != progress:
                progress, last_progress = done, time.monotonic()
                print(f"  {time.monotonic() - started:6.0f} s: {done} introduced", file=sys.stderr)
            calm = time.monotonic() >= chaos_until
            if calm and not pending and done == args.requests:
                break
            if calm and time.monotonic() - last_progress > args.quiet_seconds:
                break
            time.sleep(0.5)
        time.sleep(3)  # what is in flight arrives
        for user, box in seen.items():
            read_new(stack, user, box)
    finally:
        daemon.stop()
    acked = acknowledgements(stack, "carol")
    a, b = seen["alice"], seen["bob"]
    asked_pairs = {n for n in range(args.requests) if a.opt_ins.get(n) or b.opt_ins.get(n)}
    introduced = {n for n in range(args.requests) if a.intros.get(n)}
    intro_same, intro_other = duplicates(a.intros.values())
    opt_a_same, opt_a_other = duplicates(a.opt_ins.values())
    opt_b_same, opt_b_other = duplicates(b.opt_ins.values())
    ack_same, ack_other = duplicates(acked.values())
    return Outcome(
        requests=args.requests,
        lost=args.requests - len(asked_pairs),
        unfinished=args.requests - len(introduced),
        intro_dup_same=intro_same,
        intro_dup_other=intro_other,
        opt_in_dup_same=opt_a_same + opt_b_same,
        opt_in_dup_other=opt_a_other + opt_b_other,
        unacknowledged=len((a.references | b.references) - acked.keys()),
        ack_dup_same=ack_same,
        ack_dup_other=ack_other,
        kills=daemon.kills,
        restarts=restarts,
        seconds=time.monotonic() - started,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests to send")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the chaos")
    parser.add_argument("--kill-every", type=float, default=6.0, help="mean s between kills")
    parser.add_argument("--restart-every", type=float, default=40.0, help="mean s between restarts")
    parser.add_argument("--chaos-seconds", type=float, default=240.0, help="how long chaos lasts")
    parser.add_argument("--settle-seconds", type=float, default=600.0, help="then at most this")
    parser.add_argument("--quiet-seconds", type=float, default=120.0, help="stop after no progress")
    args = parser.parse_args(argv[1:])
    exit_on_sigterm()
    if os.geteuid() != 0 and not (STATE_DIR / "mailstack.env").exists():
        print("the soak needs its own mail stack: run it as root once", file=sys.stderr)
        return 1
    stack = start_stack(STATE_DIR, SOAK_PORTS)
    stack.reset()
    with tempfile.TemporaryDirectory(prefix="bench-soak-") as tmp:
        out = soak(stack, args, Path(tmp))
        log_tail = (Path(tmp) / "daemon.log").read_text(errors="replace").splitlines()[-5:]
    print("\n".join(log_tail), file=sys.stderr)
    rows = [
        ["requests", out.requests],
        ["daemon SIGKILLs", out.kills],
        ["server restarts", out.restarts],
        ["lost (no opt-in sent)", out.lost],
        ["duplicate introductions, other Message-ID", out.intro_dup_other],
        ["duplicate introductions, same Message-ID", out.intro_dup_same],
        ["duplicate opt-ins, other Message-ID", out.opt_in_dup_other],
        ["duplicate opt-ins, same Message-ID", out.opt_in_dup_same],
        ["requests asked about, not acknowledged", out.unacknowledged],
        ["acknowledged twice, other Message-ID", out.ack_dup_other],
        ["acknowledged twice, same Message-ID", out.ack_dup_same],
        ["unfinished (no introduction yet)", out.unfinished],
        ["seconds", round(out.seconds, 1)],
    ]
    print(table(["figure", "value"], rows))
    met = (
        out.lost == 0
        and out.intro_dup_other == 0
        and out.unacknowledged == 0
        and out.ack_dup_other == 0
    )
    goal = "0 lost, 0 duplicate introductions, every request acknowledged once"
    print(f"goal ({goal}): {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
