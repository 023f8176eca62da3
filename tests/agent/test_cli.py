"""Tests of agent/cli.py: help, exit codes, and that --help stays light."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from agent.cli import cli

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agent", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
    )


def test_help_lists_every_subcommand_and_does_not_load_spacy() -> None:
    probe = (
        "import sys\n"
        "from agent.cli import main\n"
        "sys.argv = ['intro-agent', '--help']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "heavy = sorted(m for m in ('spacy', 'tinydb', 'imapclient', 'aiosmtplib', 'mailparser')"
        " if m in sys.modules)\n"
        "print('HEAVY=' + ','.join(heavy), 'CODE=' + str(code))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert "HEAVY= CODE=0" in done.stdout, done.stdout + done.stderr
    for name in (
        "run",
        "once",
        "check",
        "parse",
        "list",
        "show",
        "cancel",
        "forget",
        "digest",
        "demo",
    ):
        assert f"  {name} " in done.stdout, f"{name} missing from --help"


def test_python_dash_m_agent_runs() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert "intro-agent, version" in done.stdout


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["frobnicate"])
    assert result.exit_code == 2
    assert "No such command" in result.output


def test_config_error_exits_2_and_names_the_problem(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[agent]\naddress = "intros"\n')
    done = run("check", "--config", str(config))
    assert done.returncode == 2
    assert f"{config}: agent.address: expected a mail address" in done.stderr


def test_missing_config_exits_2(tmp_path: Path) -> None:
    done = run("check", env={"INTRO_AGENT_CONFIG": str(tmp_path / "nope.toml")})
    assert done.returncode == 2
    assert "nope.toml: no such file" in done.stderr


def test_every_subcommand_has_help() -> None:
    runner = CliRunner()
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help, f"{name} has no help text"
