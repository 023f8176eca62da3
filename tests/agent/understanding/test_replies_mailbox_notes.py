"""A refusal that only rules out writing to this mailbox from a date on ("Please do not
send things to this address after Sunday", "No escriban a esta dirección después del
domingo", "Não escrevam para este endereço depois de domingo") says where to write, not
whether to meet: it takes no yes away. Without a date, naming anything but the mailbox,
or beside another refusal it still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

NOTES = [
    "Yes, happy to meet her. Please do not send things to this address after Sunday, it is"
    " my grandson's.",
    "Sí, encantada de conocerla. No escriban a esta dirección después del domingo.",
    "Sim, com prazer. Não escrevam para este endereço depois de domingo.",
]


@pytest.mark.parametrize("text", NOTES)
def test_ruling_out_this_mailbox_from_a_date_keeps_the_yes(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes"
    assert any(e.startswith("mailbox-note:") for e in evidence)


def test_a_note_never_turns_a_doubted_yes_into_a_refusal() -> None:
    text = (
        "Yes, happy to meet her, but not on Wednesdays. Please do not write to this address"
        " after Sunday."
    )
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Please don't write to this address again.", "no"),
        ("Yes, happy to. Please don't give this address to him after Sunday.", "unclear"),
        ("Please do not send anything to this address after Sunday. I'm not interested.", "no"),
        ("Please don't write to this address after Friday, I'd rather not meet him.", "no"),
        (
            "Yes, happy to. Please don't write to this address after Friday, I'd rather not"
            " meet him.",
            "unclear",
        ),
    ],
)
def test_other_refusals_about_the_address_still_count(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
