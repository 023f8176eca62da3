"""The transcript shows who wrote to whom, the subject and the first new lines."""

from __future__ import annotations

from agent.demo.mailboxes import Delivery
from agent.demo.transcript import first_lines, mail_block

RAW = (
    b"From: Intro Agent <intros@x.test>\r\nTo: Alice <alice@x.test>, Bob <bob@x.test>\r\n"
    b"Cc: Carol <carol@x.test>\r\nSubject: Introduction: Alice <> Bob\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nHello Alice and Bob,\r\n\r\nMeet.\r\n"
)


def test_a_block_names_sender_recipients_subject_and_text() -> None:
    block = mail_block(7, Delivery("intros@x.test", ("alice@x.test",), RAW))
    assert block == [
        "--- mail 7 " + "-" * 40,
        "  From:    Intro Agent <intros@x.test>",
        "  To:      Alice <alice@x.test>, Bob <bob@x.test>",
        "  Cc:      Carol <carol@x.test>",
        "  Subject: Introduction: Alice <> Bob",
        "    | Hello Alice and Bob,",
        "    | Meet.",
    ]


def test_first_lines_stop_at_a_gmail_or_outlook_quote() -> None:
    gmail = "Yes!\n\nOn Mon, 2 Nov 2026 at 09:01, Agent <a@x> wrote:\n\n> Would you?\n"
    outlook = "No.\n\n________________________________\nFrom: Agent\n\nWould you?\n"
    assert first_lines(gmail) == ["Yes!"]
    assert first_lines(outlook) == ["No."]


def test_first_lines_are_capped_and_wrapped() -> None:
    text = "\n".join(f"line {n}" for n in range(20))
    assert first_lines(text, count=3) == ["line 0", "line 1", "line 2", "..."]
    wrapped = first_lines("word " * 40)
    assert len(wrapped) == 3 and all(len(line) <= 86 for line in wrapped)
