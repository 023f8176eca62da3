"""A shop or a workshop is an organisation someone is from ("Herrn Yilmaz von der Bäckerei
Yilmaz", "from the Duarte Workshop"), and where it is ("in der Neustadt", "in Stuttgart")
is taken into the mention with it, so a phrasing whose verb comes last ("... bekannt
machen") still reads the one named before them. Words of the phrasing ("in Kontakt"), a
title, or a name with its address after "in" are no place."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.requests import load_rules
from tests.agent.understanding.test_requests import understand

ALBERS = Party("Petra Albers", "albers@hs-bremen.example")


@pytest.mark.parametrize(
    "place",
    [
        "von der Bäckerei Yilmaz in der Neustadt",
        "von der Zahnarztpraxis in Walle",
        "vom Institut für Energiesysteme in Stuttgart",
        "von der Druckerei Yilmaz im Viertel",
    ],
)
def test_one_from_an_organisation_somewhere_is_read_before_the_verb(place: str) -> None:
    result = understand(
        f"Könnten Sie Frau Dr. Petra Albers (albers@hs-bremen.example) mit Herrn Yilmaz {place}"
        " bekannt machen? Frau Albers sucht Handwerksbetriebe für ein Forschungsprojekt."
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {ALBERS, Party("Yilmaz", None)}
    assert not result.confident


def test_a_second_pair_with_addresses_is_read_beside_it() -> None:
    result = understand(
        "ich hätte zwei Bitten:\n\nKönnten Sie Frau Dr. Petra Albers (albers@hs-bremen.example)"
        " mit Herrn Yilmaz von der Bäckerei Yilmaz in der Neustadt bekannt machen? Frau Albers"
        " sucht Handwerksbetriebe.\n\nAußerdem würde ich selbst gern Jan Eggers"
        " (jan@eggers-rad.example) kennenlernen - wir planen eine Lastenrad-Aktion.",
    )
    assert (result.a, result.b) == (ALBERS, Party("Yilmaz", None))
    assert [(p.a, p.b) for p in result.more] == [
        (Party("Ann Lee", "ann@lee.example"), Party("Jan Eggers", "jan@eggers-rad.example"))
    ]
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Könnten Sie Herrn Yilmaz von der Bäckerei Yilmaz in Kontakt bringen mit Frau Albers?",
        "Herr Yilmaz von der Bäckerei Yilmaz in Frau Albers' Straße",
    ],
)
def test_words_of_the_phrasing_or_a_title_are_no_place(text: str) -> None:
    items = tokenize(text, load_rules())
    names = [item.name for item in items if item.kind == "name"]
    assert "Yilmaz" in names
    assert not any(name and ("Kontakt" in name or "Frau" in name) for name in names)


def test_a_person_with_an_address_after_in_is_no_place() -> None:
    result = understand(
        "Could you introduce Ann Bell from the Duarte Workshop in Marc Weber (marc@weber.example)?"
    )
    assert not (result.kind == "intro_request" and result.confident)


def test_in_contact_after_an_organisation_still_asks() -> None:
    result = understand(
        "Könnten Sie mich mit Herrn Jonas Weidinger vom Institut für Energiesysteme"
        " (j.weidinger@ise.example) in Kontakt bringen?"
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Jonas Weidinger", "j.weidinger@ise.example")
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Pode apresentar a Ana Lima da Padaria Central em Braga ao Rui Costa (rui@costa.example)?",
        "¿Puedes presentar a Ana Lima de la Panadería Central en Sevilla a Rui Costa"
        " (rui@costa.example)?",
    ],
)
def test_the_one_before_an_organisation_somewhere_is_read_before_the_other(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    rui = Party("Rui Costa", "rui@costa.example")
    assert {result.a, result.b} == {Party("Ana Lima", None), rui}
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Im Auftrag von Prof. Dr. Reto Imhof (reto.imhof@itd.example) melde ich mich. Prof."
        " Imhof möchte gerne mit Dr. Yuki Tanabe vom Kyoto Institute for Advanced Photonics in"
        " Kontakt treten (tanabe.yuki@kiap.example).",
        "Könnten Sie mich mit Frau Dr. Yuki Tanabe vom Kyoto Institut für Photonik bekannt"
        " machen (tanabe.yuki@kiap.example)?",
        "Könnten Sie mich mit Frau Dr. Yuki Tanabe beim Kyoto Institut für Photonik bekannt"
        " machen (tanabe.yuki@kiap.example)?",
        "Could you introduce me to Dr. Yuki Tanabe from Kyoto Institute for Advanced Photonics"
        " (tanabe.yuki@kiap.example)?",
    ],
)
def test_a_word_describing_the_organisation_before_it_is_still_where_they_are_from(
    text: str,
) -> None:
    """ "vom Kyoto Institute for Advanced Photonics": a capitalised word before the one
    naming the organisation is part of its name, taken into the mention, so a verb closing
    the ask still reads the one named before it."""
    items = tokenize(text, load_rules())
    names = [item.name for item in items if item.kind == "name"]
    assert "Yuki Tanabe" in names
    assert not any(name and ("Kyoto" in name or "Photon" in name) for name in names)
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.b == Party("Yuki Tanabe", "tanabe.yuki@kiap.example")


@pytest.mark.parametrize(
    "text",
    [
        "Könnten Sie mich mit Herrn Paul Weber vom Kyoto Team bekannt machen?",
        "Could you introduce me to Paul Weber from Kyoto Anna Institute?",
    ],
)
def test_no_organisation_word_right_after_the_capitalised_one_takes_nothing_in(
    text: str,
) -> None:
    """After "vom" or "from", a capitalised word that no organisation's word follows
    right after ("Kyoto Team", "Kyoto Anna Institute") is not taken into the mention."""
    items = tokenize(text, load_rules())
    names = [item.name for item in items if item.kind == "name"]
    assert len(names) == 2 and names[0] == "Paul Weber"


@pytest.mark.parametrize(
    "organisation",
    [
        "der Traumaambulanz am Urban-Klinikum",
        "der Bäckerei Koch in der Neustadt",
        "dem Gesundheitszentrum in Baden-Baden",
    ],
)
def test_someone_at_an_organisation_somewhere_is_asked_about(organisation: str) -> None:
    result = understand(
        "Frau Dr. von Alvensleben überlegt, ob es sinnvoll wäre, Frau Brandt mit jemandem aus"
        f" {organisation} bekannt zu machen, wegen der Überweisungen."
    )
    assert result.kind == "intro_request"
    assert result.a == Party("Brandt", None)
    assert result.b is not None and result.b.email is None
    assert not result.confident


def test_in_contact_after_an_organisation_named_for_itself_is_no_place() -> None:
    result = understand("Könnten Sie Frau Brandt mit der Bäckerei Koch in Kontakt bringen?")
    assert result.kind == "intro_request"
    assert result.b == Party("Bäckerei Koch", None)
