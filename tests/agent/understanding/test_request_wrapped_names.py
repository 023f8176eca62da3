"""A line wrapped inside a name joins its two parts: the name opens mid-line after a title
or a word of the phrasings, on a line as long as a paragraph's, and its words on the next
line go on there with a mark or a lower-case word ("ao Sr. Eduardo\\nTavares (...)", "mit
Herrn Dr. Matthias\\nBrenner (...) bekannt machen"). A signature's name and the firm on
the line under it stay apart."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "As discussed last week, could you kindly arrange an introduction to Mr Olusegun\n"
            "Adeyemi (o.adeyemi@highcom.example)?",
            Party("Olusegun Adeyemi", "o.adeyemi@highcom.example"),
        ),
        (
            "As discussed with your office last week, could you please introduce me to Olusegun\n"
            "Adeyemi (o.adeyemi@highcom.example)?",
            Party("Olusegun Adeyemi", "o.adeyemi@highcom.example"),
        ),
        (
            "Suite à notre échange, pourriez-vous me présenter à Mme Claire\n"
            "Dubois (c.dubois@lumen.example) ?",
            Party("Claire Dubois", "c.dubois@lumen.example"),
        ),
        (
            "Por medio de la presente, les agradecería que me presentaran a la Dra. Mercedes\n"
            "Quiroga Sanz (mquiroga@qa.example).",
            Party("Mercedes Quiroga Sanz", "mquiroga@qa.example"),
        ),
        (
            "Ich wäre Ihnen daher sehr verbunden, wenn Sie mich mit Herrn Dr. Matthias\n"
            "Brenner (m.brenner@steuer.example) bekannt machen könnten.",
            Party("Matthias Brenner", "m.brenner@steuer.example"),
        ),
        (
            "Venho, por meio deste, solicitar a gentileza de me apresentar ao Sr. Eduardo\n"
            "Tavares (eduardo.tavares@csp.example).",
            Party("Eduardo Tavares", "eduardo.tavares@csp.example"),
        ),
        (
            "Kwa heshima na taadhima, tafadhali niunganishe haraka iwezekanavyo na Bw. Salim\n"
            "Hamad (s.hamad@hamad.example).",
            Party("Salim Hamad", "s.hamad@hamad.example"),
        ),
    ],
)
def test_a_name_wrapped_across_a_line(text: str, b: Party) -> None:
    assert confident_b(text) == b


@pytest.mark.parametrize(
    "signature",
    [
        "Regards, Ann\nAcme Corp",
        "Thanks to Ann\nAcme Corp",
        "Nadia Hussain\nExecutive Assistant to Margaret Hollis\nHollis Grant LLP",
        "Nadia Hussain\nExecutive Assistant to Margaret Hollis\nHollis Grant, London",
    ],
)
def test_a_signature_line_stays_apart(signature: str) -> None:
    result = understand(f"Could you introduce me to Bob Ray (bob@ray.example)?\n\n{signature}")
    names = {party.name for party in (result.a, result.b) if party is not None}
    assert not any(name and ("Acme" in name or "Grant" in name) for name in names)
    assert result.b == Party("Bob Ray", "bob@ray.example")


def test_a_name_ending_its_line_takes_no_next_line() -> None:
    # "Ann" ends a line that the next, a name ending its own line, does not carry on.
    result = understand("Could you introduce me to Dr. Ann\nBob Lee\n\nThanks")
    names = {party.name for party in (result.a, result.b) if party is not None}
    assert "Ann Bob Lee" not in names
    assert not result.confident
