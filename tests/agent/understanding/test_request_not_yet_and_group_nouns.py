"""An ask followed by "send nothing yet" (or "not before I've spoken to her") is asked
about, never acted on; and German plural nouns of people ("Eltern", "Fachleuten"),
capitalised as every German noun, name no one, so a question how the service works
that mentions them is a help question."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_PAIR = "Lea Wagner (lea@film.example) mit Mehmet Yilmaz (mehmet@kamera.example)"


@pytest.mark.parametrize(
    "body",
    [
        f"Könnten Sie {_PAIR} bekannt machen? Aber bitte noch nichts rausschicken, bevor"
        " ich nicht mit Lea gesprochen habe.",
        "Could you introduce Lea Wagner (lea@film.example) to Mehmet Yilmaz"
        " (mehmet@kamera.example)? Don't send anything until I've spoken to Lea.",
        "Pourriez-vous présenter Lea Wagner (lea@film.example) à Mehmet Yilmaz"
        " (mehmet@kamera.example) ? N'envoyez rien pour l'instant, j'en parle d'abord à Lea.",
        "¿Podrías presentar a Lea Wagner (lea@film.example) a Mehmet Yilmaz"
        " (mehmet@kamera.example)? No envíes nada todavía, primero hablo con Lea.",
        "Pode apresentar a Lea Wagner (lea@film.example) ao Mehmet Yilmaz"
        " (mehmet@kamera.example)? Não mande nada ainda, vou falar com a Lea primeiro.",
        "Tafadhali mtambulishe Lea Wagner (lea@film.example) kwa Mehmet Yilmaz"
        " (mehmet@kamera.example). Usitume chochote bado, nitaongea na Lea kwanza.",
    ],
)
def test_an_ask_held_until_the_writer_has_spoken_is_asked_about(body: str) -> None:
    result = understand(f"Hallo,\n\n{body}\n\nTobias")
    assert result.kind == "intro_request"
    assert not result.confident


def test_the_same_ask_without_the_hold_is_acted_on() -> None:
    result = understand(f"Hallo,\n\nKönnten Sie {_PAIR} bekannt machen?\n\nTobias")
    assert result.kind == "intro_request"
    assert result.confident


def test_plural_nouns_of_people_name_no_one() -> None:
    result = understand(
        "Hallo,\n\nwie funktioniert dieser Dienst genau? Ich würde gern Eltern mit"
        " Fachleuten vernetzen. Muss ich mich registrieren?\n\nAnja"
    )
    assert result.kind == "command"
    assert result.command == "help"


def test_a_named_person_beside_them_is_still_read() -> None:
    result = understand(
        "Hallo,\n\nkönnten Sie mich mit Frau Dr. Eva Huber (eva@huber.example) bekannt"
        " machen? Sie berät Eltern und Lehrkräfte.\n\nAnja"
    )
    assert result.kind == "intro_request"
    assert result.b is not None
    assert result.b.email == "eva@huber.example"
