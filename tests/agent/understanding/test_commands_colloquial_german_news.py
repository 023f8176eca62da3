"""German asks for news said colloquially: "Gibt's da was Neues?", "Gibts was Neues?"
are news questions as "Gibt es was Neues?" is, and "nix" tells the wait as "nichts"
does ("Ich hab bis jetzt nix gehört"), so a mail asking after the one asked for in these
words asks how the intro stands."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Grüß Gott nochmal,\n\nhat sich der Herr Moosbrugger aus Schnepfau schon gemeldet "
        "wegen der Heumilch? Ich hab bis jetzt nix gehört. Gibt's da was Neues oder soll ich "
        "ihn selber anrufen?\n\nFreundliche Grüße\nAnton Wiedemann",
        "Servus,\n\nwegen der Vorstellung mit Frau Keller: gibts da was Neues?\n\nGruß\nAnton",
        "Hallo,\n\nich hab seit letzter Woche nix gehört. Gibt es was Neues?\n\nGruß\nAnton",
    ],
)
def test_colloquial_german_news_question_is_status(text: str) -> None:
    result = understand(
        text,
        sender="Anton Wiedemann <anton.wiedemann@gmx.example>",
        subject="Re: Kontakt Sennerei Bregenzerwald",
    )
    assert result.kind == "command"
    assert result.command == "status"


def test_colloquial_news_question_beside_a_new_ask_is_a_request() -> None:
    result = understand(
        "Hallo,\n\nbitte stellen Sie mich Frau Anna Weber (anna.weber@weber.example) vor. "
        "Gibt's da was Neues bei euch?\n\nGruß\nAnton Wiedemann",
        sender="Anton Wiedemann <anton.wiedemann@gmx.example>",
    )
    assert result.kind == "intro_request"
