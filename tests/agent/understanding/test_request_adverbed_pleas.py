""" "would appreciate" pleads with an adverb between too ("would very much appreciate",
"would really appreciate", "would greatly appreciate"): an EA writing on behalf of her
CEO, copied, who "met Sofia Lindqvist at Slush and would very much appreciate a proper
introduction", Sofia's address given, asks for the two. It was read with no pair."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_MATTHIAS = Party("Matthias Krüger", "m.krueger@voltara.example")
_SOFIA = Party("Sofia Lindqvist", "sofia.lindqvist@nordlys.example")


@pytest.mark.parametrize("adverb", ["very much", "really", "greatly"])
def test_an_adverb_in_would_appreciate_still_pleads(adverb: str) -> None:
    result = understand(
        "Dear Intro team,\n\nI am writing on behalf of Dr. Matthias Krüger, CEO of Voltara"
        f" (cc'd). Matthias met Sofia Lindqvist at Slush last week and would {adverb}"
        " appreciate a proper introduction.\n\nSofia's e-mail address is"
        " sofia.lindqvist@nordlys.example.\n\nKind regards\n\nFranziska Wendt",
        sender="Franziska Wendt <f.wendt@voltara.example>",
        cc="Matthias Krüger <m.krueger@voltara.example>",
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_MATTHIAS, _SOFIA}
    assert result.confident
