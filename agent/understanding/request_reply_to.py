"""The writer of a mail sent from someone else's address, who gives their own to reply to.

A family's shared account ("Lindqvist Family <family@...>") or a partner's ("Maya
Lindqvist <maya@...>") may carry a mail that another person writes and signs ("Thanks,\n
Erik"), a Reply-To header giving that person's address ("Reply-To: Erik Lindqvist
<erik@...>"). Read by its From header, "introduce me to Tom" would introduce the account's
owner, someone who asked for nothing: the writer is the one who signs, at the Reply-To
address.

Only a signer the Reply-To bears out counts: their name line below a closing holds only
words of the Reply-To's name, or a word of it (three letters or more) stands in the
Reply-To's local part ("erik.l@"); and it is not the From's own name (a person signing
their own mail who merely replies from elsewhere keeps their From name, as before).
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import pairwise

from agent.message import Address, ParsedMessage
from agent.understanding.request_tokens import without_accents
from agent.understanding.signatures import _NAME_LINE, closes

__all__ = ["reply_to_signer"]

# The shortest word of a name an address is taken to spell ("erik" in "erik.l@").
_SPELLED_WORD = 3


def reply_to_signer(
    message: ParsedMessage, closings: Collection[str], agent: str
) -> Address | None:
    """The one who signs ``message`` at its Reply-To address, when that is someone other
    than the From's name (see the module's docstring); None otherwise."""
    sender = message.sender
    if sender is None or len(message.reply_to) != 1 or not message.text:
        return None
    reply_to = message.reply_to[0]
    email = reply_to.email.casefold()
    if not email or email in (sender.email.casefold(), agent):
        return None
    for above, line in pairwise(s.strip() for s in message.text.splitlines() if s.strip()):
        words = line.split()
        if not _NAME_LINE.fullmatch(line) or not all(w[:1].isupper() for w in words):
            continue
        if not closes(above, closings):
            continue
        if not _bears_out(words, reply_to) or _bears_out(words, sender):
            # The first name signed below a closing is the writer's: whoever it is.
            return None
        named = {_folded(w) for w in reply_to.name.split()} if reply_to.name else set()
        fuller = bool(named) and {_folded(w) for w in words} <= named
        return Address(reply_to.name if fuller else line, reply_to.email)
    return None


def _bears_out(words: list[str], address: Address) -> bool:
    """Whether the signed ``words`` are those of ``address``'s name or spelled in its
    local part."""
    folded = [_folded(w.strip(".")) for w in words]
    named = {_folded(w) for w in address.name.split()} if address.name else set()
    if named and set(folded) <= named:
        return True
    local = _folded(address.email.partition("@")[0])
    return any(len(w) >= _SPELLED_WORD and w in local for w in folded)


def _folded(word: str) -> str:
    return without_accents(word.casefold())
