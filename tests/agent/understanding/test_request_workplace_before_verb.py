"""Where someone works, between their name and the verb that closes a German ask
("mich Anna Lehmann bei Lumen (info@...) vorstellen"), leaves them the one asked for,
their address unknown when the one written is the firm's. Swahili "na" (and, also
Portuguese "at") before a firm no address spells says where the one before works; it
adds no one ("kwa Kwame Asante na Petrobras (contato@...)"). An address that is the
first name and surname and spells nothing of the word after a particle leaves that word,
where they live or work, out of the name ("Stéphane Roy de Victoriaville (sroy@...)")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    "body",
    [
        "Könnten Sie mich Mia Berger bei Lumen (info@lumen.example) vorstellen?",
        "Könnten Sie mich Mia Berger bei Lumen vorstellen?",
        "Kannst du mich bitte mit Mia Berger beim Stadtwerk (kontakt@stadtwerk.example)"
        " bekannt machen?",
    ],
)
def test_the_one_before_the_workplace_is_asked_for(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ME, Party("Mia Berger", None))
    assert not result.confident


def test_an_address_spelling_them_after_the_workplace_is_theirs() -> None:
    result = understand(
        "Könnten Sie mich Mia Berger bei Lumen (mia.berger@lumen.example) vorstellen?"
    )
    assert result.b == Party("Mia Berger", "mia.berger@lumen.example")
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Tafadhali nitambulishe kwa Kwame Asante na Petrobras (contato@petrobras.example).",
        "Tafadhali nitambulishe kwa Baraka Mushi na Petrobras (contato@petrobras.example).",
    ],
)
def test_a_firm_after_swahili_na_is_no_second_party(body: str) -> None:
    result = understand(body, sender="Amina Juma <amina@shamba.example>")
    assert result.kind == "intro_request"
    assert result.more == ()
    assert result.b is not None and result.b.name in ("Kwame Asante", "Baraka Mushi")
    assert not result.confident


def test_a_person_after_swahili_na_is_still_listed() -> None:
    result = understand(
        "Tafadhali nitambulishe kwa Juma Ali na Amina Said (amina.said@said.example).",
        sender="Neema Mollel <neema@shamba.example>",
    )
    names = {result.b.name if result.b else None} | {
        pair.b.name for pair in result.more if pair.b is not None
    }
    assert {"Juma Ali", "Amina Said"} <= names


@pytest.mark.parametrize(
    ("address", "name"),
    [
        ("sroy@cooproy.example", "Stéphane Roy"),
        ("stephane.roy@cooproy.example", "Stéphane Roy"),
        # The address spells the word after the particle: it is the surname's.
        ("tiago@mouradesousa.example", "Tiago Moura de Sousa"),
    ],
)
def test_a_particle_and_word_the_address_leaves_out_are_no_part_of_the_name(
    address: str, name: str
) -> None:
    surname_end = name.split()[-1] if name.endswith("Sousa") else "Victoriaville"
    first, last = name.split()[0], name.split()[1]
    result = understand(
        f"Pourriez-vous me présenter à {first} {last} de {surname_end} ({address}) ?"
    )
    assert result.b == Party(name, address)


@pytest.mark.parametrize(
    "body",
    [
        # A particle the titled name did not take in, then the firm and its town.
        "Könnten Sie mich mit Frau Dr. Mia Berger von AquaSense in Winterthur bekannt machen"
        " (mia.berger@aquasense.example)?",
        "Könnten Sie mich mit Frau Dr. Mia Berger von AquaSense bekannt machen"
        " (mia.berger@aquasense.example)?",
        "Könnten Sie mich mit Mia Berger bei Lumen in Wien bekannt machen"
        " (mia.berger@lumen.example)?",
    ],
)
def test_the_workplace_and_its_town_stand_before_the_verb(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.a == ME
    assert result.b is not None and result.b.name == "Mia Berger"
    assert result.b.email is not None and result.b.email.startswith("mia.berger@")


def test_a_town_right_after_the_name_is_not_passed_over() -> None:
    # Where she is, no workplace before it: the reading stays as it was, unconfident.
    result = understand("Könnten Sie mich mit Mia Berger in Wien bekannt machen?")
    assert not result.confident
