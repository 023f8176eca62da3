"""Names without their capitals bounded by the address after them: one whose local part
spells the whole name, a first name heading it, and then a word of the trade
("craigholroyd.plumbing@") is as certain as one that spells the name alone; and a name
before a first address leaves the next address's own name to be looked for."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "HELLO, COULD YOU INTRODUCE MY LAD CRAIG HOLROYD (craigholroyd.plumbing@gmail.com) "
            "TO A CHAP CALLED NEIL BRIGGS WHO RUNS BRIGGS HEATING IN SKIPTON HIS EMAIL IS "
            "neil@briggsheating.example . CRAIG WANTS HIS GAS SAFE TICKET. THANKS DEREK",
            Party("Craig Holroyd", "craigholroyd.plumbing@gmail.com"),
            Party("Neil Briggs", "neil@briggsheating.example"),
        ),
        (
            "could you introduce my son craig holroyd (craigholroyd.plumbing@gmail.com) to "
            "priya shah (priya.shah@heating.example)? he wants to train with her. thanks",
            Party("Craig Holroyd", "craigholroyd.plumbing@gmail.com"),
            Party("Priya Shah", "priya.shah@heating.example"),
        ),
    ],
)
def test_a_lower_case_name_its_address_spells_before_a_trade_word_is_certain(
    text: str, first: Party, second: Party
) -> None:
    result = understand(text, sender="DEREK HOLROYD <derek.holroyd@yahoo.example>")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {first, second}
    assert result.confident


def test_a_pair_of_plain_words_spelled_before_more_stays_unsure() -> None:
    result = understand(
        "COULD YOU INTRODUCE ME TO HIGH STREET (highstreet.bakery@gmail.com)? THEY BAKE "
        "BREAD AND I SELL FLOUR. THANKS DEREK",
        sender="DEREK HOLROYD <derek.holroyd@yahoo.example>",
    )
    assert not result.confident


def test_a_name_spelled_only_in_part_before_more_stays_unsure() -> None:
    result = understand(
        "could you put me in touch with the hairdresser on rua augusta, ana paula ribeiro "
        "(anapaula.cabelos@gmail.com)? thanks",
    )
    assert result.kind == "intro_request"
    assert not result.confident
