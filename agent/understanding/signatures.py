"""Where a writer's signature begins in the new text of a mail.

Below the line that signs a mail with the writer's name ("Hannah", "Hannah Greer", "D")
or a "--" rule come the writer's own details: addresses of colleagues, legal notices,
"please do not reply to this address". They say nothing about what the mail asks.
"""

from __future__ import annotations

import re
from itertools import pairwise

from agent.understanding.request_tokens import without_accents

_SIGNATURE_RULE = re.compile(r"^\s*--\s*$")
# One to three words, each capitalised: "Ann", "Ann Lee", "J. Ortiz", "Anne-Marie O'Neil".
_NAME_LINE = re.compile(r"(?:[^\W\d_][^\W\d_'.-]*[.]?|[^\W\d_][\w'-]*)(?: [^\W\d_][\w'.-]*){0,2}")


def signature_start(text: str, writer: str) -> int:
    """Where the writer's signature begins: a "--" line, or the line that signs the mail
    with the writer's name ("Hannah", "Hannah Greer", "D"); the length of the text if
    neither follows the first line.

    The first line never counts: "Hannah here, ..." opens a mail, it does not sign it.
    """
    names = _sign_offs(writer)
    # A line much longer than any name signs nothing: most lines are passed over unread.
    longest = max(map(len, names), default=-1) + _SIGN_LINE_SLACK
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        if number and (
            _SIGNATURE_RULE.match(line) or (len(line.strip()) <= longest and _bare(line) in names)
        ):
            return offset
        offset += len(line)
    return len(text)


# Room around a name on its line: spaces, a comma, a dash, "Thanks!" marks.
_SIGN_LINE_SLACK = 24
_NOT_NAME_CHARS = re.compile(r"[^\w\s'-]")


def _bare(line: str) -> str:
    return " ".join(_NOT_NAME_CHARS.sub(" ", line.casefold()).split())


def _sign_offs(writer: str) -> set[str]:
    """The ways a writer signs: first name, full name, initials."""
    words = [w for w in re.split(r"[\s,]+", writer.casefold()) if w.isalpha()]
    if not words:
        return set()
    return {words[0], " ".join(words), words[0][0], "".join(w[0] for w in words)}


def signed_name(text: str, email: str, closings: set[str]) -> str | None:
    """The name a writer signs with below a closing ("Thanks,\nAnn Lee"), for a sender
    whose From header gives only an address; None if there is none.

    ``text`` is the whole mail as written, signature and quotes included (the new text
    has lost its signature). The name must agree with the address, a word of it (three
    letters or more) standing in the local part ("ann.lee@", "alee@"), so a company or a
    title is never taken for the writer, nor someone quoted below for them; the first
    such name from the top is the writer's.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    local = _folded(email.partition("@")[0])
    for above, line in pairwise(lines):
        words = line.split()
        if not _NAME_LINE.fullmatch(line) or not all(w[:1].isupper() for w in words):
            continue
        closing = above.casefold().replace("\u2019", "'")
        if " ".join(re.sub(r"[^\w\s']", " ", closing).split()) not in closings:
            continue
        if any(len(w) >= 3 and _folded(w.strip(".")) in local for w in words):
            return line
    return None


def signed_order(text: str, writer: str, email: str, closings: set[str]) -> str:
    """The writer's name as they sign it when their From header writes the same words in
    another order ("Ba Ousmane" signing "Cordialement,\nOusmane Ba"); else ``writer``.

    Only the name that stands below a closing and agrees with the address counts (see
    ``signed_name``); a quick look for the other order first spares the rest of mail."""
    words = writer.split()
    if not 2 <= len(words) <= 3:
        return writer
    turned = (" ".join(words[1:] + words[:1]), " ".join(words[-1:] + words[:-1]))
    if not any(other in text for other in turned):
        return writer
    signed = signed_name(text, email, closings)
    if (
        signed
        and signed != writer
        and sorted(signed.casefold().split()) == sorted(writer.casefold().split())
    ):
        return signed
    return writer


def _folded(text: str) -> str:
    return without_accents(text.casefold())
