"""An empty reply (or a phone's footer alone) whose subject lost the intro's tag but
keeps the agent's question ("Re: Introduction to Hannah Price? yes go on then") is
answered by the few words after the question's mark, in every language; the agent's
words before it are never read, and a long addition or a question answers nothing."""

from __future__ import annotations

import pytest

from agent.message import parse_message
from agent.understanding.replies import classify_reply
from agent.understanding.reply_subject import subject_answer


def _reply(subject: str, body: str = "") -> str:
    return classify_reply(
        parse_message(
            (
                "From: Rhys Owen <rhys@example.com>\n"
                "To: Intro Agent <intro@example.org>\n"
                f"Subject: {subject}\n"
                "Date: Thu, 06 Mar 2025 09:00:00 +0000\n"
                "Message-ID: <subject@example.com>\n"
                'Content-Type: text/plain; charset="utf-8"\n'
                "MIME-Version: 1.0\n\n"
                f"{body}\n"
            ).encode()
        )
    ).answer


ANSWERS = [
    ("Re: Introduction to Ann Lee? yes please", "yes"),
    ("Re: Introduction to Ann Lee? nah thanks", "no"),
    ("Re: Présentation à Marc Roy ? oui volontiers", "yes"),
    ("RE: ¿Presentación a Ana Gil? no gracias", "no"),
    ("AW: Vorstellung bei Jan Roth? ja gerne", "yes"),
    ("Re: Apresentação a Rui Costa? sim, pode ser", "yes"),
    ("Re: Utambulisho kwa Amina Juma? ndiyo", "yes"),
]


@pytest.mark.parametrize(("subject", "answer"), ANSWERS)
def test_words_after_the_agents_question_answer(subject: str, answer: str) -> None:
    assert _reply(subject) == answer


def test_a_phones_footer_alone_leaves_the_subject_to_answer() -> None:
    assert _reply("Re: Introduction to Ann Lee? yes go ahead", "Sent from my Galaxy") == "yes"


NOTHING = [
    # The agent's question alone, a long addition, and a question after it.
    "Re: Introduction to Ann Lee?",
    "Re: Introduction to Ann Lee? yes but only if she is in town in May",
    "Re: Introduction to Ann Lee? who? really?",
]


@pytest.mark.parametrize("subject", NOTHING)
def test_no_answer_after_the_question_is_read(subject: str) -> None:
    assert _reply(subject) == "unclear"


def test_the_agents_words_are_never_read() -> None:
    assert subject_answer("Re: Would you like an introduction to Ann Lee?") == ""


_SWAHILI_QUOTE = (
    "Imetumwa kutoka kwa Samsung Galaxy yangu\n\n"
    "-------- Ujumbe asilia --------\n"
    "Kutoka: Intro Agent <intro@example.org>\n"
    "Tarehe: 12/08/2025 07:00 (GMT+03:00)\n"
    "Kwa: rhys@example.com\n"
    "Mada: Utambulisho kwa Amina Juma?\n\n"
    'Je, ungependa kutambulishwa? Jibu tu "ndiyo" au "hapana".\n'
)


@pytest.mark.parametrize(
    ("subject", "answer"),
    [
        ("RE: Utambulisho kwa Amina Juma? Hapana", "no"),
        ("RE: Utambulisho kwa Amina Juma? Ndiyo", "yes"),
        # Near-miss: nothing added to the subject leaves the quoted question unanswered.
        ("RE: Utambulisho kwa Amina Juma?", "unclear"),
    ],
)
def test_a_swahili_phones_quote_leaves_the_subject_to_answer(subject: str, answer: str) -> None:
    # The quoted question's "ndiyo" or "hapana" is the agent's, not the person's.
    assert _reply(subject, _SWAHILI_QUOTE) == answer
