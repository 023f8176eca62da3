"""Swahili puts "my" after the noun: "makamu wangu Rehema Said" (my deputy), "Makamu
Mkuu wangu, Bi. Rehema Said (...)," (my deputy head, a comma before the name). The one
named after the noun and its possessive is the person asked for, the noun of one or two
words, written with a capital or not, no name of its own."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "described",
    [
        "makamu wangu Zawadi Mrema (zawadi.mrema@shule.example)",
        "Makamu wangu Zawadi Mrema (zawadi.mrema@shule.example)",
        "makamu wangu, Zawadi Mrema (zawadi.mrema@shule.example),",
        "Makamu Mkuu wangu, Bi. Zawadi Mrema (zawadi.mrema@shule.example),",
        "naibu mkurugenzi wetu Zawadi Mrema (zawadi.mrema@shule.example)",
    ],
)
def test_one_described_by_a_noun_and_possessive_is_asked_for(described: str) -> None:
    result = understand(
        f"Tafadhali mtambulishe {described} kwa Bw. Baraka Shayo wa benki ya Kilimo."
        " Tunatafuta ufadhili wa maktaba.",
        sender="Daudi Temba <d.temba@shule.example>",
    )
    assert result.kind == "intro_request"
    assert result.a == Party("Zawadi Mrema", "zawadi.mrema@shule.example")
    assert result.b is not None and result.b.name == "Baraka Shayo"
    assert not result.confident


def test_possessive_with_no_one_named_after_it_names_no_one() -> None:
    # "my deputy will write to him": no one named, nothing certain.
    result = understand(
        "Tafadhali mtambulishe makamu wangu kwa Bw. Baraka Shayo.",
        sender="Daudi Temba <d.temba@shule.example>",
    )
    assert not result.confident


@pytest.mark.parametrize(
    "described",
    [
        "mwalimu wetu mkuu wa useremala, Bw. Zawadi Mrema (zawadi.mrema@shule.example),",
        "mhasibu wangu mpya, Bi. Zawadi Mrema (zawadi.mrema@shule.example),",
        "katibu wetu wa bodi, Zawadi Mrema (zawadi.mrema@shule.example),",
    ],
)
def test_noun_qualified_after_its_possessive_up_to_a_comma_describes_the_one_named(
    described: str,
) -> None:
    # "our head teacher of carpentry, Mr ...": words qualifying the noun after its
    # possessive, then a comma and the name.
    result = understand(
        f"Tafadhali mtambulishe {described} kwa Bw. Baraka Shayo (baraka.shayo@benki.example)."
        " Tunatafuta ufadhili wa maktaba.",
        sender="Daudi Temba <d.temba@shule.example>",
    )
    assert result.kind == "intro_request"
    assert result.a == Party("Zawadi Mrema", "zawadi.mrema@shule.example")
    assert result.b == Party("Baraka Shayo", "baraka.shayo@benki.example")
    assert result.confident


@pytest.mark.parametrize(
    "turning",
    [
        # "my deputy to our agent, Mr ...": the one after the comma is the other party.
        "makamu wangu kwa wakala wetu, Bw. Baraka Shayo (baraka.shayo@benki.example).",
        # "my deputy and the head teacher, Mr ...": two people, no description.
        "makamu wangu na mwalimu mkuu, Bw. Baraka Shayo (baraka.shayo@benki.example).",
    ],
)
def test_words_turning_to_another_party_before_the_comma_describe_no_one(turning: str) -> None:
    result = understand(
        f"Tafadhali mtambulishe {turning}",
        sender="Daudi Temba <d.temba@shule.example>",
    )
    assert result.a is None or result.a.email != "baraka.shayo@benki.example"
    assert not result.confident
