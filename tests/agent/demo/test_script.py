"""``intro-agent demo`` as a person runs it: a subprocess, its transcript, its exit code.

The demo must stand alone: no Dovecot, no Postfix, nothing of the test mail stack. It
runs with its temporary folder under the test's own, and the port it prints is checked
against the stack's ports when a stack is configured on this machine.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from agent.demo.script import read_answer
from tests import mailstack as ms

REPO = Path(__file__).resolve().parents[3]
# A hang guard only; the demo takes seconds (the duration is printed, not asserted).
HANG_GUARD_SECONDS = 240


def run_demo(
    tmp_path: Path, *args: str, stdin: str = ""
) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "agent", "demo", *args],
        cwd=REPO,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_SECONDS,
        check=False,
    )
    return done, time.monotonic() - started


def blocks(output: str) -> list[str]:
    """The transcript's mails, each as one text block."""
    return re.split(r"\n--- mail \d+ -+\n", output)[1:]


def assert_not_the_mail_stack(output: str, tmp_path: Path) -> None:
    found = re.search(r"SMTP on 127\.0\.0\.1:(\d+), config (\S+)", output)
    assert found, output
    assert Path(found.group(2)).is_relative_to(tmp_path)
    path = ms.env_path()
    if path.is_file():
        stack = ms.read_env(path)
        ports = {stack.imap_port, stack.imaps_port, stack.lmtp_port, stack.smtp_port}
        ports |= {stack.submission_port, stack.smtps_port}
        assert int(found.group(1)) not in ports


def test_demo_completes_one_introduction_and_handles_a_decline(tmp_path: Path) -> None:
    done, seconds = run_demo(tmp_path)
    print(f"intro-agent demo took {seconds:.1f} s (goal: under 60 s)")
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert_not_the_mail_stack(out, tmp_path)
    mails = blocks(out)
    subjects = [re.search(r"Subject: (.*)", m).group(1) for m in mails]  # type: ignore[union-attr]
    # Opt-ins to each party, privately.
    assert sum(s.startswith("Would you like an introduction to Bob?") for s in subjects) == 1
    opt_in_alice = next(m for m in mails if "introduction to Bob?" in m)
    assert "To:      Alice <alice@example.org>" in opt_in_alice
    assert "bob@example.org" not in opt_in_alice
    # Alice answered from Gmail, Bob from Outlook, and both were read as yes.
    assert "The agent read alice@example.org's answer as: YES" in out
    assert "The agent read bob@example.org's answer as: YES" in out
    # The introduction: both parties, the requester copied.
    (intro,) = [m for m in mails if "Subject: Introduction: Alice <> Bob" in m]
    assert "To:      Alice <alice@example.org>, Bob <bob@example.org>" in intro
    assert "Cc:      Carol Example <carol@example.org>" in intro
    # The second introduction is declined: Carol is told, Dave is not told who declined.
    assert "The agent read erin@example.org's answer as: NO" in out
    (told,) = [m for m in mails if "Subject: Not this time: Dave and Erin" in m]
    assert "Erin declined" in told
    (note,) = [m for m in mails if "To:      Dave <dave@example.org>" in m and "not go ahead" in m]
    assert "Erin" not in note.split("Subject:")[1].split("\n", 1)[1]
    assert re.search(r"\bcompleted\b.*Alice <> Bob", out)
    assert re.search(r"\bdeclined\b.*Dave <> Erin", out)
    assert "Demo finished in" in out


def test_interactive_reads_the_answer_typed_on_stdin(tmp_path: Path) -> None:
    done, seconds = run_demo(
        tmp_path, "--interactive", stdin="What does Bob do?\n\nOK, yes please.\n\n"
    )
    print(f"intro-agent demo --interactive took {seconds:.1f} s")
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert_not_the_mail_stack(out, tmp_path)
    assert out.count("Type Alice's answer") == 2
    assert (
        "The agent read alice@example.org's answer as: UNCLEAR\n"
        "      from the new text it found: 'What does Bob do?'"
    ) in out
    assert (
        "The agent read alice@example.org's answer as: YES\n"
        "      from the new text it found: 'OK, yes please.'"
    ) in out
    assert "Subject: Introduction: Alice <> Bob" in out
    assert re.search(r"\bcompleted\b.*Alice <> Bob", out)


def test_interactive_without_an_answer_ends_with_failure(tmp_path: Path) -> None:
    done, _ = run_demo(tmp_path, "--interactive", stdin="")
    assert done.returncode == 1
    assert "No answer typed: the demo ends here." in done.stdout


def test_an_answer_ends_at_an_empty_line_after_text() -> None:
    lines = iter(["\n", "No,\n", "not now.\r\n", "\n", "ignored\n"])
    shown: list[str] = []
    assert read_answer(shown.append, lambda: next(lines, None)) == "No,\nnot now."
    assert shown[0] == "Type Alice's answer; finish with an empty line (or Ctrl-D):"
    assert read_answer(shown.append, lambda: None) is None
