"""A suggestion that someone would be good for someone else to know ("Joanne at St
Cuthbert's Hospice might be good for our Tom to know", "Joanne would be a good contact
for Tom to meet") pairs them, the organisation named in the possessive still where she
works ("at St Cuthbert's Hospice", "from St Cuthbert's"); "it might be good for Tom to
know" names no one. From a role mailbox ("manager@") signed with a first name and then a
full name ("Lorraine\\n\\nLorraine Pickup\\nRegistered Manager"), the one who signs asks."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import Party
from agent.understanding.requests import understand_request
from tests.agent.understanding.test_requests import AGENT, understand


@pytest.mark.parametrize(
    "body",
    [
        "Hiya,\n\nJoanne at St Cuthbert's Hospice might be good for our Tom to know - re the"
        " end of life training.\n\nLorraine",
        "Hiya,\n\nJoanne from St Cuthbert's might be good for our Tom to know.\n\nLorraine",
        "Hiya,\n\nJoanne at St Cuthbert's Hospice would be a good contact for our Tom to"
        " meet.\n\nLorraine",
        "Hiya,\n\nNot sure if this one's for you, but Joanne at St Cuthbert's Hospice might be"
        " good for our Tom to know. Then again Tom's off till the 20th so maybe leave it for"
        " now. What do you reckon?\n\nLorraine",
    ],
)
def test_someone_good_for_another_to_know_is_asked_about(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (Party("Tom", None), Party("Joanne", None))
    assert not result.confident


@pytest.mark.parametrize(("verb", "confident"), [("might", False), ("would", True)])
def test_someone_good_to_know_with_addresses_pairs_them(verb: str, confident: bool) -> None:
    # "might be good for" leaves it to the agent's judgement (judgement_cues): asked about.
    result = understand(
        f"Hi,\n\nJoanne Hill (joanne@stc.example) {verb} be good for Tom Baker"
        " (tom@rosewood.example) to meet.\n\nLorraine"
    )
    assert (result.a, result.b) == (
        Party("Tom Baker", "tom@rosewood.example"),
        Party("Joanne Hill", "joanne@stc.example"),
    )
    assert result.confident is confident


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nit might be good for Tom to know.\n\nLorraine",
        "Hi,\n\nThe new rota might be good for Tom to know about.\n\nLorraine",
    ],
)
def test_nothing_good_to_know_named_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


def test_a_role_mailbox_signed_twice_is_the_signer() -> None:
    message = EmailMessage()
    message["From"] = "Rosewood Care Home <manager@rosewood.example>"
    message["To"] = AGENT
    message["Subject"] = "Tom/Joanne??"
    message.set_content(
        "Hiya,\n\nJoanne at St Cuthbert's Hospice might be good for our Tom to know.\n\n"
        "Lorraine\n\nLorraine Pickup\nRegistered Manager\nRosewood Care Home\n"
    )
    result = understand_request(parse_message(message.as_bytes()), AGENT)
    assert result.requester == Party("Lorraine Pickup", "manager@rosewood.example")
