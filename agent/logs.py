"""Logging for the daemon and the CLI: one line per event on stderr, with levels.

At INFO and above, mail addresses and tokens are redacted: a log shipped to a log
service or pasted into a bug report should not carry who wrote to whom, nor anything
that answers for a person. ``--verbose`` (DEBUG) logs them as they are, for the owner's
own eyes.
"""

from __future__ import annotations

import logging
import re
import sys

# user@domain, keeping the domain (useful to see which provider is involved).
_ADDRESS = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")
# Tokens are 32 hex digits (128 bits); Message-IDs of the agent are <intro.HEX@...>.
_TOKEN = re.compile(r"\b[0-9a-f]{32}\b")

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def redact(text: str) -> str:
    """``text`` with addresses reduced to their domain and tokens hidden."""
    return _TOKEN.sub("[token]", _ADDRESS.sub(r"[address]@\1", text))


class RedactingFormatter(logging.Formatter):
    """Formats records, then redacts them unless the logger is at DEBUG."""

    def __init__(self, redacting: bool) -> None:
        super().__init__(FORMAT)
        self.redacting = redacting

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return redact(text) if self.redacting else text


def setup_logging(verbose: bool = False) -> None:
    """Log to stderr at INFO (redacted) or, with ``verbose``, at DEBUG (as is)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(redacting=not verbose))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
