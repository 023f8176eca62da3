"""The ``intro-agent`` command line.

Each subcommand imports what it needs inside its own body, so ``intro-agent --help``
stays fast and never loads spaCy. Exit codes: 0 ok, 1 failure, 2 usage or config error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

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


def fail(message: str, code: int = EXIT_FAILURE) -> NoReturn:
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


def unavailable(name: str) -> NoReturn:
    """Exit 1: this build of the agent does not have ``name`` yet."""
    fail(f"'{name}' is not available in this version yet", EXIT_FAILURE)


@cli.command()
@config_option
def run(config_file: str | None) -> None:
    """Run the daemon: wait for mail (IMAP IDLE or polling), act on it, send what is due."""
    load(config_file)
    unavailable("run")


@cli.command()
@config_option
@click.option("--now", "now_text", default=None, help="Act as if it were this ISO 8601 time.")
def once(config_file: str | None, now_text: str | None) -> None:
    """One pass: read the inbox, process it, send what is due, then exit."""
    load(config_file)
    parse_now(now_text)
    unavailable("once")


@cli.command("parse")
@click.option("--reply", is_flag=True, help="Read each message as an answer to an opt-in question.")
@click.option("--agent-address", default=None, help="The agent's own address (default: config).")
@click.argument("files", nargs=-1, required=True)
def parse_command(reply: bool, agent_address: str | None, files: tuple[str, ...]) -> None:
    """Print what the agent understands of each message (FILE... or - for stdin), as JSON lines."""
    unavailable("parse")


@cli.command("list")
@config_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per introduction.")
def list_command(config_file: str | None, as_json: bool) -> None:
    """List introductions: id, status, requester, parties, waiting on whom."""
    load(config_file)
    unavailable("list")


@cli.command()
@config_option
@click.argument("intro_id")
def show(config_file: str | None, intro_id: str) -> None:
    """Show one introduction's whole history, consents with the words used."""
    load(config_file)
    unavailable("show")


@cli.command()
@config_option
@click.argument("intro_id")
def cancel(config_file: str | None, intro_id: str) -> None:
    """Cancel an open introduction; parties already asked get a short note."""
    load(config_file)
    unavailable("cancel")


@cli.command()
@config_option
@click.argument("address")
def forget(config_file: str | None, address: str) -> None:
    """Forget a person: remove ADDRESS from the address book and closed introductions."""
    load(config_file)
    unavailable("forget")


@cli.command()
@config_option
@click.option("--preview", is_flag=True, help="Print the digest that would be sent; send nothing.")
@click.option("--send-now", is_flag=True, help="Send the digest now.")
@click.option("--to", "recipient", default=None, help="The requester the digest is for.")
@click.option("--now", "now_text", default=None, help="Act as if it were this ISO 8601 time.")
@click.option("--html", "html_file", default=None, help="Write the HTML part to this file.")
def digest(
    config_file: str | None,
    preview: bool,
    send_now: bool,
    recipient: str | None,
    now_text: str | None,
    html_file: str | None,
) -> None:
    """The weekly digest to each requester: preview it or send it now."""
    load(config_file)
    unavailable("digest")


@cli.command()
@click.option("--interactive", is_flag=True, help="Play one of the parties yourself.")
def demo(interactive: bool) -> None:
    """Show the whole flow on an embedded loopback mail sandbox (no account, no root)."""
    unavailable("demo")


def main() -> None:
    """Console-script entry point."""
    cli.main(prog_name="intro-agent")
