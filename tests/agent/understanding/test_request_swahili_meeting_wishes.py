"""Swahili "kukutana na", "kuonana na", "kuzungumza na" (to meet, to see, to talk with)
ask for the writer only after a wish or a plea ("Ningependa kukutana na ...", "Naomba
sana kuonana na ...", "Tungependa kuzungumza na ...", "Tafadhali nisaidie kuzungumza na
..."), as "I'd like to meet" does. After
anything else they tell of a meeting or ask about one ("Nimefurahi kuzungumza na Karin
... jana", glad to have talked with her yesterday; "Umewahi kukutana na ...?", have you
ever met ...?), which was read as the writer asking to meet her."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_KARIN = Party("Karin Holmberg", "karin@ex.test")
_JUMA = Party("Juma Ali", "juma@ex.test")


@pytest.mark.parametrize(
    "body",
    [
        "Ningependa kukutana na Karin Holmberg <karin@ex.test>.",
        "Habari, naomba sana kuonana na Karin Holmberg <karin@ex.test> wiki ijayo.",
        "Tungependa kuzungumza na Karin Holmberg <karin@ex.test> kuhusu mradi.",
        "Nahitaji kukutana na Karin Holmberg <karin@ex.test> kabla ya mkutano.",
    ],
)
def test_a_wish_to_meet_asks_for_the_writer(body: str) -> None:
    result = understand(body)
    assert (result.kind, result.confident, result.b) == ("intro_request", True, _KARIN)


@pytest.mark.parametrize(
    "body",
    [
        "Nimefurahi kuzungumza na Karin Holmberg <karin@ex.test> jana.",
        "Sijawahi kukutana na Karin Holmberg <karin@ex.test>, lakini nimesikia mengi.",
        "Je, umewahi kuzungumza na Karin Holmberg <karin@ex.test>?",
    ],
)
def test_a_meeting_told_of_or_asked_about_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


def test_a_question_about_meeting_one_leaves_the_ask_after_it() -> None:
    result = understand(
        "Umewahi kukutana na Karin Holmberg <karin@ex.test>? Mtambulishe kwa Juma Ali"
        " <juma@ex.test>."
    )
    assert (result.kind, result.a, result.b, result.more) == (
        "intro_request",
        _KARIN,
        _JUMA,
        (),
    )


def test_a_plea_for_help_to_talk_with_one_asks_for_the_writer() -> None:
    result = understand("Tafadhali nisaidie kuzungumza na Karin Holmberg <karin@ex.test>.")
    assert (result.kind, result.confident, result.b) == ("intro_request", True, _KARIN)
