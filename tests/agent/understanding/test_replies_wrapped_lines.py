"""A line break a mail client put inside a sentence (a long line, no stop at its end,
a word in lower case after it) joins the sentence again."""

from __future__ import annotations

import pytest

from agent.understanding.replies import _unwrapped, read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Sim, pode apresentar, estou livre. Meu WhatsApp é +55 11 90000-0000 se\n"
        "for mais fácil pra ele.",
        "Sure, go ahead and introduce us. My mobile is 07700 900123 if\nthat's easier for him.",
        "Oui, avec plaisir. Mon numéro de portable est le 06 11 22 33 44, si\n"
        "c'est plus simple pour lui.",
    ],
)
def test_a_wrapped_offer_reads_as_one_sentence(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A short line, a line that closes its sentence or a line before a capital.
        ("Yes\nhappy to", "Yes\nhappy to"),
        ("Yes, happy to meet her, and thank you so much for thinking of me here.\nno rush.", None),
        (
            "Yes, happy to meet her, and thank you so much for thinking of me with this\nMartin",
            None,
        ),
    ],
)
def test_other_breaks_stay(text: str, kept: str | None) -> None:
    assert _unwrapped(text) == (kept if kept is not None else text)


def test_a_wrapped_line_joins() -> None:
    text = "Sure, happy to chat with him. I'm on the road most of the week and\nonly on email."
    assert _unwrapped(text) == text.replace("\n", " ")


def test_short_lines_written_all_in_capitals_join() -> None:
    text = "JA GERNE.\nDIE FRAU PETERSEN SOLL\nMICH ANRUFEN\nICH BIN ABER NUR\nVORMITTAGS ZU HAUSE"
    assert _unwrapped(text) == (
        "JA GERNE.\nDIE FRAU PETERSEN SOLL MICH ANRUFEN ICH BIN ABER NUR VORMITTAGS ZU HAUSE"
    )


@pytest.mark.parametrize(
    "text",
    [
        # A blank line, a stop at the line's end, or a line opening with an answer.
        "LIEBE FRAU SOMMER\n\nJA GERNE.",
        "JA GERNE.\nDIE FRAU PETERSEN SOLL ANRUFEN.",
        "I KNOW HIM WELL\nYES HAPPY TO",
        # Mixed case: a short line keeps its break.
        "Yes happy to\nI am only home\nin the mornings",
    ],
)
def test_other_breaks_in_capitals_stay(text: str) -> None:
    assert _unwrapped(text) == text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "LIEBE FRAU SOMMER\n\nJA GERNE.\nDIE FRAU PETERSEN SOLL\nMICH ANRUFEN\nICH BIN ABER "
            "NUR\nVORMITTAGS ZU HAUSE\nNACHMITTAGS BIN ICH\nAM DEICH.",
            "yes",
        ),
        (
            "DEAR MARJORIE\n\nYES PLEASE I WOULD BE\nGLAD TO MEET\nHIM. I HAVE\nWALKED THE "
            "VALLEY\n\nI DONT DRIVE AFTER DARK ANY MORE SO\nDAYTIME\nPLEASE.",
            "yes",
        ),
        ("OUI AVEC PLAISIR\nMAIS PAS\nAVANT JUIN", "unclear"),
        ("SÍ CLARO\nPERO SOLO SI\nÉL PAGA EL CAFÉ", "unclear"),
        ("SIM PODE\nMAS SÓ DEPOIS\nDE MAIO", "unclear"),
        (
            "NDIYO\nLAKINI\nNITAMUULIZA\nMWANANGU KWANZA\nKAMA ANAWEZA KUNIPELEKA\nNGEZI."
            "\nAKIKATAA\nBASI SIWEZI.",
            "unclear",
        ),
        ("YES\nBUT NOT UNTIL\nMAY", "unclear"),
        ("NO\nTHANK YOU", "no"),
        # A refusal that is its whole line ends there: no "no problem" made of it.
        ("NO\nPROBLEM IS I AM AWAY TILL MAY", "no"),
        ("NEIN\nPROBLEM IST DASS ICH WEG BIN", "no"),
    ],
)
def test_capitals_read_joined(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
