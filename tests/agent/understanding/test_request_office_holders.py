"""Office holders and professionals as finance, law and public-sector mail names them:
a professional title before the name ("Advocate Baraka Mwasapi", "Adv. Vikram Menon",
"CA Sneha Kulkarni") is no part of it; "& Co." before an address in brackets ends no
sentence; a job title written with capitals ("the County Chief Officer for Finance",
"the Head of Procurement") names no one, so the one named in the sentences after it
("His name is Mr. Fredrick Onyango Ogola, and the address on his card is fogola@...")
is the one asked for; a relative clause running to the ask's end leaves the ask whole;
an address spelling an unlisted first name whole beside a family firm's name is the
person's, not the firm's."""

from __future__ import annotations

import pytest

from agent.understanding.request_implied import _spelled_name
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_BARAKA = "bmwasapi@mwasapi-advocates.co.tz"
_OGOLA = "fogola@kisumucounty.go.ke"


@pytest.mark.parametrize(
    "titled",
    ["Advocate Baraka Mwasapi", "Adv. Baraka Mwasapi", "Adv Baraka Mwasapi", "CA Baraka Mwasapi"],
)
def test_a_professional_title_is_no_part_of_the_name(titled: str) -> None:
    result = understand(f"Please introduce me to {titled} - {_BARAKA} - about the tax appeal.")
    assert result.kind == "intro_request"
    assert result.b == Party("Baraka Mwasapi", _BARAKA)
    assert result.confident


def test_the_title_after_a_first_name_is_a_surname() -> None:
    # "Joseph Mwalimu", "Ana Pastor": after a first name such a word is the surname.
    result = understand("Please introduce me to Grace Advocate (grace@advocate.example).")
    assert result.b == Party("Grace Advocate", "grace@advocate.example")


@pytest.mark.parametrize("bracket", ["<{}>", "({})"])
def test_and_co_before_an_address_ends_no_sentence(bracket: str) -> None:
    address = bracket.format("sneha@kulkarnijoshi.example")
    result = understand(
        "Kindly arrange the following introductions:\n\n"
        "(i) Mr. Sunil Deshpande (sunil@konkan.example) to Ms Sneha Kulkarni of Kulkarni"
        f" Joshi & Co. {address} - for the GST audit.\n\n"
        "(ii) Myself to Mr. Anil Fernandes (anil@fernandesvaluers.example) - for valuers."
    )
    assert result.b == Party("Sneha Kulkarni", "sneha@kulkarnijoshi.example")
    assert result.more[0].b == Party("Anil Fernandes", "anil@fernandesvaluers.example")


@pytest.mark.parametrize(
    "office",
    [
        "the County Chief Officer for Finance and Revenue in Kisumu",
        "the Chief Officer for Finance in Kisumu",
        "the chief officer for finance in Kisumu",
    ],
)
def test_one_named_after_an_office_is_the_one_asked_for(office: str) -> None:
    result = understand(
        f"I would like you to introduce me to {office}, who I'm told is the only one who"
        " can issue the waiver letter.\n\nHis name is Mr. Fredrick Onyango Ogola, and the"
        f" address on his card is {_OGOLA}.\n\nKind regards,\nAnn Lee"
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Fredrick Onyango Ogola", _OGOLA)
    assert result.confident


def test_a_capitalised_department_is_no_one() -> None:
    result = understand("Could you introduce me to the Head of Procurement at Acme?")
    assert result.b is None or result.b.name != "Procurement"
    assert not result.confident


@pytest.mark.parametrize(
    "ask",
    [
        "Could you introduce me to our Careers Lead, Fiona MacLeod (fiona@school.example)?",
        "Please connect me with our Head of Digitisation, Ms Fiona MacLeod (fiona@school.example).",
    ],
)
def test_a_capitalised_role_still_describes_the_one_after_its_comma(ask: str) -> None:
    result = understand(ask)
    assert result.b == Party("Fiona MacLeod", "fiona@school.example")
    assert result.confident


@pytest.mark.parametrize(
    ("address", "spelled"),
    [
        ("fogola@kisumucounty.go.ke", "Fredrick Onyango Ogola"),
        ("fredrick@kisumucounty.go.ke", "Fredrick Onyango Ogola"),
        ("ogola@kisumucounty.go.ke", ""),
        ("info@kisumucounty.go.ke", ""),
    ],
)
def test_an_address_spells_a_name_by_its_initial_and_surname(address: str, spelled: str) -> None:
    assert _spelled_name(address, ["Fredrick Onyango Ogola", "Kisumu"]) == spelled


def test_an_unspelled_office_name_ties_no_one() -> None:
    result = understand(
        "I would like you to introduce me to the Chief Officer for Finance in Kisumu.\n\n"
        "His name is Mr. Fredrick Onyango Ogola, and the office address is"
        " revenue@kisumucounty.go.ke.\n\nKind regards,\nAnn Lee"
    )
    assert not result.confident


def test_a_family_firms_address_spelling_an_unlisted_first_name_is_the_persons() -> None:
    result = understand(
        "I would be grateful if you could introduce one of my clients, Harriet"
        " Pemberton-Lowe (harriet@pembertonjoinery.example), to Anand Kapoor, a licensed"
        " insolvency practitioner at Kapoor Restructuring LLP"
        " (anand.kapoor@kapoorrestructuring.example)."
    )
    assert result.b == Party("Anand Kapoor", "anand.kapoor@kapoorrestructuring.example")


def test_a_family_firms_address_by_an_initial_stays_unsure() -> None:
    # "a.kapoor@" could be any Kapoor's: an unlisted first name must be spelled whole.
    result = understand(
        "I would be grateful if you could introduce one of my clients, Harriet"
        " Pemberton-Lowe (harriet@pembertonjoinery.example), to Anand Kapoor, a licensed"
        " insolvency practitioner at Kapoor Restructuring LLP"
        " (a.kapoor@kapoorrestructuring.example)."
    )
    assert result.b != Party("Anand Kapoor", "a.kapoor@kapoorrestructuring.example")
