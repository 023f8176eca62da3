"""A department's mailbox ("Sekretariat Technik - Stahlwerk Donautal <technik@...>",
"Logistics Desk - Acme <logistics@...>"; ``mailbox_words``) is no one person's: the one
who signs the mail below its closing is the writer ("i.A. Brigitte Aigner"). The
mailbox's name was read as the writer's."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ASK = {
    "de": "Könnten Sie Sabine Huber (sabine@huber.example) mit Joseph Kamau"
    " (jkamau@athi.example) bekannt machen?\n\nMit freundlichen Grüßen\n\ni.A. Brigitte Aigner",
    "en": "Could you introduce Sabine Huber (sabine@huber.example) to Joseph Kamau"
    " (jkamau@athi.example)?\n\nKind regards,\nBrigitte Aigner",
    "fr": "Pourriez-vous présenter Sabine Huber (sabine@huber.example) à Joseph Kamau"
    " (jkamau@athi.example) ?\n\nCordialement,\nBrigitte Aigner",
    "es": "¿Podría presentar a Sabine Huber (sabine@huber.example) a Joseph Kamau"
    " (jkamau@athi.example)?\n\nAtentamente,\nBrigitte Aigner",
    "pt": "Poderia apresentar a Sabine Huber (sabine@huber.example) ao Joseph Kamau"
    " (jkamau@athi.example)?\n\nAtenciosamente,\nBrigitte Aigner",
    "sw": "Tafadhali mtambulishe Sabine Huber (sabine@huber.example) kwa Joseph Kamau"
    " (jkamau@athi.example).\n\nWasalaam,\nBrigitte Aigner",
}


@pytest.mark.parametrize(
    ("lang", "sender"),
    [
        ("de", "Sekretariat Technik - Stahlwerk Donautal <technik@donautal.example>"),
        ("de", "Logistik - Stahlwerk Donautal <logistik@donautal.example>"),
        ("en", "Logistics Desk - Acme Freight <logistics@acme.example>"),
        ("fr", "Service Logistique - Acme <logistique@acme.example>"),
        ("es", "Departamento de Logística - Acme <logistica@acme.example>"),
        ("pt", "Departamento de Logística - Acme <logistica@acme.example>"),
        ("sw", "Idara ya Usafirishaji - Acme <usafirishaji@acme.example>"),
    ],
)
def test_the_signer_of_a_department_mailbox_is_the_writer(lang: str, sender: str) -> None:
    result = understand(f"Guten Tag,\n\n{_ASK[lang]}", sender=sender)
    email = sender.split("<")[1].rstrip(">")
    assert result.requester == Party("Brigitte Aigner", email)
    assert result.confident
