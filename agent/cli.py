"""The ``intro-agent`` command line.

Each subcommand imports what it needs inside its own body, so ``intro-agent --help``
stays fast and never loads spaCy. Exit codes: 0 ok, 1 failure, 2 usage or config error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    from agent.config import Config
    from agent.store.base import StateStore

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
@click.option(
    "--send-probe",
    is_flag=True,
    help="Send the agent's own plus-address a probe, wait for it in the inbox, delete it.",
)
def check(config_file: str | None, send_probe: bool) -> None:
    """Diagnose the config and the IMAP and SMTP connections, in plain words."""
    config = load(config_file)
    from agent.check import run_checks

    ok = run_checks(config, click.echo, send_probe=send_probe)
    sys.exit(EXIT_OK if ok else EXIT_FAILURE)


def setup_logging(verbose: bool = False) -> None:
    """One line per event on stderr; addresses and tokens redacted unless ``verbose``."""
    from agent.logs import setup_logging as configure

    configure(verbose)


@contextmanager
def open_store_or_exit(config: Config) -> Iterator[StateStore]:
    """The configured store with the engine's indexes; exit 1 with its error if it cannot open."""
    from agent.engine.tables import INDEXES
    from agent.errors import StoreError
    from agent.store import open_store

    try:
        store = open_store(config.store.path, indexes=INDEXES)
    except StoreError as exc:
        fail(str(exc))
    try:
        yield store
    finally:
        store.close()


@cli.command()
@config_option
@click.option("--verbose", is_flag=True, help="Log at DEBUG, addresses and tokens included.")
def run(config_file: str | None, verbose: bool) -> None:
    """Run the daemon: wait for mail (IMAP IDLE or polling), act on it, send what is due."""
    config = load(config_file)
    from agent.engine.daemon import Stopper, run_daemon
    from agent.errors import AgentError

    setup_logging(verbose)
    stopper = Stopper()
    try:
        with stopper.on_signals():
            code = run_daemon(config, stopper)
    except AgentError as exc:
        fail(str(exc))
    sys.exit(code)


@cli.command()
@config_option
@click.option("--now", "now_text", default=None, help="Act as if it were this ISO 8601 time.")
@click.option("--verbose", is_flag=True, help="Log at DEBUG, addresses and tokens included.")
def once(config_file: str | None, now_text: str | None, verbose: bool) -> None:
    """One pass: read the inbox, process it, send what is due, then exit."""
    config = load(config_file)
    now = parse_now(now_text)
    from agent.engine.once import run_once
    from agent.errors import AgentError

    setup_logging(verbose)
    try:
        report = run_once(config, now)
    except AgentError as exc:
        fail(str(exc))
    click.echo(report.summary())


@cli.command("parse")
@click.option("--reply", is_flag=True, help="Read each message as an answer to an opt-in question.")
@click.option("--agent-address", default=None, help="The agent's own address (default: config).")
@click.argument("files", nargs=-1, required=True)
def parse_command(reply: bool, agent_address: str | None, files: tuple[str, ...]) -> None:
    """Print what the agent understands of each message (FILE... or - for stdin), as JSON lines."""
    from agent.understanding.parse_command import parse_files

    if agent_address is None:
        agent_address = _configured_agent_address()
    for line in parse_files(files, reply=reply, agent_address=agent_address):
        click.echo(line)


def _configured_agent_address() -> str:
    """The config's agent address when a config can be read; parse needs no config."""
    from agent.config import load_config
    from agent.errors import ConfigError

    try:
        return load_config(None).agent.address
    except ConfigError:
        return ""


@cli.command("list")
@config_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per introduction.")
def list_command(config_file: str | None, as_json: bool) -> None:
    """List introductions: id, status, requester, parties, waiting on whom."""
    import json

    from agent.engine.admin import all_intros, list_line, summary

    with open_store_or_exit(load(config_file)) as store:
        for intro in all_intros(store):
            click.echo(json.dumps(summary(intro)) if as_json else list_line(intro))


@cli.command()
@config_option
@click.argument("intro_id")
def show(config_file: str | None, intro_id: str) -> None:
    """Show one introduction's whole history, consents with the words used."""
    from agent.engine.admin import show_text
    from agent.engine.tables import load_intro

    with open_store_or_exit(load(config_file)) as store:
        intro = load_intro(store, intro_id.lstrip("#"))
        if intro is None:
            fail(f"no introduction {intro_id}")
        click.echo(show_text(intro))


@cli.command()
@config_option
@click.argument("intro_id")
def cancel(config_file: str | None, intro_id: str) -> None:
    """Cancel an open introduction; parties already asked get a short note."""
    from agent.engine.admin import cancel as cancel_intro
    from agent.engine.environment import build_environment

    config = load(config_file)
    with open_store_or_exit(config) as store:
        try:
            queued = cancel_intro(
                store, build_environment(config, store), intro_id.lstrip("#"), parse_now(None)
            )
        except KeyError:
            fail(f"no introduction {intro_id}")
        except ValueError as exc:
            fail(str(exc))
    click.echo(f"cancelled {intro_id}; {len(queued)} mail(s) queued for the next pass")


@cli.command()
@config_option
@click.argument("address")
def forget(config_file: str | None, address: str) -> None:
    """Forget a person: remove ADDRESS from the address book and closed introductions."""
    from agent.engine.admin import forget as forget_address

    with open_store_or_exit(load(config_file)) as store:
        scrubbed, still_open = forget_address(store, address)
    click.echo(f"forgot {address}: address book entry removed, {scrubbed} closed introduction(s)")
    if still_open:
        fail(f"still in open introductions {', '.join(still_open)}: cancel them, then forget again")


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
    config = load(config_file)
    from agent.digest.command import digest_command

    code = digest_command(
        config,
        preview=preview,
        send_now=send_now,
        recipient=recipient,
        now=parse_now(now_text),
        html_file=html_file,
        echo=click.echo,
    )
    sys.exit(code)


@cli.command()
@click.option("--interactive", is_flag=True, help="Play one of the parties yourself.")
def demo(interactive: bool) -> None:
    """Show the whole flow on an embedded loopback mail sandbox (no account, no root)."""
    import tempfile
    from pathlib import Path

    try:
        from agent.demo.script import run_demo, run_interactive
    except ModuleNotFoundError as exc:
        fail(f"the demo needs the Python package {exc.name!r}: run bash scripts/setup.sh")

    def read_line() -> str | None:
        line = sys.stdin.readline()
        return line if line else None

    try:
        with tempfile.TemporaryDirectory(prefix="intro-agent-demo-") as folder:
            if interactive:
                code = run_interactive(Path(folder), click.echo, read_line)
            else:
                code = run_demo(Path(folder), click.echo)
    except KeyboardInterrupt:
        # Ctrl-C at the prompt: the sandbox and its folder are gone already; no traceback.
        click.echo("", err=True)
        sys.exit(130)
    sys.exit(code)


@cli.command()
@click.argument("action", type=click.Choice(["status", "build", "clean"]), default="status")
def compiled(action: str) -> None:
    """The compiled build of the mail-reading modules: status, build or clean.

    status exits 0 when the build matches the sources and is used, 1 when it is not."""
    import shutil

    from agent.compiled import BuildError, build, folder, status

    where = folder()
    if action == "status":
        fresh, said = status(where)
        click.echo(said)
        sys.exit(EXIT_OK if fresh else EXIT_FAILURE)
    if where is None:
        fail("the compiled build is turned off (INTRO_AGENT_COMPILED=0)", EXIT_USAGE)
    if action == "clean":
        shutil.rmtree(where, ignore_errors=True)
        click.echo(f"removed {where}")
        return
    try:
        built = build(where)
    except (BuildError, OSError) as exc:
        fail(f"compiling failed: {exc}")
    click.echo(f"wrote {len(built)} extensions into {where}")


def main() -> None:
    """Console-script entry point."""
    cli.main(prog_name="intro-agent")
