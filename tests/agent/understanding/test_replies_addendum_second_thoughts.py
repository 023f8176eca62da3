"""A yes taken back in an addendum: a line opening on a label ("Nachtrag, 10 Minuten
später:", "Edit:", "Mise à jour :", "Actualización:", "Atualização:", "Nyongeza:"), then
the writer stopping short ("Moment", "hang on", "attendez") and refusing plainly. The
label opens a sentence as a full stop would, and what it says ("später", "later") is no
refusal before the pause; the refusal after it is the answer. A pause after a label that
asks, doubts or sets a condition leaves the reply unclear, and a label alone changes
nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

TAKEN_BACK = [
    "Hallo Frau Ott,\n\nJa, passt, gerne.\n\nNachtrag, 10 Minuten später: Moment \u2013 ich sehe "
    "gerade in unserer Kundenliste, Herr Brandl ist bei der Fassadentechnik Lindner, mit der "
    "wir im Rechtsstreit sind. Dann bitte doch nicht, sorry! Unser Anwalt würde mir den Kopf "
    "abreißen. Also: nein.",
    "Yes, fine, happy to.\n\nEdit, 10 minutes later: hang on - I just saw that Mr Brandl "
    "works for a firm we are in a lawsuit with. So no, sorry.",
    "Oui, avec plaisir.\n\nMise à jour, dix minutes plus tard : attendez - je vois que M. "
    "Brandl travaille pour une société avec laquelle nous sommes en litige. Donc non, désolé.",
    "Sí, claro.\n\nActualización, diez minutos después: espera - veo que el Sr. Brandl trabaja "
    "para una empresa con la que tenemos un pleito. Así que no, lo siento.",
    "Sim, claro.\n\nAtualização, dez minutos depois: espera aí - vejo que o Sr. Brandl "
    "trabalha numa empresa com quem estamos em litígio. Então não, desculpe.",
    "Ndiyo, sawa.\n\nNyongeza, dakika kumi baadaye: subiri kidogo - naona Bw. Brandl "
    "anafanya kazi kwenye kampuni tuliyo nayo kesi mahakamani. Kwa hiyo hapana, samahani.",
    "Yes, happy to.\n\nP.S.: hang on - he is at a firm we are suing. So no, sorry.",
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_yes_taken_back_in_an_addendum_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("second-thought:") for e in evidence)


STILL_UNCLEAR = [
    # The pause asks, waits or sets a condition.
    "Ja, passt, gerne.\n\nNachtrag: Moment, ist Herr Brandl nicht bei Lindner?",
    "Ja, passt, gerne.\n\nNachtrag, 10 Minuten später: Moment \u2013 ich muss erst mit meinem "
    "Anwalt sprechen.",
    "Ja, passt, gerne.\n\nNachtrag: Moment \u2013 falls er bei Lindner ist, dann nein.",
    "Yes, happy to.\n\nEdit: hang on, if he is a recruiter, then no.",
    # A label that opens no line, or one with no pause after it, takes nothing back.
    "Yes, happy to. My edit, 10 minutes later: hang on. No.",
]


@pytest.mark.parametrize("text", STILL_UNCLEAR)
def test_an_addendum_that_does_not_refuse_plainly_stays_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


def test_a_label_alone_keeps_the_yes() -> None:
    assert read_answer("Ja, passt, gerne.\n\nNachtrag: Ich bin ab 8 Uhr im Büro.")[0] == "yes"
