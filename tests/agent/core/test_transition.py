"""The main scenarios of an introduction, one transition at a time."""

from __future__ import annotations

from agent.core.commands import (
    Command,
    Notice,
    NotifyRequester,
    SendClarification,
    SendClosingNote,
    SendIntroduction,
    SendOptIn,
    SendReminder,
)
from agent.core.events import Answer, Event, RequesterCorrected, Tick
from agent.core.intro import Consent, Intro, Person, Status
from agent.core.policy import Policy
from agent.core.tokens import token_matches
from agent.core.transition import transition
from tests.agent.core.builders import (
    ALICE,
    BOB,
    REQUESTER,
    T0,
    bounce,
    cancel,
    confirm,
    days,
    of_type,
    reply,
    request,
    started,
    tick,
    tokens,
)

YES_A = reply("a", Answer.YES, "<yes-a@example.com>", "Yes, happy to meet Bob!")
YES_B = reply("b", Answer.YES, "<yes-b@example.net>", "Sure.")
NO_A = reply("a", Answer.NO, "<no-a@example.com>", "No thanks.")
NO_B = reply("b", Answer.NO, "<no-b@example.net>", "Not now.")


def run(intro: Intro, *steps: tuple[Event, int]) -> tuple[Intro, list[Command]]:
    """Apply events at the given hours after T0; collect every command."""
    sent: list[Command] = []
    for event, hours in steps:
        intro, commands = transition(intro, event, T0 + days(hours / 24))
        sent.extend(commands)
    return intro, sent


def test_both_yes_sends_exactly_one_introduction_and_completes() -> None:
    intro, first = started()
    assert [type(c).__name__ for c in first] == ["AcknowledgeRequest", "SendOptIn", "SendOptIn"]
    intro, sent = run(intro, (YES_A, 1), (YES_B, 2))
    assert intro.status is Status.COMPLETED
    assert intro.a.consent is Consent.YES and intro.b.consent is Consent.YES
    assert intro.a.answer_words == "Yes, happy to meet Bob!"
    assert intro.a.answer_message_id == "<yes-a@example.com>"
    assert intro.closed_at == T0 + days(2 / 24)
    (introduction,) = of_type(sent, SendIntroduction)
    assert introduction.recipients == (ALICE.email, BOB.email, REQUESTER.email)
    assert introduction.cc == (REQUESTER.email,)
    assert introduction.context == "Both build mail tools."
    assert intro.waiting_on == () and intro.next_deadline() is None


def test_first_yes_alone_waits_for_the_other_party() -> None:
    intro, _ = started()
    intro, sent = run(intro, (YES_A, 1))
    assert sent == []
    assert intro.status is Status.AWAITING_PARTIES
    assert intro.waiting_on == ("b",)


def test_a_no_declines_and_tells_the_other_party_only_a_neutral_note() -> None:
    intro, _ = started()
    intro, sent = run(intro, (NO_A, 1))
    assert intro.status is Status.DECLINED
    assert intro.a.consent is Consent.NO
    closing = of_type(sent, SendClosingNote)
    assert [(c.party, c.to) for c in closing] == [("b", BOB)]
    (notice,) = of_type(sent, NotifyRequester)
    assert notice.notice is Notice.DECLINED
    assert (notice.party, notice.party_name, notice.words) == ("a", "Alice Archer", "No thanks.")
    assert notice.recipients == (REQUESTER.email,)
    assert len(sent) == 2


def test_a_no_after_the_other_said_yes_still_declines_without_introduction() -> None:
    intro, _ = started()
    intro, sent = run(intro, (YES_A, 1), (NO_B, 2))
    assert intro.status is Status.DECLINED
    assert of_type(sent, SendIntroduction) == []
    assert [c.party for c in of_type(sent, SendClosingNote)] == ["a"]


def test_a_yes_can_be_withdrawn_before_the_introduction() -> None:
    intro, _ = started()
    withdraw = reply("a", Answer.NO, "<changed-mind@example.com>", "Sorry, not after all.")
    intro, sent = run(intro, (YES_A, 1), (withdraw, 2))
    assert intro.status is Status.DECLINED
    assert intro.a.answer_words == "Sorry, not after all."
    assert [c.party for c in of_type(sent, SendClosingNote)] == ["b"]


def test_silent_party_gets_reminders_then_the_introduction_expires() -> None:
    intro, _ = started()
    intro, sent = run(intro, (YES_A, 2), (tick(), 24 * 3 - 1))
    assert sent == []  # not yet three days
    intro, sent = run(intro, (tick(), 24 * 3))
    (first,) = of_type(sent, SendReminder)
    assert (first.party, first.n, first.to) == ("b", 1, BOB)
    assert first.key == "K7Q2:reminder:b:1"
    intro, sent = run(intro, (tick(), 24 * 3 + 1), (tick(), 24 * 6))
    assert [(r.party, r.n) for r in of_type(sent, SendReminder)] == [("b", 2)]
    intro, sent = run(intro, (tick(), 24 * 9), (tick(), 24 * 13))
    assert sent == []  # max_reminders reached
    assert intro.b.reminders_sent == 2
    assert intro.next_deadline() == T0 + days(14)
    intro, sent = run(intro, (tick(), 24 * 14))
    assert intro.status is Status.EXPIRED
    assert intro.b.consent is Consent.NO_ANSWER and intro.a.consent is Consent.YES
    assert sorted(c.party for c in of_type(sent, SendClosingNote)) == ["a", "b"]
    (notice,) = of_type(sent, NotifyRequester)
    assert (notice.notice, notice.party) == (Notice.EXPIRED, "b")


def test_each_reminder_hands_out_a_new_token_and_old_ones_keep_matching() -> None:
    intro, first = started()
    (opt_in_b,) = [c for c in of_type(list(first), SendOptIn) if c.party == "b"]
    intro, sent = run(intro, (tick(), 24 * 3))
    reminder_b = next(r for r in of_type(sent, SendReminder) if r.party == "b")
    assert reminder_b.token != opt_in_b.token
    assert token_matches(intro, "b", opt_in_b.token)
    assert token_matches(intro, "b", reminder_b.token)
    assert not token_matches(intro, "a", reminder_b.token)


def test_unclear_reply_gets_one_clarification_then_yes_completes() -> None:
    intro, _ = started()
    unclear = reply("a", Answer.UNCLEAR, "<hmm-a@example.com>", "Who is Bob?")
    intro, sent = run(intro, (unclear, 1))
    (clarification,) = sent
    assert isinstance(clarification, SendClarification)
    assert (clarification.party, clarification.to, clarification.other_name) == (
        "a",
        ALICE,
        "Bob Baker",
    )
    assert token_matches(intro, "a", clarification.token)
    assert intro.a.consent is Consent.ASKED and intro.a.clarified
    intro, sent = run(intro, (YES_A, 2), (YES_B, 3))
    assert intro.status is Status.COMPLETED
    assert len(of_type(sent, SendIntroduction)) == 1


def test_second_unclear_reply_goes_to_the_requester_and_party_stays_asked() -> None:
    intro, _ = started()
    first = reply("b", Answer.UNCLEAR, "<hmm-1@example.net>", "Maybe?")
    second = reply("b", Answer.UNCLEAR, "<hmm-2@example.net>", "Depends on the week.")
    third = reply("b", Answer.UNCLEAR, "<hmm-3@example.net>", "Ask me later.")
    intro, sent = run(intro, (first, 1), (second, 2), (third, 3))
    assert len(of_type(sent, SendClarification)) == 1
    notices = of_type(sent, NotifyRequester)
    assert [(n.notice, n.party, n.words, n.n) for n in notices] == [
        (Notice.UNCLEAR_REPLY, "b", "Depends on the week.", 2),
        (Notice.UNCLEAR_REPLY, "b", "Ask me later.", 3),
    ]
    assert len({n.key for n in notices}) == 2
    assert intro.b.consent is Consent.ASKED
    assert intro.status is Status.AWAITING_PARTIES


def test_auto_reply_changes_nothing_but_the_history() -> None:
    intro, _ = started()
    auto = reply("a", Answer.AUTO_REPLY, "<ooo@example.com>", "I am out of office.")
    after, sent = run(intro, (auto, 1))
    assert sent == []
    assert after.a == intro.a and after.status is intro.status
    assert after.history[-1].kind == "auto_reply"
    assert after.history[-1].words == "I am out of office."


def test_requester_who_is_a_party_is_never_asked() -> None:
    intro, first = started(req=request(a=REQUESTER))
    assert intro.a.consent is Consent.YES and not intro.a.was_asked
    assert [c.party for c in of_type(list(first), SendOptIn)] == ["b"]
    assert intro.waiting_on == ("b",)
    intro, sent = run(intro, (YES_B, 1))
    (introduction,) = of_type(sent, SendIntroduction)
    assert introduction.recipients == (REQUESTER.email, BOB.email)
    assert of_type(sent, NotifyRequester) == []


def test_requester_who_is_a_party_declined_gets_no_closing_note_only_the_notice() -> None:
    intro, _ = started(req=request(b=REQUESTER))
    intro, sent = run(intro, (NO_A, 1))
    assert of_type(sent, SendClosingNote) == []
    assert [n.notice for n in of_type(sent, NotifyRequester)] == [Notice.DECLINED]


def test_unsure_request_waits_for_the_requester_then_asks_the_parties() -> None:
    intro, first = started(req=request(confident=False))
    assert [type(c).__name__ for c in first] == ["AskRequesterToConfirm"]
    assert intro.status is Status.AWAITING_REQUESTER
    assert intro.waiting_on == ("requester",)
    intro, sent = run(intro, (YES_A, 1), (tick(), 24 * 5))
    assert sent == [] and intro.a.consent is Consent.NOT_ASKED
    intro, sent = run(intro, (confirm(), 24 * 5 + 1))
    assert intro.status is Status.AWAITING_PARTIES
    assert intro.requester_token_hash is None
    assert [c.party for c in of_type(sent, SendOptIn)] == ["a", "b"]


def test_requester_correction_replaces_a_party_before_anyone_is_asked() -> None:
    carol = Person("Carol Cole", "carol@example.org")
    intro, _ = started(req=request(confident=False))
    corrected = RequesterCorrected(
        message_id="<fix@example.org>", tokens=tokens(), b=request(b=carol).b, context="Garden."
    )
    intro, sent = run(intro, (corrected, 1))
    assert intro.b.person == carol and intro.a.person == ALICE
    assert intro.context == "Garden."
    assert [c.to for c in of_type(sent, SendOptIn)] == [ALICE, carol]
    assert all(c.context == "Garden." for c in of_type(sent, SendOptIn))


def test_correction_making_the_requester_a_party_counts_their_consent() -> None:
    intro, _ = started(req=request(confident=False))
    corrected = RequesterCorrected(
        message_id="<me@example.org>", tokens=tokens(), a=request(a=REQUESTER).a
    )
    intro, sent = run(intro, (corrected, 1))
    assert intro.a.consent is Consent.YES
    assert [c.party for c in of_type(sent, SendOptIn)] == ["b"]


def test_correction_to_the_same_person_twice_is_ignored() -> None:
    intro, _ = started(req=request(confident=False))
    corrected = RequesterCorrected(
        message_id="<same@example.org>", tokens=tokens(), a=request(a=BOB).a
    )
    after, sent = transition(intro, corrected, T0)
    assert after is intro and sent == ()


def test_unsure_request_left_unconfirmed_expires() -> None:
    intro, _ = started(req=request(confident=False))
    assert intro.next_deadline() == T0 + days(14)
    intro, sent = run(intro, (tick(), 24 * 14))
    assert intro.status is Status.EXPIRED
    assert sent == [NotifyRequester("K7Q2", REQUESTER, Notice.EXPIRED)]


def test_cancel_notes_asked_parties_and_acknowledges_the_requester() -> None:
    intro, _ = started(Policy(ask="sequential"))
    intro, sent = run(intro, (cancel(), 1))
    assert intro.status is Status.CANCELLED
    assert [(c.party, c.to) for c in of_type(sent, SendClosingNote)] == [("a", ALICE)]
    assert [n.notice for n in of_type(sent, NotifyRequester)] == [Notice.CANCELLED]
    assert intro.history[-1].note == "changed my mind"


def test_cancel_before_confirmation_writes_to_nobody_but_the_requester() -> None:
    intro, _ = started(req=request(confident=False))
    intro, sent = run(intro, (cancel(), 1))
    assert intro.status is Status.CANCELLED
    assert [c.recipients for c in sent] == [(REQUESTER.email,)]


def test_delivery_failure_fails_the_introduction_and_tells_the_requester_once() -> None:
    intro, _ = started()
    intro, sent = run(intro, (bounce("b"), 1), (bounce("b", "<bounce-2@mailer.example>"), 2))
    assert intro.status is Status.FAILED
    assert intro.b.delivery_failed
    (notice,) = of_type(sent, NotifyRequester)
    assert (notice.notice, notice.party) == (Notice.FAILED, "b")
    assert [c.party for c in of_type(sent, SendClosingNote)] == ["a"]


def test_bounce_for_a_party_never_asked_is_ignored() -> None:
    intro, _ = started(Policy(ask="sequential"))
    after, sent = transition(intro, bounce("b"), T0)
    assert after is intro and sent == ()


def test_sequential_asks_the_second_party_only_after_the_first_says_yes() -> None:
    intro, first = started(Policy(ask="sequential"))
    assert [c.party for c in of_type(list(first), SendOptIn)] == ["a"]
    assert intro.b.consent is Consent.NOT_ASKED
    intro, sent = run(intro, (YES_B, 1))  # b was not asked: ignored
    assert sent == [] and intro.b.consent is Consent.NOT_ASKED
    intro, sent = run(intro, (YES_A, 2))
    (opt_in,) = sent
    assert isinstance(opt_in, SendOptIn) and opt_in.party == "b"
    assert intro.b.asked_at == T0 + days(2 / 24)
    intro, sent = run(intro, (reply("b", Answer.YES, "<later-yes@example.net>"), 3))
    assert intro.status is Status.COMPLETED
    assert len(of_type(sent, SendIntroduction)) == 1


def test_sequential_first_no_never_writes_to_the_second_party() -> None:
    intro, _ = started(Policy(ask="sequential"))
    intro, sent = run(intro, (NO_A, 1))
    assert intro.status is Status.DECLINED
    assert all(BOB.email not in c.recipients for c in sent)


def test_duplicate_event_is_applied_once() -> None:
    intro, _ = started()
    unclear = reply("a", Answer.UNCLEAR, "<dup@example.com>", "Hm?")
    once, _ = transition(intro, unclear, T0 + days(1))
    twice, sent_again = transition(once, unclear, T0 + days(2))
    assert twice is once and sent_again == ()
    assert once.applied[-1] == "<dup@example.com>"
    # Same message id, different reading: still the same message, still ignored.
    reread = reply("a", Answer.YES, "<dup@example.com>")
    assert transition(once, reread, T0 + days(2)) == (once, ())


def test_request_message_replayed_as_a_confirmation_is_ignored() -> None:
    intro, _ = started(req=request(confident=False))
    replayed = confirm("<request@example.org>")
    assert transition(intro, replayed, T0) == (intro, ())


def test_reply_after_close_changes_nothing() -> None:
    intro, _ = started()
    closed, _ = run(intro, (NO_A, 1))
    for event in (YES_B, NO_B, reply("b", Answer.UNCLEAR, "<u@example.net>"), tick(), cancel()):
        after, sent = transition(closed, event, T0 + days(30))
        assert after is closed and sent == ()


def test_tick_with_nothing_due_returns_the_same_intro() -> None:
    intro, _ = started()
    after, sent = transition(intro, Tick(tokens=tokens()), T0 + days(1))
    assert after is intro and sent == ()


def test_requester_copy_policies() -> None:
    for copy, cc, bcc, notices in (
        ("cc", (REQUESTER.email,), (), []),
        ("bcc", (), (REQUESTER.email,), []),
        ("none", (), (), [Notice.COMPLETED]),
    ):
        intro, _ = started(Policy(requester_copy=copy))  # type: ignore[arg-type]
        intro, sent = run(intro, (YES_A, 1), (YES_B, 2))
        (introduction,) = of_type(sent, SendIntroduction)
        assert (introduction.cc, introduction.bcc) == (cc, bcc)
        assert [n.notice for n in of_type(sent, NotifyRequester)] == notices


def test_per_party_context_reaches_each_party_and_the_introduction() -> None:
    req = request(context="", context_a="Bob runs the print shop.", context_b="Alice writes.")
    intro, first = started(req=req)
    contexts = {c.party: c.context for c in of_type(list(first), SendOptIn)}
    assert contexts == {"a": "Bob runs the print shop.", "b": "Alice writes."}
    intro, sent = run(intro, (YES_A, 1), (YES_B, 2))
    (introduction,) = of_type(sent, SendIntroduction)
    assert (introduction.context_a, introduction.context_b) == (
        "Bob runs the print shop.",
        "Alice writes.",
    )


def test_history_tells_the_whole_story() -> None:
    intro, _ = started()
    intro, _ = run(intro, (reply("a", Answer.UNCLEAR, "<u@example.com>", "eh"), 1), (YES_A, 2))
    intro, _ = run(intro, (YES_B, 3))
    kinds = [(e.kind, e.role) for e in intro.history]
    assert kinds == [
        ("requested", "requester"),
        ("asked", "a"),
        ("asked", "b"),
        ("answered_unclear", "a"),
        ("clarification_sent", "a"),
        ("answered_yes", "a"),
        ("answered_yes", "b"),
        ("introduced", None),
    ]
    assert intro.history[5].words == "Yes, happy to meet Bob!"
    assert intro.history[5].message_id == "<yes-a@example.com>"


def test_tokens_stop_matching_once_closed() -> None:
    intro, first = started()
    opt_ins = of_type(list(first), SendOptIn)
    assert all(token_matches(intro, c.party, c.token) for c in opt_ins)
    intro, _ = run(intro, (cancel(), 1))
    assert not any(token_matches(intro, c.party, c.token) for c in opt_ins)
    assert intro.a.token_hashes == () and intro.b.token_hashes == ()


def test_after_a_yes_only_a_no_changes_anything() -> None:
    intro, _ = started()
    said_yes, _ = run(intro, (YES_A, 1))
    for event in (
        reply("a", Answer.YES, "<yes-again@example.com>"),
        reply("a", Answer.UNCLEAR, "<what@example.com>"),
        reply("a", Answer.AUTO_REPLY, "<away@example.com>"),
    ):
        assert transition(said_yes, event, T0 + days(1)) == (said_yes, ())
