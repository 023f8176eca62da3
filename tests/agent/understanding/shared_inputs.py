"""What several understanding tests share, built once per test process: every labelled
mail of tests/data, parsed, every word a request pattern requires, a reply to the
agent's question built around a body, the answer read from a plain reply, and a plain
mail (a request to the agent) around a body.

Those tests run the reference code a gate or cache replaced and the code itself on real
text and on random text made of the patterns' words."""

from email.message import EmailMessage
from functools import cache
from pathlib import Path

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply
from agent.understanding.request_matching import pattern_index

DATA = Path(__file__).resolve().parents[2] / "data"

# The families of request patterns that request_matching files.
PATTERN_FAMILIES = ("pair", "subject", "weak", "list", "continued")


@cache
def labelled_messages() -> tuple[ParsedMessage, ...]:
    """Every .eml of the four labelled sets, parsed, in path order."""
    return tuple(parse_message(eml.read_bytes()) for eml in sorted(DATA.glob("*/*.eml")))


@cache
def pattern_words() -> tuple[str, ...]:
    """Every word some step of a request pattern requires, sorted."""
    words: set[str] = set()
    for family in PATTERN_FAMILIES:
        for pattern in pattern_index(family).patterns:
            for required in pattern.required:
                words |= required
    return tuple(sorted(words))


# The agent's question as a Gmail reply quotes it, under a reply's own text.
QUOTED_QUESTION = (
    "\n\nOn Mon, 3 Nov 2025 at 09:12, Intro Agent <intro@example.org> wrote:\n"
    "> Hi Nic,\n"
    "> Sam would like to introduce you to Joanne Reid, who is starting a STEM club.\n"
    "> Would you like the introduction? Reply yes or no.\n"
)


def reply_to_question(body: str) -> ParsedMessage:
    """A reply from Nic Hale to the agent's question about Joanne Reid, with ``body`` as
    its text (end it on QUOTED_QUESTION to quote the question)."""
    head = (
        "From: Nic Hale <nic@example.com>\r\nTo: intro@example.org\r\n"
        "Subject: Re: Would you like an introduction to Joanne Reid?\r\n"
        "Message-ID: <r1@example.com>\r\n"
    )
    return parse_message(f"{head}\r\n{body}".replace("\r\n", "\n").replace("\n", "\r\n").encode())


def reply_answer(
    body: str,
    subject: str = "Re: Introduction to Neema Kileo? [#ab12]",
    sender: str = "Fatma Mohamed <fatma@example.com>",
) -> str:
    """The answer read from a plain reply from ``sender`` with ``subject`` (which names the
    one asked about) and ``body`` as its whole text."""
    raw = (
        f"From: {sender}\n"
        "To: Intro Agent <intro@example.org>\n"
        f"Subject: {subject}\n"
        "Date: Mon, 04 Aug 2025 09:00:00 +0000\n"
        "Message-ID: <b@example.com>\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "MIME-Version: 1.0\n\n"
        f"{body}\n"
    )
    return classify_reply(parse_message(raw.encode())).answer


def plain_mail(
    body: str, sender: str, to: str, subject: str, cc: str | None = None
) -> ParsedMessage:
    """A plain mail from ``sender`` to ``to`` (and ``cc``, if given), with ``body`` as its
    text."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message.set_content(body)
    return parse_message(message.as_bytes())


def request_to_agent(body: str, writer: str, agent: str, subject: str) -> ParsedMessage:
    """A plain mail from Ann Lee at ``writer`` to the agent at ``agent``, with ``body``
    as its text."""
    return plain_mail(body, f"Ann Lee <{writer}>", f"Intro Agent <{agent}>", subject)
