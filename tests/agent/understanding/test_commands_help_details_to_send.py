"""A question which details or information the writer must send ("what details do I need
to send?", "quelles informations dois-je envoyer ?") asks how to use the agent, in a
mail that names no pair to introduce, beside a longer account of the writer's work."""

from __future__ import annotations

import pytest

from agent.understanding.commands import asks_how_to_use
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Good day,\n\nA colleague told me I can send introductions through this address. I"
        " work with maize farmers who want to be linked to input dealers.\n\nPlease what"
        " details do I need to send? Is the phone number okay?\n\nThank you.",
        "Bonjour, une collègue m'a parlé de ce service. Quelles informations dois-je envoyer"
        " ? Merci.",
        "Hola, una compañera me habló de este servicio. ¿Qué datos tengo que enviar? Gracias.",
        "Guten Tag, eine Kollegin hat mir diese Adresse gegeben. Welche Angaben muss ich"
        " Ihnen schicken? Danke.",
        "Olá, uma colega falou-me deste serviço. Que dados preciso enviar? Obrigada.",
        "Habari, mwenzangu aliniambia kuhusu huduma hii. Nitume taarifa gani? Asante.",
    ],
)
def test_which_details_to_send_asks_for_help(text: str) -> None:
    assert asks_how_to_use(text)
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        "I will send the details you need tomorrow.",
        "Les informations que je dois envoyer sont en pièce jointe.",
    ],
)
def test_details_told_not_asked_ask_nothing(text: str) -> None:
    assert not asks_how_to_use(text)
