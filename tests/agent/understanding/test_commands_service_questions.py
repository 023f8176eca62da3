"""A question how the service works or what kind of message may be sent to it ("Olá, como
funciona esse serviço? Que tipo de mensagem eu posso mandar pra vocês?") asks how to use
the agent; what to send someone else ("... mandar pra ela?") asks nothing of it."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Olá, como funciona esse serviço? Que tipo de mensagem eu posso mandar pra vocês?"
        " Obrigada\n\nRosa",
        "Hi! What kind of message can I send you?",
        "Bonjour, quel type de message puis-je vous envoyer ?",
        "Hola, ¿cómo funciona este servicio?",
        "Hola, ¿qué tipo de mensaje puedo enviarles?",
        "Hallo, wie funktioniert dieser Dienst?",
        "Hallo, was für Nachrichten kann ich Ihnen schicken?",
        "Habari, ujumbe wa aina gani naweza kuwatumia?",
    ],
)
def test_how_the_service_works_or_what_to_send_it_is_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


def test_what_to_send_someone_else_is_no_help() -> None:
    result = understand(
        "Que tipo de mensagem eu posso mandar pra ela? Quero conhecer a Rita Lopes"
        " (rita@lopes.example)."
    )
    assert result.kind == "intro_request"
