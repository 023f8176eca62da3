"""A job title written with capitals, its last word a role word the text reads as a plain
word ("our Careers Lead, Fiona MacLeod (...)", "our Sales Manager, ..."), then a comma
and a name written with an address: the one named is the one the title describes, not a
person called "Careers"."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

SENDER = "Gillian Thorne <g.thorne@school.example>"
ME = Party("Gillian Thorne", "g.thorne@school.example")
FIONA = Party("Fiona MacLeod", "f.macleod@school.example")


@pytest.mark.parametrize(
    "ask",
    [
        "Please introduce me to our Careers Lead, Fiona MacLeod (f.macleod@school.example).",
        "Please introduce me to our Sales Manager, Fiona MacLeod (f.macleod@school.example).",
        "Pourriez-vous me présenter à notre Chef Carrières, Fiona MacLeod"
        " (f.macleod@school.example) ?",
        "¿Podrías presentarme a nuestra Jefa de Carreras, Fiona MacLeod"
        " (f.macleod@school.example)?",
        "Könnten Sie mich mit unserer Careers Managerin, Fiona MacLeod"
        " (f.macleod@school.example), bekannt machen?",
    ],
)
def test_title_before_a_comma_describes_the_one_named_with_an_address(ask: str) -> None:
    result = understand(f"Hello,\n\n{ask}\n\nGillian", sender=SENDER)
    assert (result.a, result.b) == (ME, FIONA)
    assert result.confident


@pytest.mark.parametrize(
    "ask",
    [
        # No address: who the title's holder is stays to be asked.
        "Please introduce me to our Careers Lead, Fiona MacLeod.",
        # "and" joins another: the title names no one certain.
        "Please introduce me to our Sales Manager, and Fiona MacLeod (f.macleod@school.example).",
    ],
)
def test_title_with_no_addressed_name_after_its_comma_stays_uncertain(ask: str) -> None:
    assert not understand(f"Hello,\n\n{ask}\n\nGillian", sender=SENDER).confident
