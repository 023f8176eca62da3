"""Archives, museums and libraries are organisations: "Dr. Jan-Hendrik Rüter vom Archiv
für Seefahrtsgeschichte in Bremerhaven" is where he works between him and the verb closing
a German ask, and "Jan Rüter des Archives de ...", "del Archivo de ...", "do Arquivo de
...", "wa Maktaba ya ..." keep his name to Jan Rüter."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request
from tests.agent.understanding.shared_inputs import request_to_agent

AGENT = "intro@introbot.net"
WRITER = "insa@hafen.example"


def understand(body: str) -> RequestResult:
    return understand_request(request_to_agent(body, WRITER, AGENT, "Kontakt"), AGENT)


@pytest.mark.parametrize(
    "place",
    [
        "vom Archiv für Seefahrtsgeschichte in Bremerhaven",
        "vom Museum für Kunst und Gewerbe in Hamburg",
        "von der Bibliothek für Zeitgeschichte in Stuttgart",
        "vom Schifffahrtsmuseum in Bremerhaven",
    ],
)
def test_a_german_archive_museum_or_library_is_where_the_one_asked_for_works(
    place: str,
) -> None:
    result = understand(
        f"Moin,\n\nkönnten Sie mich bitte mit Dr. Jan-Hendrik Rüter {place} bekannt machen?"
        " Seine Adresse: jh.rueter@archiv.example\n\nInsa Brodersen"
    )
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.email == WRITER
    assert result.b is not None and result.b.name == "Jan-Hendrik Rüter"
    assert result.b.email == "jh.rueter@archiv.example"
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Pourriez-vous me présenter le Dr Jan Rüter des Archives de l'histoire maritime à "
        "Brême ? Son adresse : jh.rueter@archiv.example",
        "¿Me podría presentar al Dr. Jan Rüter del Archivo de Historia Marítima en "
        "Bremerhaven? Su dirección: jh.rueter@archiv.example",
        "Pode apresentar-me ao Dr. Jan Rüter do Arquivo de História Marítima em "
        "Bremerhaven? O endereço dele: jh.rueter@archiv.example",
        "Naomba unitambulishe kwa Dkt. Jan Rüter wa Maktaba ya Historia ya Bahari huko "
        "Bremerhaven. Barua pepe yake: jh.rueter@archiv.example",
        "Could you introduce me to Dr. Jan Rüter of the Museum of Maritime History in "
        "Bremerhaven? His address: jh.rueter@archiv.example",
    ],
)
def test_the_institution_after_a_name_is_no_part_of_it(body: str) -> None:
    result = understand(f"{body}\n\nInsa")
    assert result.b is not None and result.b.name == "Jan Rüter"


def test_a_person_asked_for_without_a_workplace_is_read_as_before() -> None:
    result = understand(
        "Könnten Sie mich bitte mit Frau Anna Weber (anna.weber@mail.example) bekannt "
        "machen?\n\nInsa"
    )
    assert result.b is not None and result.b.name == "Anna Weber"
    assert result.confident
