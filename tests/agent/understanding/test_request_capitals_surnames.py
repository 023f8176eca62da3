"""A surname a formal letter writes in capitals beside a listed first name ("Maître
Hélène BONNARD", "Herrn Dr. Gerhard PICHLER"), or first before it ("Dr. SCHNEIDER
Wolfgang"), is part of the name, read given name first and in the case people write
it. Only the first name was read, or no one."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from agent.understanding.request_recased import _capitals_surnames
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import confident_b

_ASKS = [
    (
        "I would be grateful if you could introduce me to Dr. SCHNEIDER Wolfgang"
        " (w.schneider@sp.example).",
        Party("Wolfgang Schneider", "w.schneider@sp.example"),
    ),
    (
        "Pourriez-vous me présenter à Maître Hélène BONNARD (h.bonnard@not.example) ?",
        Party("Hélène Bonnard", "h.bonnard@not.example"),
    ),
    (
        "¿Podría presentarme a la Sra. María GONZÁLEZ (m.gonzalez@not.example)?",
        Party("María González", "m.gonzalez@not.example"),
    ),
    (
        "Könnten Sie mich mit Herrn Dr. Gerhard PICHLER (g.pichler@ra.example) bekannt machen?",
        Party("Gerhard Pichler", "g.pichler@ra.example"),
    ),
    (
        "Pode apresentar-me ao Dr. João FERREIRA (j.ferreira@adv.example)?",
        Party("João Ferreira", "j.ferreira@adv.example"),
    ),
    (
        "Naomba unitambulishe kwa Bw. Daudi KIMARO (d.kimaro@adv.example).",
        Party("Daudi Kimaro", "d.kimaro@adv.example"),
    ),
]


@pytest.mark.parametrize(("body", "other"), _ASKS)
def test_a_surname_in_capitals_is_part_of_the_name(body: str, other: Party) -> None:
    assert confident_b(body) == other


@pytest.mark.parametrize(
    "text",
    [
        "Thanks Anna, FYI the NHS Jonathan Reed team is on it.",
        "Hi Tom OK, see you at the AGM.",
        "Anna CEO of Acme",
    ],
)
def test_capitals_that_are_no_surname_are_kept(text: str) -> None:
    assert _capitals_surnames(text, load_rules()) == text
