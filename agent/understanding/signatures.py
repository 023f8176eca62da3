"""Where a writer's signature begins in the new text of a mail.

Below the line that signs a mail with the writer's name ("Hannah", "Hannah Greer", "D")
or a "--" rule come the writer's own details: addresses of colleagues, legal notices,
"please do not reply to this address". They say nothing about what the mail asks.
"""

from __future__ import annotations

import re

_SIGNATURE_RULE = re.compile(r"^\s*--\s*$")


def signature_start(text: str, writer: str) -> int:
    """Where the writer's signature begins: a "--" line, or the line that signs the mail
    with the writer's name ("Hannah", "Hannah Greer", "D"); the length of the text if
    neither follows the first line.

    The first line never counts: "Hannah here, ..." opens a mail, it does not sign it.
    """
    names = _sign_offs(writer)
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        bare = " ".join(re.sub(r"[^\w\s'-]", " ", line.casefold()).split())
        if number and (_SIGNATURE_RULE.match(line) or (bare and bare in names)):
            return offset
        offset += len(line)
    return len(text)


def _sign_offs(writer: str) -> set[str]:
    """The ways a writer signs: first name, full name, initials."""
    words = [w for w in re.split(r"[\s,]+", writer.casefold()) if w.isalpha()]
    if not words:
        return set()
    return {words[0], " ".join(words), words[0][0], "".join(w[0] for w in words)}
