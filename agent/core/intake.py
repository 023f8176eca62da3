"""Making an introduction out of a request: ``new_intro``.

The edge has already checked that the requester is allowed and drawn the short id and
the tokens. A confident request goes straight to the parties; an unsure one waits for
the requester to confirm or correct it, and nobody else is written to until then.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from agent.config import LifecycleSection
from agent.core.commands import AcknowledgeRequest, AskRequesterToConfirm, Command
from agent.core.events import IntroRequest
from agent.core.intro import Intro, Status
from agent.core.policy import Policy
from agent.core.tokens import TokenSource, hash_token
from agent.core.transition import fresh_party, log, start_asking


def new_intro(
    request: IntroRequest,
    intro_id: str,
    now: datetime,
    tokens: TokenSource,
    policy: Policy | LifecycleSection,
) -> tuple[Intro, tuple[Command, ...]]:
    """The new introduction and its first commands; ``ValueError`` if the request is unusable.

    Unlike ``transition``, this may refuse: a request to introduce someone to themselves,
    or a clock without a time zone, is a bug in the caller, not an event to ignore.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if request.a.person.key == request.b.person.key:
        raise ValueError("the two parties must have different addresses")
    if not intro_id:
        raise ValueError("an introduction needs an id")
    if isinstance(policy, LifecycleSection):
        policy = Policy.from_lifecycle(policy)
    key = request.requester.key
    intro = Intro(
        id=intro_id,
        requester=request.requester,
        a=fresh_party(request.a, key, request.message_id, now),
        b=fresh_party(request.b, key, request.message_id, now),
        context=request.context,
        status=Status.AWAITING_REQUESTER,
        policy=policy,
        created_at=now,
        updated_at=now,
        request_message_id=request.message_id,
        applied=(request.message_id,),
    )
    intro = log(intro, now, "requested", "requester", request.message_id, note=request.context)
    if request.confident:
        ack = AcknowledgeRequest(
            intro_id=intro_id,
            to=request.requester,
            a_name=intro.a.person.label,
            b_name=intro.b.person.label,
        )
        intro, asked = start_asking(intro, now, tokens)
        return intro, (ack, *asked)
    # An unsure request gets one mail: the question, which carries the id as well.
    commands: list[Command] = []
    token = tokens.requester
    intro = log(
        replace(intro, requester_token_hash=hash_token(token)),
        now,
        "asked_requester_to_confirm",
        "requester",
    )
    commands.append(
        AskRequesterToConfirm(
            intro_id=intro_id,
            to=request.requester,
            a=intro.a.person,
            b=intro.b.person,
            context=intro.context,
            token=token,
        )
    )
    return intro, tuple(commands)
