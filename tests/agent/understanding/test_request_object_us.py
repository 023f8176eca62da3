"""An object "us" is never the subject of the verb after it: "Some of us are busy", "the
rest of us have lived in" tell of a group, and a pattern opening on its person ("{A}
should|are|have") pairs no one there, even in a mail to one person with the agent unseen.
"The two of us should meet" and "Could you introduce us?" are read as before."""

from __future__ import annotations

import pytest

from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.requests import understand_request
from tests.agent.understanding.shared_inputs import plain_mail

AGENT = "intro@introbot.net"


def _read(body: str) -> dict[str, object]:
    """Maya's mail to one person, the agent on no header (blind-copied), read."""
    mail = plain_mail(
        body, "Maya Okafor <maya@tinybricks.io>", "Ravi Shah <ravi@shah.example>", "October update"
    )
    return understand_request(mail, AGENT, MemoryAddressBook([])).to_json()


@pytest.mark.parametrize(
    "body",
    [
        "Darnell has built more houses than the rest of us have lived in.",
        "Some of us are busy this week.",
        "All of us were at the factory on Friday.",
        "Most of us would rather build than sell.",
        "None of us could make it to Detroit.",
    ],
)
def test_an_object_us_before_a_verb_pairs_no_one(body: str) -> None:
    assert _read(body)["kind"] == "not_a_request"


@pytest.mark.parametrize(
    "body",
    ["The two of us should meet.", "Could you introduce us?"],
)
def test_the_writer_and_the_one_written_to_are_read_as_before(body: str) -> None:
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["a"] == {"name": "Maya Okafor", "email": "maya@tinybricks.io"}
    assert got["b"] == {"name": "Ravi Shah", "email": "ravi@shah.example"}


def test_a_list_written_to_is_no_party_of_a_buried_ask() -> None:
    got = _read(
        "Darnell has built more houses than the rest of us have lived in.\n\n"
        "Which brings me to the one ask in this email, and it's mostly for my intro agent,"
        " which I've bcc'd: I'd really like to be introduced to Hendrik van der Berg"
        " (hendrik@vdberg-holdings.nl). I want to talk to him about the bridge."
    )
    assert got["kind"] == "intro_request"
    assert got["b"] == {"name": "Hendrik van der Berg", "email": "hendrik@vdberg-holdings.nl"}
    assert got["more"] == []
