"""A surname written alone in capitals after a title ("Maître BERTHELOT-RIVA est joignable
à ...", "Frau Mag. KOLLMANN", "Prof. TEIXEIRA (...)") is the person's name, in the case
people write it; the French "Pr" is a title ("le Pr Vidal"), as "Maire" is. Capitals
followed by another capitalised word still open something else, and capitals after no
title are read as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from agent.understanding.request_recased import recased
from agent.understanding.requests import load_rules
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("body", "b"),
    [
        (
            "Bonjour, pourriez-vous me présenter à Maître BERTHELOT-RIVA ? Maître"
            " BERTHELOT-RIVA est joignable à br@etude-riva.example.",
            Party("Berthelot-Riva", "br@etude-riva.example"),
        ),
        (
            "Bonjour, pourriez-vous me présenter à Me FAURE (faure@notaires.example) ?",
            Party("Faure", "faure@notaires.example"),
        ),
        (
            "Guten Tag, könnten Sie mich bitte mit Frau Mag. KOLLMANN"
            " (kollmann@kanzlei.example) bekannt machen?",
            Party("Kollmann", "kollmann@kanzlei.example"),
        ),
        (
            "Could you introduce me to Prof. TEIXEIRA (teixeira@uni.example)?",
            Party("Teixeira", "teixeira@uni.example"),
        ),
        (
            "¿Podrías presentarme al Dr. ARANDA? El Dr. ARANDA está disponible en"
            " aranda@clinica.example.",
            Party("Aranda", "aranda@clinica.example"),
        ),
        (
            "Pode apresentar-me ao Dr. MACHADO? O Dr. MACHADO está disponível em"
            " machado@clinica.example.",
            Party("Machado", "machado@clinica.example"),
        ),
        (
            "Tafadhali nitambulishe kwa Dkt. KIPROTICH. Dkt. KIPROTICH anapatikana kwa"
            " kiprotich@hospitali.example.",
            Party("Kiprotich", "kiprotich@hospitali.example"),
        ),
        (
            "Bonjour, pourriez-vous me mettre en relation avec le Pr Vidal (vidal@chu.example) ?",
            Party("Vidal", "vidal@chu.example"),
        ),
        (
            "Bonjour, pourriez-vous me présenter à Madame la Maire Odile Sarraute"
            " (o.sarraute@mairie.example) ? Je voudrais parler à la Maire du marché.",
            Party("Odile Sarraute", "o.sarraute@mairie.example"),
        ),
    ],
)
def test_a_titled_surname_in_capitals_is_the_name(body: str, b: Party) -> None:
    result = understand(f"{body}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.b == b
    assert result.confident


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Capitals opening something else after the title.
        ("Ask Dr. NHS Wales about it.", "NHS"),
        # No title before the capitals.
        ("We met at the ACME booth.", "ACME"),
        # A word of the rules in capitals is no surname.
        ("Dr. FYI only.", "FYI"),
    ],
)
def test_other_capitals_stay_as_written(text: str, kept: str) -> None:
    written, _ = recased(text, load_rules())
    assert kept in written
