"""The README's first command, as a newcomer runs it: in a fresh clone, with a fresh venv.

The repository is cloned into a temporary folder, the first shell block of its README is
run there as it is written, and the demo's transcript is checked: opt-ins, answers read,
the introduction sent, the decline handled. It takes minutes (``scripts/setup.sh``
installs the package and its dependencies with pip), so the suite's per-test timeout is
raised for this one test only, as a hang guard; the duration is printed, not asserted.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HANG_GUARD_SECONDS = 1500


def first_shell_command(readme: str) -> str:
    """The first fenced ``sh`` block of the README."""
    found = re.search(r"```sh\n(.*?)```", readme, re.DOTALL)
    assert found, "the README has no sh block"
    return found.group(1).strip()


def test_first_command_is_the_demo() -> None:
    command = first_shell_command((REPO / "README.md").read_text())
    assert command == "bash scripts/demo.sh"
    script = (REPO / "scripts" / "demo.sh").read_text()
    assert "bash scripts/setup.sh" in script
    assert "exec .venv/bin/intro-agent demo" in script


@pytest.mark.timeout(HANG_GUARD_SECONDS + 60)
def test_the_readmes_first_command_runs_the_demo_in_a_fresh_clone(tmp_path: Path) -> None:
    clone = tmp_path / "intro-agent"
    subprocess.run(
        ["git", "clone", "--quiet", str(REPO), str(clone)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert not (clone / ".venv").exists()
    command = first_shell_command((clone / "README.md").read_text())
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["TMPDIR"] = str(tmp_path)
    started = time.monotonic()
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_SECONDS,
        check=False,
    )
    seconds = time.monotonic() - started
    demo_time = re.search(r"Demo finished in ([\d.]+) s", done.stdout)
    print(
        f"`{command}` in a fresh clone took {seconds:.0f} s, setup included; "
        f"the demo itself {demo_time.group(1) if demo_time else '?'} s"
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = done.stdout
    assert (clone / ".venv" / "bin" / "intro-agent").is_file()
    assert "To:      Alice <alice@example.org>" in out
    assert "To:      Bob <bob@example.org>" in out
    assert "The agent read alice@example.org's answer as: YES" in out
    assert "The agent read bob@example.org's answer as: YES" in out
    assert "Subject: Introduction: Alice <> Bob" in out
    assert "The agent read erin@example.org's answer as: NO" in out
    assert "Subject: Not this time: Dave and Erin" in out
    assert re.search(r"\bcompleted\b.*Alice <> Bob", out)
    assert re.search(r"\bdeclined\b.*Dave <> Erin", out)
