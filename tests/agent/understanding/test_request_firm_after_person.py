"""A description in brackets after someone's name may name a firm, with an address: the
firm named after them ("Herrn Thomas Berger (Schreinerei Berger, t.berger@...)", "Ann
Lee (Lee & Partners, ann@...)") gives the address to the one it describes when the
address opens on their first name or its initial and spells nothing else; an address
of the firm itself ("info@...") or of another firm leaves the one described without one,
to be asked about, and the firm is never a party. The bracket the description opens
closes after the address, so the ask's words after it are read too ("... mit Frau Aylin
Demir bekannt machen")."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("body", "party"),
    [
        (
            "Könnten Sie mich mit Herrn Thomas Berger (Schreinerei Berger, "
            "t.berger@schreinerei-berger.example) bekannt machen?",
            Party("Thomas Berger", "t.berger@schreinerei-berger.example"),
        ),
        (
            "Could you introduce me to Mia Chen (Chen Bakery, m.chen@chenbakery.example)?",
            Party("Mia Chen", "m.chen@chenbakery.example"),
        ),
        (
            "Pourriez-vous me présenter à Paul Morel (Cabinet Morel, "
            "p.morel@cabinet-morel.example) ?",
            Party("Paul Morel", "p.morel@cabinet-morel.example"),
        ),
        (
            "¿Me podrías presentar a Lucía Pardo (Pardo Abogados, lucia@pardoabogados.example)?",
            Party("Lucía Pardo", "lucia@pardoabogados.example"),
        ),
        (
            "Pode me apresentar ao Rui Sousa (Sousa Construções, "
            "r.sousa@sousaconstrucoes.example)?",
            Party("Rui Sousa", "r.sousa@sousaconstrucoes.example"),
        ),
    ],
)
def test_the_address_of_a_firm_named_after_its_owner_is_theirs(body: str, party: Party) -> None:
    result = understand(body)
    assert (result.a, result.b) == (ME, party)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # The firm's own mailbox, or another firm's: whose it is, is to be asked.
        "Könnten Sie mich mit Herrn Thomas Berger (Schreinerei Berger, "
        "info@schreinerei-berger.example) bekannt machen?",
        "Könnten Sie mich mit Herrn Thomas Berger (Schreinerei Holzmann, "
        "info@holzmann.example) bekannt machen?",
        "Könnten Sie mich mit Thomas Berger (Holzmann Schreinerei, info@holzmann.example) "
        "bekannt machen?",
        "Could you introduce me to Mia Chen (Harbor Bakery, info@harborbakery.example)?",
        # The address of another of the same surname, named in the description.
        "Könnten Sie mich mit Herrn Thomas Berger (Geschäftsführer der Paul Berger GmbH, "
        "p.berger@berger.example) bekannt machen?",
    ],
)
def test_a_firm_in_the_description_is_never_the_party(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b is not None
    assert result.b.name in ("Thomas Berger", "Mia Chen")
    assert not result.confident


def test_the_bracket_of_an_aside_is_no_part_of_a_mention_inside_it() -> None:
    rules = load_rules()
    items = tokenize(
        "mit Thomas Berger (Schreinerei Holzmann, info@holzmann.example) bekannt", rules
    )
    assert [item.lower for item in items][-2:] == [")", "bekannt"]
    items = tokenize("mit Thomas Berger (info@holzmann.example) bekannt", rules)
    assert [item.lower for item in items][-1:] == ["bekannt"]


def test_two_asks_each_with_a_firm_after_a_name() -> None:
    result = understand(
        "Könnten Sie Herrn Thomas Berger (Schreinerei Berger, "
        "t.berger@schreinerei-berger.example) mit Frau Aylin Demir (Kita-Leitung, "
        "aylin.demir@kita.example) bekannt machen?"
    )
    assert (result.a, result.b) == (
        Party("Thomas Berger", "t.berger@schreinerei-berger.example"),
        Party("Aylin Demir", "aylin.demir@kita.example"),
    )
    assert result.confident


_ANNA = Party("Anna Brunner", "anna.brunner@kunstraum.example")


@pytest.mark.parametrize(
    "described",
    [
        "Pascal Rüegg (Architekt, pr@ruegg-architektur.example)",
        "Pascal Rüegg (Gärtner, pr@ruegg-architektur.example)",
        "Pascal Rüegg (Architekt, p.rueegg@ruegg-architektur.example)",
    ],
)
def test_a_capitalised_word_of_what_someone_does_is_no_name(described: str) -> None:
    # German writes "Architekt" with a capital: one word, no first name, the address
    # spells none of it but the name before the bracket (its initials "pr"): that one's.
    result = understand(
        f"Könnten Sie Anna Brunner (Kuratorin, anna.brunner@kunstraum.example) und {described}"
        " miteinander bekannt machen?"
    )
    assert {result.a, result.b} == {
        _ANNA,
        Party("Pascal Rüegg", described.partition(", ")[2].rstrip(")")),
    }
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Könnten Sie mich mit Pascal Rüegg (Architekt, kontakt@ruegg-architektur.example)"
        " bekannt machen?",
        "Könnten Sie Anna Brunner (Kuratorin, anna.brunner@kunstraum.example) und Pascal"
        " Rüegg (Architekt, kontakt@ruegg-architektur.example) vorstellen?",
    ],
)
def test_a_described_one_with_an_address_not_theirs_is_asked_about(body: str) -> None:
    # "kontakt@" spells neither him nor his initials: whose it is stays to be asked, and
    # "Architekt" is never a party.
    result = understand(body)
    assert not result.confident
    names = {(p.name or "") for p in (result.a, result.b) if p is not None}
    assert "Architekt" not in names


def test_a_first_name_in_the_bracket_names_the_one_written_to() -> None:
    tokens = tokenize(
        "Könnten Sie mich mit Rüegg Architektur (Pascal, pr@ruegg.example) bekannt machen?",
        load_rules(),
    )
    assert [(t.name, t.email) for t in tokens if t.email] == [("Pascal", "pr@ruegg.example")]
