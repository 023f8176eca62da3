"""A cancel of "that" or "it" written above the agent's own acknowledgement ("Bitte
blasen Sie das ab - es hat sich anders ergeben", "Please call it off", "Sitisha hilo")
cancels the intro the agent acknowledged, though neither the subject (the agent's own,
"I asked Jens Wagner whether he would like to meet you") nor the mail names an intro.
Outside a reply to the agent, a negated one, or one beside a new ask, cancels nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_ACK = "<ack-5c1d@introbot.net>"


def _quoted(line: str) -> str:
    return f"\n\nOn Mon, 24 Nov 2025 at 10:03, Intro Agent <intro@introbot.net> wrote:\n> {line}\n"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "AW: Ich habe Jens Wagner gefragt",
            "Guten Tag,\n\nbitte blasen Sie das ab \u2013 wir haben inzwischen einen anderen Weg"
            " gefunden.\n\nViele Grüße\nRalf Schuster",
        ),
        ("AW: Ich habe Jens Wagner gefragt", "Hallo, brechen Sie es ab, danke."),
        ("Re: I asked Jens Wagner", "Hi, please call it off - we sorted it out ourselves."),
        ("Re: J'ai écrit à Jens Wagner", "Bonjour, pouvez-vous l'annuler ? Merci."),
        ("Re: Le escribí a Jens Wagner", "Hola, cancélala por favor, ya no hace falta."),
        ("Re: Escrevi ao Jens Wagner", "Olá, pode cancelar isso, obrigado."),
        ("Re: Nimemwandikia Jens Wagner", "Habari, sitisha hilo, asante."),
    ],
)
def test_cancelling_that_above_the_agents_mail_cancels(subject: str, text: str) -> None:
    result = understand(
        text + _quoted("We have written to Jens Wagner."),
        subject=subject,
        headers={"In-Reply-To": _ACK, "References": _ACK},
    )
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    ("subject", "text", "headers"),
    [
        # A reply in someone else's thread: "that" is their matter, not an intro.
        (
            "AW: Konzert am Freitag",
            "Hallo, bitte blasen Sie das ab, es regnet.",
            {"In-Reply-To": "<x1@orchester.example>"},
        ),
        # Negated: the intro goes on.
        (
            "AW: Ich habe Jens Wagner gefragt",
            "Bitte blasen Sie das nicht ab, wir kennen uns noch nicht.",
            {"In-Reply-To": _ACK},
        ),
        # A new ask beside it.
        (
            "Re: I asked Jens Wagner",
            "Please call it off, and introduce me to Tom Hall (tom@hall.example) instead.",
            {"In-Reply-To": _ACK},
        ),
    ],
)
def test_no_cancel_stays_so(subject: str, text: str, headers: dict[str, str]) -> None:
    result = understand(text, subject=subject, headers=headers)
    assert result.command != "cancel"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "RE: Votre demande : Léa Fournier <> Karim Benali",
            "Bonjour,\n\nJe vous informe que la mise en relation Léa Fournier / Karim Benali "
            "est désormais sans objet : Mme Fournier a finalement signé un bail avec un "
            "propriétaire privé rue d'Austerlitz.\n\nJe vous remercie donc de bien vouloir ne "
            "pas y donner suite.\n\nBien cordialement,\n\nClaire MERCIER",
        ),
        (
            "Re: Your request: Léa Fournier <> Karim Benali",
            "Hello,\n\nJust to let you know that the intro between Léa Fournier and Karim "
            "Benali is now moot: Léa has finally signed a lease with a private landlord on "
            "Austerlitz Street after weeks of viewings.\n\nPlease don't pursue this any "
            "further.\n\nBest regards,\nClaire",
        ),
        (
            "AW: Ihre Anfrage: Léa Fournier <> Karim Benali",
            "Guten Tag,\n\nich möchte Ihnen mitteilen, dass die Vorstellung von Frau Fournier "
            "bei Herrn Benali inzwischen hinfällig ist, da Frau Fournier nach langer Suche "
            "einen Mietvertrag mit einem privaten Vermieter unterschrieben hat.\n\nBitte "
            "nicht weiter verfolgen.\n\nMit freundlichen Grüßen\nClaire Mercier",
        ),
    ],
)
def test_no_longer_needed_with_a_longer_reason_above_the_agents_mail_cancels(
    subject: str, text: str
) -> None:
    result = understand(
        text + _quoted("I'm writing to Léa Fournier and Karim Benali now."),
        subject=subject,
        headers={"In-Reply-To": _ACK, "References": _ACK},
    )
    assert result.kind == "command"
    assert result.command == "cancel"


def test_no_longer_needed_in_a_longer_reply_beside_a_new_ask_is_no_cancel() -> None:
    result = understand(
        "Bonjour,\n\nLa mise en relation avec Karim Benali est désormais sans objet : Mme "
        "Fournier a finalement signé un bail avec un propriétaire privé rue d'Austerlitz. "
        "Pourriez-vous plutôt me présenter à Inès Haddad (ines.haddad@lyon.example) ?\n\n"
        "Bien cordialement,\nClaire" + _quoted("I'm writing to Karim Benali now."),
        subject="RE: Votre demande",
        headers={"In-Reply-To": _ACK, "References": _ACK},
    )
    assert result.command != "cancel"
