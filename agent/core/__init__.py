"""The pure core of an introduction: a state machine with no I/O.

``new_intro`` makes an introduction from a request; ``transition(intro, event, now)``
decides everything after. Both return the new immutable introduction and the commands
(mails described by meaning) the edges should carry out. Time and tokens come in from
outside, so the same inputs always give the same outputs.
"""

from agent.core.commands import (
    COMMAND_TYPES,
    AcknowledgeRequest,
    AskRequesterToConfirm,
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
    IntroRequest,
    PartyReplied,
    PartyRequest,
    RequesterConfirmed,
    RequesterCorrected,
    Tick,
)
from agent.core.intake import new_intro
from agent.core.intro import (
    SIDES,
    Consent,
    HistoryEntry,
    Intro,
    Party,
    Person,
    Role,
    Side,
    Status,
    Step,
    other_side,
)
from agent.core.policy import Policy
from agent.core.tokens import TokenSource, draw_tokens, hash_token, token_matches
from agent.core.transition import transition

__all__ = [
    "COMMAND_TYPES",
    "EVENT_TYPES",
    "SIDES",
    "AcknowledgeRequest",
    "Answer",
    "AskRequesterToConfirm",
    "CancelRequested",
    "Command",
    "Consent",
    "DeliveryFailed",
    "Event",
    "HistoryEntry",
    "Intro",
    "IntroRequest",
    "Notice",
    "NotifyRequester",
    "Party",
    "PartyReplied",
    "PartyRequest",
    "Person",
    "Policy",
    "RequesterConfirmed",
    "RequesterCorrected",
    "Role",
    "SendClarification",
    "SendClosingNote",
    "SendIntroduction",
    "SendOptIn",
    "SendReminder",
    "Side",
    "Status",
    "Step",
    "Tick",
    "TokenSource",
    "draw_tokens",
    "hash_token",
    "new_intro",
    "other_side",
    "token_matches",
    "transition",
]
