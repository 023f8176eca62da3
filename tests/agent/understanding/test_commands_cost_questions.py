"""Whether the service costs anything ("Is the service free?", "Na je ni bure ama kuna
malipo?") asks how to use the agent, and so does the colloquial Kenyan Swahili "how does
this thing work" ("Hii kitu inafanya kazi aje exactly?"); something else said to be free
("The venue is free on Tuesday") or working ("Mashine yangu inafanya kazi aje?") asks
nothing of it."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Hi, is the service free? Thanks\n\nRuth",
        "Hello, is it free or is there a charge?",
        "Bonjour, est-ce que ce service est gratuit ?",
        "Hola, ¿es gratis o tiene algún costo?",
        "Hallo, ist der Dienst kostenlos?",
        "Olá, é gratuito ou tem algum custo?",
        "Habari, je ni bure ama kuna malipo?",
    ],
)
def test_whether_the_service_costs_anything_is_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        "Sasa, hii kitu inafanya kazi aje exactly?\n\nAsante,\nWanjiru",
        "Inafanya kazi aje?",
        "Mimi ni mwalimu pale Nakuru. Hii kitu inafanya kazi aje? Nikitaka mtu"
        " atambulishwe kwa mwingine, natuma majina tu ama lazima niwe na email zao?",
    ],
)
def test_colloquial_swahili_how_it_works_is_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        "The venue is free on Tuesday.",
        "La entrada es gratis.",
        "Mashine yangu inafanya kazi aje?",
    ],
)
def test_something_else_free_or_working_is_no_help(text: str) -> None:
    assert understand(text).kind == "not_a_request"


def test_an_ask_beside_the_question_stays_a_request() -> None:
    result = understand(
        "Naomba unitambulishe kwa Otieno Odhiambo (otieno@duka.example). Inafanya kazi aje?"
    )
    assert result.kind == "intro_request"
