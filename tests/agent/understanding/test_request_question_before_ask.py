"""A question opening the mail ("Hast du Lotte schon mal getroffen?") hides no ask after
it: "Bitte stell sie Arne Falk (...) vor" asks to introduce the one written about, the
German "sie" after the familiar "stell" being "her", as "introduce her to" is in every
language. With no one named before it no one is certain; the formal "stellen Sie" is
"you"."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ARNE = Party("Arne Falk", "arne@falk.example")


@pytest.mark.parametrize(
    ("body", "a"),
    [
        (
            "Hast du Lotte schon mal getroffen? Bitte stell sie Arne Falk (arne@falk.example)"
            " vor, die beiden arbeiten an Wasserfiltern. Lotte erreichst du unter"
            " lotte@brink.example.",
            Party("Lotte", "lotte@brink.example"),
        ),
        (
            "Kennst du Lotte Brink (lotte@brink.example)? Stell sie doch bitte Arne Falk"
            " (arne@falk.example) vor.",
            Party("Lotte Brink", "lotte@brink.example"),
        ),
        (
            "Kennen Sie Frau Lotte Brink (lotte@brink.example)? Bitte stellen Sie sie Arne"
            " Falk (arne@falk.example) vor.",
            Party("Lotte Brink", "lotte@brink.example"),
        ),
        (
            "Have you ever met Lotte Brink? Please introduce her to Arne Falk"
            " (arne@falk.example). Lotte is lotte@brink.example.",
            Party("Lotte Brink", "lotte@brink.example"),
        ),
        (
            "Tu connais Lotte Brink ? Présente-la à Arne Falk (arne@falk.example). Son"
            " adresse : lotte@brink.example.",
            Party("Lotte Brink", "lotte@brink.example"),
        ),
    ],
)
def test_a_question_before_the_ask_hides_nothing(body: str, a: Party) -> None:
    result = understand(f"{body}\n\nAnn")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (a, _ARNE)
    assert result.confident


def test_her_with_no_one_named_before_is_no_one_certain() -> None:
    result = understand("Bitte stell sie Arne Falk (arne@falk.example) vor.\n\nAnn")
    assert result.kind == "intro_request"
    assert not result.confident


def test_the_formal_you_is_no_one_written_about() -> None:
    result = understand("Bitte stellen Sie mich Arne Falk (arne@falk.example) vor.\n\nAnn")
    assert (result.a, result.b) == (Party("Ann Lee", "ann@lee.example"), _ARNE)
    assert result.confident
