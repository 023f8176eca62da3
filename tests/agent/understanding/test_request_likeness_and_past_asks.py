"""Two asks that name someone who is not to meet. One for someone like a person named
("someone like Tom Hale", "quelqu'un comme", "alguien como", "jemandem wie", "alguém
como", "mtu kama") means someone else: the request is asked about, never acted on. One
the writer says was never made ("I never asked you to introduce me to", "je ne vous ai
jamais demandé de", "nunca te pedí que", "nunca te pedi para") asks nothing. One waiting on a
chance meeting ("if you ever run into", "si un jour vous rencontrez") is asked about. A likeness
said of no party, and a plain ask beside an unasked favour, stay confident."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
WRITER = "mia@vale.example"


def _read(body: str) -> dict[str, object]:
    mail = EmailMessage()
    mail["From"] = f"Mia Vale <{WRITER}>"
    mail["To"] = AGENT
    mail["Subject"] = "A question"
    mail["Message-ID"] = "<like@vale.example>"
    mail["Date"] = "Mon, 2 Nov 2026 10:00:00 +0000"
    mail.set_content(body + "\n\nMia\n")
    return understand_request(
        parse_message(mail.as_bytes()), AGENT, MemoryAddressBook([])
    ).to_json()


@pytest.mark.parametrize(
    "body",
    [
        "Would you put me in touch with somebody like Rosa Quint (rosa@quint.example)?",
        "Could you connect me with people similar to Rosa Quint (rosa@quint.example)?",
        "Tu pourrais me mettre en relation avec quelqu'un comme Rosa Quint (rosa@quint.example) ?",
        "¿Me pondrías en contacto con alguien como Rosa Quint (rosa@quint.example)?",
        "Kannst du mich mit jemandem wie Rosa Quint (rosa@quint.example) bekannt machen?",
        "Consegues pôr-me em contacto com alguém como a Rosa Quint (rosa@quint.example)?",
        "Naomba uniunganishe na mtu kama Rosa Quint (rosa@quint.example).",
    ],
)
def test_someone_like_a_person_is_asked_about(body: str) -> None:
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is False


@pytest.mark.parametrize(
    "body",
    [
        "I didn't ask you to put me in touch with Rosa Quint (rosa@quint.example).",
        "We never asked you to connect us with Rosa Quint (rosa@quint.example).",
        "Je ne t'ai jamais demandé de me mettre en relation avec Rosa Quint (rosa@quint.example).",
        "Yo nunca le pedí que me pusiera en contacto con Rosa Quint (rosa@quint.example).",
        "Eu não lhe pedi para me pôr em contacto com a Rosa Quint (rosa@quint.example).",
    ],
)
def test_an_ask_never_made_asks_nothing(body: str) -> None:
    got = _read(body)
    assert got["kind"] != "intro_request" or got["confident"] is False


@pytest.mark.parametrize(
    "body",
    [
        "Could you put me in touch with Rosa Quint (rosa@quint.example)? She is someone like me.",
        "Could you connect me with Rosa Quint (rosa@quint.example)? People like her are rare.",
        "I never asked you for much, but could you connect me with Rosa Quint"
        " (rosa@quint.example)?",
        "Je ne t'ai jamais demandé de faveur, mais pourrais-tu me mettre en relation avec"
        " Rosa Quint (rosa@quint.example) ?",
        "Nunca te pedí nada, pero ¿me pondrías en contacto con Rosa Quint (rosa@quint.example)?",
        "Nunca te pedi nada, mas podes pôr-me em contacto com a Rosa Quint (rosa@quint.example)?",
    ],
)
def test_a_plain_ask_stays_confident(body: str) -> None:
    got = _read(body)
    assert got["kind"] == "intro_request"
    assert got["confident"] is True
    assert {got["a"]["email"], got["b"]["email"]} == {  # type: ignore[index]
        WRITER,
        "rosa@quint.example",
    }


@pytest.mark.parametrize(
    "body",
    [
        "If you ever bump into Rosa Quint (rosa@quint.example), do put me in touch with her.",
        "Si un jour vous rencontrez Rosa Quint (rosa@quint.example), vous pourriez me mettre"
        " en relation avec elle ?",
        "Si alguna vez te cruzas con Rosa Quint (rosa@quint.example), ¿me pones en contacto"
        " con ella?",
        "Se um dia encontrares a Rosa Quint (rosa@quint.example), põe-me em contacto com ela.",
    ],
)
def test_an_ask_waiting_on_a_chance_meeting_is_asked_about(body: str) -> None:
    got = _read(body)
    assert got["kind"] != "intro_request" or got["confident"] is False


def _copied(body: str, to: str) -> dict[str, object]:
    """A mail written to the pair, the agent only copied."""
    mail = EmailMessage()
    mail["From"] = f"Mia Vale <{WRITER}>"
    mail["To"] = to
    mail["Cc"] = AGENT
    mail["Subject"] = "Rosa <> Tom"
    mail["Message-ID"] = "<praise@vale.example>"
    mail["Date"] = "Mon, 2 Nov 2026 10:00:00 +0000"
    mail.set_content(body + "\n\nMia\n")
    return understand_request(
        parse_message(mail.as_bytes()), AGENT, MemoryAddressBook([])
    ).to_json()


_PAIR_TO = "Rosa Quint <rosa@quint.example>, Tom Hale <tom@hale.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Rosa, meet Tom. Tom's lifters need someone like Rosa than a search engine.",
        "Rosa, je te présente Tom. Ses athlètes ont besoin de quelqu'un comme Rosa.",
        "Rosa, te presento a Tom. Sus atletas necesitan a alguien como Rosa.",
        "Rosa, darf ich dir Tom vorstellen? Seine Athleten brauchen jemanden wie Rosa.",
        "Rosa, apresento-te o Tom. Os atletas dele precisam de alguém como a Rosa.",
        "Rosa, nakutambulisha kwa Tom. Wanariadha wake wanahitaji mtu kama Rosa.",
    ],
)
def test_a_likeness_to_one_written_to_in_their_intro_praises_her(body: str) -> None:
    got = _copied(body, _PAIR_TO)
    assert got["kind"] == "intro_request"
    assert got["confident"] is True
    emails = {got["a"]["email"], got["b"]["email"]}  # type: ignore[index]
    assert emails == {"rosa@quint.example", "tom@hale.example"}


@pytest.mark.parametrize(
    ("body", "to", "cc"),
    [
        # Put to the agent: the one asked for is someone like Rosa.
        (
            "Could you connect me with someone like Rosa Quint (rosa@quint.example)?",
            AGENT,
            "",
        ),
        # Copied, the one the likeness names not written to.
        (
            "Tom, meet Rosa. Tom needs someone like Rosa than a search engine.",
            "Tom Hale <tom@hale.example>",
            "Rosa Quint <rosa@quint.example>",
        ),
    ],
)
def test_a_likeness_not_said_to_the_one_named_still_asks(body: str, to: str, cc: str) -> None:
    mail = EmailMessage()
    mail["From"] = f"Mia Vale <{WRITER}>"
    mail["To"] = to
    mail["Cc"] = ", ".join(c for c in (cc, AGENT if to != AGENT else "") if c)
    mail["Subject"] = "Intro"
    mail["Message-ID"] = "<like2@vale.example>"
    mail["Date"] = "Mon, 2 Nov 2026 10:00:00 +0000"
    mail.set_content(body + "\n\nMia\n")
    got = understand_request(parse_message(mail.as_bytes()), AGENT, MemoryAddressBook([])).to_json()
    assert got["confident"] is False
