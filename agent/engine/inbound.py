"""What one incoming message does: route it, apply it, and commit everything it caused at once.

``process_message`` is the edge between mail and the core. In one store transaction it
records the message as processed, applies the events it carries to the introductions
they belong to, and queues the mails the core asks for. The caller moves the message
out of the inbox only after that commit, so a crash at any point leaves either nothing
done (the message is read again) or everything done (it is recognised and only moved).

Routing, in order:
1. mail from the agent itself, or with no single sender, is ignored;
2. robots (auto-replies, bounces, lists) are never answered; a delivery report about an
   opt-in marks that party failed;
3. a reply in the thread of a mail the agent sent (In-Reply-To/References), or carrying
   a token in a plus-address, goes to that introduction, and counts only when it comes
   from the very address that was asked; nothing in the thread of the introduction mail
   itself is ever answered;
4. anything else is a new request or a command, acted on only for an allowed (and,
   when configured, authenticated) requester.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from agent.core.commands import Command
from agent.core.events import (
    Answer,
    CancelRequested,
    DeliveryFailed,
    Event,
    IntroRequest,
    PartyReplied,
    PartyRequest,
    RequesterConfirmed,
    RequesterCorrected,
)
from agent.core.intake import new_intro
from agent.core.intro import Intro, Person, Side, Status
from agent.core.policy import Policy
from agent.core.tokens import TokenSource, hash_token, token_matches
from agent.core.transition import transition
from agent.engine import outbox, replies_to_requester
from agent.engine.mails import MailSettings, compose
from agent.engine.named_cancels import named_intro
from agent.engine.tables import (
    ADDRESS_BOOK,
    INTROS,
    OUTBOX,
    PROCESSED,
    load_intro,
    pair_key,
    save_intro,
)
from agent.message import Address, ParsedMessage
from agent.store.base import Tables
from agent.understanding.address_book import called_by, first_names, surnames, with_namesakes
from agent.understanding.request_model import RequestResult
from rules.allowed_requester import AllowedRequester
from rules.authenticated_sender import AuthenticatedSender

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


class ReplyReading(Protocol):
    """What a reply's words were read as."""

    @property
    def answer(self) -> str: ...

    @property
    def text(self) -> str: ...


class Understanding(Protocol):
    """The understanding the engine relies on (``agent.understanding`` provides it)."""

    def robot_reason(self, message: ParsedMessage) -> str | None:
        """Why this message comes from a robot (auto-reply, bounce, list), or None."""

    def is_delivery_report(self, message: ParsedMessage) -> bool:
        """True for a delivery status notification (a bounce)."""

    def read_reply(self, message: ParsedMessage) -> ReplyReading:
        """Yes, no, unclear or auto_reply, and the new text it was read from."""

    def read_request(
        self, message: ParsedMessage, agent_address: str, address_book: AddressLookup
    ) -> RequestResult:
        """An intro request, a command, or not a request."""


class AddressLookup(Protocol):
    def lookup(self, name: str) -> Sequence[Address]: ...

    def lookup_surname(self, surname: str) -> Sequence[Address]: ...


@dataclass(frozen=True)
class Environment:
    """Everything ``process_message`` needs besides the store and the message."""

    agent_address: str
    allowed: AllowedRequester
    authenticated: AuthenticatedSender | None
    policy: Policy
    mails: MailSettings
    understanding: Understanding
    # Tokens for an event on an introduction: (introduction id, event id) -> tokens.
    draw_tokens: Callable[[str, str], TokenSource]
    new_intro_id: Callable[[], str]


@dataclass(frozen=True)
class Outcome:
    """What a message did, as recorded in the store and logged."""

    action: str
    detail: str = ""
    intro_ids: tuple[str, ...] = ()
    queued: tuple[str, ...] = field(default=())


def message_key(message_id: str | None, raw: bytes) -> str:
    """How a message is recognised again: its Message-ID, else a hash of its bytes."""
    if message_id and message_id.strip("<> "):
        return "mid:" + message_id.strip().lower()
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def already_processed(tables: Tables, key: str) -> bool:
    return tables.get(PROCESSED, key) is not None


def process_message(
    tx: Tables,
    env: Environment,
    message: ParsedMessage,
    key: str,
    now: datetime,
    source: dict[str, Any] | None = None,
    raw: bytes = b"",
) -> Outcome:
    """Route and apply one message inside the caller's transaction; record it as processed.

    ``raw`` is the message as received: a bounce names the mail it returns in a part
    the parsed text leaves out (the returned headers), so that is read from the bytes.
    """
    router = _Router(tx, env, message, key, now, raw)
    outcome = router.route()
    tx.put(
        PROCESSED,
        key,
        {
            "processed_at": now.isoformat(),
            "action": outcome.action,
            "detail": outcome.detail,
            "intro_ids": list(outcome.intro_ids),
            **(source or {}),
        },
    )
    return outcome


class _Router:
    """One message's way through the rules; every write goes to the caller's transaction."""

    def __init__(
        self,
        tx: Tables,
        env: Environment,
        message: ParsedMessage,
        key: str,
        now: datetime,
        raw: bytes = b"",
    ) -> None:
        self.tx = tx
        self.raw = raw
        self.env = env
        self.msg = message
        self.now = now
        # Events need an id even when the message has none, so replays stay idempotent.
        self.event_id = message.message_id or key
        self.queued: list[str] = []

    # Routing.

    def route(self) -> Outcome:
        msg, env = self.msg, self.env
        if len(msg.from_) != 1 or not msg.from_[0].key:
            return Outcome("ignored", "no single sender")
        sender = msg.from_[0].key
        if _same_mailbox(sender, env.agent_address):
            return Outcome("ignored", "mail from the agent itself")
        reason = env.understanding.robot_reason(msg)
        if reason is not None:
            if env.understanding.is_delivery_report(msg):
                return self.delivery_report()
            return Outcome("ignored", f"robot: {reason}")
        thread = self.thread_match()
        if thread is not None:
            return thread
        token = self.token_match()
        if token is not None:
            return token
        return self.new_mail()

    def thread_match(self) -> Outcome | None:
        # Newest reference first: In-Reply-To, then References from the end.
        ids = [*self.msg.in_reply_to, *reversed(self.msg.references)]
        for mid in ids:
            rows = self.tx.find(OUTBOX, "message_id", mid)
            for row in rows.values():
                intro = load_intro(self.tx, str(row.get("intro_id", "")))
                if intro is None:
                    continue
                role = str(row.get("role", ""))
                if role == "parties":
                    return Outcome("ignored", "reply in the introduction thread", (intro.id,))
                return self.reply_to(intro, role)
        return None

    def token_match(self) -> Outcome | None:
        for token in self.plus_tokens():
            for intro_id in self.tx.find(INTROS, "token", hash_token(token)):
                intro = load_intro(self.tx, intro_id)
                if intro is None:
                    continue
                for role in ("a", "b", "requester"):
                    if token_matches(intro, role, token):
                        return self.reply_to(intro, role)
        return None

    def plus_tokens(self) -> list[str]:
        local, _, domain = self.env.agent_address.lower().rpartition("@")
        headers = ("to", "cc", "delivered-to", "x-original-to")
        found: list[str] = []
        for name in headers:
            for value in self.msg.headers.get(name, ()):
                for addr in _EMAIL.findall(value):
                    user, _, dom = addr.lower().rpartition("@")
                    base, plus, tag = user.partition("+")
                    if plus and base == local and dom == domain and tag:
                        found.append(tag)
        return found

    # Replies in a known introduction.

    def reply_to(self, intro: Intro, role: str) -> Outcome:
        sender = self.msg.from_[0].key
        if intro.is_closed:
            return Outcome("ignored", f"reply to a {intro.status} introduction", (intro.id,))
        if role in ("a", "b"):
            side: Side = "a" if role == "a" else "b"
            if sender == intro.party(side).person.key:
                return self.party_reply(intro, side)
        if sender == intro.requester.key and self.requester_may_command():
            return self.requester_reply(intro)
        return Outcome("ignored", "reply from an address that was not asked", (intro.id,))

    def party_reply(self, intro: Intro, side: Side) -> Outcome:
        reading = self.env.understanding.read_reply(self.msg)
        answer = Answer(reading.answer)
        event = PartyReplied(
            message_id=self.event_id,
            party=side,
            answer=answer,
            words=reading.text[:500],
            tokens=self.env.draw_tokens(intro.id, self.event_id),
        )
        return self.apply(intro, event, f"party {side} answered {answer}")

    def requester_reply(self, intro: Intro) -> Outcome:
        result = self.read_request()
        if result.kind == "command" and result.command == "cancel":
            requester = self.msg.from_[0].key
            target = (result.context or "").strip().lstrip("#").lower()
            named = bool(target) and not (result.context or "").startswith("#")
            if target not in ("thread", intro.id.lower()) and not (
                named and named_intro([intro], requester, result.context or "") is intro
            ):
                # "Oh and the other request, the one with Bergeron, forget it": another
                # intro than the thread's, found by its id or name, else none is cancelled.
                return self.command(result)
            return self.apply(intro, CancelRequested(self.event_id), "requester cancelled")
        if intro.status is not Status.AWAITING_REQUESTER:
            return Outcome("ignored", "requester wrote in the thread", (intro.id,))
        reading = self.env.understanding.read_reply(self.msg)
        corrected = self.corrections(intro, reading.text)
        if corrected:
            event: Event = RequesterCorrected(
                message_id=self.event_id,
                tokens=self.env.draw_tokens(intro.id, self.event_id),
                a=corrected.get("a"),
                b=corrected.get("b"),
            )
            return self.apply(intro, event, "requester corrected the parties")
        if reading.answer == "yes" and intro.a.person.email and intro.b.person.email:
            event = RequesterConfirmed(self.event_id, self.env.draw_tokens(intro.id, self.event_id))
            return self.apply(intro, event, "requester confirmed")
        return Outcome("ignored", "requester answer not understood", (intro.id,))

    def corrections(self, intro: Intro, text: str) -> dict[str, PartyRequest]:
        """New addresses for the parties, read from the requester's answer."""
        found: dict[str, PartyRequest] = {}
        lines = [line for line in text.splitlines() if _EMAIL.search(line)]
        sides: tuple[Side, Side] = ("a", "b")
        missing = [s for s in sides if not intro.party(s).person.email]
        emails = [e for line in lines for e in _EMAIL.findall(line)]
        for side in sides:
            person = intro.party(side).person
            names = {n.lower() for n in person.name.split()[:1] if len(n) > 1}
            for line in lines:
                words = {w.lower().strip(",:;") for w in line.split()}
                if names & words:
                    email = _EMAIL.findall(line)[0]
                    if email.lower() != person.key:
                        found[side] = PartyRequest(Person(person.name, email))
                    break
        if not found and len(missing) == 1 and len(set(emails)) == 1:
            person = intro.party(missing[0]).person
            found[missing[0]] = PartyRequest(Person(person.name, emails[0]))
        return found

    def delivery_report(self) -> Outcome:
        # The returned mail's headers sit in a message/rfc822 or text/rfc822-headers part.
        returned = self.raw.decode("ascii", "replace")
        text = "\n".join((self.msg.text, *self.msg.attachments, returned))
        raw_ids = re.findall(r"<intro\.[0-9a-f]{32}@[^>\s]+>", text)
        for mid in dict.fromkeys(raw_ids):
            for row in self.tx.find(OUTBOX, "message_id", mid).values():
                role = str(row.get("role", ""))
                intro = load_intro(self.tx, str(row.get("intro_id", "")))
                if intro is None or role not in ("a", "b"):
                    continue
                side: Side = "a" if role == "a" else "b"
                event = DeliveryFailed(self.event_id, side)
                return self.apply(intro, event, f"delivery to party {side} failed")
        return Outcome("ignored", "delivery report for no opt-in")

    # New requests and commands.

    def requester_may_command(self) -> bool:
        if not self.env.allowed.check(self.msg):
            return False
        return self.env.authenticated is None or self.env.authenticated.check(self.msg)

    def read_request(self) -> RequestResult:
        return self.env.understanding.read_request(
            self.msg, self.env.agent_address, _StoreAddressBook(self.tx)
        )

    def new_mail(self) -> Outcome:
        if not self.env.allowed.check(self.msg):
            return Outcome("ignored", "sender is not an allowed requester")
        if self.env.authenticated is not None and not self.env.authenticated.check(self.msg):
            return Outcome("ignored", "sender not authenticated by the receiving server")
        self.remember_addresses()
        result = self.read_request()
        if result.kind == "command":
            return self.command(result)
        if result.kind != "intro_request":
            return Outcome("ignored", "not a request")
        created: list[str] = []
        skipped: list[str] = []
        for pair in result.pairs:
            intro_id, made = self.create(result, pair.a, pair.b)
            (created if made else skipped).append(intro_id)
        if not created:
            return Outcome("ignored", "the pair is already being introduced: " + " ".join(skipped))
        return Outcome("intro_created", "", tuple(created), tuple(self.queued))

    def create(self, result: RequestResult, a: Any, b: Any) -> tuple[str, bool]:
        """Make one introduction; returns its id and True, or why not and False."""
        sender = self.msg.from_[0]
        requester = Person(sender.name, sender.key)
        if result.requester is not None and result.requester.email:
            requester = Person(result.requester.name or "", result.requester.email)
        pa = Person(a.name or "", a.email or "")
        pb = Person(b.name or "", b.email or "")
        if pa.email and pb.email:
            for intro_id in self.tx.find(INTROS, "open_pair", pair_key(pa.email, pb.email)):
                return f"#{intro_id}", False
        confident = bool(result.confident and pa.email and pb.email)
        request = IntroRequest(
            message_id=self.event_id,
            requester=requester,
            a=PartyRequest(pa),
            b=PartyRequest(pb),
            context=result.context or "",
            confident=confident,
        )
        intro_id = self.fresh_id()
        try:
            intro, commands = new_intro(
                request,
                intro_id,
                self.now,
                self.env.draw_tokens(intro_id, self.event_id),
                self.env.policy,
            )
        except ValueError:
            # Not enough to go on (the same person twice, or no address at all):
            # the requester gets the help mail rather than a guess.
            self.reply_plain("help", {})
            return "unusable request", False
        self.save(intro, commands)
        return intro_id, True

    def fresh_id(self) -> str:
        for _ in range(100):
            candidate = self.env.new_intro_id()
            if self.tx.get(INTROS, candidate) is None:
                return candidate
        raise RuntimeError("could not draw an unused introduction id")

    def command(self, result: RequestResult) -> Outcome:
        requester = self.msg.from_[0].key
        if result.command == "status":
            self.reply_plain("status", replies_to_requester.status_context(self.tx, requester))
            return Outcome("command", "status", (), tuple(self.queued))
        if result.command == "cancel":
            reference = (result.context or "").strip().lstrip("#")
            intro = load_intro(self.tx, reference) if reference else None
            if intro is None and reference and not (result.context or "").startswith("#"):
                # "Cancel my request for Bob Jones": the requester's one intro with Bob.
                intro = named_intro(self.requester_intros(requester), requester, reference)
            if intro is None or intro.requester.key != requester or intro.is_closed:
                # Only what the requester wrote is quoted back ("thread" is ours).
                shown = "" if result.context in (None, "thread") else result.context
                self.reply_plain("cancel_unknown", {"reference": shown})
                return Outcome("command", "cancel: nothing to cancel", (), tuple(self.queued))
            return self.apply(intro, CancelRequested(self.event_id), "requester cancelled")
        self.reply_plain("help", {})
        return Outcome("command", "help", (), tuple(self.queued))

    def requester_intros(self, requester: str) -> list[Intro]:
        """Every introduction ``requester`` asked for, open or closed."""
        found = (load_intro(self.tx, key) for key in self.tx.find(INTROS, "requester", requester))
        return [intro for intro in found if intro is not None]

    def remember_addresses(self) -> None:
        """Names and addresses seen in an allowed requester's headers, for later requests."""
        for addr in (*self.msg.from_, *self.msg.to, *self.msg.cc):
            if (
                not addr.key
                or not addr.name.strip()
                or _same_mailbox(addr.key, self.env.agent_address)
            ):
                continue
            doc = self.tx.get(ADDRESS_BOOK, addr.key) or {"names": []}
            names = [n for n in doc.get("names", []) if n != addr.name.strip()]
            doc.update(names=[addr.name.strip(), *names][:5], last_seen=self.now.isoformat())
            self.tx.put(ADDRESS_BOOK, addr.key, doc)

    # Applying.

    def apply(self, intro: Intro, event: Event, detail: str) -> Outcome:
        new, commands = transition(intro, event, self.now)
        if new == intro and not commands:
            return Outcome("ignored", f"no change: {detail}", (intro.id,))
        self.save(new, commands)
        return Outcome("event", detail, (intro.id,), tuple(self.queued))

    def save(self, intro: Intro, commands: Iterable[Command]) -> None:
        save_intro(self.tx, intro)
        for command in commands:
            item = compose(command, intro, self.env.mails, self.now, self.event_id)
            if outbox.queue(self.tx, item, self.now):
                self.queued.append(item.key)

    def reply_plain(self, kind: str, context: dict[str, Any]) -> None:
        sender = self.msg.from_[0]
        item = replies_to_requester.compose_reply(
            self.env.mails, kind, sender, context, self.msg.message_id, self.event_id, self.now
        )
        if outbox.queue(self.tx, item, self.now):
            self.queued.append(item.key)


class _StoreAddressBook:
    """The address book table, read through the understanding's ``AddressBook`` protocol."""

    def __init__(self, tables: Tables) -> None:
        self._tables = tables
        self._by_name: dict[str, list[Address]] | None = None
        self._called: dict[str, dict[str, Address]] = {}
        self._by_first: dict[str, list[Address]] = {}
        self._by_last: dict[str, dict[str, Address]] = {}
        self._firsts: list[str] = []

    def lookup(self, name: str) -> Sequence[Address]:
        index = self._index()
        key = " ".join(name.casefold().split())
        found = tuple({a.key: a for a in index.get(key, [])}.values())
        return with_namesakes(found, key, self._called, self._firsts, self._by_first)

    def lookup_surname(self, surname: str) -> Sequence[Address]:
        self._index()
        return tuple(self._by_last.get(" ".join(surname.casefold().split()), {}).values())

    def _index(self) -> dict[str, list[Address]]:
        """The table read once: names (full and first), surnames, first names it goes by."""
        if self._by_name is None:
            index: dict[str, list[Address]] = {}
            for email, doc in self._tables.all(ADDRESS_BOOK).items():
                for full in doc.get("names", []):
                    words = " ".join(str(full).casefold().split())
                    firsts = first_names(words)
                    for key in {words, *firsts} if words else ():
                        index.setdefault(key, []).append(Address(str(full), email))
                    entry = Address(str(full), email)
                    for first in firsts:
                        self._by_first.setdefault(first, []).append(entry)
                    for surname in surnames(words):
                        self._by_last.setdefault(surname, {})[entry.key] = entry
                    called = called_by(entry)
                    if called is not None:
                        self._called.setdefault(called, {})[entry.key] = entry
            self._by_name = index
            self._firsts = sorted(self._by_first)
        return self._by_name


def _same_mailbox(address: str, agent_address: str) -> bool:
    """True for the agent's address and its plus-addresses."""
    user, _, domain = address.lower().rpartition("@")
    a_user, _, a_domain = agent_address.lower().rpartition("@")
    return domain == a_domain and user.partition("+")[0] == a_user
