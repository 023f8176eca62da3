"""First names and their gender (rules/first_names): folded and without accents, a
hyphenated name whole or by parts of one gender, a name of both lists of no gender."""

from __future__ import annotations

import pytest

from agent.understanding.first_names import (
    FEMALE,
    MALE,
    UNKNOWN,
    called_alike,
    first_name,
    gender_of,
    is_first_name,
)
from agent.understanding.request_rules import load_rules


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        # The first names of labelled mails that name someone by a title and a surname.
        ("Jonas", MALE),
        ("Julia", FEMALE),
        ("Annegret", FEMALE),
        ("Emre", MALE),
        ("Derya", FEMALE),
        ("Aylin", FEMALE),
        ("Pavel", MALE),
        ("Tomasz", MALE),
        ("Jürgen", MALE),
        ("Annette", FEMALE),
        # Without accents, with the German umlaut spelled out, in capitals.
        ("Jurgen", MALE),
        ("Juergen", MALE),
        ("INÊS", FEMALE),
        ("Ines", FEMALE),
        ("Hélène", FEMALE),
        ("Helene", FEMALE),
        ("María", FEMALE),
        ("João", MALE),
        ("Wanjiku", FEMALE),
        ("Juma", MALE),
        # Names given to both.
        ("Andrea", UNKNOWN),
        ("Kim", UNKNOWN),
        ("Jean", UNKNOWN),
        ("Sascha", UNKNOWN),
        ("Alex", UNKNOWN),
        ("Amani", UNKNOWN),
        ("Camille", UNKNOWN),
        # Unlisted.
        ("Zorbalind", UNKNOWN),
        ("", UNKNOWN),
        # Hyphenated: listed whole, else by parts of one gender.
        ("Jean-Pierre", MALE),
        ("Jean-Marie", MALE),
        ("Marie-Pierre", FEMALE),
        ("Hans-Jürgen", MALE),
        ("Anna-Lena", FEMALE),
        ("Jean-Zorbalind", UNKNOWN),
        ("Anna-Jürgen", UNKNOWN),
        ("Kim-Anna", UNKNOWN),
    ],
)
def test_gender_of(name: str, gender: str) -> None:
    assert gender_of(name) == gender


@pytest.mark.parametrize(
    ("full", "first"),
    [
        ("Jürgen Brandt", "Jürgen"),
        ("Dr. Jürgen Brandt", "Jürgen"),
        ("Prof. Dr. Annette Brandt", "Annette"),
        ("J. Brandt", ""),
        ("Brandt", ""),
        ("", ""),
    ],
)
def test_first_name(full: str, first: str) -> None:
    assert first_name(full, load_rules().titles) == first


def test_the_gendered_titles_are_titles() -> None:
    rules = load_rules()
    known = rules.titles | rules.lower_titles | rules.cased_titles | rules.address_forms
    assert set(rules.title_genders) <= known
    assert set(rules.title_genders.values()) == {FEMALE, MALE}
    for title, gender in [("frau", FEMALE), ("herrn", MALE), ("mme", FEMALE), ("m", MALE)]:
        assert rules.title_genders[title] == gender
    for title in ("sra", "señora", "senora", "srta", "dona", "bi", "mrs", "ms", "miss"):
        assert rules.title_genders[title] == FEMALE
    for title in ("sr", "señor", "senor", "senhor", "bw", "bwana", "mr", "monsieur"):
        assert rules.title_genders[title] == MALE
    for title in ("dr", "prof", "mx", "mwalimu", "me"):
        assert title not in rules.title_genders


def test_a_listed_first_name_is_one_and_a_town_is_not() -> None:
    assert is_first_name("Victor")
    assert is_first_name("andrea")
    assert not is_first_name("Victoriaville")
    assert not is_first_name("Villach")


def test_a_first_name_is_called_by_its_short_forms_and_back() -> None:
    assert {"kate", "kathy", "katie"} <= called_alike("Katherine")
    assert {"katherine", "catherine", "kathryn"} <= called_alike("KATE")
    assert "robert" in called_alike("Bob")
    assert {"pepe", "chepe"} <= called_alike("José")
    assert "pepe" in called_alike("Jose")
    assert "jose" in called_alike("Pepe")
    assert "johannes" in called_alike("Hannes")
    # One short form leads to no other, and a name of no short form has none.
    assert "katie" not in called_alike("Kate")
    assert called_alike("Anna") == frozenset()
