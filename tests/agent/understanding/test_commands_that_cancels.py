"""A cancel of "that" or "it" in a clause of its own, a reason after its comma ("bitte
brechen Sie das ab, Herr Wagner und ich sind uns gestern über den Weg gelaufen", a
separable German verb around its pronoun; "Merci d'annuler ça", "Please call that off",
"Puede cancelar eso", "Cancele isso", "Sitisha hilo"), cancels the intro of a thread
whose subject names one. A negated one, one beside a new ask, or one in a mail naming
no intro cancels nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_QUOTED = (
    "\n\nOn Mon, 24 Nov 2025 at 10:03, Intro Agent <intro@introbot.net> wrote:\n> Hi,\n>\n"
    "> We have written to Jens Wagner and are waiting for his answer.\n"
)


def _thread(subject: str) -> dict[str, object]:
    return {"subject": subject, "headers": {"In-Reply-To": "<intro-c4e812.ack@introbot.net>"}}


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "AW: Ihre Anfrage: Ralf Schuster / Jens Wagner",
            "Guten Morgen,\n\nbitte brechen Sie das ab, Herr Wagner und ich sind uns gestern"
            " zufällig auf der Messe über den Weg gelaufen. Trotzdem danke!\n\nGruß\nRalf",
        ),
        ("AW: Ihre Anfrage", "Hallo, brich es ab, wir haben uns schon getroffen."),
        ("AW: Ihre Anfrage", "Hallo, sagen Sie das bitte ab, wir kennen uns schon."),
        ("AW: Ihre Anfrage", "Können Sie das abbrechen? Wir kennen uns schon."),
        ("Re: Votre demande", "Bonjour, merci d'annuler ça, on s'est croisés hier."),
        ("Re: Your request", "Hi, please call that off, we met at the fair yesterday."),
        ("Re: Su solicitud", "Hola, puede cancelar eso, nos encontramos ayer."),
        ("Re: O seu pedido", "Olá, cancele isso, encontrámo-nos ontem."),
        ("Re: Ombi lako", "Habari, sitisha hilo, tulikutana jana."),
    ],
)
def test_cancelling_that_in_a_thread_cancels_it(subject: str, text: str) -> None:
    result = understand(text + _QUOTED, **_thread(subject))
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # Negated: the intro goes on.
        ("AW: Ihre Anfrage", "Bitte brechen Sie das nicht ab, wir kennen uns noch nicht."),
        # A new ask beside it.
        (
            "AW: Ihre Anfrage",
            "Brechen Sie das ab und stellen Sie mich bitte Herrn Jonas Vogt"
            " (j.vogt@vogt.example) vor.",
        ),
        # No intro named: a concert, not an intro.
        ("Konzert", "Das Konzert morgen: brechen Sie das ab, es regnet."),
    ],
)
def test_no_cancel_of_the_intro_stays_so(subject: str, text: str) -> None:
    result = understand(text, subject=subject)
    assert result.command != "cancel"
