"""A firm named after the one it belongs to ("Okafor Construction Group", "Weber Bau
GmbH") is no fuller name of that one: "Mr. Okafor" after "Chinedu Okafor, CEO of Okafor
Construction Group" is Chinedu Okafor, the subject's "C. Okafor" the same man, not a
rival fuller name. A party left named as a firm is asked about, never greeted by it."""

from __future__ import annotations

import pytest

from agent.understanding.request_firm_named import firm_name, organisation_named
from agent.understanding.request_fuller import person_names
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

_WRITER = "Rosa Lind <rosa@lind-office.example>"
_PRINCIPAL = Party("Tobias Adeyemi", "t.adeyemi@adeyemi-build.example")
_OTHER = Party("Ines Varga", "ines@varga-studio.example")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Intro: Mr. T. Adeyemi / Ms. I. Varga",
            "Hello,\n\nI write on behalf of Tobias Adeyemi, CEO of Adeyemi Construction "
            "Group. Mr. Adeyemi would like to meet Ms. Ines Varga "
            "(ines@varga-studio.example), who restores facades.\n\nMr. Adeyemi's email is "
            "t.adeyemi@adeyemi-build.example.\n\nBest,\nRosa Lind",
        ),
        (
            "Présentation : M. T. Adeyemi / Mme I. Varga",
            "Bonjour,\n\nJe vous écris de la part de Tobias Adeyemi, PDG d'Adeyemi "
            "Constructions SARL. M. Adeyemi souhaiterait être présenté à Mme Ines Varga "
            "(ines@varga-studio.example).\n\nL'adresse de M. Adeyemi est "
            "t.adeyemi@adeyemi-build.example.\n\nCordialement,\nRosa Lind",
        ),
        (
            "Presentación: Sr. T. Adeyemi / Sra. I. Varga",
            "Hola,\n\nLe escribo de parte de Tobias Adeyemi, director general de Adeyemi "
            "Construcciones S.A. El Sr. Adeyemi quiere que le presente a la Sra. Ines Varga "
            "(ines@varga-studio.example).\n\nEl correo del Sr. Adeyemi es "
            "t.adeyemi@adeyemi-build.example.\n\nSaludos,\nRosa Lind",
        ),
        (
            "Vorstellung: Herr T. Adeyemi / Frau I. Varga",
            "Guten Tag,\n\nich schreibe im Auftrag von Tobias Adeyemi, Geschäftsführer der "
            "Adeyemi Bau GmbH. Könnten Sie Herrn Adeyemi mit Frau Ines Varga "
            "(ines@varga-studio.example) bekannt machen?\n\nDie E-Mail-Adresse von Herrn "
            "Adeyemi ist t.adeyemi@adeyemi-build.example.\n\nViele Grüße\nRosa Lind",
        ),
    ],
)
def test_a_principal_named_after_a_firm_of_his_name_is_the_man(subject: str, body: str) -> None:
    result = understand(body, sender=_WRITER, subject=subject)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_PRINCIPAL, _OTHER}
    assert result.confident


@pytest.mark.parametrize(
    "name",
    [
        "Okafor Construction Group",
        "Weber Bau GmbH",
        "Weber Bau",
        "Dubois Constructions SARL",
        "Pereira Construções Ltda",
        "Ramos Construcciones S.A.",
        "Mwangi Ujenzi Ltd",
        "Acme Holdings",
    ],
)
def test_a_name_closing_on_a_firm_word_is_a_firm(name: str) -> None:
    assert organisation_named(name, load_rules())


@pytest.mark.parametrize(
    "name", ["Chinedu Okafor", "Ana Weber", "Grace Holding", "Luc Bâtisseur", "Okafor"]
)
def test_a_persons_name_is_no_firm(name: str) -> None:
    assert not organisation_named(name, load_rules())


@pytest.mark.parametrize(
    ("name", "firm"),
    [
        ("Anna Camara", False),
        ("Fatima Camara", False),
        ("Okafor Construction Group", True),
        ("Anna Holdings Ltd", True),
        ("Riverside Housing Association", True),
    ],
)
def test_a_first_name_keeps_a_name_closing_on_an_organisation_word_a_persons(
    name: str, firm: bool
) -> None:
    assert firm_name(name, load_rules()) is firm


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (
            ["Chinedu Okafor", "C. Okafor", "Okafor Construction Group"],
            {"Chinedu Okafor"},
        ),
        (["Jean-Pierre Roth", "J. Roth"], {"Jean-Pierre Roth"}),
        (["Anna Berg", "A. Lind"], {"Anna Berg", "A. Lind"}),
        (["Anna Berg", "B. Berg"], {"Anna Berg", "B. Berg"}),
        (["Mary Ann Lee", "M. A. Lee"], {"Mary Ann Lee"}),
    ],
)
def test_an_initialled_name_beside_its_full_form_is_set_aside(
    names: list[str], kept: set[str]
) -> None:
    assert person_names(names, load_rules()) == kept


def test_a_party_named_as_a_firm_is_asked_about() -> None:
    result = understand(
        "Hi,\n\nCould you introduce me to Weber Bau GmbH (kontakt@weber-bau.example)? We "
        "need a builder.\n\nThanks,\nAnn"
    )
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Bom dia,\n\nEm nome do Bruno Lacerda, da Lacerda Imóveis, queria pedir uma "
        "apresentação dele à Sofia Amaral (sofia@amaral-design.example).\n\nO e-mail do "
        "Bruno é bruno@lacerda-vinhos.example.\n\nClara Reis",
        "Buenos días,\n\nEn nombre de Bruno Lacerda, de Lacerda Inmuebles, quería pedir una "
        "presentación suya a Sofia Amaral (sofia@amaral-design.example).\n\nEl correo de "
        "Bruno es bruno@lacerda-vinhos.example.\n\nClara Reis",
    ],
)
def test_a_firm_named_for_the_one_written_for_is_never_greeted(body: str) -> None:
    result = understand(body, sender="Clara Reis <clara.reis@lacerda-vinhos.example>")
    assert result.kind == "intro_request"
    names = [p.name for p in (result.a, result.b) if p is not None]
    assert "Sofia Amaral" in names
    assert result.confident is ("Bruno Lacerda" in names)


def test_a_principal_without_a_firm_of_his_name_keeps_his_reading() -> None:
    result = understand(
        "Hello,\n\nI write on behalf of Tobias Adeyemi, CEO of Northgate Builders. Mr. "
        "Adeyemi would like to meet Ms. Ines Varga (ines@varga-studio.example).\n\nMr. "
        "Adeyemi's email is t.adeyemi@adeyemi-build.example.\n\nBest,\nRosa Lind",
        sender=_WRITER,
        subject="Intro",
    )
    assert {result.a, result.b} == {_PRINCIPAL, _OTHER}
    assert result.confident
