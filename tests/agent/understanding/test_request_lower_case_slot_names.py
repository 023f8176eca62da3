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


@pytest.mark.parametrize(
    ("lead", "opens", "joined", "why"),
    [
        (
            "Preciso de duas apresentações:",
            ("o", "a", "a", "o"),
            "com",
            ("barco + prova", "almoço + visita"),
        ),
        (
            "Necesito dos presentaciones:",
            ("el", "la", "la", "el"),
            "con",
            ("barco + cata", "comida + visita"),
        ),
        (
            "J'aurais besoin de deux mises en relation :",
            ("d'abord", "", "puis", ""),
            "avec",
            ("bateau + dégustation", "repas + visite"),
        ),
        (
            "Ich bräuchte zwei Vorstellungen:",
            ("erst", "", "dann", ""),
            "mit",
            ("Boot + probe", "Essen + führung"),
        ),
        (
            "I need two intros:",
            ("first", "", "then", ""),
            "with",
            ("boat + tasting", "lunch + tour"),
        ),
        (
            "Nahitaji utambulisho mara mbili:",
            ("kwanza", "", "kisha", ""),
            "na",
            ("boti + chakula", "ziara + mlo"),
        ),
    ],
)
def test_a_word_after_a_mark_where_names_bear_capitals_is_no_first_name(
    lead: str, opens: tuple[str, str, str, str], joined: str, why: tuple[str, str]
) -> None:
    """An article or a lead word opening a list item ("- o Rui Tavares", "- first Rui
    Tavares") with the names after it written with their capitals: the writer does not
    type in lower case, and "barco + prova" names no one "Prova"."""
    one, two, three, four = (f"{word} " if word else "" for word in opens)
    text = (
        f"{lead}\n\n- {one}Rui Tavares (rui@barcos.test) {joined} {two}Mariana Lopes"
        f" (mariana@valealto.test), {why[0]};\n- {three}Joana Pereira (joana@guias.test)"
        f" {joined} {four}Henrique Matos (henrique@xisto.test), {why[1]}.\n\nCatarina"
    )
    got = understand(text)
    assert got.kind == "intro_request"
    assert got.confident is True
    assert (got.a, got.b) == (
        Party("Rui Tavares", "rui@barcos.test"),
        Party("Mariana Lopes", "mariana@valealto.test"),
    )
    assert [(p.a.name, p.b.name) for p in got.more] == [("Joana Pereira", "Henrique Matos")]
