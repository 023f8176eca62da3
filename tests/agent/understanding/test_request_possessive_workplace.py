"""Where one works may be said of a company with a possessive ("Dr. Sunil Rao at
Hydro-Québec's research institute (rao.sunil@...)"): the address in brackets after it is
the one's it spells, named before the place, in a phrasing as in a list item re-using a
party ("2) Martin again, with ..."). An address spelling no one named, or more said
after the place, leaves the one named without an address, to be asked about."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")
FIRST = (
    "Two intros please:\n\n1) Prof. Martin Kowalczyk <mk@uni.example> (inventor) and Elena "
    "Marsh <elena@fund.example> - her fund backs batteries.\n\n"
)
MARTIN = Party("Martin Kowalczyk", "mk@uni.example")


def test_a_phrasing_gives_the_address_after_the_company_to_the_one_it_spells() -> None:
    result = understand(
        "Could you introduce me to Sunil Rao at Hydro's research institute "
        "(rao.sunil@ireq.example)?"
    )
    assert (result.a, result.b) == (ME, Party("Sunil Rao", "rao.sunil@ireq.example"))
    assert result.confident


def test_a_list_item_reads_the_one_placed_at_a_companys_unit() -> None:
    result = understand(
        FIRST + "2) Prof. Kowalczyk again, with Dr. Sunil Rao at Hydro's research institute "
        "(rao.sunil@ireq.example), who might be a pilot partner."
    )
    assert (result.a, result.b) == (MARTIN, Party("Elena Marsh", "elena@fund.example"))
    assert result.more == (Pair(MARTIN, Party("Sunil Rao", "rao.sunil@ireq.example")),)
    assert result.confident


@pytest.mark.parametrize(
    "item",
    [
        # The institute's mailbox: whose it is, nobody can say.
        "2) Martin again with Sunil Rao at Hydro's lab (info@ireq.example), a pilot partner.",
        # More said after the place: another one, no address of Sunil's for sure.
        "2) Martin again with Sunil Rao at Hydro's lab and his boss (rao@ireq.example).",
    ],
)
def test_an_address_that_is_not_theirs_for_sure_is_asked_about(item: str) -> None:
    result = understand(FIRST + item)
    assert not result.confident


def test_an_address_spelling_no_one_after_a_company_is_no_ones() -> None:
    result = understand(
        "Could you introduce me to Sunil Rao at Hydro's research institute (info@ireq.example)?"
    )
    assert result.b == Party("Sunil Rao", None)
    assert not result.confident
