"""A team's signature listing its people one a line ("Neema Mgaya - Quality Assurance
Lead - neema.mgaya@..."): a person the mail names gets the address of their line, and a
shared mailbox's writer signing by first name alone is the one listed with it."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ROSTER = (
    "\n\nACME FARMS LTD\n"
    "Baraka Mhagama - Managing Director - baraka@acmefarms.example\n"
    "Neema Mgaya - Quality Lead - neema.mgaya@acmefarms.example - +255 754 000 122\n"
    "Secretária: Joyce Sanga - joyce.sanga@acmefarms.example\n"
)

_ASKS = {
    "en": (
        "Please introduce our QA lead Neema Mgaya to Frank Baumann"
        " (f.baumann@audit.example). Our audit is in January.\n\nRegards,\nJoyce"
    ),
    "fr": (
        "Pourriez-vous présenter notre responsable qualité Neema Mgaya à Frank Baumann"
        " (f.baumann@audit.example) ? Notre audit a lieu en janvier.\n\nCordialement,\nJoyce"
    ),
    "es": (
        "¿Podrías presentar a nuestra responsable de calidad Neema Mgaya a Frank Baumann"
        " (f.baumann@audit.example)? La auditoría es en enero.\n\nSaludos,\nJoyce"
    ),
    "de": (
        "Könnten Sie unsere Qualitätsleiterin Neema Mgaya mit Frank Baumann"
        " (f.baumann@audit.example) bekannt machen? Das Audit ist im Januar.\n\n"
        "Viele Grüße\nJoyce"
    ),
    "pt": (
        "Pedimos que apresente a nossa responsável de qualidade, Neema Mgaya, ao Frank"
        " Baumann (f.baumann@audit.example). A auditoria é em janeiro.\n\nObrigada,\nJoyce"
    ),
    "sw": (
        "Naomba umtambulishe Neema Mgaya kwa Frank Baumann (f.baumann@audit.example)."
        " Ukaguzi ni Januari.\n\nAsante,\nJoyce"
    ),
}


@pytest.mark.parametrize("lang", sorted(_ASKS))
def test_named_one_gets_the_address_of_their_roster_line(lang: str) -> None:
    result = understand(_ASKS[lang] + _ROSTER, sender="Acme Farms <info@acmefarms.example>")
    assert result.kind == "intro_request"
    assert result.a == Party("Neema Mgaya", "neema.mgaya@acmefarms.example")
    assert result.b == Party("Frank Baumann", "f.baumann@audit.example")
    assert result.requester == Party("Joyce Sanga", "info@acmefarms.example")


def test_a_line_whose_address_spells_another_ties_nothing() -> None:
    roster = "\n\nACME FARMS LTD\nNeema Mgaya - Quality Lead - quality@acmefarms.example\n"
    result = understand(_ASKS["en"] + roster, sender="Acme Farms <info@acmefarms.example>")
    assert result.a is not None and result.a.email is None
    assert not result.confident


def test_two_listed_with_the_signed_first_name_leave_the_mailbox_name() -> None:
    roster = _ROSTER + "Joyce Mrema - Sales - joyce.mrema@acmefarms.example\n"
    result = understand(_ASKS["en"] + roster, sender="Acme Farms <info@acmefarms.example>")
    assert result.requester == Party("Acme Farms", "info@acmefarms.example")


def test_a_personal_sender_keeps_their_own_name() -> None:
    result = understand(_ASKS["en"] + _ROSTER, sender="Joyce Sanga <joyce@sanga.example>")
    assert result.requester == Party("Joyce Sanga", "joyce@sanga.example")


def test_a_line_listing_two_people_ties_nothing() -> None:
    roster = (
        "\n\nACME FARMS LTD\n"
        "Neema Mgaya, Baraka Mhagama - Quality - neema.mgaya@acmefarms.example\n"
    )
    result = understand(_ASKS["en"] + roster, sender="Acme Farms <info@acmefarms.example>")
    assert result.a is not None and result.a.email is None


# A roster writes the degree before the name that the ask leaves out.
_TITLED_ROSTERS = {
    "en": "Dr. Neema Mgaya - Quality Lead - nmgaya@acmefarms.example\n",
    "fr": "Dr Neema Mgaya - Responsable qualité - nmgaya@acmefarms.example\n",
    "es": "Ing. Neema Mgaya \u2013 Jefa de Calidad \u2013 nmgaya@acmefarms.example\n",
    "de": "Dipl.-Ing. Neema Mgaya | Qualitätsleitung | nmgaya@acmefarms.example\n",
    "pt": "Eng. Neema Mgaya - Responsável de qualidade - nmgaya@acmefarms.example\n",
    "sw": "Dkt. Neema Mgaya - Mkuu wa Ubora - nmgaya@acmefarms.example\n",
}


@pytest.mark.parametrize("lang", sorted(_ASKS))
def test_a_title_opening_the_roster_line_is_no_part_of_the_name(lang: str) -> None:
    roster = "\n\nACME FARMS LTD\n" + _TITLED_ROSTERS[lang]
    result = understand(_ASKS[lang] + roster, sender="Joyce Sanga <joyce@sanga.example>")
    assert result.a == Party("Neema Mgaya", "nmgaya@acmefarms.example")
    assert result.confident


def test_a_titled_line_whose_address_spells_another_ties_nothing() -> None:
    roster = "\n\nACME FARMS LTD\nDr. Neema Mgaya - Quality Lead - bmhagama@acmefarms.example\n"
    result = understand(_ASKS["en"] + roster, sender="Joyce Sanga <joyce@sanga.example>")
    assert result.a is not None and result.a.email is None
    assert not result.confident


def test_a_title_and_a_surname_alone_name_no_one_asked_for() -> None:
    roster = "\n\nACME FARMS LTD\nDr. Mgaya - Quality Lead - nmgaya@acmefarms.example\n"
    result = understand(_ASKS["en"] + roster, sender="Joyce Sanga <joyce@sanga.example>")
    assert result.a is not None and result.a.email is None


_FIRST_NAME_ASKS = {
    "en": "Can you introduce our quality & safety lead Neema to Frank Baumann"
    " (f.baumann@audit.example)? Our audit is in January.\n\nCheers\nBaraka",
    "fr": "Pourriez-vous présenter notre responsable qualité et sécurité Neema à Frank"
    " Baumann (f.baumann@audit.example) ? Notre audit a lieu en janvier.\n\nCordialement,"
    "\nBaraka",
    "es": "¿Podrías presentar a nuestra jefa de calidad y seguridad Neema a Frank Baumann"
    " (f.baumann@audit.example)? La auditoría es en enero.\n\nSaludos,\nBaraka",
    "de": "Könnten Sie unsere Leiterin Neema mit Frank Baumann (f.baumann@audit.example)"
    " bekannt machen? Das Audit ist im Januar.\n\nViele Grüße\nBaraka",
    "pt": "Pode apresentar a nossa responsável de qualidade e segurança Neema ao Frank"
    " Baumann (f.baumann@audit.example)? A auditoria é em janeiro.\n\nObrigado,\nBaraka",
    "sw": "Naomba umtambulishe meneja wetu Neema kwa Frank Baumann (f.baumann@audit.example)."
    " Ukaguzi ni Januari.\n\nAsante,\nBaraka",
}


@pytest.mark.parametrize("lang", sorted(_FIRST_NAME_ASKS))
def test_a_first_name_alone_gets_the_one_roster_line_opening_on_it(lang: str) -> None:
    # "our quality & safety lead Neema" over "Neema Mgaya - Quality Lead - neema.mgaya@":
    # a colleague called by her first name is the one the roster names with it.
    result = understand(
        _FIRST_NAME_ASKS[lang] + _ROSTER, sender="Acme Farms <info@acmefarms.example>"
    )
    assert result.kind == "intro_request"
    assert result.a == Party("Neema Mgaya", "neema.mgaya@acmefarms.example")
    assert result.b == Party("Frank Baumann", "f.baumann@audit.example")
    assert result.confident


def test_a_first_name_two_roster_lines_open_on_ties_nothing() -> None:
    roster = _ROSTER + "Neema Kisanga - Field Officer - neema.kisanga@acmefarms.example\n"
    result = understand(
        _FIRST_NAME_ASKS["en"] + roster, sender="Acme Farms <info@acmefarms.example>"
    )
    assert result.a is None or result.a.email is None
    assert not result.confident


@pytest.mark.parametrize(
    "ask",
    [
        # Two people: a second description, or no job title in either part.
        "Can you introduce my son and his friend Neema to Frank Baumann (f.baumann@audit.example)?",
        "Can you introduce my brother and sister Neema to Frank Baumann (f.baumann@audit.example)?",
    ],
)
def test_a_conjunction_joining_two_people_is_no_job_title(ask: str) -> None:
    result = understand(ask + _ROSTER, sender="Acme Farms <info@acmefarms.example>")
    assert not result.confident
