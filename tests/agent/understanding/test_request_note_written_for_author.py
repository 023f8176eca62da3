"""A forward's note that names the forwarded mail's author, and no one else, before a
phrase of writing for someone ("Tom below makes the cheese we sell and he'd like an
introduction to Gemma Price", "il aimerait être présenté à", "le gustaría conocer a",
"er möchte gern", "ele gostaria de conhecer", "angependa kukutana na") writes for that
author: the pair is the author and the one named. Someone else named by a first name and
a surname there, or the author not named, leaves who is written for unsaid."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

HELEN = "Helen Marsh <helen@marshfarm.example>"
TOM = Party("Tom Aldridge", "tom@aldridgedairy.example")
GEMMA = Party("Gemma Price", "gemma@drovers.example")
FORWARDED = (
    "\n\nHelen\n\nFrom: Tom Aldridge <tom@aldridgedairy.example>\nSent: 30 October 2025"
    " 21:14\nTo: Helen Marsh <helen@marshfarm.example>\nSubject: cheese for the Drovers?"
    "\n\nHelen,\n\nYou know Gemma at the Drover's, don't you? I'd love to get our cheese on"
    " her board. Would you mind introducing us?\n\nTa,\nTom\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Tom below makes the Wensleydale-style cheese we sell and he'd like an introduction"
        " to Gemma Price (gemma@drovers.example). Could you do the honours?",
        "Tom ci-dessous fait le fromage que nous vendons et il aimerait être présenté à"
        " Gemma Price (gemma@drovers.example). Pourriez-vous vous en charger ?",
        "Tom, abajo, hace el queso que vendemos y le gustaría conocer a Gemma Price"
        " (gemma@drovers.example). ¿Puedes encargarte?",
        "Tom (unten) macht den Käse, den wir verkaufen, und er möchte gern Gemma Price"
        " (gemma@drovers.example) kennenlernen. Kannst du das übernehmen?",
        "O Tom, abaixo, faz o queijo que vendemos e ele gostaria de conhecer a Gemma Price"
        " (gemma@drovers.example). Pode cuidar disso?",
        "Tom hapa chini anatengeneza jibini tunayouza na angependa kukutana na Gemma Price"
        " (gemma@drovers.example). Unaweza kusaidia?",
    ],
)
def test_a_note_naming_the_author_writes_for_them(note: str) -> None:
    result = understand(f"Hi,\n\n{note}{FORWARDED}", sender=HELEN, subject="FW: cheese")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {TOM, GEMMA}
    assert result.confident


@pytest.mark.parametrize(
    "note",
    [
        # Someone else named before the cue: the one written for is not the author.
        "My colleague Sara Lee would like an introduction to Gemma Price"
        " (gemma@drovers.example). Could you do the honours?",
        "Tom and Sara Lee make the cheese, and he'd like an introduction to Gemma Price"
        " (gemma@drovers.example).",
        # The author not named in the note.
        "He'd like an introduction to Gemma Price (gemma@drovers.example). Could you do"
        " the honours?",
    ],
)
def test_without_the_author_alone_named_no_one_is_written_for(note: str) -> None:
    result = understand(f"Hi,\n\n{note}{FORWARDED}", sender=HELEN, subject="FW: cheese")
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nMy colleague Sara Lee would like an introduction to Gemma Price"
        " (gemma@drovers.example).\n\nHelen",
        "Hola,\n\nMi colega Sara Lee quiere conocer a Gemma Price (gemma@drovers.example)."
        "\n\nHelen",
        "Hallo,\n\nMeine Kollegin Sara Lee würde gerne Gemma Price (gemma@drovers.example)"
        " kennenlernen.\n\nHelen",
    ],
)
def test_a_colleague_named_in_full_wishing_is_not_the_writer(body: str) -> None:
    result = understand(body, sender=HELEN)
    assert result.kind == "intro_request"
    assert not result.confident
    assert Party("Helen Marsh", "helen@marshfarm.example") not in (result.a, result.b)
