"""A role in brackets closing the writer's display name ("Ali Kombo (Katibu)", "Ann Lee
(Secretary)", "Marie Roux (Secrétaire)", "Jonas Weber (Sekretär)", "Ana Ruiz
(Secretaria)", "João Lima (Secretário)") is no part of their name: the requester, and the
"me" of their ask, is the name before it, as an employer or a department in brackets is
("Ali Kombo (Madereva Pwani)", see ``natural_name``). A bracket after a single word
("Kombo (Katibu)", "Acme (UK)") may complete it, and is left as it is."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

ASKS = [
    ("Katibu", "Naomba unitambulishe kwa Bi. Mary Akinyi (mary.akinyi@border.example)."),
    ("Secretary", "Could you introduce me to Mary Akinyi (mary.akinyi@border.example)?"),
    ("Secrétaire", "Pourriez-vous me présenter à Mary Akinyi (mary.akinyi@border.example) ?"),
    ("Sekretär", "Könnten Sie mich bitte Mary Akinyi (mary.akinyi@border.example) vorstellen?"),
    ("Secretario", "¿Me podrías presentar a Mary Akinyi (mary.akinyi@border.example)?"),
    ("Secretário", "Pode apresentar-me à Mary Akinyi (mary.akinyi@border.example)?"),
    ("General Secretary", "Could you introduce me to Mary Akinyi (mary.akinyi@border.example)?"),
]


@pytest.mark.parametrize(("role", "ask"), ASKS)
def test_a_role_in_brackets_after_the_writers_name_is_no_part_of_it(role: str, ask: str) -> None:
    result = understand(
        f"{ask}\n\nAli Kombo", sender=f'"Ali Kombo ({role})" <katibu@madereva.example>'
    )
    assert result.requester == Party("Ali Kombo", "katibu@madereva.example")
    assert result.a == Party("Ali Kombo", "katibu@madereva.example")
    assert result.b == Party("Mary Akinyi", "mary.akinyi@border.example")


@pytest.mark.parametrize(
    ("sender", "name"),
    [('"Ali Kombo (Madereva Pwani)"', "Ali Kombo"), ('"Kombo (Katibu)"', "Kombo (Katibu)")],
)
def test_an_employer_in_brackets_goes_and_a_bracket_after_one_word_stays(
    sender: str, name: str
) -> None:
    result = understand(
        "Could you introduce me to Mary Akinyi (mary.akinyi@border.example)?\n\nAli",
        sender=f"{sender} <katibu@madereva.example>",
    )
    assert result.requester is not None
    assert result.requester.name == name
