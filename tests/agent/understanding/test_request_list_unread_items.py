"""A list of asks is read whole or asked about: an item carrying the list on ("3. and me
+ Ruth Adebayo (...)", "et moi +", "y yo +", "und ich +", "e eu +", "na mimi na") is read
as the pair it names, and an item naming someone to meet that yields no pair ("me n Ruth
Adebayo", "Ruth Adebayo de la mairie, pas d'email", "a Ruth da prefeitura, sem email")
leaves the pairs found asked about, never acted on. An item that only tells something,
or a list of things, leaves the request as it was."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_RUTH = Party("Ruth Adebayo", None)

# Each language's list head: an ask of the writer's, then a pair with addresses.
_HEADS = {
    "en": (
        "Three things if you can:\n\n1. could you intro me to Joanna Pike "
        "(joanna@pike.example)? she builds bridges\n2. Mei Lin (mei@lin.example) with "
        "Callum Reid (callum@reid.example)\n",
        "Joanna Pike",
        "Callum Reid",
    ),
    "fr": (
        "Trois choses :\n\n1. peux-tu me présenter à Jeanne Pic (joanna@pike.example) ?\n"
        "2. Mei Lin (mei@lin.example) avec Paul Roux (callum@reid.example)\n",
        "Jeanne Pic",
        "Paul Roux",
    ),
    "es": (
        "Tres cosas:\n\n1. ¿me presentas a Juana Pérez (joanna@pike.example)?\n2. Mei Lin "
        "(mei@lin.example) con Pablo Ruiz (callum@reid.example)\n",
        "Juana Pérez",
        "Pablo Ruiz",
    ),
    "de": (
        "Drei Dinge:\n\n1. kannst du mich Johanna Pike (joanna@pike.example) vorstellen?\n"
        "2. Mei Lin (mei@lin.example) mit Paul Roth (callum@reid.example)\n",
        "Johanna Pike",
        "Paul Roth",
    ),
    "pt": (
        "Três coisas:\n\n1. você pode me apresentar à Joana Pires (joanna@pike.example)?\n"
        "2. Mei Lin (mei@lin.example) com o Paulo Rocha (callum@reid.example)\n",
        "Joana Pires",
        "Paulo Rocha",
    ),
    "sw": (
        "Mambo matatu:\n\n1. tafadhali nitambulishe kwa Joana Pike (joanna@pike.example)\n"
        "2. Mei Lin (mei@lin.example) na Juma Ali (callum@reid.example)\n",
        "Joana Pike",
        "Juma Ali",
    ),
}


def _head_pairs(language: str) -> tuple[Pair, Pair]:
    _, first, second = _HEADS[language]
    return (
        Pair(_WRITER, Party(first, "joanna@pike.example")),
        Pair(Party("Mei Lin", "mei@lin.example"), Party(second, "callum@reid.example")),
    )


@pytest.mark.parametrize(
    ("language", "item"),
    [
        (
            "en",
            "3. and me + Ruth Adebayo (she does outreach at the council, no email sorry) "
            "re bringing some year 10s along",
        ),
        ("en", "3. and me & Ruth Adebayo (no email sorry)"),
        ("fr", "3. et moi + Ruth Adebayo (pas d'email, désolée) pour la visite"),
        ("es", "3. y yo + Ruth Adebayo (no tengo su correo) por la visita"),
        ("de", "3. und ich + Ruth Adebayo (keine E-Mail, sorry) wegen des Schulbesuchs"),
        ("pt", "3. e eu + Ruth Adebayo (sem email, desculpa) sobre a visita"),
        ("sw", "3. na mimi na Ruth Adebayo (hana barua pepe) kuhusu ziara"),
    ],
)
def test_an_item_carried_on_is_read_with_the_writer(language: str, item: str) -> None:
    result = understand(f"{_HEADS[language][0]}{item}\n\nthanks")
    assert result.kind == "intro_request"
    assert result.pairs == (*_head_pairs(language), Pair(_WRITER, _RUTH))
    assert not result.confident


@pytest.mark.parametrize(
    ("language", "item"),
    [
        ("en", "3. and then me with Ruth Adebayo (ruth@ade.example) re the school visit"),
        ("fr", "3. et moi avec Ruth Adebayo (ruth@ade.example) pour la visite"),
        ("de", "3. und ich mit Ruth Adebayo (ruth@ade.example) wegen des Schulbesuchs"),
        ("pt", "3. e eu com a Ruth Adebayo (ruth@ade.example) sobre a visita"),
    ],
)
def test_an_item_carried_on_with_an_address_is_acted_on(language: str, item: str) -> None:
    result = understand(f"{_HEADS[language][0]}{item}\n\nthanks")
    assert result.pairs == (
        *_head_pairs(language),
        Pair(_WRITER, Party("Ruth Adebayo", "ruth@ade.example")),
    )
    assert result.confident


@pytest.mark.parametrize(
    ("language", "item"),
    [
        ("en", "3. oh and me n Ruth Adebayo re year 10s"),
        ("en", "3. Ruth Adebayo (council STEM outreach) re bringing some year 10s along"),
        ("en", "3. the council lady Ruth, no email sorry"),
        ("fr", "3. la dame de la mairie, Ruth, pas d'email désolée"),
        ("es", "3. la señora del ayuntamiento, Ruth, sin correo"),
        ("de", "3. die Dame vom Rathaus, Ruth, keine E-Mail, sorry"),
        ("pt", "3. a moça da prefeitura, Ruth, sem email"),
        ("sw", "3. mama wa halmashauri, Ruth, hana barua pepe"),
    ],
)
def test_an_unread_item_naming_someone_leaves_the_list_asked_about(
    language: str, item: str
) -> None:
    result = understand(f"{_HEADS[language][0]}{item}\n\nthanks")
    assert result.kind == "intro_request"
    assert result.pairs[:2] == _head_pairs(language)
    assert not result.confident


@pytest.mark.parametrize(
    ("language", "tail"),
    [
        ("en", "3. she builds bridges at Arup Civil and I'd love her on the panel"),
        ("en", "3. the venue is Eastbridge Hall, 6pm"),
        ("en", "\nAgenda:\n- welcome by Dean Sarah Holt\n- panel with Ruth Adebayo"),
        ("en", "3. I met Tom Ray at the fair last year"),
        ("fr", "3. elle construit des ponts chez Arup Civil"),
        ("es", "3. el evento es en la Sala Eastbridge a las 18h"),
        ("de", "\nAblauf:\n- Begrüßung durch Sarah Holt\n- danach Essen im Rathaus"),
        ("pt", "3. ela constrói pontes na Arup Civil"),
        ("sw", "3. yeye anajenga madaraja huko Arup Civil"),
    ],
)
def test_an_item_that_only_tells_or_a_list_of_things_leaves_the_request(
    language: str, tail: str
) -> None:
    result = understand(f"{_HEADS[language][0]}{tail}\n\nthanks")
    assert result.pairs == _head_pairs(language)
    assert result.confident
