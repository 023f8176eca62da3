"""In a thread, a sentence that only tells the agent to scrap, bin or drop "this one"
("Please scrap this one - turns out Nadia and I were in the same halls at uni", "Oubliez
celle-ci", "Olvídate de esta", "Das können wir vergessen", "Esquece essa", "Iache")
cancels the thread's intro; beside a new ask it cancels nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_QUOTED = (
    "\n\nOn Thu, 12 Feb 2026 at 17:02, Intro Agent <intro@introbot.net> wrote:\n> Hi Sam,\n>\n"
    "> I've written to Nadia Farouk to ask whether she'd be happy to be introduced to you.\n"
)
_THREAD = {
    "subject": "Re: Your introduction to Nadia Farouk",
    "headers": {"In-Reply-To": "<req-5512@introbot.net>"},
}


@pytest.mark.parametrize(
    "text",
    [
        "Please scrap this one - turns out Nadia and I were in the same halls at uni, we've"
        " already caught up. Sorry for the bother!\n\nSam",
        "Bin it - we met at a wedding last year.",
        "Scrap that, we've met already.",
        "Oubliez celle-ci, on s'est croisés hier.",
        "Olvídate de esta, ya nos conocemos.",
        "Das können wir vergessen, wir kennen uns schon.",
        "Pode esquecer, já nos conhecemos.",
        "Esquece essa - já nos conhecemos.",
        "Iache, tumeshakutana.",
    ],
)
def test_scrapping_this_one_in_a_thread_cancels_it(text: str) -> None:
    result = understand(text + _QUOTED, **_THREAD)
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.context == "thread"


@pytest.mark.parametrize(
    "text",
    [
        "Please scrap this one - could you introduce me to Carol Diaz (carol@diaz.example)"
        " instead?",
        "Scrap that idea. Could you introduce me to Carol Diaz (carol@diaz.example)?",
    ],
)
def test_scrapping_beside_a_new_ask_asks(text: str) -> None:
    result = understand(text + _QUOTED, **_THREAD)
    assert result.kind == "intro_request"


def test_binning_something_else_cancels_nothing() -> None:
    result = understand("Hi, we should bin it and move on - the old CRM is useless.")
    assert result.kind != "command"
