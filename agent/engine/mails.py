"""Turn the core's commands into the mails that carry them.

The core says what to tell whom; this module picks the template, fills it, and sets the
headers that make the mail work: a Reply-To with the party's token as a plus-address
(``intros+TOKEN@domain``) so an answer finds its introduction from any client, threading
headers so the requester's mails stay in the request's thread, and a Message-ID derived
from the command's key so a resend after a crash is the same mail.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from agent.core.commands import (
    AcknowledgeRequest,
    AskRequesterToConfirm,
    Command,
    NotifyRequester,
    SendClarification,
    SendClosingNote,
    SendIntroduction,
    SendOptIn,
    SendReminder,
)
from agent.core.intro import Consent, Intro, Person, Side, other_side
from agent.engine.token_key import MARKER, TokenKey
from agent.mail.compose import AutoSubmitted, OutgoingMail, make_message_id
from agent.message import Address
from agent.render import Renderer


@dataclass(frozen=True)
class MailSettings:
    """What every mail the agent writes needs to know about the agent."""

    address: str
    name: str
    id_secret: str
    renderer: Renderer
    tokens: TokenKey

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2]

    @property
    def sender(self) -> Address:
        return Address(self.name, self.address)

    def message_id(self, key: str) -> str:
        return make_message_id(key, self.domain, self.id_secret)

    def plus_address(self, token: str) -> str:
        """The agent's address with ``+token`` added, where replies carry the token back."""
        local, _, domain = self.address.rpartition("@")
        return f"{local}+{token}@{domain}"


@dataclass(frozen=True)
class MailToSend:
    """A composed mail and what the outbox needs to know about it."""

    key: str
    intro_id: str
    kind: str
    # Who the mail is for: "requester", "a", "b" or "parties" (the introduction).
    role: str
    mail: OutgoingMail
    # (introduction, event, role) of the token the sender fills in for the marker.
    token_ref: tuple[str, str, str] | None = None
    # What a mail listing this one with others needs (``ack_folding.py``): the
    # reference and the names, so folding reads no introduction.
    about: Mapping[str, str] | None = None


def compose_plain(
    settings: MailSettings,
    kind: str,
    to: Address,
    context: Mapping[str, Any],
    key: str,
    now: datetime,
    *,
    role: str,
    auto: AutoSubmitted,
    in_reply_to: str | None = None,
) -> MailToSend:
    """A mail no introduction causes (a status answer, a digest), to one person."""
    return _mail(
        settings,
        now,
        key,
        "",
        kind,
        role,
        to=(Person(to.name, to.email),),
        context=context,
        auto=auto,
        in_reply_to=in_reply_to,
        references=(in_reply_to,) if in_reply_to else (),
    )


def _addr(person: Person) -> Address:
    return Address(person.name, person.email)


def opt_in_key(intro_id: str, side: Side) -> str:
    """The key (and so the Message-ID seed) of the opt-in to one party."""
    return f"{intro_id}:opt-in:{side}"


def compose(
    command: Command, intro: Intro, settings: MailSettings, now: datetime, event_id: str
) -> MailToSend:
    """The mail that carries ``command`` for ``intro``; ``event_id`` handed out its token.

    The token itself never enters the mail: the Reply-To holds a marker, and the sender
    derives the token again from ``token_ref`` when it sends.
    """
    item = _compose(command, intro, settings, now)
    role: str
    if isinstance(command, AskRequesterToConfirm):
        role = "requester"
    elif isinstance(command, SendOptIn | SendReminder | SendClarification):
        role = command.party
    else:
        return item
    if settings.tokens.token(intro.id, event_id, role) != command.token:
        raise ValueError(f"{command.key}: its token was not drawn for event {event_id!r}")
    return replace(item, token_ref=(intro.id, event_id, role))


def _requester_to_party(intro: Intro) -> str:
    """The requester as named to a party: a requester with no name goes by their address,
    unless they are a party too, whose address the other must not learn before a yes."""
    requester = intro.requester
    parties = (intro.a.person.key, intro.b.person.key)
    return requester.label if requester.key in parties else requester.own_label


def _compose(command: Command, intro: Intro, settings: MailSettings, now: datetime) -> MailToSend:
    # The requester gave both addresses, and the introduction shares them: mails to the
    # requester, and the introduction, name people without a name by their address.
    base: dict[str, Any] = {
        "agent_name": settings.name,
        "agent_address": settings.address,
        "intro_id": intro.id,
        "requester_name": intro.requester.own_label,
        "a_name": intro.a.person.own_label,
        "b_name": intro.b.person.own_label,
    }
    parent = intro.request_message_id
    match command:
        case AcknowledgeRequest():
            # A party who already said yes (the requester asking to meet someone) is
            # not among those asked.
            asking = [
                party.person.own_label
                for party in (intro.a, intro.b)
                if party.consent is not Consent.YES and party.person.key != intro.requester.key
            ]
            item = _mail(
                settings,
                now,
                command.key,
                intro.id,
                "acknowledge",
                "requester",
                to=(command.to,),
                context={**base, "asking": asking},
                auto="auto-replied",
                in_reply_to=parent,
                references=(parent,),
            )
            about = {
                "id": intro.id,
                "a_name": base["a_name"],
                "b_name": base["b_name"],
                "requester_name": command.to.name,
            }
            return replace(item, about=about)
        case AskRequesterToConfirm():
            context = {
                **base,
                "a": {"name": command.a.name, "email": command.a.email or None},
                "b": {"name": command.b.name, "email": command.b.email or None},
                "context": command.context,
            }
            return _mail(
                settings,
                now,
                command.key,
                intro.id,
                "confirm_request",
                "requester",
                to=(command.to,),
                context=context,
                auto="auto-replied",
                reply_to=settings.plus_address(MARKER),
                in_reply_to=parent,
                references=(parent,),
            )
        case SendOptIn() | SendReminder():
            kind = "opt_in" if isinstance(command, SendOptIn) else "reminder"
            context = {
                **base,
                "requester_name": _requester_to_party(intro),
                "party_name": command.to.own_label,
                "other_name": command.other_name,
                "context": command.context,
                "n": getattr(command, "n", 0),
            }
            # A reminder sits in the thread of the opt-in it follows up.
            first = settings.message_id(opt_in_key(intro.id, command.party))
            return _mail(
                settings,
                now,
                command.key,
                intro.id,
                kind,
                command.party,
                to=(command.to,),
                context=context,
                reply_to=settings.plus_address(MARKER),
                in_reply_to=None if kind == "opt_in" else first,
                references=() if kind == "opt_in" else (first,),
            )
        case SendClarification():
            first = settings.message_id(opt_in_key(intro.id, command.party))
            context = {
                **base,
                "requester_name": _requester_to_party(intro),
                "party_name": command.to.own_label,
                "other_name": command.other_name,
            }
            return _mail(
                settings,
                now,
                command.key,
                intro.id,
                "clarification",
                command.party,
                to=(command.to,),
                context=context,
                auto="auto-replied",
                reply_to=settings.plus_address(MARKER),
                in_reply_to=first,
                references=(first,),
            )
        case SendIntroduction():
            context = {
                **base,
                "a_email": command.a.email,
                "b_email": command.b.email,
                "context": command.context,
                "context_a": command.context_a,
                "context_b": command.context_b,
                "requester_copied": bool(command.cc or command.bcc),
            }
            requester = (command.requester,)
            people = (command.a, command.b) + (requester if command.cc else ())
            return _mail(
                settings,
                now,
                command.key,
                intro.id,
                "introduction",
                "parties",
                to=(command.a, command.b),
                context=context,
                cc=requester if command.cc else (),
                bcc=requester if command.bcc else (),
                # Replies go to the people, never back to the agent.
                reply_to_people=people,
            )
        case SendClosingNote():
            first = settings.message_id(opt_in_key(intro.id, command.party))
            context = {
                **base,
                "requester_name": _requester_to_party(intro),
                "party_name": command.to.own_label,
            }
            return _mail(
                settings,
                now,
                command.key,
                intro.id,
                "closing_note",
                command.party,
                to=(command.to,),
                context=context,
                in_reply_to=first,
                references=(first,),
            )
        case NotifyRequester():
            side = command.party
            context = {
                **base,
                "party_name": command.party_name,
                "other_name": intro.party(other_side(side)).person.label if side else "",
                "words": command.words,
            }
            return _mail(
                settings,
                now,
                command.key,
                intro.id,
                f"notify_{command.notice}",
                "requester",
                to=(command.to,),
                context=context,
                in_reply_to=parent,
                references=(parent,),
            )
    raise TypeError(f"not a command: {command!r}")  # pragma: no cover - the match is total


def _mail(
    settings: MailSettings,
    now: datetime,
    key: str,
    intro_id: str,
    kind: str,
    role: str,
    *,
    to: tuple[Person, ...],
    context: Mapping[str, Any],
    auto: AutoSubmitted = "auto-generated",
    cc: tuple[Person, ...] = (),
    bcc: tuple[Person, ...] = (),
    reply_to: str | None = None,
    reply_to_people: tuple[Person, ...] = (),
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> MailToSend:
    rendered = settings.renderer.render(kind, context)
    replies: tuple[Address, ...] = tuple(_addr(p) for p in reply_to_people)
    if reply_to is not None:
        replies = (Address(settings.name, reply_to),)
    mail = OutgoingMail(
        sender=settings.sender,
        to=tuple(_addr(p) for p in to),
        cc=tuple(_addr(p) for p in cc),
        bcc=tuple(_addr(p) for p in bcc),
        reply_to=replies,
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        message_id=settings.message_id(key),
        date=now,
        auto_submitted=auto,
        in_reply_to=in_reply_to,
        references=references,
    )
    return MailToSend(key=key, intro_id=intro_id, kind=kind, role=role, mail=mail)
