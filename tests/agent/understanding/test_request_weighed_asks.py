"""The writer weighing whether an intro is worth making ("I wonder whether it would be
worth introducing ...", ``weighed_asks``) and leaving the call to the agent ("Only go ahead
if it seems sensible", ``judgement_cues``) asks for it, to be asked about: the pair is read
and never acted on. Weighed alone, with no call left to the agent, it asks nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "I'm wondering whether it would be worth introducing our new buyer, Tess Ward"
        " (tess@ward.example), to Omar Haddad (omar@haddad.example). Only go ahead if it"
        " seems sensible.",
        "Not sure whether to introduce Tess Ward (tess@ward.example) to Omar Haddad"
        " (omar@haddad.example). Your call.",
        "Would it make sense to connect Tess Ward (tess@ward.example) with Omar Haddad"
        " (omar@haddad.example)? I'll leave it to your judgement.",
        "Je me demande s'il vaudrait la peine de présenter Tess Ward (tess@ward.example) à"
        " Omar Haddad (omar@haddad.example). Seulement si cela vous semble judicieux.",
        "Me pregunto si valdría la pena presentar a Tess Ward (tess@ward.example) a Omar"
        " Haddad (omar@haddad.example). Solo si te parece sensato.",
        "Ich frage mich, ob es sich lohnt, Tess Ward (tess@ward.example) mit Omar Haddad"
        " (omar@haddad.example) bekannt zu machen. Nur wenn es Ihnen sinnvoll erscheint.",
        "Fico pensando se valeria a pena apresentar a Tess Ward (tess@ward.example) ao Omar"
        " Haddad (omar@haddad.example). Só se lhe parecer sensato.",
        "Najiuliza kama ingefaa kumtambulisha Tess Ward (tess@ward.example) kwa Omar Haddad"
        " (omar@haddad.example). Endelea tu kama unaona inafaa.",
    ],
)
def test_weighed_ask_left_to_the_agent_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident
    emails = {p.email for p in (result.a, result.b) if p is not None}
    assert emails == {"tess@ward.example", "omar@haddad.example"}


@pytest.mark.parametrize(
    "text",
    [
        # Weighed alone: thinking aloud, or a question the writer will act on.
        "Would it be worth introducing Tess Ward (tess@ward.example) to Omar Haddad"
        " (omar@haddad.example)?",
        "Would it make sense to introduce Tess Ward (tess@ward.example) to Omar Haddad"
        " (omar@haddad.example)? Let me know and I'll send the request.",
        "Should I introduce Tess Ward (tess@ward.example) to Omar Haddad (omar@haddad.example)?"
        " Your call.",
    ],
)
def test_weighed_ask_alone_asks_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"


def test_plain_ask_beside_a_judgement_is_still_asked_about() -> None:
    result = understand(
        "Could you introduce Tess Ward (tess@ward.example) to Omar Haddad"
        " (omar@haddad.example)? Only go ahead if it seems sensible."
    )
    assert result.kind == "intro_request"
    assert not result.confident
