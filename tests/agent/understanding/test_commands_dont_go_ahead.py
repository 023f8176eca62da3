"""In a reply, "don't go ahead with this one" alone in its sentence ("Actually, please don't
go ahead with this one!", "N'y donnez pas suite", "No sigas con esta", "Verfolgen Sie das
nicht weiter", "Não avance com isso", "Usiendelee nalo") cancels the thread's intro, unless
the sentence says the ask only waits ("... yet", "noch"); and an ask verb telling what
someone else will do ("my supervisor will introduce me in person", "mon directeur va me
présenter", "mi tutora me va a presentar", "o meu orientador vai me apresentar") asks for
no new intro, where "Will you introduce me?" does."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command


@pytest.mark.parametrize(
    "text",
    [
        "Actually, please don't go ahead with this one! I've just found out Prof Hale is on"
        " sabbatical, and my supervisor will introduce me in person in January anyway. Sorry"
        " for the faff.\n\nSophie",
        "Please don't go ahead with it. Thanks!",
        "N'y donnez pas suite, svp. Mon directeur va me présenter en personne.",
        "No sigas con esta, por favor. Mi tutora me va a presentar en persona.",
        "Verfolgen Sie das bitte nicht weiter. Danke!",
        "Não avance com isso, por favor. O meu orientador vai me apresentar pessoalmente.",
        "Usiendelee nalo tafadhali. Msimamizi wangu atanitambulisha mwenyewe.",
    ],
)
def test_dont_go_ahead_in_a_reply_cancels_the_thread(text: str) -> None:
    found = detect_command("Re: Checking with Prof. Hale", text, in_reply_to=True)
    assert found is not None
    assert found.command == "cancel"
    assert found.target == "thread"


@pytest.mark.parametrize(
    "text",
    [
        # The ask only waits.
        "Actually, please don't go ahead with this one yet! My supervisor is away.",
        "Verfolgen Sie das noch nicht weiter, bitte.",
        "No sigas con esta todavía, por favor.",
        # A new ask beside it, asked of the agent.
        "Please don't go ahead with this one. Will you introduce me to Carol Diaz instead?",
        "Não avance com isso. Você vai me apresentar à Ana Lima?",
        "No sigas con esta. ¿Me vas a presentar a Ana Lima?",
    ],
)
def test_waiting_or_a_new_ask_is_no_cancel(text: str) -> None:
    found = detect_command("Re: Checking with Prof. Hale", text, in_reply_to=True)
    assert found is None or found.command != "cancel"
