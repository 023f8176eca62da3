"""A person asked for by a description whose clause names who spoke of them, then named
after the clause's comma ("the boatbuilder Rosa talks about, Mr Ivo Brandt"): the one
named in the clause is who said it, never a party; the party is the one named after the
comma, and with no one named there the ask names no one certain."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
ROSA = "rosa.quintal@vela.example"
IVO = "ivo.brandt@estaleiro.example"


def understand(ask: str) -> RequestResult:
    # Rosa, who spoke of the boatbuilder, is known from the headers (copied).
    message = EmailMessage()
    message["From"] = "Nuno Sardinha <nuno@marina.example>"
    message["To"] = AGENT
    message["Cc"] = f"Rosa Quintal <{ROSA}>"
    message["Subject"] = "barco"
    message.set_content(f"{ask}\n\nNuno Sardinha\n")
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    "ask",
    [
        f"Could you put me in touch with the boatbuilder Rosa talks about, Mr Ivo Brandt ({IVO})?",
        f"Could you put me in touch with the boatbuilder that Rosa talks about, Ivo Brandt"
        f" ({IVO})?",
        f"Pourriez-vous me mettre en contact avec le charpentier que Rosa mentionne, M. Ivo Brandt"
        f" ({IVO}) ?",
        f"¿Podrías ponerme en contacto con el carpintero que Rosa menciona, el Sr. Ivo Brandt"
        f" ({IVO})?",
        f"Pode pôr-me em contacto com o carpinteiro que a Rosa menciona, o Sr. Ivo Brandt ({IVO})?",
        f"Tafadhali niunganishe na rafiki ambaye Rosa anamtaja, Ivo Brandt ({IVO}).",
    ],
)
def test_the_one_named_after_the_clause_is_the_party(ask: str) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == IVO
    assert all(pair.b.email != ROSA for pair in result.more)


@pytest.mark.parametrize(
    "ask",
    [
        "Pourriez-vous me mettre en contact avec le charpentier que Rosa mentionne ?",
        "¿Podrías ponerme en contacto con el carpintero que Rosa menciona?",
        "Pode pôr-me em contacto com o carpinteiro que a Rosa menciona?",
        "Could you put me in touch with the boatbuilder that Rosa talks about?",
        "Tafadhali niunganishe na rafiki ambaye Rosa anamtaja.",
        "Könnten Sie mich mit dem Bootsbauer, den Rosa erwähnt, in Kontakt bringen?",
    ],
)
def test_the_one_who_spoke_is_never_a_confident_party(ask: str) -> None:
    result = understand(ask)
    assert not result.confident
    assert result.b is None or result.b.email != ROSA


@pytest.mark.parametrize(
    "ask",
    [
        # The one described is named at once: Rosa is the party.
        f"Could you put me in touch with my friend Rosa Quintal ({ROSA})?",
        f"Pode pôr-me em contacto com a minha amiga Rosa Quintal ({ROSA})?",
        f"¿Podrías ponerme en contacto con mi amiga Rosa Quintal ({ROSA})?",
        # A reason after the name is no clause.
        f"Could you put me in touch with my friend Rosa Quintal ({ROSA}) about the boat?",
    ],
)
def test_a_description_naming_its_person_stays(ask: str) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b is not None and result.b.email == ROSA


def test_a_clause_ended_by_a_colon_leaves_the_ones_listed_after_it() -> None:
    # A clause about the two asked for, the two listed after its colon.
    result = understand(
        "Je me permets de vous solliciter afin de mettre en relation deux collègues dont les"
        f" travaux se complètent : M. Ivo Brandt ({IVO}) et Mme Rosa Quintal ({ROSA})."
    )
    assert result.kind == "intro_request"
    assert result.confident
    assert {result.a.email if result.a else None, result.b.email if result.b else None} == {
        IVO,
        ROSA,
    }
