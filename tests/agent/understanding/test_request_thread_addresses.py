"""A reply to an old thread whose new text asks for an introduction and points to the
quoted thread for the addresses ("Both their emails are in there"): the address the
quoted thread writes right after a name ("> nice meeting Tomasz Wierzbicki <tom.w@...>")
is that of the one the writer names, in full or by the first name alone. Without the
pointer, for a name the quote writes twice with two addresses, for a first name two
quoted people share, or where the address stands in the writer's own unquoted text, the
one named stays unsure."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party, RequestResult
from tests.agent.understanding.test_requests import understand

_LAYLA = Party("Layla Mansour", "layla.mansour@haddad.example")
_TOMASZ = Party("Tomasz Wierzbicki", "tom.w@vance.example")
_SENDER = "Omar Haddad <omar@haddad.example>"


def _quote(header: str, line: str) -> str:
    return f"\n\nOmar\n\n{header}\n> {line}\n> Would be good to compare notes at some point.\n"


def _reply(note: str, header: str, line: str) -> RequestResult:
    return understand(
        note + _quote(header, line),
        sender=_SENDER,
        subject="Re: summit follow-ups",
        headers={"In-Reply-To": "<a1b2@mail.example>", "References": "<a1b2@mail.example>"},
    )


_MET = "Omar, nice meeting Tomasz Wierzbicki <tom.w@vance.example> at the dinner."
_EN = "On Tue, 30 Sep 2025 at 19:22, Layla Mansour <layla.mansour@haddad.example> wrote:"
_FR = "Le mar. 30 sept. 2025 à 19:22, Layla Mansour <layla.mansour@haddad.example> a écrit :"
_ES = "El mar, 30 sept 2025 a las 19:22, Layla Mansour (<layla.mansour@haddad.example>) escribió:"
_DE = "Am Di., 30. Sept. 2025 um 19:22 Uhr schrieb Layla Mansour <layla.mansour@haddad.example>:"
_PT = "Em ter., 30 de set. de 2025 às 19:22, Layla Mansour <layla.mansour@haddad.example> escreveu:"


@pytest.mark.parametrize(
    ("note", "header"),
    [
        (
            "Could you introduce Layla to Tomasz, per the thread below? Both their emails "
            "are in there.",
            _EN,
        ),
        (
            "Pourriez-vous présenter Layla à Tomasz ? Leurs adresses sont dans le fil ci-dessous.",
            _FR,
        ),
        ("¿Podrías presentar a Layla a Tomasz? Sus correos están en el hilo de abajo.", _ES),
        (
            "Könnten Sie Layla mit Tomasz bekannt machen? Beide Adressen stehen unten im Verlauf.",
            _DE,
        ),
        ("Pode apresentar a Layla ao Tomasz? Os e-mails estão na conversa.", _PT),
        (
            "Tafadhali mtambulishe Layla kwa Tomasz. Barua pepe zao ziko kwenye mazungumzo.",
            _EN,
        ),
    ],
    ids=["en", "fr", "es", "de", "pt", "sw"],
)
def test_an_address_the_thread_gives_after_a_name(note: str, header: str) -> None:
    result = _reply(note, header, _MET)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_LAYLA, _TOMASZ}
    assert result.confident


@pytest.mark.parametrize(
    ("note", "line"),
    [
        # No pointer to the thread: Tomasz's address is not said to be his.
        ("Could you introduce Layla to Tomasz? He did the diligence last year.", _MET),
        # Two addresses for the one name.
        (
            "Could you introduce Layla to Tomasz? Both their emails are in there.",
            "Tomasz Wierzbicki <tom.w@vance.example> (or Tomasz Wierzbicki "
            "<t.wierzbicki@mail.example>) at the dinner.",
        ),
        # Two quoted people answer to the first name.
        (
            "Could you introduce Layla to Tomasz? Both their emails are in there.",
            "met Tomasz Wierzbicki <tom.w@vance.example> and Tomasz Nowak "
            "<t.nowak@bank.example> at the dinner.",
        ),
        # The quote names someone else with an address; Tomasz has none there.
        (
            "Could you introduce Layla to Tomasz? Both their emails are in there.",
            "met Julian Meyrick <julian@club.example> at the dinner, and Tomasz.",
        ),
    ],
    ids=["no_pointer", "two_addresses", "two_tomasz", "someone_else"],
)
def test_the_one_named_stays_unsure(note: str, line: str) -> None:
    result = _reply(note, _EN, line)
    assert not result.confident
    assert _TOMASZ not in (result.a, result.b)


@pytest.mark.parametrize(
    ("note", "header"),
    [
        ("Please connect Layla and Tomasz. Both their addresses are on this thread.", _EN),
        ("Pourriez-vous présenter Layla à Tomasz ? Leurs adresses sont dans ce fil.", _FR),
        ("¿Podrías presentar a Layla a Tomasz? Sus correos están en este hilo.", _ES),
        (
            "Könnten Sie Layla mit Tomasz bekannt machen? Die Adressen stehen in diesem Verlauf.",
            _DE,
        ),
        ("Pode apresentar a Layla ao Tomasz? Os e-mails estão nesta conversa.", _PT),
        (
            "Tafadhali mtambulishe Layla kwa Tomasz. Anwani zao ziko kwenye mazungumzo haya.",
            _EN,
        ),
    ],
    ids=["en", "fr", "es", "de", "pt", "sw"],
)
def test_this_thread_points_to_the_quoted_thread_too(note: str, header: str) -> None:
    # "on this thread", "dans ce fil", "en este hilo": the thread the reply quotes.
    result = _reply(note, header, _MET)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_LAYLA, _TOMASZ}
    assert result.confident
