"""A tag that mocks the yes before it ("... said no one ever", "... dijo nadie nunca",
"... sagte niemand jemals") is a hedge, and told in the past it is still no small talk
beside the yes: the reply is never read as yes. News told in the past and a yes with
no such tag stay as they are."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I'd absolutely love another sales call... said nobody ever.",
        "Oui, avec grand plaisir... a dit personne jamais.",
        "Sí, me muero de ganas... dijo nadie nunca.",
        "Ja, ich freue mich riesig... sagte niemand jemals.",
        "Sim, mal posso esperar... disse ninguém nunca.",
        "Ndiyo, nafurahi sana... hakuna mtu aliyewahi kusema.",
    ],
)
def test_a_yes_mocked_by_a_tag_is_never_yes(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer != "yes"
    assert any(e.startswith("hedge:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        # News told in the past, with a negation that mocks nothing.
        "Yes, happy to. Nobody told me the shop had closed, so I went twice.",
        "Sure, go ahead. My neighbour said nothing when the fence fell down.",
        "Ja, gerne. Niemand hat damals etwas gesagt.",
    ],
)
def test_news_told_in_the_past_beside_a_yes_stays_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"
