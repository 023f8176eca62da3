"""Leave wording beside a yes the writer stops short on ("Yes! Oh wait, hang on. I'm on
maternity leave from next month") is a person's, never a notice: the yes is left unclear.
Leave wording without a pause, or a pause with no yes before it, stays as it was."""

from __future__ import annotations

import pytest

from agent.message import parse_message
from agent.understanding.replies import classify_reply


def _reply(body: str) -> str:
    return classify_reply(
        parse_message(
            (
                "From: Ana Silva <ana@example.com>\n"
                "To: Intro Agent <intro@example.org>\n"
                "Subject: Re: Would you like an introduction to Omar Haddad?\n"
                "Date: Thu, 06 Mar 2025 09:00:00 +0000\n"
                "Message-ID: <stop@example.com>\n"
                'Content-Type: text/plain; charset="utf-8"\n'
                "MIME-Version: 1.0\n\n"
                f"{body}\n"
            ).encode()
        )
    ).answer


@pytest.mark.parametrize(
    "body",
    [
        "Sure! Oh wait, hang on. I'm on parental leave from next month, let me check with "
        "my colleague first.",
        "Ja, gerne! Moment mal. Ich bin ab Montag in Elternzeit, ich kläre das mit meiner "
        "Kollegin.",
    ],
)
def test_a_yes_stopped_short_beside_leave_is_unclear(body: str) -> None:
    assert _reply(body) == "unclear"


def test_leave_wording_without_a_pause_stays_a_notice() -> None:
    assert _reply("I am on parental leave until March and will reply on my return.") == (
        "auto_reply"
    )
