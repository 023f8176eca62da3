"""Every labelled mail of tests/data, parsed once per test process.

The differential tests of the reading's gates and caches run the reference code they
replaced and the code itself on real text; they all start from these messages."""

from functools import cache
from pathlib import Path

from agent.message import ParsedMessage, parse_message

DATA = Path(__file__).resolve().parents[2] / "data"


@cache
def labelled_messages() -> tuple[ParsedMessage, ...]:
    """Every .eml of the four labelled sets, parsed, in path order."""
    return tuple(parse_message(eml.read_bytes()) for eml in sorted(DATA.glob("*/*.eml")))
