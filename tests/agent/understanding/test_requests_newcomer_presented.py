"""A newcomer presented to a list's readers ("Darf ich vorstellen: unsere neue Kollegin")
is an announcement, no intro request."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(to: str, subject: str, body: str, cc: str | None = None) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Ute Lindner <ute.lindner@ruderclub.example>"
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message.set_content(body + "\n\nUte Lindner\nGeschäftsstelle")
    return understand_request(parse_message(message.as_bytes()), AGENT)


LIST = "Trainerteam <trainer@ruderclub.example>"

ANNOUNCEMENTS = [
    (
        "Darf ich vorstellen: unser neuer Bootswart",
        "Liebe Trainerinnen und Trainer,\n\nab Januar kümmert sich Sven Ahrens um die Boote."
        " Ihr erreicht ihn unter sven@ruderclub.example.",
    ),
    (
        "Neu im Team",
        "Hallo zusammen,\n\nich stelle euch unsere neue Jugendwartin Lea Brandt vor. Sie ist"
        " dienstags im Bootshaus.",
    ),
    (
        "May I introduce: our new boat keeper",
        "Dear coaches,\n\nfrom January Sven Ahrens looks after the boats. You can reach him at"
        " sven@ruderclub.example.",
    ),
    (
        "Je vous présente : notre nouveau responsable du matériel",
        "Chers entraîneurs,\n\nà partir de janvier, Sven Ahrens s'occupe des bateaux. Vous"
        " pouvez le joindre à sven@ruderclub.example.",
    ),
    (
        "Nuevo en el equipo",
        "Queridos entrenadores:\n\nles presento a nuestro nuevo encargado de material, Sven"
        " Ahrens. Está los martes en el club.",
    ),
    (
        "Novo na equipa",
        "Caros treinadores,\n\napresento-vos o nosso novo responsável pelo material, o Sven"
        " Ahrens. Está no clube às terças.",
    ),
    (
        "Nawatambulisha mwenzetu mpya",
        "Makocha wapendwa,\n\nkuanzia Januari Sven Ahrens atashughulikia mashua. Mnaweza"
        " kumwandikia kwa sven@ruderclub.example.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), ANNOUNCEMENTS)
def test_a_newcomer_presented_to_a_list_asks_nothing(subject: str, body: str) -> None:
    assert understand(LIST, subject, body).kind == "not_a_request"


def test_an_ask_beside_the_announcement_still_asks() -> None:
    result = understand(
        LIST,
        "Darf ich vorstellen: unsere neue Jugendwartin",
        "Hallo zusammen,\n\ndarf ich vorstellen: unsere neue Jugendwartin Lea Brandt. Könnten"
        " Sie mich bitte mit Jonas Weber (jonas@weber.example) bekannt machen?",
    )
    assert result.kind == "intro_request"


def test_the_newcomer_presented_to_the_two_written_to_is_an_intro() -> None:
    # Copied intake: the newcomer is one of the two written to.
    result = understand(
        "Anna Weber <anna@weber.example>, Bernd Kraus <bernd@kraus.example>",
        "Darf ich vorstellen",
        "Anna, darf ich vorstellen: unser neuer Kassenwart Bernd Kraus. Ihr solltet euch"
        " wegen der Abrechnung austauschen.",
        cc=AGENT,
    )
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.email == "anna@weber.example"
    assert result.b is not None and result.b.email == "bernd@kraus.example"


def test_the_agent_copied_on_a_newcomer_presented_to_one_is_asked() -> None:
    # "Bonjour Petra, je vous présente notre nouvelle collègue": the agent copied is asked
    # to introduce them, not told news.
    result = understand(
        "Petra Roux <petra@roux.example>",
        "Présentation",
        "Bonjour Petra, je vous présente notre nouvelle collègue Julie Martin"
        " (julie@martin.example), qui reprend le dossier.",
        cc=AGENT,
    )
    assert result.kind == "intro_request"
