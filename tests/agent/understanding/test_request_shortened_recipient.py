"""A first name and surname in the text naming one on the mail's headers by a short form
of the first name ("Raj Iyer" beside Rajesh Iyer <...> on To) is that one, with the
headers' name and address: one pair, not a second one with the name unaddressed. Another
surname, or the full name written in the text too, names someone else."""

from __future__ import annotations

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import AGENT, understand

TO = "Tess Ward <tess@ward.example>, Christopher Okafor <cokafor@vats.example>"


def test_short_first_name_with_surname_is_the_recipient() -> None:
    result = understand(
        "Tess, Chris -\n\nTess, meet Chris. Chris Okafor sells and services cheese vats."
        " Chris, Tess runs a creamery.\n\nYou two should talk about the vat she's"
        " pricing.\n\nAnn",
        to=TO,
        cc=f"Intro Agent <{AGENT}>",
    )
    assert result.kind == "intro_request"
    assert result.confident
    assert {result.a, result.b} == {
        Party("Tess Ward", "tess@ward.example"),
        Party("Christopher Okafor", "cokafor@vats.example"),
    }
    assert result.more == ()


def test_short_first_name_with_another_surname_is_not_the_recipient() -> None:
    result = understand(
        "Tess, meet Chris Okoro. Chris Okoro sells cheese vats. You two should talk.\n\nAnn",
        to=TO,
        cc=f"Intro Agent <{AGENT}>",
    )
    parties = {p for p in (result.a, result.b) if p is not None}
    assert Party("Christopher Okafor", "cokafor@vats.example") not in parties or (
        not result.confident
    )


def test_full_name_in_the_text_too_keeps_the_short_one_apart() -> None:
    result = understand(
        "Daniela Lee, meet Dan Lee, he sells cheese vats. You two should talk.\n\nAnn",
        to="Tess Ward <tess@ward.example>, Daniela Lee <dlee@vats.example>",
        cc=f"Intro Agent <{AGENT}>",
    )
    assert not result.confident
