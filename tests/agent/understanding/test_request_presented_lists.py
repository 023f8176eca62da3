"""Someone presented to two people written with addresses ("Could you introduce my
cofounder to Felipe Araya (...) and Constanza Rojas (...)?", "présenter mon associé à :"
and a list) leaves the two no pair of their own; the writer asking to be introduced to
those listed after a colon ("Could you introduce me to two people:", "Te pido dos
presentaciones: - Con Felipe Araya, jefe de operaciones (...)") is paired with each."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request
from tests.agent.understanding.shared_inputs import request_to_agent

AGENT = "intro@introbot.net"
WRITER = "ann@lee.example"
FELIPE = "faraya@naviera.example"
CONSTANZA = "constanza@agro.example"
LISTED = f"\n- Felipe Araya ({FELIPE})\n- Constanza Rojas ({CONSTANZA})\n"


def understand(body: str) -> RequestResult:
    return understand_request(request_to_agent(body, WRITER, AGENT, "Intros"), AGENT)


def pairs(result: RequestResult) -> set[frozenset[str | None]]:
    found = [(result.a, result.b)] + [(p.a, p.b) for p in result.more]
    return {frozenset((a.email if a else None, b.email if b else None)) for a, b in found if a or b}


@pytest.mark.parametrize(
    "body",
    [
        f"Could you introduce my cofounder to Felipe Araya ({FELIPE}) and Constanza Rojas "
        f"({CONSTANZA})?",
        "Could you introduce my cofounder to:" + LISTED,
        "Could you introduce my cofounder to these two people?" + LISTED,
        "Could you introduce Tom to:" + LISTED,
        "Pourrais-tu présenter mon associé à :" + LISTED,
        "Pourrais-tu présenter mon associé à ces deux personnes ?" + LISTED,
        "¿Podrías presentar a mi socio a estas dos personas?" + LISTED,
        "Könntest du meinen Mitgründer mit diesen beiden bekannt machen:" + LISTED,
        "Podes apresentar o meu sócio a:" + LISTED,
        "Unaweza kumtambulisha mwenzangu kwa:" + LISTED,
    ],
)
def test_someone_presented_to_two_leaves_them_no_pair(body: str) -> None:
    result = understand(body)
    assert not result.confident
    assert frozenset((FELIPE, CONSTANZA)) not in pairs(result)


@pytest.mark.parametrize(
    "body",
    [
        "Please introduce the following people to each other:" + LISTED,
        "Could you please introduce these two?" + LISTED,
        "Could you introduce my two colleagues to each other?" + LISTED,
    ],
)
def test_two_listed_to_meet_each_other_stay_a_pair(body: str) -> None:
    result = understand(body)
    assert result.confident
    assert pairs(result) == {frozenset((FELIPE, CONSTANZA))}


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to two people:\n\n"
        f"- Felipe Araya, head of operations at Naviera ({FELIPE}). We want to plan the "
        "berth windows.\n"
        f"- Constanza Rojas ({CONSTANZA}), about fruit inspections.\n",
        "Could you introduce me to:" + LISTED,
        "I need two intros this week please:\n\n"
        f"- With Felipe Araya, head of operations at Naviera ({FELIPE}).\n"
        f"- With Constanza Rojas, about fruit inspections ({CONSTANZA}).\n",
        "Te pido dos presentaciones:\n\n"
        f"- Con Felipe Araya, jefe de operaciones ({FELIPE}). Queremos coordinar ventanas.\n"
        f"- Con Constanza Rojas ({CONSTANZA}), por el tema de las inspecciones.\n",
        "Podes apresentar-me a:" + LISTED,
        "Naomba matambulisho mawili:\n"
        f"- Na Felipe Araya ({FELIPE})\n- Na Constanza Rojas ({CONSTANZA})\n",
    ],
)
def test_the_writer_asking_to_meet_those_listed_meets_each(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.confident
    assert pairs(result) == {frozenset((WRITER, FELIPE)), frozenset((WRITER, CONSTANZA))}


def test_someone_else_asked_for_is_no_list_of_the_writer() -> None:
    result = understand("Could I ask you to introduce our CTO to:" + LISTED)
    assert frozenset((WRITER, FELIPE)) not in pairs(result)
    assert not result.confident


def test_an_address_not_written_for_the_listed_person_is_not_theirs() -> None:
    result = understand(
        "Could you introduce me to:\n"
        "- Felipe Araya, head of operations at Naviera (info@naviera.example)\n"
        f"- Constanza Rojas ({CONSTANZA}), fruit inspections\n"
    )
    assert not result.confident
    assert frozenset((WRITER, "info@naviera.example")) not in pairs(result)
