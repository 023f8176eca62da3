"""An introduction made before, told in the perfect or in a relative clause ("anyone else
you've put me in touch with", "tous ceux avec qui tu m'as mis en relation", "ulionitambulisha")
asks none: a mail whose only ask is to pass something on to them is no request. After a
real ask, such a clause past a comparison ("like", "comme", "como", "wie", "kama") leaves
the ask standing."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request
from tests.agent.understanding.shared_inputs import plain_mail, request_to_agent

AGENT = "intro@introbot.net"
WRITER = "ann@lee.example"


def understand(body: str) -> RequestResult:
    return understand_request(request_to_agent(body, WRITER, AGENT, "Flyer"), AGENT)


@pytest.mark.parametrize(
    "body",
    [
        "can you send this flyer on to Janet at the council and anyone else you've put me "
        "in touch with?",
        "Could you forward the poster to everyone you have introduced me to this year?",
        "Pourrais-tu transférer l'affiche à Janet et à tous ceux avec qui tu m'as mis en "
        "relation ?",
        "¿Puedes reenviar el cartel a Janet y a todos los que me has presentado?",
        "Kannst du den Flyer an Janet und alle schicken, mit denen du mich in Kontakt "
        "gebracht hast?",
        "Podes enviar o folheto à Janet e a todos com quem me puseste em contacto?",
        "Unaweza kutuma tangazo hili kwa Janet na wote ulionitambulisha?",
        "Thanks so much, you've put me in touch with exactly the right person.",
    ],
)
def test_an_introduction_told_as_made_asks_none(body: str) -> None:
    assert understand(body).kind == "not_a_request"


@pytest.mark.parametrize(
    "body",
    [
        "Could you put me in touch with Janet Ng (janet@leeds.example) as you have "
        "introduced me to Sam before?",
        "Pourrais-tu me mettre en relation avec Janet Ng (janet@leeds.example), comme avec "
        "Sam que tu m'as présenté l'an dernier ?",
        "¿Podrías ponerme en contacto con Janet Ng (janet@leeds.example), como con Sam, que "
        "me presentaste el año pasado?",
        "Könntest du mich mit Janet Ng (janet@leeds.example) in Kontakt bringen, wie du "
        "mich mit Sam in Kontakt gebracht hast?",
        "Podes pôr-me em contacto com a Janet Ng (janet@leeds.example), como com o Sam que "
        "me apresentaste?",
        "Unaweza kunitambulisha kwa Janet Ng (janet@leeds.example), kama ulivyonitambulisha "
        "kwa Sam?",
        "Could you put me in touch with Janet Ng (janet@leeds.example)? You've put me in "
        "touch with great people before.",
    ],
)
def test_an_ask_beside_an_introduction_made_before_stands(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.confident
    assert {result.a.email if result.a else None, result.b.email if result.b else None} == {
        WRITER,
        "janet@leeds.example",
    }


def _copied(body: str) -> RequestResult:
    """Duarte's mail to Liam, the agent on Cc, with ``body`` as its text."""
    mail = plain_mail(
        body,
        "Duarte Sequeira <duarte@ondanorte.example>",
        "Liam Fitzgerald <liam@fitz.example>",
        "Re: May",
        cc=AGENT,
    )
    return understand_request(mail, AGENT)


@pytest.mark.parametrize(
    "body",
    [
        "Btw Rui from the surf house - the one the intro bot put us in touch with last year -"
        " has the same 8 beds free for 9-14 May.",
        "Btw Rui, who put us in touch with the surf house, says hello.",
        "Au fait, Rui, avec qui le bot nous a mis en contact l'an dernier, a encore 8 lits.",
        "Por cierto, Rui, con quien nos puso en contacto el bot el año pasado, tiene 8 camas.",
        "Übrigens hat Rui, der uns in Kontakt gebracht hat, noch 8 Betten frei.",
        "Já agora, o Rui, com quem o bot nos pôs em contacto, tem 8 camas livres.",
        "Kwa njia, Rui, aliyetuunganisha, ana vitanda 8.",
    ],
)
def test_an_introduction_told_as_made_by_the_agent_asks_none(body: str) -> None:
    assert _copied(body).kind == "not_a_request"
