"""The ``intro-agent`` command line.

Each subcommand imports what it needs inside its own body, so ``intro-agent --help``
stays fast and never loads spaCy. Exit codes: 0 ok, 1 failure, 2 usage or config error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from agent.config import Config

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

F = TypeVar("F", bound=Callable[..., Any])


def config_option(func: F) -> F:
    """The shared ``--config`` option."""
    return click.option(
        "--config",
        "config_file",
        type=click.Path(dir_okay=False),
        default=None,
        help="Config file (default: $INTRO_AGENT_CONFIG, else ./config.toml).",
    )(func)


def load(config_file: str | None) -> Config:
    """Load the config or exit 2 with the error's own words."""
    from agent.config import load_config
    from agent.errors import ConfigError

    try:
        return load_config(config_file)
    except ConfigError as exc:
        fail(str(exc), EXIT_USAGE)


def fail(message: str, code: int = EXIT_FAILURE) -> Any:
    """Print ``message`` to stderr and exit with ``code``."""
    click.echo(f"intro-agent: {message}", err=True)
    sys.exit(code)


def parse_now(value: str | None) -> datetime:
    """``--now`` as an aware datetime (naive values are taken as UTC); the clock when absent."""
    if value is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not an ISO 8601 time: {value!r}", param_hint="--now") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="intro-agent")
def cli() -> None:
    """Intro Agent: double opt-in introductions, entirely by email."""


@cli.command()
@config_option
def check(config_file: str | None) -> None:
    """Diagnose the config and the IMAP and SMTP connections, in plain words."""
    config = load(config_file)
    from agent.check import run_checks

    ok = run_checks(config, click.echo)
    sys.exit(EXIT_OK if ok else EXIT_FAILURE)


def main() -> None:
    """Console-script entry point."""
    cli.main(prog_name="intro-agent")
