"""Someone asked for by a description that names where they work, then named after its
comma ("el encargado del local de Alchemist, se llama Otieno Odhiambo", Swahili "msee
wa venue ya Alchemist, anaitwa ...", the guy of the Alchemist's venue, he is called):
the one named after the naming phrase is the party, never the place. In Swahili, with
no article, the description opens on its noun and what it belongs to ("wa", "ya"); the
Sheng nouns of a person ("msee", "jamaa") open one, as the nouns of kin do, and the
Sheng ask "nisort na" (sort me out with) is an ask. Without a naming, the description
names no one certain."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
WRITER = "debbie@holroyd.example"
OTIENO = "otieno@alchemist.example"


def understand(body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = f"Debbie Holroyd <{WRITER}>"
    message["To"] = AGENT
    message["Subject"] = "venue"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    "ask",
    [
        "Could you put me in touch with the manager of the venue at Alchemist, he is called"
        f" Otieno Odhiambo, his email is {OTIENO}. Thanks",
        "Pourrais-tu me mettre en relation avec le gérant de la salle de Alchemist, il"
        f" s'appelle Otieno Odhiambo, son adresse est {OTIENO}. Merci",
        "¿Podrías ponerme en contacto con el encargado del local de Alchemist, se llama Otieno"
        f" Odhiambo, su correo es {OTIENO}? Gracias",
        "Kannst du mich mit dem Chef vom Club Alchemist in Kontakt bringen, er heißt Otieno"
        f" Odhiambo, seine Adresse ist {OTIENO}. Danke",
        "Você pode me pôr em contato com o gerente da casa de shows Alchemist, ele se chama"
        f" Otieno Odhiambo, o email dele é {OTIENO}. Obrigado",
        "niunganishe na msee wa venue ya Alchemist, anaitwa Otieno Odhiambo, email yake ni"
        f" {OTIENO}. tuko na gig",
        "nisort tafadhali na msee wa venue ya Alchemist, anaitwa Otieno Odhiambo, email yake"
        f" ni {OTIENO}. tuko na gig",
        f"nisort na jamaa wa Alchemist, anaitwa Otieno Odhiambo, email yake ni {OTIENO}.",
    ],
)
def test_the_one_named_after_the_place_is_asked_for(ask: str) -> None:
    result = understand(f"{ask}\n\nDebbie")
    assert result.kind == "intro_request"
    assert result.confident
    assert result.a is not None and result.a.email == WRITER
    assert result.b is not None and result.b.email == OTIENO
    assert result.b.name == "Otieno Odhiambo"


@pytest.mark.parametrize(
    "ask",
    [
        "niunganishe na msee wa venue ya Alchemist. tuko na gig",
        "¿Podrías ponerme en contacto con el encargado del local de Alchemist? Gracias",
    ],
)
def test_a_description_named_by_no_one_is_no_one_certain(ask: str) -> None:
    result = understand(f"{ask}\n\nDebbie")
    assert not result.confident


def test_sorting_out_a_thing_asks_for_no_one() -> None:
    result = understand(f"nisort na hii issue ya Otieno Odhiambo ({OTIENO}) tafadhali\n\nDebbie")
    assert not result.confident
