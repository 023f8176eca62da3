"""A list item pairing the writer with someone once more ("- myself with Kevin as well,
on the budget line", "moi avec Kevin aussi", "yo con Kevin también", "ich mit Kevin
auch", "eu com o Kevin também", "mimi na Kevin pia") is read as its pair; an item
joining the writer to a party of another pair that yields none ("- me with Kevin too
busy") leaves the list's pairs asked about, never acted on as if read whole."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Pair, Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_JACINTA = Party("Jacinta Achieng", "jacinta@fish.example")
_PIETER = Party("Pieter Hoekstra", "p@aqua.example")
_KEVIN = Party("Kevin Mutai", "kevin@cold.example")

# Each language's list: a plea, two pairs with addresses, then the item under test.
_LISTS = {
    "en": (
        "Hi,\n\nkindly link up the following:\n\n  * Jacinta Achieng (jacinta@fish.example) "
        "with Pieter Hoekstra (p@aqua.example) - net sizing\n\n  * Jacinta again with Kevin "
        "Mutai (kevin@cold.example) - cold rooms\n\n  * {item}\n\nThanks\nAnn Lee"
    ),
    "fr": (
        "Bonjour,\n\nmerci de mettre en relation :\n\n  * Jacinta Achieng (jacinta@fish.example) "
        "avec Pieter Hoekstra (p@aqua.example) - filets\n\n  * Jacinta encore avec Kevin "
        "Mutai (kevin@cold.example) - chambres froides\n\n  * {item}\n\nMerci\nAnn Lee"
    ),
    "es": (
        "Hola,\n\npor favor conecta a:\n\n  * Jacinta Achieng (jacinta@fish.example) con "
        "Pieter Hoekstra (p@aqua.example) - redes\n\n  * Jacinta otra vez con Kevin Mutai "
        "(kevin@cold.example) - cámaras\n\n  * {item}\n\nGracias\nAnn Lee"
    ),
    "de": (
        "Hallo,\n\nbitte vernetzen Sie:\n\n  * Jacinta Achieng (jacinta@fish.example) mit "
        "Pieter Hoekstra (p@aqua.example) - Netze\n\n  * Jacinta nochmal mit Kevin Mutai "
        "(kevin@cold.example) - Kühlräume\n\n  * {item}\n\nDanke\nAnn Lee"
    ),
    "pt": (
        "Olá,\n\npor favor conecte:\n\n  * Jacinta Achieng (jacinta@fish.example) com Pieter "
        "Hoekstra (p@aqua.example) - redes\n\n  * Jacinta de novo com o Kevin Mutai "
        "(kevin@cold.example) - câmaras\n\n  * {item}\n\nObrigado\nAnn Lee"
    ),
    "sw": (
        "Habari,\n\ntafadhali unganisha:\n\n  * Jacinta Achieng (jacinta@fish.example) na "
        "Pieter Hoekstra (p@aqua.example) - nyavu\n\n  * Jacinta tena na Kevin Mutai "
        "(kevin@cold.example) - vyumba baridi\n\n  * {item}\n\nAsante\nAnn Lee"
    ),
}


@pytest.mark.parametrize(
    ("language", "item"),
    [
        ("en", "myself with Kevin as well, on the county budget line"),
        ("en", "me with Kevin too"),
        ("fr", "moi avec Kevin aussi, pour le budget"),
        ("es", "yo con Kevin también, por el presupuesto"),
        ("de", "ich mit Kevin auch, wegen des Budgets"),
        ("pt", "eu com o Kevin também, sobre o orçamento"),
        ("sw", "mimi na Kevin pia, kuhusu bajeti"),
    ],
)
def test_item_said_once_more_is_read_as_its_pair(language: str, item: str) -> None:
    result = understand(_LISTS[language].format(item=item))
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_JACINTA, _PIETER)
    assert result.more == (Pair(_JACINTA, _KEVIN), Pair(_WRITER, _KEVIN))
    assert result.confident


@pytest.mark.parametrize(
    ("language", "item"),
    [
        ("en", "me with Kevin too busy to call"),
        ("fr", "moi avec Kevin aussi occupés cette semaine"),
        ("es", "yo con Kevin también ocupados esta semana"),
        ("de", "ich mit Kevin auch beschäftigt diese Woche"),
        ("pt", "eu com o Kevin também ocupados nesta semana"),
        ("sw", "mimi na Kevin pia tuna shughuli wiki hii"),
    ],
)
def test_item_joining_writer_to_a_party_unread_leaves_pairs_asked_about(
    language: str, item: str
) -> None:
    # The item holds the writer and Kevin yet yields no pair: the list is not read whole.
    result = understand(_LISTS[language].format(item=item))
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    ("language", "item"),
    [
        ("en", "Kevin runs the cold rooms at the landing site"),
        ("fr", "Kevin gère les chambres froides du port"),
        ("es", "Kevin lleva las cámaras del muelle"),
        ("de", "Kevin betreibt die Kühlräume am Hafen"),
        ("pt", "o Kevin cuida das câmaras do porto"),
        ("sw", "Kevin anasimamia vyumba baridi bandarini"),
    ],
)
def test_item_telling_of_a_party_keeps_the_list_certain(language: str, item: str) -> None:
    result = understand(_LISTS[language].format(item=item))
    assert result.kind == "intro_request"
    assert result.more == (Pair(_JACINTA, _KEVIN),)
    assert result.confident
