"""An address the writer says they are unsure of ("her email is ... but I'm not sure",
"sina uhakika", "je ne suis pas sûre", "no estoy segura", "nicht sicher", "não tenho
certeza"), in a sentence writing or naming an address, makes the request one to ask
about, never to act on; unsure of something else, in a sentence naming no address, the
request stands."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Please introduce me to Peter Wekesa. His email is peter@bees.example but I'm not sure"
        " it's right.",
        "Please introduce me to Peter Wekesa (peter@bees.example). Not 100% sure about the"
        " email though.",
        "Merci de me présenter à Claire Roux. Son adresse est claire@roux.example, mais je ne"
        " suis pas sûre.",
        "¿Me presentas a Ana Lima? Su correo es ana@lima.example, aunque no estoy segura.",
        "Kannst du mich mit Jonas Berg bekannt machen? Seine Adresse ist jonas@berg.example,"
        " aber ich bin mir nicht sicher.",
        "Pode me apresentar ao Rui Costa? O e-mail dele é rui@costa.example, mas não tenho"
        " certeza.",
        "Tafadhali niunganishe na Peter Wekesa. Email yake ni peter@bees.example lakini sina"
        " uhakika.",
        "Tafadhali niunganishe na Peter Wekesa (peter@bees.example), sijui kama barua pepe"
        " bado inafanya kazi.",
    ],
)
def test_an_address_the_writer_doubts_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Please introduce me to Peter Wekesa (peter@bees.example). I'm not sure he'll have"
        " time before May, but it is worth a try.",
        "Tafadhali niunganishe na Peter Wekesa (peter@bees.example). Sina uhakika kama"
        " atakuwa na muda mwezi huu, lakini tujaribu.",
        "Merci de me présenter à Claire Roux (claire@roux.example). Je ne suis pas sûre qu'elle"
        " ait le temps, mais essayons.",
        # Unsure of something else before the address written.
        "I'm not sure you know her yet, but please introduce me to Claire Roux"
        " (claire@roux.example).",
    ],
)
def test_unsure_of_something_else_stays_confident(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.confident
