"""The rules that tell mail sent by a program from mail written by a person.

An answer to an opt-in question counts only when a person wrote it; any of these
rules matching makes the message an automatic reply, whatever its text says.
"""

from __future__ import annotations

from agent.message import ParsedMessage
from rules.auto_submitted import AutoReplyHeader, AutoSubmitted
from rules.base import MessageRule
from rules.delivery_report import DeliveryReport
from rules.list_mail import ListMail
from rules.mailer_daemon import MailerDaemon
from rules.precedence import Precedence

ROBOT_RULES: tuple[MessageRule, ...] = (
    AutoSubmitted(),
    AutoReplyHeader(),
    Precedence(),
    ListMail(),
    DeliveryReport(),
    MailerDaemon(),
)


def robot_rule(message: ParsedMessage) -> MessageRule | None:
    """The first rule that shows a program sent the message, or None."""
    for rule in ROBOT_RULES:
        if rule.check(message):
            return rule
    return None
