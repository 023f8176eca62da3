"""What the differential tests of the reading's gates and caches share, built once per
test process: every labelled mail of tests/data, parsed, and every word a request
pattern requires.

Those tests run the reference code a gate or cache replaced and the code itself on real
text and on random text made of the patterns' words."""

from functools import cache
from pathlib import Path

from agent.message import ParsedMessage, parse_message
from agent.understanding.request_matching import pattern_index

DATA = Path(__file__).resolve().parents[2] / "data"

# The families of request patterns that request_matching files.
PATTERN_FAMILIES = ("pair", "subject", "weak", "list", "continued")


@cache
def labelled_messages() -> tuple[ParsedMessage, ...]:
    """Every .eml of the four labelled sets, parsed, in path order."""
    return tuple(parse_message(eml.read_bytes()) for eml in sorted(DATA.glob("*/*.eml")))


@cache
def pattern_words() -> tuple[str, ...]:
    """Every word some step of a request pattern requires, sorted."""
    words: set[str] = set()
    for family in PATTERN_FAMILIES:
        for pattern in pattern_index(family).patterns:
            for required in pattern.required:
                words |= required
    return tuple(sorted(words))
