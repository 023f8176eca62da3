"""A long formal letter that answers only in its postscript: the yes late in the mail
is kept when its paragraph opens with an addendum's label ("P.S.") and names the one
asked about, and formal openings that thank or inform ("I would like to thank you", "me
gustaría agradecerle", "gostaria de informar", "ningependa kukujulisha") say no yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer

_LETTER = (
    "Respected Madam,\n\nGreetings of the day.\n\nFirstly I would like to thank you for "
    "remembering me from the alumni mentorship session held in our department in the "
    "month of October. I was the student who asked the question regarding thermal "
    "runaway in LFP cells. It was a very informative session and I have since then read "
    "many research papers on the topic.\n\nI would like to inform you that I am "
    "currently in the final year of B.Tech Mechanical Engineering and my CGPA is 8.7. My "
    "final year project is on battery cooling plates under the guidance of Prof. Patil. "
    "I have also completed certification in ANSYS Fluent and SolidWorks. I am also "
    "preparing for GATE 2025 which is on 2nd February, therefore I was not able to reply "
    "earlier, kindly excuse the delay.\n\nRegarding the internship, my college permits a "
    "full semester internship in the 8th semester from January itself provided the "
    "company issues an offer letter on letterhead and the HOD approves it. I have already "
    "discussed this with our TPO.\n\nI am attaching nothing at present but I can share "
    "my resume and project report whenever required.\n\nThanking you in anticipation."
    "\n\nYours faithfully,\nAditya M. Deshpande\n\n"
)

POSTSCRIPTS = [
    (
        "P.S. Kindly do the needful and connect me with Mr. Vikram Joshi at the earliest, "
        "I am very much interested.",
        "yes",
    ),
    ("PS: yes, please connect me with Vikram.", "yes"),
    # A postscript that names no one asked about, or that refuses.
    ("P.S. Happy to help with the alumni raffle too.", "unclear"),
    ("P.S. I am not interested in meeting Mr. Joshi, sorry.", "no"),
]


@pytest.mark.parametrize(("postscript", "answer"), POSTSCRIPTS)
def test_a_postscript_naming_the_one_asked_answers_a_long_letter(
    postscript: str, answer: str
) -> None:
    assert read_answer(_LETTER + postscript, asked="Vikram Joshi")[0] == answer


def test_a_late_yes_outside_a_postscript_is_still_set_aside() -> None:
    text = _LETTER.replace("Yours faithfully", "Kindly connect me with Mr. Vikram Joshi.")
    assert read_answer(text, asked="Vikram Joshi")[0] == "unclear"


FORMAL_OPENINGS = [
    ("I would like to thank you for the session.", "unclear"),
    ("I'd like to thank you for remembering me.", "unclear"),
    ("I would like to inform you that I am in my final year.", "unclear"),
    ("Me gustaría agradecerle la sesión.", "unclear"),
    ("Gostaria de agradecer pela sessão.", "unclear"),
    ("Ningependa kukujulisha kuwa niko mwaka wa mwisho.", "unclear"),
    # A yes beside the thanks still says yes.
    ("I would like to thank you, and yes, I'd like to meet him.", "yes"),
    ("Gostaria de agradecer e sim, gostaria de conhecê-lo.", "yes"),
    ("I would like to meet him.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), FORMAL_OPENINGS)
def test_formal_thanks_and_notices_say_no_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer
