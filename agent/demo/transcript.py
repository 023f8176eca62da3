"""The demo's transcript: each mail that went through the sandbox, in a few readable lines.

Pure formatting: from, to (and cc), subject, then the first lines of what the person
would read, with quoted text left out, since the quote repeats the previous mail.
"""

from __future__ import annotations

import textwrap

from agent.demo.mailboxes import Delivery
from agent.demo.people import parse, plain_text

FIRST_LINES = 6
WIDTH = 92
INDENT = "    | "


def mail_block(number: int, delivery: Delivery) -> list[str]:
    """The transcript lines for one delivered mail."""
    message = parse(delivery.raw)
    lines = [
        f"--- mail {number} " + "-" * 40,
        f"  From:    {message['From']}",
        f"  To:      {message['To']}",
    ]
    if message.get("Cc"):
        lines.append(f"  Cc:      {message['Cc']}")
    lines.append(f"  Subject: {message['Subject']}")
    lines.extend(INDENT + line for line in first_lines(plain_text(message)))
    return lines


def first_lines(text: str, count: int = FIRST_LINES) -> list[str]:
    """Up to ``count`` non-empty lines of ``text`` before any quote, wrapped to WIDTH."""
    kept: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if _starts_quote(stripped):
            break
        if not stripped:
            continue
        kept.extend(textwrap.wrap(stripped, WIDTH - len(INDENT)) or [""])
        if len(kept) >= count:
            return [*kept[:count], "..."]
    return kept


def _starts_quote(line: str) -> bool:
    # Gmail's attribution line, a '>' quote, or Outlook's rule above the original.
    return (
        line.startswith(">")
        or line.startswith("____")
        or (line.startswith("On ") and line.endswith("wrote:"))
    )
