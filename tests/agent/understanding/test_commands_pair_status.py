"""A status question naming the pair it asks after ("¿Hay alguna novedad de lo de Uxía con
la oceanógrafa de Brest?", "du nouveau pour Karim et Mme Roux ?"): two people joined by
one of ``pair_joins`` are the intro, and the question asks how it stands with no ask told
as made before. The thing with someone alone, or with something else, still asks so only
beside an ask told."""

from __future__ import annotations

import pytest

from agent.understanding.commands import status_of_a_thing
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Boas! ¿Hay alguna novedad de lo de Uxía con la oceanógrafa de Brest? Ella me"
        " pregunta cada día en el café, jaja, y yo ya no sé qué decirle.",
        "Hi! What's happening with the thing with Uxía and the oceanographer from Brest?"
        " She keeps asking me at the café.",
        "Salut ! Où en est le truc avec Karim et Mme Roux ? Il me demande tous les jours.",
        "Hallo! Was ist mit der Sache mit Jonas und Frau Keller? Er fragt mich jeden Tag.",
        "Oi! Alguma novidade sobre aquilo do Pedro com a Dra. Lima? Ele me pergunta todo dia.",
        "Habari! Kuna habari yoyote kuhusu suala la Juma na Bi. Neema? Ananiuliza kila siku.",
    ],
)
def test_status_of_a_named_pair_is_status(text: str) -> None:
    assert status_of_a_thing(text) == "status"
    result = understand(text, subject="Brest")
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # One person alone, no ask told: the thing may be anything.
        "Hi! What's happening with the thing with Kevin? He keeps asking me at the café.",
        "Boas! ¿Hay alguna novedad de lo de Uxía? Ella me pregunta cada día en el café.",
        # The thing with something else names no one.
        "Boas! ¿Qué pasa con lo de mañana con la furgoneta? Ella me pregunta cada día.",
        # Joined to something written with a capital that is not a person.
        "Hallo! Was ist mit der Sache mit Jonas und Montag? Er fragt mich jeden Tag.",
        # A new ask beside it is read as one.
        "Boas! ¿Hay alguna novedad de lo de Uxía con la oceanógrafa de Brest? Y ¿me podrías"
        " presentar a Carmen Vidal?",
    ],
)
def test_without_a_pair_or_beside_a_new_ask_it_is_none(text: str) -> None:
    assert status_of_a_thing(text) is None
