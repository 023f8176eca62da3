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
