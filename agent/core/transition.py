"""The one function that decides what happens to an introduction: ``transition``.

``transition(intro, event, now)`` returns the new introduction and the commands to carry
out. It is pure and deterministic: time comes in as ``now`` (timezone-aware), tokens
come in with the event, and the result depends on nothing else. It is total: an event
that does not apply to the introduction as it stands is ignored, which returns the very
same introduction and no commands. Final states stay final, and a message id already
applied is ignored, so replaying a message changes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

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
from agent.core.events import (
    EVENT_TYPES,
    Answer,
    CancelRequested,
    DeliveryFailed,
    Event,
    PartyReplied,
    PartyRequest,
    RequesterConfirmed,
    RequesterCorrected,
    Tick,
)
from agent.core.intro import (
    SIDES,
    Consent,
    HistoryEntry,
    Intro,
    Party,
    Role,
    Side,
    Status,
    other_side,
)
from agent.core.tokens import TokenSource, hash_token

Outcome = tuple[Intro, tuple[Command, ...]]


def transition(intro: Intro, event: Event, now: datetime) -> Outcome:
    """Apply one event; return the new introduction and the commands it causes."""
    # Typed callers cannot pass anything else, but a store or a test harness can.
    if intro.is_closed or not isinstance(event, EVENT_TYPES):
        return intro, ()
    message_id = None if isinstance(event, Tick) else event.message_id
    if message_id is not None and message_id in intro.applied:
        return intro, ()
    outcome: Outcome | None
    match event:
        case RequesterConfirmed():
            outcome = _on_confirmed(intro, event, now)
        case RequesterCorrected():
            outcome = _on_corrected(intro, event, now)
        case PartyReplied():
            outcome = _on_reply(intro, event, now)
        case CancelRequested():
            outcome = _on_cancel(intro, event, now)
        case DeliveryFailed():
            outcome = _on_delivery_failed(intro, event, now)
        case Tick():
            outcome = _on_tick(intro, now, event.tokens)
        case _:
            outcome = None
    if outcome is None:
        return intro, ()
    changed, commands = outcome
    applied = intro.applied if message_id is None else (*intro.applied, message_id)
    return replace(changed, applied=applied, updated_at=now), commands


def log(
    intro: Intro,
    now: datetime,
    kind: str,
    role: Role | None = None,
    message_id: str | None = None,
    words: str = "",
    note: str = "",
) -> Intro:
    """The introduction with one more history entry."""
    entry = HistoryEntry(
        at=now, kind=kind, role=role, message_id=message_id, words=words, note=note
    )
    return replace(intro, history=(*intro.history, entry))


def fresh_party(request: PartyRequest, requester_key: str, message_id: str, now: datetime) -> Party:
    """A party not yet asked; a requester who is this party consented by asking."""
    if request.person.key != requester_key:
        return Party(person=request.person, context=request.context)
    return Party(
        person=request.person,
        context=request.context,
        consent=Consent.YES,
        answered_at=now,
        answer_message_id=message_id,
        answer_words="(asked for the introduction)",
    )


def start_asking(intro: Intro, now: datetime, tokens: TokenSource) -> Outcome:
    """Hand the introduction over to the parties: ask both, or the first, per policy."""
    intro = replace(intro, status=Status.AWAITING_PARTIES, requester_token_hash=None)
    to_ask = [s for s in SIDES if intro.party(s).consent is Consent.NOT_ASKED]
    if intro.policy.ask == "sequential":
        to_ask = to_ask[:1]
    commands: list[Command] = []
    for side in to_ask:
        intro, command = _ask(intro, side, now, tokens)
        commands.append(command)
    return intro, tuple(commands)


def _hand_token(party: Party, side: Side, tokens: TokenSource) -> tuple[Party, str]:
    """The party holding one more live token, and that token, for the mail about to go."""
    token = tokens.for_role(side)
    return replace(party, token_hashes=(*party.token_hashes, hash_token(token))), token


def _ask(intro: Intro, side: Side, now: datetime, tokens: TokenSource) -> tuple[Intro, SendOptIn]:
    party, token = _hand_token(intro.party(side), side, tokens)
    party = replace(party, consent=Consent.ASKED, asked_at=now, prompted_at=now)
    intro = log(intro.with_party(side, party), now, "asked", side)
    command = SendOptIn(
        intro_id=intro.id,
        party=side,
        to=party.person,
        other_name=intro.party(other_side(side)).person.label,
        requester_name=intro.requester.label,
        context=intro.context_for(side),
        token=token,
    )
    return intro, command


def _close(intro: Intro, status: Status, now: datetime) -> Intro:
    """Close the introduction; its tokens are dropped, as they must no longer match."""
    return replace(
        intro,
        status=status,
        closed_at=now,
        requester_token_hash=None,
        a=replace(intro.a, token_hashes=()),
        b=replace(intro.b, token_hashes=()),
    )


def _closing_notes(intro: Intro, *, skip: Side | None = None) -> tuple[Command, ...]:
    """The same neutral note to every party who was asked and did not say no themselves."""
    return tuple(
        SendClosingNote(intro_id=intro.id, party=side, to=intro.party(side).person)
        for side in SIDES
        if side != skip
        and intro.party(side).was_asked
        and intro.party(side).consent is not Consent.NO
    )


def _notify(
    intro: Intro, notice: Notice, side: Side | None = None, words: str = "", n: int = 1
) -> NotifyRequester:
    return NotifyRequester(
        intro_id=intro.id,
        to=intro.requester,
        notice=notice,
        party=side,
        party_name="" if side is None else intro.party(side).person.label,
        words=words,
        n=n,
    )


def _on_confirmed(intro: Intro, event: RequesterConfirmed, now: datetime) -> Outcome | None:
    if intro.status is not Status.AWAITING_REQUESTER:
        return None
    intro = log(intro, now, "confirmed", "requester", event.message_id)
    return start_asking(intro, now, event.tokens)


def _on_corrected(intro: Intro, event: RequesterCorrected, now: datetime) -> Outcome | None:
    if intro.status is not Status.AWAITING_REQUESTER:
        return None
    a = event.a or PartyRequest(intro.a.person, intro.a.context)
    b = event.b or PartyRequest(intro.b.person, intro.b.context)
    # Introducing someone to themselves is no correction; the edge should not send one.
    if a.person.key == b.person.key:
        return None
    key = intro.requester.key
    intro = replace(
        intro,
        a=fresh_party(a, key, event.message_id, now),
        b=fresh_party(b, key, event.message_id, now),
        context=intro.context if event.context is None else event.context,
    )
    intro = log(intro, now, "corrected", "requester", event.message_id)
    return start_asking(intro, now, event.tokens)


def _on_reply(intro: Intro, event: PartyReplied, now: datetime) -> Outcome | None:
    side = event.party
    party = intro.party(side)
    if intro.status is not Status.AWAITING_PARTIES or not party.was_asked:
        return None
    if party.consent is Consent.YES:
        # Consent given can be withdrawn until the introduction is made; nothing else changes it.
        return _on_no(intro, event, now) if event.answer is Answer.NO else None
    if party.consent is not Consent.ASKED:
        return None
    match event.answer:
        case Answer.YES:
            return _on_yes(intro, event, now)
        case Answer.NO:
            return _on_no(intro, event, now)
        case Answer.UNCLEAR:
            return _on_unclear(intro, event, now)
        case Answer.AUTO_REPLY:
            return log(intro, now, "auto_reply", side, event.message_id, event.words), ()
    return None


def _answered(intro: Intro, event: PartyReplied, consent: Consent, now: datetime) -> Intro:
    party = replace(
        intro.party(event.party),
        consent=consent,
        answered_at=now,
        answer_message_id=event.message_id,
        answer_words=event.words,
    )
    intro = intro.with_party(event.party, party)
    return log(intro, now, f"answered_{consent}", event.party, event.message_id, event.words)


def _on_yes(intro: Intro, event: PartyReplied, now: datetime) -> Outcome:
    intro = _answered(intro, event, Consent.YES, now)
    if intro.a.consent is Consent.YES and intro.b.consent is Consent.YES:
        return _complete(intro, now)
    other = other_side(event.party)
    if intro.party(other).consent is Consent.NOT_ASKED:
        intro, command = _ask(intro, other, now, event.tokens)
        return intro, (command,)
    return intro, ()


def _complete(intro: Intro, now: datetime) -> Outcome:
    commands: list[Command] = [
        SendIntroduction(
            intro_id=intro.id,
            a=intro.a.person,
            b=intro.b.person,
            requester=intro.requester,
            requester_copy=intro.policy.requester_copy,
            context=intro.context,
            context_a=intro.context_for("a"),
            context_b=intro.context_for("b"),
        )
    ]
    if intro.policy.requester_copy == "none" and intro.requester_side is None:
        commands.append(_notify(intro, Notice.COMPLETED))
    intro = log(_close(intro, Status.COMPLETED, now), now, "introduced")
    return intro, tuple(commands)


def _on_no(intro: Intro, event: PartyReplied, now: datetime) -> Outcome:
    intro = _answered(intro, event, Consent.NO, now)
    commands = (
        *_closing_notes(intro, skip=event.party),
        _notify(intro, Notice.DECLINED, event.party, event.words),
    )
    intro = log(_close(intro, Status.DECLINED, now), now, "declined", event.party)
    return intro, commands


def _on_unclear(intro: Intro, event: PartyReplied, now: datetime) -> Outcome:
    side = event.party
    party = intro.party(side)
    party = replace(party, unclear_replies=party.unclear_replies + 1)
    intro = log(intro, now, "answered_unclear", side, event.message_id, event.words)
    command: Command
    if not party.clarified:
        party, token = _hand_token(party, side, event.tokens)
        party = replace(party, clarified=True, prompted_at=now)
        command = SendClarification(
            intro_id=intro.id,
            party=side,
            to=party.person,
            other_name=intro.party(other_side(side)).person.label,
            token=token,
        )
        intro = log(intro.with_party(side, party), now, "clarification_sent", side)
        return intro, (command,)
    command = _notify(intro, Notice.UNCLEAR_REPLY, side, event.words, party.unclear_replies)
    intro = log(intro.with_party(side, party), now, "passed_to_requester", side)
    return intro, (command,)


def _on_cancel(intro: Intro, event: CancelRequested, now: datetime) -> Outcome:
    commands = (*_closing_notes(intro), _notify(intro, Notice.CANCELLED))
    intro = log(intro, now, "cancelled", "requester", event.message_id, note=event.reason)
    return _close(intro, Status.CANCELLED, now), commands


def _on_delivery_failed(intro: Intro, event: DeliveryFailed, now: datetime) -> Outcome | None:
    side = event.party
    party = intro.party(side)
    # Only mail asking a party can bounce back as theirs; anything else is not ours to judge.
    if not party.was_asked:
        return None
    intro = intro.with_party(side, replace(party, delivery_failed=True))
    commands = (*_closing_notes(intro, skip=side), _notify(intro, Notice.FAILED, side))
    intro = log(intro, now, "delivery_failed", side, event.message_id, note=event.reason)
    return _close(intro, Status.FAILED, now), commands


def _on_tick(intro: Intro, now: datetime, tokens: TokenSource) -> Outcome | None:
    expiry = intro.expiry_due()
    if expiry is not None and now >= expiry:
        return _expire(intro, now)
    commands: list[Command] = []
    for side in SIDES:
        due = intro.reminder_due(side)
        if due is None or now < due:
            continue
        party, token = _hand_token(intro.party(side), side, tokens)
        n = party.reminders_sent + 1
        party = replace(party, reminders_sent=n, prompted_at=now)
        intro = log(intro.with_party(side, party), now, "reminded", side, note=f"reminder {n}")
        commands.append(
            SendReminder(
                intro_id=intro.id,
                party=side,
                to=party.person,
                other_name=intro.party(other_side(side)).person.label,
                requester_name=intro.requester.label,
                context=intro.context_for(side),
                token=token,
                n=n,
            )
        )
    return (intro, tuple(commands)) if commands else None


def _expire(intro: Intro, now: datetime) -> Outcome:
    silent = [s for s in SIDES if intro.party(s).consent is Consent.ASKED]
    for side in silent:
        intro = intro.with_party(side, replace(intro.party(side), consent=Consent.NO_ANSWER))
    # The requester may learn who stayed silent; the parties learn nothing but the close.
    who = silent[0] if len(silent) == 1 else None
    commands = (*_closing_notes(intro), _notify(intro, Notice.EXPIRED, who))
    intro = log(intro, now, "expired", who)
    return _close(intro, Status.EXPIRED, now), commands
