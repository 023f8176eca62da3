"""A yes beside news of the writer out of reach for a while ("was in Tamale with no
network") or of having seen the message late ("I only saw your message today",
"recién hoy vi tu correo", "nimeona ujumbe wako leo tu") stays a yes: the lack restricts
nothing the other may do, and the late sighting apologises for the delay. A "no" before
a channel ("no calls"), one opening its clause ("No connection to my clients.") or in
the yes's sentence, and a bare acknowledgement ("I saw your message.") still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Y\n\n(sorry 5 days late - was in Tamale with no network)",
        "Yes\n\n(sorry 5 days late - was in Tamale with no network)",
        "Yes, happy to. I was at the farm with no internet all week.",
        "Sure. I was stuck at the cottage with no wifi.",
        "Yes please. We were up north with no reception for days.",
    ],
)
def test_a_yes_beside_a_lack_of_network_answers(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, but no calls please.",
        "Yes, with no network.",
        "Sure. No connection to my clients.",
        "Yes. I was at the farm with no signal.",
        "Y\n\nno network, no calls",
    ],
)
def test_a_no_that_may_restrict_still_doubts(text: str) -> None:
    assert read_answer(text)[0] != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "This is Chinedu - the company server has been bouncing mails since they changed "
        "IT vendor, so I only saw your message today. Sorry for the late reply.\n\n"
        "Yes please, go ahead and connect me with him.",
        "Sorry, I only just saw your email.\n\nYes, happy to.",
        "Perdón, recién hoy vi tu correo porque ellos cambiaron el servidor.\n\nSí, adelante.",
        "Perdón, vi tu correo hasta hoy.\n\nSí, adelante.",
        "Samahani, nimeona ujumbe wako leo tu.\n\nNdiyo, karibu.",
        "Samahani, leo ndipo nimeona ujumbe wako.\n\nNdiyo, karibu.",
    ],
)
def test_a_yes_after_seeing_the_message_late_answers(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("I saw your message.", "unclear"),
        ("I saw your message. I'll think about it.", "unclear"),
        ("I only saw your message today. Not sure yet.", "unclear"),
        ("I only saw your message today. No thanks.", "no"),
        ("Vi tu correo.", "unclear"),
        ("Nimeona.", "unclear"),
    ],
)
def test_seeing_the_message_alone_answers_nothing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
