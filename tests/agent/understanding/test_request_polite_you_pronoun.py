"""French "Pourriez-vous le présenter à X ?": "le" is the one named before, never someone
presented to "vous"."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
WRITER = "ann@lee.example"


def understand(body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = f"Ann Lee <{WRITER}>"
    message["To"] = f"Intro Agent <{AGENT}>"
    message["Subject"] = "Introduction"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


def test_a_pronoun_presented_to_someone_after_the_polite_you_is_the_one_named_before() -> None:
    """ "Pourriez-vous le présenter à Amparo ?" in a list item beside another ask: "le"
    is the one named before in the item, not someone presented to "vous"."""
    result = understand(
        "Bonjour,\n\n1) Notre client Karim Benali (karim@boul.example) cherche de l'écorce. "
        "Pourriez-vous le présenter à Amparo Llorens (amparo@coop.example) ?\n\n"
        "2) Pourriez-vous présenter Franz Huber (franz@sch.example) à Jo Lee "
        "(jo@lee.example) ?\n\nAnn"
    )
    assert result.a is not None and result.a.email == "karim@boul.example"
    assert result.b is not None and result.b.email == "amparo@coop.example"
    assert [(p.a.email, p.b.email) for p in result.more] == [
        ("franz@sch.example", "jo@lee.example")
    ]


@pytest.mark.parametrize(
    "body",
    [
        # Nobody named before "le": no one certain.
        "Bonjour,\n\nPourriez-vous le présenter à Amparo Llorens (amparo@coop.example) ?\n\nAnn",
        # "me le présenter": the writer meets the one named before.
        "Bonjour,\n\nKarim Benali (karim@boul.example) cherche de l'écorce. Pourriez-vous "
        "me le présenter ?\n\nAnn",
    ],
)
def test_the_polite_you_before_a_pronoun_keeps_its_other_readings(body: str) -> None:
    result = understand(body)
    assert not (result.confident and result.a is not None and result.a.email != WRITER)
