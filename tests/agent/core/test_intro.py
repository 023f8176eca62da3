"""The introduction value: statuses, who acts next, and when the scheduler should look again."""

from __future__ import annotations

from agent.core.events import Answer
from agent.core.intro import Person, Status, Step, other_side
from agent.core.policy import Policy
from agent.core.transition import transition
from tests.agent.core.builders import T0, days, reply, request, started, tick


def test_final_statuses() -> None:
    open_ = {s for s in Status if not s.is_final}
    assert open_ == {Status.AWAITING_REQUESTER, Status.AWAITING_PARTIES}


def test_other_side() -> None:
    assert (other_side("a"), other_side("b")) == ("b", "a")


def test_person_key_and_label() -> None:
    assert Person("", " Bob@Example.NET ").key == "bob@example.net"
    assert Person("", "bob@example.net").label == "someone"
    assert Person(" Bob ", "bob@example.net").label == "Bob"
    # To themselves, or to whoever gave the address, a person without a name is it.
    assert Person("", "bob@example.net").own_label == "bob@example.net"
    assert Person(" Bob ", "bob@example.net").own_label == "Bob"


def test_an_unsure_request_waits_on_the_requester() -> None:
    intro, _ = started(req=request(confident=False))
    assert intro.waiting_on == ("requester",)
    assert intro.next_step is Step.REQUESTER_CONFIRMATION
    assert intro.next_deadline() == T0 + days(14)


def test_asked_parties_are_waited_on_until_they_answer() -> None:
    intro, _ = started()
    assert intro.waiting_on == ("a", "b")
    assert intro.next_step is Step.PARTY_ANSWERS
    intro, _ = transition(intro, reply("a", Answer.YES, "<y@x>"), T0 + days(1))
    assert intro.waiting_on == ("b",)


def test_next_deadline_is_the_earliest_reminder_or_expiry() -> None:
    intro, _ = started(Policy(reminder_after_days=2, max_reminders=1, expire_after_days=5))
    assert intro.reminder_due("a") == T0 + days(2)
    assert intro.next_deadline() == T0 + days(2)
    intro, _ = transition(intro, tick(), T0 + days(2))
    assert intro.reminder_due("a") is None  # the one reminder allowed went out
    assert intro.next_deadline() == T0 + days(5)


def test_reminders_count_from_the_last_mail_that_asked() -> None:
    intro, _ = started()
    intro, _ = transition(intro, reply("a", Answer.UNCLEAR, "<u@x>"), T0 + days(2))
    assert intro.reminder_due("a") == T0 + days(5)
    assert intro.reminder_due("b") == T0 + days(3)
    assert intro.expiry_due() == T0 + days(14)


def test_closed_introductions_wait_on_nobody() -> None:
    intro, _ = started()
    closed, _ = transition(intro, reply("a", Answer.NO, "<n@x>"), T0)
    assert closed.is_closed
    assert closed.waiting_on == () and closed.next_step is None
    assert closed.next_deadline() is None and closed.expiry_due() is None


def test_requester_side_and_context_for() -> None:
    intro, _ = started(req=request(b=Person("Me", "RITA@example.org"), context_a="Own words"))
    assert intro.requester_side == "b"
    assert intro.context_for("a") == "Own words"
    assert intro.context_for("b") == "Both build mail tools."
