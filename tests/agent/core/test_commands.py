"""Commands: deterministic keys for the outbox and the addresses each mail goes to."""

from __future__ import annotations

from dataclasses import fields

from agent.core.commands import (
    COMMAND_TYPES,
    Notice,
    NotifyRequester,
    SendClarification,
    SendClosingNote,
    SendIntroduction,
    SendOptIn,
    SendReminder,
)
from tests.agent.core.builders import ALICE, BOB, COMMAND_EXAMPLES, REQUESTER


def test_examples_cover_every_command_type() -> None:
    assert {type(c) for c in COMMAND_EXAMPLES} == set(COMMAND_TYPES)


def test_keys_name_the_intro_the_kind_and_the_party() -> None:
    assert [c.key for c in COMMAND_EXAMPLES] == [
        "K7Q2:acknowledge",
        "K7Q2:confirm",
        "K7Q2:opt-in:a",
        "K7Q2:reminder:b:2",
        "K7Q2:clarification:a",
        "K7Q2:introduction",
        "K7Q2:closing:b",
        "K7Q2:notify:declined:a:1",
    ]


def test_requester_notices_without_a_party_have_their_own_key() -> None:
    notice = NotifyRequester("K7Q2", REQUESTER, Notice.EXPIRED)
    assert notice.key == "K7Q2:notify:expired:-:1"


def test_party_mails_go_to_that_party_alone() -> None:
    for command in COMMAND_EXAMPLES:
        if isinstance(command, SendOptIn | SendReminder | SendClarification | SendClosingNote):
            assert command.recipients == (command.to.email,)


def test_introduction_copies_the_requester_as_the_policy_says() -> None:
    cc = COMMAND_EXAMPLES[5]
    assert isinstance(cc, SendIntroduction)
    assert cc.recipients == (ALICE.email, BOB.email, REQUESTER.email)
    bcc = SendIntroduction("K7Q2", ALICE, BOB, REQUESTER, "bcc", "", "", "")
    assert (bcc.cc, bcc.bcc) == ((), (REQUESTER.email,))
    none = SendIntroduction("K7Q2", ALICE, BOB, REQUESTER, "none", "", "", "")
    assert none.recipients == (ALICE.email, BOB.email)


def test_a_requester_who_is_a_party_is_not_copied_twice() -> None:
    own = SendIntroduction("K7Q2", REQUESTER, BOB, REQUESTER, "cc", "", "", "")
    assert own.requester_is_party
    assert own.recipients == (REQUESTER.email, BOB.email)


def test_a_closing_note_cannot_say_why_or_because_of_whom() -> None:
    assert [f.name for f in fields(SendClosingNote)] == ["intro_id", "party", "to"]
