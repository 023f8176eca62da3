"""A question to several people opens on a verb of the plural "you", written with a capital
as a sentence's first word ("Könnt ihr", "Würdet ihr", "Mngeweza", "Mtaweza"): a verb,
never a name, so the ask after it is read."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

SENDER = "Tjark Olsen <t.olsen@werft.example>"


@pytest.mark.parametrize(
    "ask",
    [
        "Könnt ihr mich bitte mit Greta Voss (g.voss@schweisstechnik.example) bekannt machen?",
        "Würdet ihr mich bitte mit Greta Voss (g.voss@schweisstechnik.example) bekannt machen?",
        "Mngeweza kunitambulisha kwa Greta Voss (g.voss@schweisstechnik.example)?",
        "Mtaweza kunitambulisha kwa Greta Voss (g.voss@schweisstechnik.example)?",
        # The plural "you" asked to bring the writer and someone together ("mnikutanishe",
        # "nikutanisheni", "preséntenme", "presentadme") is the writer's own ask too.
        "Naomba mnikutanishe na Greta Voss (g.voss@schweisstechnik.example).",
        "Tafadhali nikutanisheni na Greta Voss (g.voss@schweisstechnik.example).",
        "Preséntenme a Greta Voss (g.voss@schweisstechnik.example), por favor.",
        "Presentadme a Greta Voss (g.voss@schweisstechnik.example), por favor.",
        "Könntet ihr mich mit Greta Voss (g.voss@schweisstechnik.example) bekannt machen?",
        "Podiam apresentar-me à Greta Voss (g.voss@schweisstechnik.example)?",
        "Pourriez-vous me présenter à Greta Voss (g.voss@schweisstechnik.example) ?",
        "Could you all put me in touch with Greta Voss (g.voss@schweisstechnik.example)?",
    ],
)
def test_plural_you_ask_for_the_writer_is_read(ask: str) -> None:
    result = understand(f"Moin,\n\n{ask}\n\nTjark", sender=SENDER)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (
        Party("Tjark Olsen", "t.olsen@werft.example"),
        Party("Greta Voss", "g.voss@schweisstechnik.example"),
    )
    assert result.confident


def test_plural_you_question_asking_no_intro_stays_none() -> None:
    # "Do you know Greta Voss?": a question, no ask.
    result = understand(
        "Moin,\n\nKennt ihr Greta Voss (g.voss@schweisstechnik.example)?\n\nTjark",
        sender=SENDER,
    )
    assert not result.confident


@pytest.mark.parametrize(
    "ask",
    [
        "Naomba mwakutanishe Juma Ali (juma@ali.example) na Greta Voss (g.voss@sch.example).",
        "Naomba mmkutanishe Juma Ali (juma@ali.example) na Greta Voss (g.voss@sch.example).",
    ],
)
def test_plural_you_imperative_pairing_two_others(ask: str) -> None:
    result = understand(f"Habari,\n\n{ask}\n\nTjark", sender=SENDER)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (
        Party("Juma Ali", "juma@ali.example"),
        Party("Greta Voss", "g.voss@sch.example"),
    )
    assert result.confident
