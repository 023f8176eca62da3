"""Another's errand for the writer ("X asked me to ...") of no meeting, beside an ask
naming the writer, is the writer's reason: the writer is the one to introduce."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request
from tests.agent.understanding.shared_inputs import request_to_agent

AGENT = "intro@introbot.net"
WRITER = "ann@lee.example"


def understand(body: str) -> RequestResult:
    return understand_request(request_to_agent(body, WRITER, AGENT, "Introduction"), AGENT)


@pytest.mark.parametrize(
    "body",
    [
        "Could you connect me w/ Omar Haddad (omar@haddad.example)? The council asked me "
        "to take on a few more schools in his district.\n\nAnn",
        "Pourriez-vous me présenter Omar Haddad (omar@haddad.example) ? La mairie m'a "
        "demandé de reprendre quelques écoles de son secteur.\n\nAnn",
        "¿Me podrías presentar a Omar Haddad (omar@haddad.example)? El ayuntamiento me "
        "pidió que me ocupe de unas escuelas más en su zona.\n\nAnn",
        "Könnten Sie mich mit Omar Haddad (omar@haddad.example) bekannt machen? Die "
        "Gemeinde hat mich gebeten, ein paar Schulen in seinem Bezirk zu übernehmen.\n\nAnn",
        "Pode me apresentar ao Omar Haddad (omar@haddad.example)? A câmara me pediu para "
        "assumir mais algumas escolas na zona dele.\n\nAnn",
        "Naomba unitambulishe kwa Omar Haddad (omar@haddad.example). Halmashauri "
        "ameniomba nichukue shule chache zaidi katika wilaya yake.\n\nAnn",
    ],
)
def test_an_errand_of_no_meeting_leaves_the_writer_the_one_to_introduce(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.email == WRITER
    assert result.b is not None and result.b.email == "omar@haddad.example"


@pytest.mark.parametrize(
    "body",
    [
        # The errand is to meet someone: the writer goes between.
        "Could you connect me w/ Omar Haddad (omar@haddad.example)? Sara asked me to get "
        "her an intro to him.\n\nAnn",
        "Pourriez-vous me présenter Omar Haddad (omar@haddad.example) ? Sara m'a demandé "
        "de la présenter.\n\nAnn",
        # Any other cue than an errand: another is written for.
        "I'm writing on behalf of Richard. Could you introduce me to Omar Haddad "
        "(omar@haddad.example)? My boss asked me to find a vet.\n\nAnn",
        # No ask names the writer.
        "Could you introduce Omar Haddad (omar@haddad.example) to Jo Park (jo@park.example)?"
        " My boss asked me to find a vet.\n\nAnn",
    ],
)
def test_an_errand_to_meet_or_another_cue_leaves_the_writer_no_party(body: str) -> None:
    result = understand(body)
    assert not (result.a is not None and result.a.email == WRITER and result.confident)
