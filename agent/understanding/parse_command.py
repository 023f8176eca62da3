"""The ``parse`` command's work: messages in, one JSON line each out, in the order given.

A file that cannot be read still gets its line, with an ``"error"`` key, so the output
lines up with the input. One process reads any number of files, so a thousand messages
cost one start of spaCy.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from agent.message import parse_message


def read_source(name: str) -> bytes:
    """The bytes of a file, or of standard input for ``-``."""
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def understand(raw: bytes, *, reply: bool, agent_address: str) -> dict[str, Any]:
    """The JSON object for one message."""
    message = parse_message(raw)
    if reply:
        from agent.understanding.replies import classify_reply

        return classify_reply(message).to_json()
    from agent.understanding.requests import understand_request

    return understand_request(message, agent_address).to_json()


def parse_files(names: Iterable[str], *, reply: bool, agent_address: str) -> Iterator[str]:
    """One JSON line per named file, in order."""
    for name in names:
        try:
            raw = read_source(name)
        except OSError as exc:
            yield json.dumps({"file": name, "error": f"cannot read: {exc.strerror}"})
            continue
        try:
            result = understand(raw, reply=reply, agent_address=agent_address)
        except Exception as exc:  # one bad message must not cost the others their line
            yield json.dumps({"file": name, "error": f"{type(exc).__name__}: {exc}"})
            continue
        yield json.dumps(result, ensure_ascii=False)
