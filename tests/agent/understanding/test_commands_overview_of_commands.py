"""Asking for an overview of the commands ("Gibt es irgendwo eine Übersicht der
Befehle?", "Is there an overview of the commands somewhere?") asks how to use the agent,
in each language, beside other questions of how it works too; an overview of something
else asks nothing of it."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Hallo,\n\nGibt es irgendwo eine Übersicht der Befehle?\n\nDanke\nKlara",
        "Hallo,\n\ngibt es eine Übersicht über die Befehle?\n\nGruß\nKlara",
        "Hi,\n\nIs there an overview of the commands somewhere?\n\nThanks\nKlara",
        "Bonjour,\n\nExiste-t-il quelque part un aperçu des commandes ?\n\nMerci\nKlara",
        "Hola,\n\n¿Hay en algún sitio un resumen de los comandos?\n\nGracias\nKlara",
        "Olá,\n\nExiste em algum lado um resumo dos comandos?\n\nObrigada\nKlara",
        "Habari,\n\nKuna muhtasari wa amri mahali fulani?\n\nAsante\nKlara",
        "Hallo,\n\nich habe dich neulich einfach in CC gesetzt und es hat funktioniert,"
        " super. Aber wie funktioniert das eigentlich genau? Was kann ich dir alles"
        " schicken, und kann ich auch nachfragen, was aus einer Anfrage geworden ist? Gibt"
        " es irgendwo eine Übersicht der Befehle?\n\nDanke und Gruß\nKlara",
    ],
)
def test_an_overview_of_the_commands_is_help(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        "Hi,\n\nHere is an overview of the figures for Q3.\n\nKlara",
        "Hallo,\n\nanbei eine Übersicht der Zahlen für das dritte Quartal.\n\nKlara",
    ],
)
def test_an_overview_of_something_else_is_no_help(text: str) -> None:
    assert understand(text).kind == "not_a_request"
