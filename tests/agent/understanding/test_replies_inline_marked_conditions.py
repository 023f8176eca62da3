"""Inline answers marked with the writer's initials in brackets, below an Outlook quote
that keeps the question mail unmarked ("Answers inline below in [DH]." then "[DH] Yes if
it's an internship, no if it's licensing."): the marked lines are the answer, read with
their conditions, for a writer the From header names surname first ("Hirsch, Daniel")
too. A yes for one kind of introduction and a no for another is no yes; neither is a
word of the writer's signature ("Great Lakes State University") when no answer is read."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply


def _mail(note: str, answer: str, writer: str = "Hirsch, Daniel") -> ParsedMessage:
    body = "\n".join(
        [
            "Hi,",
            "",
            note,
            "",
            "Dan",
            "",
            "Daniel Hirsch, PhD",
            "Professor, Materials Science & Engineering",
            "Great Lakes State University",
            "office hours: Tue 2-4pm",
            "",
            "From: Intro Agent <intro@example.org>",
            "Sent: Monday, September 22, 2025 9:12 AM",
            f"To: {writer} <dhirsch@example.edu>",
            "Subject: Introduction to Sunita Rao?",
            "",
            "Hi Daniel,",
            "",
            "Priya Menon would like to introduce you to Sunita Rao.",
            "Reason: Sunita leads a battery start-up and would like to discuss your lab's work.",
            "",
            "[DH] I know of the company, they had a poster at the ECS meeting.",
            "",
            'Would you like the introduction? Just reply "yes" or "no".',
            "",
            answer,
            "",
            "Nothing is shared until both of you agree: Sunita Rao does not have your",
            "address, and will not learn your answer if you decline.",
        ]
    )
    head = (
        f'From: "{writer}" <dhirsch@example.edu>\nTo: intro@example.org\n'
        "Subject: RE: Introduction to Sunita Rao?\nMessage-ID: <r1@example.edu>\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
    )
    return parse_message(f"{head}\n{body}\n".encode())


@pytest.mark.parametrize(
    ("note", "answer"),
    [
        (
            "Answers inline below in [DH].",
            "[DH] Yes if it's about a student internship or a seminar talk. If it's about"
            " licensing then no - that has to go through the Office of Tech Transfer.",
        ),
        ("Answers inline below in [DH].", "[DH] Yes if it's an internship, no if it's licensing."),
        ("Réponses dans le texte [DH].", "[DH] Oui si c'est un stage, non si c'est une licence."),
        ("Respuestas en el texto [DH].", "[DH] Sí, si es una pasantía; no, si es una licencia."),
        ("Antworten im Text [DH].", "[DH] Ja, wenn es um ein Praktikum geht, nein bei Lizenzen."),
        ("Respostas no texto [DH].", "[DH] Sim se for um estágio, não se for licenciamento."),
        ("Majibu hapa chini [DH].", "[DH] Ndiyo kama ni mafunzo, hapana kama ni leseni."),
        # The note and the mark alone, the answer missing: nothing is agreed.
        ("Answers inline below in [DH].", ""),
        ("Answers inline below in [DH].", "[JB] Yes, happy to."),
    ],
)
def test_a_marked_yes_for_one_kind_and_no_for_another_is_unclear(note: str, answer: str) -> None:
    assert classify_reply(_mail(note, answer)).answer == "unclear"


@pytest.mark.parametrize(
    ("note", "answer", "expected"),
    [
        ("Answers inline below in [DH].", "[DH] Yes, happy to.", "yes"),
        ("Réponses dans le texte.", "[DH] Oui, avec plaisir.", "yes"),
        ("Respuestas en el texto.", "[DH] Sí, con gusto.", "yes"),
        ("Antworten im Text.", "[DH] Ja, gerne.", "yes"),
        ("Minhas respostas abaixo.", "[DH] Sim, com prazer.", "yes"),
        ("Answers inline below in [DH].", "[DH] No thanks, not at the moment.", "no"),
    ],
)
def test_a_plain_marked_answer_is_read(note: str, answer: str, expected: str) -> None:
    assert classify_reply(_mail(note, answer)).answer == expected
