"""A "+" written before an address, adding someone to a thread, is no part of it."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import load_rules, understand_request

AGENT = "intro@introbot.net"


def mail(body: str, *, to: str, cc: str | None = None) -> ParsedMessage:
    message = EmailMessage()
    message["From"] = "Rob Feeney <rob@feeney.vc>"
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = "hello"
    message.set_content(body)
    return parse_message(message.as_bytes())


def understand(
    body: str, *, to: str, cc: str | None = None, book: MemoryAddressBook | None = None
) -> RequestResult:
    return understand_request(mail(body, to=to, cc=cc), AGENT, book)


TWO = "Tomasz Wrobel <tomasz@parcelgrid.example>, Nadia Haddad <nadia@shipmate.example>"
PAIR = {
    Party("Tomasz Wrobel", "tomasz@parcelgrid.example"),
    Party("Nadia Haddad", "nadia@shipmate.example"),
}


def test_a_plus_before_an_address_is_no_part_of_it() -> None:
    items = tokenize("+intro@introbot.net to handle, +Ana.Ruiz@Feria.example too", load_rules())
    assert [item.email for item in items if item.email] == [
        "intro@introbot.net",
        "Ana.Ruiz@Feria.example",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "+intro@introbot.net\n\nTomasz, Nadia - you two should talk, both doing last-mile.",
        "+intro@introbot.net\n\nTomasz et Nadia font de la logistique. Vous devriez vous parler.",
        "+intro@introbot.net\n\nTomasz, Nadia: deberíais hablar, los dos hacéis logística.",
    ],
)
def test_the_agent_added_with_a_plus_is_no_one_left_out(body: str) -> None:
    result = understand(body + "\n\nRob", to=TWO, cc=AGENT)
    assert {result.a, result.b} == PAIR
    assert result.confident


def test_someone_else_added_with_a_plus_is_left_out_by_their_own_address() -> None:
    result = understand(
        "+ana@feria.example for visibility\n\nTomasz, Nadia - you two should talk, both doing "
        "last-mile.\n\nRob",
        to=TWO,
        cc=AGENT,
    )
    assert result.kind == "intro_request"
    assert not result.confident
