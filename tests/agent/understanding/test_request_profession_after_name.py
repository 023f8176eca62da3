"""A profession written with a capital after a name and a comma ("Mr Daniel Okoro,
Barrister at Temple Row Chambers", "M. Julien Morel, Notaire à Lyon", "Dr. Konrad Berger,
Fachanwalt für Medizinrecht", "Bw. Daudi Kimaro, Mthibitishaji huko Arusha";
``role_words``) says who that one is, no one more to meet: the one pair is acted on. It
was read as a second person without an address, and the request asked about."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ASKS = [
    (
        "Please introduce me to Mr Daniel Okoro, Barrister at Temple Row Chambers, his email"
        " is daniel.okoro@trc.example.",
        Party("Daniel Okoro", "daniel.okoro@trc.example"),
    ),
    (
        "Pourriez-vous me présenter à M. Julien Morel, Notaire à Lyon ? Son adresse est"
        " julien.morel@notaires.example.",
        Party("Julien Morel", "julien.morel@notaires.example"),
    ),
    (
        "¿Podría presentarme al Sr. Julián Ortega, Registrador de la Propiedad en Bilbao? Su"
        " correo es julian.ortega@registro.example.",
        Party("Julián Ortega", "julian.ortega@registro.example"),
    ),
    (
        "Ich bitte um eine Vorstellung bei Herrn Dr. Konrad Berger, Fachanwalt für"
        " Medizinrecht. Seine E-Mail ist k.berger@kanzlei.example.",
        Party("Konrad Berger", "k.berger@kanzlei.example"),
    ),
    (
        "Pode apresentar-me ao Dr. Rui Lopes, Advogado no Porto? O e-mail dele é"
        " rui.lopes@adv.example.",
        Party("Rui Lopes", "rui.lopes@adv.example"),
    ),
    (
        "Naomba unitambulishe kwa Bw. Daudi Kimaro, Mthibitishaji huko Arusha, barua pepe"
        " yake ni daudi.kimaro@kimaro.example.",
        Party("Daudi Kimaro", "daudi.kimaro@kimaro.example"),
    ),
]


@pytest.mark.parametrize(("body", "other"), _ASKS)
def test_a_profession_after_a_name_is_no_one_more(body: str, other: Party) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b == other
    assert result.more == ()
    assert result.confident
