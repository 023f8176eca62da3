"""An address given in a sentence saying whose it is by name: "Lucía's address is ...",
"L'adresse de Lucía est ...", "El correo de Lucía es ...", "O e-mail da Lucía é ...",
"A morada da Lucía é ...", "Die Adresse von Lucía ist ...", "Barua pepe ya Lucía ni
...". A French elided article opening the sentence ("L'adresse") is no name, so the
name after it is read. A sentence saying more than whose it is ("... est probablement
...") ties nothing, in every language as in English."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

LUCIA = Party("Lucía Fernández", "lf@studio-norte.example")
TOMAS = Party("Tomás Vidal", "tomas@vidal.example")


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce Lucía Fernández to Tomás Vidal (tomas@vidal.example)? "
        "Lucía's address is lf@studio-norte.example.",
        "Pourriez-vous présenter Lucía Fernández à Tomás Vidal (tomas@vidal.example) ? "
        "L'adresse de Lucía est lf@studio-norte.example.",
        "¿Podrías presentar a Lucía Fernández a Tomás Vidal (tomas@vidal.example)? "
        "El correo de Lucía es lf@studio-norte.example.",
        "Poderia apresentar a Lucía Fernández ao Tomás Vidal (tomas@vidal.example)? "
        "O e-mail da Lucía é lf@studio-norte.example.",
        "Poderia apresentar a Lucía Fernández ao Tomás Vidal (tomas@vidal.example)? "
        "A morada da Lucía é lf@studio-norte.example.",
        "Könnten Sie Lucía Fernández mit Tomás Vidal (tomas@vidal.example) bekannt machen? "
        "Die Adresse von Lucía ist lf@studio-norte.example.",
        "Tafadhali mtambulishe Lucía Fernández kwa Tomás Vidal (tomas@vidal.example). "
        "Barua pepe ya Lucía ni lf@studio-norte.example.",
    ],
)
def test_the_address_said_to_be_hers_is_hers(body: str) -> None:
    result = understand(body)
    assert (result.a, result.b) == (LUCIA, TOMAS)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce Lucía Fernández to Tomás Vidal (tomas@vidal.example)? "
        "Lucía's address is probably lf@studio-norte.example.",
        "Pourriez-vous présenter Lucía Fernández à Tomás Vidal (tomas@vidal.example) ? "
        "L'adresse de Lucía est probablement lf@studio-norte.example.",
        "¿Podrías presentar a Lucía Fernández a Tomás Vidal (tomas@vidal.example)? "
        "El correo de Lucía es probablemente lf@studio-norte.example.",
        "Poderia apresentar a Lucía Fernández ao Tomás Vidal (tomas@vidal.example)? "
        "O e-mail da Lucía é provavelmente lf@studio-norte.example.",
        # A street address, then an office's mailbox: no address of hers.
        "Poderia apresentar a Lucía Fernández ao Tomás Vidal (tomas@vidal.example)? A morada "
        "da Lucía é Rua Augusta 12, e o e-mail do escritório é geral@studio-norte.example.",
        # An old address.
        "Pourriez-vous présenter Lucía Fernández à Tomás Vidal (tomas@vidal.example) ? "
        "L'ancienne adresse de Lucía était lf@studio-norte.example.",
    ],
)
def test_no_certain_address_when_the_sentence_says_more(body: str) -> None:
    result = understand(body)
    assert not result.confident
    assert LUCIA not in (result.a, result.b)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("L'adresse de Lucía est", ["word", "word", "name", "word"]),
        ("D'après Lucía Fernández", ["word", "name"]),
        # A capital after the apostrophe is a name.
        ("L'Oréal et D'Angelo", ["name", "word", "name"]),
    ],
)
def test_an_elided_word_opening_a_sentence_is_no_name(text: str, kinds: list[str]) -> None:
    items = tokenize(text, load_rules())
    assert [item.kind for item in items] == kinds
