"""Rule: the message is a delivery or disposition report (RFC 6522 multipart/report).

Bounces, delay notices and read receipts are reports about a message, sent by
servers and clients; they answer nothing.
"""

from __future__ import annotations

from agent.message import ParsedMessage

_REPORT_TYPES = frozenset(
    {
        "multipart/report",
        "message/delivery-status",
        "message/global-delivery-status",
        "message/disposition-notification",
        "message/feedback-report",
    }
)


def _media_type(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


class DeliveryReport:
    """Matches multipart/report mail, bare delivery-status messages and bounces
    that name their failed recipients."""

    name = "delivery-report"
    reason = "the message is a delivery or disposition report, not a reply"

    def check(self, message: ParsedMessage) -> bool:
        # Exim and others name the addresses that failed in a header of their own.
        if message.header_all("x-failed-recipients"):
            return True
        types = {_media_type(message.content_type)}
        types.update(_media_type(value) for value in message.header_all("content-type"))
        return bool(types & _REPORT_TYPES)
