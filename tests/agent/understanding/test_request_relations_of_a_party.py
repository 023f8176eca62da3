"""Someone asked for by their tie to a named party that is no family tie ("Omar Haddad's
business partner", "the neighbour of", "l'avocate d'", "al vecino de", "der Anwältin
von", "Farid Benalis Nachbarin", "à advogada do", "jirani wa"; ``kin_cues``,
``genitive_kin_nouns``) is not that party: the address written for the party named is
not theirs, so the request is asked about; it was acted on with the named party's
address. A German genitive opened by the party's own first name
("Farid Benalis Kollegin" beside "Farid Benali: farid@...") is that party's, though the
name with its "s" reads as a full name of its own; it was acted on. The party asked for
by name is acted on as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_NAMED = "Farid Benali (farid@benali-atelier.example)"
_FARID = Party("Farid Benali", "farid@benali-atelier.example")


@pytest.mark.parametrize(
    "body",
    [
        f"Could you put me in touch with the business partner of {_NAMED}?",
        "Please introduce me to Farid Benali's accountant. Farid is at"
        " farid@benali-atelier.example.",
        f"I'd love to meet the landlord of {_NAMED}, could you introduce us?",
        f"Pourriez-vous me présenter au notaire de {_NAMED} ?",
        f"Tu pourrais me mettre en relation avec la voisine de {_NAMED} ?",
        f"¿Me podrías presentar a la gestora de {_NAMED}?",
        f"¿Me pones en contacto con el casero de {_NAMED}?",
        f"Könnten Sie mich mit dem Steuerberater von {_NAMED} bekannt machen?",
        "Könnten Sie mich mit Farid Benalis Nachbarin bekannt machen? Farid:"
        " farid@benali-atelier.example",
        "Kannst du mich mit Farid Benalis Anwältin vernetzen? Farid Benali:"
        " farid@benali-atelier.example",
        "Kannst du mich mit Farid Benalis Kollegin vernetzen? Farid Benali:"
        " farid@benali-atelier.example",
        f"Pode pôr-me em contacto com a contabilista do {_NAMED}?",
        f"Podia apresentar-me ao senhorio do {_NAMED}?",
        f"Tafadhali nitambulishe kwa mhasibu wa {_NAMED}.",
    ],
)
def test_someone_tied_to_a_named_party_is_asked_about(body: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nLeila", subject="intro")
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"Could you introduce me to {_NAMED}? He is my neighbour's favourite tailor.",
        f"Pourriez-vous me présenter à {_NAMED} ? C'est le notaire de ma tante.",
        f"¿Me presentas a {_NAMED}? Es el gestor de mi hermana.",
        f"Könnten Sie mich mit {_NAMED} bekannt machen? Er ist der Steuerberater meines Vaters.",
        f"Pode apresentar-me ao {_NAMED}? É o contabilista da minha irmã.",
        f"Tafadhali nitambulishe kwa {_NAMED}. Yeye ni mhasibu wa dada yangu.",
    ],
)
def test_the_party_named_is_still_acted_on(body: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nLeila", subject="intro")
    assert result.kind == "intro_request"
    assert result.b == _FARID
    assert result.confident
