"""Someone named as the subject of a wish to be introduced ("Tom Reed (...) is keen to be
introduced to Sara Lind (...)") is the one to introduce, never the writer; "I am keen to
be introduced to ..." still asks for the writer."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
WRITER = "jo@writer.example"


def _read(body: str) -> dict[str, object]:
    mail = EmailMessage()
    mail["From"] = f"Jo Writer <{WRITER}>"
    mail["To"] = AGENT
    mail["Subject"] = "An introduction"
    mail["Message-ID"] = "<subject@writer.example>"
    mail["Date"] = "Mon, 2 Nov 2026 10:00:00 +0000"
    mail.set_content(body)
    return understand_request(
        parse_message(mail.as_bytes()), AGENT, MemoryAddressBook([])
    ).to_json()


def _emails(got: dict[str, object]) -> set[str]:
    return {got["a"]["email"], got["b"]["email"]}  # type: ignore[index]


@pytest.mark.parametrize(
    "body",
    [
        "Tom Reed (tom@reed.example) is keen to be introduced to Sara Lind (sara@lind.example)."
        " Could you introduce them?",
        "Tom Reed (tom@reed.example) wants to be introduced to Sara Lind (sara@lind.example)."
        " Could you introduce them?",
        "Tom Reed (tom@reed.example) is hoping to get introduced to Sara Lind"
        " (sara@lind.example). Could you introduce them?",
        "Tom Reed (tom@reed.example) would love to be introduced to Sara Lind"
        " (sara@lind.example). Could you introduce them?",
        "Tom Reed (tom@reed.example) aimerait beaucoup être présenté à Sara Lind"
        " (sara@lind.example). Pourriez-vous les présenter ?",
        "Tom Reed (tom@reed.example) quiere ser presentado a Sara Lind (sara@lind.example)."
        " ¿Podrías presentarlos?",
        "Tom Reed (tom@reed.example) möchte gerne Sara Lind (sara@lind.example) vorgestellt"
        " werden. Könnten Sie die beiden bekannt machen?",
        "Tom Reed (tom@reed.example) gostaria de ser apresentado à Sara Lind"
        " (sara@lind.example). Você poderia apresentá-los?",
        "Tom Reed (tom@reed.example) angependa kutambulishwa kwa Sara Lind"
        " (sara@lind.example). Tafadhali watambulishe.",
    ],
)
def test_the_one_wishing_is_the_party_not_the_writer(body: str) -> None:
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert _emails(got) == {"tom@reed.example", "sara@lind.example"}
    for pair in got["more"]:  # type: ignore[attr-defined]
        assert WRITER not in {pair["a"]["email"], pair["b"]["email"]}


@pytest.mark.parametrize(
    "body",
    [
        "I am keen to be introduced to Sara Lind (sara@lind.example).",
        "I'd love to be introduced to Sara Lind (sara@lind.example).",
        "I would really like to get introduced to Sara Lind (sara@lind.example).",
    ],
)
def test_the_writer_wishing_is_the_party(body: str) -> None:
    """The near-miss: the writer's own wish keeps the writer a party, as before."""
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is True
    assert _emails(got) == {WRITER, "sara@lind.example"}
