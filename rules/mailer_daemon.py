"""Rule: the message has a null sender or comes from a mail system's own address.

Bounces are sent with an empty envelope sender (``Return-Path: <>``) from
``MAILER-DAEMON`` or ``postmaster``; ``no-reply`` addresses say outright that no
person reads or writes there; a From header with no address in it has no person to
speak for. A message with no From header at all is not judged here: it is a saved
or hand-written text (``parse --reply -``), and the daemon ignores such mail before
any rule, having nobody to answer.
"""

from __future__ import annotations

from agent.message import ParsedMessage

_SYSTEM_LOCAL_PARTS = frozenset(
    {
        "mailer-daemon",
        "mail-daemon",
        "mailerdaemon",
        "postmaster",
        "noreply",
        "no-reply",
        "no_reply",
        "donotreply",
        "do-not-reply",
        "do_not_reply",
    }
)


def is_system_address(email: str) -> bool:
    """True for an address no person reads: a daemon, a postmaster, a no-reply.

    The local part before any ``+tag`` is one of the system names, or opens with a
    no-reply one and a separator ("noreply-billing@", "no-reply.events@").
    """
    local = email.strip().casefold().rpartition("@")[0].partition("+")[0]
    if local in _SYSTEM_LOCAL_PARTS:
        return True
    return any(
        local.startswith(part) and local[len(part)] in "-_."
        for part in _NO_REPLY_PARTS
        if len(local) > len(part)
    )


_NO_REPLY_PARTS = tuple(part for part in _SYSTEM_LOCAL_PARTS if "reply" in part)


class MailerDaemon:
    """Matches a null Return-Path, an empty From, or a mail-system sender."""

    name = "mailer-daemon"
    reason = "the sender is empty, the mail system itself (MAILER-DAEMON, postmaster) or no-reply"

    def check(self, message: ParsedMessage) -> bool:
        if any(value.strip() in ("<>", "") for value in message.header_all("return-path")):
            return True
        has_from = bool(message.header_all("from"))
        if has_from and not any(a.email.strip() for a in message.from_):
            return True
        # A bounce may carry a person's From but the daemon's Sender.
        for sender in message.header_all("sender"):
            if any(part in sender.lower() for part in ("mailer-daemon", "postmaster@")):
                return True
        for address in message.from_:
            local = address.key.rpartition("@")[0] or address.key
            if local in _SYSTEM_LOCAL_PARTS:
                return True
            # Some servers put the daemon only in the display name.
            if address.name.strip().lower().replace(" ", "-") in _SYSTEM_LOCAL_PARTS:
                return True
        return False
