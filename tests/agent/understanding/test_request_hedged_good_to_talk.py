"""A wish that someone talk to another, said with the one to talk as the subject of an
infinitive ("it would be good for Abilio to talk to Teresa", "seria bom o Sr. Abílio falar
com", "ingekuwa vizuri Abilio azungumze na"), asks for them to meet, as "it would be good if
..." does. The same wish hedged with a "maybe" ("maybe it would be good", "talvez fosse
bom", "quizás sería bueno", "ce serait peut-être bien", "vielleicht wäre es gut", "labda
ingekuwa vizuri") leaves whether to the agent: asked about, never acted on, addresses or
not."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

ABILIO = Party("Abilio Tembe", "abilio@tembe.example")
TERESA = Party("Teresa Muhate", "teresa@muhate.example")
A = "Abilio Tembe (abilio@tembe.example)"
T = "Teresa Muhate (teresa@muhate.example)"


@pytest.mark.parametrize(
    "text",
    [
        f"It would be good for {A} to talk to {T} about the notices.",
        f"Seria bom o {A} falar com a {T} sobre os avisos.",
        f"Ingekuwa vizuri {A} azungumze na {T} kuhusu matangazo.",
        f"Es wäre gut, wenn {A} mit {T} sprechen würde.",
    ],
)
def test_a_wish_that_one_talk_to_another_pairs_them(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ABILIO, TERESA)
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        f"Maybe it would be good for {A} to talk to {T} about the notices.",
        f"Talvez fosse bom o {A} falar com a {T} sobre os avisos.",
        f"Quizás sería bueno que {A} hable con {T} sobre los avisos.",
        f"Peut-être que ce serait bien que {A} parle avec {T} des annonces.",
        f"Vielleicht wäre es gut, wenn {A} mit {T} sprechen würde.",
        f"Labda ingekuwa vizuri {A} azungumze na {T} kuhusu matangazo.",
    ],
)
def test_a_wish_hedged_with_a_maybe_is_asked_about(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (ABILIO, TERESA)
    assert not result.confident


def test_the_person_talking_may_be_at_a_firm() -> None:
    result = understand(
        "Depois fiquei a pensar... Talvez fosse bom o Sr. Abílio falar também com alguém da"
        " Rádio Comunitária de Nametil, por causa dos avisos aos produtores."
    )
    assert result.kind == "intro_request"
    assert result.a == Party("Abílio", None)
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        f"It was good for {A} to talk to {T} last week.",
        f"Foi bom o {A} falar com a {T} na semana passada.",
    ],
)
def test_a_talk_that_was_good_asks_nothing(text: str) -> None:
    result = understand(text)
    assert not (result.kind == "intro_request" and result.confident)
