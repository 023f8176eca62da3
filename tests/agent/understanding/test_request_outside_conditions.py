"""An ask set on a condition neither the writer nor the agent can settle ("If Dr. Lund
makes it to the Porto congress, please connect him with Ines Faria (...)") is asked about,
never acted on. A condition that is politeness ("if you can", "if that's ok", "si
possible", "wenn es geht", "se puder", "kama inawezekana") or the party's own willingness
("if she's interested", "falls er Zeit hat"), one that holds the ask itself ("If you could
introduce me to ..."), and one in a sentence asking for no intro ("If you need anything,
let me know") leave the ask as it was."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_LUND = "Dr. Lund's address is lund@fjord.example."
_INES = "Ines Faria (ines@faria.example)"


@pytest.mark.parametrize(
    "body",
    [
        f"If Dr. Lund makes it to the Porto congress, please connect him with {_INES}. {_LUND}",
        f"Please connect Dr. Lund (lund@fjord.example) with {_INES} if he comes to Porto.",
        f"Please introduce me to {_INES}, unless she has already left the institute.",
        f"If the grant comes through in March, could you introduce me to {_INES}?",
        f"Si le Dr Lund vient au congrès de Porto, merci de le mettre en relation avec {_INES}."
        " Son adresse : lund@fjord.example.",
        f"Si el Dr. Lund viene al congreso de Oporto, por favor ponlo en contacto con {_INES}."
        " Su correo es lund@fjord.example.",
        f"Falls Dr. Lund zum Kongress nach Porto kommt, bringen Sie ihn bitte mit {_INES} in"
        " Kontakt. Seine Adresse: lund@fjord.example.",
        f"Bitte stellen Sie mich {_INES} vor, falls die Förderung bewilligt wird.",
        f"Se o Dr. Lund vier ao congresso do Porto, por favor apresente-o à {_INES}. O email"
        " dele é lund@fjord.example.",
        f"Caso o projeto seja aprovado, apresente-me à {_INES}, por favor.",
        f"Kama Dkt. Lund atakuja kwenye mkutano wa Porto, tafadhali mtambulishe kwa {_INES}."
        " Barua pepe yake ni lund@fjord.example.",
        f"Ikiwa mradi utaidhinishwa, tafadhali nitambulishe kwa {_INES}.",
    ],
)
def test_an_ask_waiting_on_an_outside_event_is_asked_about(body: str) -> None:
    result = understand(f"{body}\n\nAnn")
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"If you get a chance, could you introduce me to {_INES}? She runs the lab.",
        f"Please introduce me to {_INES}, if that's ok.",
        f"Please introduce me to {_INES} if she's interested - we're hiring.",
        f"If you could introduce me to {_INES}, that would be wonderful.",
        f"Could you introduce me to {_INES}? If you need anything else, just let me know.",
        f"Please introduce me to {_INES} and let me know if she replies.",
        f"Hi Ann, if possible please introduce me to {_INES}.",
        f"Si vous avez un moment, pourriez-vous me présenter à {_INES} ?",
        f"S'il vous plaît, présentez-moi à {_INES}.",
        f"Si ça l'intéresse, mettez-moi en relation avec {_INES}.",
        f"Si puedes, preséntame a {_INES}, por favor.",
        f"Si no es molestia, ¿me pones en contacto con {_INES}?",
        f"Sí, por favor, preséntame a {_INES}.",
        f"Wenn es Ihnen nichts ausmacht, stellen Sie mich bitte {_INES} vor.",
        f"Falls sie Zeit hat, stellen Sie mich bitte {_INES} vor.",
        f"Se puder, apresente-me à {_INES}, por favor.",
        f"Se ela tiver interesse, apresente-me à {_INES}.",
        f"Kama inawezekana, tafadhali nitambulishe kwa {_INES}.",
        f"Kama nilivyokwambia jana, tafadhali nitambulishe kwa {_INES}.",
        # "If not" alone: otherwise, no condition of its own.
        f"Do you know her already? If not, please introduce me to {_INES}.",
        # Another language's word after a comma: the Spanish "se" of "se llama".
        f"¿Podrías ponerme en contacto con la bióloga del museo, se llama {_INES}?",
    ],
)
def test_politeness_willingness_or_a_condition_elsewhere_leaves_the_ask(body: str) -> None:
    result = understand(f"{body}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.b == Party("Ines Faria", "ines@faria.example")
    assert result.confident
