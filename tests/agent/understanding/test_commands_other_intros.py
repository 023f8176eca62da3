"""A cancel in the thread of one intro that means another: the subject's id is not taken."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command

SUBJECT = "Re: Introduction: Alice Smith and Bob Jones [#a1b2c3]"


@pytest.mark.parametrize(
    "text",
    [
        "Oh and the other request, the one with Bergeron, forget it.",
        "Au fait, l'autre demande, celle avec l'agronome Bergeron, oublie ça.",
        "Por cierto, la otra solicitud, la de Bergeron, cancélala.",
        "Übrigens, die andere Anfrage mit Herrn Bergeron bitte abbrechen.",
        "Ah, e o outro pedido, o do Bergeron, pode cancelar.",
        "Na lile ombi lingine la Bergeron, tafadhali lifute.",
        "Cancel the intro to Bergeron, not this one.",
    ],
)
def test_a_cancel_of_the_other_request_never_takes_the_threads_id(text: str) -> None:
    found = detect_command(SUBJECT, text, in_reply_to=True)
    assert found is None or found.target != "#a1b2c3"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Cancel my request for Bergeron instead.", "my request for Bergeron"),
        ("Cancela lo de Javier Morales.", "lo de Javier Morales"),
        ("Bitte die Vorstellung mit Herrn Krüger abbrechen.", "die Vorstellung mit Herrn Krüger"),
        ("The Bergeron intro can be cancelled.", None),
    ],
)
def test_a_cancel_naming_someone_the_subject_does_not_takes_what_it_names(
    text: str, target: str | None
) -> None:
    found = detect_command(SUBJECT, text, in_reply_to=True)
    assert found is not None
    assert (found.command, found.target) == ("cancel", target)


@pytest.mark.parametrize(
    "text",
    [
        "Please cancel.",
        "Please cancel this one.",
        "Please cancel my request for Bob Jones.",
        "Please cancel the intro with Bob.",
        "The Bob intro can be cancelled.",
        "Cancel it please, Bob already found a job.",
        "Please cancel my request, Alice has moved on.",
    ],
)
def test_a_cancel_of_the_threads_intro_keeps_the_subjects_id(text: str) -> None:
    found = detect_command(SUBJECT, text, in_reply_to=True)
    assert found is not None
    assert (found.command, found.target) == ("cancel", "#a1b2c3")


def test_an_id_in_the_text_wins_over_the_other_request_said() -> None:
    found = detect_command(SUBJECT, "Cancel the other request, #0ff1ce.", in_reply_to=True)
    assert found is not None
    assert found.target == "#0ff1ce"
