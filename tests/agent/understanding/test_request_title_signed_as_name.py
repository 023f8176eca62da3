"""A header name opening on a word the title rules take away ("Col Ferraro") keeps it
when the writer signs with that word alone: "Col" is a first name, not Colonel."""

from __future__ import annotations

from agent.understanding.signatures import signed_title_word
from tests.agent.understanding.test_requests import understand


def test_signed_title_word_is_the_first_name() -> None:
    result = understand(
        "G'day\n\nHow does it work?\n\nCol", sender="Col Ferraro <colferraro@mail.example>"
    )
    assert result.requester is not None and result.requester.name == "Col Ferraro"


def test_a_title_never_signed_alone_is_left_out() -> None:
    result = understand(
        "Could you introduce me to Priya Raman (priya@lumen.example)?\n\nRegards,\nFerraro",
        sender="Col Ferraro <colferraro@mail.example>",
    )
    assert result.requester is not None and result.requester.name == "Ferraro"


def test_helper_keeps_writer_without_the_word_signed() -> None:
    assert signed_title_word("Hi\n\nThanks\nJohn", "Dr John Smith", "John Smith") == "John Smith"
    assert signed_title_word("Col\n\nhello", "Col Smith", "Smith") == "Smith"
    assert signed_title_word("Hi\n\nthanks\nCol", "Col Smith", "Smith") == "Col Smith"
    assert signed_title_word("Hi\n\nthanks\nCol", "Col. Smith", "Smith") == "Smith"
