"""A newcomer asking what details the agent needs of them ("Welche Angaben brauchen Sie von
mir?", "What details do you need from me?") asks how to use it, in a mail of up to 90
words that names no pair, a signature and other first questions beside it. Beside an ask
naming a pair the ask is read."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "Servus,\n\ndie Kollegin aus dem Vorzimmer hat mir Ihre Adresse weitergegeben. Bevor "
        "ich Ihnen was schicke, kurz ein paar Fragen:\n\n- Welche Angaben brauchen Sie von "
        "mir? Reichen Name und Mailadresse der beiden, oder soll ich einen Grund "
        "dazuschreiben?\n- Geht das auch für Vereine und nicht nur für Firmen?\n- Was "
        "passiert, wenn einer nicht antwortet?\n\nDanke vorab und schöne Grüße\nFlorian Huber",
        "Hi, a colleague passed on your address. Before I send anything: what details do you "
        "need from me? And does it work for charities too?\n\nThanks,\nFlo",
        "Bonjour, avant de vous écrire pour de bon : de quelles informations avez-vous "
        "besoin ? Merci",
        "Hola, antes de mandarte nada: ¿qué datos necesitas? Gracias",
        "Olá, antes de enviar: de que informações precisa? Obrigada",
        "Habari, kabla sijatuma chochote: unahitaji taarifa gani? Asante",
    ],
)
def test_what_details_are_needed_is_help(body: str) -> None:
    result = understand(body)
    assert result.kind == "command"
    assert result.command == "help"


def test_beside_an_ask_naming_a_pair_the_ask_is_read() -> None:
    result = understand(
        "Hi, please introduce me to Carol Diaz (carol@diaz.example). What details do you "
        "need from me?"
    )
    assert result.kind == "intro_request"
