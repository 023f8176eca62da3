"""In a reply to the agent's own mail, which told the writer it had written to the one
asked for, a sentence telling the writer still waits for that one's answer ("I haven't
seen anything from Dr. Mensah's office yet - I assume these things take a little while on
your end?", "je n'ai toujours rien reçu", "todavía no sé nada", "immer noch nichts",
"ainda não recebi nada", "bado sijapata jibu") asks how the intro stands, when it names
the one waited for as the thread names them. A wait for someone or something the thread
does not name ("bado nasubiri majibu" of another application), a cancel said beside the
wait, or a new ask, is no status; a thank-you alone asks nothing."""

from __future__ import annotations

import pytest

from agent.understanding.commands import status_in_agents_thread
from tests.agent.understanding.test_requests import understand

_ACK = "<intro.7c41e2.1762783320@introbot.net>"
_THREAD = (
    "Re: Introduction request: Dr Kwame Mensah\n> Thanks - I've written to Dr Kwame Mensah"
    " to ask whether he'd like to be introduced to you."
)

WAITS = [
    "Hi again,\n\nJust noticing that I haven't seen anything from Dr. Mensah's office yet - I"
    " assume these things take a little while on your end? Anika's next clinic is on the"
    " 28th and I'm trying to plan around it, that's all.\n\nThanks,\nPriya",
    "Bonjour,\n\nJe n'ai toujours rien reçu du cabinet du Dr Mensah, c'est normal ? La"
    " prochaine consultation d'Anika est le 28.\n\nMerci,\nPriya",
    "Hola:\n\nTodavía no sé nada de la consulta del Dr. Mensah, ¿es normal que tarde tanto?"
    " La próxima cita de Anika es el 28.\n\nGracias,\nPriya",
    "Hallo,\n\nich habe immer noch nichts von der Praxis von Dr. Mensah gehört. Anikas"
    " nächster Termin ist am 28.\n\nDanke,\nPriya",
    "Olá,\n\nAinda não recebi nada do consultório do Dr. Mensah. A próxima consulta da Anika"
    " é no dia 28.\n\nObrigada,\nPriya",
    "Habari,\n\nBado sijapata jibu kutoka kwa Dkt. Mensah. Miadi ijayo ya Anika ni tarehe"
    " 28.\n\nAsante,\nPriya",
]


@pytest.mark.parametrize("text", WAITS)
def test_a_wait_told_in_the_agents_thread_asks_for_status(text: str) -> None:
    result = understand(
        text,
        sender="Priya Ramanathan <priya.ramanathan@rogers.example>",
        subject="Re: Introduction request: Dr Kwame Mensah",
        headers={"In-Reply-To": _ACK, "References": _ACK},
    )
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # A cancel beside the wait is what the mail asks.
        "I haven't heard anything from her, and we've sorted it between us anyway, so please"
        " cancel it.",
        # A new ask beside it.
        "Still nothing from Dr. Mensah, so could you introduce me to Dr Carol Diaz instead?",
        # No wait told.
        "Thanks so much, that's great news!",
        # A wait for something the thread does not name.
        "Asante sana. Ngoja kwanza nifikirie, kwa sababu tayari nimeomba nafasi nyingine ya"
        " mafunzo na bado nasubiri majibu. Nitakujibu wiki ijayo.",
        "I haven't heard back from Stanford about my application yet, so give me a week.",
    ],
)
def test_no_wait_or_a_cancel_or_ask_beside_it_is_no_status(text: str) -> None:
    assert status_in_agents_thread(text, f"{_THREAD}\n{text}") is None
