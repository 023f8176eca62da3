"""A help phrase in the subject ("msaada kidogo", "Help", "Hilfe") over a body that asks
for an intro titles that ask: the mail is the request, not a question for help."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "msaada kidogo",
            "Naomba uniunganishe na Otieno, yule jamaa wa logistics pale Mombasa. Sina "
            "email yake.\n\nTunataka kusafirisha mizigo kwenda Kampala mwezi ujao.",
        ),
        ("Msaada", "Tafadhali umuunganishe Amina na Juma, wote wanafanya kazi ya kahawa."),
        ("help", "Could you introduce me to Otieno? We want to ship goods to Kampala."),
        ("Hilfe", "Kannst du mich mit Jonas Weber vernetzen? Wir suchen einen Spediteur."),
        ("aide", "Pourriez-vous me présenter à Karim Haddad ? Il connaît le fret."),
        ("ayuda", "¿Podrías presentarme a Lucía Pérez? Busco un transportista."),
        ("ajuda", "Pode me apresentar ao Rui Costa? Procuro um transitário."),
    ],
)
def test_a_help_subject_over_an_ask_is_the_ask(subject: str, body: str) -> None:
    result = understand(body, subject=subject)
    assert result.kind == "intro_request"
    assert result.command is None


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("msaada", "Sijui nitumie nini. Nisaidie tafadhali."),
        ("help", "I'm new here, what should I send you?"),
        ("Hilfe", "Ich bin neu hier."),
        ("msaada kidogo", "Habari, sijui mfumo huu."),
    ],
)
def test_a_help_subject_over_no_ask_is_still_help(subject: str, body: str) -> None:
    result = understand(body, subject=subject)
    assert result.kind == "command"
    assert result.command == "help"
