"""A sentence offering to connect the one written to with an unnamed one of the writer's
side ("I'd love to connect you with one of our clients", "würde Sie sehr gerne mit einem
unserer Kunden in Kontakt bringen", "darf ich Sie mit unserem Kunden bekannt machen?") is a
recruiter's or a seller's pitch: no intro the agent could make, so no request."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    "text",
    [
        "I came across your profile and would love to connect you with one of our clients, a"
        " fast-growing AI startup in Munich. They are looking for a Head of Partnerships.",
        "Ich bin auf Ihr Profil aufmerksam geworden und würde Sie sehr gerne mit einem unserer"
        " Kunden in Kontakt bringen \u2013 einem schnell wachsenden KI-Startup aus München.",
        "Darf ich Sie mit unserem Kunden bekannt machen? Hätten Sie 15 Minuten?",
        "J'aimerais vous mettre en relation avec l'un de nos clients, une scale-up parisienne.",
        "Me gustaría ponerle en contacto con uno de nuestros clientes del sector salud.",
        "Gostaria de colocá-lo em contato com um de nossos clientes em São Paulo.",
        "Ningependa kukuunganisha na mmoja wa wateja wetu jijini Nairobi.",
    ],
)
def test_an_offer_with_an_unnamed_one_of_ours_asks_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"


def test_an_offer_in_the_subject_asks_nothing() -> None:
    result = understand(
        "Hallo, hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat?",
        subject="Spannende Position \u2013 darf ich Sie mit unserem Kunden bekannt machen?",
    )
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Could you connect me with one of our clients, Carol Diaz (carol@diaz.example)?",
            Party("Carol Diaz", "carol@diaz.example"),
        ),
        (
            "Please introduce me to our client Carol Diaz (carol@diaz.example).",
            Party("Carol Diaz", "carol@diaz.example"),
        ),
        (
            "Bitte machen Sie mich mit unserem Kunden Herrn Jonas Weber (j.weber@weber.example)"
            " bekannt.",
            Party("Jonas Weber", "j.weber@weber.example"),
        ),
    ],
)
def test_one_of_ours_named_is_read_as_ever(text: str, other: Party) -> None:
    assert confident_b(text) == other


def test_a_name_right_before_keeps_the_vague_ask() -> None:
    """ "Introduce Bob Lee to one of our clients": an ask of the agent naming one side,
    asked about as before, not dropped."""
    result = understand("Could you introduce Bob Lee to one of our clients?")
    assert result.kind == "intro_request"
    assert not result.confident
