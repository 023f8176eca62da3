"""In a thread, "scratch this one" and its kin ("cross it off", "rayez celle-ci", "tacha
esta", "streichen Sie die", "risca essa", "ifute") alone in their sentence cancel the
thread's intro, as "scrap this one" does; beside a new ask, outside a thread, or told
of something else they cancel nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_QUOTED = (
    "\n\nOn Thu, 6 Nov 2025 at 08:19, Intro Agent <intro@introbot.net> wrote:\n> Hi Greg,\n>\n"
    "> I've asked Ingrid Solberg whether she'd like to meet Tomasz Nowak.\n"
)
_THREAD = {
    "subject": "Re: I've asked Ingrid Solberg whether she'd like to meet Tomasz Nowak",
    "headers": {"In-Reply-To": "<ack-7c31e0@introbot.net>"},
}


@pytest.mark.parametrize(
    "text",
    [
        "Scratch this one please - turns out they met at a fair last week. Sorry!\n\nGreg",
        "Cross it off, they sorted it out between them.",
        "Rayez celle-ci, ils se sont vus hier.",
        "Tacha esta, ya se conocen.",
        "Streichen Sie die bitte, die beiden kennen sich schon.",
        "Risca essa, já se conhecem.",
        "Ifute, tayari wamekutana.",
    ],
)
def test_scratching_this_one_in_a_thread_cancels_it(text: str) -> None:
    result = understand(text + _QUOTED, **_THREAD)
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.context == "thread"


def test_scratching_beside_a_new_ask_asks() -> None:
    result = understand(
        "Scratch this one - could you introduce me to Carol Diaz (carol@diaz.example) instead?"
        + _QUOTED,
        **_THREAD,
    )
    assert result.kind == "intro_request"


@pytest.mark.parametrize(
    "text",
    [
        "We had to scratch this one from the programme, the venue fell through.",
        "Tacha esta línea del presupuesto y mándamelo otra vez.",
    ],
)
def test_scratching_something_else_cancels_nothing(text: str) -> None:
    assert understand(text).kind != "command"
