"""In a reply to the agent's own acknowledgement, a news question whether either of the two
asked for answered ("Did either of them reply?", "Ont-ils répondu ?", "¿Alguno de los dos
contestó?", "Haben sie geantwortet?", "Algum deles respondeu?", "Kuna yeyote kati yao
aliyejibu?") asks how the intro stands, beside the writer quoting in their own text what
the agent wrote them ("On the 3rd you wrote to me: ..."), a line no client writes as a quote
header. Outside a thread, or beside a new ask, it asks nothing of the agent."""

from __future__ import annotations

import pytest

from agent.understanding.quotes import extract_new_text
from tests.agent.understanding.test_requests import understand

_ACK = "<intro.8e41c7.ack@introbot.net>"
_THREAD = {"In-Reply-To": _ACK, "References": f"<intro.8e41c7.req@introbot.net> {_ACK}"}
SENDER = "Patricia Nakato <p.nakato@lakeaviation.example>"

QUESTIONS = [
    "Did either of them reply?",
    "Did any of them answer?",
    "Have they replied?",
    "Ont-ils répondu ?",
    "Est-ce qu'ils ont répondu ?",
    "¿Alguno de los dos contestó?",
    "¿Ha respondido alguno de ellos?",
    "Haben sie geantwortet?",
    "Hat einer von ihnen geantwortet?",
    "Algum deles respondeu?",
    "Eles responderam?",
    "Kuna yeyote kati yao aliyejibu?",
    "Je wamekujibu?",
]

# The writer quotes, in their own words, what the agent wrote them, then asks.
QUOTING = [
    "Good morning,\n\nOn the 3rd you wrote to me:\n\n  \"Thanks Patricia, got it. I'll write"
    " to Moses Kiggundu and Elena Brandt\n  today and come back to you as soon as both have"
    ' replied."\n\nToday is the 17th and I have not heard anything. Did either of them'
    " reply?\n\nRegards,\nPatricia Nakato",
    "Bonjour,\n\nLe 3, vous m'avez écrit :\n\n  « Merci Patricia, c'est noté. J'écris à Moses"
    " Kiggundu et à Elena Brandt aujourd'hui. »\n\nNous sommes le 17 et je n'ai rien reçu."
    " Ont-ils répondu ?\n\nCordialement,\nPatricia Nakato",
    "Buenos días:\n\nEl día 3 usted escribió:\n\n  «Gracias Patricia, recibido. Escribiré hoy"
    " a Moses Kiggundu y a Elena Brandt.»\n\nHoy es 17 y no he recibido nada. ¿Alguno de los"
    " dos contestó?\n\nSaludos,\nPatricia Nakato",
    "Guten Tag,\n\nam 3. hast du mir geschrieben:\n\n  „Danke Patricia, erhalten. Ich schreibe"
    " heute Moses Kiggundu und Elena Brandt.“\n\nHeute ist der 17. und ich habe nichts gehört."
    " Haben sie geantwortet?\n\nGrüße\nPatricia Nakato",
    "Bom dia,\n\nEm 3 de novembro você escreveu:\n\n  «Obrigado Patricia, recebido. Vou"
    " escrever hoje ao Moses Kiggundu e à Elena Brandt.»\n\nHoje é dia 17 e não recebi nada."
    " Algum deles respondeu?\n\nCumprimentos,\nPatricia Nakato",
    'Habari,\n\nTarehe 3 uliniandikia:\n\n  "Asante Patricia, nimepokea. Nitawaandikia Moses'
    ' Kiggundu na Elena Brandt leo."\n\nLeo ni tarehe 17 na sijapata chochote. Kuna yeyote'
    " kati yao aliyejibu?\n\nAsante,\nPatricia Nakato",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_either_of_them_answered_asked_in_the_agents_thread_is_status(question: str) -> None:
    result = understand(
        f"Hello,\n\n{question}\n\nPatricia",
        sender=SENDER,
        subject="Re: Introduction request received",
        headers=_THREAD,
    )
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize("text", QUOTING)
def test_asked_below_the_agents_words_quoted_by_the_writer_is_status(text: str) -> None:
    result = understand(
        text, sender=SENDER, subject="Re: Introduction request received", headers=_THREAD
    )
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "line",
    [
        "On the 3rd you wrote to me:",
        "Le 3, vous m'avez écrit :",
        "El día 3 usted escribió:",
        "Em 3 de novembro você escreveu:",
        "On Monday you said:",
    ],
)
def test_a_line_saying_you_wrote_is_the_writers_own_text(line: str) -> None:
    text = f'Hello,\n\n{line}\n\n  "Got it."\n\nAny news?\n\nPat'
    assert "Any news?" in extract_new_text(text)


@pytest.mark.parametrize(
    "line",
    [
        "On Mon, 3 Nov 2025 at 10:02, Intro Agent <intro@introbot.net> wrote:",
        "On Mon, 3 Nov 2025 at 10:02, you wrote:",
        "Le lun. 3 nov. 2025 à 10:02, Intro Agent <intro@introbot.net> a écrit :",
        "On the 3rd, Intro Agent wrote:",
    ],
)
def test_a_clients_header_still_opens_the_quote(line: str) -> None:
    text = f"Any news?\n\n{line}\n> Thanks, got it.\n"
    assert "Thanks, got it" not in extract_new_text(text)


@pytest.mark.parametrize("question", ["Did either of them reply?", "Algum deles respondeu?"])
def test_outside_a_thread_or_beside_a_new_ask_it_asks_nothing(question: str) -> None:
    alone = understand(f"Hello,\n\n{question}\n\nPatricia", sender=SENDER, subject="Hello")
    assert alone.kind != "command"
    asked = understand(
        f"Hello,\n\n{question} Could you also introduce me to Carol Diaz"
        " (carol@diaz.example)?\n\nPatricia",
        sender=SENDER,
        subject="Re: Introduction request received",
        headers=_THREAD,
    )
    assert asked.kind != "command"
