"""A question whether someone answered put indirectly, one of ``indirect_leads`` opening it
and the news after it told as a statement ("Don't suppose Priya's surfaced?", "¿Sabes si
Giulia ya contestó?", "Savez-vous si Karim a répondu ?", "Wissen Sie ob Herr Weber
geantwortet hat?", "Será que a Ana já respondeu?", "Unajua kama Otieno amejibu?"), asks
how an intro stands as the question put directly does: in a thread, or beside a wait told
("yo no he visto nada"). The news told without the lead asks nothing, nor does the
question about no intro, or of no one written with a capital."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_ACK = "<intro.4b19e7.ack@introbot.net>"
_QUOTE = (
    "\n\nOn Tue, 11 Nov 2025 at 07:02, Intro Agent <intro@introbot.net> wrote:\n"
    "> I'm writing to Priya Nair now to ask whether she's happy to be introduced.\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Don't suppose Priya's surfaced? Black Friday's a week tomorrow and I'm still "
        "wrapping jars on the landing\n\nB",
        "I don't suppose Priya has replied? Thanks, B",
        "Do you know if Priya Nair got back to you? Cheers",
        "Just wondering if Priya's been in touch. Thanks",
        "Bonjour, savez-vous si Priya a répondu ? Merci",
        "Hola, ¿sabes si Priya ya contestó? Gracias",
        "Hallo, wissen Sie ob Frau Nair schon geantwortet hat? Danke",
        "Olá, será que a Priya já respondeu? Obrigada",
        "Habari, unajua kama Priya amejibu? Asante",
    ],
)
def test_an_indirect_question_in_the_agents_thread_is_status(body: str) -> None:
    result = understand(
        body + _QUOTE,
        subject="Re: Your request: Becca Thorne <> Priya Nair",
        headers={"In-Reply-To": _ACK, "References": _ACK},
    )
    assert result.kind == "command"
    assert result.command == "status"


def test_an_indirect_question_beside_a_wait_told_is_status() -> None:
    result = understand(
        "Ciao!\n\n¿Sabes si Giulia (Spazio Vetrina) ya contestó? Paola te escribió hace "
        "como dos semanas de mi parte y yo no he visto nada. Porfa avísame, que el carnet "
        "ATA tarda y ya casi es diciembre.\n\nGrazie mille,\nX.",
        subject="Giulia?",
    )
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    ("subject", "body", "headers"),
    [
        # The news told, no lead: nothing asked.
        (
            "Re: Your request: Becca Thorne <> Priya Nair",
            "Priya's surfaced, we spoke this morning. Thanks!",
            {"In-Reply-To": _ACK},
        ),
        (
            "Re: Votre demande",
            "Bonjour, Karim a répondu hier. Merci",
            {"In-Reply-To": _ACK},
        ),
        # About no intro, outside a thread, no wait told.
        ("Quarterly figures", "Hi, do you know if Rob replied? Thanks", {}),
        ("Konzert", "Hallo, wissen Sie ob Herr Weber geantwortet hat? Danke", {}),
        # No one written with a capital.
        (
            "Re: Your request",
            "Hi, don't suppose the weather's surfaced? Thanks",
            {"In-Reply-To": _ACK},
        ),
    ],
)
def test_told_news_no_intro_or_no_name_is_no_status(
    subject: str, body: str, headers: dict[str, str]
) -> None:
    result = understand(body, subject=subject, headers=headers)
    assert result.command != "status"


def test_a_new_ask_beside_it_is_read_as_one() -> None:
    result = understand(
        "Do you know if Rob replied? Also, could you introduce me to Carol Diaz "
        "(carol@diaz.example)?",
        subject="RE: Introduction request - Rob Pearce",
        headers={"In-Reply-To": _ACK},
    )
    assert result.kind == "intro_request"
