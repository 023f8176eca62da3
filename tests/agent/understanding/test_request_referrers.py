"""Someone said to know the one asked for, in a sentence the cue closes ("Could you
introduce me to a lawyer? Ms Huber (huber@...) knows one."): she would refer the writer,
the lawyer is no one named, so the request is asked about, in the six languages. A cue
that goes on ("knows someone who could help"), or said of no party ("She knows one."),
changes nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

REFERRED = [
    "Could you introduce me to a lawyer? Ms Huber (huber@hubers.example) knows one.",
    "Could you introduce me to a good accountant? Priya Raman (priya@lumen.example) might "
    "know someone.",
    "Pourriez-vous me présenter un avocat ? Mme Huber (huber@x.example) en connaît un.",
    "¿Me podrías presentar a un abogado? La Sra. Huber (huber@x.example) conoce a uno.",
    "Könnten Sie mich mit einem Anwalt bekannt machen? Frau Huber (huber@x.example) kennt einen.",
    "Pode me apresentar a um advogado? A Sra. Huber (huber@x.example) conhece um.",
    "Tafadhali nitambulishe kwa wakili. Bi. Huber (huber@x.example) anamjua mmoja.",
]


@pytest.mark.parametrize("ask", REFERRED)
def test_a_party_who_knows_the_one_asked_for_is_asked_about(ask: str) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert not result.confident


KEPT = [
    # The cue goes on: Ann is the one asked for, for whom she knows.
    "Could you introduce me to Priya Raman (priya@lumen.example)? Priya knows someone who "
    "could help with my visa.",
    # Said of no one named, in a sentence of its own.
    "Could you introduce me to Priya Raman (priya@lumen.example)? She knows one.",
    "Könnten Sie mich mit Frau Anna Huber (huber@x.example) bekannt machen? Sie kennt jemanden.",
]


@pytest.mark.parametrize("ask", KEPT)
def test_other_knowing_changes_nothing(ask: str) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert result.confident
