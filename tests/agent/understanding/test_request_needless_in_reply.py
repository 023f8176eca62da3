"""A mail in a thread ("Re: ...") that says an intro is needless and only asks to pass
something on ("no need to introduce us, just forward Pablo the PDF", "pas besoin de nous
présenter", "no hace falta presentarnos", "nicht nötig, uns vorzustellen", "não precisa
nos apresentar", "hakuna haja ya kututambulisha") asks for no intro: the ask said to be
needless stays so in a reply, where only a sentence vetoed for agreeing ("yes please")
is read again for its ask. A mail that asks to pass something on and also for an intro
still asks."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_PABLO = "Pablo Ibáñez (pablo@ibanez.example)"


@pytest.mark.parametrize(
    "body",
    [
        f"Could you forward the spring catalogue to {_PABLO}? We've known each other for"
        " years, no need to introduce us, he just lost the PDF.",
        f"Pourrais-tu transférer le catalogue à {_PABLO} ? On se connaît depuis des années,"
        " pas besoin de nous présenter, il a juste perdu le PDF.",
        f"¿Le puedes reenviar a {_PABLO} el catálogo? Nos conocemos de hace años, no hace"
        " falta presentarnos, es solo que perdió el PDF.",
        f"Kannst du {_PABLO} den Katalog weiterleiten? Wir kennen uns seit Jahren, es ist"
        " nicht nötig, uns vorzustellen, er hat nur das PDF verloren.",
        f"Você pode reencaminhar o catálogo ao {_PABLO}? A gente se conhece há anos, não"
        " precisa nos apresentar, ele só perdeu o PDF.",
        f"Unaweza kumtumia {_PABLO} katalogi? Tunajuana kwa miaka mingi, hakuna haja ya"
        " kututambulisha, amepoteza PDF tu.",
    ],
)
@pytest.mark.parametrize("subject", ["Re: catálogo", "Reenvío catálogo", "hello"])
def test_a_needless_intro_beside_a_thing_to_pass_on_asks_nothing(body: str, subject: str) -> None:
    assert understand(f"Hi,\n\n{body}\n\nThanks,\nPilar", subject=subject).kind == "not_a_request"


@pytest.mark.parametrize(
    "body",
    [
        f"Please forward this to {_PABLO} and also introduce us, we've never met.",
        f"Merci de transférer ce PDF à {_PABLO} et aussi de nous présenter.",
        f"¿Puedes reenviarle el PDF a {_PABLO} y también presentarnos? No nos conocemos.",
        f"Kannst du das PDF an {_PABLO} weiterleiten und uns auch miteinander bekannt machen?",
        f"Por favor encaminhe o PDF ao {_PABLO} e também nos apresente.",
        f"Tafadhali mtumie {_PABLO} PDF na pia utuunganishe.",
    ],
)
@pytest.mark.parametrize("subject", ["Re: catálogo", "hello"])
def test_an_intro_asked_beside_a_thing_to_pass_on_stays_a_request(body: str, subject: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nThanks,\nPilar", subject=subject)
    assert result.kind == "intro_request"
    assert result.a is None or Party("Pablo Ibáñez", "pablo@ibanez.example") in {
        result.a,
        result.b,
    }


def test_yes_please_in_a_reply_still_asks_when_no_ask_is_said_to_be_needless() -> None:
    result = understand(
        f"Yes please, intro me to {_PABLO}, he makes the glazes I need.", subject="Re: glazes"
    )
    assert result.kind == "intro_request"
    assert Party("Pablo Ibáñez", "pablo@ibanez.example") in {result.a, result.b}
