"""A yes form after a bare yes whose subject is someone the mail names is theirs, wherever
the name stands: opening its sentence ("Yes. Mark would be happy to."), where a capital
proves nothing, the names the mail gives tell (the one the question asks about, the
people of From, To and Cc, the names of the writer's signature). A name right after a bare
yes with no comma ("Sure Anna would love to") or before "'s" ("Mark's team") is the
subject too. The writer's own yes, where it is said, still stands."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply, classify_text


def reply(body: str, other: str = "Mark Jones", cc: str = "", signature: str = "") -> ParsedMessage:
    head = (
        "From: Pat Doe <pat@example.com>\nTo: Intro Agent <intro@example.org>\n"
        + (f"Cc: {cc}\n" if cc else "")
        + f"Subject: Re: Would you like an introduction to {other}? [#f6c3]\n"
        'Message-ID: <r1@example.com>\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
    )
    quote = (
        "On Fri, Nov 27, 2026 at 6:35 AM Intro Agent <intro@example.org> wrote:\n"
        f"> Liam O'Connor would like to introduce you to {other}.\n>\n"
        f'> Would you like an introduction to {other}? Just reply "yes" or "no".\n'
    )
    text = f"{head}\n{body}{signature}\n\n{quote}"
    return parse_message(text.replace("\n", "\r\n").encode())


NAMED_BY_THE_MAIL = [
    # The one asked about, opening the sentence after a bare yes.
    ("Yes. Mark would be happy to.", "Mark Jones", "", "", "unclear"),
    ("Yes. Jones would be happy to.", "Mark Jones", "", "", "unclear"),
    ("Oui. Marc serait ravi.", "Marc Dubois", "", "", "unclear"),
    ("Sí. Marc estaría encantado.", "Marc Ruiz", "", "", "unclear"),
    ("Sim. Marc adoraria.", "Marc Silva", "", "", "unclear"),
    ("Ja. Mark wäre froh.", "Mark Huber", "", "", "unclear"),
    # Someone in copy, or named in the signature.
    ("Yes!\n\nAnna would love to.", "Dan Kessler", "Anna Weber <anna@example.com>", "", "unclear"),
    (
        "Yes. Anna would love to.",
        "Daniel Kessler",
        "",
        "\n\nBest,\nTom\n--\nTom Fischer\nAssistant to Anna Weber",
        "unclear",
    ),
    # The writer's own yes, said, or the name spoken to: as before.
    ("Yes, Mark, I'd be happy to.", "Mark Jones", "", "", "yes"),
    ("Yes! I'd love to. Mark says hi.", "Mark Jones", "", "", "yes"),
    ("Yes, happy to. Mark would be happy to join too.", "Mark Jones", "", "", "yes"),
    ("Sí, estaría encantado.", "Marc Ruiz", "", "", "yes"),
    ("Sim, adoraria.", "Marc Silva", "", "", "yes"),
    ("Yes. Would be happy to.", "Mark Jones", "", "", "yes"),
    ("Yes. Intro would be great.", "Mark Jones", "", "", "yes"),
    ("Oui, Marc. Je serais ravi.", "Marc Dubois", "", "", "yes"),
]


@pytest.mark.parametrize(("body", "other", "cc", "signature", "answer"), NAMED_BY_THE_MAIL)
def test_a_yes_of_someone_the_mail_names_is_theirs(
    body: str, other: str, cc: str, signature: str, answer: str
) -> None:
    assert classify_reply(reply(body, other, cc, signature)).answer == answer


WRITTEN_AS_SUBJECTS = [
    # No comma after a bare yes: the name may be spoken to or the subject.
    ("Sure Anna would love to", "unclear"),
    ("Yes Mark would be happy to", "unclear"),
    ("Oui Marc serait ravi", "unclear"),
    # A name's "'s" before the subject: "Mark's team".
    ("Yes, Mark's team would be happy to", "unclear"),
    ("Yes, Anna's office would be happy to.", "unclear"),
    # The name set off, or the writer the subject: as before.
    ("Sure Anna, would love to", "yes"),
    ("Yes Mark, I'd be happy to", "yes"),
    ("Sure Anna, I'd love to", "yes"),
    ("Yes, LinkedIn would be great.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), WRITTEN_AS_SUBJECTS)
def test_a_name_next_to_a_bare_yes_or_owning_the_subject_makes_the_yes_theirs(
    text: str, answer: str
) -> None:
    assert classify_text(text) == answer
