"""The period of a title before a name written with a capital ("Mr.", "Dr.", "Sra.",
"Mme.", "Hr.", "Bw.") ends no sentence: "Has Mr. Pfeiffer replied?" asks how an intro
stands as "Has Mr Pfeiffer replied?" does. A period after a word that is no title, or a
title written in lower case, still ends one."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "Has Mr. Pfeiffer replied?",
        "Hi, has Mrs. Pfeiffer replied yet? Thanks",
        "Has Dr. Pfeiffer gotten back to you?",
        "Hello,\n\nHas Prof. Pfeiffer replied to your email?\n\nBest",
        "¿Ya respondió el Sr. Pfeiffer?",
        "O Sr. Pfeiffer já respondeu?",
        "A Sra. Pfeiffer já respondeu?",
        "Est-ce que Mme. Pfeiffer a répondu ?",
        "Hat Hr. Pfeiffer schon geantwortet?",
        "Hat Dr. Pfeiffer schon geantwortet?",
    ],
)
def test_a_titled_name_asked_after_is_status(body: str) -> None:
    result = understand(f"{body}\n\nMarta", subject="Quick question")
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "body",
    [
        # The title's period ends nothing, but nothing asks after anyone.
        "Thanks for your help with Mr. Pfeiffer. I'll call you tomorrow.",
        # A lower-case "me." ends its sentence: the ask stays an ask.
        "Please introduce me. Has Ana Souza (ana@souza.example) got time?",
    ],
)
def test_no_status_asked_stays_so(body: str) -> None:
    result = understand(f"{body}\n\nMarta", subject="Quick question")
    assert result.command != "status"
