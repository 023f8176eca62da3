"""An address closing a description of someone is theirs, not the name the description
ends on: "Herrn Dr. Matthias Vogler (Leiter der Abteilung Digitale Bildung der Stadt
Leipzig, matthias.vogler@...)", "Mr Peter Lindholm, Director of Development at the
University of Edinburgh (p.lindholm@...)", when the address spells the one described and
not the name it follows. An address spelling the name it follows, or a description
holding someone after a title, a conjunction or a sentence's end, is read as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


def test_a_bracketed_description_closing_on_a_place() -> None:
    result = understand(
        "Ich möchte Sie bitten, Herrn Dr. Matthias Vogler (Leiter der Abteilung Digitale"
        " Bildung der Stadt Leipzig, matthias.vogler@leipzig.example) mit Frau Anna Roth"
        " (anna.roth@roth.example) bekannt zu machen."
    )
    assert (result.a, result.b) == (
        Party("Matthias Vogler", "matthias.vogler@leipzig.example"),
        Party("Anna Roth", "anna.roth@roth.example"),
    )
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "I act for Ms Adaeze Nwosu (adaeze@nwosu.example). Mr Peter Lindholm, Director of"
        " Development at the University of Edinburgh (p.lindholm@ed.example), has done"
        " this. Could you introduce them?",
        "Je représente Mme Adèle Nwosu (adele@nwosu.example). M. Pierre Lindholm, directeur"
        " du développement de l'Université de Genève (p.lindholm@ge.example), l'a déjà"
        " fait. Pourriez-vous les présenter ?",
        "Represento a la Sra. Adela Nwosu (adela@nwosu.example). El Sr. Pedro Lindholm,"
        " director de desarrollo en Banco Santander (p.lindholm@bs.example), ya lo ha"
        " hecho. ¿Podría presentarlos?",
        "Ich vertrete Frau Adele Nwosu (adele@nwosu.example). Herr Peter Lindholm, Leiter"
        " der Entwicklung an der Universität Leipzig (p.lindholm@uni.example), hat das"
        " schon gemacht. Könnten Sie die beiden einander vorstellen?",
        "Represento a Sra. Adela Nwosu (adela@nwosu.example). O Sr. Pedro Lindholm, diretor"
        " na Sonae Capital (p.lindholm@sc.example), já o fez. Poderia apresentá-los?",
        "Ninamwakilisha Bi. Adela Nwosu (adela@nwosu.example). Bw. Petro Lindholm,"
        " mkurugenzi katika Benki Kuu (p.lindholm@bk.example), amefanya hivyo. Tafadhali"
        " watambulishe.",
    ],
)
def test_described_then_asked_of_as_them(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.a is not None
    assert result.a.name is not None
    assert result.a.name.endswith("Nwosu")
    assert result.b is not None
    assert result.b.name is not None
    assert result.b.name.endswith("Lindholm")
    assert result.b.email is not None
    assert result.b.email.startswith("p.lindholm@")
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        # The address spells the name it follows: theirs.
        "Could you introduce me to Hanne Berg (assistant to Bob Stone at Acme,"
        " bob.stone@acme.example)?",
        # Someone after a title, another person joined, or a sentence's end between.
        "Could you introduce me to Hanne Berg (assistant to Mr Chen at Acme Berlin,"
        " h.berg@acme.example)?",
        "Could you introduce me to Hanne Berg (CFO, and Bob Ray at Acme Berlin,"
        " h.berg@acme.example)?",
        "Ich kenne Hanne Berg. Sie arbeitet bei der Stadt Leipzig, h.berg@acme.example,"
        " können Sie uns bekannt machen?",
    ],
)
def test_an_address_left_where_it_was_read(text: str) -> None:
    result = understand(text)
    parties = [result.a, result.b, *(party for pair in result.more for party in (pair.a, pair.b))]
    assert not any(
        party is not None and party.name == "Hanne Berg" and party.email is not None
        for party in parties
    )
