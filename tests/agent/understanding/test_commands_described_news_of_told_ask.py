"""A question whether someone answered asks how an intro told of stands when the mail tells
the ask after the intro noun it names ("the intro I asked for on Monday", "la presentación
que te pedí", "die Vorstellung, um die ich gebeten hatte", "utambulisho niliouomba"), the one
asked for described rather than named ("did the wine buyer from the Hong Kong fair ever get
back to you?"); without the ask told, or beside a new ask, it is no status."""

from __future__ import annotations

import pytest

from agent.understanding.commands import told_ask_status
from tests.agent.understanding.test_requests import understand

_STATUS = [
    "Hi, did the wine buyer from the Hong Kong fair ever get back to you? It's about the "
    "intro I asked for on Monday, to Grace Liu. No rush, I'll be travelling until the 20th "
    "anyway and can chase her myself if it comes to that.\n\nTom",
    "Bonjour, est-ce que l'importateur de Singapour a fini par répondre ? C'est pour la mise "
    "en relation que je vous ai demandée mardi dernier, avec Wei Jie Tan. Rien d'urgent, je "
    "me demande seulement si je dois le relancer moi-même avant le salon.\n\nClaire",
    "Hola, ¿el importador de Singapur ya te contestó? Es por la presentación que te pedí el "
    "martes pasado, con Wei Jie Tan. No hay apuro, solo quiero saber si lo llamo yo antes de "
    "la feria o lo dejo en tus manos.\n\nLucía",
    "Hallo, hat der Importeur aus Singapur geantwortet? Es geht um die Vorstellung, um die "
    "ich letzten Dienstag gebeten hatte, mit Wei Jie Tan. Keine Eile, ich frage mich nur, ob "
    "ich ihn vor der Messe selbst anrufen soll oder ob ich es dir überlasse.\n\nJonas",
    "Oi, o importador de Singapura já te respondeu? É sobre a apresentação que eu pedi na "
    "terça passada, com o Wei Jie Tan. Sem pressa, só queria saber se ligo eu mesma antes da "
    "feira ou deixo contigo.\n\nAna",
    "Habari, yule muagizaji wa Singapore amekujibu? Ni kuhusu utambulisho niliouomba Jumanne "
    "iliyopita, kwa Wei Jie Tan. Hakuna haraka, nataka tu kujua kama nimpigie mwenyewe kabla "
    "ya maonyesho au nikuachie wewe.\n\nAmina",
]


@pytest.mark.parametrize("text", _STATUS)
def test_a_described_one_answering_an_ask_told_after_its_noun_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


def test_the_ask_told_after_its_noun_tells_of_an_earlier_ask() -> None:
    assert told_ask_status("The intro I asked for last week, to Grace Liu. Any news?") == "status"


def test_a_described_one_without_the_ask_told_asks_nothing() -> None:
    # News of something else: a price list, no intro told of.
    result = understand(
        "Hi, did the wine buyer from the Hong Kong fair ever get back to you? She promised to "
        "send me her price list for the new vintages and I still need it for the tasting on "
        "Thursday next week in Leeds.\n\nTom"
    )
    assert result.kind != "command"


def test_a_new_ask_beside_it_stays_the_request() -> None:
    result = understand(
        "Hi, did the wine buyer from the Hong Kong fair ever get back to you? Could you also "
        "introduce me to Grace Liu (grace@liu.example)? I asked for that intro on Monday."
    )
    assert result.kind == "intro_request"


def test_the_described_one_must_be_asked_about() -> None:
    # Told, not asked: no question mark, so no one is asked after.
    assert (
        told_ask_status(
            "The intro I asked for last week went well. The importer guy in Singapore got "
            "back to you, he says."
        )
        is None
    )


def test_a_description_without_a_determiner_is_no_one_asked_for() -> None:
    assert (
        told_ask_status(
            "Did anything in the Singapore market ever get back to you? It was the intro I "
            "asked for last week."
        )
        is None
    )
