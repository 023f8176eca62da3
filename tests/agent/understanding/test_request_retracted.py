"""An ask taken back for another later in the same mail ("Actually scratch that ...
Please introduce me to Folake instead", "Pensándolo mejor, no. ... Preséntame a mí a
Álvaro"): the ask after the retraction is the request, as certain as it would be alone,
the people of the ask taken back left out of it. With no ask after it, a retraction
leaves the request asked about; an addition ("Actually, also to Ben") takes nothing
back, and reads as it did."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")
CHIDI = Party("Chidi Okonkwo", "chidi@sahel.example")
FOLAKE = Party("Folake Adeyemi", "folake@sahel.example")
_C = "Chidi Okonkwo (chidi@sahel.example)"
_F = "Folake Adeyemi (folake@sahel.example)"

REPLACED = [
    f"Could you introduce me to {_C}? We are raising a seed round.\n\nActually scratch that"
    f" - Chidi is on sabbatical. Please introduce me to his partner {_F} instead.",
    f"Could you introduce me to {_C}? On second thought, no. Please introduce me to {_F}.",
    f"Pourriez-vous me présenter à {_C} ? À la réflexion, non : il est en congé."
    f" Présentez-moi plutôt à {_F}.",
    f"Pourriez-vous me présenter à {_C} ? En fait non, oublie ça. Présente-moi à {_F}.",
    f"¿Me presentas a {_C}? Pensándolo mejor, no: está de baja. Preséntame a {_F}.",
    f"¿Me presentas a {_C}? Mejor no. Preséntame mejor a {_F}.",
    f"Kannst du mich {_C} vorstellen? Vergiss das, er ist im Urlaub. Kannst du mich {_F}"
    " vorstellen?",
    f"Kannst du mich {_C} vorstellen? Nein, doch lieber anders: stell mich bitte {_F} vor.",
    f"Podes apresentar-me ao {_C}? Pensando melhor, não: ele está de licença. Apresenta-me à {_F}.",
    f"Podes apresentar-me ao {_C}? Esquece isso. Apresenta-me à {_F}.",
    f"Naomba unitambulishe kwa {_C}. Kwa kweli hapana, yuko likizo. Naomba unitambulishe kwa {_F}.",
    f"Naomba unitambulishe kwa {_C}. Achana na hilo. Naomba unitambulishe kwa {_F}.",
]


@pytest.mark.parametrize("text", REPLACED)
def test_the_ask_after_a_retraction_is_the_request(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ME, FOLAKE)
    assert result.more == ()
    assert result.confident


def test_a_name_after_the_retraction_keeps_the_address_written_before_it() -> None:
    # The address of the one asked for stands in the ask taken back; the other one's
    # address there is no one the new ask leaves out.
    result = understand(
        "Quería pedirte que presentaras a Núria Vidal, la arquitecta (nuria@vidal.example),"
        " a Álvaro Mendizábal, del banco (amendizabal@banco.example), para el préstamo.\n\n"
        "Pensándolo mejor, no. Quien negocia la financiación soy yo. Preséntame a mí a"
        " Álvaro y ya meteré a Núria en copia."
    )
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ME, Party("Álvaro Mendizábal", "amendizabal@banco.example"))
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        f"Could you introduce me to {_C}? On second thought, no.",
        f"Pourriez-vous me présenter à {_C} ? À la réflexion, non.",
        f"¿Me presentas a {_C}? Pensándolo mejor, no.",
        f"Podes apresentar-me ao {_C}? Pensando melhor, não.",
    ],
)
def test_a_retraction_with_no_ask_after_it_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident


def test_an_ask_after_the_retraction_not_understood_is_still_asked_about() -> None:
    result = understand(
        f"Pourriez-vous me présenter à {_C} ? À la réflexion, non : il est en congé."
        " Présentez-moi donc à sa collègue Folake."
    )
    assert result.kind == "intro_request"
    assert not result.confident
    assert result.b != CHIDI


@pytest.mark.parametrize(
    "text",
    [
        # Never mind alone, what follows telling, not asking: the mail asks nothing.
        f"Could you introduce me to {_C}? Never mind, he just introduced himself at the"
        " conference.",
        # The ask after negated: nothing is asked in place of the one taken back.
        f"Could you introduce me to {_C}? Actually scratch that - don't introduce me to"
        " anyone yet.",
    ],
)
def test_a_withdrawal_with_no_new_ask_still_withdraws(text: str) -> None:
    assert understand(text).kind == "not_a_request"


def test_an_addition_takes_nothing_back() -> None:
    result = understand("Please introduce me to Ana Lima (ana@x.com). Actually, also to Ben.")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ME, Party("Ana Lima", "ana@x.com"))
    assert result.confident


def test_an_emphatic_me_names_no_one_more() -> None:
    result = understand("Preséntame a mí a Álvaro Mendizábal (amendizabal@banco.example).")
    assert (result.a, result.b) == (ME, Party("Álvaro Mendizábal", "amendizabal@banco.example"))
    assert result.confident


def test_only_the_ask_before_the_retraction_is_taken_back() -> None:
    result = understand(
        "Please introduce me to Ana Lima (ana@x.com).\n\nAlso, could you introduce me to Bob"
        " Ray (bob@y.com)? Scratch that, please introduce me to Carl Diaz (carl@z.com)"
        " instead."
    )
    assert (result.a, result.b) == (ME, Party("Ana Lima", "ana@x.com"))
    assert [(pair.a, pair.b) for pair in result.more] == [(ME, Party("Carl Diaz", "carl@z.com"))]
    assert result.confident


def test_an_ask_taken_back_over_two_sentences_is_taken_back_whole() -> None:
    result = understand(
        "Could you introduce me to Chidi Okonkwo? His email is chidi@sahel.example. Actually"
        f" scratch that - please introduce me to {_F} instead."
    )
    assert (result.a, result.b) == (ME, FOLAKE)
    assert result.more == ()
    assert result.confident
