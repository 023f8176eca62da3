"""Phrasings around the one asked for that name no one and spell no address: a firm
named after a workplace word and joined by "&" ("Wakili Brian Otieno wa Otieno & Mwangi
Advocates") is where they work; "at Polar Point Cold Stores" is a workplace, not an
address spelled in words ("point" is French "dot", but "cold" ends no domain); the way
the writer presents someone ("auf diesem Weg", "hiermit", "por este meio") leaves the
one presented the one to meet; Swahili "anaomba kutambulishwa kwa" (he asks to be
introduced to) asks for the one named before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")
BRIAN = Party("Brian Otieno", "botieno@otienomwangi.example")


@pytest.mark.parametrize(
    "body",
    [
        "Please connect me with Brian Otieno of Otieno & Mwangi Advocates, his email is "
        "botieno@otienomwangi.example.",
        "Tafadhali niunganishe na Wakili Brian Otieno wa Otieno & Mwangi Advocates, barua "
        "pepe yake ni botieno@otienomwangi.example.",
        "Podes apresentar-me ao Dr. Brian Otieno da Otieno & Mwangi Advogados? O email dele "
        "é botieno@otienomwangi.example.",
        "Pourriez-vous me présenter à Me Brian Otieno de Otieno & Mwangi Avocats ? Son "
        "adresse : botieno@otienomwangi.example.",
        "¿Me podrías presentar al Lic. Brian Otieno de Otieno & Mwangi Abogados? Su correo "
        "es botieno@otienomwangi.example.",
        "Könnten Sie mich mit Herrn Brian Otieno von Otieno & Mwangi Rechtsanwälte bekannt "
        "machen? Seine Adresse: botieno@otienomwangi.example",
    ],
)
def test_a_firm_joined_by_ampersand_after_a_workplace_word_is_no_one(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ME, BRIAN)
    assert result.more == ()
    assert result.confident


def test_two_people_joined_after_a_town_stay_as_they_were() -> None:
    # Near miss: "wa Nairobi" is no firm closing on a firm's word, and "Amina Said" no
    # firm's name: nothing is taken into Brian's mention.
    result = understand(
        "Please connect me with Brian Otieno of Otieno & Amina Said (amina@said.example)."
    )
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "ops manager at polar point cold stores in jafza",
        "she works at la maison point cold",
    ],
)
def test_a_workplace_ending_on_no_domain_spells_no_address(text: str) -> None:
    assert load_rules().spelled_address_re.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "jp.gagnon at videotron dot ca",
        "lukas [at] oberhofer-holz [punkt] at",
        "ana.ruiz arroba gmail punto com",
        "tom at whitlockfarm dot co dot uk",
        "hello at acme dot info",
        "mo at breizh point bzh",
    ],
)
def test_an_address_spelled_in_words_still_ends_on_a_domain(text: str) -> None:
    assert load_rules().spelled_address_re.search(text) is not None


def test_a_workplace_with_point_in_its_name_leaves_the_ask_certain() -> None:
    result = understand(
        "Can you introduce me to Yousef Haddad, ops manager at Polar Point Cold Stores in "
        "JAFZA - yousef.h@polarpointcold.example. He sorted out our chilled space."
    )
    assert result.b == Party("Yousef Haddad", "yousef.h@polarpointcold.example")
    assert result.confident


_GRUBER = "Markus Gruber <m.gruber@notariat.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Lieber Markus,\n\ndarf ich dir auf diesem Weg Frau Derya Yilmaz vorstellen. Ihre "
        "E-Mail-Adresse: derya.yilmaz@gmx.example\n\nAnn",
        "Lieber Markus,\n\ndarf ich dir auf diesem Wege Frau Derya Yilmaz vorstellen. Ihre "
        "E-Mail-Adresse: derya.yilmaz@gmx.example\n\nAnn",
        "Lieber Markus,\n\nich möchte dir hiermit Frau Derya Yilmaz vorstellen. Ihre "
        "E-Mail-Adresse: derya.yilmaz@gmx.example\n\nAnn",
        "Caro Markus,\n\nvenho por este meio apresentar-te a Derya Yilmaz. O email dela: "
        "derya.yilmaz@gmx.example\n\nAnn",
    ],
)
def test_presenting_someone_by_this_mail_to_the_one_written_to(body: str) -> None:
    result = understand(body, to=_GRUBER, cc="intro@introbot.net")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {
        Party("Markus Gruber", "m.gruber@notariat.example"),
        Party("Derya Yilmaz", "derya.yilmaz@gmx.example"),
    }
    assert result.confident


def test_a_way_told_of_presents_no_one() -> None:
    # Near miss: "auf diesem Weg" told of a way the writer came, no one presented.
    result = understand(
        "Lieber Markus,\n\nich bin auf diesem Weg zu Frau Derya Yilmaz gekommen. Ihre "
        "E-Mail-Adresse: derya.yilmaz@gmx.example\n\nAnn",
        to=_GRUBER,
        cc="intro@introbot.net",
    )
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Naandika kwa niaba ya Mkurugenzi wetu, Bw. Salim Juma (salim@spice.example). "
        "Anaomba kutambulishwa kwa Bi. Rehema Mushi, rehema@mushiclearing.example.",
        "Mkurugenzi wetu Bw. Salim Juma (salim@spice.example) anaomba kuunganishwa na Bi. "
        "Rehema Mushi (rehema@mushiclearing.example).",
    ],
)
def test_swahili_he_asks_to_be_introduced(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (
        Party("Salim Juma", "salim@spice.example"),
        Party("Rehema Mushi", "rehema@mushiclearing.example"),
    )
    assert result.confident


def test_swahili_asking_pardon_asks_no_intro() -> None:
    # Near miss: "anaomba radhi" (he apologises) asks for no one.
    result = understand(
        "Bw. Salim Juma (salim@spice.example) anaomba radhi kwa kuchelewa. Rehema Mushi "
        "(rehema@mushiclearing.example) atakuja kesho."
    )
    assert result.kind == "not_a_request"
