"""French asks by putting the subject after its verb with a hyphen ("Pourriez-vous",
"Pouvez-vous"): that "vous" is the one asked, never the person a phrasing opens on, so
"Pourriez-vous le présenter à Amparo ?" is read as "le présenter à Amparo", the one named
before it presented to her, in a mail asking for another intro too."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

SENDER = "Hélène Vidal <h.vidal@fournil.example>"
CLIENT = Party("Karim Benali", "karim@boulange.example")
SUPPLIER = Party("Amparo Llorens", "amparo@coop.example")


@pytest.mark.parametrize(
    "ask",
    [
        "Pourriez-vous le présenter à Amparo Llorens (amparo@coop.example) ?",
        "Pouvez-vous le présenter à Amparo Llorens (amparo@coop.example) ?",
        "Pourriez-vous le mettre en relation avec Amparo Llorens (amparo@coop.example) ?",
    ],
)
def test_pronoun_after_an_inverted_subject_is_the_one_named_before(ask: str) -> None:
    result = understand(
        "Bonjour,\n\n1) Notre client Karim Benali (karim@boulange.example) cherche de"
        f" l'écorce confite. {ask}\n\n2) Et pour moi : j'aimerais rencontrer Franz Huber"
        " (franz@atelier.example).\n\nHélène",
        sender=SENDER,
    )
    assert (result.a, result.b) == (CLIENT, SUPPLIER)
    assert [(p.a, p.b) for p in result.more] == [
        (
            Party("Hélène Vidal", "h.vidal@fournil.example"),
            Party("Franz Huber", "franz@atelier.example"),
        )
    ]
    assert result.confident


def test_pronoun_with_no_one_named_before_stays_uncertain() -> None:
    result = understand(
        "Pourriez-vous le présenter à Amparo Llorens (amparo@coop.example) ?",
        sender=SENDER,
    )
    assert not result.confident


def test_presenting_someone_to_the_reader_asks_nothing() -> None:
    # "I would like to present him to you": "vous" is no inverted subject here.
    result = understand(
        "Bonjour,\n\nNotre client Karim Benali (karim@boulange.example) cherche un"
        " fournisseur. Je voudrais vous le présenter.\n\nHélène",
        sender=SENDER,
    )
    assert not result.confident
