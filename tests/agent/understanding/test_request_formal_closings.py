"""Closings of formal and regional letters close a mail as "Kind regards" does ("With
kind regards", "Yours sincerely", "With thanks and every blessing", "Très cordialement",
"Reciba un cordial saludo", "Freundliche Grüsse" as the Swiss write it, "Com os melhores
cumprimentos", "Wako mtiifu"): the name below is the one who signs, from a shared
mailbox or a Reply-To, named without a title; and the closing and signature are never
taken for why the two should meet."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ASK = (
    "Could you introduce Tom Reyes (tom@reyes.example) to Lina Park (lina@park.example)?"
    " Tom imports cocoa and Lina roasts it.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "With kind regards,",
        "Yours sincerely,",
        "With thanks and every blessing,",
        "Kindest regards,",
    ],
)
def test_a_formal_closing_names_the_signer_of_a_shared_mailbox(closing: str) -> None:
    result = understand(
        _ASK + f"{closing}\n\nJoyce Mbeki\nTrade Desk",
        sender="Trade Office <office@trade.example>",
    )
    assert result.kind == "intro_request"
    assert result.requester == Party("Joyce Mbeki", "office@trade.example")


def test_a_formal_closing_names_the_signer_at_the_reply_to_address() -> None:
    result = understand(
        _ASK + "With kind regards,\n\nJoyce Mbeki\nTrade Desk",
        sender="Trade Office <office@trade.example>",
        headers={"Reply-To": "Joyce Mbeki <joyce.mbeki@trade.example>"},
    )
    assert result.requester == Party("Joyce Mbeki", "joyce.mbeki@trade.example")


@pytest.mark.parametrize(
    ("body", "closing"),
    [
        (
            "Pourriez-vous présenter Tom Reyes (tom@reyes.example) à Lina Park"
            " (lina@park.example) ? Tom importe du cacao.\n\n",
            "Très cordialement,",
        ),
        (
            "¿Podrías presentar a Tom Reyes (tom@reyes.example) a Lina Park"
            " (lina@park.example)? Tom importa cacao.\n\n",
            "Reciba un cordial saludo,",
        ),
        (
            "Könnten Sie Tom Reyes (tom@reyes.example) mit Lina Park (lina@park.example)"
            " bekannt machen? Tom importiert Kakao.\n\n",
            "Freundliche Grüsse",
        ),
        (
            "Poderia apresentar o Tom Reyes (tom@reyes.example) à Lina Park"
            " (lina@park.example)? O Tom importa cacau.\n\n",
            "Com os melhores cumprimentos,",
        ),
        (
            "Tafadhali mtambulishe Tom Reyes (tom@reyes.example) kwa Lina Park"
            " (lina@park.example). Tom anaagiza kakao.\n\n",
            "Wako mtiifu,",
        ),
    ],
)
def test_a_closing_in_each_language_names_the_signer(body: str, closing: str) -> None:
    result = understand(
        body + f"{closing}\n\nJoyce Mbeki\nTrade Desk",
        sender="Trade Office <office@trade.example>",
    )
    assert result.kind == "intro_request"
    assert result.requester == Party("Joyce Mbeki", "office@trade.example")


def test_a_title_of_the_signer_is_left_out() -> None:
    result = understand(
        _ASK + "Vielen Dank im Voraus und mit freundlichen Grüßen\n\nDr. Ulrike Hoffmann\nLeiterin",
        sender='"Dr. Ulrike Hoffmann" <leitung@musikschule.example>',
    )
    assert result.requester == Party("Ulrike Hoffmann", "leitung@musikschule.example")


def test_the_closing_is_no_reason_to_meet() -> None:
    result = understand(
        "Bom dia,\n\nReencaminho o pedido do meu sobrinho. Poderia apresentar o Tom Reyes"
        " (tom@reyes.example) à Lina Park (lina@park.example)?\n\nCumprimentos,\nJoaquim"
        " Pires\nCorticeira Pires, Lda",
        sender="Joaquim Pires <joaquim@pires.example>",
    )
    assert result.kind == "intro_request"
    assert result.context is None or "Cumprimentos" not in result.context
