"""A person asked for, then described after a comma by what someone else says of them:
that someone is no one more to meet."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
JONAS = "jonas@berg-studio.example"


def understand(ask: str) -> RequestResult:
    # A reply to Lena, who suggested Jonas, copying the agent.
    message = EmailMessage()
    message["From"] = "Marcus Oyelaran <marcus@oyelaran.example>"
    message["To"] = "Lena Holt <lena@holt.example>"
    message["Cc"] = AGENT
    message["Subject"] = "Re: coffee"
    message["In-Reply-To"] = "<x1@holt.example>"
    message.set_content(f"Lena, thanks so much, Thursday works.\n\nAgent: {ask}\n\nMarcus\n")
    return understand_request(parse_message(message.as_bytes()), AGENT)


def others(result: RequestResult) -> list[str | None]:
    return [pair.b.name for pair in result.more]


@pytest.mark.parametrize(
    "ask",
    [
        f"Could you put me in touch with Jonas Berg ({JONAS}), the architect Lena keeps talking"
        " about?",
        f"Please introduce me to Jonas Berg ({JONAS}), the architect Lena recommended.",
        f"Pourriez-vous me présenter à Jonas Berg ({JONAS}), l'architecte dont Lena parle sans"
        " cesse ?",
        f"¿Podrías presentarme a Jonas Berg ({JONAS}), el arquitecto que Lena recomienda?",
        f"Könnten Sie mich mit Jonas Berg ({JONAS}) bekannt machen, dem Architekten, den Lena"
        " empfiehlt?",
        f"Pode me apresentar ao Jonas Berg ({JONAS}), o arquiteto que a Lena recomenda?",
        f"Tafadhali nitambulishe kwa Jonas Berg ({JONAS}), mbunifu ambaye Lena anamsifu.",
    ],
)
def test_the_one_who_describes_is_no_party(ask: str) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert result.confident
    assert result.a is not None and result.a.email == "marcus@oyelaran.example"
    assert result.b is not None and result.b.email == JONAS
    assert result.more == ()


@pytest.mark.parametrize(
    ("ask", "more"),
    [
        # A list of people goes on after the comma: each is asked for.
        (
            f"Please introduce me to Jonas Berg ({JONAS}), my colleague Lena Holt"
            " (lena@holt.example) and Tom Ray (tom@ray.example).",
            ["Lena Holt", "Tom Ray"],
        ),
        (
            f"Please introduce me to Jonas Berg ({JONAS}), the architect Lena Holt"
            " (lena@holt.example) and Tom Ray (tom@ray.example).",
            ["Lena Holt", "Tom Ray"],
        ),
        # A reason after the one named is no clause about the one before.
        (
            f"Please introduce me to Jonas Berg ({JONAS}), my colleague Lena Holt about the"
            " launch.",
            ["Lena Holt"],
        ),
        (
            f"Please introduce me to Jonas Berg ({JONAS}) and the architect Lena Holt"
            " (lena@holt.example).",
            ["Lena Holt"],
        ),
    ],
)
def test_a_list_after_the_comma_still_asks_for_each(ask: str, more: list[str]) -> None:
    result = understand(ask)
    assert result.b is not None and result.b.email == JONAS
    assert others(result) == more
