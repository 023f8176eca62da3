"""A first name alone typed in lower case as the person an ask names, in a sentence the
writer opens in lower case ("can u intro me to marco?", "yo can you hook me up w dan
again"): read as that first name and asked about, never certain, the address book not
asked who it is. A word that fills no slot, a noun of people, a word of
the rules or a common word the book does not know stays a word."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    "text",
    [
        "can u intro me to marco? the guy who runs the climbing gym on 5th",
        "can u intro me to marco from the climbing gym? thx",
        "yo can you hook me up w marco again, need to sort out the lease. thx",
        "me presentas a marco? quiero hablar del alquiler del local",
        "tu peux me présenter à marco ? je voudrais lui parler du local",
        "kannst du mich mit marco bekannt machen? es geht um die halle",
        "consegue me apresentar ao marco? quero falar do espaço",
        "unaweza kunitambulisha kwa marco? nataka kuzungumza naye",
    ],
)
def test_a_lower_case_first_name_in_an_asks_slot_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident
    assert result.a == _WRITER
    assert result.b == Party("Marco", None)


@pytest.mark.parametrize(
    "book",
    [
        [Address("Dan Whitaker", "dan@whitakerproperties.com")],
        [
            Address("Dan Whitaker", "dan@whitakerproperties.com"),
            Address("Dan Porter", "dan@porterlaw.com"),
        ],
    ],
)
def test_the_address_book_makes_a_common_word_a_first_name_but_not_certain(
    book: list[Address],
) -> None:
    # Spanish "dan" is a common word: a book that knows a Dan makes it a name; who it is
    # the book does not say, one Dan or two.
    text = "yo can you hook me up w dan again, need to sort out the lease. thx"
    result = understand(text, book=MemoryAddressBook(book))
    assert result.kind == "intro_request"
    assert not result.confident
    assert result.a == _WRITER
    assert result.b == Party("Dan", None)


@pytest.mark.parametrize(
    "text",
    [
        # A common word ("dan" is Spanish) no one in a book is named.
        "yo can you hook me up w dan again, need to sort out the lease. thx",
        # A noun of people after it, or a noun of people itself.
        "can u intro me to procurement people at acme?",
        "can u intro me to founders? trying to raise",
        # After an article or as the second of a list, not right after the phrasing.
        "can you put me in touch with a couple of founders?",
        "would it be possible to meet her and maybe have her as a mentor?",
        # The writer capitalises the sentence: a lower-case word there is a word.
        "Can you intro me to marco? Thanks",
    ],
)
def test_other_lower_case_words_are_no_first_name(text: str) -> None:
    result = understand(text)
    names = [p.name for p in (result.a, result.b) if p is not None and p.name]
    assert not any(
        name[0].islower() or name in {"Dan", "Procurement", "Founders"} for name in names
    )
    assert all(name not in {"Couple", "Maybe", "Marco"} for name in names)
    assert not result.confident
